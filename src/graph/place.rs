//! Where the nodes go. The rule, chosen so the same links always give the same
//! picture: the strongest node (total link weight, then name) sits in the centre when
//! there are four nodes or more; the others go round an ellipse, clockwise from the
//! top, in a greedy chain that puts each node next to the one it is most linked with
//! (so rim links are short and rarely cross). Positions are snapped to the character
//! grid; a label that would touch another moves to the nearest free spot.

use std::f64::consts::PI;

/// A node label on the grid: one row, `width` cells from column `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub x: i32,
    pub y: i32,
    pub width: i32,
}

/// The drawing order of the nodes: hub first, then round the ring.
/// `strength[i]` is node i's total link weight, `names[i]` its label,
/// `tie(i, j)` the weight of the links between i and j.
pub fn order(strength: &[u64], names: &[&str], tie: impl Fn(usize, usize) -> u64) -> Vec<usize> {
    let n = strength.len();
    let better = |a: usize, b: usize| {
        // Strongest first, then alphabetical, then input order: a total order.
        (std::cmp::Reverse(strength[a]), names[a], a)
            < (std::cmp::Reverse(strength[b]), names[b], b)
    };
    let mut placed = Vec::with_capacity(n);
    let mut left: Vec<usize> = (0..n).collect();
    while !left.is_empty() {
        let last = placed.last().copied();
        let mut best = 0;
        for k in 1..left.len() {
            let (a, b) = (left[k], left[best]);
            let (ta, tb) = match last {
                Some(l) if placed.len() > 1 || n < 4 => (tie(l, a), tie(l, b)),
                // After the hub, start the ring with the strongest node, not the one
                // most tied to the hub (every ring node is tied to the hub).
                _ => (0, 0),
            };
            if ta > tb || (ta == tb && better(a, b)) {
                best = k;
            }
        }
        placed.push(left.remove(best));
    }
    let skip = usize::from(n >= 4);
    untangle(&mut placed[skip..], &tie);
    placed
}

/// The most nodes on a ring whose order is searched exhaustively (7! orders).
const SEARCHED: usize = 8;

/// Reorder a small ring so that linked nodes sit close: every order that keeps the
/// first node first is tried, and the one whose links span the fewest ring steps
/// (weighted) wins; the greedy order stays on a tie. A link between neighbours spans
/// no extra step; one across the ring would cut through the hub and other links.
fn untangle(ring: &mut [usize], tie: &impl Fn(usize, usize) -> u64) {
    let n = ring.len();
    if !(4..=SEARCHED).contains(&n) {
        return;
    }
    let cost = |order: &[usize]| -> u64 {
        let mut c = 0;
        for i in 0..n {
            for j in i + 1..n {
                let d = (j - i).min(n - (j - i)) as u64;
                c += tie(order[i], order[j]) * (d - 1);
            }
        }
        c
    };
    let base = ring.to_vec();
    let mut best = (cost(&base), base.clone());
    let mut perm: Vec<usize> = (1..n).collect();
    let mut candidate = base.clone();
    while next_permutation(&mut perm) {
        for (k, &p) in perm.iter().enumerate() {
            candidate[k + 1] = base[p];
        }
        let c = cost(&candidate);
        if c < best.0 {
            best = (c, candidate.clone());
        }
    }
    ring.copy_from_slice(&best.1);
}

/// The next lexicographic permutation of `v`; false after the last.
fn next_permutation(v: &mut [usize]) -> bool {
    let n = v.len();
    if n < 2 {
        return false;
    }
    let mut i = n - 1;
    while i > 0 && v[i - 1] >= v[i] {
        i -= 1;
    }
    if i == 0 {
        return false;
    }
    let mut j = n - 1;
    while v[j] <= v[i - 1] {
        j -= 1;
    }
    v.swap(i - 1, j);
    v[i..].reverse();
    true
}

