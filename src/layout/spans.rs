//! Cutting one wrapped line into styled pieces: where entity mentions, search matches
//! and a highlighted sentence start and stop within it. Marks that cross a wrap point
//! simply yield a piece on each line.

use std::ops::Range;

use crate::model::{Loc, Mention, Part};

/// What an entity piece points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark {
    /// Index into `Analysis::entities`.
    pub(crate) entity: u32,
    /// Index into `Analysis::mentions`; `None` on synthesised skim lines.
    pub(crate) mention: Option<usize>,
}

/// A piece of a line with one set of marks: a byte range of the block's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Seg {
    pub(crate) range: Range<u32>,
    pub(crate) mark: Option<Mark>,
    /// Index of the search match covering this piece.
    pub(crate) matched: Option<usize>,
    /// Inside the highlighted sentence (an evidence jump).
    pub(crate) highlight: bool,
}

/// The indexes of the sorted, non-overlapping `locs` that overlap `range` of
/// (`section`, `part`).
fn overlapping<T>(
    items: &[T],
    loc: impl Fn(&T) -> Loc,
    section: u32,
    part: Part,
    range: &Range<u32>,
) -> Range<usize> {
    let first = items.partition_point(|x| {
        let l = loc(x);
        (l.section, l.part, l.end) <= (section, part, range.start)
    });
    let mut last = first;
    while let Some(x) = items.get(last) {
        let l = loc(x);
        if l.section != section || l.part != part || l.start >= range.end {
            break;
        }
        last += 1;
    }
    first..last
}

/// Split `range` of (`section`, `part`) at every mention, match and highlight edge.
/// `mentions` is a slice of `Analysis::mentions` starting at index `offset` (the
/// block's own mentions), so marks can name the mention they show.
pub(crate) fn segments(
    section: u32,
    part: Part,
    range: Range<u32>,
    (offset, mentions): (usize, &[Mention]),
    matches: &[Loc],
    highlight: Option<Loc>,
) -> Vec<Seg> {
    let ms = overlapping(mentions, |m| m.loc, section, part, &range);
    let found = overlapping(matches, |l| *l, section, part, &range);
    let hl = highlight.filter(|h| {
        h.section == section && h.part == part && h.start < range.end && h.end > range.start
    });
    let mut cuts = vec![range.start, range.end];
    for m in &mentions[ms.clone()] {
        cuts.extend([m.loc.start, m.loc.end]);
    }
    for l in &matches[found.clone()] {
        cuts.extend([l.start, l.end]);
    }
    if let Some(h) = hl {
        cuts.extend([h.start, h.end]);
    }
    cuts.retain(|c| (range.start..=range.end).contains(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let inside = |l: &Loc| l.start <= a && b <= l.end;
        let mark = ms
            .clone()
            .find(|&i| inside(&mentions[i].loc))
            .map(|i| Mark {
                entity: mentions[i].entity,
                mention: Some(offset + i),
            });
        let matched = found.clone().find(|&i| inside(&matches[i]));
        out.push(Seg {
            range: a..b,
            mark,
            matched,
            highlight: hl.is_some_and(|h| inside(&h)),
        });
    }
    out
}

/// Pieces of a synthesised line whose marks are given directly.
pub(crate) fn synthetic(range: Range<u32>, marks: &[(Range<u32>, u32)]) -> Vec<Seg> {
    let mut out = Vec::new();
    let mut at = range.start;
    for (r, entity) in marks {
        let (s, e) = (r.start.max(range.start), r.end.min(range.end));
        if s >= e {
            continue;
        }
        if at < s {
            out.push(plain(at..s));
        }
        out.push(Seg {
            range: s..e,
            mark: Some(Mark {
                entity: *entity,
                mention: None,
            }),
            matched: None,
            highlight: false,
        });
        at = e;
    }
    if at < range.end {
        out.push(plain(at..range.end));
    }
    out
}

fn plain(range: Range<u32>) -> Seg {
    Seg {
        range,
        mark: None,
        matched: None,
        highlight: false,
    }
}
