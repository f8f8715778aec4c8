//! The relationship pane's state, without terminal types: which view is shown, what
//! is selected, whether a pair's evidence or the legend is open, the filters (current
//! section only, co-mentions, one kind), whether actors are shown as themselves or
//! rolled up to their countries, and the chart laid out for the pane's size.
//!
//! How the reader uses it: keep one `Pane` per loaded briefing; map keys to
//! `Command`s and call `apply`; apply the returned `Intent` (focus an entity, jump to
//! a sentence). Call `set_section` whenever the reading position enters another
//! section, `set_ascii` with the configuration, then `want` for the width the pane
//! would like and `resize` with the pane's inside before drawing: the widget only
//! reads `chart`. An unhandled `Back` means the pane had nothing to close: the
//! reader's own `Esc` applies.
//!
//! Selection order: in the graph view, the chart's nodes (row by row) then its pairs
//! (strongest first; `Enter` lists the evidence of all the pair's links, kind by
//! kind); in the list view, the list's lines.

use super::chart::{Chart, MAX_NODES};
use super::{Filter, list, pair, specs, visible_links};
use crate::model::{Analysis, Link, Loc, RelationKind};

/// Which picture the pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum View {
    #[default]
    Graph,
    List,
}

/// Whose links: every actor as itself (organisations and people placed near their
/// country), or everything rolled up to countries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Actors {
    #[default]
    All,
    Countries,
}

/// A selectable thing in the pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// An entity (index into `Analysis::entities`).
    Node(usize),
    /// A link (index into `Pane::links`): the list view's lines.
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
    /// Select the next item (`j`, ↓).
    Next,
    /// Select the previous item (`k`, ↑).
    Prev,
    /// Select the first item (`g`).
    First,
    /// Select the last item (`G`).
    Last,
    /// Open a pair's evidence, jump to an evidence sentence, or focus a node.
    Enter,
    /// Close the evidence list or the legend (`Esc`).
    Back,
    /// Switch between graph and list (`v`).
    ToggleView,
    /// Show only the links with evidence in the current section, or all (`c`).
    ToggleSection,
    /// Show co-mentions too, dimmed, or hide them (`m`).
    ToggleCoMentions,
    /// Show only the next kind of link, then all again (`t`).
    NextKind,
    /// The same, backwards (`T`).
    PrevKind,
    /// Every actor, or countries only with everything rolled up to them (`a`).
    ToggleActors,
    /// Show or hide the legend in words (`l`).
    ToggleLegend,
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
    item: Item,
    pub selected: usize,
}

/// What the chart was laid out for: it is laid out again only when this changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    width: u16,
    height: u16,
    filter: Filter,
    actors: Actors,
    links: usize,
    ascii: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Pane {
    view: View,
    legend: bool,
    section_only: bool,
    current_section: usize,
    co_mentions: bool,
    kind: Option<RelationKind>,
    actors: Actors,
    /// The links rolled up to countries, while `actors` asks for them (computed when
    /// asked, once: `relations::country_view`).
    rolled: Option<Vec<Link>>,
    /// Each entity's country, for the country view (`entities::rollup_all`).
    countries: Vec<Option<usize>>,
    ascii: bool,
    selected: Option<Item>,
    evidence: Option<EvidenceView>,
    /// The pane's inside, as last given to `resize`.
    size: Option<(u16, u16)>,
    /// The chart for that size and the filters in force: laid out once per briefing,
    /// filter and size, not once per frame.
    chart: Option<(Key, Chart)>,
    /// The width the pane would like, and what it was computed for.
    want: Option<(Key, u16)>,
    /// Co-mentions the filters hide, counted with the chart (for the note under it).
    hidden_co: usize,
    /// How many times the chart was laid out, to check that it is not done per frame.
    layouts: u32,
    /// The chart asked for when it is too large to lay out between two frames: a
    /// worker lays it out (`ChartJob`), and `adopt` takes it.
    deferred: Option<Key>,
}

