//! Organisation names of several words, kept whole: a chain of capitalised words and
//! known places or bodies holding an organisation word ("Royal Australian Air Force",
//! "UN Group of Experts"), continued over connectors to further names ("Institute for
//! Strategic Studies", "Bank of the United States") and, in French, over the lowercase
//! adjectives and complements that follow a head noun ("Commission électorale nationale
//! autonome", "Agence nationale de gestion des urgences", "Fonds des Nations unies pour
//! l'enfance"), up to punctuation or a word that can be neither. An acronym in brackets
//! right after a name ("(CENA)") is bound to it; a chain with no organisation word is
//! an organisation too when such an acronym spells its initials.

use std::ops::Range;

use super::tokens::{Gap, Kind, Tok, fold_tok};
use super::words::{Class, class};
use crate::model::{Entity, EntityKind};
use crate::text::fold_into;

/// Longest organisation name, in tokens: a bound on the walk, far above real names
/// ("Bureau de l'Envoyé spécial du Secrétaire général des Nations unies pour le
/// Yémen" is 17).
const MAX_TOKENS: usize = 24;

/// An organisation name found around a chain of capitalised words.
pub(super) struct OrgName {
    /// Its tokens.
    pub range: Range<usize>,
    /// Organisation, or event for a treaty its acronym spells ("United Nations
    /// Convention on the Law of the Sea (UNCLOS)").
    pub kind: EntityKind,
    /// The token of an acronym in brackets right after it, if any.
    pub acronym: Option<usize>,
    /// A known entity inside the name that the organisation belongs to: a country
    /// (through its places and adjectives) first, else a body ("UN Group of Experts").
    pub affiliation: Option<u32>,
}

/// What reads the tokens: the universe (for the kinds of mentions), the country each
/// entity rolls up to, and the text's language.
pub(super) struct Reader<'a> {
    pub universe: &'a [Entity],
    pub country: &'a [Option<u32>],
    pub french: bool,
    /// Whether the paragraph holds an opening bracket at all: most hold none, and
    /// then no acronym needs looking for.
    pub brackets: bool,
}

/// A capitalised word, or a known mention written with a capital that can be part of
/// an organisation's name: a country, a place or another organisation, not a person.
/// (A lowercase adjective, "le groupe sud-africain Kaleo Mining", qualifies the noun
/// before it.)
pub(super) fn part_of_name(universe: &[Entity], text: &str, t: &Tok) -> bool {
    match t.kind {
        Kind::Mention(_) => {
            text[t.start as usize..].starts_with(char::is_uppercase) && known_part(universe, t)
        }
        Kind::Cap => true,
        Kind::Lower => false,
    }
}

/// A known mention of a country, a place or an organisation.
fn known_part(universe: &[Entity], t: &Tok) -> bool {
    let Kind::Mention(e) = t.kind else {
        return false;
    };
    universe.get(e as usize).is_some_and(|x| {
        matches!(
            x.kind,
            EntityKind::Country | EntityKind::Place | EntityKind::Organization
        )
    })
}

