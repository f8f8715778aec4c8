//! Unit tests of the cue lexicon.

use super::*;

fn cue(text: &str, french: bool) -> Option<(RelationKind, usize)> {
    let words: Vec<String> = text.split(' ').map(crate::text::fold_str).collect();
    find(french, |j| words.get(j).map(String::as_str)).map(|(e, n)| (LEXICON[e].kind, n))
}

#[test]
fn inflections_by_stem_and_language() {
    assert_eq!(cue("sanctionnées", true), Some((Sanctions, 1)));
    assert_eq!(cue("sanctioned", false), Some((Sanctions, 1)));
    assert_eq!(cue("sanctionnées", false), None, "a French form in English");
    assert_eq!(cue("coopération", true), Some((Cooperation, 1)));
    assert_eq!(cue("rencontré", true), Some((Dialogue, 1)));
    assert_eq!(cue("met", false), Some((Dialogue, 1)));
}

#[test]
fn the_longest_entry_wins() {
    assert_eq!(cue("livraison d armes", true), Some((Aid, 1)));
    assert_eq!(cue("échanges commerciaux", true), Some((Trade, 2)));
    assert_eq!(cue("droits de douane", true), Some((Trade, 3)));
    assert_eq!(cue("froze the assets", false), Some((Sanctions, 3)));
}

#[test]
fn spelt_out_forms_do_not_overreach() {
    for w in [
        "important",
        "vendredi",
        "financière",
        "hostile",
        "negotiators",
        "according",
    ] {
        assert_eq!(cue(w, true), None, "{w} (fr)");
        assert_eq!(cue(w, false), None, "{w} (en)");
    }
}

#[test]
fn first_words_are_long_enough_to_index() {
    for form in LEXICON.iter().flat_map(|c| c.forms) {
        let first = form.split(' ').next().unwrap_or("");
        assert!(first.trim_end_matches('*').len() >= 2, "{form}");
        assert!(slot(first).is_some(), "{form}");
    }
}

#[test]
fn every_cue_is_documented() {
    let doc = include_str!("../../../docs/relations.md");
    for form in LEXICON.iter().flat_map(|c| c.forms) {
        let written = format!("`{form}`");
        assert!(
            doc.contains(&written),
            "{written} missing from docs/relations.md"
        );
    }
}

#[test]
fn forms_are_folded() {
    for form in LEXICON.iter().flat_map(|c| c.forms) {
        let bare = form.replace('*', "");
        assert_eq!(bare, crate::text::fold_str(&bare), "{form}");
    }
}
