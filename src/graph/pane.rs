//! The relationship pane's state, without terminal types: which view is shown, what
//! is selected, whether a link's evidence is open, the "current section only" filter,
//! and the cached chart.
//!
//! How the reader uses it: keep one `Pane` per loaded briefing; map keys to
//! `Command`s (`j`/`k`/arrows → `Next`/`Prev`, `g`/`G` → `First`/`Last`, `Enter`,
//! `Esc` → `Back`, `v` → `ToggleView`, `c` → `ToggleSection`) and call `apply`;
//! apply the returned `Intent` (focus an entity, jump to a sentence). Call
//! `set_section` whenever the reading position enters another section. An
//! unhandled `Back` means the pane had nothing to close: the reader's own `Esc` applies.
//!
//! Selection order: in the graph view, the chart's nodes (hub first, then clockwise
//! from the top) then its links (strongest first); in the list view, the list's lines.

use std::cell::{Ref, RefCell};

use super::chart::Chart;
use super::{list, specs, visible_links};
use crate::model::{Analysis, Loc};

/// Which picture the pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Graph,
    List,
}

/// A selectable thing in the pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// An entity (index into `Analysis::entities`).
    Node(usize),
    /// A link (index into `Analysis::links`).
    Link(usize),
}

/// What the pane asks the reader to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// Focus this entity, as `f` does in the reading pane.
    Focus(usize),
    /// Scroll the reading pane to this sentence and highlight it.
    Jump(Loc),
}

/// A key's meaning inside the pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Select the next item (`j`, ↓, →).
    Next,
    /// Select the previous item (`k`, ↑, ←).
    Prev,
    /// Select the first item (`g`).
    First,
    /// Select the last item (`G`).
    Last,
    /// Open a link's evidence, jump to an evidence sentence, or focus a node.
    Enter,
    /// Close the evidence list (`Esc`).
    Back,
    /// Switch between graph and list (`v`).
    ToggleView,
    /// Show only the links with evidence in the current section, or all (`c`).
    ToggleSection,
}

/// The outcome of a command: whether the pane used it, and what the reader should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Response {
    pub handled: bool,
    pub intent: Option<Intent>,
}

impl Response {
    fn handled(intent: Option<Intent>) -> Response {
        Response {
            handled: true,
            intent,
        }
    }
}

/// The open evidence list: the link and the selected sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceView {
    pub link: usize,
    pub selected: usize,
}

/// What the cached chart was computed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    width: u16,
    height: u16,
    section: Option<usize>,
    links: usize,
}

#[derive(Debug, Default)]
pub struct Pane {
    view: View,
    section_only: bool,
    current_section: usize,
    selected: Option<Item>,
    evidence: Option<EvidenceView>,
    /// The chart for the last size drawn. A cell because the pane's size is known only
    /// when the frame is laid out; the cache keeps the layout at once per briefing,
    /// filter and size, not once per frame.
    cache: RefCell<(Option<Key>, Chart)>,
}

impl Pane {
    pub fn new() -> Pane {
        Pane::default()
    }

    /// The view asked for (the widget still shows the list when the chart does not fit).
    pub fn view(&self) -> View {
        self.view
    }

    pub fn section_only(&self) -> bool {
        self.section_only
    }

    pub fn selected(&self) -> Option<Item> {
        self.selected
    }

    pub fn evidence(&self) -> Option<EvidenceView> {
        self.evidence
    }

    /// The section filter in force, if any.
    pub fn filter(&self) -> Option<usize> {
        self.section_only.then_some(self.current_section)
    }

    /// The links shown (indexes into `analysis.links`).
    pub fn visible(&self, analysis: &Analysis) -> Vec<usize> {
        visible_links(analysis, self.filter())
    }

    /// A short title for the pane's border: view and filter.
    pub fn title(&self) -> String {
        let view = match (self.evidence.is_some(), self.view) {
            (true, _) => "evidence",
            (false, View::Graph) => "graph",
            (false, View::List) => "list",
        };
        match self.filter() {
            Some(s) => format!("Links · {view} · section {} only", s + 1),
            None => format!("Links · {view}"),
        }
    }

