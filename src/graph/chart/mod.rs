//! The link chart as a grid of cells: each cell a char and a tag saying what it
//! shows (node, line of some pair, label, legend…), so the widget only styles it.
//! One line per pair of linked entities, along rows and columns, in the style of its
//! most salient kind and labelled in words. Built by `Chart::layout` once per
//! briefing, filter and pane size, never per frame.
//!
//! The steps: rank the pairs (stated links before co-mentions and negated ones, then
//! the heaviest) and keep as many as the pane has room for; give each node a label
//! that fits and differs from the others (`names`); place the labels on a grid so that
//! straight links would be short and uncrossed (`place`); route each pair's line round
//! the labels, strongest first (`route`); draw the lines and write their words
//! (`draw`).

mod draw;

use std::collections::HashMap;

use super::glyph::{self, Dir};
use super::names;
use super::pair::{self, Pair};
use super::place::{self, Grid, Slot, Tie};
use super::route::{Router, Step};
use super::text;
use crate::model::RelationKind;

/// Below this pane size the chart is not drawn; the pane shows the list instead.
const MIN_WIDTH: u16 = 30;
const MIN_HEIGHT: u16 = 10;
/// A larger pane gets a chart of this size in its top-left corner: a grid the size of
/// a huge `brief render --width` would waste memory.
const MAX_WIDTH: u16 = 400;
const MAX_HEIGHT: u16 = 200;
/// More nodes than this and the chart keeps the strongest pairs and their nodes.
pub(crate) const MAX_NODES: usize = 30;
/// More pairs than this and a chart of 30 nodes turns into a hairball.
const MAX_PAIRS: usize = 60;
/// The narrowest node label, brackets included: `[Chad]`, `[S. Ko…]`.
const MIN_LABEL: i32 = 8;
/// The widest: longer names take their short form or are cut.
const MAX_LABEL: i32 = 26;

/// A node to draw: an entity and the names to label it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeSpec {
    /// Index into the entities; tags and selection use it.
    pub entity: usize,
    pub name: String,
    /// A shorter label for when `name` does not fit (`UAE`).
    pub short: Option<String>,
    /// The country the entity belongs to, when it is not one: the chart places it
    /// near that country.
    pub country: Option<usize>,
}

/// A link to draw between two entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdgeSpec {
    /// Index into the pane's links; tags and selection use it.
    pub link: usize,
    pub from: usize,
    pub to: usize,
    pub kind: RelationKind,
    pub directed: bool,
    pub weight: u32,
    pub negated: bool,
    /// Its evidence sentences as (section, sentence), to count a pair's sentences once.
    pub sentences: Vec<(u32, u32)>,
}

impl EdgeSpec {
    /// A link of `weight` sentences (each its own), for tests.
    #[cfg(test)]
    pub(crate) fn of(
        link: usize,
        from: usize,
        to: usize,
        kind: RelationKind,
        weight: u32,
    ) -> EdgeSpec {
        EdgeSpec {
            link,
            from,
            to,
            kind,
            directed: kind.is_directed(),
            weight,
            negated: false,
            sentences: (0..weight).map(|s| (link as u32, s)).collect(),
        }
    }
}

/// What a cell shows, for the widget to style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Empty,
    /// Part of the label of entity `n`.
    Node(usize),
    /// Part of the line (or arrow head, or negation mark) of pair `pair` (an index
    /// into `Chart::pairs`), drawn in the style of `kind`.
    Edge {
        pair: usize,
        kind: RelationKind,
    },
    /// Part of the words written on or beside pair `pair`'s line.
    Label {
        pair: usize,
        kind: RelationKind,
    },
    /// Two lines crossing.
    Crossing,
    /// A legend sample of a kind's line.
    Legend(RelationKind),
    /// Legend words and notes.
    Note,
}

/// One character cell. `ch` is `text::FILLER` after a double-width char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub ch: char,
    pub tag: Tag,
}

const BLANK: Cell = Cell {
    ch: ' ',
    tag: Tag::Empty,
};

