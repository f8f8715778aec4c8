//! The relationship pane's state, without terminal types: which view is shown, what
//! is selected, whether a link's evidence is open, the "current section only" filter,
//! and the chart laid out for the pane's size.
//!
//! How the reader uses it: keep one `Pane` per loaded briefing; map keys to
//! `Command`s (`j`/`k`/arrows → `Next`/`Prev`, `g`/`G` → `First`/`Last`, `Enter`,
//! `Esc` → `Back`, `v` → `ToggleView`, `c` → `ToggleSection`) and call `apply`;
//! apply the returned `Intent` (focus an entity, jump to a sentence). Call
//! `set_section` whenever the reading position enters another section, and `resize`
//! with the pane's inside before drawing: the widget only reads `chart`. An
//! unhandled `Back` means the pane had nothing to close: the reader's own `Esc` applies.
//!
//! Selection order: in the graph view, the chart's nodes (hub first, then clockwise
//! from the top) then its pairs (heaviest first; `Enter` lists the evidence of all the
//! pair's links, kind by kind); in the list view, the list's lines.

use super::chart::Chart;
use super::{list, pair, specs, visible_links};
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
    /// A link (index into `Analysis::links`): the list view's lines.
    Link(usize),
    /// The links between two entities, the smaller index first: the chart's lines.
    Pair(usize, usize),
}

impl Item {
    /// The pair of entities `a` and `b`, in either order.
    pub fn pair(a: usize, b: usize) -> Item {
        Item::Pair(a.min(b), a.max(b))
    }
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

/// The open evidence list: whose (a link or a pair) and the selected sentence, an
/// index into `Pane::evidence_entries`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceView {
    pub item: Item,
    pub selected: usize,
}

/// What the chart was laid out for: it is laid out again only when this changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    width: u16,
    height: u16,
    section: Option<usize>,
    links: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Pane {
    view: View,
    section_only: bool,
    current_section: usize,
    selected: Option<Item>,
    evidence: Option<EvidenceView>,
    /// The pane's inside, as last given to `resize`.
    size: Option<(u16, u16)>,
    /// The chart for that size and the filter in force: laid out once per briefing,
    /// filter and size (up to 30 nodes placed and routed), not once per frame.
    chart: Option<(Key, Chart)>,
    /// How many times the chart was laid out, to check that it is not done per frame.
    layouts: u32,
}

impl Pane {
    pub fn new() -> Pane {
        Pane::default()
    }

