//! A straight line on the character grid: the cells between two points, each with the
//! shape that best follows the slope there (`─ │` along the axes, `╱ ╲` where the line
//! changes row or column). Cells are about twice as tall as wide, so a line that looks
//! like 45° on screen runs two columns per row and reads as `─╲─╲`.

use super::glyph::{Dir, Shape};

/// Past this slope (rows per column, or columns per row) a line is drawn all in
/// diagonals: a stray `─` or `│` in a near-diagonal line reads as a break.
const STEEP: f64 = 0.6;

/// One cell of a line, in order from the start point to the end point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub x: i32,
    pub y: i32,
    pub shape: Shape,
}

/// The cells of the line from `(x0, y0)` to `(x1, y1)` (cell centres), both ends
/// included, ordered from the start.
pub fn cells(x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<Step> {
    let (dx, dy) = (x1 - x0, y1 - y0);
    let round = |v: f64| v.round() as i32;
    let mut out = Vec::new();
    if dx.abs() < f64::EPSILON && dy.abs() < f64::EPSILON {
        return out;
    }
    if dx.abs() >= dy.abs() {
        // Shallow: one cell per column.
        let slope = dy / dx;
        let at = |x: f64| y0 + (x - x0) * slope;
        let (a, b) = (round(x0), round(x1));
        let step = if b >= a { 1 } else { -1 };
        let mut x = a;
        loop {
            let xf = f64::from(x);
            let (l, r) = (round(at(xf - 0.5)), round(at(xf + 0.5)));
            let shape = match (l == r && slope.abs() <= STEEP, slope > 0.0) {
                (true, _) => Shape::Horizontal,
                (false, true) => Shape::Fall,
                (false, false) => Shape::Rise,
            };
            out.push(Step {
                x,
                y: round(at(xf)),
                shape,
            });
            if x == b {
                break;
            }
            x += step;
        }
    } else {
        // Steep: one cell per row.
        let slope = dx / dy;
        let at = |y: f64| x0 + (y - y0) * slope;
        let (a, b) = (round(y0), round(y1));
        let step = if b >= a { 1 } else { -1 };
        let mut y = a;
        loop {
            let yf = f64::from(y);
            let (t, u) = (round(at(yf - 0.5)), round(at(yf + 0.5)));
            let shape = match (t == u && slope.abs() <= STEEP, slope > 0.0) {
                (true, _) => Shape::Vertical,
                (false, true) => Shape::Fall,
                (false, false) => Shape::Rise,
            };
            out.push(Step {
                x: round(at(yf)),
                y,
                shape,
            });
            if y == b {
                break;
            }
            y += step;
        }
    }
    out
}

/// Which way an arrow head at the end of the line from `(x0, y0)` to `(x1, y1)`
/// points: along the axis the line mostly follows on screen.
pub fn heading(x0: f64, y0: f64, x1: f64, y1: f64) -> Dir {
    let (dx, dy) = (x1 - x0, y1 - y0);
    // A row is about two columns tall.
    if dx.abs() >= 2.0 * dy.abs() {
        if dx >= 0.0 { Dir::Right } else { Dir::Left }
    } else if dy >= 0.0 {
        Dir::Down
    } else {
        Dir::Up
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(steps: &[Step]) -> String {
        steps
            .iter()
            .map(|s| match s.shape {
                Shape::Horizontal => '─',
                Shape::Vertical => '│',
                Shape::Rise => '╱',
                Shape::Fall => '╲',
            })
            .collect()
    }

    #[test]
    fn axis_lines_are_straight() {
        let h = cells(0.0, 3.0, 5.0, 3.0);
        assert_eq!(shapes(&h), "──────");
        assert!(h.iter().all(|s| s.y == 3));
        let v = cells(2.0, 4.0, 2.0, 0.0);
        assert_eq!(shapes(&v), "│││││");
        assert_eq!((v[0].y, v[4].y), (4, 0), "ordered from the start");
    }

    #[test]
    fn diagonals_step_with_the_slope() {
        let d = cells(0.0, 0.0, 4.0, 4.0);
        assert_eq!(shapes(&d), "╲╲╲╲╲");
        let up = cells(0.0, 4.0, 4.0, 0.0);
        assert_eq!(shapes(&up), "╱╱╱╱╱");
        // Every cell is next to the previous one: the line has no gap.
        let near = cells(0.0, 0.0, 10.0, 8.0);
        assert_eq!(shapes(&near), "╲".repeat(11), "no stray level cell");
        let long = cells(0.0, 0.0, 17.0, 5.0);
        for w in long.windows(2) {
            assert!((w[1].x - w[0].x).abs() <= 1 && (w[1].y - w[0].y).abs() <= 1);
        }
        assert!(shapes(&long).contains('─') && shapes(&long).contains('╲'));
    }

    #[test]
    fn arrows_follow_the_main_axis_on_screen() {
        assert_eq!(heading(0.0, 0.0, 10.0, 3.0), Dir::Right);
        assert_eq!(heading(10.0, 0.0, 0.0, 3.0), Dir::Left);
        assert_eq!(heading(0.0, 0.0, 4.0, 3.0), Dir::Down);
        assert_eq!(heading(0.0, 5.0, 1.0, 0.0), Dir::Up);
    }
}
