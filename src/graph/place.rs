//! Where the nodes go. Labels sit on a grid of slots (columns × rows spread over the
//! pane), so rows and columns between them are free for lines to run along. Which
//! node takes which slot is chosen to keep lines short and apart: a cost counts each
//! link's length (strong links weigh more), each crossing of two straight links, and
//! each link whose straight path would run through a third label (it would have to go
//! round it); a greedy placement (strongest node at the centre, then each next node
//! the one most tied to those placed, in its cheapest slot) is improved by moving or
//! swapping single nodes while the cost falls. Deterministic: the same input always
//! gives the same slots.

/// A node label on the grid: one row, `width` cells from column `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot {
    pub(crate) x: i32,
    pub(crate) y: i32,
    pub(crate) width: i32,
}

impl Slot {
    pub(crate) fn contains(&self, x: i32, y: i32) -> bool {
        y == self.y && x >= self.x && x < self.x + self.width
    }

    /// The last column of the label.
    pub(crate) fn right(&self) -> i32 {
        self.x + self.width - 1
    }
}

/// Labels are at least this many columns apart, so a line can pass between two of
/// them with a blank on each side.
pub(crate) const GAP: i32 = 3;
/// Label rows are at least this many rows apart: a label row and two rows for lines.
const PITCH: i32 = 3;

/// Label rows at most this many rows apart, columns at most this much wider than the
/// widest label: a few actors in a large pane sit together in its middle, with short
/// lines, rather than at its four corners.
const MAX_PITCH: i32 = 8;
const MAX_SLACK: i32 = 16;

/// The slots of a `w`×`h` graph area: `cols` columns of `col_w` cells from column `x0`,
/// label rows at `ys`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Grid {
    cols: usize,
    col_w: f64,
    x0: f64,
    ys: Vec<i32>,
    w: i32,
    h: i32,
    /// The widest label the grid was made for.
    widest: i32,
}

impl Grid {
    /// The grid for `n` labels whose widest (brackets included) is `widest`, or `None`
    /// when `n` labels of at least `min_label` cells cannot be placed at all.
    pub(crate) fn new(n: usize, widest: i32, min_label: i32, w: i32, h: i32) -> Option<Grid> {
        if n == 0 || w < min_label || h < 1 {
            return None;
        }
        let max_rows = ((h - 1) / PITCH + 1) as usize;
        let max_cols = ((w + GAP) / (min_label + GAP)).max(1) as usize;
        if max_rows * max_cols < n {
            return None;
        }
        // A few spare slots give the placement room to keep lines apart.
        let slots = match n {
            1 | 2 => n,
            3 => 4,
            _ => n + n.div_ceil(4),
        };
        // Slots about half again as wide on screen as they are tall (a row is about
        // two columns tall), and no more columns than the labels leave room for.
        let aspect = (slots as f64 * f64::from(w) / (3.0 * f64::from(h))).sqrt();
        let by_labels = ((w + GAP) / (widest + GAP)).max(1) as usize;
        let mut cols = (aspect.round() as usize).clamp(1, by_labels);
        if n == 2 {
            cols = 2;
        }
        cols = cols.max(slots.div_ceil(max_rows)).min(max_cols).min(slots);
        let rows = slots.div_ceil(cols).clamp(1, max_rows);
        if rows * cols < n {
            return None;
        }
        Some(Grid::spread(cols, rows, w, h, widest))
    }

    /// `cols` columns and `rows` label rows spread over a `w`×`h` area, at most
    /// `MAX_PITCH` rows and `MAX_SLACK` columns of slack apart, centred.
    fn spread(cols: usize, rows: usize, w: i32, h: i32, widest: i32) -> Grid {
        let cols = cols.max(1);
        let col_w = (f64::from(w) / cols as f64).min(f64::from(widest + GAP + MAX_SLACK));
        let x0 = (f64::from(w) - col_w * cols as f64) / 2.0;
        let ys = if rows <= 1 {
            vec![(h - 1) / 2]
        } else {
            let pitch = (f64::from(h - 1) / (rows - 1) as f64).min(f64::from(MAX_PITCH));
            let top = (f64::from(h - 1) - pitch * (rows - 1) as f64) / 2.0;
            (0..rows)
                .map(|r| (top + r as f64 * pitch).round() as i32)
                .collect()
        };
        Grid {
            cols,
            col_w,
            x0,
            ys,
            w,
            h,
            widest,
        }
    }