    /// The chart for a `width`×`height` pane, laid out on first use and cached.
    pub fn chart(&self, analysis: &Analysis, width: u16, height: u16) -> Ref<'_, Chart> {
        let key = Key {
            width,
            height,
            section: self.filter(),
            links: analysis.links.len(),
        };
        if self.cache.borrow().0 != Some(key) {
            let (nodes, edges) = specs(analysis, &self.visible(analysis));
            let chart = Chart::layout(&nodes, &edges, width, height);
            *self.cache.borrow_mut() = (Some(key), chart);
        }
        Ref::map(self.cache.borrow(), |(_, chart)| chart)
    }

    /// True when the graph is what the pane shows at the size last drawn.
    pub fn shows_graph(&self) -> bool {
        self.view == View::Graph
            && matches!(&*self.cache.borrow(), (Some(k), c) if c.fits && k.section == self.filter())
    }

    /// The selectable items in order (see the module doc).
    pub fn items(&self, analysis: &Analysis) -> Vec<Item> {
        if self.shows_graph() {
            let cache = self.cache.borrow();
            let chart = &cache.1;
            let nodes = chart.nodes.iter().map(|&n| Item::Node(n));
            return nodes
                .chain(chart.edges.iter().map(|&l| Item::Link(l)))
                .collect();
        }
        list::order(analysis, &self.visible(analysis))
            .into_iter()
            .map(Item::Link)
            .collect()
    }

    /// The reading position entered section `section`; with the filter on, the pane
    /// follows it.
    pub fn set_section(&mut self, section: usize, analysis: &Analysis) {
        if self.current_section != section {
            self.current_section = section;
            if self.section_only {
                self.settle(analysis);
            }
        }
    }

    /// Do what `command` means; see `Command`.
    pub fn apply(&mut self, command: Command, analysis: &Analysis) -> Response {
        if let Some(ev) = self.evidence {
            return self.apply_in_evidence(command, ev, analysis);
        }
        match command {
            Command::Next | Command::Prev | Command::First | Command::Last => {
                let items = self.items(analysis);
                let at = self
                    .selected
                    .and_then(|s| items.iter().position(|&i| i == s));
                let last = items.len().saturating_sub(1);
                let to = match (command, at) {
                    (_, _) if items.is_empty() => return Response::default(),
                    (Command::First, _) | (Command::Next, None) => 0,
                    (Command::Last, _) | (Command::Prev, None) => last,
                    (Command::Next, Some(i)) => (i + 1).min(last),
                    (_, Some(i)) => i.saturating_sub(1),
                    (_, None) => 0,
                };
                self.selected = items.get(to).copied();
                Response::handled(self.focus_intent())
            }
            Command::Enter => match self.selected {
                Some(Item::Link(link)) => {
                    self.evidence = Some(EvidenceView { link, selected: 0 });
                    Response::handled(None)
                }
                Some(Item::Node(_)) => Response::handled(self.focus_intent()),
                None => Response::default(),
            },
            Command::Back => Response::default(),
            Command::ToggleView => {
                self.view = match self.view {
                    View::Graph => View::List,
                    View::List => View::Graph,
                };
                self.settle(analysis);
                Response::handled(None)
            }
            Command::ToggleSection => {
                self.section_only = !self.section_only;
                self.settle(analysis);
                Response::handled(None)
            }
        }
    }

    fn apply_in_evidence(
        &mut self,
        command: Command,
        ev: EvidenceView,
        analysis: &Analysis,
    ) -> Response {
        let count = analysis.links.get(ev.link).map_or(0, |l| l.evidence.len());
        let last = count.saturating_sub(1);
        let selected = match command {
            Command::Next => (ev.selected + 1).min(last),
            Command::Prev => ev.selected.saturating_sub(1),
            Command::First => 0,
            Command::Last => last,
            Command::Enter => {
                let loc = analysis
                    .links
                    .get(ev.link)
                    .and_then(|l| l.evidence.get(ev.selected))
                    .map(|e| e.loc);
                return Response::handled(loc.map(Intent::Jump));
            }
            Command::Back => {
                self.evidence = None;
                return Response::handled(None);
            }
            Command::ToggleView | Command::ToggleSection => {
                self.evidence = None;
                return self.apply(command, analysis);
            }
        };
        self.evidence = Some(EvidenceView { selected, ..ev });
        Response::handled(None)
    }

    fn focus_intent(&self) -> Option<Intent> {
        match self.selected {
            Some(Item::Node(n)) => Some(Intent::Focus(n)),
            _ => None,
        }
    }

    /// After the items changed: drop a selection or an evidence list that is gone.
    fn settle(&mut self, analysis: &Analysis) {
        let visible = self.visible(analysis);
        if let Some(ev) = self.evidence
            && !visible.contains(&ev.link)
        {
            self.evidence = None;
        }
        let gone = match self.selected {
            Some(Item::Link(l)) => !visible.contains(&l),
            Some(Item::Node(_)) => self.view == View::List,
            None => false,
        };
        if gone {
            self.selected = None;
        }
    }
}
