//! The library: a table of briefings (title, date, source, language, sections, read
//! progress, last opened), a file that does not load shown with its problem, and a
//! status line with the filter, how far the worker is, and the keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::app::Library;
use crate::app::keymap::Keys;
use crate::geometry::{self, first_row};
use crate::library::{Info, Item, SortKey, day};
use crate::text::width;

/// The table's columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Title,
    Date,
    Source,
    Lang,
    Sections,
    Read,
    Opened,
}

/// The order columns give way on a narrow screen, first to go first.
const DROP_ORDER: [Col; 6] = [
    Col::Opened,
    Col::Source,
    Col::Read,
    Col::Lang,
    Col::Sections,
    Col::Date,
];

/// Below this the title has too little room, and another column goes.
const MIN_TITLE: usize = 24;

/// Columns apart by two spaces, a space before the first.
const GAP: usize = 2;

impl Col {
    fn header(self) -> &'static str {
        match self {
            Col::Title => "Title",
            Col::Date => "Date",
            Col::Source => "Source",
            Col::Lang => "Lang",
            Col::Sections => "§",
            Col::Read => "Read",
            Col::Opened => "Opened",
        }
    }

    /// Numbers line up on the right.
    fn right(self) -> bool {
        matches!(self, Col::Sections | Col::Read)
    }
}

/// The columns shown at `total` columns and their widths, the title taking what the
/// others leave.
fn columns(total: usize) -> Vec<(Col, usize)> {
    let source = (total / 5).clamp(10, 24);
    let mut cols = vec![
        (Col::Title, 0),
        (Col::Date, 10),
        (Col::Source, source),
        (Col::Lang, 4),
        (Col::Sections, 3),
        (Col::Read, 4),
        (Col::Opened, 10),
    ];
    let title = |cols: &[(Col, usize)]| {
        let others: usize = cols.iter().skip(1).map(|(_, w)| w + GAP).sum();
        total.saturating_sub(1 + others)
    };
    for drop in DROP_ORDER {
        if title(&cols) >= MIN_TITLE {
            break;
        }
        cols.retain(|(c, _)| *c != drop);
    }
    cols[0].1 = title(&cols);
    cols
}

/// `s` cleaned and fitted into `w` columns, padded to them.
fn cell(s: &str, w: usize, right: bool, theme: Theme) -> String {
    let s = theme.fit(s, w);
    let pad = " ".repeat(w.saturating_sub(width(&s)));
    if right { pad + &s } else { s + &pad }
}

/// What a column shows of a briefing that loads; `—` for what it does not say.
fn value(item: &Item, col: Col) -> String {
    let none = || "—".to_string();
    let Some(meta) = item.meta() else {
        return String::new();
    };
    match col {
        Col::Title => meta.title.clone(),
        Col::Date => meta.date.clone().unwrap_or_else(none),
        Col::Source => meta.source.clone().unwrap_or_else(none),
        Col::Lang => meta.language.clone(),
        Col::Sections => meta.sections.to_string(),
        Col::Read => item.memory.progress.map_or_else(none, |p| format!("{p}%")),
        Col::Opened => item.memory.opened.map_or_else(none, day),
    }
}

fn row(item: &Item, cols: &[(Col, usize)], total: usize, theme: Theme) -> Line<'static> {
    match &item.info {
        Info::Loaded(_) => {
            let mut text = String::from(" ");
            for (i, &(col, w)) in cols.iter().enumerate() {
                if i > 0 {
                    text.push_str(&" ".repeat(GAP));
                }
                text.push_str(&cell(&value(item, col), w, col.right(), theme));
            }
            Line::from(text)
        }
        // Not read yet: its file name, until the worker gets to it.
        Info::Unread => Line::styled(
            cell(&format!(" {}", item.label), total, false, theme),
            theme.dim(),
        ),
        // The problem as `brief check` prints it, on the whole row.
        Info::Broken { more, .. } => {
            let more = match more {
                0 => String::new(),
                n => format!(" (+{n} more: brief check)"),
            };
            let problem = item.problem().unwrap_or_default();
            Line::styled(
                cell(&format!(" ✗ {problem}{more}"), total, false, theme),
                theme.error(),
            )
        }
    }
}

