//! Where things go on the screen: the panes at one terminal size, the text column of
//! the reading pane, the inside of a bordered pane, which row of a list is on top.
//! Pure arithmetic on rectangles, below both `app` and `ui`: `update` needs it as
//! much as the view does (wrap width, chart size, mouse clicks), and each answer
//! must be the same for both or a click lands on the wrong row.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Block;

/// Below this many columns or rows the screen only says it is too small.
pub(crate) const MIN_WIDTH: u16 = 20;
pub(crate) const MIN_HEIGHT: u16 = 6;

/// Lines longer than this are hard to read: the text column stops here.
const MAX_TEXT_WIDTH: u16 = 100;

/// Where each pane goes at one terminal size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub(crate) sections: Option<Rect>,
    /// `None` while the relationship pane is zoomed over it.
    pub reader: Option<Rect>,
    pub relations: Option<Rect>,
    pub(crate) status: Rect,
}

/// How the relationship pane is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Relations {
    Hidden,
    /// Beside or under the article; `grow`: it has the focus, so a pane under the
    /// article takes more rows for the chart.
    Shown {
        grow: bool,
    },
    /// On the whole screen (`z`).
    Zoomed,
}

/// What the side panes would like, in columns (borders included): the sections panel
/// room for its longest title, the relationship pane room for its chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Wants {
    pub(crate) sections: u16,
    pub(crate) relations: u16,
}

/// The narrowest each of the three columns gets on a wide screen.
const SIDE_MIN: u16 = 22;
const READER_MIN: u16 = 48;
const RELATIONS_MIN: u16 = 38;
/// A reading column this wide (72 columns of text) is comfortable: past it, the text
/// waits until the side panes have what they want.
const READER_EASY: u16 = 76;
/// A relationship pane this wide draws a dozen actors apart; past it, section titles
/// come first.
const CHART_EASY: u16 = 60;

/// Split the screen. Wide: sections | article | relations, the width shared by
/// content (see `share`). Medium: the relations go under the article. Narrow: the
/// article alone (relations under it when tall enough). Zoomed: the relations alone.
pub(crate) fn areas(screen: Rect, relations: Relations, wants: Wants) -> Areas {
    let (main, status) = status_bar(screen);
    if relations == Relations::Zoomed {
        return Areas {
            sections: None,
            reader: None,
            relations: Some(main),
            status,
        };
    }
    let shown = matches!(relations, Relations::Shown { .. });
    if shown && screen.width >= SIDE_MIN + READER_MIN + RELATIONS_MIN + 2 {
        let (side, reader, pane) = share(main.width, wants);
        let [s, r, p] = Layout::horizontal([
            Constraint::Length(side),
            Constraint::Length(reader),
            Constraint::Length(pane),
        ])
        .areas(main);
        return Areas {
            sections: Some(s),
            reader: Some(r),
            relations: Some(p),
            status,
        };
    }
    let (sections, right) = if screen.width >= 70 {
        let side = wants.sections.clamp(SIDE_MIN, 24);
        let [s, r] = Layout::horizontal([Constraint::Length(side), Constraint::Min(0)]).areas(main);
        (Some(s), r)
    } else {
        (None, main)
    };
    let (reader, relations) = if shown && main.height >= 19 {
        let grow = relations == Relations::Shown { grow: true };
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
        reader: Some(reader),
        relations,
        status,
    }
}

