//! The relationship pane: the link chart, the list of links, or one link's evidence,
//! drawn from `graph::Pane` read-only (`update` lays the chart out for the pane's
//! size). Kinds differ by line glyph first and colour (`Theme::relation`) second;
//! without colour only modifiers are used (nodes bold, kind labels italic, notes dim,
//! the selection reversed), so nothing depends on colour.
//!
//! Use: `GraphPane { pane, analysis, briefing, theme, focused }.render(area, buf)`
//! inside the border the reader draws (`Pane::title` gives the border's title).

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::geometry::first_row;
use crate::graph::list;
use crate::graph::text::FILLER;
use crate::graph::{Chart, Item, Pane, Tag};
use crate::graph::{detail, evidence, glyph};
use crate::model::{Analysis, Briefing};
use crate::text;
use crate::ui::Theme;

/// The relationship pane widget.
pub struct GraphPane<'a> {
    pub pane: &'a Pane,
    pub analysis: &'a Analysis,
    pub briefing: &'a Briefing,
    pub theme: Theme,
    /// The pane has the keyboard: show the selection.
    pub focused: bool,
}

impl Widget for GraphPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        if let Some(ev) = self.pane.evidence() {
            self.render_evidence(ev.selected, area, buf);
            return;
        }
        if let Some(chart) = self.pane.chart().filter(|_| self.pane.shows_graph()) {
            self.render_chart(chart, area, buf);
            return;
        }
        self.render_list(area, buf);
    }
}