    fn len(&self) -> usize {
        self.cols * self.ys.len()
    }

    /// The widest label a slot takes, brackets included.
    pub(crate) fn label_room(&self) -> i32 {
        self.col_w as i32 - GAP
    }

    /// The middle of slot `s`, in screen units (a row counts two columns).
    fn centre(&self, s: usize) -> (f64, f64) {
        let (c, r) = (s % self.cols, s / self.cols);
        let x = self.x0 + (c as f64 + 0.5) * self.col_w;
        (x, f64::from(self.ys[r]) * 2.0)
    }

    /// Where a label `width` cells wide goes in slot `s`: centred in its column.
    fn slot(&self, s: usize, width: i32) -> Slot {
        let (c, r) = (s % self.cols, s / self.cols);
        let centre = self.x0 + (c as f64 + 0.5) * self.col_w;
        let x = (centre - f64::from(width) / 2.0).round() as i32;
        Slot {
            x: x.clamp(0, (self.w - width).max(0)),
            y: self.ys[r],
            width,
        }
    }
}

/// A link to keep short and uncrossed, between nodes `a` and `b`, of importance `w`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tie {
    pub(crate) a: usize,
    pub(crate) b: usize,
    pub(crate) w: f64,
    /// Drawn as a line (crossings count), or only a pull (an organisation towards its
    /// country, so that actors sit around their country).
    pub(crate) drawn: bool,
}

/// A crossing costs as much as this many columns of extra length (in column widths).
const CROSSING: f64 = 1.5;
/// A straight path through a third label costs this much (the line must go round).
const THROUGH: f64 = 2.0;
/// Of the moves open to a node, the full cost is counted for this many: those that
/// shorten its ties most.
const TRIED: usize = 6;
/// At most this many improvement passes (each tries every node in the slots near it
/// and near its partners); the cost rarely falls after the third.
const PASSES: usize = 4;

/// The slot of each node: `widths[i]` is node i's label width, `ties` its links.
pub(crate) fn assign(grid: &Grid, widths: &[i32], ties: &[Tie]) -> Vec<Slot> {
    let n = widths.len();
    let rects: Vec<Vec<Rect>> = (0..n)
        .map(|i| {
            (0..grid.len())
                .map(|s| {
                    let slot = grid.slot(s, widths[i]);
                    let y = f64::from(slot.y) * 2.0;
                    (f64::from(slot.x), y - 1.0, f64::from(slot.right()), y + 1.0)
                })
                .collect()
        })
        .collect();
    let problem = Problem {
        grid,
        widths,
        ties,
        rects,
        centres: (0..grid.len()).map(|s| grid.centre(s)).collect(),
        incident: (0..n)
            .map(|i| {
                (0..ties.len())
                    .filter(|&t| ties[t].a == i || ties[t].b == i)
                    .collect()
            })
            .collect(),
        unit: grid.col_w.max(1.0),
    };
    let mut pos = problem.greedy();
    problem.improve(&mut pos);
    // Rows or columns left empty would leave a band of blank pane: the ones in use
    // are spread over the whole pane again.
    let used = |key: fn(usize, usize) -> usize| {
        let mut v: Vec<usize> = pos.iter().map(|&s| key(s, grid.cols)).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (cols, rows) = (used(|s, c| s % c), used(|s, c| s / c));
    let compact = Grid::spread(cols.len(), rows.len(), grid.w, grid.h, grid.widest);
    (0..n)
        .map(|i| {
            let c = cols.binary_search(&(pos[i] % grid.cols)).unwrap_or(0);
            let r = rows.binary_search(&(pos[i] / grid.cols)).unwrap_or(0);
            compact.slot(r * compact.cols + c, widths[i])
        })
        .collect()
}

struct Problem<'a> {
    grid: &'a Grid,
    widths: &'a [i32],
    ties: &'a [Tie],
    /// Each node's box in each slot, computed once.
    rects: Vec<Vec<Rect>>,
    /// The middle of each slot.
    centres: Vec<(f64, f64)>,
    incident: Vec<Vec<usize>>,
    /// Lengths are counted in column widths.
    unit: f64,
}

