//! The cue lexicon: verbs and nouns that state a relation, in English and French, with
//! the argument frame that says where their actors are (docs/relations.md, "The cue
//! lexicon", lists every entry; a test checks it).
//!
//! Words are compared folded (`text::fold_str`: lower case, accents stripped). A pattern
//! word ending in `*` is a stem and matches any word it begins; other pattern words
//! match exactly (stems that would catch unrelated words are spelt out). Multi-word cues
//! match consecutive words; an elided article is a word of its own (`livraison d'armes`
//! → `livraison d arme*`). Where two cues start at one word the longer wins.

use std::sync::LazyLock;

use crate::model::RelationKind;

/// Which part of speech a cue word is: a verb (`sanctioned`), a noun (`sanctions`
/// after an article), or either, decided by the words around it (English `sanctions`,
/// `talks`, `trade`; French `aide`, `menace`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pos {
    Verb,
    Noun,
    Either,
}

/// How a cue's actors are found (docs/relations.md, "Argument frames").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Frame {
    /// The agent acts on the target: subject → object, or "on", "against", "contre"…
    Act,
    /// The agent gives to the recipient: "to", "for", "à", "pour", or "supply X with".
    Give,
    /// `Give`, but goods that are sold ("gas", "crude") make it trade.
    Transfer,
    /// Parties of a mutual act: the subject with "with" / "avec" / the object, or
    /// "between A and B"; alone, a list of parties links pairwise.
    Mutual,
    /// Trade between the subject and its counterpart: "buy from", "sell to", "with".
    Exchange,
    /// A visitor and where they go: "visited Moscow", "s'est rendu en Russie".
    Visit,
    /// A host and a guest: "received", "hosted", "accueille".
    Host,
    /// A mediator and the parties, and the parties with each other.
    Mediate,
    /// An investor and where it invests: "invest in", "investissement au Vietnam".
    Into,
    /// Relations or ties: no kind of their own; the verb that governs them gives one
    /// ("restored ties" is a rapprochement, "broke off relations" a tension).
    Ties,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lang {
    En,
    Fr,
    Any,
}

/// One entry of the lexicon: forms that share a kind, a part of speech, a frame and a
/// language.
pub(super) struct CueWord {
    /// Each form is a word pattern, or several separated by spaces ("froze the
    /// assets"), matched against consecutive words.
    pub forms: &'static [&'static str],
    pub kind: RelationKind,
    pub pos: Pos,
    pub frame: Frame,
    pub lang: Lang,
}

pub(super) const fn c(
    lang: Lang,
    pos: Pos,
    frame: Frame,
    kind: RelationKind,
    forms: &'static [&'static str],
) -> CueWord {
    CueWord {
        forms,
        kind,
        pos,
        frame,
        lang,
    }
}

use RelationKind::*;

pub(super) use super::lexicon::LEXICON;

/// The entry of a verb whose object is a sum of money (`money`): no form of its own,
/// numbered after the lexicon.
pub(super) const MONEY: usize = LEXICON.len();
static MONEY_CUE: CueWord = c(Lang::Any, Pos::Verb, Frame::Give, Aid, &[]);

/// The entry of a verb that puts its object on a list (`listing`).
pub(super) const LISTING: usize = LEXICON.len() + 1;
static LISTING_CUE: CueWord = c(Lang::Any, Pos::Verb, Frame::Act, Sanctions, &[]);

/// Entry `e` of the lexicon, or the money or listing cue.
pub(super) fn entry(e: usize) -> &'static CueWord {
    match e {
        MONEY => &MONEY_CUE,
        LISTING => &LISTING_CUE,
        _ => &LEXICON[e],
    }
}

/// Words that give a mutual noun cue another kind when they modify it: a trade
/// agreement, a defence pact, a free-trade zone.
pub(super) fn kind_modifier(word: &str) -> Option<RelationKind> {
    match word {
        "trade" | "commercial" | "commerciale" | "commerciaux" | "commerciales" | "libre"
        | "supply" | "fourniture" | "customs" | "douanier" | "douaniere" | "quota" | "tariff"
        | "economic" | "economique" => Some(Trade),
        "defence" | "defense" | "security" | "mutual" | "military" | "mutuelle" | "militaire"
        | "securite" => Some(Alliance),
        _ => None,
    }
}

/// What a verb governing `relations` / `ties` makes of them.
pub(super) fn ties_kind(verb: &str) -> Option<RelationKind> {
    const UP: &[&str] = &[
        "restor",
        "normal",
        "resum",
        "reopen",
        "re-establish",
        "reestablish",
        "upgrad",
        "improv",
        "mend",
        "rebuil",
        "retabl",
        "renou",
        "reprend",
        "repris",
        "amelior",
        "deepen",
        "approfond",
        "strengthen",
        "renforc",
    ];
    const DOWN: &[&str] = &[
        "broke", "break", "sever", "cut", "suspend", "rompu", "rompre", "romp", "gel", "froze",
        "downgrad", "sour", "strain", "deterior", "degrad",
    ];
    if UP.iter().any(|s| verb.starts_with(s)) {
        Some(Rapprochement)
    } else if DOWN.iter().any(|s| verb.starts_with(s)) {
        Some(Tension)
    } else {
        None
    }
}

pub(super) fn matches(pattern: &str, word: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == pattern,
    }
}

/// Every form of the lexicon split into its words, with its entry, by the first two
/// letters of its first word: a word is only compared with the few forms that can
/// match it (a table, not a hash: this runs for every word of every sentence that
/// can state a link). Every first word starts with two ASCII letters (a test checks).
/// A lexicon entry's index and one of its forms split into words.
type Form = (usize, Vec<&'static str>);

fn candidates(word: &str) -> &'static [Form] {
    static TABLE: LazyLock<Vec<Vec<Form>>> = LazyLock::new(|| {
        let mut table = vec![Vec::new(); 26 * 26];
        for (k, c) in LEXICON.iter().enumerate() {
            for form in c.forms {
                let words: Vec<&str> = form.split(' ').collect();
                if let Some(slot) = slot(words[0]) {
                    table[slot].push((k, words));
                }
            }
        }
        table
    });
    slot(word).map_or(&[], |i| TABLE[i].as_slice())
}

pub(super) fn slot(word: &str) -> Option<usize> {
    match word.as_bytes() {
        [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => {
            Some((a - b'a') as usize * 26 + (b - b'a') as usize)
        }
        _ => None,
    }
}

/// The longest form for a text in French (or not) that matches the words `word(0)`,
/// `word(1)`… (`None` past the last word): its entry and length in words.
pub(super) fn find<'a>(
    french: bool,
    word: impl Fn(usize) -> Option<&'a str>,
) -> Option<(usize, usize)> {
    let first = word(0)?;
    candidates(first)
        .iter()
        .filter(|(k, _)| match LEXICON[*k].lang {
            Lang::Any => true,
            Lang::En => !french,
            Lang::Fr => french,
        })
        .filter(|(_, words)| {
            words
                .iter()
                .enumerate()
                .all(|(j, p)| word(j).is_some_and(|w| matches(p, w)))
        })
        .max_by_key(|(k, words)| (words.len(), std::cmp::Reverse(*k)))
        .map(|(k, words)| (*k, words.len()))
}

/// Whether entry `e` has the form `form` ("accus*").
pub(super) fn has_form(e: usize, form: &str) -> bool {
    LEXICON.get(e).is_some_and(|c| c.forms.contains(&form))
}

#[cfg(test)]
#[path = "cues_tests.rs"]
mod tests;
