//! The relationship pane's link chart, without any terminal code: a deterministic
//! layout of entities and links on a character grid (`Chart`, one line per linked
//! pair: `pair`; node labels: `names`; where labels go: `place`; how lines run:
//! `route`; their glyphs: `glyph`), the list view's lines (`list`), the line about
//! the selection (`detail`), the evidence of a link (`evidence`), counts of crossings
//! (`measure`) and the pane's own state (`Pane`). `ui::graph` draws all of it; the
//! reader's `update` feeds keys to `Pane` and applies the `Intent`s it returns.

mod chart;
pub mod detail;
pub mod evidence;
pub(crate) mod glyph;
pub mod list;
pub mod measure;
mod names;
pub(crate) mod pair;
mod pane;
mod place;
mod route;
pub(crate) mod text;

pub use chart::{Chart, EdgeSpec, NodeSpec, Tag};
pub(crate) use pane::View;
pub(crate) use pane::{ChartJob, Charted, Key};
pub use pane::{Command, Intent, Item, Pane};

use crate::model::{Analysis, EntityKind, Link, RelationKind};

/// Which links the pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Filter {
    /// Only the links with evidence in this section.
    pub section: Option<usize>,
    /// Co-mentions too (two actors in one sentence, no link stated): hidden by default.
    pub co_mentions: bool,
    /// Only the links of this kind.
    pub kind: Option<RelationKind>,
}

impl Filter {
    fn keeps(&self, link: &Link) -> bool {
        (self.co_mentions || link.kind.is_typed() || self.kind == Some(link.kind))
            && self.kind.is_none_or(|k| k == link.kind)
            && self
                .section
                .is_none_or(|s| link.evidence.iter().any(|e| e.loc.section as usize == s))
    }
}

/// The links `filter` keeps, as indexes into `links`, in its order (heaviest first).
pub fn visible_links(links: &[Link], filter: Filter) -> Vec<usize> {
    links
        .iter()
        .enumerate()
        .filter(|(_, l)| filter.keeps(l))
        .map(|(i, _)| i)
        .collect()
}

/// The chart's input for the links `visible` (indexes into `links`, whose ends are
/// entities of `analysis`): their entities in order of first appearance, and the links
/// as edges. With no link at all, the most mentioned entity stands alone so the pane
/// is not empty.
pub fn specs(
    analysis: &Analysis,
    links: &[Link],
    visible: &[usize],
) -> (Vec<NodeSpec>, Vec<EdgeSpec>) {
    let countries = crate::entities::rollup_all(&analysis.entities);
    let mut nodes: Vec<NodeSpec> = Vec::new();
    let mut edges = Vec::with_capacity(visible.len());
    let mut seen = std::collections::HashSet::new();
    let mut add = |entity: usize, nodes: &mut Vec<NodeSpec>| {
        if !seen.insert(entity) {
            return;
        }
        if let Some(e) = analysis.entities.get(entity) {
            let country = countries
                .get(entity)
                .copied()
                .flatten()
                .filter(|&c| c != entity && e.kind != EntityKind::Country);
            nodes.push(NodeSpec {
                entity,
                name: e.name.clone(),
                short: e.short_label().map(str::to_string),
                country,
            });
        }
    };
    for &i in visible {
        let Some(link) = links.get(i) else {
            continue;
        };
        add(link.from, &mut nodes);
        add(link.to, &mut nodes);
        edges.push(EdgeSpec {
            link: i,
            from: link.from,
            to: link.to,
            kind: link.kind,
            directed: link.directed,
            weight: link.weight,
            negated: link.negated,
            sentences: link
                .evidence
                .iter()
                .map(|e| (e.loc.section, e.sentence as u32))
                .collect(),
        });
    }
    if visible.is_empty()
        && let Some(top) = most_mentioned(analysis)
    {
        add(top, &mut nodes);
    }
    (nodes, edges)
}

fn most_mentioned(analysis: &Analysis) -> Option<usize> {
    let mut counts = vec![0usize; analysis.entities.len()];
    for m in &analysis.mentions {
        if let Some(c) = counts.get_mut(m.entity as usize) {
            *c += 1;
        }
    }
    // The first entity wins ties: it is the briefing's own first.
    (0..counts.len()).max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))
}
