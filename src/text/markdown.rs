//! Text from files written into Markdown (`brief export --format markdown`): the one
//! escaping rule for the digest and its relations table. A title or a name is data,
//! never markup: `<script>` stays text, `[x](javascript:…)` stays text, `|` does not
//! end a table cell, a newline does not end a row; and what the terminal must not see
//! (`terminal::is_unsafe`) is replaced as on screen, since the digest is often read on
//! one.

use super::display::clean;

/// ASCII punctuation CommonMark lets a backslash escape and that can start or end
/// markup inline: emphasis, code, links, images, raw HTML, entities, tables, headings.
fn is_markup(c: char) -> bool {
    matches!(
        c,
        '\\' | '`'
            | '*'
            | '_'
            | '['
            | ']'
            | '('
            | ')'
            | '<'
            | '>'
            | '#'
            | '|'
            | '!'
            | '~'
            | '&'
            | '{'
            | '}'
    )
}

/// `s` as inert inline Markdown, on one line.
pub(crate) fn inline(s: &str) -> String {
    let s = clean(&s.replace(['\n', '\r'], " ")).into_owned();
    let mut out = String::with_capacity(s.len() + 8);
    for (i, c) in s.chars().enumerate() {
        // A list or heading marker only matters at the start of a line.
        if is_markup(c) || (i == 0 && matches!(c, '-' | '+' | '=')) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_links_and_cells_stay_text() {
        assert_eq!(inline("Plain name"), "Plain name");
        assert_eq!(inline("<script>x</script>"), "\\<script\\>x\\</script\\>");
        assert_eq!(
            inline("[click](javascript:alert(1))"),
            "\\[click\\]\\(javascript:alert\\(1\\)\\)"
        );
        assert_eq!(inline("a | b\nc"), "a \\| b c");
        assert_eq!(inline("&amp; *x*"), "\\&amp; \\*x\\*");
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("a\u{1b}[2J"), "a\u{fffd}\\[2J");
    }
}
