//! The lines under the chart, as tagged spans: what the selection is, in words
//! (`United States ━→ Russia: sanctions on Russia (2 sentences)`; a node's partners;
//! with nothing selected, how much the chart shows), and the note on what is not
//! drawn (`+3 links not drawn (2 cooperation, 1 trade) · 12 crossings · v lists every
//! link, z zooms`).

use super::chart::{Chart, EdgeSpec, Tag};
use super::glyph::{self, Dir};
use super::pair::{self, Pair, plural};
use super::pane::Item;
use crate::model::{Entity, Link, RelationKind};
use crate::text;

/// Tagged spans, as the list view's lines.
type Spans = Vec<(String, Tag)>;

/// The detail line for `selected` on `chart`; `links` are the pane's.
pub(crate) fn line(
    chart: &Chart,
    entities: &[Entity],
    links: &[Link],
    selected: Option<Item>,
) -> Spans {
    match selected {
        Some(Item::Pair(a, b)) => chart
            .pair_index(a, b)
            .map(|k| pair_line(entities, &chart.pairs[k], k, chart.ascii))
            .unwrap_or_default(),
        Some(Item::Node(n)) => node_line(chart, entities, n),
        Some(Item::Link(l)) => of_links(links, &[l]).map_or_else(Vec::new, |p| {
            pair_line(entities, &p, usize::MAX, chart.ascii)
        }),
        None if chart.pairs.is_empty() => {
            let words = "no links shown here (M co-mentions, t kinds, c section, A countries)";
            vec![(words.to_string(), Tag::Note)]
        }
        None => {
            let words = [
                plural(chart.nodes.len() as u32, "actor", "actors"),
                plural(chart.pairs.len() as u32, "pair", "pairs"),
                plural(
                    chart.pairs.iter().map(|p| p.parts.len() as u32).sum(),
                    "link",
                    "links",
                ),
            ];
            let hint = "j/k select, Enter opens, l legend";
            vec![(format!("{} · {hint}", words.join(" · ")), Tag::Note)]
        }
    }
}

/// From this many crossings the note suggests the list or the zoom.
const DENSE: usize = 8;

/// The note on what the chart leaves out: links with no room, co-mentions hidden by
/// the filter. Empty when nothing is left out.
pub fn note(chart: &Chart, co_mentions_hidden: usize) -> String {
    let mut parts = Vec::new();
    if chart.hidden > 0 {
        let kinds: Vec<String> = chart
            .hidden_kinds
            .iter()
            .map(|(k, n)| format!("{n} {}", k.as_str()))
            .collect();
        let links = plural(chart.hidden as u32, "link", "links");
        parts.push(format!("+{links} not drawn ({})", kinds.join(", ")));
    }
    if co_mentions_hidden > 0 {
        let n = plural(co_mentions_hidden as u32, "co-mention", "co-mentions");
        parts.push(format!("{n} hidden (M shows)"));
    }
    // A tangle reads better as a list, or zoomed.
    if chart.crossings >= DENSE {
        parts.push(format!("{} crossings", chart.crossings));
    }
    if chart.hidden > 0 || chart.crossings >= DENSE {
        parts.push(String::from("v lists every link, z zooms"));
    }
    parts.join(" · ")
}

/// The pair made of `links` (all between the same two entities), if any.
pub(crate) fn of_links(links: &[Link], chosen: &[usize]) -> Option<Pair> {
    let specs: Vec<EdgeSpec> = chosen
        .iter()
        .filter_map(|&i| {
            let l = links.get(i)?;
            Some(EdgeSpec {
                link: i,
                from: l.from,
                to: l.to,
                kind: l.kind,
                directed: l.directed,
                weight: l.weight,
                negated: l.negated,
                sentences: l
                    .evidence
                    .iter()
                    .map(|e| (e.loc.section, e.sentence as u32))
                    .collect(),
            })
        })
        .collect();
    let refs: Vec<&EdgeSpec> = specs.iter().collect();
    pair::group(&refs).into_iter().next()
}