/// More visible links than this and the chart is laid out on a worker: a 20 MB
/// article's thousand links take the layout 50–85 ms, five frames; the largest of the
/// development corpus's (28 links) take 5.
const LAYOUT_NOW_MAX: usize = 256;

/// A chart to lay out on a worker: the pane as it was when asked.
#[derive(Debug, Clone)]
pub struct ChartJob {
    pane: Pane,
}

/// A chart laid out by a `ChartJob`, for `Pane::adopt`.
#[derive(Debug, Clone)]
pub struct Charted {
    key: Key,
    chart: Chart,
    hidden_co: usize,
}

impl ChartJob {
    /// Lay the chart out for `analysis`, the one the pane showed when asked.
    pub fn run(mut self, analysis: &Analysis) -> Charted {
        let (key, chart) = self.pane.lay_out(analysis);
        Charted {
            key,
            chart,
            hidden_co: self.pane.hidden_co_mentions(analysis),
        }
    }
}

impl Pane {
    pub fn new() -> Pane {
        Pane::default()
    }

    /// The view asked for (the widget still shows the list when the chart does not fit).
    pub(crate) fn view(&self) -> View {
        self.view
    }

    /// The legend in words is open.
    pub(crate) fn legend(&self) -> bool {
        self.legend
    }

    pub fn selected(&self) -> Option<Item> {
        self.selected
    }

    pub fn evidence(&self) -> Option<EvidenceView> {
        self.evidence
    }

    /// The filters in force.
    pub(crate) fn filter(&self) -> Filter {
        Filter {
            section: self.section_only.then_some(self.current_section),
            co_mentions: self.co_mentions,
            kind: self.kind,
        }
    }

    /// The links the pane is about: the analysis's own, or rolled up to countries.
    pub(crate) fn links<'a>(&'a self, analysis: &'a Analysis) -> &'a [Link] {
        match (&self.rolled, self.actors) {
            (Some(rolled), Actors::Countries) => rolled,
            _ => &analysis.links,
        }
    }

    /// The links shown (indexes into `links`).
    pub fn visible(&self, analysis: &Analysis) -> Vec<usize> {
        visible_links(self.links(analysis), self.filter())
    }

    /// How many co-mentions the filters hide, as counted when the chart was laid out.
    pub(crate) fn co_mentions_hidden(&self) -> usize {
        self.hidden_co
    }

    /// Links the filters hide, besides the kind filter: how many co-mentions are not
    /// shown (for the note under the chart).
    fn hidden_co_mentions(&self, analysis: &Analysis) -> usize {
        if self.co_mentions || self.kind.is_some() {
            return 0;
        }
        let all = Filter {
            co_mentions: true,
            ..self.filter()
        };
        let links = self.links(analysis);
        links
            .iter()
            .filter(|l| l.kind == RelationKind::CoMention && all.keeps(l))
            .count()
    }

    /// The node that stands for `entity` on the chart: itself, or in the country
    /// view its country.
    pub(crate) fn node_of(&self, entity: usize) -> usize {
        match self.actors {
            Actors::All => entity,
            Actors::Countries => self
                .countries
                .get(entity)
                .copied()
                .flatten()
                .unwrap_or(entity),
        }
    }

    /// A short title for the pane's border: view and filters.
    pub fn title(&self) -> String {
        let view = match (self.evidence.is_some(), self.legend, self.view) {
            (true, _, _) => "evidence",
            (false, true, _) => "legend",
            (false, false, View::Graph) => "graph",
            (false, false, View::List) => "list",
        };
        let mut out = format!("Relations · {view}");
        if let Some(k) = self.kind {
            out.push_str(&format!(" · {} only", k.as_str()));
        } else if self.co_mentions {
            out.push_str(" · with co-mentions");
        }
        if self.actors == Actors::Countries {
            out.push_str(" · countries");
        }
        if let Some(s) = self.filter().section {
            out.push_str(&format!(" · section {} only", s + 1));
        }
        out
    }