    /// The view asked for (the widget still shows the list when the chart does not fit).
    pub fn view(&self) -> View {
        self.view
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
            Some(s) => format!("Relations · {view} · section {} only", s + 1),
            None => format!("Relations · {view}"),
        }
    }

    /// The pane's inside is now `width`×`height`: lay the chart out for it (when the
    /// size, the filter or the links changed since the last time).
    pub fn resize(&mut self, analysis: &Analysis, width: u16, height: u16) {
        self.size = Some((width, height));
        self.layout(analysis);
    }

    /// The chart for the size given to `resize`, if one was.
    pub fn chart(&self) -> Option<&Chart> {
        self.chart.as_ref().map(|(_, chart)| chart)
    }

    /// How many times this pane laid out its chart.
    #[cfg(test)]
    fn layouts(&self) -> u32 {
        self.layouts
    }

    /// True when the graph is what the pane shows at its size.
    pub fn shows_graph(&self) -> bool {
        self.view == View::Graph && self.chart().is_some_and(|c| c.fits)
    }

    /// The selectable items in order (see the module doc).
    pub fn items(&self, analysis: &Analysis) -> Vec<Item> {
        if let Some(chart) = self.chart().filter(|_| self.shows_graph()) {
            let nodes = chart.nodes.iter().map(|&n| Item::Node(n));
            return nodes
                .chain(chart.pairs.iter().map(|p| Item::Pair(p.a, p.b)))
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
                Some(item @ (Item::Link(_) | Item::Pair(..))) => {
                    self.evidence = Some(EvidenceView { item, selected: 0 });
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
        let entries = self.evidence_entries(analysis);
        let last = entries.len().saturating_sub(1);
        let selected = match command {
            Command::Next => (ev.selected + 1).min(last),
            Command::Prev => ev.selected.saturating_sub(1),
            Command::First => 0,
            Command::Last => last,
            Command::Enter => {
                let loc = entries
                    .get(ev.selected)
                    .and_then(|&(l, e)| analysis.links.get(l)?.evidence.get(e))
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

    /// The links whose evidence is open (or would open on `Enter`): the link, or
    /// the visible links of the pair, most salient kind first.
    pub fn evidence_links(&self, analysis: &Analysis) -> Vec<usize> {
        let item = self.evidence.map(|e| e.item).or(self.selected);
        let visible = self.visible(analysis);
        match item {
            Some(Item::Link(l)) if visible.contains(&l) => vec![l],
            Some(Item::Pair(a, b)) => pair::links_between(analysis, &visible, a, b),
            _ => Vec::new(),
        }
    }

    /// The open evidence as (link, index into its evidence), in the order listed.
    pub fn evidence_entries(&self, analysis: &Analysis) -> Vec<(usize, usize)> {
        self.evidence_links(analysis)
            .into_iter()
            .flat_map(|l| {
                let n = analysis.links.get(l).map_or(0, |l| l.evidence.len());
                (0..n).map(move |e| (l, e))
            })
            .collect()
    }

    fn focus_intent(&self) -> Option<Intent> {
        match self.selected {
            Some(Item::Node(n)) => Some(Intent::Focus(n)),
            _ => None,
        }
    }

    /// Lay the chart out for the pane's size and filter, unless it already is.
    fn layout(&mut self, analysis: &Analysis) {
        let Some((width, height)) = self.size else {
            return;
        };
        let key = Key {
            width,
            height,
            section: self.filter(),
            links: analysis.links.len(),
        };
        if self.chart.as_ref().is_some_and(|(k, _)| *k == key) {
            return;
        }
        let (nodes, edges) = specs(analysis, &self.visible(analysis));
        self.chart = Some((key, Chart::layout(&nodes, &edges, width, height)));
        self.layouts = self.layouts.saturating_add(1);
    }

    /// After the items changed: lay the chart out again, drop a selection or an
    /// evidence list that is gone.
    fn settle(&mut self, analysis: &Analysis) {
        self.layout(analysis);
        let visible = self.visible(analysis);
        if self.evidence.is_some() && self.evidence_links(analysis).is_empty() {
            self.evidence = None;
        }
        let gone = match self.selected {
            Some(Item::Link(l)) => !visible.contains(&l),
            Some(Item::Pair(a, b)) => {
                self.view == View::List || pair::links_between(analysis, &visible, a, b).is_empty()
            }
            Some(Item::Node(_)) => self.view == View::List,
            None => false,
        };
        if gone {
            self.selected = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, EntityKind, Link, LinkEvidence, Part, RelationKind};

    fn entity(name: &str) -> Entity {
        Entity {
            id: name.to_lowercase(),
            name: name.to_string(),
            kind: EntityKind::Country,
            iso: None,
            aliases: Vec::new(),
            affiliation: None,
            short: None,
        }
    }

    fn loc(section: u32, start: u32) -> Loc {
        Loc {
            section,
            part: Part::Para(0),
            start,
            end: start + 10,
        }
    }

    /// A (0) sanctions B (1) with evidence in sections 0 and 2; B–C (2) dialogue in 1.
    fn analysis() -> Analysis {
        let evidence = |l: Loc| LinkEvidence {
            sentence: 0,
            loc: l,
            cue: None,
        };
        let link = |from, to, kind: RelationKind, ev: Vec<LinkEvidence>| Link {
            from,
            to,
            kind,
            directed: kind.is_directed(),
            label: String::new(),
            weight: ev.len() as u32,
            declared: false,
            negated: false,
            evidence: ev,
        };
        Analysis {
            entities: vec![entity("Alpha"), entity("Beta"), entity("Gamma")],
            mentions: Vec::new(),
            links: vec![
                link(
                    0,
                    1,
                    RelationKind::Sanctions,
                    vec![evidence(loc(0, 0)), evidence(loc(2, 5))],
                ),
                link(1, 2, RelationKind::Dialogue, vec![evidence(loc(1, 0))]),
            ],
        }
    }

    #[test]
    fn graph_order_is_nodes_then_links_and_nodes_ask_for_focus() {
        let a = analysis();
        let mut pane = Pane::new();
        pane.resize(&a, 40, 12);
        let chart = pane.chart().expect("laid out");
        assert!(chart.fits);
        let (nodes, pairs) = (chart.nodes.clone(), chart.pairs.clone());
        assert_eq!(nodes[0], 1, "Beta is the strongest node");
        let r = pane.apply(Command::Next, &a);
        assert_eq!(r.intent, Some(Intent::Focus(1)));
        let mut seen = vec![pane.selected()];
        for _ in 0..10 {
            pane.apply(Command::Next, &a);
            seen.push(pane.selected());
        }
        seen.dedup();
        let expected: Vec<Option<Item>> = nodes
            .iter()
            .map(|&n| Some(Item::Node(n)))
            .chain(pairs.iter().map(|p| Some(Item::pair(p.a, p.b))))
            .collect();
        assert_eq!(seen, expected, "stops at the last item");
        assert_eq!(
            pane.apply(Command::First, &a).intent,
            Some(Intent::Focus(1))
        );
    }

    #[test]
    fn enter_opens_evidence_enter_again_jumps_and_esc_returns() {
        let a = analysis();
        let mut pane = Pane::new();
        pane.apply(Command::ToggleView, &a);
        pane.apply(Command::Next, &a);
        assert_eq!(pane.selected(), Some(Item::Link(0)));
        assert_eq!(pane.apply(Command::Enter, &a), Response::handled(None));
        assert_eq!(
            pane.evidence(),
            Some(EvidenceView {
                item: Item::Link(0),
                selected: 0
            })
        );
        assert_eq!(
            pane.apply(Command::Enter, &a).intent,
            Some(Intent::Jump(loc(0, 0)))
        );
        pane.apply(Command::Next, &a);
        pane.apply(Command::Next, &a);
        assert_eq!(
            pane.apply(Command::Enter, &a).intent,
            Some(Intent::Jump(loc(2, 5)))
        );
        assert!(pane.apply(Command::Back, &a).handled);
        assert_eq!(pane.evidence(), None);
        assert_eq!(pane.selected(), Some(Item::Link(0)));
        assert_eq!(pane.apply(Command::Back, &a), Response::default());
    }

    #[test]
    fn section_filter_follows_the_reader_and_drops_what_is_gone() {
        let a = analysis();
        let mut pane = Pane::new();
        pane.apply(Command::ToggleView, &a);
        pane.apply(Command::Last, &a);
        assert_eq!(pane.selected(), Some(Item::Link(1)));
        pane.apply(Command::ToggleSection, &a);
        assert_eq!(
            pane.visible(&a),
            vec![0],
            "section 0 holds only the sanctions"
        );
        assert_eq!(pane.selected(), None, "the dialogue is no longer shown");
        pane.set_section(1, &a);
        assert_eq!(pane.visible(&a), vec![1]);
        pane.set_section(2, &a);
        assert_eq!(pane.visible(&a), vec![0]);
        assert!(pane.title().contains("section 3 only"));
        pane.apply(Command::ToggleSection, &a);
        assert_eq!(pane.visible(&a), vec![0, 1]);
    }

    #[test]
    fn the_chart_is_laid_out_once_per_size_and_filter() {
        let a = analysis();
        let mut pane = Pane::new();
        assert!(pane.chart().is_none(), "no size, no chart");
        for _ in 0..3 {
            pane.resize(&a, 40, 12);
            assert_eq!(pane.chart().map(|c| c.width), Some(40));
        }
        assert_eq!(pane.layouts(), 1, "the same size reuses the layout");
        pane.apply(Command::Next, &a);
        pane.resize(&a, 40, 12);
        assert_eq!(pane.layouts(), 1, "moving the selection does not lay out");
        pane.resize(&a, 50, 12);
        assert_eq!(pane.chart().map(|c| c.width), Some(50));
        assert_eq!(pane.layouts(), 2, "a new size does");
        pane.apply(Command::ToggleSection, &a);
        assert_eq!(pane.chart().map(|c| c.edges.clone()), Some(vec![0]));
        assert_eq!(pane.layouts(), 3, "so does a new filter, at once");
        pane.set_section(1, &a);
        assert_eq!(pane.chart().map(|c| c.edges.clone()), Some(vec![1]));
        assert_eq!(pane.layouts(), 4, "and the filter following the reader");
    }
}
