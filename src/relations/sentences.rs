//! Sentence splitting for English and French prose, one linear pass per paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis followed by white space and a word
//! that can open a sentence (a capital, a digit, an opening quote or dash). Closing
//! quotes and brackets after the terminator belong to the sentence that ends (`« Nous
//! sommes prêts. »`). No split happens inside a quotation that closes later in the
//! paragraph, after a title (`Mr.`, `M.`, `Mme.`, `Dr.`), after an initial (`J. K.`), in
//! a number (`3.5`, `1.000,5`), or after an abbreviation that never ends a sentence
//! (`e.g.`, `cf.`, `p. ex.`). Dotted acronyms (`U.S.`) and `etc.` end a sentence only
//! when a common sentence-opening word follows (`… by the U.S. The Kremlin said`).

use std::ops::Range;

use crate::model::Section;

/// Titles and abbreviations after which a sentence never ends (folded to lower case,
/// without the dot).
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "ste", "mme", "mmes", "mlle", "mlles", "mgr", "jr",
    "sr", "gen", "gén", "col", "lt", "sgt", "capt", "gov", "sen", "pres", "vs", "cf", "ex", "env",
    "approx", "dept", "av", "apr", "fig", "vol", "mm", "messrs", "hon", "rev",
];

/// Words that open a sentence after an ambiguous abbreviation (`U.S.`, `etc.`).
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "but",
    "this",
    "it",
    "he",
    "she",
    "they",
    "we",
    "that",
    "these",
    "those",
    "however",
    "meanwhile",
    "and",
    "le",
    "la",
    "les",
    "l",
    "il",
    "elle",
    "ils",
    "elles",
    "ce",
    "cette",
    "ces",
    "un",
    "une",
    "des",
    "mais",
    "en",
    "dans",
    "selon",
    "pour",
    "on",
    "nous",
];

const CLOSERS: &[char] = &['»', '"', '”', '’', '\'', ')', ']'];

/// The sentences of one paragraph, as byte ranges without surrounding white space.
/// A paragraph of only white space has none; any other has at least one.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let quotes = QuoteSpans::of(text);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Bytes, not chars: terminators are ASCII or the three bytes of `…`, and every
    // position where one starts is a char boundary.
    while i < bytes.len() {
        let len = terminator_len(bytes, i);
        if len == 0 {
            i += 1;
            continue;
        }
        let first = i;
        let mut end = i + len;
        // Swallow a run of terminators ("?!", "...").
        loop {
            let more = terminator_len(bytes, end);
            if more == 0 {
                break;
            }
            end += more;
        }
        i = end;
        let end = swallow_closers(text, end);
        if quotes.inside(end) || !is_boundary(text, first, bytes[first] == b'.', end) {
            continue;
        }
        push_trimmed(&mut out, text, start..end);
        start = end;
        i = end;
    }
    push_trimmed(&mut out, text, start..text.len());
    out
}

/// Length of the sentence terminator at byte `i` (`.`, `!`, `?`, `…`), or 0.
fn terminator_len(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b'.' | b'!' | b'?') => 1,
        Some(0xE2) if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => 3,
        _ => 0,
    }
}

/// A sentence of a section body, located by paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceRef {
    /// Index of the paragraph in `Section::body`.
    pub para: usize,
    /// Byte range within that paragraph.
    pub range: Range<usize>,
}

/// The section-level sentence index: every sentence of the body, paragraphs in order.
/// A sentence's number (as in `Evidence::sentence`) is its position in this vector.
pub fn section_sentences(section: &Section) -> Vec<SentenceRef> {
    section
        .body
        .iter()
        .enumerate()
        .flat_map(|(para, text)| {
            sentences(text)
                .into_iter()
                .map(move |range| SentenceRef { para, range })
        })
        .collect()
}

