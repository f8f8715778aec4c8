//! Sentence boundaries for English and French prose: the one splitter of the crate.
//! Relation inference and evidence numbering, skim mode's lead sentence (and so which
//! search hits skim mode shows), the candidate rules' sentence starts and titles
//! derived from a lead all ask it, so they agree on where a sentence starts and ends
//! (a property test in `agreement_tests` holds them to it). There were four splitters
//! with two abbreviation lists; docs/relations.md documents this one.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis followed by white space and a word
//! that can open a sentence (a capital, a digit, an opening quote or dash). Closing
//! quotes and brackets after the terminator belong to the sentence that ends (`« Nous
//! sommes prêts. »`). No split happens inside a quotation that closes later in the
//! paragraph, after a title (`Mr.`, `M.`, `Mme.`, `Dr.`), after an initial (`J. K.`), in
//! a number (`3.5`, `1.000,5`), after `No.` before a number, or after an abbreviation
//! that never ends a sentence (`e.g.`, `cf.`, `p. ex.`). Dotted acronyms (`U.S.`) and
//! `etc.` end a sentence only when a common sentence-opening word follows (`… by the
//! U.S. The Kremlin said`). One linear pass per paragraph, lazily: the first sentence
//! of a long paragraph costs no more than finding it.

use std::ops::Range;

/// Titles and abbreviations after which a sentence never ends (folded to lower case,
/// without the dot).
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "ste", "mme", "mmes", "mlle", "mlles", "mgr", "jr",
    "sr", "gen", "gén", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "pres", "pr", "vs", "cf",
    "ex", "env", "approx", "dept", "av", "apr", "fig", "vol", "mm", "messrs", "hon", "rev",
];

/// Words that open a sentence after an ambiguous abbreviation (`U.S.`, `etc.`).
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "the", "a", "an", "in", "on", "but", "this", "it", "he", "she", "they", "we", "that",
    "these", "those", "however", "meanwhile", "and", "le", "la", "les", "l", "il", "elle",
    "ils", "elles", "ce", "cette", "ces", "un", "une", "des", "mais", "en", "dans", "selon",
    "pour", "on", "nous",
];

const CLOSERS: &[char] = &['»', '"', '”', '’', '\'', ')', ']'];

/// The sentences of one paragraph, as byte ranges without surrounding white space.
/// A paragraph of only white space has none; any other has at least one.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    Sentences::new(text).collect()
}

/// The first sentence of `text`, if it has any but white space.
pub(crate) fn first_sentence(text: &str) -> Option<Range<usize>> {
    Sentences::new(text).next()
}

/// The sentences of one paragraph, found one at a time.
pub(crate) struct Sentences<'a> {
    text: &'a str,
    quotes: QuoteSpans,
    /// Where the sentence being read starts.
    start: usize,
    /// The next byte to look at.
    at: usize,
    done: bool,
}

impl<'a> Sentences<'a> {
    pub(crate) fn new(text: &'a str) -> Sentences<'a> {
        Sentences::with(text, QuoteSpans::of(text))
    }

    /// The same boundaries, plus those of the sentences inside a quotation (`« Nous
    /// sommes prêts. Jamais nous ne céderons. »` is two here). For readers of
    /// capitals: a word after `prêts. ` opens a sentence even when the quotation
    /// around it is one sentence of evidence.
    pub(crate) fn through_quotes(text: &'a str) -> Sentences<'a> {
        Sentences::with(text, QuoteSpans::default())
    }

    fn with(text: &'a str, quotes: QuoteSpans) -> Sentences<'a> {
        Sentences {
            text,
            quotes,
            start: 0,
            at: 0,
            done: false,
        }
    }
}

impl Iterator for Sentences<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let text = self.text;
        let bytes = text.as_bytes();
        // Bytes, not chars: terminators are ASCII or the three bytes of `…`, and every
        // position where one starts is a char boundary.
        while self.at < bytes.len() {
            let len = terminator_len(bytes, self.at);
            if len == 0 {
                self.at += 1;
                continue;
            }
            let first = self.at;
            let mut end = first + len;
            // Swallow a run of terminators ("?!", "...").
            loop {
                let more = terminator_len(bytes, end);
                if more == 0 {
                    break;
                }
                end += more;
            }
            self.at = end;
            let end = swallow_closers(text, end);
            if self.quotes.inside(end) || !is_boundary(text, first, bytes[first] == b'.', end) {
                continue;
            }
            let sentence = trimmed(text, self.start..end);
            self.start = end;
            self.at = end;
            if sentence.is_some() {
                return sentence;
            }
        }
        if self.done {
            return None;
        }
        self.done = true;
        trimmed(text, self.start..text.len())
    }
}

/// Length of the sentence terminator at byte `i` (`.`, `!`, `?`, `…`), or 0.
fn terminator_len(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b'.' | b'!' | b'?') => 1,
        Some(0xE2) if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => 3,
        _ => 0,
    }
}

/// `r` without white space at either end; `None` when nothing else is left.
fn trimmed(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (lead < s.len()).then(|| r.start + lead..r.end - trail)
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
    // `No. 10 Downing Street`: the number sign, not the answer "no".
    if word.eq_ignore_ascii_case("no") && first.is_ascii_digit() {
        return false;
    }
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
#[derive(Default)]
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

    /// The candidate rules kept their own abbreviation list, with `Rep.`, `Pr.` and
    /// `No.` that this splitter lacked; one list now, and these no longer end a
    /// sentence.
    #[test]
    fn abbreviations_of_the_merged_list() {
        assert_eq!(
            split(
                "Rep. Nancy Pelosi visited. Le Pr. Dupont signe. He lives at No. 10 Downing Street."
            ),
            [
                "Rep. Nancy Pelosi visited.",
                "Le Pr. Dupont signe.",
                "He lives at No. 10 Downing Street."
            ]
        );
        assert_eq!(
            split("They said no. The talks ended."),
            ["They said no.", "The talks ended."]
        );
    }

    #[test]
    fn lazily_one_at_a_time() {
        let text = "Un. Deux. Trois.";
        assert_eq!(first_sentence(text), Some(0..3));
        assert_eq!(first_sentence("  "), None);
        let mut it = Sentences::new(text);
        assert_eq!(it.next(), Some(0..3));
        assert_eq!(it.collect::<Vec<_>>(), [4..9, 10..16]);
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
    fn through_quotes_splits_inside_quotations_too() {
        let text = "Il a dit : « Nous sommes prêts. Jamais nous ne céderons. » Puis il est parti.";
        let split: Vec<&str> = Sentences::through_quotes(text).map(|r| &text[r]).collect();
        assert_eq!(
            split,
            [
                "Il a dit : « Nous sommes prêts.",
                "Jamais nous ne céderons. »",
                "Puis il est parti."
            ]
        );
        // Every boundary of the plain split is one of these.
        for r in sentences(text) {
            assert!(Sentences::through_quotes(text).any(|q| q.start == r.start));
        }
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
}
