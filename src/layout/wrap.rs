//! Wrapping one string at a width into byte ranges of that string. Pure; the ranges
//! point into the original text so highlights (byte ranges too) map onto lines without
//! copying a 20 MB article.

use std::ops::Range;

use textwrap::WordSeparator;
use textwrap::core::{Word, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;

/// Lay `text` out in lines of at most `width` display columns. Each range covers a
/// line's words and the spaces between them, not the spaces at the break. Words wider
/// than the line are cut at character boundaries. Width 0 is treated as 1 so that
/// every character still lands on some line (a zero-width pane draws nothing anyway).
/// An empty text is one empty line.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<Range<u32>> {
    let width = width.max(1);
    let words: Vec<Word<'_>> = WordSeparator::AsciiSpace.find_words(text).collect();
    let words = break_words(words, width);
    let lines = wrap_first_fit(&words, &[width as f64]);
    let base = text.as_ptr() as usize;
    // `find_words` and `break_words` hand back sub-slices of `text`: their addresses
    // give the byte offsets without a second scan.
    let offset = |s: &str| (s.as_ptr() as usize).saturating_sub(base);
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        match (line.first(), line.last()) {
            (Some(first), Some(last)) => {
                let start = offset(first.word);
                let end = offset(last.word) + last.word.len();
                out.push(to_u32(start)..to_u32(end.max(start)));
            }
            _ => out.push(0..0),
        }
    }
    if out.is_empty() {
        out.push(0..0);
    }
    out
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, width)
            .into_iter()
            .map(|r| &text[r.start as usize..r.end as usize])
            .collect()
    }

    #[test]
    fn wraps_at_spaces_within_width() {
        assert_eq!(
            lines("Le président russe accueille", 12),
            ["Le président", "russe", "accueille"]
        );
    }

    #[test]
    fn measures_display_width_not_bytes() {
        // "éééé" is 8 bytes but 4 columns: it fits a width of 4.
        assert_eq!(lines("éééé ab", 4), ["éééé", "ab"]);
        // Wide characters take two columns each.
        for l in lines("日本語の文章です", 4) {
            assert!(l.width() <= 4, "{l:?}");
        }
    }

    #[test]
    fn cuts_words_longer_than_the_width() {
        assert_eq!(lines("abcdefgh ij", 3), ["abc", "def", "gh", "ij"]);
    }

    #[test]
    fn widths_zero_and_one_put_every_char_somewhere() {
        for width in [0, 1] {
            let got = lines("ab c", width);
            assert_eq!(got, ["a", "b", "c"], "width {width}");
        }
    }

    proptest::proptest! {
        /// Every line fits, and the lines hold every word of the text in order.
        #[test]
        fn lines_fit_and_keep_every_word(
            text in "[a-zé日 ]{0,80}",
            width in 0usize..30,
        ) {
            let ranges = wrap(&text, width);
            let mut words = String::new();
            for r in &ranges {
                let line = &text[r.start as usize..r.end as usize];
                proptest::prop_assert!(line.width() <= width.max(2), "{line:?} at {width}");
                words.push_str(&line.replace(' ', ""));
            }
            proptest::prop_assert_eq!(words, text.replace(' ', ""));
        }
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap("", 10), vec![0..0u32; 1]);
        assert_eq!(wrap("   ", 10).len(), 1);
    }
}
