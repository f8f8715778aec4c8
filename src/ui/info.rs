//! The `i` overlay: what the briefing says of itself (title, date, source, language,
//! the curated summary) and what analysis found in it, over the panes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::{Theme, clean};
use crate::app::state::Reader;

pub(crate) fn draw(frame: &mut Frame, area: Rect, r: &Reader, theme: Theme) {
    let doc = r.doc();
    let b = &doc.briefing;
    let a = &doc.analysis;
    let width = area.width.min(76);
    let inner_width = usize::from(width.saturating_sub(4)).max(1);
    let mut lines: Vec<Line> = vec![Line::styled(clean(&b.title).into_owned(), theme.heading())];
    let field = |name: &str, value: &str| {
        Line::from(vec![
            Span::styled(format!("{name:<9}"), theme.dim()),
            Span::raw(clean(value).into_owned()),
        ])
    };
    lines.push(Line::default());
    for (name, value) in [("date", &b.date), ("source", &b.source)] {
        lines.push(field(name, value.as_deref().unwrap_or("not given")));
    }
    lines.push(field("language", &b.language));
    let typed = a.links.iter().filter(|l| l.kind.is_typed()).count();
    let counts = format!(
        "{} sections · {} actors · {typed} links stated · {} co-mentions",
        b.sections.len(),
        a.entities.len(),
        a.links.len() - typed
    );
    lines.push(field("found", &counts));
    lines.push(Line::default());
    match &b.summary {
        Some(summary) => {
            for piece in textwrap::wrap(&clean(summary), inner_width) {
                lines.push(Line::raw(piece.into_owned()));
            }
        }
        None => lines.push(Line::styled(
            "No summary: this briefing has none.",
            theme.dim(),
        )),
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    };
    let block = theme
        .block()
        .border_style(theme.border(true))
        .title(" About this briefing · i or Esc closes ");
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        popup,
    );
}