impl Reader<'_> {
    /// Inside a name, French adjectives of countries count too ("Office malien").
    fn part_of_name(&self, text: &str, t: &Tok) -> bool {
        part_of_name(self.universe, text, t) || (self.french && known_part(self.universe, t))
    }

    /// The organisation whose name holds the chain of names starting at token `at`
    /// (the first of a chain: nothing but a space joins it to a name before), if any.
    pub(super) fn org_at(&self, text: &str, toks: &[Tok], at: usize) -> Option<OrgName> {
        let mut end = at;
        while end < toks.len()
            && (end == at || toks[end].gap == Gap::Space)
            && part_of_name(self.universe, text, &toks[end])
        {
            end += 1;
        }
        // Function words that open a sentence are not part of the name ("The", "Two").
        let mut start = at;
        while start < end && toks[start].kind == Kind::Cap && toks[start].class.has(Class::STOP) {
            start += 1;
        }
        // A ship ("BRP Sierra Madre") is left to the run rules.
        if start == end
            || portfolio(text, toks, start)
            || (toks[start].class.has(Class::VESSEL) && is_acronym(text, &toks[start]))
        {
            return None;
        }
        let chain = &toks[start..end];
        // An organisation word, or an acronym beside another name ("Arctic LNG 2").
        let head = chain.iter().any(|t| {
            t.kind == Kind::Cap
                && (t.class.has(Class::ORG) || (chain.len() >= 2 && is_acronym(text, t)))
        });
        // A lone capitalised word is a name only with more than the head ("Bank" no).
        if !head && !chain.iter().any(|t| t.kind == Kind::Cap) {
            return None;
        }
        // Without an organisation word only an acronym in brackets can make one: look
        // for a bracket ahead before walking the name.
        if !head {
            if !self.brackets {
                return None;
            }
            let ahead = toks
                .get(end + MAX_TOKENS)
                .map_or(text.len(), |t| t.start as usize);
            if !text[toks[end - 1].end as usize..ahead].contains('(') {
                return None;
            }
        }
        let end = self.extend(text, toks, end);
        let acronym = acronym_after(text, toks, end);
        let org = head && (end - start >= 2 || acronym.is_some())
            || acronym.is_some_and(|a| {
                let a = &toks[a];
                end - start >= 2
                    && spells(
                        &text[a.start as usize..a.end as usize],
                        text,
                        &toks[start..end],
                    )
            });
        if !org {
            return None;
        }
        let treaty = !head
            && toks[start..end]
                .iter()
                .any(|t| t.kind == Kind::Cap && t.class.has(Class::EVENT));
        Some(OrgName {
            range: start..end,
            kind: if treaty {
                EntityKind::Event
            } else {
                EntityKind::Organization
            },
            acronym,
            affiliation: self.affiliation(&toks[start..end]),
        })
    }

    /// A ministry written in lower case as French does, before its portfolio:
    /// "ministère du Commerce extérieur", "ministère ukrainien de la Défense".
    pub(super) fn ministry_at(&self, text: &str, toks: &[Tok], at: usize) -> Option<OrgName> {
        if !self.french {
            return None;
        }
        let t = &toks[at];
        // A cheap look at the length before folding: "ministère" is 10 bytes.
        if t.kind != Kind::Lower || !(9..=11).contains(&(t.end - t.start)) {
            return None;
        }
        let mut buf = String::new();
        if !matches!(fold_tok(text, t, &mut buf), "ministere" | "ministeres") {
            return None;
        }
        // Before its portfolio: "ministère russe de la Défense" names Russia and stays so.
        let next = toks.get(at + 1)?;
        if next.kind != Kind::Lower || !self.is_connector(fold_tok(text, next, &mut buf)) {
            return None;
        }
        let end = self.extend(text, toks, at + 1);
        toks[at + 1..end]
            .iter()
            .any(|t| t.kind == Kind::Cap)
            .then(|| OrgName {
                range: at..end,
                kind: EntityKind::Organization,
                acronym: acronym_after(text, toks, end),
                affiliation: self.affiliation(&toks[at..end]),
            })
    }

    /// Where a name ending at token `end` ends once its connectors and complements are
    /// read: "of the United States", "for Strategic Studies", and in French
    /// "électorale nationale", "de gestion des urgences", "pour l'enfance".
    fn extend(&self, text: &str, toks: &[Tok], mut end: usize) -> usize {
        let limit = (end + MAX_TOKENS).min(toks.len());
        let mut buf = String::new();
        // Whether a connector was crossed: the name's head is behind.
        let mut extended = false;
        while end < limit && toks[end].gap == Gap::Space {
            let t = &toks[end];
            if self.part_of_name(text, t) {
                end += 1;
                continue;
            }
            if self.french && is_adjective(fold_tok(text, t, &mut buf)) {
                end += 1;
                continue;
            }
            // Connectors, then what they connect to.
            let mut k = end;
            let mut first = None;
            let mut second_de = false;
            while k < limit && toks[k].gap == Gap::Space && toks[k].kind == Kind::Lower {
                let w = fold_tok(text, &toks[k], &mut buf);
                if !self.is_connector(w) {
                    break;
                }
                if k == end + 1 {
                    second_de = matches!(w, "de" | "du" | "des" | "d");
                }
                first.get_or_insert_with(|| w.to_string());
                k += 1;
            }
            let Some(first) = first else { break };
            if k >= limit || toks[k].gap != Gap::Space {
                break;
            }
            // A company's name ends with its company word: "Kestrel Maritime of Hong
            // Kong" is a company and where it is registered.
            if !extended && is_company_word(fold_tok(text, &toks[end - 1], &mut buf)) {
                break;
            }
            let joined = k - end;
            let next = &toks[k];
            let fits = match first.as_str() {
                // "et du climat", "et des mines": "et" joins two complements only,
                // not a second name ("et la Banque africaine").
                "et" => second_de,
                // "Defence and Security Studies": a further capitalised name.
                "and" => joined == 1 && next.kind == Kind::Cap,
                // An article alone does not continue a name; "of the", "de la" do.
                "the" | "le" | "la" | "les" | "l" => false,
                _ => true,
            };
            // After a bare "de" or "pour" a verb may follow ("pressé la Commission de
            // conclure"); after an article, only a noun.
            let bare = joined == 1 && matches!(first.as_str(), "de" | "d" | "pour");
            let content = self.part_of_name(text, next)
                || (self.french && next.kind == Kind::Lower && {
                    let w = fold_tok(text, next, &mut buf);
                    !class(w).has(Class::STOP)
                        && w.chars().all(char::is_alphabetic)
                        && !(bare && is_infinitive(w))
                });
            if !fits || !content {
                break;
            }
            end = k + 1;
            extended = true;
        }
        // "Arctic LNG 2", "Nord Stream 2": a number closing a name.
        if end < toks.len()
            && toks[end].gap == Gap::Space
            && toks[end].kind == Kind::Lower
            && text[toks[end].start as usize..toks[end].end as usize]
                .chars()
                .all(|c| c.is_ascii_digit())
        {
            end += 1;
        }
        end
    }

    fn is_connector(&self, w: &str) -> bool {
        if self.french {
            matches!(
                w,
                "de" | "du" | "des" | "d" | "l" | "la" | "le" | "les" | "pour" | "et"
            )
        } else {
            matches!(w, "of" | "for" | "on" | "and" | "the")
        }
    }

    /// The country the name's first place or country rolls up to, else its first body.
    fn affiliation(&self, toks: &[Tok]) -> Option<u32> {
        let mentions = toks.iter().filter_map(|t| match t.kind {
            Kind::Mention(e) => Some(e),
            _ => None,
        });
        mentions
            .clone()
            .find_map(|e| self.country.get(e as usize).copied().flatten())
            .or_else(|| {
                mentions.clone().find(|&e| {
                    self.universe
                        .get(e as usize)
                        .is_some_and(|x| x.kind == EntityKind::Organization)
                })
            })
    }
}

