//! Drawing: one file per pane, each reading the state and never changing it.

pub mod graph;
pub mod help;
pub mod picker;
pub mod reader;
pub mod relations;
pub mod sections;
pub mod status;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::State;
pub use theme::Theme;
// Cleaning and fitting are the crate's one display rule, re-exported for the panes.
pub use crate::text::{clean, fit};

/// Below this many columns or rows the screen only says it is too small.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;

/// Where each pane goes at one terminal size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub sections: Option<Rect>,
    pub reader: Rect,
    pub relations: Option<Rect>,
    pub status: Rect,
}

/// Split the screen. Wide: sections | article | relations. Medium: the relations go
/// under the article. Narrow: the article alone (relations under it when tall enough).
pub fn areas(area: Rect, relations: bool) -> Areas {
    areas_with(area, relations, false)
}

/// The areas for this reader: a relationship pane under the article grows while it
/// has the focus, so that the chart has room to be drawn.
pub fn reader_areas(area: Rect, r: &crate::app::state::Reader) -> Areas {
    let focused = r.focus == crate::app::Focus::Relations;
    areas_with(area, r.relations.visible, focused)
}

fn areas_with(area: Rect, relations: bool, grow: bool) -> Areas {
    let [main, status] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let (sections, right) = if area.width >= 70 {
        let side = match area.width {
            160.. => 32,
            110.. => 26,
            _ => 24,
        };
        let [s, r] = Layout::horizontal([Constraint::Length(side), Constraint::Min(0)]).areas(main);
        (Some(s), r)
    } else {
        (None, main)
    };
    let (reader, relations) = if !relations {
        (right, None)
    } else if area.width >= 110 {
        // The text column stops at `MAX_TEXT_WIDTH`; the chart takes what is left over.
        let text = reader::MAX_TEXT_WIDTH + 4;
        let pane = right.width.saturating_sub(text).max(38);
        let [a, b] =
            Layout::horizontal([Constraint::Min(0), Constraint::Length(pane)]).areas(right);
        (a, Some(b))
    } else if main.height >= 19 {
        let pane = if grow {
            (main.height * 3 / 5).max(5)
        } else {
            (main.height / 3).clamp(5, 12)
        };
        let [a, b] = Layout::vertical([Constraint::Min(0), Constraint::Length(pane)]).areas(right);
        (a, Some(b))
    } else {
        (right, None)
    };
    Areas {
        sections,
        reader,
        relations,
        status,
    }
}

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
            let a = reader_areas(area, r);
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

/// A one-line placeholder for an empty pane.
fn note(text: &str) -> Line<'_> {
    Line::styled(text, ratatui::style::Style::new().italic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_gets_areas_inside_the_screen() {
        for (w, h) in [(0, 0), (20, 6), (40, 12), (80, 24), (120, 40)] {
            let screen = Rect::new(0, 0, w, h);
            for rel in [false, true] {
                let a = areas(screen, rel);
                for r in [Some(a.reader), a.sections, a.relations, Some(a.status)]
                    .into_iter()
                    .flatten()
                {
                    assert_eq!(screen.intersection(r), r, "{w}x{h}");
                }
            }
        }
    }
}