/// A laid-out link chart of a given size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// The chart's size: the pane's, capped at `MAX_WIDTH`×`MAX_HEIGHT`.
    pub width: u16,
    pub height: u16,
    cells: Vec<Cell>,
    /// How many lines run through each cell: words go only where one does.
    busy: Vec<u8>,
    /// Rows `0..graph_rows` hold the graph; the legend and the rest lie below.
    pub graph_rows: u16,
    /// The row of the note about what is not drawn (the widget writes it), if any.
    pub(crate) note_row: Option<u16>,
    /// Rows the note may take (two in a tall narrow pane).
    pub(crate) note_rows: u16,
    /// The last rows, left blank for the widget's line about the selection.
    pub(crate) detail_rows: u16,
    /// Entities drawn, in reading order (row by row): the selection order.
    pub nodes: Vec<usize>,
    /// Each node's label on the grid, in the order of `nodes`.
    pub(crate) boxes: Vec<Slot>,
    /// The pairs drawn, strongest first (the selection order after the nodes).
    pub pairs: Vec<Pair>,
    /// Each drawn pair's line, cell by cell from `a`'s label to `b`'s.
    pub routes: Vec<Vec<(u16, u16)>>,
    /// Places where two lines cross (`measure::crossings`).
    pub(crate) crossings: usize,
    /// Links given but not drawn (no room), and how many of each kind.
    pub hidden: usize,
    pub hidden_kinds: Vec<(RelationKind, usize)>,
    /// False when the pane is too small or the labels would not fit: show the list.
    pub fits: bool,
    /// Drawn in 7-bit ASCII.
    pub(crate) ascii: bool,
}

