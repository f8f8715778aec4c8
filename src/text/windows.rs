//! Sentence-aligned windows of a paragraph, so that work whose scratch memory grows
//! with the text it is given (folding and its byte map, tokens, wrapped lines) is
//! bounded on any input. An article's paragraphs are a few kilobytes and make one
//! window; a Markdown file without blank lines is one paragraph of the whole file
//! (20 MB in the benchmarks), which made analysis peak at 11× and the reader at 22×
//! the input before it was cut into windows.
//!
//! A window ends where a sentence starts (`Sentences` decides), so anything that never
//! spans two sentences (a name, a candidate's run of capitalised words, a sentence's
//! cues) sees the same text in its window as in the whole paragraph. A sentence longer
//! than four windows is the exception: it is cut after white space.

use std::ops::Range;

use super::sentences::Sentences;

/// The size windows aim at: a window ends at the first sentence start at least this
/// far into it. 64 KiB keeps per-window scratch under a megabyte and is far above any
/// real paragraph, so articles are never cut.
pub(crate) const WINDOW_BYTES: usize = 64 * 1024;

/// Consecutive byte ranges covering all of `text`, each of at least `max` bytes (but
/// the last) ending where a sentence starts, at most `4 * max` unless a char or word
/// forbids it. A text of `max` bytes or less is one window.
pub(crate) fn windows(text: &str, max: usize) -> Windows<'_> {
    Windows {
        text,
        sentences: None,
        pending: None,
        start: 0,
        max: max.max(1),
    }
}

pub(crate) struct Windows<'a> {
    text: &'a str,
    /// Started only for a text longer than one window (it scans for quotations).
    sentences: Option<Sentences<'a>>,
    /// A sentence start already read past the window that wanted it.
    pending: Option<usize>,
    start: usize,
    max: usize,
}

impl Iterator for Windows<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let (text, start, max) = (self.text, self.start, self.max);
        if start >= text.len() {
            return None;
        }
        let cut = if text.len() - start <= max {
            text.len()
        } else {
            self.next_cut()
        };
        self.start = cut;
        Some(start..cut)
    }
}

impl Windows<'_> {
    /// Where the window from `self.start` ends (always after it).
    fn next_cut(&mut self) -> usize {
        let (text, start, max) = (self.text, self.start, self.max);
        let sentences = self.sentences.get_or_insert_with(|| Sentences::new(text));
        loop {
            // The end of the text counts as one more sentence start.
            let p = self
                .pending
                .take()
                .or_else(|| sentences.next().map(|r| r.start))
                .unwrap_or(text.len());
            if p < start + max {
                continue;
            }
            if p <= start + 4 * max {
                return p;
            }
            self.pending = Some(p);
            return word_cut(text, start + max, p);
        }
    }
}

/// The first place at or after `from` (and before `limit`) that follows white space and
/// starts a word; `limit` when there is none.
fn word_cut(text: &str, from: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut seen_space = false;
    for (i, &b) in bytes.iter().enumerate().take(limit).skip(from) {
        let space = b.is_ascii_whitespace();
        if seen_space && !space && text.is_char_boundary(i) {
            return i;
        }
        seen_space |= space;
    }
    limit
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn cut(text: &str, max: usize) -> Vec<&str> {
        windows(text, max).map(|r| &text[r]).collect()
    }

    #[test]
    fn a_short_paragraph_is_one_window() {
        assert_eq!(cut("One. Two.", 100), ["One. Two."]);
        assert_eq!(cut("", 100), Vec::<&str>::new());
    }

    #[test]
    fn windows_end_where_a_sentence_starts() {
        let text = "Russia met Kazakhstan. Talks went on. The United States watched. End.";
        assert_eq!(
            cut(text, 20),
            [
                "Russia met Kazakhstan. ",
                "Talks went on. The United States watched. ",
                "End."
            ]
        );
    }

    #[test]
    fn an_endless_sentence_is_cut_between_words() {
        let text = "word ".repeat(100);
        let parts = cut(&text, 20);
        assert!(parts.len() > 4, "{parts:?}");
        assert!(parts.iter().all(|p| p.starts_with("word")), "{parts:?}");
    }

    proptest! {
        #[test]
        fn windows_cover_the_text_in_order(
            text in "([A-Za-zé]{1,8}[ .!?]{1,2}){0,60}",
            max in 1usize..40,
        ) {
            let mut at = 0;
            for r in windows(&text, max) {
                prop_assert_eq!(r.start, at);
                prop_assert!(r.end > r.start);
                prop_assert!(text.is_char_boundary(r.end));
                at = r.end;
            }
            prop_assert_eq!(at, text.len());
        }
    }
}
