//! Plain-text articles in the shape of the seed: a lead, then short heading lines each
//! followed by paragraphs. Paragraphs are one per line, or blocks separated by blank
//! lines whose hard-wrapped lines are joined. The rules are in `docs/format.md`.

use super::article::Article;

/// From this many lines in a block, they are classified on all cores.
const PARALLEL_LINES: usize = 20_000;

/// A heading has at most this many words…
const HEADING_MAX_WORDS: usize = 12;
/// …and at most this many characters.
const HEADING_MAX_CHARS: usize = 100;

/// What one line or block of the text is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Heading(String),
    Paragraph(String),
}

/// Read a plain-text article (already sanitised).
pub(crate) fn parse(text: &str) -> Article {
    let items = items(text);
    let mut article = Article::default();
    let mut iter = items.into_iter().peekable();
    // A heading-like first line followed by text is the title.
    if let Some(Item::Heading(t)) = iter.peek() {
        article.title = Some(t.clone());
        iter.next();
    }
    for item in iter {
        match item {
            Item::Heading(h) => article.sections.push((h, Vec::new())),
            Item::Paragraph(p) => match article.sections.last_mut() {
                Some((_, body)) => body.push(p),
                None => article.lead.push(p),
            },
        }
    }
    article
}

/// Lines and blocks classified. A heading-like line stays a heading when text follows
/// it, or when it opens a run of several; inside a run, lines are paragraphs of the
/// first (a short paragraph without a final stop looks like a heading).
fn items(text: &str) -> Vec<Item> {
    let mut raw: Vec<Item> = Vec::new();
    for block in blocks(text) {
        if is_wrapped(&block) {
            let (head, rest) = match block.split_first() {
                Some((first, rest)) if heading_like(first) && shorter_than_wrap(first, rest) => {
                    (Some(*first), rest)
                }
                _ => (None, &block[..]),
            };
            if let Some(h) = head {
                raw.push(Item::Heading(h.to_owned()));
            }
            raw.push(Item::Paragraph(join(rest)));
        } else {
            // A line per paragraph: the lines of a long article are classified and
            // copied on all cores (the first frame waits for this).
            raw.extend(crate::work::map_slice(&block, PARALLEL_LINES, |line| {
                if heading_like(line) {
                    Item::Heading((*line).to_owned())
                } else {
                    Item::Paragraph((*line).to_owned())
                }
            }));
        }
    }
    let is_heading =
        |i: Option<usize>| matches!(i.and_then(|i| raw.get(i)), Some(Item::Heading(_)));
    let keep: Vec<bool> = (0..raw.len())
        .map(|i| {
            let (prev, next) = (is_heading(i.checked_sub(1)), is_heading(Some(i + 1)));
            let next_is_text = matches!(raw.get(i + 1), Some(Item::Paragraph(_)));
            // The last of a run, followed by its text; or the first of a run of several
            // (a title over a heading, or a heading over a short unpunctuated paragraph).
            next_is_text || (!prev && next)
        })
        .collect();
    raw.into_iter()
        .zip(keep)
        .map(|(item, keep)| match item {
            Item::Heading(h) if !keep => Item::Paragraph(h),
            other => other,
        })
        .collect()
}

/// Non-empty blocks of trimmed lines, split at blank lines.
fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut blocks = vec![Vec::new()];
    for line in text.lines().map(str::trim) {
        match (line.is_empty(), blocks.last_mut()) {
            (true, Some(b)) if b.is_empty() => {}
            (true, _) => blocks.push(Vec::new()),
            (false, Some(b)) => b.push(line),
            (false, None) => blocks.push(vec![line]),
        }
    }
    blocks.retain(|b| !b.is_empty());
    blocks
}

/// A block is one hard-wrapped paragraph when its lines run on: a line that does not
/// end a sentence followed by another such line, or by one that starts in lowercase.
/// One paragraph per line, as in the seed, does not look like that: there only
/// headings lack a final stop, and a paragraph follows each. At least half the line
/// breaks must run on, so that one paragraph ending without a stop (on a figure, a
/// URL) does not turn a whole seed-shaped article into one paragraph.
fn is_wrapped(block: &[&str]) -> bool {
    let breaks = block.len().saturating_sub(1);
    let run_on = block
        .windows(2)
        .enumerate()
        .filter(|(i, pair)| {
            let (a, b) = (pair[0], pair[1]);
            let b_is_last = i + 2 == block.len();
            !ends_sentence(a) && (starts_lowercase(b) || (!ends_sentence(b) && !b_is_last))
        })
        .count();
    breaks > 0 && run_on * 2 >= breaks
}

/// A heading line is clearly shorter than the wrapped text after it.
fn shorter_than_wrap(first: &str, rest: &[&str]) -> bool {
    let longest = rest.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    first.chars().count() * 4 < longest * 3
}