impl Chart {
    /// Lay out `nodes` and `edges` on a `width`×`height` grid. Deterministic: the same
    /// input always gives the same chart. Edges whose ends are not among `nodes`, and
    /// links of an entity with itself, are not drawn (and counted in `hidden`).
    pub fn layout(
        nodes: &[NodeSpec],
        edges: &[EdgeSpec],
        width: u16,
        height: u16,
        ascii: bool,
    ) -> Chart {
        let (width, height) = (width.min(MAX_WIDTH), height.min(MAX_HEIGHT));
        let mut chart = Chart {
            width,
            height,
            cells: Vec::new(),
            busy: Vec::new(),
            graph_rows: 0,
            note_row: None,
            note_rows: 0,
            detail_rows: 0,
            nodes: Vec::new(),
            boxes: Vec::new(),
            pairs: Vec::new(),
            routes: Vec::new(),
            crossings: 0,
            hidden: 0,
            hidden_kinds: Vec::new(),
            fits: false,
            ascii,
        };
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return chart;
        }
        chart.cells = vec![BLANK; usize::from(width) * usize::from(height)];
        chart.busy = vec![0; chart.cells.len()];
        let by_entity: HashMap<usize, &NodeSpec> =
            nodes.iter().rev().map(|n| (n.entity, n)).collect();
        let mut usable: Vec<&EdgeSpec> = Vec::with_capacity(edges.len());
        for e in edges {
            if e.from != e.to && by_entity.contains_key(&e.from) && by_entity.contains_key(&e.to) {
                usable.push(e);
            } else {
                chart.hide(e.kind, 1);
            }
        }
        let pairs = pair::group(&usable);
        let legend = legend_items(&pairs, ascii);
        chart.reserve_rows(&legend);
        let (w, g) = (i32::from(width), i32::from(chart.graph_rows));
        let (chosen, entities) = chart.choose(pairs, nodes, w, g);
        let specs: Vec<&NodeSpec> = entities
            .iter()
            .filter_map(|e| by_entity.get(e).copied())
            .collect();
        let Some((grid, labels)) = grid_and_labels(&specs, w, g, ascii) else {
            return chart;
        };
        let widths: Vec<i32> = labels.iter().map(|l| l.len() as i32).collect();
        let index: HashMap<usize, usize> = specs
            .iter()
            .enumerate()
            .map(|(i, n)| (n.entity, i))
            .collect();
        let mut ties: Vec<Tie> = chosen
            .iter()
            .map(|p| Tie {
                a: index[&p.a],
                b: index[&p.b],
                w: importance(p),
                drawn: true,
            })
            .collect();
        // Actors that are not countries sit near their country.
        for (i, n) in specs.iter().enumerate() {
            if let Some(&c) = n.country.as_ref().and_then(|c| index.get(c)) {
                ties.push(Tie {
                    a: i,
                    b: c,
                    w: PULL,
                    drawn: false,
                });
            }
        }
        let slots = place::assign(&grid, &widths, &ties);
        for (i, (label, slot)) in labels.iter().zip(&slots).enumerate() {
            for (k, &ch) in label.iter().enumerate() {
                chart.set(slot.x + k as i32, slot.y, ch, Tag::Node(specs[i].entity));
            }
        }
        chart.fits = true;
        let ends: Vec<(usize, usize)> = chosen.iter().map(|p| (index[&p.a], index[&p.b])).collect();
        let routes = route_all(w, g, &slots, &ends);
        let mut drawn: Vec<Vec<Step>> = Vec::new();
        for (p, route) in chosen.into_iter().zip(routes) {
            match route {
                Some(route) => {
                    chart.draw(&p, chart.pairs.len(), &route);
                    chart
                        .routes
                        .push(route.iter().map(|s| (s.x as u16, s.y as u16)).collect());
                    drawn.push(route);
                    chart.pairs.push(p);
                }
                None => {
                    for part in &p.parts {
                        chart.hide(part.kind, 1);
                    }
                }
            }
        }
        // Labels last, so no line runs through one; the strongest pairs choose first.
        for (k, route) in drawn.iter().enumerate() {
            chart.label(k, route);
        }
        let cells: Vec<Vec<(i32, i32)>> = drawn
            .iter()
            .map(|r| r.iter().map(|s| (s.x, s.y)).collect())
            .collect();
        chart.crossings = super::measure::crossings(&cells);
        chart.write_legend(&legend);
        let mut order: Vec<usize> = (0..specs.len()).collect();
        order.sort_by_key(|&i| (slots[i].y, slots[i].x));
        chart.nodes = order.iter().map(|&i| specs[i].entity).collect();
        chart.boxes = order.iter().map(|&i| slots[i]).collect();
        chart
    }

    /// The cell at column `x`, row `y`; `None` outside the chart or when it does not fit.
    pub fn cell(&self, x: u16, y: u16) -> Option<&Cell> {
        if x >= self.width {
            return None;
        }
        self.cells
            .get(usize::from(y) * usize::from(self.width) + usize::from(x))
    }

    /// The index in `pairs` of the pair drawn between entities `a` and `b` (either order).
    pub fn pair_index(&self, a: usize, b: usize) -> Option<usize> {
        let (a, b) = (a.min(b), a.max(b));
        self.pairs.iter().position(|p| (p.a, p.b) == (a, b))
    }

    /// The pair drawn between entities `a` and `b` (either order).
    pub fn pair(&self, a: usize, b: usize) -> Option<&Pair> {
        self.pair_index(a, b).map(|i| &self.pairs[i])
    }

    /// The label drawn for entity `e`, brackets included.
    pub fn label_of(&self, e: usize) -> Option<String> {
        let k = self.nodes.iter().position(|&n| n == e)?;
        let s = self.boxes[k];
        let row = (s.x..s.x + s.width).filter_map(|x| self.cell(x as u16, s.y as u16));
        Some(row.map(|c| c.ch).filter(|&c| c != text::FILLER).collect())
    }

    /// The chart as plain text, one line per row, trailing blanks trimmed (for
    /// snapshots and screen readers).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for row in self.cells.chunks(usize::from(self.width.max(1))) {
            let line: String = row
                .iter()
                .map(|c| c.ch)
                .filter(|&c| c != text::FILLER)
                .collect();
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }

    fn hide(&mut self, kind: RelationKind, n: usize) {
        self.hidden += n;
        match self.hidden_kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, c)) => *c += n,
            None => self.hidden_kinds.push((kind, n)),
        }
    }

    /// Split the rows: the graph on top, then the legend, the note and the detail line
    /// (two rows when the pane has twenty or more: a pair of four kinds does not fit
    /// one row of a narrow pane). The graph keeps at least six rows.
    fn reserve_rows(&mut self, legend: &[(String, Tag)]) {
        let height = usize::from(self.height);
        let detail = if height >= 20 { 2 } else { 1 };
        let note = match (height, self.width) {
            (30.., ..60) => 2,
            (14.., _) => 1,
            _ => 0,
        };
        let mut legend_rows = rows_of(legend, usize::from(self.width)).len();
        if height < legend_rows + note + detail + 6 {
            legend_rows = 0;
        }
        let reserved = (legend_rows + note + detail).min(height);
        self.graph_rows = (height - reserved) as u16;
        self.note_row = (note > 0).then_some(self.graph_rows + legend_rows as u16);
        self.note_rows = note as u16;
        self.detail_rows = detail as u16;
    }

    /// The pairs to draw, strongest first, while their nodes fit the pane; the
    /// entities they join (or, with no pair at all, the first node alone).
    fn choose(
        &mut self,
        pairs: Vec<Pair>,
        nodes: &[NodeSpec],
        w: i32,
        g: i32,
    ) -> (Vec<Pair>, Vec<usize>) {
        // Two thirds of the slots a grid of the narrowest labels would have: beyond
        // that, lines have no room to run between the labels.
        let slots = (((g - 1) / 3 + 1) * ((w + place::GAP) / (MIN_LABEL + place::GAP))).max(1);
        let cap = ((slots as usize * 2) / 3).clamp(1, MAX_NODES);
        let mut chosen = Vec::new();
        let mut entities: Vec<usize> = Vec::new();
        for p in pairs {
            let new = [p.a, p.b].iter().filter(|e| !entities.contains(e)).count();
            if chosen.len() >= MAX_PAIRS || entities.len() + new > cap {
                for part in &p.parts {
                    self.hide(part.kind, 1);
                }
                continue;
            }
            for e in [p.a, p.b] {
                if !entities.contains(&e) {
                    entities.push(e);
                }
            }
            chosen.push(p);
        }
        if entities.is_empty()
            && let Some(n) = nodes.first()
        {
            entities.push(n.entity);
        }
        (chosen, entities)
    }
}

