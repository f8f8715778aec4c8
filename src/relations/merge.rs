//! Declared relations: validated against the briefing, turned into links, and merged
//! with the inferred ones (one edge per pair and kind; the declared label wins).

use std::collections::HashMap;

use super::sentences::{SentenceRef, section_sentences};
use crate::model::{Briefing, Entity, Link, LinkEvidence, Loc, Part, RelationKind};
use crate::text::fold_str as fold;

/// A problem with a declared relation: the YAML path to the offending value
/// (`["relations", "2", "evidence", "0", "sentence"]`) and a message.
pub type Issue = (Vec<String>, String);

/// Check the briefing's relations: both ends are entities of the briefing, they differ,
/// the label is not empty, then everything `validate_evidence` checks. Issues come in
/// document order of the relations.
pub fn validate(briefing: &Briefing) -> Vec<Issue> {
    validate_with(briefing, |id| briefing.entity(id).is_some())
}

/// `validate`, with `known` deciding which entity ids exist (the briefing's, plus a
/// gazetteer's when the caller has one).
pub fn validate_with(briefing: &Briefing, known: impl Fn(&str) -> bool) -> Vec<Issue> {
    let mut issues = Vec::new();
    for (r, rel) in briefing.relations.iter().enumerate() {
        for (field, id) in [("from", &rel.from), ("to", &rel.to)] {
            if !known(id) {
                issues.push((
                    path(r, &[field]),
                    format!("relation `{field}` names `{id}`, which is not an entity: expected the id of an entity"),
                ));
            }
        }
        if rel.from == rel.to {
            issues.push((
                path(r, &["to"]),
                format!(
                    "relation from `{}` to itself: expected two different entities",
                    rel.to
                ),
            ));
        }
        if rel.label.trim().is_empty() {
            issues.push((
                path(r, &["label"]),
                "empty relation label: expected a few words an analyst reads on the chart".into(),
            ));
        }
        for (e, ev) in rel.evidence.iter().enumerate() {
            if briefing.section_index(&ev.section).is_none() {
                issues.push((
                    path(r, &["evidence", &e.to_string(), "section"]),
                    format!(
                        "evidence names section `{}`, which does not exist: expected the id of a section",
                        ev.section
                    ),
                ));
            }
        }
    }
    issues.extend(validate_evidence(briefing));
    issues.sort_by_key(|(p, _)| p.get(1).and_then(|n| n.parse::<usize>().ok()));
    issues
}

/// What only relations know how to check (`load::validate` covers ends, labels and
/// section ids): a sentence index is in range for its section, a cue occurs
/// in the sentence it cites (in the section, title included, when no sentence is
/// given; compared folded), and no relation is declared twice (same ends and kind;
/// reported on the second copy).
pub fn validate_evidence(briefing: &Briefing) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut sentences: HashMap<usize, Vec<SentenceRef>> = HashMap::new();
    let mut seen: HashMap<(String, String, RelationKind), usize> = HashMap::new();
    for (r, rel) in briefing.relations.iter().enumerate() {
        let key = relation_key(&rel.from, &rel.to, rel.kind);
        if let Some(first) = seen.get(&key) {
            issues.push((
                path(r, &["kind"]),
                format!(
                    "relation `{}` between `{}` and `{}` is declared twice (first as relation {}): expected one relation per pair and kind",
                    rel.kind.as_str(),
                    rel.from,
                    rel.to,
                    first + 1
                ),
            ));
        } else {
            seen.insert(key, r);
        }
        for (e, ev) in rel.evidence.iter().enumerate() {
            let e = e.to_string();
            // An unknown section is reported by `validate` (and `load::validate`).
            let Some(s) = briefing.section_index(&ev.section) else {
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
                            0 => format!(
                                "evidence cites sentence {n} of section `{}`, which has no sentences",
                                ev.section
                            ),
                            len => format!(
                                "evidence cites sentence {n} of section `{}`, which has {len}: expected 0 to {}",
                                ev.section,
                                len - 1
                            ),
                        };
                        issues.push((path(r, &["evidence", &e, "sentence"]), msg));
                        continue;
                    }
                },
                None => format!("{}\n{}", section.title, section.body.join("\n")),
            };
            if let Some(cue) = &ev.cue
                && !fold(&text).contains(&fold(cue))
            {
                let place = match ev.sentence {
                    Some(n) => format!("sentence {n} of section `{}`", ev.section),
                    None => format!("section `{}`", ev.section),
                };
                issues.push((
                    path(r, &["evidence", &e, "cue"]),
                    format!("cue `{cue}` does not occur in {place}: expected a word of the text, as written"),
                ));
            }
        }
    }
    issues
}

