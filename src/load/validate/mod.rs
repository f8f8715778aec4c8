//! What serde cannot check, in one pipeline: every command that loads a file (the
//! reader, `render`, `export`, `import`) and `brief check` run exactly these checks,
//! so a file one of them accepts the others accept too. Each issue names the `Field`
//! it is about; the loader turns fields into positions.

mod entities;
mod relations;
mod scrub;
mod values;

use std::collections::HashMap;

pub(crate) use scrub::{scrub, scrub_entities};
use values::{is_iso_date, is_language_tag};

use super::field::{Field, SectionField};
use super::spans::Spans;
use crate::model::{Briefing, Entity};

/// One problem with one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Issue {
    pub(crate) field: Field,
    pub(crate) message: String,
}

/// Issues as they are found.
#[derive(Debug, Default)]
struct Issues(Vec<Issue>);

impl Issues {
    fn add(&mut self, field: Field, message: impl Into<String>) {
        self.0.push(Issue {
            field,
            message: message.into(),
        });
    }
}

/// Every problem of a briefing. `spans` (where the fields are; empty when unknown)
/// only lets a message name the line of an earlier value it conflicts with.
pub(crate) fn briefing(b: &Briefing, spans: &Spans) -> Vec<Issue> {
    let mut issues = Issues::default();
    if b.title.trim().is_empty() {
        issues.add(
            Field::Title,
            "empty title: expected a few words naming the briefing",
        );
    }
    if let Some(date) = b.date.as_ref().filter(|d| !is_iso_date(d)) {
        issues.add(
            Field::Date,
            format!(
                "date `{date}` is not ISO 8601: expected YYYY-MM-DD, optionally with a time (2025-11-12T09:30:00Z)"
            ),
        );
    }
    if !is_language_tag(&b.language) {
        issues.add(
            Field::Language,
            format!(
                "language `{}` is not a BCP 47 tag: expected a code such as `fr`, `en` or `en-GB`",
                b.language
            ),
        );
    }
    if b.sections.is_empty() {
        issues.add(
            Field::Sections,
            "no sections: expected at least one section with a body",
        );
    }
    sections(b, &mut issues);
    entities::check(&b.entities, spans, true, &mut issues);
    relations::check(b, &mut issues);
    issues.0
}

/// Every problem of an `--entities` file's list. Its affiliations are left to the
/// caller: they may name entities of another file.
pub(crate) fn entities_file(list: &[Entity], spans: &Spans) -> Vec<Issue> {
    let mut issues = Issues::default();
    entities::check(list, spans, false, &mut issues);
    issues.0
}

fn sections(b: &Briefing, issues: &mut Issues) {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (i, s) in b.sections.iter().enumerate() {
        let field = |f| Field::Section(i as u32, f);
        let id = field(SectionField::Id);
        unique_id(&mut ids, i, &s.id, ("section", "introduction", id), issues);
        if s.title.trim().is_empty() {
            issues.add(
                field(SectionField::Title),
                "empty section title: expected a heading",
            );
        }
        if s.body.iter().all(|p| p.trim().is_empty()) {
            issues.add(
                field(SectionField::Body),
                format!(
                    "section `{}` has an empty body: expected at least one paragraph",
                    s.id
                ),
            );
        }
    }
}

/// An id that is empty, or that an earlier item of its list already has (`what`: the
/// noun, an example id, and the id's field).
fn unique_id<'a>(
    ids: &mut HashMap<&'a str, usize>,
    i: usize,
    id: &'a str,
    (noun, example, field): (&str, &str, Field),
    issues: &mut Issues,
) {
    if id.trim().is_empty() {
        issues.add(
            field,
            format!("empty {noun} id: expected a short unique id such as `{example}`"),
        );
    } else if let Some(&first) = ids.get(id) {
        issues.add(
            field,
            format!(
                "duplicate {noun} id `{id}`, already used by {noun} {}: expected unique ids",
                first + 1
            ),
        );
    } else {
        ids.insert(id, i);
    }
}