impl Default for Chart {
    /// An empty chart that does not fit anywhere.
    fn default() -> Chart {
        Chart::layout(&[], &[], 0, 0, false)
    }
}

/// Route every pair (`ends`: the indexes of its two labels in `slots`), strongest
/// first; then twice over, each line that crosses others is taken out and routed
/// again among all the others, and kept if it crosses fewer: a line routed early
/// no longer blocks the straight way of one routed after it.
fn route_all(w: i32, g: i32, slots: &[Slot], ends: &[(usize, usize)]) -> Vec<Option<Vec<Step>>> {
    let mut router = Router::new(w, g, slots);
    let mut routes: Vec<Option<Vec<Step>>> = Vec::with_capacity(ends.len());
    for &(a, b) in ends {
        let route = router.route(a, b);
        if let Some(r) = &route {
            router.take(r);
        }
        routes.push(route);
    }
    for _ in 0..2 {
        let mut better = false;
        for (k, &(a, b)) in ends.iter().enumerate() {
            let before = match &routes[k] {
                Some(r) => {
                    router.release(r);
                    let shared = router.shared(r);
                    if shared == 0 {
                        router.take(r);
                        continue;
                    }
                    Some((shared, r.len()))
                }
                None => None,
            };
            let again = router.route(a, b);
            let keep = match (&again, before) {
                (Some(n), Some((shared, len))) => (router.shared(n), n.len()) < (shared, len),
                (Some(_), None) => true,
                (None, _) => false,
            };
            if keep {
                routes[k] = again;
                better = true;
            }
            if let Some(r) = &routes[k] {
                router.take(r);
            }
        }
        if !better {
            break;
        }
    }
    routes
}