fn join(lines: &[&str]) -> String {
    // Exact size up front: a paragraph grown by doubling keeps up to half unused.
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
    for line in lines {
        // A word cut at a dash ("Kassym-\nJomart") is one word again. The dash stays:
        // "russo-\nsyrien" needs it, and "inter-regional" is still readable.
        let cut_word = out.ends_with('-') && !out.ends_with(" -");
        if !out.is_empty() && !cut_word {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// Short, no closing punctuation, starting with a capital or a digit.
fn heading_like(line: &str) -> bool {
    let line = line.trim();
    // Cheapest tests first, each bounded by the limits: every line of an article is
    // asked, and most are long paragraphs ending with a stop (this was a third of
    // loading a 20 MB article when it counted every word and char of every line).
    !line.ends_with(['.', '!', '?', ':', ';', ',', '…', '»', '"', '”', '’', '\''])
        && line.len() <= HEADING_MAX_CHARS * 4
        && line.chars().nth(HEADING_MAX_CHARS).is_none()
        && (1..=HEADING_MAX_WORDS)
            .contains(&line.split_whitespace().take(HEADING_MAX_WORDS + 1).count())
        && line
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', ';', '…', '»', '"', '”', ')', '’', '\''])
}

fn starts_lowercase(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn titles(text: &str) -> (String, Vec<String>, Vec<usize>) {
        let b = parse(text).into_briefing(Path::new("a.txt"));
        (
            b.title,
            b.sections.iter().map(|s| s.title.clone()).collect(),
            b.sections.iter().map(|s| s.body.len()).collect(),
        )
    }

    #[test]
    fn seed_shape_one_paragraph_per_line() {
        let text = "Le président arrive à Moscou. Il parle.\nPremière partie\nUn paragraphe ici.\nUn autre.\nDeuxième partie\nFin du texte.";
        let (title, sections, bodies) = titles(text);
        assert_eq!(title, "Le président arrive à Moscou");
        assert_eq!(
            sections,
            ["Introduction", "Première partie", "Deuxième partie"]
        );
        assert_eq!(bodies, [1, 2, 1]);
    }

    #[test]
    fn blank_line_blocks_with_hard_wrapping() {
        let text = "A Title For It\n\nThe lead paragraph is here and it\nruns over two lines.\n\nFirst heading\n\nA paragraph that was wrapped at a\nfixed width by an editor, and goes\non for a while.\n\nSecond paragraph.\n\nSecond heading\n\nLast words.\n";
        let b = parse(text).into_briefing(Path::new("a.txt"));
        assert_eq!(b.title, "A Title For It");
        let s: Vec<_> = b.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(s, ["Introduction", "First heading", "Second heading"]);
        assert_eq!(
            b.sections[0].body,
            ["The lead paragraph is here and it runs over two lines."]
        );
        assert_eq!(
            b.sections[1].body,
            [
                "A paragraph that was wrapped at a fixed width by an editor, and goes on for a while.",
                "Second paragraph."
            ]
        );
    }

    #[test]
    fn heading_glued_to_its_wrapped_paragraph() {
        let text = "Lead sentence here.\n\nA heading\nThe paragraph under it is wrapped\nat a width and keeps going to the end.\n";
        let (_, sections, bodies) = titles(text);
        assert_eq!(sections, ["Introduction", "A heading"]);
        assert_eq!(bodies, [1, 1]);
    }

    #[test]
    fn one_paragraph_without_a_stop_does_not_join_the_article() {
        let text = "Lead.\nFirst heading\nTrade grew by 3.5 per cent\nSecond heading\nMore text.\nThird heading\nEnd.";
        let (_, sections, bodies) = titles(text);
        assert_eq!(sections.len(), 4);
        assert_eq!(bodies, [1, 1, 1, 1]);
    }

    #[test]
    fn heading_rules() {
        assert!(heading_like("Équilibre diplomatique du Kazakhstan"));
        assert!(heading_like("2025 in review"));
        assert!(!heading_like("Ends with a stop."));
        assert!(!heading_like("lowercase start"));
        assert!(!heading_like(
            "One two three four five six seven eight nine ten eleven twelve thirteen"
        ));
        assert!(!heading_like("A « quoted » ending »"));
    }

    #[test]
    fn trailing_heading_like_line_is_text() {
        let (_, sections, bodies) = titles("Lead.\nHeading\nBody.\nThe End");
        assert_eq!(sections, ["Introduction", "Heading"]);
        assert_eq!(bodies, [1, 2]);
    }

    #[test]
    fn dash_at_wrap_is_joined() {
        assert_eq!(
            join(&["the inter-", "regional forum"]),
            "the inter-regional forum"
        );
        assert_eq!(join(&["Kassym-", "Jomart"]), "Kassym-Jomart");
        assert_eq!(join(&["a -", "b"]), "a - b");
    }
}
