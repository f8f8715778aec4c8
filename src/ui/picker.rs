//! The briefing picker shown when brief opens a directory.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::app::state::Picker;
use crate::geometry::first_row;

pub(crate) fn draw(frame: &mut Frame, area: Rect, p: &Picker, notice: Option<&str>, theme: Theme) {
    let mut block = theme
        .block()
        .border_style(theme.border(true))
        .title(" brief · choose a briefing (Enter opens, q quits) ");
    if let Some(notice) = notice {
        let room = usize::from(area.width.saturating_sub(4));
        let text = theme.fit(&format!(" {} ", super::clean(notice)), room);
        block = block.title_bottom(Line::styled(text, theme.error()));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let rows = usize::from(inner.height).max(1);
    let skip = first_row(p.selected, rows);
    // File names first, in one column, so the titles line up.
    let label_w = p
        .entries
        .iter()
        .map(|e| e.label.chars().count())
        .max()
        .unwrap_or(0)
        .min(width / 2);
    let lines: Vec<Line> = p
        .entries
        .iter()
        .enumerate()
        .skip(skip)
        .take(rows)
        .map(|(i, e)| {
            let style = if i == p.selected {
                theme.selected(true)
            } else {
                Default::default()
            };
            match &e.doc {
                Ok(doc) => Line::from(vec![Span::styled(
                    theme.fit(
                        &format!(" {:<label_w$}  {}", e.label, doc.briefing.title),
                        width,
                    ),
                    style,
                )]),
                Err(why) => Line::from(vec![Span::styled(
                    theme.fit(
                        &format!(" {:<label_w$}  cannot open: {why}", e.label),
                        width,
                    ),
                    style.patch(theme.error()),
                )]),
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
