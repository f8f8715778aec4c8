//! The relationship pane's link chart, without any terminal code: a deterministic
//! layout of entities and links on a character grid (`Chart`, one line per linked
//! pair: `pair`), the list view's lines
//! (`list`), the evidence of a link (`evidence`) and the pane's own state (`Pane`).
//! `ui::graph` draws all of it; the reader's `update` feeds keys to `Pane` and
//! applies the `Intent`s it returns.

pub mod chart;
pub mod detail;
pub mod evidence;
pub mod glyph;
mod line;
pub mod list;
pub mod pair;
pub mod pane;
mod place;
pub mod text;

pub use chart::{Cell, Chart, EdgeSpec, NodeSpec, Tag};
pub use pair::Pair;
pub use pane::{Command, Intent, Item, Pane, View};

use crate::model::Analysis;

/// The links shown: all of them, or only those with evidence in `section`.
/// Indexes into `analysis.links`, in its order (heaviest first).
pub fn visible_links(analysis: &Analysis, section: Option<usize>) -> Vec<usize> {
    analysis
        .links
        .iter()
        .enumerate()
        .filter(|(_, l)| {
            section.is_none_or(|s| l.evidence.iter().any(|e| e.loc.section as usize == s))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The chart's input for the links `visible`: their entities (in order of first
/// appearance) and the links as edges. With no link at all, the most mentioned entity
/// stands alone so the pane is not empty.
pub fn specs(analysis: &Analysis, visible: &[usize]) -> (Vec<NodeSpec>, Vec<EdgeSpec>) {
    let mut nodes: Vec<NodeSpec> = Vec::new();
    let mut edges = Vec::with_capacity(visible.len());
    let mut seen = std::collections::HashSet::new();
    let mut add = |entity: usize, nodes: &mut Vec<NodeSpec>| {
        if !seen.insert(entity) {
            return;
        }
        if let Some(e) = analysis.entities.get(entity) {
            nodes.push(NodeSpec {
                entity,
                name: e.name.clone(),
            });
        }
    };
    for &i in visible {
        let Some(link) = analysis.links.get(i) else {
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
