//! Case folding and accent stripping with an exact map back to the original bytes:
//! the one fold of the crate. Entity matching, candidate names, relation cues,
//! evidence checks and slugs all compare words through it, so `Ouzbékistan` is one
//! word to all of them (two folds once disagreed on `ø` and `ł`).
//!
//! The matcher runs over folded text (lowercase, accents and other combining marks
//! removed, typographic apostrophes, spaces and hyphens made ASCII) so that one
//! automaton pattern covers `Ouzbékistan`, `OUZBEKISTAN` and `ouzbékistan`. Every folded
//! byte remembers which original char it came from, so a match maps back to an exact
//! range of the original text. Paragraphs are folded one at a time into reused buffers;
//! an all-ASCII paragraph needs no map at all.

use std::ops::Range;
use std::sync::OnceLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A folded string and its map back to the original. Reuse one across paragraphs.
#[derive(Debug, Default, Clone)]
pub struct Folded {
    text: String,
    /// For each byte of `text`, the offset of the original char it came from.
    /// Empty when the original was ASCII (the map is then the identity).
    map: Vec<u32>,
    /// Length of the original string.
    orig_len: usize,
}

impl Folded {
    pub(crate) fn new() -> Folded {
        Folded::default()
    }

    /// Fold `s` into this buffer, replacing what was there.
    pub(crate) fn fold(&mut self, s: &str) {
        self.text.clear();
        self.map.clear();
        self.orig_len = s.len();
        if s.is_ascii() {
            self.text.push_str(s);
            self.text.make_ascii_lowercase();
            return;
        }
        self.text.reserve(s.len());
        self.map.reserve(s.len());
        let bytes = s.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // Offsets fit in u32: `load::MAX_FILE_BYTES` keeps strings far below 4 GiB.
            // A run of ASCII is copied and mapped whole: most of a French paragraph is
            // ASCII, and live search folds every paragraph per keystroke (byte by byte,
            // the fold was 29% of typing 20 keys over a 20 MB article).
            let run = bytes[at..].iter().take_while(|b| b.is_ascii()).count();
            if run > 0 {
                let from = self.text.len();
                self.text.push_str(&s[at..at + run]);
                self.text[from..].make_ascii_lowercase();
                self.map.extend(at as u32..(at + run) as u32);
                at += run;
                continue;
            }
            let Some(c) = s[at..].chars().next() else {
                break;
            };
            let before = self.text.len();
            push_folded(c, &mut self.text);
            self.map
                .resize(self.map.len() + (self.text.len() - before), at as u32);
            at += c.len_utf8();
        }
    }

    /// The folded text.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// Offset in the original of the char that produced folded byte `i`
    /// (`i == text().len()` maps to the end of the original).
    pub(crate) fn orig_at(&self, i: usize) -> usize {
        if i >= self.text.len() {
            self.orig_len
        } else if self.map.is_empty() {
            i
        } else {
            self.map[i] as usize
        }
    }

    /// The original byte range that the folded range `r` came from. `r` must fall on
    /// char boundaries of the folded text; the result falls on char boundaries of the
    /// original and covers whole original chars, including combining marks that
    /// follow the last one.
    pub(crate) fn orig_range(&self, orig: &str, r: Range<usize>) -> Range<usize> {
        let start = self.orig_at(r.start);
        if r.end <= r.start {
            return start..start;
        }
        let last = self.orig_at(r.end - 1);
        let mut end = self.orig_at(r.end);
        if end <= last {
            // The match ended inside the expansion of one original char (œ → oe):
            // take that whole char.
            end = last + orig[last..].chars().next().map_or(0, char::len_utf8);
        }
        start..end
    }
}

/// A char of a word: a letter, a digit, or a combining mark (the accent of a
/// decomposed `é` belongs to its letter). Cue words, candidate tokens and the matcher's
/// word boundaries all use it.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_combining_mark(c)
    }
}

/// Fold a whole string (aliases, candidate names); no map kept.
pub(crate) fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Append the folded form of `s` to `out` (a reused buffer).
pub(crate) fn fold_into(s: &str, out: &mut String) {
    // Runs of ASCII are copied and lowered whole; only other chars go one by one.
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        if let Some(c) = chars.next() {
            push_folded(c, out);
        }
        rest = chars.as_str();
    }
}

fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(folded) = latin_table().get(c as usize - 0x80) {
        // Latin letters (é, ç, ø, œ…) are most non-ASCII chars of the articles brief
        // reads: fold them from a table built once.
        out.push_str(folded);
    } else {
        fold_char(c, out);
    }
}

