//! The `i` overlay: what the briefing says of itself (title, date, source, language,
//! the curated summary) and what analysis found in it, over the panes.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{Theme, clean};
use crate::app::state::Reader;
use crate::graph::pair::plural;

pub(crate) fn draw(frame: &mut Frame, area: Rect, r: &Reader, theme: Theme) {
    let doc = r.doc();
    let b = &doc.briefing;
    let a = &doc.analysis;
    let width = area.width.min(80);
    let inner = usize::from(width.saturating_sub(2)).max(12);
    let mut lines: Vec<Line> = Vec::new();
    // Every line wrapped here, so that the box is as tall as what it holds.
    let mut para = |text: &str, indent: usize, lead: Option<&str>, style: Style| {
        let room = inner.saturating_sub(indent).max(8);
        for (k, piece) in textwrap::wrap(&clean(text), room).into_iter().enumerate() {
            let head = match (k, lead) {
                (0, Some(lead)) => format!("{lead:<indent$}"),
                _ => " ".repeat(indent),
            };
            lines.push(Line::from(vec![
                Span::styled(head, theme.dim()),
                Span::styled(piece.into_owned(), style),
            ]));
        }
    };
    para(&b.title, 0, None, theme.heading());
    para("", 0, None, Style::new());
    let given = |v: &Option<String>| v.clone().unwrap_or_else(|| String::from("not given"));
    para(&given(&b.date), 9, Some("date"), Style::new());
    para(&given(&b.source), 9, Some("source"), Style::new());
    para(&b.language, 9, Some("language"), Style::new());
    let typed = a.links.iter().filter(|l| l.kind.is_typed()).count();
    let found = [
        plural(b.sections.len() as u32, "section", "sections"),
        plural(a.entities.len() as u32, "actor", "actors"),
        plural(typed as u32, "link stated", "links stated"),
        plural((a.links.len() - typed) as u32, "co-mention", "co-mentions"),
    ];
    para(&found.join(" · "), 9, Some("found"), Style::new());
    para("", 0, None, Style::new());
    match &b.summary {
        Some(summary) => para(summary, 0, None, Style::new()),
        None => para("No summary: this briefing has none.", 0, None, theme.dim()),
    }
    let lines: Vec<Line> = lines
        .into_iter()
        .map(|l| {
            let spans: Vec<Span> = l
                .spans
                .into_iter()
                .map(|s| {
                    Span::styled(
                        crate::graph::glyph::plain(&s.content, theme.ascii).into_owned(),
                        s.style,
                    )
                })
                .collect();
            Line::from(spans)
        })
        .collect();
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    };
    let title = theme.fit(" About this briefing · i or Esc closes ", inner);
    let block = theme.block().border_style(theme.border(true)).title(title);
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
