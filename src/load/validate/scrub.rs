//! Every string of a parsed file through the sanitiser: a YAML escape such as `"\e[2J"`
//! or `"\u202e"` only becomes a control character once parsed.

use crate::load::field::{EntityField, EvidenceField, Field, RelationField, SectionField};
use crate::load::sanitize::{Change, sanitize_field};
use crate::model::{Briefing, Entity, Short};

/// The first field changed for each kind of change.
#[derive(Default)]
struct Found(Vec<(Field, Change)>);

impl Found {
    /// Clean `s` in place (`single`: a one-line field) and note what changed.
    fn fix(&mut self, s: &mut String, single: bool, field: Field) {
        let (clean, kinds) = sanitize_field(s, single);
        for kind in kinds {
            if !self.0.iter().any(|f| f.1 == kind) {
                self.0.push((field, kind));
            }
        }
        *s = clean;
    }

    fn fix_opt(&mut self, s: &mut Option<String>, single: bool, field: Field) {
        if let Some(s) = s {
            self.fix(s, single, field);
        }
    }
}

/// Scrub a briefing; returns the field of the first change of each kind.
pub(crate) fn scrub(b: &mut Briefing) -> Vec<(Field, Change)> {
    let mut found = Found::default();
    found.fix(&mut b.title, true, Field::Title);
    found.fix_opt(&mut b.date, true, Field::Date);
    found.fix_opt(&mut b.source, true, Field::Source);
    found.fix(&mut b.language, true, Field::Language);
    found.fix_opt(&mut b.summary, false, Field::Summary);
    for (i, s) in b.sections.iter_mut().enumerate() {
        let field = |f| Field::Section(i as u32, f);
        found.fix(&mut s.id, true, field(SectionField::Id));
        found.fix(&mut s.title, true, field(SectionField::Title));
        for (j, p) in s.body.iter_mut().enumerate() {
            found.fix(p, false, field(SectionField::Paragraph(j as u32)));
        }
    }
    for (i, r) in b.relations.iter_mut().enumerate() {
        let field = |f| Field::Relation(i as u32, f);
        found.fix(&mut r.from, true, field(RelationField::From));
        found.fix(&mut r.to, true, field(RelationField::To));
        found.fix(&mut r.label, true, field(RelationField::Label));
        for (j, e) in r.evidence.iter_mut().enumerate() {
            let cited = |f| field(RelationField::Cited(j as u32, f));
            found.fix(&mut e.section, true, cited(EvidenceField::Section));
            found.fix_opt(&mut e.cue, true, cited(EvidenceField::Cue));
        }
    }
    entities(&mut b.entities, &mut found);
    found.0
}

/// `scrub` for a list of entities (an `--entities` file's).
pub(crate) fn scrub_entities(list: &mut [Entity]) -> Vec<(Field, Change)> {
    let mut found = Found::default();
    entities(list, &mut found);
    found.0
}

fn entities(list: &mut [Entity], found: &mut Found) {
    for (i, e) in list.iter_mut().enumerate() {
        let field = |f| Field::Entity(i as u32, f);
        found.fix(&mut e.id, true, field(EntityField::Id));
        found.fix(&mut e.name, true, field(EntityField::Name));
        found.fix_opt(&mut e.iso, true, field(EntityField::Iso));
        for (j, a) in e.aliases.iter_mut().enumerate() {
            found.fix(a, true, field(EntityField::Alias(j as u32)));
        }
        found.fix_opt(&mut e.affiliation, true, field(EntityField::Affiliation));
        for (_, label) in e.short.iter_mut().flat_map(Short::labels_mut) {
            found.fix(label, true, field(EntityField::Short));
        }
    }
}
