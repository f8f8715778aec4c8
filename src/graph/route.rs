//! Lines along rows and columns, found by a shortest-path search on the character
//! grid (A*, with the direction of travel in the state so that bends can cost). A line
//! leaves a label from its side (`]──`) or from above or below one of its letters, and
//! enters the other label the same way; it never passes through or alongside a label,
//! never runs along another line, and crosses one only at a right angle and away from
//! its bends. Bends and crossings cost extra, and so does running next to a label or
//! another line, so the search prefers straight lines that keep apart. The strongest
//! pairs are routed first and get the best paths.

use super::glyph::Dir;
use super::place::Slot;

/// A level step. An upright step crosses a row, about two columns tall on screen.
const STEP_H: u32 = 2;
const STEP_V: u32 = 4;
const BEND: u32 = 10;
const CROSS: u32 = 24;
/// Running next to a label it does not belong to (a line hugging `[Russia]` reads as
/// one of Russia's).
const NEAR_LABEL: u32 = 16;
/// Running beside another line, in the same direction.
const NEAR_LINE: u32 = 3;
/// A first search looks this far around the two labels before trying the whole grid.
const MARGIN_X: i32 = 12;
const MARGIN_Y: i32 = 6;

/// What a cell of the graph holds, for the router. Lines are counted, so that one
/// can be taken out again (`Router::release`) without losing another's crossing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Use {
    /// Part of a node label (its index in the chart's nodes).
    label: Option<u16>,
    /// Level lines running through.
    h: u8,
    /// Upright lines running through.
    v: u8,
    /// Bends, and ends of lines next to their label: nothing may cross them.
    fixed: u8,
}

impl Use {
    fn line(&self) -> bool {
        self.h > 0 || self.v > 0 || self.fixed > 0
    }
}

/// One cell of a route: where it is, the way the line comes in and the way it leaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Step {
    pub(crate) x: i32,
    pub(crate) y: i32,
    pub(crate) from: Dir,
    pub(crate) to: Dir,
}

/// The router's view of the grid: what each cell holds, and scratch space for the
/// searches (reused from one to the next).
pub(crate) struct Router {
    w: i32,
    h: i32,
    cells: Vec<Use>,
    labels: Vec<Slot>,
    /// The label beside each cell (by side or corner): `FAR` for none, `MANY` for
    /// more than one.
    near: Vec<u16>,
    cost: Vec<u32>,
    parent: Vec<u32>,
    stamp: Vec<u32>,
    generation: u32,
}

const NONE: u32 = u32::MAX;
const FAR: u16 = u16::MAX;
const MANY: u16 = u16::MAX - 1;

impl Router {
    pub(crate) fn new(w: i32, h: i32, labels: &[Slot]) -> Router {
        let size = (w.max(0) * h.max(0)) as usize;
        let mut cells = vec![Use::default(); size];
        let mut near = vec![FAR; size];
        for (n, s) in labels.iter().enumerate() {
            for x in s.x..s.x + s.width {
                if let Some(i) = index(w, h, x, s.y) {
                    cells[i].label = Some(n as u16);
                }
            }
            for y in s.y - 1..=s.y + 1 {
                for x in s.x - 1..=s.right() + 1 {
                    if let Some(i) = index(w, h, x, y) {
                        near[i] = match near[i] {
                            FAR => n as u16,
                            m if m == n as u16 => m,
                            _ => MANY,
                        };
                    }
                }
            }
        }
        Router {
            w,
            h,
            cells,
            labels: labels.to_vec(),
            near,
            cost: vec![0; size * 4],
            parent: vec![NONE; size * 4],
            stamp: vec![0; size * 4],
            generation: 0,
        }
    }

    fn at(&self, x: i32, y: i32) -> Option<&Use> {
        index(self.w, self.h, x, y).map(|i| &self.cells[i])
    }

    /// Is `(x, y)` beside a label, other than at a port of one of the line's own
    /// labels (the cells a line may leave or enter a label from)?
    fn near_label(&self, x: i32, y: i32, ends: [&Slot; 2]) -> bool {
        match self.near[self.idx(x, y)] {
            FAR => false,
            MANY => true,
            n => !ends
                .iter()
                .any(|s| **s == self.labels[usize::from(n)] && is_port(s, x, y)),
        }
    }

