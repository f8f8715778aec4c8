//! The library's order and filter. Sorting by date, last opened or title (what has no
//! date or was never opened goes last, whichever the direction); filtering fuzzily
//! (nucleo, the matcher of helix: smart case, accents folded) over each file's title,
//! label, source and entity names, the best matches first.

use std::cmp::Ordering;

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::Item;

/// What the list is sorted by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    /// Newest first.
    #[default]
    Date,
    /// Most recently opened first.
    Opened,
    /// A to Z, accents and case ignored.
    Title,
}

impl SortKey {
    pub(crate) fn name(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Opened => "last opened",
            SortKey::Title => "title",
        }
    }
}

/// A sort key and its direction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Order {
    pub(crate) key: SortKey,
    /// The other way round (oldest first, Z to A).
    pub(crate) reverse: bool,
}

/// The indices of `items` in `order`; `scores` (one per item, from a filter) keeps
/// only the items that match and puts the best matches first, `order` breaking ties.
pub(crate) fn sort(items: &[Item], order: Order, scores: Option<&[Option<u32>]>) -> Vec<usize> {
    let mut shown: Vec<usize> = match scores {
        Some(s) => (0..items.len())
            .filter(|&i| s.get(i).copied().flatten().is_some())
            .collect(),
        None => (0..items.len()).collect(),
    };
    // Titles are folded once, not once per comparison.
    let titles: Vec<String> = match order.key {
        SortKey::Title => items
            .iter()
            .map(|i| crate::text::fold_str(i.title()))
            .collect(),
        _ => Vec::new(),
    };
    let by_key = |a: usize, b: usize| -> Ordering {
        let (x, y) = (&items[a], &items[b]);
        let keyed = match order.key {
            SortKey::Date => last_if_none(
                x.meta().and_then(|m| m.date.as_deref()),
                y.meta().and_then(|m| m.date.as_deref()),
                order.reverse,
            ),
            SortKey::Opened => last_if_none(x.memory.opened, y.memory.opened, order.reverse),
            SortKey::Title => {
                let o = titles[a].cmp(&titles[b]);
                if order.reverse { o.reverse() } else { o }
            }
        };
        // Ties (and what has no key) in file order, which is stable across runs.
        keyed.then_with(|| x.label.cmp(&y.label))
    };
    shown.sort_by(|&a, &b| {
        let best = scores.map_or(Ordering::Equal, |s| {
            s.get(b)
                .copied()
                .flatten()
                .cmp(&s.get(a).copied().flatten())
        });
        best.then_with(|| by_key(a, b))
    });
    shown
}

/// Newest (greatest) first, or oldest first when `reverse`; `None` last either way.
fn last_if_none<T: Ord>(a: Option<T>, b: Option<T>, reverse: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) if reverse => a.cmp(&b),
        (Some(a), Some(b)) => b.cmp(&a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// A fuzzy filter, ready to score items.
pub(crate) struct Filter {
    pattern: Pattern,
    matcher: Matcher,
    buf: Vec<char>,
}

impl std::fmt::Debug for Filter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Filter").finish_non_exhaustive()
    }
}

impl Filter {
    /// The filter typed; `None` when it is blank (everything shows).
    pub(crate) fn new(query: &str) -> Option<Filter> {
        if query.trim().is_empty() {
            return None;
        }
        Some(Filter {
            pattern: Pattern::parse(query, CaseMatching::Smart, Normalization::Smart),
            matcher: Matcher::new(Config::DEFAULT),
            buf: Vec::new(),
        })
    }

    /// How well `item` matches (higher is better), `None` when it does not: its best
    /// field's score.
    fn score(&mut self, item: &Item) -> Option<u32> {
        let mut best = None;
        for hay in item.haystacks() {
            let s = self
                .pattern
                .score(Utf32Str::new(hay, &mut self.buf), &mut self.matcher);
            best = best.max(s);
        }
        best
    }

    /// The score of every item, in order.
    pub(crate) fn scores(&mut self, items: &[Item]) -> Vec<Option<u32>> {
        items.iter().map(|i| self.score(i)).collect()
    }
}
