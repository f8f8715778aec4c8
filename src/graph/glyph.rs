//! How each relation kind looks without colour: a line style per kind, so a chart
//! printed under `NO_COLOR` (or read by someone who cannot tell red from green) still
//! tells sanctions from alliance. Colour is only a second cue, added by the widget.
//! Also which kind wins when several link the same two actors (`salience`) and the
//! short names the chart's edge labels use.

use crate::model::RelationKind;

/// The shape of one cell of a straight line on the character grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Horizontal,
    Vertical,
    /// Going up to the right (`╱`).
    Rise,
    /// Going down to the right (`╲`).
    Fall,
}

/// One of the four directions an arrow head can point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Left,
    Right,
    Up,
    Down,
}

/// The characters one kind of link is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyphs {
    pub horizontal: char,
    pub vertical: char,
    pub rise: char,
    pub fall: char,
}

/// The line style of `kind`. Every kind gets its own straight glyphs and, where
/// box drawing has no diagonal of that style, its own diagonal look-alikes; the
/// legend (`legend_items`) prints them.
pub fn glyphs(kind: RelationKind) -> Glyphs {
    let (horizontal, vertical, rise, fall) = match kind {
        RelationKind::Sanctions => ('━', '┃', '▞', '▚'),
        RelationKind::Pressure => ('┅', '┇', '⧸', '⧹'),
        RelationKind::Aid => ('┈', '┊', '∕', '∖'),
        RelationKind::Alliance => ('═', '║', '⫽', '⑊'),
        RelationKind::Cooperation => ('─', '│', '╱', '╲'),
        RelationKind::Dialogue => ('┄', '┆', '⋰', '⋱'),
        RelationKind::Rapprochement => ('╌', '╎', '⟋', '⟍'),
        RelationKind::Tension => ('╳', '╳', '╳', '╳'),
        RelationKind::Trade => ('·', '·', '·', '·'),
        RelationKind::CoMention => ('-', '¦', '/', '\\'),
    };
    Glyphs {
        horizontal,
        vertical,
        rise,
        fall,
    }
}

impl Glyphs {
    pub fn of(&self, shape: Shape) -> char {
        match shape {
            Shape::Horizontal => self.horizontal,
            Shape::Vertical => self.vertical,
            Shape::Rise => self.rise,
            Shape::Fall => self.fall,
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

/// How much a kind stands out when several link the same two actors: the most salient
/// gives the pair its line style. Hostile kinds first (an analyst looks for them),
/// then the binding ones, then the soft ones.
pub fn salience(kind: RelationKind) -> u8 {
    match kind {
        RelationKind::Sanctions => 0,
        RelationKind::Tension => 1,
        RelationKind::Pressure => 2,
        RelationKind::Alliance => 3,
        RelationKind::Aid => 4,
        RelationKind::Cooperation => 5,
        RelationKind::Rapprochement => 6,
        RelationKind::Trade => 7,
        RelationKind::Dialogue => 8,
        RelationKind::CoMention => 9,
    }
}

/// A short name for edge labels, where cells are scarce.
pub fn short(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Sanctions => "sanct",
        RelationKind::Pressure => "press",
        RelationKind::Aid => "aid",
        RelationKind::Alliance => "ally",
        RelationKind::Cooperation => "coop",
        RelationKind::Dialogue => "dial",
        RelationKind::Rapprochement => "rappr",
        RelationKind::Tension => "tension",
        RelationKind::Trade => "trade",
        RelationKind::CoMention => "other",
    }
}

/// Legend entries for the kinds present, in `RelationKind::ALL` order: the kind, a
/// sample of its line (`━━▶`, with the arrow for directed kinds) and its name.
pub fn legend_items(kinds: &[RelationKind]) -> Vec<(RelationKind, String, &'static str)> {
    RelationKind::ALL
        .iter()
        .filter(|k| kinds.contains(k))
        .map(|&k| {
            let g = glyphs(k);
            let arrow = if k.is_directed() { "▶" } else { "" };
            (
                k,
                format!("{}{}{arrow}", g.horizontal, g.horizontal),
                k.as_str(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthChar;

    #[test]
    fn every_kind_has_its_own_glyphs_one_cell_wide() {
        let mut straight: Vec<(char, char)> = Vec::new();
        let mut diagonal: Vec<(char, char)> = Vec::new();
        for kind in RelationKind::ALL {
            let g = glyphs(kind);
            assert!(!straight.contains(&(g.horizontal, g.vertical)), "{kind:?}");
            assert!(!diagonal.contains(&(g.rise, g.fall)), "{kind:?}");
            straight.push((g.horizontal, g.vertical));
            diagonal.push((g.rise, g.fall));
            for c in [g.horizontal, g.vertical, g.rise, g.fall] {
                assert_eq!(c.width(), Some(1), "{c}");
            }
        }
    }

    #[test]
    fn hostile_kinds_outrank_cooperation() {
        let c = salience(RelationKind::Cooperation);
        assert!(salience(RelationKind::Sanctions) < c);
        assert!(salience(RelationKind::Tension) < c);
        let mut ranks: Vec<u8> = RelationKind::ALL.iter().map(|&k| salience(k)).collect();
        ranks.sort_unstable();
        ranks.dedup();
        assert_eq!(ranks.len(), RelationKind::ALL.len(), "a total order");
    }
}