    /// Is a line running beside `(x, y)`, in the direction `dir`?
    fn near_line(&self, x: i32, y: i32, dir: Dir) -> bool {
        let sides = if dir.is_horizontal() {
            [(0, -1), (0, 1)]
        } else {
            [(-1, 0), (1, 0)]
        };
        sides.iter().any(|&(dx, dy)| {
            self.at(x + dx, y + dy).is_some_and(|u| {
                if dir.is_horizontal() {
                    u.h > 0
                } else {
                    u.v > 0
                }
            })
        })
    }

    /// The route from label `a` to label `b` (indexes into the labels the router was
    /// made with), or `None` when there is no way.
    pub(crate) fn route(&mut self, a: usize, b: usize) -> Option<Vec<Step>> {
        let (a, b) = (
            self.labels.get(a)?.to_owned(),
            self.labels.get(b)?.to_owned(),
        );
        let (a, b) = (&a, &b);
        let window = (
            a.x.min(b.x) - MARGIN_X,
            a.y.min(b.y) - MARGIN_Y,
            a.right().max(b.right()) + MARGIN_X,
            a.y.max(b.y) + MARGIN_Y,
        );
        self.search(a, b, window)
            .or_else(|| self.search(a, b, (0, 0, self.w - 1, self.h - 1)))
    }

    /// Mark the cells of a route as taken.
    pub(crate) fn take(&mut self, route: &[Step]) {
        self.mark(route, true);
    }

    /// Give the cells of a route taken before back.
    pub(crate) fn release(&mut self, route: &[Step]) {
        self.mark(route, false);
    }

    fn mark(&mut self, route: &[Step], take: bool) {
        let last = route.len().saturating_sub(1);
        let add = |n: &mut u8| {
            *n = if take {
                n.saturating_add(1)
            } else {
                n.saturating_sub(1)
            }
        };
        for (k, s) in route.iter().enumerate() {
            let Some(i) = index(self.w, self.h, s.x, s.y) else {
                continue;
            };
            let u = &mut self.cells[i];
            if s.from != s.to || k == 0 || k == last {
                add(&mut u.fixed);
            }
            if s.from.is_horizontal() || s.to.is_horizontal() {
                add(&mut u.h);
            }
            if !s.from.is_horizontal() || !s.to.is_horizontal() {
                add(&mut u.v);
            }
        }
    }

    /// How many of `route`'s cells other lines also run through.
    pub(crate) fn shared(&self, route: &[Step]) -> usize {
        route
            .iter()
            .filter(|s| self.at(s.x, s.y).is_some_and(Use::line))
            .count()
    }

