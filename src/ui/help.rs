//! The help overlay (`h`, F1): every key binding, generated from the keymap's own table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::Theme;
use crate::app::keymap::Keys;

/// Draw the help of `rows` (the reader's or the library's, as `keymap` makes them).
pub(crate) fn draw(
    frame: &mut Frame,
    area: Rect,
    mut rows: Vec<(String, String)>,
    keys: &Keys,
    theme: Theme,
) {
    if theme.ascii {
        // Arrow keys by name, and the digit range with a word.
        for (keys, _) in &mut rows {
            for (glyph, name) in [
                ("↓", "Down"),
                ("↑", "Up"),
                ("←", "Left"),
                ("→", "Right"),
                ("…", "to"),
            ] {
                *keys = keys.replace(glyph, name);
            }
        }
    }
    let keys_w = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let text_w = rows
        .iter()
        .map(|(_, t)| t.chars().count())
        .max()
        .unwrap_or(0);
    // With a border the overlay is a box over the panes; without one (a short screen)
    // it takes whole rows, so that pane borders behind it do not run into its text.
    let bordered = usize::from(area.height) >= rows.len() + 2;
    let width = if bordered {
        (keys_w + text_w + 6).min(usize::from(area.width)) as u16
    } else {
        area.width
    };
    let height = (rows.len() + 2).min(usize::from(area.height)) as u16;
    let popup = Rect {
        x: area.x + (area.width.saturating_sub(width)) / 2,
        y: area.y + (area.height.saturating_sub(height)) / 2,
        width,
        height,
    };
    let block = theme
        .block()
        .border_style(theme.border(true))
        .title(theme.fit(
            &format!(" Keys · {} or Esc closes ", help_key(keys)),
            usize::from(width),
        ));
    let lines: Vec<Line> = rows
        .iter()
        .map(|(keys, what)| {
            Line::from(vec![
                Span::styled(
                    format!(" {keys:<keys_w$}  "),
                    theme.heading().not_underlined(),
                ),
                Span::from(what.as_str()),
            ])
        })
        .collect();
    frame.render_widget(Clear, popup);
    // On a short screen the border goes first, so that every binding still shows.
    if bordered {
        frame.render_widget(Paragraph::new(lines).block(block), popup);
    } else {
        frame.render_widget(Paragraph::new(lines), popup);
    }
}

/// The first key of `help`, as the overlay's title names it.
fn help_key(keys: &Keys) -> String {
    keys.label("help")
}
