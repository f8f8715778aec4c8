//! How readable a laid-out chart is, counted: where two lines cross, and where a line
//! runs through a node label. docs/graph.md records these counts on the development
//! corpus (`cargo run --release --example graph_measure`); the property tests hold that
//! the second is always zero.

use std::collections::HashSet;

use super::chart::{Chart, Tag};

/// The counts of one chart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub nodes: usize,
    pub pairs: usize,
    /// Places where two lines cross (a stretch two lines share counts once).
    pub crossings: usize,
    /// (line, label) pairs where the line runs through the label.
    pub through_labels: usize,
    /// Links given but not drawn.
    pub hidden: usize,
    /// Pairs whose line carries its words.
    pub labelled: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.nodes += o.nodes;
        self.pairs += o.pairs;
        self.crossings += o.crossings;
        self.through_labels += o.through_labels;
        self.hidden += o.hidden;
        self.labelled += o.labelled;
    }
}

/// Count `chart`'s crossings and lines through labels.
pub fn counts(chart: &Chart) -> Counts {
    let routes: Vec<Vec<(i32, i32)>> = chart
        .routes
        .iter()
        .map(|r| {
            r.iter()
                .map(|&(x, y)| (i32::from(x), i32::from(y)))
                .collect()
        })
        .collect();
    let mut through = 0;
    for route in &routes {
        through += chart
            .boxes
            .iter()
            .filter(|b| route.iter().any(|&(x, y)| b.contains(x, y)))
            .count();
    }
    let mut labelled = std::collections::BTreeSet::new();
    for y in 0..chart.height {
        for x in 0..chart.width {
            if let Some(Tag::Label { pair, .. }) = chart.cell(x, y).map(|c| c.tag) {
                labelled.insert(pair);
            }
        }
    }
    Counts {
        labelled: labelled.len(),
        nodes: chart.nodes.len(),
        pairs: chart.pairs.len(),
        crossings: crossings(&routes),
        through_labels: through,
        hidden: chart.hidden,
    }
}

/// Crossings between lines given cell by cell (each cell next to the one before, by
/// side or by corner): cells two lines share, a run of them counting once, and the
/// places where two diagonal steps cross between cells (`╲` over `╱`).
pub(crate) fn crossings(routes: &[Vec<(i32, i32)>]) -> usize {
    let mut n = 0;
    for (i, a) in routes.iter().enumerate() {
        for b in &routes[i + 1..] {
            let cells: HashSet<(i32, i32)> = b.iter().copied().collect();
            let mut inside = false;
            for c in a {
                let shared = cells.contains(c);
                if shared && !inside {
                    n += 1;
                }
                inside = shared;
            }
            let steps: HashSet<((i32, i32), (i32, i32))> = b
                .windows(2)
                .flat_map(|w| [(w[0], w[1]), (w[1], w[0])])
                .collect();
            for w in a.windows(2) {
                let (p, q) = (w[0], w[1]);
                let diagonal = (p.0 - q.0).abs() == 1 && (p.1 - q.1).abs() == 1;
                if diagonal
                    && steps.contains(&((q.0, p.1), (p.0, q.1)))
                    && !cells.contains(&p)
                    && !cells.contains(&q)
                {
                    n += 1;
                }
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossings_are_counted_once_per_place() {
        let level: Vec<(i32, i32)> = (0..5).map(|x| (x, 2)).collect();
        let upright: Vec<(i32, i32)> = (0..5).map(|y| (2, y)).collect();
        assert_eq!(crossings(&[level.clone(), upright]), 1);
        // A shared stretch of three cells is one place.
        let along: Vec<(i32, i32)> = (1..4).map(|x| (x, 2)).chain([(4, 3)]).collect();
        assert_eq!(crossings(&[level, along]), 1);
        // An X between cells.
        let down = vec![(0, 0), (1, 1)];
        let up = vec![(0, 1), (1, 0)];
        assert_eq!(crossings(&[down, up]), 1);
    }
}