    fn search(&mut self, a: &Slot, b: &Slot, window: (i32, i32, i32, i32)) -> Option<Vec<Step>> {
        let (wx0, wy0) = (window.0.max(0), window.1.max(0));
        let (wx1, wy1) = (window.2.min(self.w - 1), window.3.min(self.h - 1));
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.stamp.fill(0);
            self.generation = 1;
        }
        let mut heap = Buckets::default();
        let heuristic = |x: i32, y: i32| -> u32 {
            let hx = (b.x - 1 - x).max(x - b.right() - 1).max(0) as u32;
            let hy = ((y - b.y).abs() - 1).max(0) as u32;
            // Weighted (×1.5): the search goes for the target rather than widening
            // round every bend and crossing penalty; lines come out as short.
            3 * (hx * STEP_H + hy * STEP_V) / 2
        };
        for (x, y, dir) in ports(a) {
            let inside = x >= wx0 && x <= wx1 && y >= wy0 && y <= wy1;
            if !inside || !self.free(x, y) {
                continue;
            }
            let Some(cost) = self.enter(x, y, dir, [a, b]) else {
                continue;
            };
            let state = self.state(x, y, dir);
            self.visit(state, cost, NONE);
            heap.push(cost + heuristic(x, y), state);
        }
        while let Some((f, state)) = heap.pop() {
            let s = state as usize;
            let g = self.cost[s];
            // A state pushed again with a lower cost was already taken from its
            // lower bucket.
            if f > g + heuristic_of(self, state, &heuristic) {
                continue;
            }
            let (x, y, dir) = self.unstate(state);
            let here_start = is_port(a, x, y) && self.parent[s] == NONE;
            let arriving = is_port(b, x, y) && self.free(x, y);
            for next in Dir::ALL {
                if next == dir.opposite() {
                    continue;
                }
                let turn = next != dir;
                let (nx, ny) = (x + next.step().0, y + next.step().1);
                // Into the target label: straight on, through a side bracket or from
                // above or below one of its letters.
                if arriving && !turn && b.contains(nx, ny) && enters(b, nx, next) {
                    return Some(self.path(state));
                }
                if turn && (here_start || self.cells[self.idx(x, y)].line()) {
                    continue;
                }
                if nx < wx0 || nx > wx1 || ny < wy0 || ny > wy1 {
                    continue;
                }
                let Some(cost) = self.enter(nx, ny, next, [a, b]) else {
                    continue;
                };
                let step = if next.is_horizontal() { STEP_H } else { STEP_V };
                let g2 = g + step + cost + if turn { BEND } else { 0 };
                let n = self.state(nx, ny, next);
                let ni = n as usize;
                if self.stamp[ni] == self.generation && self.cost[ni] <= g2 {
                    continue;
                }
                self.visit(n, g2, state);
                heap.push(g2 + heuristic(nx, ny), n);
            }
        }
        None
    }

    /// The extra cost of moving into `(x, y)` going `dir`, or `None` when the line may
    /// not go there.
    fn enter(&self, x: i32, y: i32, dir: Dir, ends: [&Slot; 2]) -> Option<u32> {
        let u = self.at(x, y)?;
        if u.label.is_some() || u.fixed > 0 {
            return None;
        }
        // Right beside a label's side a line would read as leaving it.
        if self.at(x - 1, y).is_some_and(|l| l.label.is_some())
            || self.at(x + 1, y).is_some_and(|l| l.label.is_some())
        {
            let port = ends
                .iter()
                .any(|s| y == s.y && (x == s.x - 1 || x == s.right() + 1));
            if !port {
                return None;
            }
        }
        let mut cost = 0;
        // One blank from another label's bracket, on its row, `] ╔══` reads as a line
        // of that label: only where there is no other way.
        for (dx, left) in [(2, true), (-2, false)] {
            let beside = self.at(x + dx, y).and_then(|l| l.label).map(usize::from);
            if let Some(s) = beside.and_then(|n| self.labels.get(n))
                && (if left {
                    s.x == x + dx
                } else {
                    s.right() == x + dx
                })
                && !ends.iter().any(|e| **e == *s)
            {
                cost += 2 * NEAR_LABEL;
            }
        }
        if u.h > 0 || u.v > 0 {
            // Only straight across another line, never along it.
            let along = if dir.is_horizontal() {
                u.h > 0
            } else {
                u.v > 0
            };
            if along {
                return None;
            }
            cost += CROSS;
        }
        if self.near_label(x, y, ends) {
            cost += NEAR_LABEL;
        }
        if self.near_line(x, y, dir) {
            cost += NEAR_LINE;
        }
        Some(cost)
    }

    /// A cell a line may start or end in: nothing there yet.
    fn free(&self, x: i32, y: i32) -> bool {
        self.at(x, y)
            .is_some_and(|u| u.label.is_none() && !u.line())
    }

    fn idx(&self, x: i32, y: i32) -> usize {
        (y * self.w + x) as usize
    }

    fn state(&self, x: i32, y: i32, dir: Dir) -> u32 {
        (self.idx(x, y) * 4 + dir as usize) as u32
    }

    fn unstate(&self, state: u32) -> (i32, i32, Dir) {
        let cell = (state / 4) as i32;
        (cell % self.w, cell / self.w, Dir::ALL[(state % 4) as usize])
    }

    fn visit(&mut self, state: u32, cost: u32, parent: u32) {
        let s = state as usize;
        self.stamp[s] = self.generation;
        self.cost[s] = cost;
        self.parent[s] = parent;
    }

    /// The route ending in `state`, from its first cell.
    fn path(&self, state: u32) -> Vec<Step> {
        let mut cells = Vec::new();
        let mut at = state;
        while at != NONE {
            cells.push(self.unstate(at));
            at = self.parent[at as usize];
        }
        cells.reverse();
        let mut out: Vec<Step> = Vec::with_capacity(cells.len());
        for (k, &(x, y, dir)) in cells.iter().enumerate() {
            let to = cells.get(k + 1).map_or(dir, |c| c.2);
            out.push(Step {
                x,
                y,
                from: dir,
                to,
            });
        }
        out
    }
}

