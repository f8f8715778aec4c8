//! The relationship pane: the link chart, the list of links, the legend or one
//! pair's evidence, drawn from `graph::Pane` read-only (`update` lays the chart out
//! for the pane's size). Kinds differ by line glyph first and colour
//! (`Theme::relation`) second; without colour only modifiers are used (nodes bold,
//! words on lines italic, notes, co-mentions, negated links and whatever lies outside
//! the focused actor's links dim, the selection reversed), so nothing depends on
//! colour.
//!
//! Use: `GraphPane { pane, analysis, briefing, theme, focused, focus }.render(area,
//! buf)` inside the border the reader draws (`Pane::title` gives the border's title).

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::geometry::first_row;
use crate::graph::text::FILLER;
use crate::graph::{Chart, Item, Pane, Tag};
use crate::graph::{detail, evidence, glyph, list};
use crate::model::{Analysis, Briefing, Link, RelationKind};
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
    /// The reader's focused entity (`f`, or a node selected): its links stay bright,
    /// the rest of the chart dims.
    pub focus: Option<usize>,
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
        if self.pane.legend() {
            self.render_legend(area, buf);
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
    fn links(&self) -> &[Link] {
        self.pane.links(self.analysis)
    }

    fn ascii(&self) -> bool {
        self.pane.ascii()
    }

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

    /// The chart's style of a cell: dim when it is a co-mention or a negated link, or
    /// outside the focused actor's links; bold when it is a link of the selected node.
    fn chart_style(&self, chart: &Chart, tag: Tag, ego: Option<(usize, &[usize])>) -> Style {
        let pair = match tag {
            Tag::Edge { pair, .. } | Tag::Label { pair, .. } => chart.pairs.get(pair),
            _ => None,
        };
        let selected = match (self.selected(), tag, pair) {
            (Some(Item::Node(n)), Tag::Node(m), _) => n == m,
            (Some(Item::Pair(a, b)), _, Some(p)) => (p.a, p.b) == (a, b),
            _ => false,
        };
        let mut style = self.style(tag, selected);
        let dim = match (tag, pair) {
            (_, Some(p)) => {
                p.co_mention() || p.negated() || ego.is_some_and(|(f, _)| p.a != f && p.b != f)
            }
            (Tag::Node(n), _) => ego.is_some_and(|(f, partners)| n != f && !partners.contains(&n)),
            _ => false,
        };
        if dim && !selected {
            style = style.add_modifier(Modifier::DIM);
        }
        if let (Some(Item::Node(n)), Some(p)) = (self.selected(), pair)
            && (p.a == n || p.b == n)
        {
            style = style.add_modifier(Modifier::BOLD);
        }
        style
    }

    fn render_chart(&self, chart: &Chart, area: Rect, buf: &mut Buffer) {
        // The focused actor (its country in the country view) and its partners.
        let ego_node = self.focus.map(|e| self.pane.node_of(e));
        let partners: Vec<usize> = ego_node.map_or_else(Vec::new, |f| {
            chart
                .pairs
                .iter()
                .filter_map(|p| match (p.a == f, p.b == f) {
                    (true, _) => Some(p.b),
                    (_, true) => Some(p.a),
                    _ => None,
                })
                .collect()
        });
        let ego = ego_node.map(|f| (f, partners.as_slice()));
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
                    out.set_style(self.chart_style(chart, cell.tag, ego));
                }
            }
        }
        let width = area.width.min(chart.width);
        if let Some(row) = chart.note_row.filter(|&r| r < area.height) {
            let note = detail::note(chart, self.pane.co_mentions_hidden());
            let span = Span::styled(self.plain(&note), self.style(Tag::Note, false));
            let rows = chart.note_rows.min(area.height - row);
            Paragraph::new(Line::from(span))
                .wrap(Wrap { trim: true })
                .render(Rect::new(area.x, area.y + row, width, rows), buf);
        }
        let rows = chart.detail_rows.min(area.height);
        if rows > 0 {
            let spans = detail::line(
                chart,
                &self.analysis.entities,
                self.links(),
                self.selected(),
            );
            let at = Rect::new(
                area.x,
                area.y + area.height.min(chart.height) - rows,
                width,
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
            .map(|(s, tag)| Span::styled(self.plain(s), self.style(*tag, false)))
            .collect();
        Line::from(spans)
    }

    /// Lines from the top of `area`, one a row, each cut at its width, as many as fit.
    fn write_rows<'l>(
        &self,
        buf: &mut Buffer,
        area: Rect,
        rows: impl Iterator<Item = &'l Line<'l>>,
    ) {
        for (row, line) in rows.take(usize::from(area.height)).enumerate() {
            let y = area.y + row as u16;
            set_line_cut(buf, area.x, y, line, area.width, self.ascii());
        }
    }

    /// `s` with the pane's punctuation in ASCII when asked (`glyph::plain`).
    fn plain(&self, s: &str) -> String {
        glyph::plain(s, self.ascii()).into_owned()
    }

    /// Every kind's line and what it means, and what the marks mean: the legend
    /// one key (`l`) away, whatever the size of the pane. Meanings wrap under
    /// themselves when the pane is narrow.
    fn render_legend(&self, area: Rect, buf: &mut Buffer) {
        let ascii = self.ascii();
        let head = Style::default().add_modifier(Modifier::BOLD);
        let width = usize::from(area.width);
        // A sample and a name, then the meaning in the columns left.
        let indent = 18.min(width / 2);
        let mut rows: Vec<Line> = Vec::new();
        let mut entry = |lead: Vec<Span<'static>>, what: &str| {
            let room = width.saturating_sub(indent).max(8);
            let mut pieces = textwrap::wrap(what, room);
            if pieces.is_empty() {
                pieces.push(std::borrow::Cow::Borrowed(""));
            }
            for (k, piece) in pieces.into_iter().enumerate() {
                let mut spans = if k == 0 { lead.clone() } else { Vec::new() };
                let used: usize = spans.iter().map(|s| s.width()).sum();
                spans.push(Span::raw(" ".repeat(indent.saturating_sub(used))));
                spans.push(Span::raw(piece.into_owned()));
                rows.push(Line::from(spans));
            }
        };
        // A narrow pane lists the kinds by name only: the meanings would take three
        // rows each (z zooms the pane to read them).
        let meanings = width >= indent + 36;
        let shown = self.pane.kinds(self.analysis);
        for kind in RelationKind::ALL {
            let mut what = if meanings {
                glyph::meaning(kind).to_string()
            } else {
                String::new()
            };
            let note = if kind == RelationKind::CoMention {
                "M shows them, dimmed"
            } else if !shown.contains(&kind) {
                "none here"
            } else {
                ""
            };
            match (what.is_empty(), note.is_empty()) {
                (_, true) => {}
                (true, false) => what.push_str(note),
                (false, false) => what.push_str(&format!(" ({note})")),
            }
            let lead = vec![
                Span::styled(
                    glyph::sample(kind, ascii),
                    self.style(Tag::Legend(kind), false),
                ),
                Span::raw(format!(" {}", kind.as_str())),
            ];
            entry(lead, &what);
        }
        let marks = [
            (
                glyph::arrow(glyph::Dir::Right, ascii).to_string(),
                "the arrow points at the actor acted on",
            ),
            (
                glyph::negated(ascii).to_string(),
                "negated: the text states it only to deny, refuse or suppose it; dim",
            ),
            (
                String::from("[Name]"),
                "an actor; a short form (UAE) or a cut (S. Korea) when the name does not fit",
            ),
            (
                String::from("words"),
                "on a line: its kinds and how many sentences state them",
            ),
            (
                String::from("dim"),
                "outside the focused actor's links (f, or select a node)",
            ),
        ];
        for (mark, what) in marks {
            entry(vec![Span::styled(mark, head)], what);
        }
        let keys = if meanings {
            "M co-mentions · t/T one kind · A countries only · v list · c this section · z zoom · Esc closes"
        } else {
            "z zooms for the meanings · Esc closes"
        };
        for piece in textwrap::wrap(keys, width.max(8)) {
            rows.push(Line::from(Span::styled(
                self.plain(&piece),
                self.style(Tag::Note, false),
            )));
        }
        self.write_rows(buf, area, rows.iter());
    }

    fn render_list(&self, area: Rect, buf: &mut Buffer) {
        // Order every link (cheap) but format only the rows on screen.
        let links = self.links();
        let order = list::order(links, &self.pane.visible(self.analysis));
        if order.is_empty() {
            let note = if self.pane.filter().section.is_some() {
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
        let ascii = self.ascii();
        for (row, &link) in order.iter().skip(first).take(rows).enumerate() {
            let Some(line) = list::line(&self.analysis.entities, links, link, ascii) else {
                continue;
            };
            let chosen = selected == Some(first + row);
            let faint = links
                .get(link)
                .is_some_and(|l| !l.kind.is_typed() || l.negated);
            let spans: Vec<Span> = line
                .spans
                .iter()
                .map(|(s, tag)| {
                    let mut style = self.style(*tag, chosen);
                    if faint && !chosen {
                        style = style.add_modifier(Modifier::DIM);
                    }
                    Span::styled(self.plain(s), style)
                })
                .collect();
            set_line_cut(
                buf,
                area.x,
                area.y + row as u16,
                &Line::from(spans),
                area.width,
                self.ascii(),
            );
        }
    }

    /// The open evidence: a head line (the pair or the link), then each sentence
    /// under its kind and section title; the selected one reversed.
    fn render_evidence(&self, selected: usize, area: Rect, buf: &mut Buffer) {
        let links = self.links();
        let chosen = self.pane.evidence_links(self.analysis);
        let ascii = self.ascii();
        let mut rows: Vec<(Line, Option<usize>)> = Vec::new();
        if let Some(p) = detail::of_links(links, &chosen) {
            let head = detail::pair_line(&self.analysis.entities, &p, usize::MAX, ascii);
            rows.push((self.spans_line(&head), None));
        }
        let width = usize::from(area.width.saturating_sub(2)).max(1);
        let mut i = 0;
        for &l in &chosen {
            let Some(link) = links.get(l) else {
                continue;
            };
            let kind = Tag::Label {
                pair: usize::MAX,
                kind: link.kind,
            };
            // Evidence grouped by kind, each group under its line sample and name.
            let negated = if link.negated { ", negated" } else { "" };
            let group = format!(
                "{} {}{negated} ({})",
                glyph::sample(link.kind, ascii),
                link.kind.as_str(),
                link.weight
            );
            rows.push((
                Line::from(Span::styled(group, self.style(kind, false))),
                None,
            ));
            for item in evidence::items(self.briefing, link) {
                let chosen = i == selected;
                let title = self.plain(&format!(
                    "§{} {}",
                    item.loc.section + 1,
                    text::clean(&item.section_title)
                ));
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
            self.plain("Enter jump · Esc back"),
            self.style(Tag::Note, false),
        ));
        let height = usize::from(area.height.saturating_sub(1)).max(1);
        // Keep the selected sentence's last line in view.
        let last = rows
            .iter()
            .rposition(|(_, i)| *i == Some(selected))
            .unwrap_or(0);
        let first = first_row(last, height);
        let shown = rows.iter().skip(first).take(height).map(|(line, _)| line);
        self.write_rows(buf, area, shown);
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

/// Draw `line` in `width` cells, ending with `…` (`~` in ASCII) when it is cut.
fn set_line_cut(buf: &mut Buffer, x: u16, y: u16, line: &Line, width: u16, ascii: bool) {
    buf.set_line(x, y, line, width);
    if line.width() > usize::from(width)
        && width > 0
        && let Some(cell) = buf.cell_mut(Position::new(x + width - 1, y))
    {
        cell.set_char(if ascii { '~' } else { '…' });
    }
}