fn push_trimmed(out: &mut Vec<Range<usize>>, text: &str, r: Range<usize>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Past closing quotes and brackets, including French spacing before `»`.
fn swallow_closers(text: &str, mut end: usize) -> usize {
    loop {
        let rest = &text[end..];
        let trimmed = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        match trimmed.chars().next() {
            Some(c) if CLOSERS.contains(&c) && (c == '»' || trimmed.len() == rest.len()) => {
                end += rest.len() - trimmed.len() + c.len_utf8();
            }
            _ => return end,
        }
    }
}

/// Does a sentence end at `end`, its first terminator standing at `i` (a full stop
/// when `dot`)?
fn is_boundary(text: &str, i: usize, dot: bool, end: usize) -> bool {
    let rest = &text[end..];
    let next_start = rest.trim_start();
    if next_start.is_empty() {
        return true;
    }
    if next_start.len() == rest.len() {
        return false; // no white space: 3.5, U.S., example.com
    }
    let Some(first) = next_start.chars().next() else {
        return true;
    };
    let opens = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(
            first,
            '«' | '"' | '“' | '‘' | '(' | '[' | '-' | '—' | '–' | '•'
        );
    if !opens {
        return false;
    }
    if !dot || text[i..end].starts_with("..") {
        return true;
    }
    let word = word_before(text, i);
    let is = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(word));
    let single = word.chars().count() == 1;
    if single || is(NEVER_FINAL) {
        // An initial or a dotted acronym: U.S., e.g., p. ex.
        let dotted = text[..i].ends_with(|ch: char| ch.is_alphabetic())
            && text[..i - word.len()].ends_with('.');
        if single && dotted {
            return next_is_opener(next_start);
        }
        return false;
    }
    if word.eq_ignore_ascii_case("etc") {
        return next_is_opener(next_start);
    }
    true
}

fn next_is_opener(next: &str) -> bool {
    let word: String = next
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    OPENERS.contains(&word.as_str())
}

/// The run of letters just before byte `i`.
fn word_before(text: &str, i: usize) -> &str {
    let head = &text[..i];
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(i, |(j, _)| j);
    &text[start..i]
}

/// Byte spans of quotations that close within the paragraph; splitting stops inside
/// them. An opening quote with no closing one is ignored, so a stray `«` cannot glue a
/// whole paragraph together.
struct QuoteSpans {
    spans: Vec<Range<usize>>,
}

impl QuoteSpans {
    fn of(text: &str) -> QuoteSpans {
        let mut spans = Vec::new();
        // Most paragraphs quote nobody: three memchr searches beat a byte loop.
        if !(text.contains('"') || text.contains('«') || text.contains('“')) {
            return QuoteSpans { spans };
        }
        let mut open: Option<(usize, char)> = None;
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            // The quote marks are `"` and the two-byte « » or three-byte “ ”.
            let c = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
                (b'"', _, _) => '"',
                (0xC2, Some(0xAB), _) => '«',
                (0xC2, Some(0xBB), _) => '»',
                (0xE2, Some(0x80), Some(0x9C)) => '“',
                (0xE2, Some(0x80), Some(0x9D)) => '”',
                _ => continue,
            };
            match (open, c) {
                (None, '«' | '“') => open = Some((i, c)),
                (None, '"') if opens_straight(text, i) => open = Some((i, c)),
                (Some((s, '«')), '»') | (Some((s, '“')), '”') | (Some((s, '"')), '"') => {
                    spans.push(s..i);
                    open = None;
                }
                _ => {}
            }
        }
        QuoteSpans { spans }
    }

    /// Is byte `pos` strictly inside a quotation (after its opening, before its close)?
    fn inside(&self, pos: usize) -> bool {
        let k = self.spans.partition_point(|r| r.end < pos);
        self.spans
            .get(k)
            .is_some_and(|r| r.start < pos && pos <= r.end)
    }
}

