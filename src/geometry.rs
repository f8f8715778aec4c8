//! Where things go on the screen: the panes at one terminal size, the text column of
//! the reading pane, the inside of a bordered pane, which row of a list is on top.
//! Pure arithmetic on rectangles, below both `app` and `ui`: `update` needs it as
//! much as the view does (wrap width, chart size, mouse clicks), and each answer
//! must be the same for both or a click lands on the wrong row.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Block;

/// Below this many columns or rows the screen only says it is too small.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;

/// Lines longer than this are hard to read: the text column stops here.
pub(crate) const MAX_TEXT_WIDTH: u16 = 100;

/// Where each pane goes at one terminal size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub sections: Option<Rect>,
    pub reader: Rect,
    pub relations: Option<Rect>,
    pub status: Rect,
}

/// Split the screen. Wide: sections | article | relations. Medium: the relations go
/// under the article. Narrow: the article alone (relations under it when tall enough).
/// `relations`: the relationship pane is shown; `grow`: it has the focus, so a pane
/// under the article takes more rows for the chart.
pub fn areas(screen: Rect, relations: bool, grow: bool) -> Areas {
    let [main, status] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(screen);
    let (sections, right) = if screen.width >= 70 {
        let side = match screen.width {
            160.. => 32,
            110.. => 26,
            _ => 24,
        };
        let [s, r] = Layout::horizontal([Constraint::Length(side), Constraint::Min(0)]).areas(main);
        (Some(s), r)
    } else {
        (None, main)
    };
    let (reader, relations) = if !relations {
        (right, None)
    } else if screen.width >= 110 {
        // The text column stops at `MAX_TEXT_WIDTH`; the chart takes what is left over.
        let text = MAX_TEXT_WIDTH + 4;
        let pane = right.width.saturating_sub(text).max(38);
        let [a, b] =
            Layout::horizontal([Constraint::Min(0), Constraint::Length(pane)]).areas(right);
        (a, Some(b))
    } else if main.height >= 19 {
        let pane = if grow {
            (main.height * 3 / 5).max(5)
        } else {
            (main.height / 3).clamp(5, 12)
        };
        let [a, b] = Layout::vertical([Constraint::Min(0), Constraint::Length(pane)]).areas(right);
        (a, Some(b))
    } else {
        (right, None)
    };
    Areas {
        sections,
        reader,
        relations,
        status,
    }
}

/// The inside of a pane drawn with a border: what the view's `Block::bordered` leaves.
pub(crate) fn inner(pane: Rect) -> Rect {
    Block::bordered().inner(pane)
}

/// The part of the reading pane the text goes in: inside the border, one column of
/// margin each side, at most `MAX_TEXT_WIDTH` wide.
pub fn text_area(pane: Rect) -> Rect {
    let inner = inner(pane);
    Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2).min(MAX_TEXT_WIDTH),
        ..inner
    }
}

/// The first item shown by a list of `rows` rows, so that item `selected` is in view.
pub(crate) fn first_row(selected: usize, rows: usize) -> usize {
    (selected + 1).saturating_sub(rows.max(1))
}

/// The item at screen row `row` of a list drawn in `list` from item `first`.
pub(crate) fn item_at(list: Rect, first: usize, row: u16) -> Option<usize> {
    (list.y..list.bottom())
        .contains(&row)
        .then(|| first + usize::from(row - list.y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_gets_areas_inside_the_screen() {
        for (w, h) in [(0, 0), (20, 6), (40, 12), (80, 24), (120, 40)] {
            let screen = Rect::new(0, 0, w, h);
            for (rel, grow) in [(false, false), (true, false), (true, true)] {
                let a = areas(screen, rel, grow);
                for r in [Some(a.reader), a.sections, a.relations, Some(a.status)]
                    .into_iter()
                    .flatten()
                {
                    assert_eq!(screen.intersection(r), r, "{w}x{h}");
                }
            }
        }
    }

    #[test]
    fn a_list_keeps_its_selection_in_view_and_maps_rows_back() {
        assert_eq!(first_row(0, 10), 0);
        assert_eq!(first_row(9, 10), 0);
        assert_eq!(first_row(10, 10), 1);
        assert_eq!(
            first_row(3, 0),
            3,
            "a list of no rows still shows its selection"
        );
        let list = Rect::new(0, 1, 20, 5);
        assert_eq!(item_at(list, 4, 0), None, "the border above");
        assert_eq!(item_at(list, 4, 1), Some(4));
        assert_eq!(item_at(list, 4, 5), Some(8));
        assert_eq!(item_at(list, 4, 6), None, "the border below");
    }
}
