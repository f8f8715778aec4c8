//! Edge routing: each link is an orthogonal path of one to three segments from a side
//! of one node label to a side of the other. Every pair of sides gives a candidate; the
//! cheapest wins, where crossing a node label costs most, running along another link
//! costs much, crossing one costs little, and each cell and bend costs a bit. Links are
//! routed strongest first, so the strong ones get the clean paths; a second link
//! between the same pair takes the other side of the rectangle.

use super::glyph::Dir;
use super::place::Slot;

/// One cell of a path: where it is and how the line enters and leaves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub x: i32,
    pub y: i32,
    pub inward: Dir,
    pub outward: Dir,
}

impl Step {
    /// Straight cells can be crossed; corners cannot.
    pub fn axis(&self) -> Axis {
        match (self.inward.is_horizontal(), self.outward.is_horizontal()) {
            (true, true) => Axis::Horizontal,
            (false, false) => Axis::Vertical,
            _ => Axis::Bend,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    Horizontal,
    Vertical,
    Bend,
}

/// What a routed path would run into, cell by cell.
pub trait Terrain {
    fn width(&self) -> i32;
    fn height(&self) -> i32;
    fn is_node(&self, x: i32, y: i32) -> bool;
    /// The axis of a link already drawn there, if any.
    fn line(&self, x: i32, y: i32) -> Option<Axis>;
}

const NODE_COST: i64 = 1000;
const ALONG_COST: i64 = 200;
const CROSS_COST: i64 = 6;
const BEND_COST: i64 = 4;
const NEAR_COST: i64 = 25;

/// The cheapest path from label `a` to label `b`, or `None` when no candidate stays
/// on the grid.
pub fn route(terrain: &impl Terrain, a: Slot, b: Slot) -> Option<Vec<Step>> {
    let mut best: Option<(i64, Vec<Step>)> = None;
    let (from, to) = (attachments(a), attachments(b));
    for &(sa, pa) in &from {
        for &(sb, pb) in &to {
            // Only three-segment paths have a middle segment to move.
            let spreads: &[i32] = if sa.is_horizontal() == sb.is_horizontal() {
                &[0, 2, -2]
            } else {
                &[0]
            };
            for &spread in spreads {
                let Some(path) = candidate(pa, sa, pb, sb, spread) else {
                    continue;
                };
                let Some(cost) = cost(terrain, &path, a, b) else {
                    continue;
                };
                if best.as_ref().is_none_or(|(c, _)| cost < *c) {
                    best = Some((cost, path));
                }
            }
        }
    }
    best.map(|(_, path)| path)
}

/// The cells just outside `slot` where a line may attach, with the side they are on:
/// the ends of the label, and its middle and both ends from above and below (so two
/// links can leave a wide label upwards side by side). The middle comes first, so it
/// wins ties.
fn attachments(slot: Slot) -> Vec<(Dir, (i32, i32))> {
    let mut out = vec![
        (Dir::Right, (slot.x + slot.width, slot.y)),
        (Dir::Left, (slot.x - 1, slot.y)),
    ];
    // The middle first, then every other column outwards, inside the brackets.
    let centre = slot.centre_x();
    let mut columns = vec![centre];
    for d in (2..slot.width).step_by(2) {
        for x in [centre - d, centre + d] {
            if x > slot.x && x < slot.x + slot.width - 1 {
                columns.push(x);
            }
        }
    }
    for side in [Dir::Down, Dir::Up] {
        let y = if side == Dir::Down {
            slot.y + 1
        } else {
            slot.y - 1
        };
        out.extend(columns.iter().map(|&x| (side, (x, y))));
    }
    out
}

/// The path from attachment `(ax, ay)` on side `sa` of one label to `(bx, by)` on
/// side `sb` of the other, if it is a proper one (leaves outward, enters inward, never
/// doubles back).
/// `spread` moves the middle segment of a three-segment path off the midway line, so
/// parallel links can run side by side.
fn candidate(
    (ax, ay): (i32, i32),
    sa: Dir,
    (bx, by): (i32, i32),
    sb: Dir,
    spread: i32,
) -> Option<Vec<Step>> {
    let mut points = vec![(ax, ay)];
    match (sa.is_horizontal(), sb.is_horizontal()) {
        (true, true) => {
            let mx = match (sa, sb) {
                (Dir::Right, Dir::Right) => ax.max(bx) + 1 + spread,
                (Dir::Left, Dir::Left) => ax.min(bx) - 1 - spread,
                _ => (ax + bx).div_euclid(2) + spread,
            };
            points.extend([(mx, ay), (mx, by)]);
        }
        (false, false) => {
            let my = match (sa, sb) {
                (Dir::Down, Dir::Down) => ay.max(by) + 1 + spread,
                (Dir::Up, Dir::Up) => ay.min(by) - 1 - spread,
                _ => (ay + by).div_euclid(2) + spread,
            };
            points.extend([(ax, my), (bx, my)]);
        }
        (true, false) => points.push((bx, ay)),
        (false, true) => points.push((ax, by)),
    }
    points.push((bx, by));
    let cells = walk(&points);
    // The way the line enters each cell: out of `a` for the first, then step by step.
    let mut steps = Vec::with_capacity(cells.len());
    let mut inward = sa;
    for (k, &(x, y)) in cells.iter().enumerate() {
        let outward = match cells.get(k + 1) {
            Some(&(nx, ny)) => Dir::of_step(nx - x, ny - y)?,
            None => sb.opposite(),
        };
        if outward == inward.opposite() {
            return None;
        }
        steps.push(Step {
            x,
            y,
            inward,
            outward,
        });
        inward = outward;
    }
    Some(steps)
}

/// Every cell along the polyline `points`, without repeats at the joints.
fn walk(points: &[(i32, i32)]) -> Vec<(i32, i32)> {
    let mut cells = vec![points[0]];
    for pair in points.windows(2) {
        let ((mut x, mut y), (tx, ty)) = (pair[0], pair[1]);
        while (x, y) != (tx, ty) {
            // Segments are axis-aligned, so one of the two moves is zero.
            if x != tx {
                x += (tx - x).signum();
            } else {
                y += (ty - y).signum();
            }
            cells.push((x, y));
        }
    }
    cells
}

fn cost(terrain: &impl Terrain, path: &[Step], a: Slot, b: Slot) -> Option<i64> {
    let ends = |x: i32, y: i32| {
        [a, b]
            .iter()
            .any(|s| s.y == y && s.x <= x && x < s.x + s.width)
    };
    let mut total = 0;
    for s in path {
        if s.x < 0 || s.y < 0 || s.x >= terrain.width() || s.y >= terrain.height() {
            return None;
        }
        total += 1;
        if s.axis() == Axis::Bend {
            total += BEND_COST;
        }
        if terrain.is_node(s.x, s.y) {
            total += NODE_COST;
        } else if let Some(other) = terrain.line(s.x, s.y) {
            let crossing = matches!(
                (other, s.axis()),
                (Axis::Horizontal, Axis::Vertical) | (Axis::Vertical, Axis::Horizontal)
            );
            total += if crossing { CROSS_COST } else { ALONG_COST };
        }
        // A line brushing past another node reads as if it linked to it.
        let near = [(1, 0), (-1, 0), (0, 1), (0, -1)].iter().any(|(dx, dy)| {
            let (x, y) = (s.x + dx, s.y + dy);
            terrain.is_node(x, y) && !ends(x, y)
        });
        if near {
            total += NEAR_COST;
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Empty;
    impl Terrain for Empty {
        fn width(&self) -> i32 {
            40
        }
        fn height(&self) -> i32 {
            20
        }
        fn is_node(&self, _: i32, _: i32) -> bool {
            false
        }
        fn line(&self, _: i32, _: i32) -> Option<Axis> {
            None
        }
    }

    #[test]
    fn side_by_side_labels_join_straight() {
        let a = Slot {
            x: 2,
            y: 5,
            width: 6,
        };
        let b = Slot {
            x: 20,
            y: 5,
            width: 6,
        };
        let path = route(&Empty, a, b).expect("a path");
        assert_eq!(path.len(), 12);
        assert!(
            path.iter()
                .all(|s| s.y == 5 && s.axis() == Axis::Horizontal)
        );
        assert_eq!((path[0].x, path[11].x), (8, 19));
    }

    #[test]
    fn diagonal_labels_join_with_one_bend() {
        let a = Slot {
            x: 2,
            y: 2,
            width: 6,
        };
        let b = Slot {
            x: 20,
            y: 12,
            width: 6,
        };
        let path = route(&Empty, a, b).expect("a path");
        let bends = path.iter().filter(|s| s.axis() == Axis::Bend).count();
        assert_eq!(bends, 1);
        let last = path.last().expect("non-empty");
        assert_eq!(last.outward, Dir::Down, "enters the target from above");
    }

    #[test]
    fn walk_visits_every_cell_once() {
        let cells = walk(&[(0, 0), (3, 0), (3, 2)]);
        assert_eq!(cells, vec![(0, 0), (1, 0), (2, 0), (3, 0), (3, 1), (3, 2)]);
    }
}
