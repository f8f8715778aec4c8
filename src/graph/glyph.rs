//! How each relation kind looks without colour: a line style per kind, so a chart
//! printed under `NO_COLOR` (or read by someone who cannot tell red from green) still
//! tells sanctions from alliance. Colour is only a second cue, added by the widget.
//!
//! Only characters that common terminal fonts carry: box drawing (`━ ═ ─ ┅ ╌ ┄ ┈`,
//! their corners and crossings), the middle dot and broken bar of Latin-1, the four
//! basic arrows `← → ↑ ↓` and `×`. The issue that asked for this found `⫽ ⑊ ⟋` drawn as
//! empty boxes in many fonts; lines are therefore routed along rows and columns, where
//! box drawing has a style for every kind (it has none for diagonals). `ascii` gives
//! the same picture in 7-bit ASCII for the terminals that lack even these.
//!
//! Also which kind wins when several link the same two actors (`salience`).

use crate::model::RelationKind;

/// The stroke of a line: what its corners and crossings are drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Light,
    Heavy,
    Double,
    /// Dots or dashes with no box-drawing corner (trade, co-mention).
    Dotted,
}

/// One of the four directions a line runs or an arrow points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Dir {
    Left,
    Right,
    Up,
    Down,
}

impl Dir {
    pub(crate) const ALL: [Dir; 4] = [Dir::Left, Dir::Right, Dir::Up, Dir::Down];

    pub(crate) fn step(self) -> (i32, i32) {
        match self {
            Dir::Left => (-1, 0),
            Dir::Right => (1, 0),
            Dir::Up => (0, -1),
            Dir::Down => (0, 1),
        }
    }

    pub(crate) fn is_horizontal(self) -> bool {
        matches!(self, Dir::Left | Dir::Right)
    }

    pub(crate) fn opposite(self) -> Dir {
        match self {
            Dir::Left => Dir::Right,
            Dir::Right => Dir::Left,
            Dir::Up => Dir::Down,
            Dir::Down => Dir::Up,
        }
    }
}

/// The characters one kind of link is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Style {
    /// A level piece of line, and an upright one.
    pub(crate) h: char,
    v: char,
    pub(crate) weight: Weight,
    ascii: bool,
}

/// The line style of `kind`: hostile kinds heavy, alliance double, the others light,
/// each with its own dash so that kinds stay apart without colour.
pub(crate) fn style(kind: RelationKind, ascii: bool) -> Style {
    use RelationKind as K;
    use Weight::*;
    let (h, v, weight) = if ascii {
        match kind {
            K::Sanctions => ('#', '#', Heavy),
            K::Pressure => ('*', '*', Heavy),
            K::Tension => ('x', 'x', Heavy),
            K::Alliance => ('=', 'H', Double),
            K::Cooperation => ('-', '|', Light),
            K::Aid => ('-', '!', Light),
            K::Rapprochement => ('~', ')', Light),
            K::Trade => (':', ':', Dotted),
            K::Dialogue => ('.', '.', Light),
            K::CoMention => ('\'', '\'', Dotted),
        }
    } else {
        match kind {
            K::Sanctions => ('━', '┃', Heavy),
            K::Pressure => ('┅', '┇', Heavy),
            K::Tension => ('╍', '╏', Heavy),
            K::Alliance => ('═', '║', Double),
            K::Cooperation => ('─', '│', Light),
            K::Aid => ('╌', '╎', Light),
            K::Rapprochement => ('┄', '┆', Light),
            K::Dialogue => ('┈', '┊', Light),
            K::Trade => ('·', '·', Dotted),
            K::CoMention => ('-', '¦', Dotted),
        }
    };
    Style {
        h,
        v,
        weight,
        ascii,
    }
}

impl Style {
    /// A straight piece running `dir`.
    pub(crate) fn straight(&self, dir: Dir) -> char {
        if dir.is_horizontal() { self.h } else { self.v }
    }

    /// The corner of a line that comes in moving `from` and leaves moving `to`.
    pub(crate) fn corner(&self, from: Dir, to: Dir) -> char {
        if self.ascii {
            return match self.weight {
                Weight::Heavy | Weight::Dotted => self.h,
                _ => '+',
            };
        }
        // The two sides of the cell the line touches: where it came from, where it goes.
        let sides = (from.opposite(), to);
        let (left, up) = match sides {
            (Dir::Left, Dir::Up) | (Dir::Up, Dir::Left) => (true, true),
            (Dir::Left, Dir::Down) | (Dir::Down, Dir::Left) => (true, false),
            (Dir::Right, Dir::Up) | (Dir::Up, Dir::Right) => (false, true),
            _ => (false, false),
        };
        let set = match self.weight {
            Weight::Light => ['┘', '┐', '└', '┌'],
            Weight::Heavy => ['┛', '┓', '┗', '┏'],
            Weight::Double => ['╝', '╗', '╚', '╔'],
            Weight::Dotted => return self.h,
        };
        set[usize::from(!left) * 2 + usize::from(!up)]
    }
}

/// The char where a level line of weight `h` crosses an upright one of weight `v`,
/// when box drawing has one; otherwise the line drawn first keeps the cell and the
/// other reads as passing under it.
pub(crate) fn crossing(h: Weight, v: Weight, ascii: bool) -> Option<char> {
    use Weight::*;
    if ascii {
        return None;
    }
    Some(match (h, v) {
        (Light, Light) => '┼',
        (Heavy, Light) => '┿',
        (Light, Heavy) => '╂',
        (Heavy, Heavy) => '╋',
        (Double, Light) => '╪',
        (Light, Double) => '╫',
        (Double, Double) => '╬',
        _ => return None,
    })
}