    /// Draw with ASCII only (`--ascii`).
    pub(crate) fn set_ascii(&mut self, ascii: bool) {
        self.ascii = ascii;
    }

    pub(crate) fn ascii(&self) -> bool {
        self.ascii
    }

    /// The width the pane would like (border included): room for the chart's
    /// columns of labels, from 38 to 120 columns. The reader shares the screen by it.
    pub(crate) fn want(&mut self, analysis: &Analysis) -> u16 {
        let key = self.key(analysis, 0, 0);
        if let Some((k, w)) = self.want
            && k == key
        {
            return w;
        }
        let (nodes, _) = specs(analysis, self.links(analysis), &self.visible(analysis));
        let n = nodes.len().min(MAX_NODES);
        let widest = nodes
            .iter()
            .map(|n| crate::text::width(&n.name))
            .max()
            .unwrap_or(0);
        let label = widest.clamp(6, 24) as f64 + 2.0 + 3.0;
        let cols = ((n as f64 * 1.5).sqrt().ceil()).clamp(1.0, 6.0);
        let want = ((cols * label) as u16 + 5).clamp(38, 120);
        self.want = Some((key, want));
        want
    }

    /// The pane's inside is now `width`×`height`: lay the chart out for it (when the
    /// size, a filter or the links changed since the last time).
    pub fn resize(&mut self, analysis: &Analysis, width: u16, height: u16) {
        self.size = Some((width, height));
        self.layout(analysis);
    }

