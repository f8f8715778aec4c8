//! How each relation kind looks without colour: a line style per kind, so a chart
//! printed under `NO_COLOR` (or read by someone who cannot tell red from green) still
//! tells sanctions from alliance. Colour is only a second cue, added by the widget.

use crate::model::RelationKind;

/// One of the four directions a line can leave a cell by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Left,
    Right,
    Up,
    Down,
}

impl Dir {
    pub fn opposite(self) -> Dir {
        match self {
            Dir::Left => Dir::Right,
            Dir::Right => Dir::Left,
            Dir::Up => Dir::Down,
            Dir::Down => Dir::Up,
        }
    }

    pub fn is_horizontal(self) -> bool {
        matches!(self, Dir::Left | Dir::Right)
    }

    /// The direction of a unit step, if it is one.
    pub fn of_step(dx: i32, dy: i32) -> Option<Dir> {
        match (dx.signum(), dy.signum()) {
            (1, 0) => Some(Dir::Right),
            (-1, 0) => Some(Dir::Left),
            (0, 1) => Some(Dir::Down),
            (0, -1) => Some(Dir::Up),
            _ => None,
        }
    }
}

/// The characters one kind of link is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyphs {
    pub horizontal: char,
    pub vertical: char,
    /// Corners joining right+down, left+down, right+up, left+up (`┌ ┐ └ ┘`).
    pub corners: [char; 4],
}

const LIGHT: [char; 4] = ['┌', '┐', '└', '┘'];
const HEAVY: [char; 4] = ['┏', '┓', '┗', '┛'];
const DOUBLE: [char; 4] = ['╔', '╗', '╚', '╝'];
const ROUND: [char; 4] = ['╭', '╮', '╰', '╯'];

/// The line style of `kind`. Every kind gets a different pair of straight glyphs;
/// the legend (`legend_items`) prints them.
pub fn glyphs(kind: RelationKind) -> Glyphs {
    let (horizontal, vertical, corners) = match kind {
        RelationKind::Sanctions => ('━', '┃', HEAVY),
        RelationKind::Pressure => ('┅', '┇', HEAVY),
        RelationKind::Aid => ('┈', '┊', LIGHT),
        RelationKind::Alliance => ('═', '║', DOUBLE),
        RelationKind::Cooperation => ('─', '│', LIGHT),
        RelationKind::Dialogue => ('┄', '┆', ROUND),
        RelationKind::Rapprochement => ('╌', '╎', ROUND),
        RelationKind::Tension => ('╳', '╳', ['╳'; 4]),
        RelationKind::Trade => ('·', '·', ['·'; 4]),
        RelationKind::Other => ('-', '¦', ['+'; 4]),
    };
    Glyphs {
        horizontal,
        vertical,
        corners,
    }
}

impl Glyphs {
    /// The glyph of a cell a line enters moving `inward` and leaves moving `outward`.
    pub fn join(&self, inward: Dir, outward: Dir) -> char {
        if inward.is_horizontal() == outward.is_horizontal() {
            return if outward.is_horizontal() {
                self.horizontal
            } else {
                self.vertical
            };
        }
        // The cell connects the side the line came from and the side it leaves by.
        let sides = [inward.opposite(), outward];
        let has = |d: Dir| sides.contains(&d);
        match (has(Dir::Right), has(Dir::Down)) {
            (true, true) => self.corners[0],
            (false, true) => self.corners[1],
            (true, false) => self.corners[2],
            (false, false) => self.corners[3],
        }
    }
}

/// The arrow head drawn where a directed link enters its target, moving `dir`.
pub fn arrow(dir: Dir) -> char {
    match dir {
        Dir::Right => '▶',
        Dir::Left => '◀',
        Dir::Up => '▲',
        Dir::Down => '▼',
    }
}

/// Legend entries for the kinds present, in `RelationKind::ALL` order: the kind, a
/// sample of its line (`━━▶`, with the arrow for directed kinds) and its name.
pub fn legend_items(kinds: &[RelationKind]) -> Vec<(RelationKind, String, &'static str)> {
    RelationKind::ALL
        .iter()
        .filter(|k| kinds.contains(k))
        .map(|&k| {
            let h = glyphs(k).horizontal;
            let arrow = if k.is_directed() { "▶" } else { "" };
            (k, format!("{h}{h}{arrow}"), k.as_str())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_straight_glyphs() {
        let mut seen: Vec<(char, char)> = Vec::new();
        for kind in RelationKind::ALL {
            let g = glyphs(kind);
            assert!(!seen.contains(&(g.horizontal, g.vertical)), "{kind:?}");
            seen.push((g.horizontal, g.vertical));
        }
    }

    #[test]
    fn corners_join_the_right_sides() {
        let g = glyphs(RelationKind::Cooperation);
        assert_eq!(g.join(Dir::Right, Dir::Down), '┐');
        assert_eq!(g.join(Dir::Down, Dir::Right), '└');
        assert_eq!(g.join(Dir::Left, Dir::Up), '└');
        assert_eq!(g.join(Dir::Up, Dir::Left), '┐');
        assert_eq!(g.join(Dir::Right, Dir::Right), '─');
        assert_eq!(g.join(Dir::Up, Dir::Up), '│');
    }
}