/// Whether the capitalised name at token `at` is a minister's portfolio, not an
/// organisation: "le ministre vietnamien de l’Industrie et du Commerce".
fn portfolio(text: &str, toks: &[Tok], at: usize) -> bool {
    let mut buf = String::new();
    let mut k = at;
    for _ in 0..4 {
        if k == 0 || toks[k].gap != Gap::Space {
            return false;
        }
        k -= 1;
        if matches!(toks[k].kind, Kind::Mention(_)) {
            continue;
        }
        let c = class(fold_tok(text, &toks[k], &mut buf));
        if c.has(Class::TITLE) && toks[k].kind == Kind::Lower {
            return true;
        }
        if !c.has(Class::CONNECTOR) {
            return false;
        }
    }
    false
}

/// Words that end a company's name ("Maritime", "Shipping", "Ltd"): what follows
/// them over "of" is where the company is, not more of its name.
fn is_company_word(w: &str) -> bool {
    matches!(
        w,
        "inc"
            | "ltd"
            | "llc"
            | "plc"
            | "sa"
            | "sas"
            | "ag"
            | "gmbh"
            | "nv"
            | "bv"
            | "spa"
            | "co"
            | "corp"
            | "holding"
            | "holdings"
            | "maritime"
            | "shipping"
            | "logistics"
            | "airlines"
            | "airways"
            | "motors"
            | "telecom"
            | "capital"
            | "partners"
            | "energy"
            | "oil"
            | "gas"
            | "petroleum"
            | "mining"
            | "steel"
            | "pharma"
            | "industries"
            | "systems"
            | "technologies"
            | "tech"
            | "media"
    )
}

/// A French infinitive by its ending ("conclure", "négocier", "soutenir").
fn is_infinitive(w: &str) -> bool {
    w.len() > 4 && ["er", "ir", "oir", "re"].iter().any(|e| w.ends_with(e))
}

