//! The relationship pane: one line per link (`Russia ─alliance─ Kazakhstan (3)`), or
//! one link's evidence sentences with their section titles.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{Theme, clean, fit};
use crate::app::state::{EvidenceList, Focus, Reader};
use crate::layout::{Doc, part_text};
use crate::model::Link;

/// `Russia ─alliance─ Kazakhstan (3)`; directed kinds end in an arrow.
pub fn link_label(doc: &Doc, link: &Link) -> (String, String, String) {
    let name = |i: usize| {
        doc.analysis
            .entities
            .get(i)
            .map_or_else(|| "?".to_string(), |e| e.name.clone())
    };
    let end = if link.directed { '→' } else { '─' };
    (
        name(link.from),
        format!(" ─{}{end} ", link.kind.as_str()),
        format!("{} ({})", name(link.to), link.weight),
    )
}

pub fn draw(frame: &mut Frame, area: Rect, r: &Reader, theme: Theme) {
    let focus = r.focus == Focus::Relations;
    let mut title = match r.relations.evidence {
        Some(_) => " Evidence ".to_string(),
        None => " Relations ".to_string(),
    };
    if r.relations.current_only {
        title.push_str("· this section ");
    }
    let width = usize::from(area.width.saturating_sub(2));
    let block = Block::bordered()
        .border_style(theme.border(focus))
        .title(fit(&title, width));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let lines = match r.relations.evidence {
        Some(ev) => evidence(r, ev, inner, theme),
        None => list(r, inner, theme),
    };
    frame.render_widget(Paragraph::new(lines), inner);
}

fn list(r: &Reader, inner: Rect, theme: Theme) -> Vec<Line<'static>> {
    let doc = r.doc();
    let shown = r.shown_links();
    if shown.is_empty() {
        return vec![super::note("no relations found")];
    }
    let rows = usize::from(inner.height).max(1);
    let skip = r.relations.selected.saturating_sub(rows - 1);
    let width = usize::from(inner.width);
    shown
        .iter()
        .enumerate()
        .skip(skip)
        .take(rows)
        .filter_map(|(row, &i)| {
            let link = doc.analysis.links.get(i)?;
            let (from, kind, to) = link_label(doc, link);
            let selected = row == r.relations.selected;
            let base = if selected {
                theme.selected(r.focus == Focus::Relations)
            } else {
                Default::default()
            };
            let from_w = from.chars().count();
            let kind_w = kind.chars().count();
            let spans = vec![
                Span::styled(fit(&from, width), base),
                Span::styled(
                    fit(&kind, width.saturating_sub(from_w)),
                    base.patch(theme.relation(link.kind)),
                ),
                Span::styled(fit(&to, width.saturating_sub(from_w + kind_w)), base),
            ];
            Some(Line::from(spans))
        })
        .collect()
}

fn evidence(r: &Reader, ev: EvidenceList, inner: Rect, theme: Theme) -> Vec<Line<'static>> {
    let doc = r.doc();
    let Some(link) = doc.analysis.links.get(ev.link) else {
        return Vec::new();
    };
    let width = usize::from(inner.width).max(1);
    let (from, kind, to) = link_label(doc, link);
    let mut lines = vec![Line::from(vec![
        Span::from(fit(&from, width)),
        Span::styled(kind, theme.relation(link.kind)),
        Span::from(to),
    ])];
    if link.evidence.is_empty() {
        lines.push(super::note("no evidence sentence"));
    }
    // Items before the selected one are dropped when they would push it off the pane.
    let mut items: Vec<Vec<Line<'static>>> = Vec::new();
    for (i, e) in link.evidence.iter().enumerate() {
        let section = doc
            .briefing
            .sections
            .get(e.loc.section as usize)
            .map_or("", |s| s.title.as_str());
        let text = part_text(&doc.briefing, e.loc.section, e.loc.part);
        let sentence = text.get(e.loc.range()).unwrap_or("");
        let selected = i == ev.selected;
        let head_style = if selected {
            theme.selected(r.focus == Focus::Relations)
        } else {
            ratatui::style::Style::new().bold()
        };
        let mut item = vec![Line::styled(
            fit(&format!("§{} {}", e.loc.section + 1, section), width),
            head_style,
        )];
        for l in textwrap::wrap(&clean(sentence), width.saturating_sub(2).max(1)) {
            item.push(Line::from(format!("  {l}")));
        }
        items.push(item);
    }
    let room = usize::from(inner.height).saturating_sub(lines.len());
    let mut first = 0;
    while first < ev.selected
        && items[first..=ev.selected.min(items.len().saturating_sub(1))]
            .iter()
            .map(Vec::len)
            .sum::<usize>()
            > room
    {
        first += 1;
    }
    lines.extend(items.into_iter().skip(first).flatten());
    lines
}
