//! Checks of declared relations: ends that are entities of the briefing and differ, a
//! label, evidence that cites a real section and sentence with a cue that occurs
//! there, and no relation declared twice.

use std::collections::{HashMap, HashSet};

use super::Issues;
use crate::load::field::{EvidenceField, Field, RelationField};
use crate::model::{Briefing, Evidence, RelationKind};
use crate::relations::{SentenceRef, section_sentences};
use crate::text::fold_str as fold;

pub(super) fn check(b: &Briefing, issues: &mut Issues) {
    let known: HashSet<&str> = b.entities.iter().map(|e| e.id.as_str()).collect();
    let sections: HashMap<&str, usize> = b
        .sections
        .iter()
        .enumerate()
        .rev()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let mut sentences: HashMap<usize, Vec<SentenceRef>> = HashMap::new();
    let mut seen: HashMap<(&str, &str, RelationKind, bool), usize> = HashMap::new();
    for (i, r) in b.relations.iter().enumerate() {
        let field = |f| Field::Relation(i as u32, f);
        for (f, name, id) in [
            (RelationField::From, "from", &r.from),
            (RelationField::To, "to", &r.to),
        ] {
            if !known.contains(id.as_str()) {
                issues.add(
                    field(f),
                    format!(
                        "relation `{name}` names `{id}`, which is not an entity: expected the id of an entity declared under `entities`"
                    ),
                );
            }
        }
        if r.from == r.to && known.contains(r.from.as_str()) {
            issues.add(
                field(RelationField::To),
                format!(
                    "relation from `{}` to itself: expected two different entities",
                    r.from
                ),
            );
        }
        if r.label.trim().is_empty() {
            issues.add(
                field(RelationField::Label),
                "empty relation label: expected a few words an analyst reads on the chart",
            );
        }
        // Mutual kinds ignore the order of the ends; reported on the second copy. A
        // negated relation is another relation than the stated one of its pair and kind.
        let key = if r.kind.is_directed() || r.from <= r.to {
            (r.from.as_str(), r.to.as_str(), r.kind, r.negated)
        } else {
            (r.to.as_str(), r.from.as_str(), r.kind, r.negated)
        };
        if let Some(first) = seen.get(&key) {
            issues.add(
                field(RelationField::Kind),
                format!(
                    "relation `{}` between `{}` and `{}` is declared twice (first as relation {}): expected one relation per pair, kind and negation",
                    r.kind.as_str(),
                    r.from,
                    r.to,
                    first + 1
                ),
            );
        } else {
            seen.insert(key, i);
        }
        for (j, ev) in r.evidence.iter().enumerate() {
            let field = |f| field(RelationField::Cited(j as u32, f));
            let Some(&s) = sections.get(ev.section.as_str()) else {
                issues.add(
                    field(EvidenceField::Section),
                    format!(
                        "evidence names section `{}`, which does not exist: expected the id of a section",
                        ev.section
                    ),
                );
                continue;
            };
            let list = sentences
                .entry(s)
                .or_insert_with(|| section_sentences(&b.sections[s]));
            if let Some((f, message)) = evidence(b, s, list, ev) {
                issues.add(field(f), message);
            }
        }
    }
}

/// A cited sentence past the end of its section, or a cue that does not occur in the
/// sentence it cites (in the section, title included, when no sentence is given;
/// compared folded).
fn evidence(
    b: &Briefing,
    s: usize,
    list: &[SentenceRef],
    ev: &Evidence,
) -> Option<(EvidenceField, String)> {
    let section = &b.sections[s];
    let text = match ev.sentence {
        Some(n) => match list.get(n) {
            Some(sr) => section.body[sr.para][sr.range.clone()].to_string(),
            None => {
                let has = match list.len() {
                    0 => "which has no sentences".to_string(),
                    len => format!("which has {len}: expected 0 to {}", len - 1),
                };
                let message = format!(
                    "evidence cites sentence {n} of section `{}`, {has}",
                    ev.section
                );
                return Some((EvidenceField::Sentence, message));
            }
        },
        None => format!("{}\n{}", section.title, section.body.join("\n")),
    };
    let cue = ev.cue.as_ref()?;
    if fold(&text).contains(&fold(cue)) {
        return None;
    }
    let place = match ev.sentence {
        Some(n) => format!("sentence {n} of section `{}`", ev.section),
        None => format!("section `{}`", ev.section),
    };
    Some((
        EvidenceField::Cue,
        format!("cue `{cue}` does not occur in {place}: expected a word of the text, as written"),
    ))
}

#[cfg(test)]
mod tests {
    use crate::load::Spans;
    use crate::load::field::{EvidenceField as E, Field, RelationField as R};
    use crate::model::RelationKind::*;
    use crate::relations::testutil::{relation as rel, with_relations};

    #[test]
    fn every_problem_is_named_by_its_field() {
        let b = with_relations(vec![
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
            rel("ru", "us", Tension, &[("s1", None, None)]),
        ]);
        let got: Vec<(Field, String)> = crate::load::validate::briefing(&b, &Spans::default())
            .into_iter()
            .filter(|i| matches!(i.field, Field::Relation(..)))
            .map(|i| (i.field, i.message))
            .collect();
        let fields: Vec<Field> = got.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [
                Field::Relation(1, R::To),
                Field::Relation(1, R::Cited(0, E::Section)),
                Field::Relation(2, R::Kind),
                Field::Relation(2, R::Cited(0, E::Sentence)),
                Field::Relation(2, R::Cited(1, E::Cue)),
                Field::Relation(3, R::To),
            ],
            "{got:#?}"
        );
        assert!(got[3].1.contains("which has 2: expected 0 to 1"), "{got:?}");
        assert!(
            got[4]
                .1
                .contains("cue `embargo` does not occur in sentence 1"),
            "{got:?}"
        );
    }
}
