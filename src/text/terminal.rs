//! The one rule for text bound for a terminal — the screen, stdout, stderr, error
//! messages, file names: which characters are unsafe there, and how each kind of output
//! shows them. The loaders' sanitiser (`load::sanitize`), the screen cleaner
//! (`text::clean`) and every message (`commands::out`) all ask `is_unsafe`, so a
//! character cannot be refused in one place and printed raw in another.
//!
//! Unsafe: every C0 and C1 control (ESC starts a sequence that can retitle the terminal,
//! write the clipboard or clear the screen; a newline splits a `path:line:col` record);
//! bidi overrides, isolates and marks (they reorder what follows, U+202E the classic);
//! the line and paragraph separators U+2028/2029 (some terminals break the line there,
//! others draw nothing: either way the row's width is wrong); the interlinear annotation
//! marks U+FFF9–FFFB; the tag characters U+E0000–E007F (invisible, and drawn by some
//! terminals as boxes); a byte-order mark.

use std::borrow::Cow;
use std::fmt::Write as _;

/// True for a character no terminal output may carry as is.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// True when `s` can be printed as one line as it is.
pub(crate) fn is_safe_line(s: &str) -> bool {
    !s.chars().any(is_unsafe)
}

/// `s` made safe for one line of a message: each unsafe character is written as a
/// visible escape (`\n`, `\t`, `\e`, `\u{202e}`), so the reader of an error learns what
/// the file name or value holds without the terminal acting on it.
pub(crate) fn line(s: &str) -> Cow<'_, str> {
    if is_safe_line(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{1b}' => out.push_str("\\e"),
            c if is_unsafe(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `s` made safe for a multi-line message: each line as `line` makes it.
pub(crate) fn lines(s: &str) -> String {
    s.split('\n')
        .map(|l| line(l).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_visible_and_inert() {
        assert_eq!(line("plain"), "plain");
        assert!(matches!(line("plain"), Cow::Borrowed(_)));
        assert_eq!(line("a\u{1b}]0;PWNED\u{7}b"), "a\\e]0;PWNED\\u{7}b");
        assert_eq!(line("x\ny\u{202e}"), "x\\ny\\u{202e}");
        assert_eq!(line("\u{9b}2J"), "\\u{9b}2J");
        assert_eq!(lines("a\nb\u{1b}"), "a\nb\\e");
    }

    #[test]
    fn width_breakers_are_unsafe() {
        for c in [
            '\u{2028}',
            '\u{2029}',
            '\u{FFF9}',
            '\u{FFFA}',
            '\u{FFFB}',
            '\u{E0001}',
            '\u{E0067}',
            '\u{E007F}',
            '\u{202E}',
            '\u{2067}',
        ] {
            assert!(is_unsafe(c), "{c:?}");
        }
        for c in [
            'a',
            'é',
            '日',
            '\u{200D}',
            '\u{1F44D}',
            '\u{1F3FD}',
            '\u{FE0F}',
        ] {
            assert!(!is_unsafe(c), "{c:?}");
        }
    }
}
