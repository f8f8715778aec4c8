//! The line under the chart about what is selected, as tagged spans: a pair's kinds
//! with their weights (`Russia ═ Kazakhstan: alliance (3), cooperation (4)`), a node's
//! partners, or with nothing selected how much the chart shows.

use super::chart::{Chart, EdgeSpec, Tag};
use super::glyph;
use super::pair::{self, Pair};
use super::pane::Item;
use crate::model::Analysis;
use crate::text;

/// Tagged spans, as the list view's lines.
pub type Spans = Vec<(String, Tag)>;

/// The detail line for `selected` on `chart`.
pub fn line(chart: &Chart, analysis: &Analysis, selected: Option<Item>) -> Spans {
    match selected {
        Some(Item::Pair(a, b)) => chart
            .pair(a, b)
            .map(|p| pair_line(analysis, p))
            .unwrap_or_default(),
        Some(Item::Node(n)) => node_line(chart, analysis, n),
        Some(Item::Link(l)) => {
            let links = [l];
            of_links(analysis, &links).map_or_else(Vec::new, |p| pair_line(analysis, &p))
        }
        None => {
            let plural = |n: usize, one: &str, many: &str| {
                format!("{n} {}", if n == 1 { one } else { many })
            };
            let words = [
                plural(chart.nodes.len(), "actor", "actors"),
                plural(chart.pairs.len(), "pair", "pairs"),
                plural(chart.edges.len(), "link", "links"),
            ];
            vec![(words.join(" · "), Tag::Note)]
        }
    }
}

/// The pair made of `links` (all between the same two entities), if any.
pub fn of_links(analysis: &Analysis, links: &[usize]) -> Option<Pair> {
    let specs: Vec<EdgeSpec> = links
        .iter()
        .filter_map(|&i| {
            let l = analysis.links.get(i)?;
            Some(EdgeSpec {
                link: i,
                from: l.from,
                to: l.to,
                kind: l.kind,
                directed: l.directed,
                weight: l.weight,
            })
        })
        .collect();
    let refs: Vec<&EdgeSpec> = specs.iter().collect();
    pair::group(&refs).into_iter().next()
}

/// `Russia ═ Kazakhstan: alliance (3), cooperation (4)`; a directed pair reads from
/// its source (`United States ━▶ Russia: sanctions (2)`).
pub fn pair_line(analysis: &Analysis, p: &Pair) -> Spans {
    let name = |e: usize| {
        analysis
            .entities
            .get(e)
            .map_or_else(|| String::from("?"), |e| text::clean(&e.name).into_owned())
    };
    let h = glyph::glyphs(p.kind()).horizontal;
    let (first, second, link) = match (p.into_a, p.into_b) {
        (true, true) => (p.a, p.b, format!(" ◀{h}▶ ")),
        (true, false) => (p.b, p.a, format!(" {h}▶ ")),
        (false, true) => (p.a, p.b, format!(" {h}▶ ")),
        (false, false) => (p.a, p.b, format!(" {h} ")),
    };
    let edge = Tag::Edge {
        link: p.link(),
        kind: p.kind(),
    };
    let mut spans = vec![
        (name(first), Tag::Node(first)),
        (link, edge),
        (name(second), Tag::Node(second)),
        (String::from(":"), Tag::Note),
    ];
    for (k, (kind, weight)) in p.kinds.iter().enumerate() {
        let sep = if k == 0 { " " } else { ", " };
        spans.push((sep.to_string(), Tag::Note));
        let tag = Tag::Label {
            link: p.link(),
            kind: *kind,
        };
        spans.push((format!("{} ({weight})", kind.as_str()), tag));
    }
    spans
}

/// `Russia: Kazakhstan 10 · Syria 4 · United States 4`: the node's partners on the
/// chart, heaviest first, with the total weight of their links.
fn node_line(chart: &Chart, analysis: &Analysis, n: usize) -> Spans {
    let name = |e: usize| {
        analysis
            .entities
            .get(e)
            .map_or_else(|| String::from("?"), |e| text::clean(&e.name).into_owned())
    };
    let mut spans = vec![(name(n), Tag::Node(n)), (String::from(":"), Tag::Note)];
    let mut any = false;
    for p in chart.pairs.iter().filter(|p| p.a == n || p.b == n) {
        let other = if p.a == n { p.b } else { p.a };
        let sep = if any { " · " } else { " " };
        spans.push((sep.to_string(), Tag::Note));
        spans.push((format!("{} {}", name(other), p.weight), Tag::Node(other)));
        any = true;
    }
    if !any {
        spans.push((String::from(" no links"), Tag::Note));
    }
    spans
}
