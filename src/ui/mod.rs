//! Drawing: one file per pane, each reading the state and never changing it.

pub mod graph;
pub(crate) mod help;
pub(crate) mod picker;
pub(crate) mod reader;
pub(crate) mod relations;
pub(crate) mod sections;
pub(crate) mod status;
pub(crate) mod theme;

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::State;
use crate::geometry::{MIN_HEIGHT, MIN_WIDTH};
pub use theme::Theme;

/// Draw the whole screen from the state.
pub fn draw(frame: &mut Frame, state: &State) {
    let area = frame.area();
    let theme = Theme::new(state.config.no_color);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = format!("Terminal too small: brief needs {MIN_WIDTH}×{MIN_HEIGHT}");
        frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
        return;
    }
    match &state.reader {
        Some(r) => {
            let a = r.areas(area);
            if let Some(s) = a.sections {
                sections::draw(frame, s, r, theme);
            }
            reader::draw(frame, a.reader, r, theme);
            if let Some(rel) = a.relations {
                relations::draw(frame, rel, r, theme);
            }
            status::draw(frame, a.status, r, theme);
        }
        None => {
            if let Some(p) = &state.picker {
                picker::draw(frame, area, p, theme);
            }
        }
    }
    if state.help {
        // The status bar stays visible under the help: it says where the reader is.
        let above_status = match &state.reader {
            Some(_) => Rect {
                height: area.height.saturating_sub(1),
                ..area
            },
            None => area,
        };
        help::draw(frame, above_status, theme);
    }
}

/// Text from files is untrusted: whatever the loaders let through, no control
/// character reaches the terminal (an ESC could retitle it or recolour it).
pub(crate) fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_control) {
        Cow::Owned(
            s.chars()
                .map(|c| if c.is_control() { '\u{fffd}' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

/// Cut `s` to `width` columns, ending with `…` when it was longer.
pub(crate) fn fit(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    let total: usize = s.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return clean(s).into_owned();
    }
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(if c.is_control() { '\u{fffd}' } else { c });
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// A one-line placeholder for an empty pane.
fn note(text: &str) -> Line<'_> {
    Line::styled(text, ratatui::style::Style::new().italic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_replaces_control_characters() {
        assert_eq!(clean("a\u{1b}]0;x\u{7}b"), "a\u{fffd}]0;x\u{fffd}b");
        assert!(matches!(clean("plain"), Cow::Borrowed(_)));
        assert_eq!(clean("c\u{9b}31m"), "c\u{fffd}31m");
    }

    #[test]
    fn fit_counts_columns() {
        assert_eq!(fit("Kazakhstan", 20), "Kazakhstan");
        assert_eq!(fit("Kazakhstan", 5), "Kaza…");
        assert_eq!(fit("日本語", 4), "日…");
        assert_eq!(fit("abc", 0), "");
    }
}
