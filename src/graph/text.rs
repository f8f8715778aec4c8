//! Text as grid cells for the link chart: one char per cell, wide chars followed by a
//! `'\0'` filler. Cleaning, measuring and cutting with `…` are `text::fit`'s, as in
//! every other pane.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::text::fit;

/// The filler that follows a double-width char.
pub(crate) const FILLER: char = '\0';

/// `text` as cells, at most `max` wide, cut with `…` when longer: as many cells as
/// `text::width` of what is shown. A grapheme keeps its first char (a cell holds one);
/// one of no width (a lone combining mark) takes no cell.
pub(crate) fn cells(text: &str, max: usize) -> Vec<char> {
    let shown = fit(text, max);
    let mut out = Vec::with_capacity(shown.len());
    for g in shown.graphemes(true) {
        let w = g.width();
        if let (Some(c), 1..) = (g.chars().next(), w) {
            out.push(c);
            out.extend(std::iter::repeat_n(FILLER, w - 1));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_cut_with_an_ellipsis() {
        assert_eq!(
            cells("United States", 8),
            "United…".chars().collect::<Vec<_>>()
        );
        assert_eq!(cells("Russia", 8), "Russia".chars().collect::<Vec<_>>());
        assert_eq!(cells("Russia", 0), Vec::<char>::new());
    }

    /// Control chars were `?` in the chart and `�` in every other pane: one rule now,
    /// `�` everywhere (`text::clean`).
    #[test]
    fn wide_chars_take_two_cells_and_escapes_are_defused() {
        assert_eq!(cells("日本", 4), vec!['日', FILLER, '本', FILLER]);
        assert_eq!(
            cells("a\u{1b}]0;x", 10),
            vec!['a', '\u{fffd}', ']', '0', ';', 'x']
        );
    }

    #[test]
    fn cells_are_as_many_as_the_width() {
        for s in ["Ame\u{301}rique", "日本語", "a\u{7}b", "Kazakhstan"] {
            for max in 0..12 {
                assert_eq!(cells(s, max).len(), crate::text::width(&fit(s, max)));
            }
        }
    }
}
