//! The sections panel: titles, read marks, and the focused entity's mention counts.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::app::state::{Focus, Reader};

pub(crate) fn draw(frame: &mut Frame, area: Rect, r: &Reader, theme: Theme) {
    let doc = r.doc();
    let focus = r.focus == Focus::Sections;
    let title = match &r.focused {
        Some(f) => {
            let name = doc
                .analysis
                .entities
                .get(f.entity)
                .map_or("", |e| e.name.as_str());
            format!(" Sections · {name} ")
        }
        None => " Sections ".to_string(),
    };
    let inner_width = usize::from(area.width.saturating_sub(2));
    let block = theme
        .block()
        .border_style(theme.border(focus))
        .title(theme.fit(&title, inner_width));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let current = r.reading_section();
    // Numbers line up whatever the count: 2 columns for the seed, 5 for 23 369 sections.
    let digits = doc.briefing.sections.len().max(1).ilog10() as usize + 1;
    if r.shown_iter().next().is_none() {
        frame.render_widget(Paragraph::new(super::note("no section")), inner);
        return;
    }
    let lines: Vec<Line> = r
        .shown_iter()
        .skip(r.sections_first_row(inner))
        .take(usize::from(inner.height))
        .map(|i| {
            let changed = r
                .memo
                .as_ref()
                .and_then(|m| m.changed.get(i))
                .copied()
                .unwrap_or(false);
            let read = if r.sections.read.get(i).copied().unwrap_or(false) {
                if theme.ascii { "*" } else { "✓" }
            } else if changed {
                // Read before, changed on disk since.
                "~"
            } else {
                " "
            };
            let count = r
                .focused
                .as_ref()
                .and_then(|f| f.per_section.get(i))
                .map(|c| format!(" {c}"))
                .unwrap_or_default();
            let title = doc
                .briefing
                .sections
                .get(i)
                .map_or("", |s| s.title.as_str());
            let number = format!("{read} {:>digits$} ", i + 1);
            let room = inner_width.saturating_sub(number.chars().count() + count.chars().count());
            let mut text = theme.fit(title, room);
            let pad = room.saturating_sub(unicode_width::UnicodeWidthStr::width(text.as_str()));
            text.push_str(&" ".repeat(pad));
            let mut style = Style::new();
            if i == current {
                style = style.bold();
            }
            if i == r.sections.selected && focus {
                style = style.patch(theme.selected(true));
            }
            Line::from(vec![
                Span::styled(number, style),
                Span::styled(text, style),
                Span::styled(count, style.patch(theme.focused())),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