/// A straight quote opens when it starts a word (after white space or at the start).
fn opens_straight(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '['))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("Moscou accueille Astana. Les deux pays signent! Et après ? Rien."),
            [
                "Moscou accueille Astana.",
                "Les deux pays signent!",
                "Et après ?",
                "Rien."
            ]
        );
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met Dr. Jones in St. Petersburg. M. Poutine a reçu Mme. Dupont."),
            [
                "Mr. Smith met Dr. Jones in St. Petersburg.",
                "M. Poutine a reçu Mme. Dupont."
            ]
        );
        assert_eq!(
            split("J. K. Rowling wrote it. Then she left."),
            ["J. K. Rowling wrote it.", "Then she left."]
        );
    }

    #[test]
    fn acronyms_end_a_sentence_only_before_an_opener() {
        assert_eq!(
            split("The U.S. Treasury and the U.N. Security Council met. Sanctions followed."),
            [
                "The U.S. Treasury and the U.N. Security Council met.",
                "Sanctions followed."
            ]
        );
        assert_eq!(
            split("Sanctions were imposed by the U.S. The Kremlin protested."),
            [
                "Sanctions were imposed by the U.S.",
                "The Kremlin protested."
            ]
        );
    }

    #[test]
    fn latin_and_french_abbreviations() {
        assert_eq!(
            split("Energy, e.g. Gas, matters. Voir p. ex. Le Monde, cf. Annexe. Fin."),
            [
                "Energy, e.g. Gas, matters.",
                "Voir p. ex. Le Monde, cf. Annexe.",
                "Fin."
            ]
        );
        assert_eq!(
            split("Gaz, pétrole, etc. sont en jeu. Du blé, etc. Le reste suit."),
            [
                "Gaz, pétrole, etc. sont en jeu.",
                "Du blé, etc.",
                "Le reste suit."
            ]
        );
    }

    #[test]
    fn numbers_do_not_end_sentences() {
        assert_eq!(
            split("Trade rose 3.5 per cent to 1.000,5 million. It fell in 2024. 2025 was flat."),
            [
                "Trade rose 3.5 per cent to 1.000,5 million.",
                "It fell in 2024.",
                "2025 was flat."
            ]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("Il hésite… puis signe. Attendre... Voir. Wait… and see."),
            [
                "Il hésite… puis signe.",
                "Attendre...",
                "Voir.",
                "Wait… and see."
            ]
        );
    }

    #[test]
    fn quotes_keep_their_closing_mark() {
        assert_eq!(
            split("Il a dit : « Nous sommes prêts. Nous signerons. » Puis il est parti."),
            [
                "Il a dit : « Nous sommes prêts. Nous signerons. »",
                "Puis il est parti."
            ]
        );
        assert_eq!(
            split("He said: “We are ready. We will sign.” Then he left."),
            ["He said: “We are ready. We will sign.”", "Then he left."]
        );
        assert_eq!(
            split("\"It is over.\" The talks ended."),
            ["\"It is over.\"", "The talks ended."]
        );
    }

    #[test]
    fn unclosed_quote_does_not_glue_the_paragraph() {
        assert_eq!(
            split("Il cite « un accord. Puis rien."),
            ["Il cite « un accord.", "Puis rien."]
        );
    }

    #[test]
    fn lowercase_continuation_is_not_a_boundary() {
        assert_eq!(
            split("Approx. two thirds agreed."),
            ["Approx. two thirds agreed."]
        );
        assert_eq!(split("Il part. et revient."), ["Il part. et revient."]);
    }

    #[test]
    fn whitespace_and_empty() {
        assert!(sentences("").is_empty());
        assert!(sentences("  \n ").is_empty());
        assert_eq!(split("  Sans point final  "), ["Sans point final"]);
    }

    #[test]
    fn section_index_counts_across_paragraphs() {
        let section = Section {
            id: "s".into(),
            title: "T".into(),
            body: vec!["Un. Deux.".into(), "".into(), "Trois.".into()],
        };
        let refs = section_sentences(&section);
        let got: Vec<(usize, &str)> = refs
            .iter()
            .map(|r| (r.para, &section.body[r.para][r.range.clone()]))
            .collect();
        assert_eq!(got, [(0, "Un."), (0, "Deux."), (2, "Trois.")]);
    }
}
