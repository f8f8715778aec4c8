//! The library's state and its part of `update`: the list in its order and filter,
//! the selection (which stays on its briefing while the list re-sorts), the worker's
//! news, and opening the selected briefing in the reader.

use std::sync::Arc;

use ratatui::layout::Rect;

use super::action::Action;
use super::state::{Reader, State};
use crate::geometry;
use crate::library::{Filter, Info, Item, News, Order, recall, sort};
use crate::model::Doc;

/// The list of briefings shown when brief opens a library.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// Every file, in the order they were found.
    pub(crate) items: Vec<Item>,
    /// The items shown, by index into `items`: filtered and sorted.
    pub(crate) shown: Vec<usize>,
    /// The selected row: a position in `shown`.
    pub(crate) selected: usize,
    pub(crate) order: Order,
    /// The filter typed after `/`.
    pub(crate) filter: String,
    /// Still typing the filter.
    pub(crate) editing: bool,
    /// Items read (their title known, or their problem).
    pub(crate) read: usize,
    /// Items whose entities are known (or that cannot have any: broken).
    pub(crate) named: usize,
    /// A one-line note for the status bar (why a file did not open), cleared by the next key.
    pub(crate) message: Option<String>,
    /// The item open in the reader, to come back to.
    open: Option<usize>,
    /// Rows of the list on screen, for paging (set by `settle`).
    rows: usize,
}

impl Library {
    /// A library of `items` (what the index knew already filled in), in date order.
    pub fn new(items: Vec<Item>) -> Library {
        let mut library = Library {
            items,
            ..Library::default()
        };
        library.count();
        library.refresh();
        library
    }

    /// Whether the worker still has files to read or index.
    pub(crate) fn indexing(&self) -> bool {
        self.named < self.items.len()
    }

    fn count(&mut self) {
        self.read = self.items.iter().filter(|i| i.info != Info::Unread).count();
        self.named = self
            .items
            .iter()
            .filter(|i| matches!(i.info, Info::Broken { .. }) || i.entities.is_some())
            .count();
    }

    /// Filter and sort again, the selection staying on its item when it still shows.
    fn refresh(&mut self) {
        let keep = self.shown.get(self.selected).copied();
        let scores = Filter::new(&self.filter).map(|mut f| f.scores(&self.items));
        self.shown = sort(&self.items, self.order, scores.as_deref());
        self.selected = keep
            .and_then(|k| self.shown.iter().position(|&i| i == k))
            .unwrap_or(0);
    }

    /// Apply the worker's news.
    pub(crate) fn news(&mut self, news: News) {
        match news {
            News::Read(read) => {
                for (i, info) in read {
                    if let Some(item) = self.items.get_mut(i) {
                        item.info = info;
                    }
                }
            }
            News::Named(named) => {
                for (i, names) in named {
                    if let Some(item) = self.items.get_mut(i) {
                        item.entities = Some(names);
                    }
                }
            }
            News::Done => {}
        }
        self.count();
        self.refresh();
    }

    /// Move the selection by `delta` rows, within the list.
    fn step(&mut self, delta: isize) {
        let last = self.shown.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }
}

/// An action while the library is shown (no briefing open).
pub(crate) fn act(state: &mut State, action: Action) {
    let size = state.size;
    let Some(lib) = state.library.as_mut() else {
        return;
    };
    lib.message = None;
    let page = lib.rows.max(1) as isize;
    match action {
        Action::LineDown | Action::Scroll(1..) => lib.step(1),
        Action::LineUp | Action::Scroll(..=-1) => lib.step(-1),
        Action::HalfPageDown => lib.step(page / 2),
        Action::HalfPageUp => lib.step(-page / 2),
        Action::PageDown => lib.step(page),
        Action::PageUp => lib.step(-page),
        Action::Top => lib.selected = 0,
        Action::Bottom => lib.selected = lib.shown.len().saturating_sub(1),
        Action::FilterStart => lib.editing = true,
        Action::FilterInput(c) => {
            // The best match is the one wanted as the filter narrows.
            lib.filter.push(c);
            lib.refresh();
            lib.selected = 0;
        }
        Action::FilterBackspace => {
            lib.filter.pop();
            lib.refresh();
        }
        Action::FilterErase => {
            lib.filter.clear();
            lib.refresh();
        }
        Action::FilterClear => {
            lib.editing = false;
            lib.filter.clear();
            lib.refresh();
        }
        Action::FilterOpen => {
            lib.editing = false;
            open_selected(state);
        }
        Action::SortBy(key) => {
            lib.order = Order {
                key,
                reverse: lib.order.key == key && !lib.order.reverse,
            };
            lib.refresh();
        }
        Action::Click(_, row) => {
            let list = geometry::library(screen(size)).list;
            let first = geometry::first_row(lib.selected, usize::from(list.height));
            if let Some(i) = geometry::item_at(list, first, row).filter(|&i| i < lib.shown.len()) {
                lib.selected = i;
                open_selected(state);
            }
        }
        Action::Activate => open_selected(state),
        // A filter is dropped first; with none, Esc leaves, as q does.
        Action::Back if !lib.filter.is_empty() => {
            lib.filter.clear();
            lib.refresh();
        }
        Action::Back => state.quit = true,
        _ => {}
    }
}

/// Open the selected briefing in the reader. It is loaded now (it may have changed
/// since it was listed): a file that does not load stays in the list with its problem,
/// which the status bar says.
fn open_selected(state: &mut State) {
    let Some(lib) = state.library.as_mut() else {
        return;
    };
    // Said once, on the first screen.
    state.config.notice = None;
    let Some(&at) = lib.shown.get(lib.selected) else {
        return;
    };
    let item = &mut lib.items[at];
    // A large article opens on its start, as from the command line; its whole follows.
    match crate::load::load_start(&item.path) {
        Ok(crate::load::Start::Whole(loaded)) => {
            item.info = Info::Loaded(crate::library::Meta::of(&loaded.briefing));
            lib.open = Some(at);
            let doc = Doc::from_file(&item.path, loaded.briefing);
            state.reader = Some(Reader::new(Arc::new(doc)));
        }
        Ok(crate::load::Start::Head(start)) => {
            lib.open = Some(at);
            let doc = Doc::head(start.briefing, &item.path);
            state.reader = Some(Reader::new(Arc::new(doc)));
        }
        Err(problems) => {
            item.info = Info::broken(&problems);
            lib.message = item.problem().map(|p| format!("cannot open: {p}"));
        }
    }
}

/// The reader was closed: back to the list, the briefing's read progress and last
/// opened as the reader now remembers them.
pub(crate) fn back_from_reader(state: &mut State) {
    state.reader = None;
    if let Some(lib) = state.library.as_mut() {
        if let Some(item) = lib.open.take().and_then(|i| lib.items.get_mut(i)) {
            item.memory = recall(&item.path);
        }
        lib.refresh();
    }
}

/// Make the library ready to draw at `size`: the rows of its list, the selection in it.
pub(crate) fn settle(lib: &mut Library, size: (u16, u16)) {
    lib.rows = usize::from(geometry::library(screen(size)).list.height);
    lib.selected = lib.selected.min(lib.shown.len().saturating_sub(1));
}

fn screen(size: (u16, u16)) -> Rect {
    Rect::new(0, 0, size.0, size.1)
}
