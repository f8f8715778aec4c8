//! Text from files as the terminal shows it: cleaned of control characters, measured
//! in columns, cut to a width with `…`. The one place for these rules; the reader's
//! panes (`ui`) and the link chart (`graph`) both draw through it (they had a copy
//! each, which disagreed on the replacement char and on how wide a control char is).
//!
//! Widths are display columns (unicode-width), never bytes or chars, and a cut never
//! splits a grapheme: `unicode-truncate`, which ratatui itself uses, does the cutting.

use std::borrow::Cow;

use unicode_truncate::UnicodeTruncateStr;
use unicode_width::UnicodeWidthStr;

use super::terminal::is_unsafe;

/// What a control character is drawn as.
const REPLACEMENT: char = '\u{fffd}';

/// Text from files is untrusted: whatever the loaders let through, no character the
/// terminal would act on (`terminal::is_unsafe`: an ESC could retitle it or recolour
/// it, a U+2028 break the row) reaches the screen.
pub(crate) fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_unsafe) {
        Cow::Owned(
            s.chars()
                .map(|c| if is_unsafe(c) { REPLACEMENT } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

/// `s` without the joiners and modifiers that fuse emoji into one picture: ZWJ
/// (U+200D), variation selectors (U+FE0E, U+FE0F) and skin tones (U+1F3FB–U+1F3FF).
/// How wide such a sequence is depends on the terminal (2 columns where it draws one
/// picture, 4, 6 or 8 where it draws the parts), so a line measured one way is drawn
/// another and everything after it shifts. Without them every character is drawn
/// alone, at the width every terminal agrees on. For text the reader types (the search
/// line), whose exact rendering matters less than a row that stays in place.
pub(crate) fn unjoined(s: &str) -> Cow<'_, str> {
    let joiner = |c: char| {
        matches!(
            c,
            '\u{200D}' | '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}'
        )
    };
    if s.chars().any(joiner) {
        Cow::Owned(s.chars().filter(|&c| !joiner(c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// Columns `s` takes once cleaned.
pub fn width(s: &str) -> usize {
    clean(s).width()
}

/// `s` cleaned and cut to at most `max` columns, ending with `…` when it was longer
/// (spaces before the `…` dropped: `Kazakhstan…`, not `Kazakhstan …`).
pub(crate) fn fit(s: &str, max: usize) -> String {
    let s = clean(s);
    if s.width() <= max {
        return s.into_owned();
    }
    if max == 0 {
        return String::new();
    }
    let (head, _) = s.unicode_truncate(max - 1);
    let mut out = head.trim_end().to_owned();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_replaces_control_characters() {
        assert_eq!(clean("a\u{1b}]0;x\u{7}b"), "a\u{fffd}]0;x\u{fffd}b");
        assert!(matches!(clean("plain"), Cow::Borrowed(_)));
        assert_eq!(clean("c\u{9b}31m"), "c\u{fffd}31m");
    }

    #[test]
    fn fit_counts_columns() {
        assert_eq!(fit("Kazakhstan", 20), "Kazakhstan");
        assert_eq!(fit("Kazakhstan", 5), "Kaza…");
        assert_eq!(fit("日本語", 4), "日…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("abc", 1), "…");
        assert_eq!(fit("United States", 8), "United…");
    }

    /// The reader's old `fit` measured a control char as 0 columns and then drew it as
    /// a 1-column `�`, so `fit` could return a line wider than asked.
    #[test]
    fn a_control_char_takes_the_column_of_its_replacement() {
        assert_eq!(width("ab\u{1b}cd"), 5);
        assert_eq!(fit("ab\u{1b}cd", 4), "ab\u{fffd}…");
        assert!(width(&fit("ab\u{1b}cd", 4)) <= 4);
    }

    #[test]
    fn a_cut_keeps_graphemes_whole() {
        // `é` written as e + combining acute stays one column, never split.
        assert_eq!(fit("Ame\u{301}rique", 4), "Ame\u{301}…");
        assert_eq!(width("Ame\u{301}rique"), 8);
    }
}