/// How strongly an organisation or person is pulled towards its country: half as
/// much as a line of one sentence (`importance`), so that it sits on its country's
/// side of its partners without crowding out what it is linked to.
const PULL: f64 = 1.0;

/// How much a pair's line should be kept short and uncrossed: more sentences more,
/// but a pair of twenty sentences does not push everything else aside.
fn importance(p: &Pair) -> f64 {
    let w = 1.0 + f64::from(p.sentences.min(16)).sqrt();
    if p.co_mention() || p.negated() {
        w / 2.0
    } else {
        w
    }
}

/// The grid for `nodes` in a `w`×`g` graph, and each node's label as cells (brackets
/// included), all different.
fn grid_and_labels(
    nodes: &[&NodeSpec],
    w: i32,
    g: i32,
    ascii: bool,
) -> Option<(Grid, Vec<Vec<char>>)> {
    // Columns wide enough for most names: one long name ("United Arab Emirates")
    // takes its short form or a cut rather than halving the columns of all the rest.
    let mut full: Vec<i32> = nodes
        .iter()
        .map(|n| crate::text::width(&n.name) as i32 + 2)
        .collect();
    full.sort_unstable();
    let widest = (*full.get(full.len() * 3 / 4).or(full.last())?).clamp(MIN_LABEL, MAX_LABEL);
    let grid = Grid::new(nodes.len(), widest, MIN_LABEL, w, g)?;
    let room = (grid.label_room().min(MAX_LABEL) - 2).max(2) as usize;
    let names: Vec<(&str, Option<&str>)> = nodes
        .iter()
        .map(|n| (n.name.as_str(), n.short.as_deref()))
        .collect();
    let labels = names::labels(&names, room)
        .into_iter()
        .map(|l| {
            let mut cells = vec!['['];
            cells.extend(text::cells(&glyph::plain(&l, ascii), room));
            cells.push(']');
            cells
        })
        .collect();
    Some((grid, labels))
}

/// The legend's items for the kinds of `pairs`: a sample of each kind's line and its
/// name (`━━→ sanctions`), then what arrows and `×` mean when there are any.
fn legend_items(pairs: &[Pair], ascii: bool) -> Vec<(String, Tag)> {
    let kinds: Vec<(RelationKind, bool)> = pairs.iter().flat_map(|p| p.kinds()).collect();
    let mut out: Vec<(String, Tag)> = RelationKind::ALL
        .iter()
        .filter(|k| kinds.iter().any(|(x, _)| x == *k))
        .map(|&k| {
            (
                format!("{} {}", glyph::sample(k, ascii), k.as_str()),
                Tag::Legend(k),
            )
        })
        .collect();
    if kinds.iter().any(|(k, negated)| k.is_directed() && !negated) {
        let arrow = glyph::arrow(Dir::Right, ascii);
        out.push((format!("{arrow} acts on"), Tag::Note));
    }
    if kinds.iter().any(|(_, negated)| *negated) {
        out.push((format!("{} negated", glyph::negated(ascii)), Tag::Note));
    }
    out
}

/// Legend items packed into rows of at most `width` cells, two blanks apart.
fn rows_of(items: &[(String, Tag)], width: usize) -> Vec<Vec<(String, Tag)>> {
    let mut rows: Vec<Vec<(String, Tag)>> = Vec::new();
    let mut used = 0;
    for item in items {
        let w = crate::text::width(&item.0);
        if rows.is_empty() || used + 2 + w > width {
            rows.push(Vec::new());
            used = w;
        } else {
            used += 2 + w;
        }
        if let Some(row) = rows.last_mut() {
            row.push(item.clone());
        }
    }
    rows
}

#[cfg(test)]
mod tests;
