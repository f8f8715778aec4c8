//! Declared relations: validated against the briefing, turned into links, and merged
//! with the inferred ones (one edge per pair and kind; the declared label wins).

use std::collections::HashMap;

use super::cues::fold;
use super::sentences::{SentenceRef, section_sentences};
use crate::model::{Briefing, Entity, Link, LinkEvidence, Loc, Part, RelationKind};

/// A problem with a declared relation: the YAML path to the offending value
/// (`["relations", "2", "evidence", "0", "sentence"]`) and a message.
pub type Issue = (Vec<String>, String);

/// Check the briefing's relations: both ends are entities of the briefing, they differ,
/// the label is not empty, every evidence section exists, a sentence index is in range
/// and a cue occurs in the sentence it cites (or in the section, title included, when
/// no sentence is given). A relation declared twice is reported on the second copy.
pub fn validate(briefing: &Briefing) -> Vec<Issue> {
    validate_with(briefing, |id| briefing.entity(id).is_some())
}

/// `validate`, with `known` deciding which entity ids exist (the briefing's, plus a
/// gazetteer's when the caller has one).
pub fn validate_with(briefing: &Briefing, known: impl Fn(&str) -> bool) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut sentences: HashMap<usize, Vec<SentenceRef>> = HashMap::new();
    let mut seen: HashMap<(String, String, RelationKind), usize> = HashMap::new();
    for (r, rel) in briefing.relations.iter().enumerate() {
        let path = |tail: &[&str]| {
            let mut p = vec!["relations".to_string(), r.to_string()];
            p.extend(tail.iter().map(|s| s.to_string()));
            p
        };
        for (field, id) in [("from", &rel.from), ("to", &rel.to)] {
            if !known(id) {
                issues.push((path(&[field]), format!("unknown entity '{id}'")));
            }
        }
        if rel.from == rel.to {
            issues.push((
                path(&["to"]),
                format!(
                    "a relation links two different entities, not '{}' to itself",
                    rel.to
                ),
            ));
        }
        if rel.label.trim().is_empty() {
            issues.push((path(&["label"]), "the label is empty".to_string()));
        }
        let key = relation_key(&rel.from, &rel.to, rel.kind);
        if let Some(first) = seen.get(&key) {
            issues.push((
                path(&["kind"]),
                format!("duplicate of relation {first} (same entities and kind)"),
            ));
        } else {
            seen.insert(key, r);
        }
        for (e, ev) in rel.evidence.iter().enumerate() {
            let e = e.to_string();
            let Some(s) = briefing.section_index(&ev.section) else {
                issues.push((
                    path(&["evidence", &e, "section"]),
                    format!("unknown section '{}'", ev.section),
                ));
                continue;
            };
            let section = &briefing.sections[s];
            let list = sentences
                .entry(s)
                .or_insert_with(|| section_sentences(section));
            let text = match ev.sentence {
                Some(n) => match list.get(n) {
                    Some(sr) => section.body[sr.para][sr.range.clone()].to_string(),
                    None => {
                        let msg = match list.len() {
                            0 => format!("section '{}' has no sentences", ev.section),
                            len => format!(
                                "sentence {n} is out of range: section '{}' has {len} (0–{})",
                                ev.section,
                                len - 1
                            ),
                        };
                        issues.push((path(&["evidence", &e, "sentence"]), msg));
                        continue;
                    }
                },
                None => format!("{}\n{}", section.title, section.body.join("\n")),
            };
            if let Some(cue) = &ev.cue
                && !fold(&text).contains(&fold(cue))
            {
                let place = match ev.sentence {
                    Some(n) => format!("sentence {n} of section '{}'", ev.section),
                    None => format!("section '{}'", ev.section),
                };
                issues.push((
                    path(&["evidence", &e, "cue"]),
                    format!("cue '{cue}' does not occur in {place}"),
                ));
            }
        }
    }
    issues
}

/// Identity of a relation for duplicates: mutual kinds ignore the order of the ends.
fn relation_key(from: &str, to: &str, kind: RelationKind) -> (String, String, RelationKind) {
    if kind.is_directed() || from <= to {
        (from.to_string(), to.to_string(), kind)
    } else {
        (to.to_string(), from.to_string(), kind)
    }
}

/// Identity of a link for merging.
fn link_key(l: &Link) -> (usize, usize, RelationKind) {
    if l.kind.is_directed() {
        (l.from, l.to, l.kind)
    } else {
        (l.from.min(l.to), l.from.max(l.to), l.kind)
    }
}

/// The briefing's declared relations as links. Relations whose ends are not among
/// `entities` are left out (`validate` reports them); so is evidence pointing nowhere.
/// Evidence without a sentence index points at the section's first sentence.
pub fn declared(briefing: &Briefing, entities: &[Entity]) -> Vec<Link> {
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
            let n = ev.sentence.unwrap_or(0);
            let loc = match list.get(n) {
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
pub fn merge(declared: Vec<Link>, inferred: Vec<Link>) -> Vec<Link> {
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
fn unite(evidence: &mut Vec<LinkEvidence>, more: Vec<LinkEvidence>) {
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
