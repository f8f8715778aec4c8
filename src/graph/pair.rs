//! Links grouped by the two actors they join: the chart draws one line per pair, in
//! the style of its most salient kind, labelled with all its kinds. Russia and
//! Kazakhstan linked by alliance, cooperation and dialogue make one line, not three.

use super::chart::EdgeSpec;
use super::glyph;
use crate::model::{Analysis, RelationKind};

/// The links between two entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The two entities, the smaller index first.
    pub a: usize,
    pub b: usize,
    /// Indexes into `Analysis::links`: the most salient kind first, then heaviest.
    pub links: Vec<usize>,
    /// Each kind once with its total weight, in the order of `links`.
    pub kinds: Vec<(RelationKind, u32)>,
    /// The sum of the links' weights.
    pub weight: u32,
    /// A directed link points at `a` / at `b`.
    pub into_a: bool,
    pub into_b: bool,
}

impl Pair {
    /// The kind that gives the line its style.
    pub fn kind(&self) -> RelationKind {
        self.kinds.first().map_or(RelationKind::CoMention, |k| k.0)
    }

    /// The link whose kind gives the style: the cells of the line are tagged with it.
    pub fn link(&self) -> usize {
        self.links.first().copied().unwrap_or(0)
    }

    /// The edge label, longest first: every kind and the weight, then the main kind
    /// and how many others, then the main kind alone. The chart writes the first
    /// that fits.
    pub fn labels(&self) -> Vec<String> {
        let w = self.weight;
        match self.kinds.as_slice() {
            [] => Vec::new(),
            [(k, _)] => vec![format!("{} {w}", k.as_str()), k.as_str().to_string()],
            [(k, _), rest @ ..] => {
                let all: Vec<&str> = self.kinds.iter().map(|(k, _)| glyph::short(*k)).collect();
                vec![
                    format!("{} {w}", all.join("·")),
                    format!("{}+{} {w}", glyph::short(*k), rest.len()),
                    format!("{}+{}", glyph::short(*k), rest.len()),
                ]
            }
        }
    }
}

/// The order of links within a pair: most salient kind, heaviest, first given.
fn rank(kind: RelationKind, weight: u32, index: usize) -> (u8, std::cmp::Reverse<u32>, usize) {
    (glyph::salience(kind), std::cmp::Reverse(weight), index)
}

/// Group `edges` by pair, heaviest pair first (then most salient, then by entity).
pub fn group(edges: &[&EdgeSpec]) -> Vec<Pair> {
    let mut sorted: Vec<(usize, &EdgeSpec)> = edges.iter().copied().enumerate().collect();
    sorted.sort_by_key(|(i, e)| rank(e.kind, e.weight, *i));
    let mut pairs: Vec<Pair> = Vec::new();
    for (_, e) in sorted {
        let (a, b) = (e.from.min(e.to), e.from.max(e.to));
        let at = match pairs.iter().position(|p| (p.a, p.b) == (a, b)) {
            Some(at) => at,
            None => {
                pairs.push(Pair {
                    a,
                    b,
                    links: Vec::new(),
                    kinds: Vec::new(),
                    weight: 0,
                    into_a: false,
                    into_b: false,
                });
                pairs.len() - 1
            }
        };
        let p = &mut pairs[at];
        p.links.push(e.link);
        p.weight = p.weight.saturating_add(e.weight);
        match p.kinds.iter_mut().find(|(k, _)| *k == e.kind) {
            Some((_, w)) => *w = w.saturating_add(e.weight),
            None => p.kinds.push((e.kind, e.weight)),
        }
        if e.directed && e.from != e.to {
            if e.to == a {
                p.into_a = true;
            } else {
                p.into_b = true;
            }
        }
    }
    pairs.sort_by_key(|p| {
        (
            std::cmp::Reverse(p.weight),
            glyph::salience(p.kind()),
            p.a,
            p.b,
        )
    });
    pairs
}

/// The links of `visible` between entities `a` and `b` (either way), in pair order.
pub fn links_between(analysis: &Analysis, visible: &[usize], a: usize, b: usize) -> Vec<usize> {
    let mut out: Vec<usize> = visible
        .iter()
        .copied()
        .filter(|&i| {
            analysis
                .links
                .get(i)
                .is_some_and(|l| (l.from == a && l.to == b) || (l.from == b && l.to == a))
        })
        .collect();
    out.sort_by_key(|&i| {
        let l = &analysis.links[i];
        rank(l.kind, l.weight, i)
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(link: usize, from: usize, to: usize, kind: RelationKind, weight: u32) -> EdgeSpec {
        EdgeSpec {
            link,
            from,
            to,
            kind,
            directed: kind.is_directed(),
            weight,
        }
    }

    #[test]
    fn links_of_a_pair_make_one_line_styled_by_the_most_salient_kind() {
        use RelationKind::*;
        let edges = [
            edge(0, 0, 1, Cooperation, 5),
            edge(1, 1, 0, Alliance, 2),
            edge(2, 0, 1, Dialogue, 2),
            edge(3, 4, 0, Sanctions, 3),
            edge(4, 0, 4, CoMention, 1),
        ];
        let refs: Vec<&EdgeSpec> = edges.iter().collect();
        let pairs = group(&refs);
        assert_eq!(pairs.len(), 2);
        let rk = &pairs[0];
        assert_eq!((rk.a, rk.b, rk.weight), (0, 1, 9));
        assert_eq!(rk.kind(), Alliance, "alliance outranks cooperation");
        assert_eq!(rk.links, vec![1, 0, 2]);
        assert_eq!(rk.labels()[0], "ally·coop·dial 9");
        assert!(!rk.into_a && !rk.into_b);
        let us = &pairs[1];
        assert_eq!((us.a, us.b, us.kind()), (0, 4, Sanctions));
        assert!(us.into_a && !us.into_b, "sanctions on entity 0");
        assert_eq!(us.labels()[1], "sanct+1 4");
    }
}
