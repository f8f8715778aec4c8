//! Links grouped by the two actors they join: the chart draws one line per pair, in
//! the style of its most salient kind, labelled in words with all its kinds. Russia and
//! Kazakhstan linked by alliance, cooperation and dialogue make one line, not three.

use super::chart::EdgeSpec;
use super::glyph;
use crate::model::{Link, RelationKind};

/// One link of a pair, as the chart and the detail line tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// Index into the pane's links.
    link: usize,
    pub(crate) kind: RelationKind,
    /// Who acts and who is acted on, for a directed kind (entity indexes).
    pub(crate) from: usize,
    pub(crate) to: usize,
    pub(crate) directed: bool,
    pub(crate) negated: bool,
    /// Evidence sentences.
    pub(crate) weight: u32,
}

/// The links between two entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The two entities, the smaller index first.
    pub a: usize,
    pub b: usize,
    /// The pair's links: the ones the text states first, then by salience, heaviest
    /// first.
    pub parts: Vec<Part>,
    /// The sum of the links' weights.
    weight: u32,
    /// Distinct evidence sentences of all its links (a sentence stating two kinds
    /// counts once).
    pub(crate) sentences: u32,
    /// A directed link that holds points at `a` / at `b`.
    pub(crate) into_a: bool,
    pub(crate) into_b: bool,
}

impl Pair {
    /// The kind that gives the line its style.
    pub fn kind(&self) -> RelationKind {
        self.parts
            .first()
            .map_or(RelationKind::CoMention, |p| p.kind)
    }

    /// Indexes of its links, in the order of `parts`.
    pub fn links(&self) -> Vec<usize> {
        self.parts.iter().map(|p| p.link).collect()
    }

    /// Every link of the pair is stated only to be denied, refused or supposed.
    pub fn negated(&self) -> bool {
        self.parts.iter().all(|p| p.negated)
    }

    /// Only co-mentions: two actors named together, no link stated.
    pub fn co_mention(&self) -> bool {
        self.parts.iter().all(|p| p.kind == RelationKind::CoMention)
    }

    /// How the pair ranks when room is short: links the text states first, then the
    /// heaviest.
    fn rank(&self) -> (bool, bool, std::cmp::Reverse<u32>, u8, usize, usize) {
        (
            self.co_mention(),
            self.negated(),
            std::cmp::Reverse(self.weight),
            glyph::salience(self.kind()),
            self.a,
            self.b,
        )
    }

    /// Each kind once, in the order of `parts`, with whether all its links are negated.
    pub fn kinds(&self) -> Vec<(RelationKind, bool)> {
        let mut out: Vec<(RelationKind, bool)> = Vec::new();
        for p in &self.parts {
            match out.iter_mut().find(|(k, _)| *k == p.kind) {
                Some((_, negated)) => *negated &= p.negated,
                None => out.push((p.kind, p.negated)),
            }
        }
        out
    }

    /// The edge label in words, longest first: every kind and the sentences, then the
    /// main kind and how many others, then the main kind. The chart writes the first
    /// that fits.
    pub(crate) fn labels(&self) -> Vec<String> {
        let kinds = self.kinds();
        let sentences = plural(self.sentences, "sentence", "sentences");
        let name = |(k, negated): (RelationKind, bool)| {
            if negated {
                format!("{} (negated)", k.as_str())
            } else {
                k.as_str().to_string()
            }
        };
        match kinds.as_slice() {
            [] => Vec::new(),
            [one] => {
                let n = name(*one);
                let mut out = vec![
                    format!("{n} · {sentences}"),
                    format!("{n} · {}", self.sentences),
                    n,
                ];
                if one.1 {
                    out.push(format!("not {}", one.0.as_str()));
                }
                out
            }
            [first, rest @ ..] => {
                let all: Vec<String> = kinds.iter().map(|&k| name(k)).collect();
                let more = plural(rest.len() as u32, "more kind", "more kinds");
                let main = name(*first);
                vec![
                    format!("{} · {sentences}", all.join(", ")),
                    all.join(", "),
                    format!("{main} + {more} · {sentences}"),
                    format!("{main} + {more}"),
                    format!("{main} + {} more", rest.len()),
                ]
            }
        }
    }
}

/// `1 sentence`, `3 sentences`.
pub(crate) fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The order of links within a pair: stated before negated, most salient kind,
/// heaviest, first given.
fn rank(e: &EdgeSpec, index: usize) -> (bool, u8, std::cmp::Reverse<u32>, usize) {
    (
        e.negated,
        glyph::salience(e.kind),
        std::cmp::Reverse(e.weight),
        index,
    )
}

