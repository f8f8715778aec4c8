//! The list view: one line per link, heaviest first, as text spans with tags
//! (`United States ━→ Russia · sanctions · 2 sentences · “sanctions”`). Also the
//! fallback when the pane is too small for the chart, and what reads best when the
//! graph is dense.

use super::chart::Tag;
use super::glyph::{self, Dir};
use super::pair::plural;
use crate::model::{Entity, Link};
use crate::text;

/// One link as a line of tagged spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Index into the pane's links.
    pub link: usize,
    pub(crate) spans: Vec<(String, Tag)>,
}

impl Line {
    pub fn text(&self) -> String {
        self.spans.iter().map(|(s, _)| s.as_str()).collect()
    }
}

/// The links `visible` in list order: stated before negated and co-mentions, then
/// heaviest first, ties in the given order.
pub fn order(links: &[Link], visible: &[usize]) -> Vec<usize> {
    let mut sorted: Vec<usize> = visible
        .iter()
        .copied()
        .filter(|&i| i < links.len())
        .collect();
    sorted.sort_by_key(|&i| {
        let l = &links[i];
        (!l.kind.is_typed(), l.negated, std::cmp::Reverse(l.weight))
    });
    sorted
}

/// The list view's lines for the links `visible`.
pub fn lines(entities: &[Entity], links: &[Link], visible: &[usize], ascii: bool) -> Vec<Line> {
    order(links, visible)
        .into_iter()
        .filter_map(|i| line(entities, links, i, ascii))
        .collect()
}

/// The list line of link `i`, or `None` when there is no such link. Its `Edge` and
/// `Label` tags carry `usize::MAX` for the pair: a list line is not on the chart.
pub(crate) fn line(entities: &[Entity], links: &[Link], i: usize, ascii: bool) -> Option<Line> {
    let link = links.get(i)?;
    let name = |e: usize| {
        entities
            .get(e)
            .map_or_else(|| String::from("?"), |e| text::clean(&e.name).into_owned())
    };
    let style = glyph::style(link.kind, ascii);
    let tip = if link.directed && !link.negated {
        glyph::arrow(Dir::Right, ascii)
    } else {
        style.h
    };
    let edge = Tag::Edge {
        pair: usize::MAX,
        kind: link.kind,
    };
    let label = Tag::Label {
        pair: usize::MAX,
        kind: link.kind,
    };
    let mut kind = link.kind.as_str().to_string();
    if link.negated {
        kind.push_str(" (negated)");
    }
    let mut spans = vec![
        (name(link.from), Tag::Node(link.from)),
        (format!(" {}{tip} ", style.h), edge),
        (name(link.to), Tag::Node(link.to)),
        (String::from(" · "), Tag::Note),
        (kind, label),
        (
            format!(" · {}", plural(link.weight, "sentence", "sentences")),
            Tag::Note,
        ),
    ];
    if let Some(cue) = link.evidence.iter().find_map(|e| e.cue.as_deref()) {
        let (open, close) = if ascii { ('"', '"') } else { ('“', '”') };
        spans.push((format!(" · {open}{}{close}", text::clean(cue)), Tag::Note));
    }
    Some(Line { link: i, spans })
}