/// The arrow head drawn where a directed link enters its target, moving `dir`.
pub(crate) fn arrow(dir: Dir, ascii: bool) -> char {
    match (dir, ascii) {
        (Dir::Right, false) => '→',
        (Dir::Left, false) => '←',
        (Dir::Up, false) => '↑',
        (Dir::Down, false) => '↓',
        (Dir::Right, true) => '>',
        (Dir::Left, true) => '<',
        (Dir::Up, true) => '^',
        (Dir::Down, true) => 'v',
    }
}

/// The mark on a line whose links the text states only to deny, refuse or suppose.
pub(crate) fn negated(ascii: bool) -> char {
    if ascii { '/' } else { '×' }
}

/// `s` with the pane's own punctuation in ASCII when `ascii` is on: the separator
/// `·`, the cut mark `…`, curly quotes and `§`. Letters stay what they are: they are
/// the text's, and a font without `é` is not what ASCII mode is for.
pub(crate) fn plain(s: &str, ascii: bool) -> std::borrow::Cow<'_, str> {
    const DECOR: [(char, &str); 5] = [('·', "-"), ('…', "~"), ('“', "\""), ('”', "\""), ('§', "#")];
    if !ascii || !s.chars().any(|c| DECOR.iter().any(|(d, _)| *d == c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match DECOR.iter().find(|(d, _)| *d == c) {
            Some((_, r)) => out.push_str(r),
            None => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Is `c` one of the arrow heads (of either set)?
pub(crate) fn is_arrow(c: char) -> bool {
    matches!(c, '→' | '←' | '↑' | '↓' | '>' | '<' | '^' | 'v')
}

/// How much a kind stands out when several link the same two actors: the most salient
/// gives the pair its line style. Hostile kinds first (an analyst looks for them),
/// then the binding ones, then the soft ones.
pub(crate) fn salience(kind: RelationKind) -> u8 {
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

/// A sample of a kind's line, as the legend and the evidence list show it: two level
/// pieces, and the arrow for a directed kind (`━━→`).
pub(crate) fn sample(kind: RelationKind, ascii: bool) -> String {
    let s = style(kind, ascii);
    let arrow = if kind.is_directed() {
        arrow(Dir::Right, ascii).to_string()
    } else {
        String::from(s.h)
    };
    format!("{}{}{arrow}", s.h, s.h)
}

/// What a kind means, in a few words, for the legend.
pub(crate) fn meaning(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Sanctions => "measures taken against the actor the arrow points at",
        RelationKind::Pressure => "threats, demands or ultimatums, towards the arrow",
        RelationKind::Tension => "disputes, clashes, accusations",
        RelationKind::Alliance => "treaties, pacts, strategic partnerships",
        RelationKind::Aid => "help given to the actor the arrow points at",
        RelationKind::Cooperation => "joint projects and agreements",
        RelationKind::Rapprochement => "ties being restored or warming",
        RelationKind::Trade => "trade, deals, energy and arms sales",
        RelationKind::Dialogue => "talks, visits, calls, mediation",
        RelationKind::CoMention => "named in one sentence, no link stated",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthChar;

    /// The characters every terminal font the issue tried carries: box drawing, the
    /// Latin-1 middle dot, broken bar and multiplication sign, the basic arrows.
    fn common(c: char) -> bool {
        matches!(c, '\u{2500}'..='\u{257F}' | '·' | '¦' | '×' | '-' | '←'..='↓') || c.is_ascii()
    }

    #[test]
    fn every_kind_has_its_own_glyphs_one_cell_wide_and_common() {
        for ascii in [false, true] {
            let mut seen: Vec<(char, char)> = Vec::new();
            for kind in RelationKind::ALL {
                let s = style(kind, ascii);
                assert!(!seen.contains(&(s.h, s.v)), "{kind:?} ascii={ascii}");
                seen.push((s.h, s.v));
                let corners = Dir::ALL
                    .iter()
                    .flat_map(|&a| Dir::ALL.map(|b| s.corner(a, b)));
                for c in [s.h, s.v].into_iter().chain(corners) {
                    assert_eq!(c.width(), Some(1), "{c}");
                    assert!(common(c), "{c:?} is not in every font");
                    assert!(!ascii || c.is_ascii(), "{c:?} in the ASCII set");
                }
            }
            for d in Dir::ALL {
                assert!(common(arrow(d, ascii)) && is_arrow(arrow(d, ascii)));
            }
        }
    }

    #[test]
    fn corners_join_the_sides_the_line_touches() {
        let s = style(RelationKind::Cooperation, false);
        // Coming in moving right, leaving moving down: the left and bottom sides.
        assert_eq!(s.corner(Dir::Right, Dir::Down), '┐');
        assert_eq!(s.corner(Dir::Up, Dir::Right), '┌');
        assert_eq!(s.corner(Dir::Down, Dir::Right), '└');
        assert_eq!(s.corner(Dir::Left, Dir::Up), '└');
        assert_eq!(s.corner(Dir::Right, Dir::Up), '┘');
        let d = style(RelationKind::Alliance, false);
        assert_eq!(d.corner(Dir::Down, Dir::Left), '╝');
        assert_eq!(crossing(Weight::Heavy, Weight::Light, false), Some('┿'));
        assert_eq!(crossing(Weight::Heavy, Weight::Double, false), None);
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
