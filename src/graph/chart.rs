//! The link chart as a grid of cells: each cell a char and a tag saying what it
//! shows (node, link of some kind, label, legend…), so the widget only styles it.
//! One straight line per pair of linked entities, in the style of its most salient
//! kind, labelled with all its kinds. Built by `Chart::layout` once per briefing,
//! filter and pane size, never per frame.

use std::collections::HashMap;

use super::glyph::{self, Shape};
use super::line::{self, Step};
use super::pair::{self, Pair};
use super::place::{self, Slot};
use super::text;
use crate::model::RelationKind;
/// Below this pane size the chart is not drawn; the pane shows the list instead.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 10;
/// A larger pane gets a chart of this size in its top-left corner: 30 nodes need no
/// more, and a grid the size of a huge `brief render --width` would waste memory.
pub const MAX_WIDTH: u16 = 400;
pub const MAX_HEIGHT: u16 = 200;
/// More nodes than this and the chart keeps the strongest links and their nodes.
pub const MAX_NODES: usize = 30;
/// More links than this and a chart of 30 nodes turns into a hairball.
pub const MAX_EDGES: usize = 60;

/// A node to draw: an entity and the name to label it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeSpec {
    /// Index into `Analysis::entities`; tags and selection use it.
    pub entity: usize,
    pub name: String,
}

/// A link to draw between two entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdgeSpec {
    /// Index into `Analysis::links`; tags and selection use it.
    pub link: usize,
    pub from: usize,
    pub to: usize,
    pub kind: RelationKind,
    pub directed: bool,
    pub weight: u32,
}

/// What a cell shows, for the widget to style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Empty,
    /// Part of the label of entity `n`.
    Node(usize),
    /// Part of the line (or arrow head) of link `link`.
    Edge {
        link: usize,
        kind: RelationKind,
    },
    /// Part of the kind label written on or beside link `link`.
    Label {
        link: usize,
        kind: RelationKind,
    },
    /// Two links crossing.
    Crossing,
    /// A legend sample of a kind's line.
    Legend(RelationKind),
    /// Legend words and notes ("no links", "+3 more links").
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
    /// The shape of the line in each cell, if any: what a later line may cross.
    shapes: Vec<Option<Shape>>,
    /// Rows `0..graph_rows` hold the graph; the legend and notes lie below.
    graph_rows: u16,
    /// The last rows, left blank for the widget's line about the selection.
    pub detail_rows: u16,
    /// Entities drawn, hub first then round the ring (the selection order).
    pub nodes: Vec<usize>,
    /// The pairs drawn, heaviest first (the selection order after the nodes).
    pub pairs: Vec<Pair>,
    /// Links drawn (those of `pairs`), strongest first.
    pub edges: Vec<usize>,
    /// Links given but not drawn: beyond the node or link cap, or self-links.
    pub hidden: usize,
    /// False when the pane is too small or the labels would not fit: show the list.
    pub fits: bool,
}

impl Chart {
    /// Lay out `nodes` and `edges` on a `width`×`height` grid. Deterministic: the same
    /// input always gives the same chart. Edges whose ends are not among `nodes` are
    /// ignored (and counted in `hidden`).
    pub fn layout(nodes: &[NodeSpec], edges: &[EdgeSpec], width: u16, height: u16) -> Chart {
        let (width, height) = (width.min(MAX_WIDTH), height.min(MAX_HEIGHT));
        let mut chart = Chart {
            width,
            height,
            cells: Vec::new(),
            shapes: Vec::new(),
            graph_rows: 0,
            detail_rows: 0,
            nodes: Vec::new(),
            pairs: Vec::new(),
            edges: Vec::new(),
            hidden: 0,
            fits: false,
        };
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return chart;
        }
        let (kept_nodes, kept_edges, hidden) = select(nodes, edges);
        chart.hidden = hidden;
        chart.cells = vec![BLANK; usize::from(width) * usize::from(height)];
        chart.shapes = vec![None; chart.cells.len()];
        let pairs = pair::group(&kept_edges);

