//! Declared relations (checked when loading, by `load::validate`): turned into links
//! and merged with the inferred ones (one edge per pair and kind; the declared label
//! wins).

use std::collections::HashMap;

use super::sentences::{SentenceRef, section_sentences};
use crate::model::{Briefing, Entity, Link, LinkEvidence, Loc, Part, RelationKind};

/// Identity of a link for merging.
fn link_key(l: &Link) -> (usize, usize, RelationKind, bool) {
    l.key()
}

/// The briefing's declared relations as links. Relations whose ends are not among
/// `entities` are left out (loading refuses them); so is evidence pointing nowhere.
/// Evidence without a sentence index points at the section's first sentence.
pub(super) fn declared(briefing: &Briefing, entities: &[Entity]) -> Vec<Link> {
    let index: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .rev()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut cache: HashMap<usize, Vec<SentenceRef>> = HashMap::new();
    let mut out: Vec<Link> = Vec::new();
    for rel in &briefing.relations {
        let (Some(&from), Some(&to)) = (index.get(rel.from.as_str()), index.get(rel.to.as_str()))
        else {
            continue;
        };
        if from == to {
            continue;
        }
        let mut evidence = Vec::new();
        for ev in &rel.evidence {
            let Some(s) = briefing.section_index(&ev.section) else {
                continue;
            };
            let section = &briefing.sections[s];
            let list = cache.entry(s).or_insert_with(|| section_sentences(section));
            // No `sentence`: the evidence is the section's heading, never its first
            // sentence (issue 12 item 8: pinned to sentence 0, an import wrote YAML
            // whose cue was then looked for in that sentence).
            let n = ev.sentence.unwrap_or(0);
            let found = ev.sentence.and_then(|n| list.get(n));
            let loc = match found {
                Some(sr) => Loc {
                    section: s as u32,
                    part: Part::Para(sr.para as u32),
                    start: sr.range.start as u32,
                    end: sr.range.end as u32,
                },
                None if ev.sentence.is_none() => Loc {
                    section: s as u32,
                    part: Part::Title,
                    start: 0,
                    end: section.title.len() as u32,
                },
                None => continue,
            };
            evidence.push(LinkEvidence {
                sentence: n,
                loc,
                cue: ev.cue.clone(),
            });
        }
        let link = Link {
            from,
            to,
            kind: rel.kind,
            directed: rel.kind.is_directed(),
            label: rel.label.clone(),
            weight: 0,
            declared: true,
            negated: rel.negated,
            evidence,
        };
        match out.iter_mut().find(|l| link_key(l) == link_key(&link)) {
            Some(l) => unite(&mut l.evidence, link.evidence),
            None => out.push(link),
        }
    }
    out
}

/// Declared links, with the inferred ones that repeat them folded in (declared label,
/// evidence united), then the inferred links nobody declared.
pub(super) fn merge(declared: Vec<Link>, inferred: Vec<Link>) -> Vec<Link> {
    let mut out = declared;
    let index: HashMap<_, usize> = out
        .iter()
        .enumerate()
        .map(|(i, l)| (link_key(l), i))
        .collect();
    for link in inferred {
        match index.get(&link_key(&link)) {
            Some(&i) => unite(&mut out[i].evidence, link.evidence),
            None => out.push(link),
        }
    }
    for l in &mut out {
        l.weight = (l.evidence.len() as u32).max(1);
    }
    out
}

/// Add `more` to `evidence`, one entry per sentence, sorted by position; a cue already
/// given is kept, a missing one is taken from the other side.
pub(super) fn unite(evidence: &mut Vec<LinkEvidence>, more: Vec<LinkEvidence>) {
    let mut at: HashMap<(u32, usize), usize> = evidence
        .iter()
        .enumerate()
        .map(|(i, e)| ((e.loc.section, e.sentence), i))
        .collect();
    for ev in more {
        match at.get(&(ev.loc.section, ev.sentence)) {
            Some(&i) => {
                let e = &mut evidence[i];
                if e.cue.is_none() {
                    e.cue = ev.cue;
                }
                if e.loc.part == Part::Title {
                    e.loc = ev.loc;
                }
            }
            None => {
                at.insert((ev.loc.section, ev.sentence), evidence.len());
                evidence.push(ev);
            }
        }
    }
    evidence.sort_by_key(|e| (e.loc.section, e.sentence));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relations::testutil::{analyse, relation as rel, with_relations as briefing};

    #[test]
    fn declared_and_inferred_merge_without_duplicates() {
        use RelationKind::*;
        let b = briefing(vec![
            // Same pair and kind as the inferred dialogue, ends the other way round.
            rel("kz", "ru", Dialogue, &[("s0", Some(0), None)]),
            // Sanctions the other way round from the text: a different edge.
            rel("ru", "us", Sanctions, &[("s0", Some(1), Some("sanctions"))]),
        ]);
        let a = analyse(&b);
        let id = |i: usize| a.entities[i].id.as_str();
        let got: Vec<(&str, &str, RelationKind, bool, &str, u32)> = a
            .links
            .iter()
            .map(|l| {
                (
                    id(l.from),
                    id(l.to),
                    l.kind,
                    l.declared,
                    l.label.as_str(),
                    l.weight,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("kz", "ru", Dialogue, true, "curated", 2),
                ("ru", "us", Sanctions, true, "curated", 1),
                (
                    "us",
                    "ru",
                    Sanctions,
                    false,
                    "United States sanctions on Russia",
                    1
                ),
            ]
        );
        let dialogue = &a.links[0];
        let ev: Vec<(u32, usize, Option<&str>)> = dialogue
            .evidence
            .iter()
            .map(|e| (e.loc.section, e.sentence, e.cue.as_deref()))
            .collect();
        // The declared evidence lacked a cue: the inferred one fills it in.
        assert_eq!(ev, [(0, 0, Some("talks")), (1, 0, Some("met"))]);
    }

    #[test]
    /// Issue 12 item 8: pinned to sentence 0, section-only evidence was written back
    /// by `import` as `sentence: 0`, and `check` then looked for its cue there. It
    /// points at the heading, as docs/format.md says.
    fn section_only_evidence_points_at_the_heading() {
        let b = briefing(vec![rel(
            "ru",
            "us",
            RelationKind::Tension,
            &[("s1", None, None)],
        )]);
        let links = declared(&b, &b.entities);
        let loc = links[0].evidence[0].loc;
        assert_eq!(loc.part, Part::Title);
        assert_eq!(loc.range(), 0..b.sections[0].title.len());
    }
}