/// The YAML path of a field of relation `r`.
fn path(r: usize, tail: &[&str]) -> Vec<String> {
    let mut p = vec!["relations".to_string(), r.to_string()];
    p.extend(tail.iter().map(|s| s.to_string()));
    p
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Relation};
    use crate::relations::testutil::{analyse, doc, entities};

    fn rel(
        from: &str,
        to: &str,
        kind: RelationKind,
        ev: &[(&str, Option<usize>, Option<&str>)],
    ) -> Relation {
        Relation {
            from: from.into(),
            to: to.into(),
            kind,
            label: "curated".into(),
            evidence: ev
                .iter()
                .map(|(s, n, c)| Evidence {
                    section: s.to_string(),
                    sentence: *n,
                    cue: c.map(str::to_string),
                })
                .collect(),
        }
    }

    fn briefing(relations: Vec<Relation>) -> Briefing {
        let mut b = doc(
            "en",
            &[
                "Russia and Kazakhstan held talks. New US sanctions hit Russia.",
                "Kazakhstan met Russia.",
            ],
        );
        b.entities = entities();
        b.relations = relations;
        b
    }

    #[test]
    fn validate_locates_every_problem() {
        use RelationKind::*;
        let b = briefing(vec![
            rel(
                "ru",
                "kz",
                Dialogue,
                &[("s0", Some(0), Some("talks")), ("s1", None, Some("met"))],
            ),
            rel("ru", "nowhere", Dialogue, &[("s9", Some(0), None)]),
            rel(
                "kz",
                "ru",
                Dialogue,
                &[("s0", Some(2), None), ("s0", Some(1), Some("embargo"))],
            ),
            rel("ru", "ru", Trade, &[("s1", None, Some("Section 1"))]),
        ]);
        let got: Vec<(String, String)> = validate(&b)
            .into_iter()
            .map(|(p, m)| (p.join("."), m))
            .collect();
        let paths: Vec<&str> = got.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            [
                "relations.1.to",
                "relations.1.evidence.0.section",
                "relations.2.kind",
                "relations.2.evidence.0.sentence",
                "relations.2.evidence.1.cue",
                "relations.3.to",
            ],
            "{got:#?}"
        );
        assert!(
            got[3].1.contains("which has 2: expected 0 to 1"),
            "{}",
            got[3].1
        );
        assert!(
            got[4]
                .1
                .contains("cue `embargo` does not occur in sentence 1"),
            "{}",
            got[4].1
        );
        // load::validate reports ends and sections; validate_evidence adds only the rest.
        let only: Vec<String> = validate_evidence(&b)
            .into_iter()
            .map(|(p, _)| p.join("."))
            .collect();
        assert_eq!(
            only,
            [
                "relations.2.kind",
                "relations.2.evidence.0.sentence",
                "relations.2.evidence.1.cue"
            ]
        );
    }

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
    fn section_only_evidence_points_at_the_first_sentence() {
        let b = briefing(vec![rel(
            "ru",
            "us",
            RelationKind::Tension,
            &[("s1", None, None)],
        )]);
        let links = declared(&b, &b.entities);
        assert_eq!(links[0].evidence[0].sentence, 0);
        assert_eq!(
            links[0].evidence[0].loc.range(),
            0.."Kazakhstan met Russia.".len()
        );
        assert!(validate(&b).is_empty());
    }
}