/// Capitals only, at least two letters: "LNG", "LG".
fn is_acronym(text: &str, t: &Tok) -> bool {
    let w = &text[t.start as usize..t.end as usize];
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// A French adjective after a noun, by its ending: "nationale", "électorale",
/// "constitutionnelle", "européenne", "stratégiques", "unies", "autonome", "extérieur".
/// Verbs of the same shape that often follow a subject are left out.
fn is_adjective(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ique",
        "iques",
        "aire",
        "aires",
        "al",
        "ale",
        "ales",
        "aux",
        "el",
        "elle",
        "elles",
        "els",
        "ien",
        "ienne",
        "iennes",
        "iens",
        "een",
        "eenne",
        "eennes",
        "eens",
        "ain",
        "aine",
        "aines",
        "ains",
        "ais",
        "aise",
        "aises",
        "ois",
        "oise",
        "oises",
        "if",
        "ive",
        "ifs",
        "ives",
        "ee",
        "ees",
        "ier",
        "iere",
        "iers",
        "ieres",
        "eur",
        "eure",
        "eurs",
        "eures",
        "ant",
        "ante",
        "ants",
        "antes",
        "ente",
        "entes",
        "ome",
        "omes",
        "unis",
        "unies",
        "iste",
        "istes",
        "ble",
        "bles",
        "ole",
        "oles",
        "oire",
        "oires",
        "supreme",
        "supremes",
        "etranger",
        "etrangere",
        "etrangers",
        "etrangeres",
    ];
    const VERBS: &[&str] = &[
        "indique",
        "explique",
        "critique",
        "applique",
        "communique",
        "revendique",
        "implique",
        "publie",
        "fabrique",
        "replique",
        "estime",
        "doit",
        "leur",
        "leurs",
        "ailleurs",
        "plusieurs",
    ];
    w.len() > 3
        && !VERBS.contains(&w)
        && !class(w).has(Class::STOP)
        && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// The token of an acronym in brackets right after token `end - 1`: "(CENA)".
pub(super) fn acronym_after(text: &str, toks: &[Tok], end: usize) -> Option<usize> {
    let (prev, t) = (toks.get(end.checked_sub(1)?)?, toks.get(end)?);
    if t.kind != Kind::Cap || text[prev.end as usize..t.start as usize].trim() != "(" {
        return None;
    }
    let w = &text[t.start as usize..t.end as usize];
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let closes = text[t.end as usize..].trim_start().starts_with(')');
    (letters >= 2
        && closes
        && w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase))
    .then_some(end)
}

/// Whether the letters of `acronym` are the initials of the name's words, in order,
/// from its first word: words may be skipped (function words, "for Defence and
/// Security Studies" after "RUSI"), and a word may give its first letters
/// ("ONHYM": Office national des HYdrocarbures et des Mines).
fn spells(acronym: &str, text: &str, name: &[Tok]) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let mut words: Vec<Vec<char>> = Vec::new();
    for t in name {
        let mut buf = String::new();
        fold_into(&text[t.start as usize..t.end as usize], &mut buf);
        for w in buf.split(|c: char| !c.is_alphanumeric()) {
            if !w.is_empty() {
                words.push(w.chars().collect());
            }
        }
    }
    let (n, m) = (letters.len(), words.len());
    if !(2..=12).contains(&n) || words.is_empty() {
        return false;
    }
    // can[i][j]: letters i.. are spelt by words j.. (each gives a prefix of itself,
    // or nothing).
    let mut can = vec![vec![false; m + 1]; n + 1];
    can[n].iter_mut().for_each(|c| *c = true);
    for j in (0..m).rev() {
        for i in (0..n).rev() {
            let prefix = words[j]
                .iter()
                .zip(&letters[i..])
                .take_while(|(a, b)| a == b)
                .count();
            can[i][j] = can[i][j + 1] || (1..=prefix).any(|k| can[i + k][j + 1]);
        }
    }
    // The first word gives the first letter.
    let prefix = words[0]
        .iter()
        .zip(&letters)
        .take_while(|(a, b)| a == b)
        .count();
    (1..=prefix).any(|k| can[k][1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjectives_by_their_ending() {
        for w in [
            "nationale",
            "electorale",
            "constitutionnelle",
            "europeenne",
            "unies",
        ] {
            assert!(is_adjective(w), "{w}");
        }
        for w in ["gestion", "estime", "a", "de", "urgences", "leur"] {
            assert!(!is_adjective(w), "{w}");
        }
    }
}