        let kinds: Vec<RelationKind> = pairs.iter().map(Pair::kind).collect();
        let mut notes = Vec::new();
        if kept_edges.is_empty() {
            notes.push(String::from("no links"));
        }
        match hidden {
            0 => {}
            1 => notes.push(String::from("+1 more link")),
            n => notes.push(format!("+{n} more links")),
        }
        let mut legend = legend_rows(&kinds, width);
        // The detail line takes the last row; the graph keeps at least six.
        if usize::from(height) < legend.len() + notes.len() + 7 {
            legend.clear();
        }
        // Two rows for the detail line when the graph can spare them: a pair with
        // four kinds does not fit one row of a narrow pane.
        let detail = if height >= 20 { 2 } else { 1 };
        let reserved = (legend.len() + notes.len() + detail).min(usize::from(height)) as u16;
        chart.graph_rows = height.saturating_sub(reserved);
        chart.detail_rows = detail as u16;

        let Some(slots) = chart.place_nodes(&kept_nodes, &kept_edges) else {
            return chart;
        };
        chart.fits = true;
        let mut drawn = Vec::with_capacity(pairs.len());
        for p in pairs {
            let (Some(&a), Some(&b)) = (slots.get(&p.a), slots.get(&p.b)) else {
                chart.hidden += p.links.len();
                continue;
            };
            let steps = chart.draw_pair(&p, a, b);
            chart.edges.extend(&p.links);
            drawn.push((steps, centre(a), centre(b)));
            chart.pairs.push(p);
        }
        // Labels last, so no later line runs through one; heaviest pairs choose first.
        for (k, (steps, a, b)) in drawn.iter().enumerate() {
            let p = chart.pairs[k].clone();
            chart.label_pair(&p, steps, *a, *b);
        }
        let mut y = chart.graph_rows;
        for row in legend {
            let mut x = 0;
            for (kind, sample, name) in row {
                x = chart.put(x, y, &sample, Tag::Legend(kind));
                x = chart.put(x + 1, y, name, Tag::Note) + 2;
            }
            y += 1;
        }
        for note in notes {
            chart.put(0, y, &note, Tag::Note);
            y += 1;
        }
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