/// Folded forms of U+0080..U+024F (Latin-1 Supplement, Latin Extended-A and -B).
fn latin_table() -> &'static [Box<str>] {
    static TABLE: OnceLock<Vec<Box<str>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0x80..0x250u32)
            .map(|u| {
                let mut s = String::new();
                if let Some(c) = char::from_u32(u) {
                    fold_char(c, &mut s);
                }
                s.into_boxed_str()
            })
            .collect()
    })
}

fn fold_char(c: char, out: &mut String) {
    match c {
        // Typographic apostrophes and primes: l’Ouzbékistan and l'Ouzbékistan alike.
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' => out.push('\''),
        // No-break and thin spaces, common in French typography.
        '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' => out.push(' '),
        // Unicode hyphens (not dashes, which separate rather than join).
        '\u{2010}' | '\u{2011}' => out.push('-'),
        _ => {
            for lower in c.to_lowercase() {
                decompose_canonical(lower, |d| {
                    if !is_combining_mark(d) {
                        push_letter(d, out);
                    }
                });
            }
        }
    }
}

/// Letters that carry their accent in the base letter and so survive decomposition.
fn push_letter(c: char, out: &mut String) {
    match c {
        'ø' => out.push('o'),
        'ł' => out.push('l'),
        'đ' => out.push('d'),
        'ı' => out.push('i'),
        'œ' => out.push_str("oe"),
        'æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        _ => out.push(c),
    }
}

/// Whether a folded name can be matched in a text: it starts with a letter or digit and
/// has two or more (one letter would match everywhere). Validation of declared names
/// and the candidates brief proposes both hold to it.
pub(crate) fn is_matchable(key: &str) -> bool {
    key.starts_with(char::is_alphanumeric)
        && key.chars().filter(|c| c.is_alphanumeric()).nth(1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(s: &str) -> Folded {
        let mut f = Folded::new();
        f.fold(s);
        f
    }

    #[test]
    fn ascii_is_lowercased_without_a_map() {
        let f = folded("The U.S. and NATO");
        assert_eq!(f.text(), "the u.s. and nato");
        assert!(f.map.is_empty());
        assert_eq!(f.orig_range("The U.S. and NATO", 4..8), 4..8);
    }

    #[test]
    fn accents_are_stripped_and_ranges_map_back() {
        let s = "avec l’Ouzbékistan.";
        let f = folded(s);
        assert_eq!(f.text(), "avec l'ouzbekistan.");
        let at = f.text().find("ouzbekistan").unwrap_or(0);
        let r = f.orig_range(s, at..at + "ouzbekistan".len());
        assert_eq!(&s[r], "Ouzbékistan");
    }

    #[test]
    fn decomposed_input_folds_like_precomposed_and_keeps_its_marks() {
        let s = "E\u{301}tats-Unis\u{301} x";
        let f = folded(s);
        assert_eq!(f.text(), "etats-unis x");
        let r = f.orig_range(s, 0.."etats-unis".len());
        assert_eq!(&s[r], "E\u{301}tats-Unis\u{301}");
    }

    #[test]
    fn ligatures_expand_and_map_to_the_whole_char() {
        let s = "Œuvre";
        let f = folded(s);
        assert_eq!(f.text(), "oeuvre");
        assert_eq!(f.orig_range(s, 0..1), 0.."Œ".len());
        assert_eq!(&s[f.orig_range(s, 0..6)], "Œuvre");
    }

    #[test]
    fn typographic_spaces_and_hyphens_become_ascii() {
        assert_eq!(fold_str("Union\u{A0}européenne"), "union europeenne");
        assert_eq!(fold_str("russo\u{2011}syrien"), "russo-syrien");
        assert_eq!(fold_str("İSTANBUL"), "istanbul");
    }

    #[test]
    fn whole_words_fold_like_the_cue_lexicon_expects() {
        assert_eq!(fold_str("Énergétique"), "energetique");
        assert_eq!(fold_str("mise en Œuvre"), "mise en oeuvre");
        assert_eq!(fold_str("RUSSIA"), "russia");
        // Letters whose accent survives decomposition fold too (the cue lexicon's own
        // fold kept them, so `Łódź` and `Lodz` were two words there).
        assert_eq!(fold_str("Łódź Øresund Straße"), "lodz oresund strasse");
    }
}