fn name(entities: &[Entity], e: usize) -> String {
    entities
        .get(e)
        .map_or_else(|| String::from("?"), |e| text::clean(&e.name).into_owned())
}

/// `Russia ═ Kazakhstan: alliance (3 sentences), cooperation (2 sentences)`; a
/// directed pair reads from its source (`United States ━→ Russia: sanctions on
/// Russia (2 sentences)`), and negated links say so. `k` is the pair's index on the
/// chart, for the tags.
pub(crate) fn pair_line(entities: &[Entity], p: &Pair, k: usize, ascii: bool) -> Spans {
    let style = glyph::style(p.kind(), ascii);
    let (h, right, left) = (
        style.h,
        glyph::arrow(Dir::Right, ascii),
        glyph::arrow(Dir::Left, ascii),
    );
    let (first, second, link) = match (p.into_a, p.into_b) {
        (true, true) => (p.a, p.b, format!(" {left}{h}{right} ")),
        (true, false) => (p.b, p.a, format!(" {h}{right} ")),
        (false, true) => (p.a, p.b, format!(" {h}{right} ")),
        (false, false) => (p.a, p.b, format!(" {h} ")),
    };
    let edge = Tag::Edge {
        pair: k,
        kind: p.kind(),
    };
    let mut spans = vec![
        (name(entities, first), Tag::Node(first)),
        (link, edge),
        (name(entities, second), Tag::Node(second)),
        (String::from(":"), Tag::Note),
    ];
    for (i, part) in p.parts.iter().enumerate() {
        let sep = if i == 0 { " " } else { ", " };
        spans.push((sep.to_string(), Tag::Note));
        let mut words = part.kind.as_str().to_string();
        if part.directed {
            let to = name(entities, part.to);
            let by = name(entities, part.from);
            // Say who acts when it is not the way the line's head reads.
            let against = part.from != first;
            words = match (part.kind, against) {
                (RelationKind::Aid, false) => format!("aid to {to}"),
                (RelationKind::Aid, true) => format!("aid from {by} to {to}"),
                (kind, false) => format!("{} on {to}", kind.as_str()),
                (kind, true) => format!("{} by {by} on {to}", kind.as_str()),
            };
        }
        if part.negated {
            words.push_str(", negated");
        }
        let count = plural(part.weight, "sentence", "sentences");
        spans.push((
            format!("{words} ({count})"),
            Tag::Label {
                pair: k,
                kind: part.kind,
            },
        ));
    }
    if p.parts.iter().any(|x| x.negated) {
        let why = ". Negated: the text states it only to deny, refuse or suppose it";
        spans.push((why.to_string(), Tag::Note));
    }
    if p.co_mention() {
        spans.push((
            String::from(". Named in the same sentences; no link stated"),
            Tag::Note,
        ));
    }
    spans
}

/// `Russia: linked to Kazakhstan (9 sentences) · Syria (4 sentences)`: the node's
/// partners on the chart, strongest first.
fn node_line(chart: &Chart, entities: &[Entity], n: usize) -> Spans {
    let mut spans = vec![
        (name(entities, n), Tag::Node(n)),
        (String::from(":"), Tag::Note),
    ];
    let mut partners: Vec<&Pair> = chart
        .pairs
        .iter()
        .filter(|p| p.a == n || p.b == n)
        .collect();
    partners.sort_by_key(|p| std::cmp::Reverse(p.sentences));
    for (i, p) in partners.iter().enumerate() {
        let other = if p.a == n { p.b } else { p.a };
        let sep = if i == 0 { " linked to " } else { " · " };
        spans.push((sep.to_string(), Tag::Note));
        spans.push((name(entities, other), Tag::Node(other)));
        let kinds: Vec<&str> = p.kinds().iter().map(|k| k.0.as_str()).collect();
        spans.push((
            format!(
                " ({}, {})",
                kinds.join(", "),
                plural(p.sentences, "sentence", "sentences")
            ),
            Tag::Note,
        ));
    }
    if partners.is_empty() {
        spans.push((String::from(" no links shown"), Tag::Note));
    }
    spans
}