/// The heuristic of a state, from its cell.
fn heuristic_of(r: &Router, state: u32, h: &impl Fn(i32, i32) -> u32) -> u32 {
    let (x, y, _) = r.unstate(state);
    h(x, y)
}

/// A priority queue of small integer priorities: one bucket per priority, taken in
/// order (costs are small whole numbers, so this beats a binary heap by a third of
/// the search's time). Last in, first out within a bucket: the search goes deep
/// along a line before widening, and stays deterministic.
#[derive(Default)]
struct Buckets {
    buckets: Vec<Vec<u32>>,
    at: usize,
    len: usize,
}

impl Buckets {
    fn push(&mut self, priority: u32, state: u32) {
        let p = priority as usize;
        if p >= self.buckets.len() {
            self.buckets.resize_with(p + 1, Default::default);
        }
        self.buckets[p].push(state);
        self.at = self.at.min(p);
        self.len += 1;
    }

    fn pop(&mut self) -> Option<(u32, u32)> {
        if self.len == 0 {
            return None;
        }
        while self.buckets[self.at].is_empty() {
            self.at += 1;
        }
        self.len -= 1;
        let state = self.buckets[self.at].pop()?;
        Some((self.at as u32, state))
    }
}

fn index(w: i32, h: i32, x: i32, y: i32) -> Option<usize> {
    (x >= 0 && y >= 0 && x < w && y < h).then(|| (y * w + x) as usize)
}

/// The cells a line may leave label `s` from, with the way it goes: beside each
/// bracket, and above or below each letter.
fn ports(s: &Slot) -> Vec<(i32, i32, Dir)> {
    let mut out = vec![(s.x - 1, s.y, Dir::Left), (s.right() + 1, s.y, Dir::Right)];
    for x in s.x + 1..s.right() {
        out.push((x, s.y - 1, Dir::Up));
        out.push((x, s.y + 1, Dir::Down));
    }
    out
}

fn is_port(s: &Slot, x: i32, y: i32) -> bool {
    (y == s.y && (x == s.x - 1 || x == s.right() + 1))
        || ((y == s.y - 1 || y == s.y + 1) && x > s.x && x < s.right())
}

/// Does a line moving `dir` into cell `x` of label `s` enter it properly: level
/// through a bracket, upright through a letter?
fn enters(s: &Slot, x: i32, dir: Dir) -> bool {
    match dir {
        Dir::Right => x == s.x,
        Dir::Left => x == s.right(),
        Dir::Up | Dir::Down => x > s.x && x < s.right(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(x: i32, y: i32, width: i32) -> Slot {
        Slot { x, y, width }
    }

    #[test]
    fn labels_on_one_row_are_joined_by_a_level_line() {
        let (a, b) = (slot(0, 2, 6), slot(14, 2, 6));
        let mut r = Router::new(30, 5, &[a, b]);
        let route = r.route(0, 1).expect("a way");
        assert!(route.iter().all(|s| s.y == 2), "{route:?}");
        assert_eq!((route[0].x, route.last().map(|s| s.x)), (6, Some(13)));
    }

    #[test]
    fn a_line_goes_round_a_label_in_its_way() {
        let (a, m, b) = (slot(0, 2, 6), slot(10, 2, 6), slot(22, 2, 6));
        let labels = [a, m, b];
        let mut r = Router::new(30, 7, &labels);
        let route = r.route(0, 2).expect("a way round");
        for s in &route {
            assert!(!labels.iter().any(|l| l.contains(s.x, s.y)));
            assert!(
                !(s.y == 2 && (s.x == 9 || s.x == 16)),
                "beside the middle label: {route:?}"
            );
        }
        r.take(&route);
        // A second line from a to b cannot run along the first.
        let second = r.route(0, 2).expect("another way");
        for s in &second {
            let shared = route.iter().any(|t| (t.x, t.y) == (s.x, s.y));
            assert!(!shared || s.from == s.to, "bends never on a line");
        }
    }

    #[test]
    fn no_way_is_none() {
        let (a, b) = (slot(1, 0, 4), slot(1, 2, 4));
        // A wall of labels between them, and no room round it.
        let wall = slot(0, 1, 8);
        let mut r = Router::new(8, 3, &[a, b, wall]);
        assert!(r.route(0, 1).is_none());
    }
}