    /// The pair drawn between entities `a` and `b` (either order).
    pub fn pair(&self, a: usize, b: usize) -> Option<&Pair> {
        let (a, b) = (a.min(b), a.max(b));
        self.pairs.iter().find(|p| (p.a, p.b) == (a, b))
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

    /// Label the nodes and place them; returns each entity's slot.
    fn place_nodes(
        &mut self,
        nodes: &[&NodeSpec],
        edges: &[&EdgeSpec],
    ) -> Option<HashMap<usize, Slot>> {
        let w = usize::from(self.width);
        // Fewer nodes get longer labels; brackets take two cells.
        // A handful of nodes can afford "United States" in full even in a narrow pane.
        let room = match nodes.len() {
            0..=6 => (w / 3).max(13),
            7..=12 => w / 4,
            _ => w / 6,
        };
        let room = room.clamp(4, 24).min(w.saturating_sub(2));
        let mut strength = vec![0u64; nodes.len()];
        let mut ties: HashMap<(usize, usize), u64> = HashMap::new();
        let position: HashMap<usize, usize> = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.entity, i))
            .collect();
        for e in edges {
            if let (Some(&a), Some(&b)) = (position.get(&e.from), position.get(&e.to)) {
                strength[a] += u64::from(e.weight);
                strength[b] += u64::from(e.weight);
                *ties.entry((a.min(b), a.max(b))).or_default() += u64::from(e.weight);
            }
        }
        let names: Vec<&str> = nodes.iter().map(|n| n.name.as_str()).collect();
        let tie = |a: usize, b: usize| ties.get(&(a.min(b), a.max(b))).copied().unwrap_or(0);
        let order = place::order(&strength, &names, tie);
        let labels: Vec<Vec<char>> = order
            .iter()
            .map(|&i| {
                let mut l = vec!['['];
                l.extend(text::cells(&nodes[i].name, room));
                l.push(']');
                l
            })
            .collect();
        let widths: Vec<i32> = labels.iter().map(|l| l.len() as i32).collect();
        let slots = place::place(&widths, i32::from(self.width), i32::from(self.graph_rows))?;
        let mut by_entity = HashMap::new();
        for ((&i, label), slot) in order.iter().zip(&labels).zip(slots) {
            let entity = nodes[i].entity;
            for (k, &ch) in label.iter().enumerate() {
                self.set(slot.x + k as i32, slot.y, ch, Tag::Node(entity));
            }
            self.nodes.push(entity);
            by_entity.insert(entity, slot);
        }
        Some(by_entity)
    }

    /// Draw the straight line of `p` from label `a` to label `b`, with arrow heads at
    /// the ends a directed link points to; returns the cells it runs through.
    fn draw_pair(&mut self, p: &Pair, a: Slot, b: Slot) -> Vec<Step> {
        let glyphs = glyph::glyphs(p.kind());
        let tag = Tag::Edge {
            link: p.link(),
            kind: p.kind(),
        };
        let ((ax, ay), (bx, by)) = (centre(a), centre(b));
        let steps: Vec<Step> = line::cells(ax, ay, bx, by)
            .into_iter()
            .filter(|s| self.inside_graph(s.x, s.y) && !self.is_node(s.x, s.y))
            .collect();
        for s in &steps {
            let Some(i) = self.index(s.x, s.y) else {
                continue;
            };
            match (self.shapes[i], s.shape) {
                (None, shape) => {
                    self.cells[i] = Cell {
                        ch: glyphs.of(shape),
                        tag,
                    };
                    self.shapes[i] = Some(shape);
                }
                (Some(Shape::Horizontal), Shape::Vertical)
                | (Some(Shape::Vertical), Shape::Horizontal) => {
                    self.cells[i] = Cell {
                        ch: '┼',
                        tag: Tag::Crossing,
                    };
                }
                // The heavier pair, drawn first, keeps the cell.
                _ => {}
            }
        }
        // The arrow heads win over any line: they say which way the link goes.
        let ends = [
            (p.into_b, steps.last(), b, line::heading(ax, ay, bx, by)),
            (p.into_a, steps.first(), a, line::heading(bx, by, ax, ay)),
        ];
        for (into, end, slot, dir) in ends {
            if let (true, Some(s)) = (into, end) {
                // Right above or below the label, the arrow points at it.
                let dir = match (s.x >= slot.x && s.x < slot.x + slot.width, s.y.cmp(&slot.y)) {
                    (true, std::cmp::Ordering::Less) => glyph::Dir::Down,
                    (true, std::cmp::Ordering::Greater) => glyph::Dir::Up,
                    _ => dir,
                };
                self.set(s.x, s.y, glyph::arrow(dir), tag);
            }
        }
        steps
    }

    /// Write the pair's label near the middle of its line: on the line where it runs
    /// level, beside it elsewhere, never over another line, label or node. The
    /// longest wording that fits wins; with none, the legend and the detail line
    /// still tell the kinds.
    fn label_pair(&mut self, p: &Pair, steps: &[Step], a: (f64, f64), b: (f64, f64)) {
        let own = Tag::Edge {
            link: p.link(),
            kind: p.kind(),
        };
        let tag = Tag::Label {
            link: p.link(),
            kind: p.kind(),
        };
        let (mx, my) = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
        let level = steps
            .iter()
            .filter(|s| s.shape == Shape::Horizontal)
            .count()
            * 2
            >= steps.len();
        for label in p.labels() {
            let len = crate::text::width(&label) as i32;
            let mut best: Option<(i64, i32, i32)> = None;
            let (cy, cx) = (my.round() as i32, mx.round() as i32);
            for y in cy - 3..=cy + 3 {
                for x in cx - len - 3..=cx + 3 {
                    let Some(cost) = self.label_cost(x, y, len, own, level) else {
                        continue;
                    };
                    let off = f64::from(x) + f64::from(len - 1) / 2.0 - mx;
                    let cost = cost + 3 * i64::from((y - cy).abs()) + off.abs().round() as i64;
                    if best.is_none_or(|(c, _, _)| cost < c) {
                        best = Some((cost, x, y));
                    }
                }
            }
            if let Some((_, x, y)) = best {
                self.put_at(x, y, &label, tag);
                return;
            }
        }
    }

    /// What writing a `len`-cell label from (`x`, `y`) costs, or `None` when it would
    /// cover or touch something not its own, cover its line where the line slants
    /// (only a level line can carry its label: `──coop 3──`), or not touch its line.
    fn label_cost(&self, x: i32, y: i32, len: i32, own: Tag, level: bool) -> Option<i64> {
        if !self.inside_graph(x, y) || !self.inside_graph(x + len - 1, y) {
            return None;
        }
        let mut covers = false;
        let mut framed = 0;
        for cx in x - 1..=x + len {
            let Some(i) = self.index(cx, y).filter(|_| cx >= 0 && cx < self.width()) else {
                continue;
            };
            let tag = self.cells[i].tag;
            let margin = cx < x || cx >= x + len;
            match tag {
                Tag::Empty => {}
                t if t == own && margin => framed += 1,
                // An arrow head stays: it is the only sign of the direction.
                t if t == own && level && !is_arrow(self.cells[i].ch) => covers = true,
                _ => return None,
            }
        }
        // Written over its line, the label keeps a piece of line each side: `─coop─`.
        if covers && framed < 2 {
            return None;
        }
        // The label must touch its own line, or it reads as another's.
        let touches = (y - 1..=y + 1).any(|cy| {
            (x - 1..=x + len).any(|cx| {
                cx >= 0
                    && cx < self.width()
                    && self.index(cx, cy).is_some_and(|i| self.cells[i].tag == own)
            })
        });
        touches.then_some(0)
    }

    fn width(&self) -> i32 {
        i32::from(self.width)
    }

    fn inside_graph(&self, x: i32, y: i32) -> bool {
        x >= 0 && y >= 0 && x < self.width() && y < i32::from(self.graph_rows)
    }

    fn is_node(&self, x: i32, y: i32) -> bool {
        self.index(x, y)
            .is_some_and(|i| matches!(self.cells[i].tag, Tag::Node(_)))
    }

    fn index(&self, x: i32, y: i32) -> Option<usize> {
        let (w, h) = (i32::from(self.width), i32::from(self.height));
        (x >= 0 && y >= 0 && x < w && y < h).then(|| (y * w + x) as usize)
    }

    fn set(&mut self, x: i32, y: i32, ch: char, tag: Tag) {
        if let Some(i) = self.index(x, y) {
            self.cells[i] = Cell { ch, tag };
        }
    }

    fn put_at(&mut self, x: i32, y: i32, s: &str, tag: Tag) {
        for (k, ch) in s.chars().enumerate() {
            self.set(x + k as i32, y, ch, tag);
        }
    }

    /// Write `s` from column `x` of row `y`, cut at the right edge; returns the column
    /// after it.
    fn put(&mut self, x: u16, y: u16, s: &str, tag: Tag) -> u16 {
        let room = usize::from(self.width.saturating_sub(x));
        let cells = text::cells(s, room);
        for (k, &ch) in cells.iter().enumerate() {
            self.set(i32::from(x) + k as i32, i32::from(y), ch, tag);
        }
        x.saturating_add(cells.len() as u16)
    }
}