/// Share `width` columns between the sections panel, the article and the relationship
/// pane. Each starts at its minimum; what is left goes first where it is missed most,
/// in proportion to what each lacks: the article up to a comfortable 72 columns of
/// text, the sections panel up to its longest title, the relationship pane up to
/// what its chart asks for; then the article up to its cap (`MAX_TEXT_WIDTH`), and
/// the rest to the chart. At 120 columns that is 26 | 53 | 41 for the seed; at 200
/// columns 42 | 77 | 81 for an article of ten actors.
fn share(width: u16, wants: Wants) -> (u16, u16, u16) {
    let (mut side, mut reader, mut pane) = (SIDE_MIN, READER_MIN, RELATIONS_MIN);
    let mut extra = width.saturating_sub(side + reader + pane);
    let needs = [
        READER_EASY - reader,
        wants.sections.max(side) - side,
        wants.relations.max(pane) - pane,
    ];
    let total: u32 = needs.iter().map(|&n| u32::from(n)).sum();
    let given: [u16; 3] = if u32::from(extra) >= total {
        needs
    } else {
        let mut g = needs.map(|n| (u32::from(extra) * u32::from(n) / total.max(1)) as u16);
        // What rounding left over, one column each, the article first.
        let mut left = extra - g.iter().sum::<u16>();
        for k in [0, 2, 1].into_iter().cycle().take(6) {
            if left > 0 && g[k] < needs[k] {
                g[k] += 1;
                left -= 1;
            }
        }
        g
    };
    reader += given[0];
    side += given[1];
    pane += given[2];
    extra -= given.iter().sum::<u16>();
    let more = extra.min((MAX_TEXT_WIDTH + 4).saturating_sub(reader));
    reader += more;
    pane += extra - more;
    // A title cut while the chart is wider than it needs to be read: the columns go
    // to the titles (a cut title can be any of several sections).
    let spare = pane.saturating_sub(CHART_EASY);
    let more = wants.sections.saturating_sub(side).min(spare);
    (side + more, reader, pane - more)
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

/// `area` cut across: its first `rows` rows (all of it when it has fewer), and the
/// rest under them.
fn cut(area: Rect, rows: u16) -> (Rect, Rect) {
    let top = Rect {
        height: area.height.min(rows),
        ..area
    };
    let rest = Rect {
        y: top.bottom(),
        height: area.height - top.height,
        ..area
    };
    (top, rest)
}

/// The screen above the status bar, and the status bar: the last row, reader and
/// library alike.
fn status_bar(screen: Rect) -> (Rect, Rect) {
    cut(screen, screen.height.saturating_sub(1))
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

/// The library's screen: a bordered pane holding a header row and the list, and the
/// status bar under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LibraryAreas {
    pub(crate) pane: Rect,
    pub(crate) header: Rect,
    pub(crate) list: Rect,
    pub(crate) status: Rect,
}

/// Where the library's parts go on `screen`.
pub(crate) fn library(screen: Rect) -> LibraryAreas {
    let (pane, status) = status_bar(screen);
    let (header, list) = cut(inner(pane), 1);
    LibraryAreas {
        pane,
        header,
        list,
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_gets_areas_inside_the_screen() {
        let kinds = [
            Relations::Hidden,
            Relations::Shown { grow: false },
            Relations::Shown { grow: true },
            Relations::Zoomed,
        ];
        for (w, h) in [
            (0, 0),
            (20, 6),
            (40, 12),
            (80, 24),
            (110, 30),
            (120, 40),
            (200, 60),
        ] {
            let screen = Rect::new(0, 0, w, h);
            for rel in kinds {
                for wants in [
                    Wants::default(),
                    Wants {
                        sections: 300,
                        relations: 300,
                    },
                ] {
                    let a = areas(screen, rel, wants);
                    for r in [a.reader, a.sections, a.relations, Some(a.status)]
                        .into_iter()
                        .flatten()
                    {
                        assert_eq!(screen.intersection(r), r, "{w}x{h}");
                    }
                }
            }
        }
    }

    #[test]
    fn wide_screens_share_the_width_by_content() {
        let wants = Wants {
            sections: 41,
            relations: 59,
        };
        for w in [110u16, 120, 160, 200, 300] {
            let (s, r, p) = share(w, wants);
            assert_eq!(s + r + p, w, "{w}: {s} {r} {p}");
            assert!(s >= SIDE_MIN && r >= READER_MIN && p >= RELATIONS_MIN);
            assert!(r <= MAX_TEXT_WIDTH + 4);
        }
        // At 200 columns the titles are whole and the chart has what it asked for.
        let (s, r, p) = share(198, wants);
        assert_eq!(s, 41);
        assert!(p >= 59 && r >= READER_EASY, "{s} {r} {p}");
        // A chart that asks for more than the screen has does not cut the titles.
        let greedy = Wants {
            sections: 49,
            relations: 150,
        };
        let (s, r, p) = share(200, greedy);
        assert_eq!(s, 49, "{s} {r} {p}");
        assert!(p >= CHART_EASY, "{s} {r} {p}");
        // Short titles leave the room to the others.
        let (s, _, _) = share(
            200,
            Wants {
                sections: 10,
                relations: 40,
            },
        );
        assert_eq!(s, SIDE_MIN);
        let zoomed = areas(Rect::new(0, 0, 120, 40), Relations::Zoomed, wants);
        assert_eq!(zoomed.relations, Some(Rect::new(0, 0, 120, 39)));
        assert!(zoomed.reader.is_none() && zoomed.sections.is_none());
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