/// A node's label as a box in screen units (a row counts two columns), for the
/// geometry of straight paths: (x0, y0, x1, y1), and its centre.
type Rect = (f64, f64, f64, f64);

impl Problem<'_> {
    fn rect(&self, node: usize, slot: usize) -> Rect {
        self.rects[node][slot]
    }

    /// Where a node's ties start and end: the middle of its slot (not of its label,
    /// whose rounding would make one of two mirror placements look shorter).
    fn centre(&self, _node: usize, slot: usize) -> (f64, f64) {
        self.centres[slot]
    }

    /// The strongest node first, then each next the node most tied to those placed,
    /// in the free slot where it costs least so far.
    fn greedy(&self) -> Vec<usize> {
        let n = self.widths.len();
        let mut pos = vec![usize::MAX; n];
        let mut free = vec![true; self.grid.len()];
        let strength = |i: usize| -> f64 { self.incident[i].iter().map(|&t| self.ties[t].w).sum() };
        for _ in 0..n {
            let tied = |i: usize| -> f64 {
                self.incident[i]
                    .iter()
                    .map(|&t| self.ties[t])
                    .filter(|t| pos[if t.a == i { t.b } else { t.a }] != usize::MAX)
                    .map(|t| t.w)
                    .sum()
            };
            let Some(next) = (0..n).filter(|&i| pos[i] == usize::MAX).max_by(|&a, &b| {
                (tied(a), strength(a))
                    .partial_cmp(&(tied(b), strength(b)))
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(b.cmp(&a))
            }) else {
                break;
            };
            let centre = (f64::from(self.grid.w) / 2.0, f64::from(self.grid.h - 1));

            let mut best: Option<(f64, usize)> = None;
            for s in (0..self.grid.len()).filter(|&s| free[s]) {
                pos[next] = s;
                let mut cost = self.local(&pos, &[next]);
                // The first node (and any unlinked one) goes to the middle.
                let (x, y) = self.grid.centre(s);
                cost += 1e-3 * ((x - centre.0).abs() + (y - centre.1).abs()) / self.unit;
                if best.is_none_or(|(c, _)| cost < c - 1e-9) {
                    best = Some((cost, s));
                }
            }
            let Some((_, s)) = best else { break };
            pos[next] = s;
            free[s] = false;
        }
        pos
    }

    /// Move or swap single nodes while that lowers the cost.
    fn improve(&self, pos: &mut [usize]) {
        let n = pos.len();
        let mut at: Vec<Option<usize>> = vec![None; self.grid.len()];
        for (i, &s) in pos.iter().enumerate() {
            at[s] = Some(i);
        }
        for _ in 0..PASSES {
            let mut moved = false;
            for i in 0..n {
                let from = pos[i];
                let mut best = (0.0, from);
                // What node i alone costs where it is: the base of every move to an
                // empty slot.
                let alone = self.local(pos, &[i]);
                // Lengths are cheap to count, crossings are not: the full cost is
                // counted only for the moves that shorten the ties most.
                let mut shortest: Vec<(f64, usize)> = self
                    .candidates(i, pos)
                    .into_iter()
                    .filter(|&s| s != from)
                    .map(|s| (self.length_delta(pos, &at, i, s), s))
                    .collect();
                shortest.sort_by(|a, b| {
                    a.0.partial_cmp(&b.0)
                        .unwrap_or(std::cmp::Ordering::Equal)
                        .then(a.1.cmp(&b.1))
                });
                shortest.truncate(TRIED);
                for (_, s) in shortest {
                    let other = at[s];
                    let moving: Vec<usize> = std::iter::once(i).chain(other).collect();
                    let before = if other.is_some() {
                        self.local(pos, &moving)
                    } else {
                        alone
                    };
                    pos[i] = s;
                    if let Some(j) = other {
                        pos[j] = from;
                    }
                    let delta = self.local(pos, &moving) - before;
                    pos[i] = from;
                    if let Some(j) = other {
                        pos[j] = s;
                    }
                    if delta < best.0 - 1e-9 {
                        best = (delta, s);
                    }
                }
                if best.1 != from {
                    let s = best.1;
                    let other = at[s];
                    pos[i] = s;
                    at[s] = Some(i);
                    at[from] = other;
                    if let Some(j) = other {
                        pos[j] = from;
                    }
                    moved = true;
                }
            }
            if !moved {
                break;
            }
        }
    }

    /// How much the ties' lengths change when node `i` moves to slot `s` (swapping
    /// with the node there, if any).
    fn length_delta(&self, pos: &[usize], at: &[Option<usize>], i: usize, s: usize) -> f64 {
        let from = pos[i];
        let j = at[s];
        let place = |k: usize| -> usize {
            if k == i {
                s
            } else if Some(k) == j {
                from
            } else {
                pos[k]
            }
        };
        let mut delta = 0.0;
        for m in std::iter::once(i).chain(j) {
            for &t in &self.incident[m] {
                let tie = self.ties[t];
                // A tie between i and j is counted once, from i.
                if m != i && (tie.a == i || tie.b == i) {
                    continue;
                }
                let len = |pa: usize, pb: usize| {
                    let (p, q) = (self.centre(tie.a, pa), self.centre(tie.b, pb));
                    (p.0 - q.0).abs() + (p.1 - q.1).abs()
                };
                delta += tie.w * (len(place(tie.a), place(tie.b)) - len(pos[tie.a], pos[tie.b]));
            }
        }
        delta / self.unit
    }

    /// The slots worth trying for node `i`: those within two columns and rows of it or
    /// of a node it is tied to (a node far from all of them only lengthens its ties).
    fn candidates(&self, i: usize, pos: &[usize]) -> Vec<usize> {
        let cols = self.grid.cols as i32;
        let rows = self.grid.ys.len() as i32;
        let mut near = vec![false; self.grid.len()];
        let anchors = std::iter::once(pos[i]).chain(self.incident[i].iter().map(|&t| {
            let tie = self.ties[t];
            pos[if tie.a == i { tie.b } else { tie.a }]
        }));
        for a in anchors {
            let (c, r) = ((a % self.grid.cols) as i32, (a / self.grid.cols) as i32);
            for dr in -2..=2 {
                for dc in -2..=2 {
                    let (nc, nr) = (c + dc, r + dr);
                    if nc >= 0 && nr >= 0 && nc < cols && nr < rows {
                        near[(nr * cols + nc) as usize] = true;
                    }
                }
            }
        }
        (0..self.grid.len()).filter(|&s| near[s]).collect()
    }

    /// The part of the cost that depends on where the nodes `moving` are: their ties'
    /// lengths and crossings, and every straight path that runs through their labels
    /// or that their ties run through. Nodes not yet placed (`usize::MAX`) and their
    /// ties do not count.
    fn local(&self, pos: &[usize], moving: &[usize]) -> f64 {
        let placed = |i: usize| pos[i] != usize::MAX;
        let mut mine: Vec<usize> = moving
            .iter()
            .flat_map(|&m| self.incident[m].iter().copied())
            .filter(|&t| placed(self.ties[t].a) && placed(self.ties[t].b))
            .collect();
        mine.sort_unstable();
        mine.dedup();
        let mut cost = 0.0;
        for &t in &mine {
            let tie = self.ties[t];
            let (p, q) = (
                self.centre(tie.a, pos[tie.a]),
                self.centre(tie.b, pos[tie.b]),
            );
            cost += tie.w * ((p.0 - q.0).abs() + (p.1 - q.1).abs()) / self.unit;
            if !tie.drawn {
                continue;
            }
            for (k, &s) in pos.iter().enumerate() {
                if k != tie.a
                    && k != tie.b
                    && s != usize::MAX
                    && crosses_rect(p, q, self.rect(k, s))
                {
                    cost += THROUGH * tie.w;
                }
            }
            for (u, other) in self.ties.iter().enumerate() {
                let counted = mine.binary_search(&u).is_ok() && u < t;
                if u == t || counted || !other.drawn || !placed(other.a) || !placed(other.b) {
                    continue;
                }
                if [other.a, other.b]
                    .iter()
                    .any(|e| *e == tie.a || *e == tie.b)
                {
                    continue;
                }
                let (r, s) = (
                    self.centre(other.a, pos[other.a]),
                    self.centre(other.b, pos[other.b]),
                );
                if segments_cross(p, q, r, s) {
                    cost += CROSSING * (tie.w + other.w) / 2.0;
                }
            }
        }
        // Other ties whose straight path runs through a moving node's label.
        for (u, tie) in self.ties.iter().enumerate() {
            if mine.binary_search(&u).is_ok() || !tie.drawn || !placed(tie.a) || !placed(tie.b) {
                continue;
            }
            let (p, q) = (
                self.centre(tie.a, pos[tie.a]),
                self.centre(tie.b, pos[tie.b]),
            );
            for &m in moving {
                if placed(m) && crosses_rect(p, q, self.rect(m, pos[m])) {
                    cost += THROUGH * tie.w;
                }
            }
        }
        cost
    }
}

