//! Cues in the words around a name that say what it is: a company noun next to it
//! ("the analytics firm Kpler", "le groupe sud-coréen LG Display", "Naturgy,
//! l’énergéticien espagnol", "Novartis, the Basel-based drugmaker") makes it an
//! organisation; a locative preposition before it ("in Vaca Muerta", "dans Bac Ninh")
//! a place.

use std::ops::Range;

use super::tokens::{Gap, Kind, Tok, fold_tok};
use super::words::{Class, class};

/// Common nouns that name a company, a party or a mission, singular. English nouns in
/// -maker (drugmaker, chipmaker, carmaker) count too.
#[rustfmt::skip]
const COMPANY_NOUNS: &[&str] = &[
    // English
    "firm", "company", "group", "carrier", "miner", "lender", "insurer", "refiner",
    "producer", "exporter", "importer", "shipper", "operator", "trader", "manufacturer",
    "airline", "conglomerate", "utility", "supplier", "retailer", "shipbuilder", "broker",
    "startup", "giant", "multinational", "subsidiary", "party", "mission", "militia",
    "outlet", "broadcaster", "newspaper", "agency", "consultancy", "bank", "fund",
    // French
    "groupe", "entreprise", "societe", "firme", "compagnie", "armateur", "constructeur",
    "operateur", "energeticien", "petrolier", "gazier", "assureur", "transporteur",
    "fabricant", "producteur", "exportateur", "importateur", "distributeur", "industriel",
    "siderurgiste", "cimentier", "geant", "banque", "fonds", "parti", "mouvement", "milice",
    "chantier", "raffineur", "negociant", "quotidien", "hebdomadaire", "chaine",
];

/// Prepositions after which a name is where something happens.
const LOCATIVES: &[&str] = &[
    "in",
    "near",
    "across",
    "outside",
    "inside",
    "throughout",
    "dans",
    "en",
    "vers",
];

/// Words a cue may stand behind: articles, possessives and qualifiers.
const QUALIFIERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "le",
    "la",
    "l",
    "un",
    "une",
    "son",
    "sa",
    "country",
    "largest",
    "biggest",
    "main",
    "leading",
    "state",
    "private",
    "national",
    "premier",
    "grand",
    "principal",
    "plus",
];

fn is_company_noun(w: &str) -> bool {
    COMPANY_NOUNS.contains(&w) || (w.len() > 6 && w.ends_with("maker"))
}

/// Whether a company noun stands next to the name `toks[run]`: right before it, with
/// at most two qualifiers or known names between ("the analytics firm", "le groupe
/// sud-coréen", "parti nationaliste"), or in an apposition right after it ("Novartis,
/// the Basel-based drugmaker", "Ford Otosan, the country’s largest exporter"). Returns
/// the known entities met between the cue and the name (a demonym: "sud-coréen").
pub(super) fn company(text: &str, toks: &[Tok], run: Range<usize>) -> Option<Vec<u32>> {
    let mut buf = String::new();
    let mut met = Vec::new();
    // Before, in an apposition: "the naval mission, Aspides, escorts".
    let first = &toks[run.start];
    if run.start > 0
        && first.gap == Gap::Punct
        && text[toks[run.start - 1].end as usize..first.start as usize].trim() == ","
        && toks[run.start - 1].kind == Kind::Lower
        && is_company_noun(fold_tok(text, &toks[run.start - 1], &mut buf))
    {
        return Some(met);
    }
    // Before: the cue, then up to two words, then the name.
    let mut k = run.start;
    for _ in 0..3 {
        if k == 0 || toks[k].gap != Gap::Space {
            break;
        }
        k -= 1;
        match toks[k].kind {
            Kind::Mention(e) => met.push(e),
            Kind::Lower => {
                let w = fold_tok(text, &toks[k], &mut buf);
                if is_company_noun(w) {
                    return Some(met);
                }
                // A qualifier may stand between, not a preposition ("le bloc
                // pétrolier de Stabroek", "mission from eastern Congo").
                if class(w).has(Class::STOP) {
                    break;
                }
            }
            Kind::Cap => break,
        }
    }
    // After: ", the … drugmaker", ", l’énergéticien", ", India's largest importer".
    let after = toks.get(run.end)?;
    if after.gap != Gap::Punct
        || text[toks[run.end - 1].end as usize..after.start as usize].trim() != ","
    {
        return None;
    }
    met.clear();
    for (n, t) in toks[run.end..].iter().take(5).enumerate() {
        if n > 0 && t.gap != Gap::Space {
            // "India's", "Basel-based": an apostrophe or a hyphen is no break.
            let gap = &text[toks[run.end + n - 1].end as usize..t.start as usize];
            if !matches!(gap, "'" | "’" | "-") {
                return None;
            }
        }
        match t.kind {
            Kind::Mention(e) => met.push(e),
            _ => {
                let w = fold_tok(text, t, &mut buf);
                if is_company_noun(w) {
                    return Some(met);
                }
                let qualifier = QUALIFIERS.contains(&w)
                    || w == "s"
                    || w.ends_with("-based")
                    || w.chars().any(|c| c == '-');
                if !qualifier && t.kind != Kind::Lower {
                    return None;
                }
            }
        }
    }
    None
}

/// Whether a locative preposition stands right before token `at`, possibly with an
/// article between: "in Vaca Muerta", "in the Loma Alta block", "dans Bac Ninh".
pub(super) fn locative_before(text: &str, toks: &[Tok], at: usize) -> bool {
    let mut buf = String::new();
    let mut k = at;
    for _ in 0..2 {
        if k == 0 || toks[k].gap != Gap::Space {
            return false;
        }
        k -= 1;
        if toks[k].kind != Kind::Lower {
            return false;
        }
        let w = fold_tok(text, &toks[k], &mut buf);
        if LOCATIVES.contains(&w) {
            return true;
        }
        if !matches!(w, "the" | "le" | "la" | "les" | "l") {
            return false;
        }
    }
    false
}
