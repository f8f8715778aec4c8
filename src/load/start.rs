//! Opening a large article on its start. The reader's first frame should wait for no
//! more text than it shows (less shows a 20 MB file at once): an article past
//! `START_MIN_BYTES` is loaded from its first `START_BYTES`, cut at a paragraph, and
//! the whole file follows in the background (`load_path`), replacing it in place. The
//! start is a true prefix of the whole: same title, same first sections and sentences,
//! same line numbers in its warnings, so the reader keeps its place when the whole
//! arrives.

use std::io::Read;
use std::path::Path;

use super::{Format, Loaded, Problem, load_path, load_vec, open_checked, read_rest};

/// Smaller articles are loaded whole before the first frame: under this, reading,
/// sanitising and sectioning take a few milliseconds.
const START_MIN_BYTES: u64 = 1024 * 1024;

/// How much of a large article the first frame is built from: many screens of text,
/// well over what any terminal shows.
const START_BYTES: usize = 256 * 1024;

/// What opening a path gave.
#[derive(Debug)]
pub(crate) enum Start {
    /// The whole file.
    Whole(Loaded),
    /// The start of a large article; `load_path` gives the whole.
    Head(Loaded),
}

/// Load `path` as `load_path` does, or only the start of a large article.
pub(crate) fn load_start(path: &Path) -> Result<Start, Vec<Problem>> {
    if !matches!(Format::of(path), Some(Format::Text | Format::Markdown)) {
        return load_path(path).map(Start::Whole);
    }
    let (file, len) = open_checked(path).map_err(|p| vec![p])?;
    if len < START_MIN_BYTES {
        let bytes = read_rest(path, file, len).map_err(|p| vec![p])?;
        return load_vec(path, bytes).map(Start::Whole);
    }
    let mut head = Vec::with_capacity(START_BYTES);
    file.take(START_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|e| vec![Problem::file(path, super::io_message(&e))])?;
    let keep = cut(&head);
    head.truncate(keep);
    load_vec(path, head).map(Start::Head)
}

/// Where to end a start taken from a longer text: after its last blank line (a whole
/// paragraph), else after its last line, else before a character cut in two (invalid
/// UTF-8 there would be reported as a change sanitising made).
fn cut(head: &[u8]) -> usize {
    if let Some(i) = head.windows(2).rposition(|w| w == b"\n\n") {
        return i + 2;
    }
    if let Some(i) = head.iter().rposition(|&b| b == b'\n') {
        return i + 1;
    }
    let mut end = head.len();
    // Back over continuation bytes to the start of the last character, which may be
    // incomplete.
    while end > 0 && head[end - 1] & 0xC0 == 0x80 {
        end -= 1;
    }
    if end > 0 && head[end - 1] >= 0xC0 {
        end -= 1;
        let whole = std::str::from_utf8(&head[end..]).is_ok();
        if whole {
            end = head.len();
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    #[test]
    fn cuts_after_a_paragraph_a_line_or_a_whole_character() {
        assert_eq!(cut(b"one\n\ntwo\n\nthr"), 10);
        assert_eq!(cut(b"one\ntwo\nthr"), 8);
        assert_eq!(cut("abc\u{e9}".as_bytes()), 5, "a whole character is kept");
        let cut_e = &"abc\u{e9}".as_bytes()[..4];
        assert_eq!(cut(cut_e), 3, "half a character is dropped");
        let cut_euro = &"ab\u{20ac}".as_bytes()[..4];
        assert_eq!(cut(cut_euro), 2);
        assert_eq!(cut(b""), 0);
    }

    fn article(paragraphs: usize) -> tempfile::NamedTempFile {
        let mut file = tempfile::Builder::new()
            .suffix(".txt")
            .tempfile()
            .expect("temp file");
        writeln!(file, "A long article\n").expect("write");
        for i in 0..paragraphs {
            writeln!(
                file,
                "Paragraph {i}: Russia and Kazakhstan signed a long agreement on energy in \
                 Astana, the ministers said, and Uzbekistan joined them later that year.\n"
            )
            .expect("write");
        }
        file
    }

    #[test]
    fn a_large_article_opens_on_a_prefix_of_its_whole() {
        let file = article(12_000);
        assert!(file.as_file().metadata().expect("meta").len() >= START_MIN_BYTES);
        let Ok(Start::Head(head)) = load_start(file.path()) else {
            panic!("a large article opens on its start");
        };
        let whole = load_path(file.path()).expect("loads");
        let (head, whole) = (&head.briefing, &whole.briefing);
        assert_eq!(head.title, whole.title);
        let last = head.sections.len() - 1;
        assert_eq!(head.sections[..last], whole.sections[..last]);
        let (h, w) = (&head.sections[last], &whole.sections[last]);
        assert_eq!((&h.id, &h.title), (&w.id, &w.title));
        assert!(!h.body.is_empty() && w.body.starts_with(&h.body));
        assert!(h.body.len() < w.body.len(), "only the start");
    }

    #[test]
    fn small_articles_and_briefings_open_whole() {
        let file = article(20);
        assert!(matches!(load_start(file.path()), Ok(Start::Whole(_))));
        let seed = Path::new("briefings/russie-kazakhstan.fr.yaml");
        assert!(matches!(load_start(seed), Ok(Start::Whole(_))));
        let missing = load_start(Path::new("no/such/file.txt")).expect_err("missing");
        assert!(missing[0].message.contains("no such file"));
    }
}
