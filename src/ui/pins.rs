//! The list of marks and notes (`'`): each with its section and the sentence it is
//! on, the note's text under it; Enter jumps there.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{Theme, clean};
use crate::app::keymap::Keys;
use crate::app::pins::listed;
use crate::app::state::Reader;
use crate::memory::section_index;

pub(crate) fn draw(frame: &mut Frame, area: Rect, r: &Reader, keys: &Keys, theme: Theme) {
    let Some(selected) = r.pins else {
        return;
    };
    let b = &r.doc().briefing;
    let width = area.width.min(90);
    let inner = usize::from(width.saturating_sub(2));
    let items = listed(r);
    // Two rows an item: where and what it quotes, then the note (or nothing).
    let mut lines: Vec<Line> = Vec::new();
    let mut selected_row = 0;
    for (i, (pin, note)) in items.iter().enumerate() {
        if i == selected {
            selected_row = lines.len();
        }
        let style = if i == selected {
            theme.selected(true)
        } else {
            ratatui::style::Style::new()
        };
        let glyph = match (note, theme.ascii) {
            (true, false) => "✎",
            (false, false) => "•",
            (true, true) => "*",
            (false, true) => "'",
        };
        let section = match section_index(&pin.at, b) {
            Some(s) => format!("§{}", s + 1),
            None => "gone".into(),
        };
        let head = format!(" {glyph} {section} «{}»", clean(&pin.quote));
        lines.push(Line::from(Span::styled(theme.fit(&head, inner), style)));
        if *note {
            let text = format!("     {}", clean(&pin.text));
            lines.push(Line::from(Span::styled(
                theme.fit(&text, inner),
                theme.heading(),
            )));
        }
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let rows = usize::from(height.saturating_sub(2));
    let first = (selected_row + 2).saturating_sub(rows);
    let popup = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    };
    let title = format!(
        " Marks and notes · {} jumps · {} deletes · {} closes ",
        keys.label("open"),
        keys.label("pin-delete"),
        keys.label("marks")
    );
    let block = theme
        .block()
        .border_style(theme.border(true))
        .title(theme.fit(&title, inner));
    let lines: Vec<Line> = lines.into_iter().skip(first).collect();
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
