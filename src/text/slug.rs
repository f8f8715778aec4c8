//! Ids made from names and titles: the one slug rule of the crate, for section ids of
//! imported articles and ids of candidate entities alike (they were two rules, one
//! ASCII, one keeping any script, and disagreed on `ı` and `ß`).
//!
//! A slug is ASCII kebab-case: the text folded as everywhere else (`text::fold`:
//! lower case, accents stripped, `œ` → `oe`, `ß` → `ss`), every run of anything but
//! ASCII letters and digits turned into one dash, no dash at either end. ASCII keeps
//! ids easy to type in YAML and on a command line; a name with no Latin letter at all
//! gets the caller's fallback.

use std::collections::HashSet;
use std::hash::BuildHasher;

use super::fold::fold_str;

/// The slug of `s`, or `fallback` when nothing of it is left.
/// `"Équilibre diplomatique"` → `equilibre-diplomatique`.
pub fn slug(s: &str, fallback: &str) -> String {
    let folded = fold_str(s);
    // Bytes, not chars: every byte of a non-ASCII char is a separator like the char,
    // and pushing bytes is cheap (a section id is made for every heading of an article).
    let mut out: Vec<u8> = Vec::with_capacity(folded.len());
    let mut dash = false;
    for b in folded.bytes() {
        if b.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push(b'-');
            }
            dash = false;
            out.push(b);
        } else {
            dash = true;
        }
    }
    match String::from_utf8(out) {
        // Only ASCII was pushed, so it is always UTF-8.
        Ok(out) if !out.is_empty() => out,
        _ => fallback.to_owned(),
    }
}

/// `base`, or `base-2`, `base-3`… whichever is not taken yet; it is then taken.
pub fn unique<S: BuildHasher>(base: String, taken: &mut HashSet<String, S>) -> String {
    let id = if taken.contains(&base) {
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken.contains(id))
            .unwrap_or(base)
    } else {
        base
    };
    taken.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_strip_accents_and_punctuation() {
        assert_eq!(
            slug("Équilibre diplomatique du Kazakhstan", "s"),
            "equilibre-diplomatique-du-kazakhstan"
        );
        assert_eq!(
            slug("  Maintien du dialogue russo-syrien  ", "s"),
            "maintien-du-dialogue-russo-syrien"
        );
        assert_eq!(
            slug("L’œuvre — C5+1 à Washington!", "s"),
            "l-oeuvre-c5-1-a-washington"
        );
        assert_eq!(slug("Москва", "section"), "section");
    }

    /// The two old copies disagreed here: the section slug cut `Fırat` at the dotless
    /// `ı` (`f-rat`), the candidate slug kept Cyrillic (`москва`) and `ß`. One rule now:
    /// folded like every other comparison, ASCII only.
    #[test]
    fn one_rule_for_sections_and_candidates() {
        assert_eq!(slug("Fırat Kalın", "x"), "firat-kalin");
        assert_eq!(slug("Gerhard Schröder", "x"), "gerhard-schroder");
        assert_eq!(slug("Straße", "x"), "strasse");
        assert_eq!(slug("Владимир Путин", "candidate"), "candidate");
    }

    #[test]
    fn ids_are_unique() {
        let mut taken: HashSet<String> = ["a".to_owned(), "a-2".to_owned()].into();
        assert_eq!(unique("a".into(), &mut taken), "a-3");
        assert_eq!(unique("a".into(), &mut taken), "a-4");
        assert_eq!(unique("b".into(), &mut taken), "b");
        assert!(taken.contains("b"));
    }
}
