//! Drawing on the chart's grid: each pair's line with its corners, crossings, arrow
//! heads and negation mark; the words on or beside it; the legend under the graph.
//! Methods of `Chart`, called by `Chart::layout` once the pairs are routed.

use super::{Cell, Chart, Tag, rows_of};
use crate::graph::glyph::{self, Dir};
use crate::graph::pair::Pair;
use crate::graph::route::Step;
use crate::graph::text;
use crate::model::RelationKind;

impl Chart {
    /// Draw pair `p` (index `k` in `pairs`) along `route`, with arrow heads at the
    /// ends a directed link points to and a `×` on a line whose links are all negated.
    pub(super) fn draw(&mut self, p: &Pair, k: usize, route: &[Step]) {
        let style = glyph::style(p.kind(), self.ascii);
        let tag = Tag::Edge {
            pair: k,
            kind: p.kind(),
        };
        for s in route {
            let Some(i) = self.index(s.x, s.y) else {
                continue;
            };
            self.busy[i] = self.busy[i].saturating_add(1);
            let ch = if s.from == s.to {
                style.straight(s.to)
            } else {
                style.corner(s.from, s.to)
            };
            self.cells[i] = match self.cells[i].tag {
                Tag::Edge { kind, .. } => {
                    let other = glyph::style(kind, self.ascii).weight;
                    let (h, v) = if s.to.is_horizontal() {
                        (style.weight, other)
                    } else {
                        (other, style.weight)
                    };
                    match glyph::crossing(h, v, self.ascii) {
                        Some(c) => Cell {
                            ch: c,
                            tag: Tag::Crossing,
                        },
                        // The stronger line, drawn first, keeps the cell.
                        None => self.cells[i],
                    }
                }
                _ => Cell { ch, tag },
            };
        }
        if let (true, Some(last)) = (p.into_b, route.last()) {
            self.set(last.x, last.y, glyph::arrow(last.to, self.ascii), tag);
        }
        if let (true, Some(first)) = (p.into_a, route.first()) {
            let into = first.from.opposite();
            self.set(first.x, first.y, glyph::arrow(into, self.ascii), tag);
        }
        if p.negated() {
            let straight: Vec<&Step> = route[1..route.len().saturating_sub(1).max(1)]
                .iter()
                .filter(|s| s.from == s.to && self.tag_at(s.x, s.y) == Some(tag))
                .collect();
            if let Some(s) = straight.get(straight.len() / 2) {
                self.set(s.x, s.y, glyph::negated(self.ascii), tag);
            }
        }
    }

    /// Write pair `k`'s label in words on or beside its line: the longest form that
    /// fits somewhere, as near the middle of the line as it can; on a level stretch
    /// of the line (`━━ sanctions · 2 sentences ━━`) first, else beside it. A label
    /// never covers another line, a node, an arrow or another label, and keeps a blank
    /// cell from them.
    pub(super) fn label(&mut self, k: usize, route: &[Step]) {
        let p = self.pairs[k].clone();
        let own = Tag::Edge {
            pair: k,
            kind: p.kind(),
        };
        let tag = Tag::Label {
            pair: k,
            kind: p.kind(),
        };
        let mid = route.len() as i32 / 2;
        for words in p.labels() {
            let words = glyph::plain(&words, self.ascii);
            let cells = text::cells(&words, usize::from(self.width));
            let len = cells.len() as i32;
            let mut best: Option<(i32, i32, i32)> = None;
            let mut consider = |score: i32, x: i32, y: i32| {
                if best.is_none_or(|(s, _, _)| score < s) {
                    best = Some((score, x, y));
                }
            };
            // On the line: a level run long enough for the words, a blank each side and
            // a piece of line beyond.
            let mut i = 0;
            while i < route.len() {
                let mut j = i;
                while j < route.len()
                    && route[j].to.is_horizontal()
                    && self.plain(&route[j], own)
                    && route[j].y == route[i].y
                {
                    j += 1;
                }
                let run = (j - i) as i32;
                if run >= len + 4 {
                    let left = route[i].x.min(route[j - 1].x);
                    let x = left + (run - len) / 2;
                    let centre = (i + j) as i32 / 2;
                    consider((centre - mid).abs(), x, route[i].y);
                }
                i = j.max(i + 1);
            }
            for (n, s) in route.iter().enumerate() {
                if !self.plain(s, own) {
                    continue;
                }
                let far = (n as i32 - mid).abs() + 2;
                let spots = if s.to.is_horizontal() {
                    [
                        (s.x - len / 2, s.y - 1, Dir::Up),
                        (s.x - len / 2, s.y + 1, Dir::Down),
                    ]
                } else {
                    [(s.x + 2, s.y, Dir::Right), (s.x - 1 - len, s.y, Dir::Left)]
                };
                for (x, y, away) in spots {
                    if self.room_for(x, y, len, away) {
                        consider(far, x, y);
                    }
                }
            }
            if let Some((_, x, y)) = best {
                let inline = self.tag_at(x, y) == Some(own);
                if inline {
                    self.set(x - 1, y, ' ', tag);
                    self.set(x + len, y, ' ', tag);
                }
                for (c, &ch) in cells.iter().enumerate() {
                    self.set(x + c as i32, y, ch, tag);
                }
                return;
            }
        }
    }