fn is_arrow(c: char) -> bool {
    matches!(c, '▶' | '◀' | '▲' | '▼')
}

/// The middle of a label, where its lines aim.
fn centre(s: Slot) -> (f64, f64) {
    (
        f64::from(s.x) + f64::from(s.width - 1) / 2.0,
        f64::from(s.y),
    )
}

impl Default for Chart {
    /// An empty chart that does not fit anywhere.
    fn default() -> Chart {
        Chart::layout(&[], &[], 0, 0)
    }
}

/// The nodes and edges to draw, and how many links are left out. Edges go strongest
/// first; an edge is kept while its nodes fit under `MAX_NODES` and the edges under
/// `MAX_EDGES`. Nodes without any link are kept last, while there is room.
fn select<'a>(
    nodes: &'a [NodeSpec],
    edges: &'a [EdgeSpec],
) -> (Vec<&'a NodeSpec>, Vec<&'a EdgeSpec>, usize) {
    let by_entity: HashMap<usize, &NodeSpec> = nodes.iter().rev().map(|n| (n.entity, n)).collect();
    let mut sorted: Vec<&EdgeSpec> = edges.iter().collect();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.weight));
    let mut kept_nodes: Vec<&NodeSpec> = Vec::new();
    let mut kept_edges = Vec::new();
    let mut hidden = 0;
    for e in sorted {
        let (Some(&a), Some(&b)) = (by_entity.get(&e.from), by_entity.get(&e.to)) else {
            hidden += 1;
            continue;
        };
        let new: Vec<&NodeSpec> = [a, b]
            .into_iter()
            .filter(|n| !kept_nodes.iter().any(|k| k.entity == n.entity))
            .collect();
        if e.from == e.to
            || kept_edges.len() >= MAX_EDGES
            || kept_nodes.len() + new.len() > MAX_NODES
        {
            hidden += 1;
            continue;
        }
        kept_nodes.extend(new);
        kept_edges.push(e);
    }
    let linked: std::collections::HashSet<usize> =
        edges.iter().flat_map(|e| [e.from, e.to]).collect();
    for n in nodes {
        if kept_nodes.len() >= MAX_NODES {
            break;
        }
        let known = kept_nodes.iter().any(|k| k.entity == n.entity);
        if !linked.contains(&n.entity) && !known {
            kept_nodes.push(n);
        }
    }
    (kept_nodes, kept_edges, hidden)
}

