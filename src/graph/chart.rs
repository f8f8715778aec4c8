//! The link chart as a grid of cells: each cell a char and a tag saying what it
//! shows (node, link of some kind, label, legend…), so the widget only styles it.
//! Built by `Chart::layout` once per briefing, filter and pane size, never per frame.

use std::collections::HashMap;

use super::glyph;
use super::place::{self, Slot};
use super::route::{self, Axis, Step, Terrain};
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
    /// `Some` for cells a link runs through: what a later link may cross.
    lines: Vec<Option<Axis>>,
    /// Rows `0..graph_rows` hold the graph; the legend and notes lie below.
    graph_rows: u16,
    /// Entities drawn, hub first then round the ring (the selection order).
    pub nodes: Vec<usize>,
    /// Links drawn, strongest first (the selection order).
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
            lines: Vec::new(),
            graph_rows: 0,
            nodes: Vec::new(),
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
        chart.lines = vec![None; chart.cells.len()];

        let kinds: Vec<RelationKind> = kept_edges.iter().map(|e| e.kind).collect();
        // Notes under the legend: "no links", and "+N more links", worded at the end
        // when links that found no path are counted too.
        let mut notes = Vec::new();
        if kept_edges.is_empty() {
            notes.push(false);
        }
        if hidden > 0 {
            notes.push(true);
        }
        let mut legend = legend_rows(&kinds, width);
        if usize::from(height) < legend.len() + notes.len() + 3 {
            legend.clear();
        }
        let reserved = (legend.len() + notes.len()).min(usize::from(height)) as u16;
        chart.graph_rows = height.saturating_sub(reserved);

        let Some(slots) = chart.place_nodes(&kept_nodes, &kept_edges) else {
            return chart;
        };
        chart.fits = true;
        let mut paths = Vec::with_capacity(kept_edges.len());
        for edge in &kept_edges {
            let (Some(&a), Some(&b)) = (slots.get(&edge.from), slots.get(&edge.to)) else {
                continue;
            };
            if let Some(path) = route::route(&chart, a, b) {
                chart.draw_edge(edge, &path);
                chart.edges.push(edge.link);
                paths.push((edge, path));
            } else {
                chart.hidden += 1;
            }
        }
        // Labels last, so no later line runs through one.
        for (edge, path) in &paths {
            chart.label_edge(edge, path);
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
        for more in notes {
            let note = match (more, chart.hidden) {
                (false, _) => String::from("no links"),
                (true, 1) => String::from("+1 more link"),
                (true, n) => format!("+{n} more links"),
            };
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

    fn draw_edge(&mut self, edge: &EdgeSpec, path: &[Step]) {
        let glyphs = glyph::glyphs(edge.kind);
        let tag = Tag::Edge {
            link: edge.link,
            kind: edge.kind,
        };
        let last = path.len().saturating_sub(1);
        for (k, s) in path.iter().enumerate() {
            let Some(i) = self.index(s.x, s.y) else {
                continue;
            };
            if matches!(self.cells[i].tag, Tag::Node(_)) {
                continue;
            }
            if edge.directed && k == last {
                // The arrow head says which way the link goes: it wins over a line.
                self.cells[i] = Cell {
                    ch: glyph::arrow(s.outward),
                    tag,
                };
                self.lines[i] = Some(Axis::Bend);
                continue;
            }
            match (self.lines[i], s.axis()) {
                (None, axis) => {
                    self.cells[i] = Cell {
                        ch: glyphs.join(s.inward, s.outward),
                        tag,
                    };
                    self.lines[i] = Some(axis);
                }
                (Some(Axis::Horizontal), Axis::Vertical)
                | (Some(Axis::Vertical), Axis::Horizontal) => {
                    self.cells[i] = Cell {
                        ch: '┼',
                        tag: Tag::Crossing,
                    };
                    self.lines[i] = Some(Axis::Bend);
                }
                // The stronger link, drawn first, keeps the cell.
                _ => {}
            }
        }
    }

    /// Write the kind on the longest straight run of the link that is still its own:
    /// inside a horizontal run, or beside the middle of a vertical one.
    fn label_edge(&mut self, edge: &EdgeSpec, path: &[Step]) {
        let name = edge.kind.as_str();
        let len = name.len();
        let own = |chart: &Chart, s: &Step| {
            chart.index(s.x, s.y).is_some_and(|i| {
                chart.cells[i].tag
                    == Tag::Edge {
                        link: edge.link,
                        kind: edge.kind,
                    }
            })
        };
        // The arrow cell is not a place for a label.
        let body = &path[..path.len().saturating_sub(usize::from(edge.directed))];
        let tag = Tag::Label {
            link: edge.link,
            kind: edge.kind,
        };
        let horizontal = longest_run(body, |s| s.axis() == Axis::Horizontal && own(self, s));
        if let Some((start, run)) = horizontal
            && run >= len + 2
        {
            // A run can go right to left; its cells share one row.
            let x0 = body[start].x.min(body[start + run - 1].x);
            self.put_at(x0 + ((run - len) / 2) as i32, body[start].y, name, tag);
            return;
        }
        // A short horizontal run: the label just below or above it, centred on it.
        if let Some((start, run)) = horizontal
            && run >= 3
        {
            let x0 = body[start].x.min(body[start + run - 1].x);
            let at = x0 + run as i32 / 2 - len as i32 / 2;
            for y in [body[start].y + 1, body[start].y - 1] {
                if (at - 1..=at + len as i32).all(|cx| self.is_blank(cx, y)) {
                    self.put_at(at, y, name, tag);
                    return;
                }
            }
        }
        let vertical = longest_run(body, |s| s.axis() == Axis::Vertical && own(self, s));
        if let Some((start, run)) = vertical {
            // Beside the middle of the run, or as near it as there is room.
            let len = len as i32;
            for off in 0..run {
                let k = if off % 2 == 0 {
                    run / 2 + off / 2
                } else {
                    run / 2 - off.div_ceil(2).min(run / 2)
                };
                let Some(cell) = body.get(start + k) else {
                    continue;
                };
                // One blank cell between line and label, and one after the label.
                for at in [cell.x + 2, cell.x - 1 - len] {
                    if (at - 1..=at + len).all(|cx| self.is_blank(cx, cell.y)) {
                        self.put_at(at, cell.y, name, tag);
                        return;
                    }
                }
            }
        }
    }

    fn is_blank(&self, x: i32, y: i32) -> bool {
        y < i32::from(self.graph_rows)
            && self
                .index(x, y)
                .is_some_and(|i| self.cells[i].tag == Tag::Empty)
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

impl Default for Chart {
    /// An empty chart that does not fit anywhere.
    fn default() -> Chart {
        Chart::layout(&[], &[], 0, 0)
    }
}

impl Terrain for Chart {
    fn width(&self) -> i32 {
        i32::from(self.width)
    }
    fn height(&self) -> i32 {
        i32::from(self.graph_rows)
    }
    fn is_node(&self, x: i32, y: i32) -> bool {
        self.index(x, y)
            .is_some_and(|i| matches!(self.cells[i].tag, Tag::Node(_)))
    }
    fn line(&self, x: i32, y: i32) -> Option<Axis> {
        self.index(x, y).and_then(|i| self.lines[i])
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
        let w = text::width(&item.1) + 1 + item.2.len();
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

/// The longest stretch of consecutive path cells satisfying `ok`: (start, length).
fn longest_run(path: &[Step], ok: impl Fn(&Step) -> bool) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    let mut start = 0;
    for (k, s) in path.iter().enumerate() {
        if !ok(s) {
            start = k + 1;
            continue;
        }
        let run = k + 1 - start;
        if best.is_none_or(|(_, b)| run > b) {
            best = Some((start, run));
        }
    }
    best
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