/// Group `edges` by pair, in `Pair::rank` order.
pub(crate) fn group(edges: &[&EdgeSpec]) -> Vec<Pair> {
    let mut sorted: Vec<(usize, &EdgeSpec)> = edges.iter().copied().enumerate().collect();
    sorted.sort_by_key(|(i, e)| rank(e, *i));
    let mut pairs: Vec<Pair> = Vec::new();
    let mut at: std::collections::HashMap<(usize, usize), usize> = Default::default();
    let mut sentences: Vec<std::collections::HashSet<(u32, u32)>> = Vec::new();
    for (_, e) in sorted {
        if e.from == e.to {
            continue;
        }
        let (a, b) = (e.from.min(e.to), e.from.max(e.to));
        let k = *at.entry((a, b)).or_insert_with(|| {
            pairs.push(Pair {
                a,
                b,
                parts: Vec::new(),
                weight: 0,
                sentences: 0,
                into_a: false,
                into_b: false,
            });
            sentences.push(Default::default());
            pairs.len() - 1
        });
        let p = &mut pairs[k];
        p.parts.push(Part {
            link: e.link,
            kind: e.kind,
            from: e.from,
            to: e.to,
            directed: e.directed,
            negated: e.negated,
            weight: e.weight,
        });
        p.weight = p.weight.saturating_add(e.weight);
        sentences[k].extend(e.sentences.iter().copied());
        if e.directed && !e.negated {
            if e.to == a {
                p.into_a = true;
            } else {
                p.into_b = true;
            }
        }
    }
    for (p, s) in pairs.iter_mut().zip(&sentences) {
        // A link with no located sentence still stands for its weight.
        p.sentences = (s.len() as u32).max(p.parts.iter().map(|x| x.weight).max().unwrap_or(1));
    }
    pairs.sort_by_key(Pair::rank);
    pairs
}

/// The links of `visible` between entities `a` and `b` (either way), in pair order.
pub(crate) fn links_between(links: &[Link], visible: &[usize], a: usize, b: usize) -> Vec<usize> {
    let mut out: Vec<usize> = visible
        .iter()
        .copied()
        .filter(|&i| {
            links
                .get(i)
                .is_some_and(|l| (l.from == a && l.to == b) || (l.from == b && l.to == a))
        })
        .collect();
    out.sort_by_key(|&i| {
        let l = &links[i];
        (
            l.negated,
            glyph::salience(l.kind),
            std::cmp::Reverse(l.weight),
            i,
        )
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(link: usize, from: usize, to: usize, kind: RelationKind, weight: u32) -> EdgeSpec {
        EdgeSpec::of(link, from, to, kind, weight)
    }

    #[test]
    fn links_of_a_pair_make_one_line_styled_by_the_most_salient_kind() {
        use RelationKind::*;
        let mut denied = edge(5, 0, 1, Trade, 1);
        denied.negated = true;
        let edges = [
            edge(0, 0, 1, Cooperation, 5),
            edge(1, 1, 0, Alliance, 2),
            edge(2, 0, 1, Dialogue, 2),
            edge(3, 4, 0, Sanctions, 3),
            edge(4, 0, 4, CoMention, 1),
            denied,
        ];
        let refs: Vec<&EdgeSpec> = edges.iter().collect();
        let pairs = group(&refs);
        assert_eq!(pairs.len(), 2);
        let rk = &pairs[0];
        assert_eq!((rk.a, rk.b, rk.weight, rk.sentences), (0, 1, 10, 10));
        assert_eq!(rk.kind(), Alliance, "alliance outranks cooperation");
        assert_eq!(rk.links(), vec![1, 0, 2, 5], "the negated link last");
        assert_eq!(
            rk.labels()[0],
            "alliance, cooperation, dialogue, trade (negated) · 10 sentences"
        );
        assert_eq!(rk.labels()[3], "alliance + 3 more kinds");
        assert!(!rk.into_a && !rk.into_b);
        let us = &pairs[1];
        assert_eq!((us.a, us.b, us.kind()), (0, 4, Sanctions));
        assert!(us.into_a && !us.into_b, "sanctions on entity 0");
        assert_eq!(us.labels()[2], "sanctions + 1 more kind · 4 sentences");
    }

    #[test]
    fn one_kind_says_its_sentences() {
        let e = edge(0, 0, 1, RelationKind::Sanctions, 1);
        let pairs = group(&[&e]);
        assert_eq!(
            pairs[0].labels(),
            ["sanctions · 1 sentence", "sanctions · 1", "sanctions"]
        );
        let mut n = edge(0, 0, 1, RelationKind::Sanctions, 2);
        n.negated = true;
        let pairs = group(&[&n]);
        assert!(
            pairs[0].negated() && !pairs[0].into_b,
            "a negated link points nowhere"
        );
        assert_eq!(pairs[0].labels()[0], "sanctions (negated) · 2 sentences");
        assert_eq!(
            pairs[0].labels().last().map(String::as_str),
            Some("not sanctions")
        );
    }
}