fn orient(a: (f64, f64), b: (f64, f64), c: (f64, f64)) -> f64 {
    (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)
}

/// Do segments p–q and r–s cross (touching counts, sharing an end point does not
/// arise: ties with a common node are never compared)?
fn segments_cross(p: (f64, f64), q: (f64, f64), r: (f64, f64), s: (f64, f64)) -> bool {
    // Most pairs of ties are far apart: their boxes do not even overlap.
    if p.0.max(q.0) < r.0.min(s.0)
        || r.0.max(s.0) < p.0.min(q.0)
        || p.1.max(q.1) < r.1.min(s.1)
        || r.1.max(s.1) < p.1.min(q.1)
    {
        return false;
    }
    let (d1, d2) = (orient(r, s, p), orient(r, s, q));
    let (d3, d4) = (orient(p, q, r), orient(p, q, s));
    if ((d1 > 0.0 && d2 < 0.0) || (d1 < 0.0 && d2 > 0.0))
        && ((d3 > 0.0 && d4 < 0.0) || (d3 < 0.0 && d4 > 0.0))
    {
        return true;
    }
    let on = |a: (f64, f64), b: (f64, f64), c: (f64, f64), d: f64| {
        d.abs() < 1e-9
            && c.0 >= a.0.min(b.0)
            && c.0 <= a.0.max(b.0)
            && c.1 >= a.1.min(b.1)
            && c.1 <= a.1.max(b.1)
    };
    on(r, s, p, d1) || on(r, s, q, d2) || on(p, q, r, d3) || on(p, q, s, d4)
}

