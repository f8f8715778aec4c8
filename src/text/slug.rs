//! Ids made from names and titles: the one slug rule of the crate, for section ids of
//! imported articles and ids of candidate entities alike (they were two rules, one
//! ASCII, one keeping any script, and disagreed on `ı` and `ß`).
//!
//! A slug is ASCII kebab-case: the text folded as everywhere else (`text::fold`:
//! lower case, accents stripped, `œ` → `oe`, `ß` → `ss`), every run of anything but
//! ASCII letters and digits turned into one dash, no dash at either end. ASCII keeps
//! ids easy to type in YAML and on a command line; a name with no Latin letter at all
//! gets the caller's fallback.

use std::collections::{HashMap, HashSet};

use super::fold::fold_str;

/// The slug of `s`, or `fallback` when nothing of it is left.
/// `"Équilibre diplomatique"` → `equilibre-diplomatique`.
pub(crate) fn slug(s: &str, fallback: &str) -> String {
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

/// Ids taken so far, handing out `base`, `base-2`, `base-3`… whichever is free.
///
/// Each base remembers the next suffix to try: trying `-2`, `-3`… from the start every
/// time made 20,000 repeats of one heading cost 200 million look-ups (29 s); now every
/// suffix of a base is tried at most once, so the look-ups (`probes`) stay within the
/// ids handed out plus the calls, whatever the input.
#[derive(Debug, Clone, Default)]
pub struct Ids {
    taken: HashSet<String>,
    next: HashMap<String, u32>,
    probes: u64,
}

impl Ids {
    /// `base`, or `base-N` for the smallest N not tried before that is free; it is
    /// then taken.
    pub fn unique(&mut self, base: String) -> String {
        self.probes += 1;
        if self.taken.insert(base.clone()) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(2);
        loop {
            let id = format!("{base}-{n}");
            *n += 1;
            self.probes += 1;
            if self.taken.insert(id.clone()) {
                return id;
            }
        }
    }

    /// Set look-ups made so far: the operation count the regression tests bound.
    pub fn probes(&self) -> u64 {
        self.probes
    }
}

impl FromIterator<String> for Ids {
    fn from_iter<I: IntoIterator<Item = String>>(ids: I) -> Ids {
        Ids {
            taken: ids.into_iter().collect(),
            ..Ids::default()
        }
    }
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
        let mut taken: Ids = ["a".to_owned(), "a-2".to_owned()].into_iter().collect();
        assert_eq!(taken.unique("a".into()), "a-3");
        assert_eq!(taken.unique("a".into()), "a-4");
        assert_eq!(taken.unique("b".into()), "b");
        assert_eq!(taken.unique("b".into()), "b-2");
        // `a-3` is a base of its own, its suffixes after `a`'s.
        assert_eq!(taken.unique("a-3".into()), "a-3-2");
    }
}