/// Place labels of `widths` (in drawing order) on a `w`×`h` grid, or `None` when they
/// cannot all be placed without touching.
pub fn place(widths: &[i32], w: i32, h: i32) -> Option<Vec<Slot>> {
    let n = widths.len();
    if n == 0 {
        return Some(Vec::new());
    }
    if widths.iter().any(|&lw| lw > w) || h < 1 {
        return None;
    }
    let hub = n >= 4;
    let ring = if hub { n - 1 } else { n };
    // The centre row is a whole row, so nodes level with it stay level after rounding.
    let (cx, cy) = (f64::from(w) / 2.0, f64::from((h - 1) / 2));
    let ry = f64::from(h - 1) / 2.0;
    // Two nodes read best side by side; more start from the top.
    let start = match ring {
        2 => PI,
        // Four round a hub sit at the corners: long spokes with room for labels.
        4 => -PI / 2.0 + PI / 4.0,
        _ => -PI / 2.0,
    };
    let mut occupied = vec![false; (w * h) as usize];
    let mut slots = Vec::with_capacity(n);
    for (i, &lw) in widths.iter().enumerate() {
        let (px, py) = if n == 1 || (hub && i == 0) {
            (cx, cy)
        } else {
            let k = if hub { i - 1 } else { i };
            let a = start + 2.0 * PI * k as f64 / ring as f64;
            // Each label may reach the pane's side, and the ring bulges towards the
            // corners (four nodes sit in them): the ring fills the pane.
            let rx = (f64::from(w - lw) / 2.0).max(0.0);
            let (ux, uy) = bulge(a.cos(), a.sin(), ring == 4);
            (cx + rx * ux, cy + ry * uy)
        };
        let want = Slot {
            x: ((px - f64::from(lw) / 2.0).round() as i32).clamp(0, w - lw),
            y: (py.round() as i32).clamp(0, h - 1),
            width: lw,
        };
        // Roomy first (three columns between labels on a row, so a link can pass
        // between them without touching either), then tighter.
        let slot = nearest_free(&occupied, w, h, want, 3, 1)
            .or_else(|| nearest_free(&occupied, w, h, want, 1, 1))
            .or_else(|| nearest_free(&occupied, w, h, want, 1, 0))?;
        for x in slot.x..slot.x + slot.width {
            occupied[(slot.y * w + x) as usize] = true;
        }
        slots.push(slot);
    }
    Some(slots)
}

/// A point of the unit circle pushed out towards the unit square's corners: onto
/// the square itself (`square`), or onto the superellipse |x|⁴ + |y|⁴ = 1.
fn bulge(x: f64, y: f64, square: bool) -> (f64, f64) {
    if square {
        let f = x.abs().max(y.abs()).max(f64::EPSILON);
        return (x / f, y / f);
    }
    (x.signum() * x.abs().sqrt(), y.signum() * y.abs().sqrt())
}

/// The free slot closest to `want` (by rows moved ×2 plus columns moved), keeping a
/// gap of `gap_cols` columns and `gap_rows` rows from every placed label.
fn nearest_free(
    occupied: &[bool],
    w: i32,
    h: i32,
    want: Slot,
    gap_cols: i32,
    gap_rows: i32,
) -> Option<Slot> {
    let free = |s: Slot| {
        (s.y - gap_rows..=s.y + gap_rows).all(|y| {
            (s.x - gap_cols..s.x + s.width + gap_cols)
                .all(|x| x < 0 || y < 0 || x >= w || y >= h || !occupied[(y * w + x) as usize])
        })
    };
    let max_d = 2 * h + w;
    for d in 0..=max_d {
        for dy in 0..=d / 2 {
            let dx = d - 2 * dy;
            for (sy, sx) in [(1, 1), (-1, 1), (1, -1), (-1, -1)] {
                let s = Slot {
                    x: want.x + sx * dx,
                    y: want.y + sy * dy,
                    width: want.width,
                };
                let inside = s.x >= 0 && s.y >= 0 && s.x + s.width <= w && s.y < h;
                if inside && free(s) {
                    return Some(s);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hub_goes_first_and_the_ring_follows_ties() {
        // 0 is the hub; 1–2 and 2–3 are tied, so the ring reads 1, 2, 3.
        let strength = [9, 5, 4, 3];
        let names = ["hub", "a", "b", "c"];
        let tie = |a: usize, b: usize| {
            let (a, b) = (a.min(b), a.max(b));
            match (a, b) {
                (1, 2) | (2, 3) => 2,
                (0, _) => 1,
                _ => 0,
            }
        };
        assert_eq!(order(&strength, &names, tie), vec![0, 1, 2, 3]);
    }

    #[test]
    fn labels_never_touch() {
        let widths = vec![8; 20];
        let slots = place(&widths, 60, 30).expect("room for 20 labels");
        for (i, a) in slots.iter().enumerate() {
            for b in &slots[i + 1..] {
                let apart = a.y != b.y || a.x + a.width < b.x || b.x + b.width < a.x;
                assert!(apart, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn too_many_labels_do_not_fit() {
        assert_eq!(place(&[10; 40], 30, 5), None);
        assert_eq!(place(&[31], 30, 5), None);
    }
}