impl GraphPane<'_> {
    fn selected(&self) -> Option<Item> {
        if self.focused {
            self.pane.selected()
        } else {
            None
        }
    }

    /// The style of a cell with `tag`; `selected` reverses it.
    fn style(&self, tag: Tag, selected: bool) -> Style {
        let mut style = match tag {
            Tag::Empty | Tag::Crossing => Style::default(),
            Tag::Node(_) => Style::default().add_modifier(Modifier::BOLD),
            Tag::Edge { kind, .. } | Tag::Legend(kind) => self.theme.relation(kind),
            Tag::Label { kind, .. } => self.theme.relation(kind).add_modifier(Modifier::ITALIC),
            Tag::Note => Style::default().add_modifier(Modifier::DIM),
        };
        if selected {
            style = style.add_modifier(Modifier::REVERSED | Modifier::BOLD);
        }
        style
    }

    fn is_selected(&self, tag: Tag) -> bool {
        match (self.selected(), tag) {
            (Some(Item::Node(n)), Tag::Node(m)) => n == m,
            (Some(Item::Link(l)), Tag::Edge { link, .. } | Tag::Label { link, .. }) => l == link,
            (Some(Item::Pair(a, b)), Tag::Edge { link, .. } | Tag::Label { link, .. }) => self
                .analysis
                .links
                .get(link)
                .is_some_and(|l| Item::pair(l.from, l.to) == Item::Pair(a, b)),
            _ => false,
        }
    }

    /// A link touching the selected node: drawn bold so its neighbourhood stands out.
    fn is_related(&self, tag: Tag) -> bool {
        match (self.selected(), tag) {
            (Some(Item::Node(n)), Tag::Edge { link, .. } | Tag::Label { link, .. }) => self
                .analysis
                .links
                .get(link)
                .is_some_and(|l| l.from == n || l.to == n),
            _ => false,
        }
    }

    fn render_chart(&self, chart: &Chart, area: Rect, buf: &mut Buffer) {
        for y in 0..chart.height.min(area.height) {
            for x in 0..chart.width.min(area.width) {
                let Some(cell) = chart.cell(x, y) else {
                    continue;
                };
                if cell.ch == FILLER || (cell.tag == Tag::Empty && cell.ch == ' ') {
                    continue;
                }
                if let Some(out) = buf.cell_mut(Position::new(area.x + x, area.y + y)) {
                    out.set_char(cell.ch);
                    let mut style = self.style(cell.tag, self.is_selected(cell.tag));
                    if self.is_related(cell.tag) {
                        style = style.add_modifier(Modifier::BOLD);
                    }
                    out.set_style(style);
                }
            }
        }
        let rows = chart.detail_rows.min(area.height);
        if rows > 0 {
            let spans = detail::line(chart, self.analysis, self.selected());
            let at = Rect::new(
                area.x,
                area.y + area.height.min(chart.height) - rows,
                area.width.min(chart.width),
                rows,
            );
            Paragraph::new(self.spans_line(&spans))
                .wrap(Wrap { trim: true })
                .render(at, buf);
        }
    }

    /// Tagged spans from `graph` as a styled line.
    fn spans_line(&self, spans: &[(String, Tag)]) -> Line<'static> {
        let spans: Vec<Span> = spans
            .iter()
            .map(|(s, tag)| Span::styled(s.clone(), self.style(*tag, false)))
            .collect();
        Line::from(spans)
    }

    fn render_list(&self, area: Rect, buf: &mut Buffer) {
        // Order every link (cheap) but format only the rows on screen.
        let order = list::order(self.analysis, &self.pane.visible(self.analysis));
        if order.is_empty() {
            let note = if self.pane.filter().is_some() {
                "no links in this section"
            } else {
                "no links"
            };
            let span = Span::styled(note, self.style(Tag::Note, false));
            buf.set_span(area.x, area.y, &span, area.width);
            return;
        }
        let selected = order
            .iter()
            .position(|&l| self.selected() == Some(Item::Link(l)));
        // Scroll just enough to keep the selected line in view.
        let rows = usize::from(area.height);
        let first = selected.map_or(0, |s| first_row(s, rows));
        for (row, &link) in order.iter().skip(first).take(rows).enumerate() {
            let Some(line) = list::line(self.analysis, link) else {
                continue;
            };
            let chosen = selected == Some(first + row);
            let spans: Vec<Span> = line
                .spans
                .iter()
                .map(|(s, tag)| Span::styled(s.as_str(), self.style(*tag, chosen)))
                .collect();
            set_line_cut(
                buf,
                area.x,
                area.y + row as u16,
                &Line::from(spans),
                area.width,
            );
        }
    }

    /// The open evidence: a head line (the pair or the link), then each sentence
    /// under its kind and section title; the selected one reversed.
    fn render_evidence(&self, selected: usize, area: Rect, buf: &mut Buffer) {
        let links = self.pane.evidence_links(self.analysis);
        let mut rows: Vec<(Line, Option<usize>)> = Vec::new();
        if let Some(p) = detail::of_links(self.analysis, &links) {
            let head = detail::pair_line(self.analysis, &p);
            rows.push((self.spans_line(&head), None));
        }
        let width = usize::from(area.width.saturating_sub(2)).max(1);
        let mut i = 0;
        for &l in &links {
            let Some(link) = self.analysis.links.get(l) else {
                continue;
            };
            let kind = Tag::Label {
                link: l,
                kind: link.kind,
            };
            // Evidence grouped by kind, each group under its line sample and name.
            let sample = glyph::legend_items(&[link.kind])
                .first()
                .map(|(_, s, _)| s.clone())
                .unwrap_or_default();
            let group = format!("{sample} {} ({})", link.kind.as_str(), link.weight);
            rows.push((
                Line::from(Span::styled(group, self.style(kind, false))),
                None,
            ));
            for item in evidence::items(self.briefing, link) {
                let chosen = i == selected;
                let title = format!(
                    "§{} {}",
                    item.loc.section + 1,
                    text::clean(&item.section_title)
                );
                let head = Style::default().add_modifier(Modifier::UNDERLINED);
                rows.push((Line::from(Span::styled(title, head)), Some(i)));
                let body = if chosen {
                    Style::default().add_modifier(Modifier::REVERSED)
                } else {
                    Style::default()
                };
                let cue = item.cue.as_deref().map(text::clean).unwrap_or_default();
                for piece in textwrap::wrap(&text::clean(&item.text), width) {
                    let mut spans = vec![Span::raw("  ")];
                    spans.extend(with_cue(&piece, &cue, body));
                    rows.push((Line::from(spans), Some(i)));
                }
                i += 1;
            }
        }
        if i == 0 {
            let span = Span::styled("no evidence sentence", self.style(Tag::Note, false));
            rows.push((Line::from(span), None));
        }
        let hint = Line::from(Span::styled(
            "Enter jump · Esc back",
            self.style(Tag::Note, false),
        ));
        let height = usize::from(area.height.saturating_sub(1)).max(1);
        // Keep the selected sentence's last line in view.
        let last = rows
            .iter()
            .rposition(|(_, i)| *i == Some(selected))
            .unwrap_or(0);
        let first = first_row(last, height);
        for (row, (line, _)) in rows.iter().skip(first).take(height).enumerate() {
            set_line_cut(buf, area.x, area.y + row as u16, line, area.width);
        }
        if area.height > 1 {
            buf.set_line(area.x, area.bottom().saturating_sub(1), &hint, area.width);
        }
    }
}

/// `piece` as spans in `style`, with each occurrence of the cue word underlined and
/// bold so the analyst sees why the sentence counts.
fn with_cue(piece: &str, cue: &str, style: Style) -> Vec<Span<'static>> {
    let mark = style.add_modifier(Modifier::UNDERLINED | Modifier::BOLD);
    let mut spans = Vec::new();
    let mut rest = piece;
    while !cue.is_empty()
        && let Some(at) = rest.find(cue)
    {
        spans.push(Span::styled(rest[..at].to_string(), style));
        spans.push(Span::styled(cue.to_string(), mark));
        rest = &rest[at + cue.len()..];
    }
    spans.push(Span::styled(rest.to_string(), style));
    spans
}

/// Draw `line` in `width` cells, ending with `…` when it is cut.
fn set_line_cut(buf: &mut Buffer, x: u16, y: u16, line: &Line, width: u16) {
    buf.set_line(x, y, line, width);
    if line.width() > usize::from(width)
        && width > 0
        && let Some(cell) = buf.cell_mut(Position::new(x + width - 1, y))
    {
        cell.set_char('…');
    }
}