    /// The chart for the size given to `resize`, if one was.
    pub fn chart(&self) -> Option<&Chart> {
        self.chart.as_ref().map(|(_, chart)| chart)
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
        list::order(self.links(analysis), &self.visible(analysis))
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

    /// The kinds of link the `t` key steps through: those of the links shown without
    /// a kind filter, in the order of `RelationKind::ALL`.
    pub(crate) fn kinds(&self, analysis: &Analysis) -> Vec<RelationKind> {
        let f = Filter {
            kind: None,
            ..self.filter()
        };
        let links = self.links(analysis);
        RelationKind::ALL
            .into_iter()
            .filter(|&k| links.iter().any(|l| l.kind == k && f.keeps(l)))
            .collect()
    }

    /// Do what `command` means; see `Command`.
    pub fn apply(&mut self, command: Command, analysis: &Analysis) -> Response {
        if let Some(ev) = self.evidence {
            return self.apply_in_evidence(command, ev, analysis);
        }
        if self.legend && matches!(command, Command::Back | Command::Enter) {
            self.legend = false;
            return Response::handled(None);
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
                self.legend = false;
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
            Command::ToggleCoMentions => {
                self.co_mentions = !self.co_mentions;
                if self.kind == Some(RelationKind::CoMention) {
                    self.kind = None;
                }
                self.settle(analysis);
                Response::handled(None)
            }
            Command::NextKind | Command::PrevKind => {
                let kinds = self.kinds(analysis);
                let at = self.kind.and_then(|k| kinds.iter().position(|&x| x == k));
                self.kind = match (command, at) {
                    (Command::NextKind, None) => kinds.first().copied(),
                    (Command::NextKind, Some(i)) => kinds.get(i + 1).copied(),
                    (_, None) => kinds.last().copied(),
                    (_, Some(i)) => i.checked_sub(1).and_then(|i| kinds.get(i)).copied(),
                };
                self.settle(analysis);
                Response::handled(None)
            }
            Command::ToggleActors => {
                self.actors = match self.actors {
                    Actors::All => Actors::Countries,
                    Actors::Countries => Actors::All,
                };
                if self.actors == Actors::Countries && self.rolled.is_none() {
                    self.rolled = Some(crate::relations::country_view(
                        &analysis.links,
                        &analysis.entities,
                    ));
                    self.countries = crate::entities::rollup_all(&analysis.entities);
                }
                // Indexes into the links changed: a list selection means another link now.
                if matches!(self.selected, Some(Item::Link(_))) {
                    self.selected = None;
                }
                self.settle(analysis);
                Response::handled(None)
            }
            Command::ToggleLegend => {
                self.legend = !self.legend;
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
                let links = self.links(analysis);
                let loc = entries
                    .get(ev.selected)
                    .and_then(|&(l, e)| links.get(l)?.evidence.get(e))
                    .map(|e| e.loc);
                return Response::handled(loc.map(Intent::Jump));
            }
            Command::Back => {
                self.evidence = None;
                return Response::handled(None);
            }
            _ => {
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
            Some(Item::Pair(a, b)) => pair::links_between(self.links(analysis), &visible, a, b),
            _ => Vec::new(),
        }
    }

    /// The open evidence as (link, index into its evidence), in the order listed.
    pub fn evidence_entries(&self, analysis: &Analysis) -> Vec<(usize, usize)> {
        let links = self.links(analysis);
        self.evidence_links(analysis)
            .into_iter()
            .flat_map(|l| {
                let n = links.get(l).map_or(0, |l| l.evidence.len());
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

    fn key(&self, analysis: &Analysis, width: u16, height: u16) -> Key {
        Key {
            width,
            height,
            filter: self.filter(),
            actors: self.actors,
            links: analysis.links.len(),
            ascii: self.ascii,
        }
    }

    /// Lay the chart out for the pane's size and filters, unless it already is; a
    /// large one is left to a worker (`chart_job`), the list shown meanwhile.
    fn layout(&mut self, analysis: &Analysis) {
        let Some((width, height)) = self.size else {
            return;
        };
        let key = self.key(analysis, width, height);
        if self.chart.as_ref().is_some_and(|(k, _)| *k == key) {
            self.deferred = None;
            return;
        }
        if self.visible(analysis).len() > LAYOUT_NOW_MAX {
            self.chart = None;
            self.deferred = Some(key);
            return;
        }
        let (key, chart) = self.lay_out(analysis);
        let hidden_co = self.hidden_co_mentions(analysis);
        self.install(Charted {
            key,
            chart,
            hidden_co,
        });
    }

    fn lay_out(&mut self, analysis: &Analysis) -> (Key, Chart) {
        let (width, height) = self.size.unwrap_or_default();
        let key = self.key(analysis, width, height);
        let (nodes, edges) = specs(analysis, self.links(analysis), &self.visible(analysis));
        (
            key,
            Chart::layout(&nodes, &edges, width, height, self.ascii),
        )
    }

    /// The chart to lay out on a worker, when one is waited for.
    pub fn chart_job(&self) -> Option<ChartJob> {
        self.deferred?;
        let mut pane = self.clone();
        pane.chart = None;
        Some(ChartJob { pane })
    }

    /// The chart waited for from a worker, if one is: a job started for the same key
    /// lays out the same chart.
    pub fn deferred(&self) -> Option<Key> {
        self.deferred
    }

    /// A chart laid out by a worker: taken when it is the one waited for (the size or
    /// a filter may have changed since).
    pub fn adopt(&mut self, charted: Charted) {
        if self.deferred == Some(charted.key) {
            self.install(charted);
        }
    }

    fn install(&mut self, charted: Charted) {
        self.chart = Some((charted.key, charted.chart));
        self.hidden_co = charted.hidden_co;
        self.deferred = None;
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
        let shown = |n: usize| self.chart().is_some_and(|c| c.nodes.contains(&n));
        let gone = match self.selected {
            Some(Item::Link(l)) => !visible.contains(&l),
            Some(Item::Pair(a, b)) => {
                self.view == View::List
                    || pair::links_between(self.links(analysis), &visible, a, b).is_empty()
            }
            Some(Item::Node(n)) => self.view == View::List || !shown(n),
            None => false,
        };
        if gone {
            self.selected = None;
        }
    }
}

#[cfg(test)]
mod tests;