/// Legend items packed into rows of at most `width` cells.
fn legend_rows(
    kinds: &[RelationKind],
    width: u16,
) -> Vec<Vec<(RelationKind, String, &'static str)>> {
    let mut rows: Vec<Vec<(RelationKind, String, &'static str)>> = Vec::new();
    let mut used = 0;
    for item in glyph::legend_items(kinds) {
        let w = crate::text::width(&item.1) + 1 + item.2.len();
        if rows.is_empty() || used + 2 + w > usize::from(width) {
            rows.push(Vec::new());
            used = w;
        } else {
            used += 2 + w;
        }
        if let Some(row) = rows.last_mut() {
            row.push(item);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair() -> (Vec<NodeSpec>, Vec<EdgeSpec>) {
        let node = |entity, name: &str| NodeSpec {
            entity,
            name: name.to_string(),
        };
        let edge = EdgeSpec {
            link: 0,
            from: 0,
            to: 1,
            kind: RelationKind::Sanctions,
            directed: true,
            weight: 1,
        };
        (vec![node(0, "Alpha"), node(1, "Beta")], vec![edge])
    }

    #[test]
    fn two_nodes_sit_side_by_side_with_an_arrow_and_a_label() {
        let (nodes, edges) = pair();
        let chart = Chart::layout(&nodes, &edges, 40, 10);
        let text = chart.to_text();
        let row = text.lines().find(|l| l.contains("[Alpha]")).unwrap_or("");
        assert!(row.contains("[Alpha]━"), "{text}");
        assert!(row.contains("sanctions"), "{text}");
        assert!(row.contains("━▶[Beta]"), "{text}");
        assert!(text.contains("━━▶ sanctions"), "the legend: {text}");
    }

    #[test]
    fn huge_panes_get_a_capped_chart() {
        let (nodes, edges) = pair();
        let chart = Chart::layout(&nodes, &edges, u16::MAX, u16::MAX);
        assert_eq!((chart.width, chart.height), (MAX_WIDTH, MAX_HEIGHT));
        assert!(chart.fits);
    }

    #[test]
    fn small_panes_do_not_fit() {
        let (nodes, edges) = pair();
        assert!(!Chart::layout(&nodes, &edges, MIN_WIDTH - 1, 20).fits);
        assert!(!Chart::layout(&nodes, &edges, 40, MIN_HEIGHT - 1).fits);
        assert!(Chart::layout(&nodes, &edges, MIN_WIDTH, MIN_HEIGHT).fits);
    }
}