/// Does segment p–q pass through the box (Liang–Barsky clipping)?
fn crosses_rect(p: (f64, f64), q: (f64, f64), (x0, y0, x1, y1): Rect) -> bool {
    if p.0.max(q.0) < x0 || p.0.min(q.0) > x1 || p.1.max(q.1) < y0 || p.1.min(q.1) > y1 {
        return false;
    }
    let (dx, dy) = (q.0 - p.0, q.1 - p.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (pe, qe) in [
        (-dx, p.0 - x0),
        (dx, x1 - p.0),
        (-dy, p.1 - y0),
        (dy, y1 - p.1),
    ] {
        if pe.abs() < 1e-12 {
            if qe < 0.0 {
                return false;
            }
        } else {
            let t = qe / pe;
            if pe < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    t0 <= t1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tie(a: usize, b: usize) -> Tie {
        Tie {
            a,
            b,
            w: 1.0,
            drawn: true,
        }
    }

    #[test]
    fn a_grid_fills_the_pane_and_keeps_labels_apart() {
        let g = Grid::new(14, 14, 6, 60, 30).expect("room for 14");
        assert!(g.len() >= 14);
        assert_eq!(g.ys.first(), Some(&0));
        assert_eq!(g.ys.last(), Some(&29));
        let slots: Vec<Slot> = (0..g.len()).map(|s| g.slot(s, g.label_room())).collect();
        for (i, a) in slots.iter().enumerate() {
            for b in &slots[i + 1..] {
                let apart = a.y != b.y || a.right() + GAP <= b.x + 1 || b.right() + GAP <= a.x + 1;
                assert!(apart, "{a:?} {b:?}");
            }
        }
        assert_eq!(
            Grid::new(2, 10, 6, 60, 20).map(|g| (g.cols, g.ys.len())),
            Some((2, 1))
        );
        assert!(Grid::new(40, 10, 6, 30, 5).is_none(), "too many labels");
    }

    #[test]
    fn a_four_cycle_is_placed_without_crossing() {
        // 0–1–2–3–0: on a 2×2 grid the cycle must go round, not across.
        let g = Grid::new(4, 8, 6, 40, 12).expect("room");
        let ties = [tie(0, 1), tie(1, 2), tie(2, 3), tie(3, 0)];
        let slots = assign(&g, &[8; 4], &ties);
        let c = |s: Slot| (f64::from(s.x) + 4.0, f64::from(s.y) * 2.0);
        for (i, t) in ties.iter().enumerate() {
            for u in &ties[i + 1..] {
                if [u.a, u.b].contains(&t.a) || [u.a, u.b].contains(&t.b) {
                    continue;
                }
                let crossed =
                    segments_cross(c(slots[t.a]), c(slots[t.b]), c(slots[u.a]), c(slots[u.b]));
                assert!(!crossed, "{slots:?}");
            }
        }
    }

    #[test]
    fn a_pull_brings_a_node_beside_another() {
        // Two pairs, 0–1 and 2–3, on a row of six slots; 3 is pulled towards 0 (an
        // organisation towards its country).
        let g = Grid::new(4, 8, 8, 66, 1).expect("a row");
        assert_eq!((g.cols, g.ys.len()), (5, 1));
        let column = |slots: &[Slot], i: usize| slots[i].x / 13;
        let apart = |pull: bool| {
            let mut ties = vec![tie(0, 1), tie(2, 3)];
            if pull {
                ties.push(Tie {
                    a: 3,
                    b: 0,
                    w: 0.5,
                    drawn: false,
                });
            }
            let slots = assign(&g, &[8; 4], &ties);
            (column(&slots, 3) - column(&slots, 0)).abs()
        };
        assert_eq!(apart(true), 1);
        assert!(
            apart(false) > 1,
            "without the pull 3 sits by its partner only"
        );
    }

    #[test]
    fn geometry_helpers() {
        assert!(segments_cross(
            (0.0, 0.0),
            (2.0, 2.0),
            (0.0, 2.0),
            (2.0, 0.0)
        ));
        assert!(!segments_cross(
            (0.0, 0.0),
            (1.0, 0.0),
            (0.0, 1.0),
            (1.0, 1.0)
        ));
        assert!(crosses_rect((0.0, 0.0), (10.0, 0.0), (4.0, -1.0, 6.0, 1.0)));
        assert!(!crosses_rect(
            (0.0, 5.0),
            (10.0, 5.0),
            (4.0, -1.0, 6.0, 1.0)
        ));
    }
}
