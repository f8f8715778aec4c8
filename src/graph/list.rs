//! The list view: one line per link, heaviest first, as text spans with tags
//! (`United States ─sanctions→ Russia (2) · “sanctions”`). Also the fallback when the
//! pane is too small for the chart.

use super::chart::Tag;
use crate::model::Analysis;
use crate::text;

/// One link as a line of tagged spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Index into `Analysis::links`.
    pub link: usize,
    pub spans: Vec<(String, Tag)>,
}

impl Line {
    pub fn text(&self) -> String {
        self.spans.iter().map(|(s, _)| s.as_str()).collect()
    }
}

/// The links `visible` in list order: heaviest first, ties in the given order.
pub fn order(analysis: &Analysis, visible: &[usize]) -> Vec<usize> {
    let mut sorted: Vec<usize> = visible
        .iter()
        .copied()
        .filter(|&i| i < analysis.links.len())
        .collect();
    sorted.sort_by_key(|&i| std::cmp::Reverse(analysis.links[i].weight));
    sorted
}

/// The list view's lines for the links `visible`.
pub fn lines(analysis: &Analysis, visible: &[usize]) -> Vec<Line> {
    order(analysis, visible)
        .into_iter()
        .filter_map(|i| line(analysis, i))
        .collect()
}

/// The list line of link `i`, or `None` when there is no such link.
pub fn line(analysis: &Analysis, i: usize) -> Option<Line> {
    let link = analysis.links.get(i)?;
    let name = |e: usize| {
        analysis
            .entities
            .get(e)
            .map_or_else(|| String::from("?"), |e| text::clean(&e.name).into_owned())
    };
    let kind = Tag::Edge {
        link: i,
        kind: link.kind,
    };
    let tip = if link.directed { '→' } else { '─' };
    let mut spans = vec![
        (name(link.from), Tag::Node(link.from)),
        (format!(" ─{}{tip} ", link.kind.as_str()), kind),
        (name(link.to), Tag::Node(link.to)),
        (format!(" ({})", link.weight), Tag::Note),
    ];
    if let Some(cue) = link.evidence.iter().find_map(|e| e.cue.as_deref()) {
        spans.push((format!(" · “{}”", text::clean(cue)), Tag::Note));
    }
    Some(Line { link: i, spans })
}
