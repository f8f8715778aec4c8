//! Text as grid cells: one char per cell, wide chars followed by a `'\0'` filler,
//! control characters replaced so a name in the briefing cannot drive the terminal.

use unicode_width::UnicodeWidthChar;

/// The filler that follows a double-width char.
pub const FILLER: char = '\0';

/// `text` as cells, at most `max` wide, cut with `…` when longer.
pub fn cells(text: &str, max: usize) -> Vec<char> {
    let mut out = Vec::new();
    let full = width(text);
    let room = if full > max {
        max.saturating_sub(1)
    } else {
        max
    };
    for c in text.chars() {
        let c = if c.is_control() { '?' } else { c };
        let w = c.width().unwrap_or(0);
        if w == 0 {
            continue;
        }
        if out.len() + w > room {
            break;
        }
        out.push(c);
        if w == 2 {
            out.push(FILLER);
        }
    }
    if full > max && max > 0 {
        while out.last() == Some(&' ') {
            out.pop();
        }
        out.push('…');
    }
    out
}

/// Display width of `text` as `cells` counts it.
pub fn width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            if c.is_control() {
                1
            } else {
                c.width().unwrap_or(0)
            }
        })
        .sum()
}

/// `text` with control characters replaced, for text the widget lays out itself.
pub fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
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

    #[test]
    fn wide_chars_take_two_cells_and_escapes_are_defused() {
        assert_eq!(cells("日本", 4), vec!['日', FILLER, '本', FILLER]);
        assert_eq!(cells("a\u{1b}]0;x", 10), vec!['a', '?', ']', '0', ';', 'x']);
    }
}
