//! Drawing: one file per pane, each reading the state and never changing it.

pub mod graph;
mod help;
mod info;
mod library;
mod pins;
mod reader;
mod relations;
mod sections;
mod status;
mod theme;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::State;
use crate::app::keymap::{help_rows_with, library_rows_with};
use crate::geometry::{MIN_HEIGHT, MIN_WIDTH};
pub use theme::Theme;
// Cleaning and fitting are the crate's one display rule, re-exported for the panes.
pub(crate) use crate::text::clean;

/// Draw the whole screen from the state.
pub fn draw(frame: &mut Frame, state: &State) {
    let area = frame.area();
    let theme = Theme::of(&state.config);
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
            if let Some(reader) = a.reader {
                reader::draw(frame, reader, r, theme);
            }
            if let Some(rel) = a.relations {
                relations::draw(frame, rel, r, theme);
            }
            status::draw(frame, a.status, r, &state.config.keys, theme);
        }
        None => {
            if let Some(lib) = &state.library {
                library::draw(frame, area, lib, &state.config.keys, theme);
            }
        }
    }
    if let (true, Some(r)) = (state.info, &state.reader) {
        let above_status = Rect {
            height: area.height.saturating_sub(1),
            ..area
        };
        info::draw(frame, above_status, r, theme);
    }
    if let Some(r) = state.reader.as_ref().filter(|r| r.pins.is_some()) {
        let above_status = Rect {
            height: area.height.saturating_sub(1),
            ..area
        };
        pins::draw(frame, above_status, r, &state.config.keys, theme);
    }
    if state.help {
        // The status bar stays visible under the help: it says where the reader is.
        let above_status = Rect {
            height: area.height.saturating_sub(1),
            ..area
        };
        let rows = match &state.reader {
            Some(_) => help_rows_with(&state.config.keys),
            None => library_rows_with(&state.config.keys),
        };
        help::draw(frame, above_status, rows, &state.config.keys, theme);
    }
}

/// A one-line placeholder for an empty pane.
fn note(text: &str) -> Line<'_> {
    Line::styled(text, ratatui::style::Style::new().italic())
}