pub(crate) fn draw(frame: &mut Frame, area: Rect, lib: &Library, keys: &Keys, theme: Theme) {
    let areas = geometry::library(area);
    let total = lib.items.len();
    let arrow = match (lib.order.key, lib.order.reverse) {
        (SortKey::Title, false) | (SortKey::Date | SortKey::Opened, true) => "↑",
        _ => "↓",
    };
    let order = if lib.filter.is_empty() {
        format!("by {} {arrow}", lib.order.key.name())
    } else {
        "best match first".into()
    };
    let count = match (lib.filter.is_empty(), total) {
        (true, 1) => "1 briefing".to_string(),
        (true, n) => format!("{n} briefings"),
        (false, n) => format!("{} of {n}", lib.shown.len()),
    };
    let title = format!(" Library · {count} · {order} ");
    let block = theme
        .block()
        .border_style(theme.border(true))
        .title(theme.fit(&title, usize::from(area.width.saturating_sub(2))));
    frame.render_widget(block, areas.pane);

    let w = usize::from(areas.list.width);
    let cols = columns(w);
    let header: Vec<String> = cols
        .iter()
        .map(|&(c, cw)| cell(c.header(), cw, c.right(), theme))
        .collect();
    let header = format!(" {}", header.join(&" ".repeat(GAP)));
    frame.render_widget(
        Paragraph::new(Line::styled(header, Style::new().bold())),
        areas.header,
    );

    let rows = usize::from(areas.list.height);
    let skip = first_row(lib.selected, rows);
    let lines: Vec<Line> = lib
        .shown
        .iter()
        .enumerate()
        .skip(skip)
        .take(rows)
        .filter_map(|(at, &i)| {
            let line = row(lib.items.get(i)?, &cols, w, theme);
            Some(if at == lib.selected {
                line.patch_style(theme.selected(true))
            } else {
                line
            })
        })
        .collect();
    if lines.is_empty() {
        let empty = if lib.filter.is_empty() {
            " no briefing here"
        } else {
            " nothing matches the filter"
        };
        frame.render_widget(Paragraph::new(super::note(empty)), areas.list);
    } else {
        frame.render_widget(Paragraph::new(lines), areas.list);
    }
    status(frame, areas.status, lib, keys, theme);
}

fn status(frame: &mut Frame, area: Rect, lib: &Library, keys: &Keys, theme: Theme) {
    let (bar, caret) = if theme.ascii {
        (" | ", "_")
    } else {
        (" │ ", "▏")
    };
    let total = lib.items.len();
    let mut parts = Vec::new();
    let filter = crate::text::unjoined(&lib.filter);
    match (lib.editing, lib.filter.is_empty()) {
        (true, _) => parts.push(format!("/{filter}{caret} {} of {total}", lib.shown.len())),
        (false, false) => parts.push(format!("/{filter} {} of {total}", lib.shown.len())),
        (false, true) => {}
    }
    if lib.read < total {
        parts.push(format!("reading {}/{total}", lib.read));
    } else if lib.indexing() {
        parts.push(format!("indexing entities {}/{total}", lib.named));
    }
    parts.extend(lib.message.clone());
    let left = format!(" {}", parts.join(bar));
    let first = |name: &str| keys.label(name);
    let dot = if theme.ascii { "-" } else { "·" };
    let (full, short) = if lib.editing {
        let clear = format!("{} clear ", first("filter-clear"));
        (
            format!("{} open {dot} {clear}", first("filter-open")),
            clear,
        )
    } else {
        let help = format!("{} help ", first("help"));
        (
            format!(
                "{} filter {dot} {}/{}/{} sort {dot} {} open {dot} {help}{dot} {} quit ",
                first("library-filter"),
                first("sort-date"),
                first("sort-opened"),
                first("sort-title"),
                first("library-open"),
                first("quit")
            ),
            help,
        )
    };
    let line = super::status::status_line(&left, &full, &short, usize::from(area.width), theme);
    frame.render_widget(Paragraph::new(line).style(theme.status()), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fill_the_width_and_give_way_when_narrow() {
        for total in [20, 40, 60, 80, 120, 200] {
            let cols = columns(total);
            let used: usize =
                1 + cols.iter().map(|(_, w)| w).sum::<usize>() + GAP * (cols.len() - 1);
            assert!(used <= total.max(MIN_TITLE + 1), "{total}: {cols:?}");
            assert_eq!(cols[0].0, Col::Title);
        }
        assert_eq!(columns(200).len(), 7, "everything at 200 columns");
        assert!(columns(40).len() < 4, "{:?}", columns(40));
    }
}