    /// A straight cell of `own`'s line, with nothing else drawn on it.
    fn plain(&self, s: &Step, own: Tag) -> bool {
        let i = match self.index(s.x, s.y) {
            Some(i) => i,
            None => return false,
        };
        s.from == s.to
            && self.busy[i] == 1
            && self.cells[i].tag == own
            && !glyph::is_arrow(self.cells[i].ch)
            && self.cells[i].ch != glyph::negated(self.ascii)
    }

    /// Room for `len` cells of words at row `y` from column `x`, beside a line that
    /// lies the other way from `away`: those cells and one either side blank, no node
    /// or words just above or below, and on the side away from the line nothing drawn
    /// near, so that the words read as that line's and not a neighbour's.
    fn room_for(&self, x: i32, y: i32, len: i32, away: Dir) -> bool {
        if x < 1 || y < 0 || x + len + 1 > self.w() || y >= i32::from(self.graph_rows) {
            return false;
        }
        let blank = |cx: i32, cy: i32| self.tag_at(cx, cy).is_none_or(|t| t == Tag::Empty);
        let row_blank = (x - 1..=x + len).all(|cx| self.tag_at(cx, y) == Some(Tag::Empty));
        let neighbours = [y - 1, y + 1].iter().all(|&cy| {
            (x - 1..=x + len)
                .all(|cx| !matches!(self.tag_at(cx, cy), Some(Tag::Node(_) | Tag::Label { .. })))
        });
        let clear = match away {
            Dir::Right => blank(x + len + 1, y) && blank(x + len + 2, y),
            Dir::Left => blank(x - 2, y) && blank(x - 3, y),
            Dir::Up | Dir::Down => {
                let far = if away == Dir::Up { y - 1 } else { y + 1 };
                blank(x - 2, y)
                    && blank(x + len + 1, y)
                    && (x - 1..=x + len).all(|cx| blank(cx, far))
            }
        };
        row_blank && neighbours && clear
    }

    pub(super) fn write_legend(&mut self, items: &[(String, Tag)]) {
        let drawn: Vec<RelationKind> = self
            .pairs
            .iter()
            .flat_map(|p| p.kinds())
            .map(|k| k.0)
            .collect();
        let items: Vec<(String, Tag)> = items
            .iter()
            .filter(|(_, t)| !matches!(t, Tag::Legend(k) if !drawn.contains(k)))
            .cloned()
            .collect();
        let rows = rows_of(&items, usize::from(self.width));
        let end = self.note_row.map_or(
            i32::from(self.height) - i32::from(self.detail_rows),
            i32::from,
        );
        for (y, row) in (i32::from(self.graph_rows)..end).zip(rows) {
            let mut x = 0;
            for (words, tag) in row {
                let (sample, name) = words.split_once(' ').unwrap_or((words.as_str(), ""));
                x = self.put(x, y, sample, tag);
                x = self.put(x + 1, y, name, Tag::Note) + 2;
            }
        }
    }

    fn w(&self) -> i32 {
        i32::from(self.width)
    }

    fn tag_at(&self, x: i32, y: i32) -> Option<Tag> {
        self.index(x, y).map(|i| self.cells[i].tag)
    }

    fn index(&self, x: i32, y: i32) -> Option<usize> {
        let (w, h) = (self.w(), i32::from(self.height));
        (x >= 0 && y >= 0 && x < w && y < h).then(|| (y * w + x) as usize)
    }

    pub(super) fn set(&mut self, x: i32, y: i32, ch: char, tag: Tag) {
        if let Some(i) = self.index(x, y) {
            self.cells[i] = Cell { ch, tag };
        }
    }

    /// Write `s` from column `x` of row `y`, cut at the right edge; returns the column
    /// after it.
    fn put(&mut self, x: i32, y: i32, s: &str, tag: Tag) -> i32 {
        let room = usize::try_from(self.w() - x).unwrap_or(0);
        let cells = text::cells(&glyph::plain(s, self.ascii), room);
        for (k, &ch) in cells.iter().enumerate() {
            self.set(x + k as i32, y, ch, tag);
        }
        x + cells.len() as i32
    }
}
