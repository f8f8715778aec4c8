//! `Field`: where a value sits in a briefing or an entities file, as a typed path.
//! Validation names the field it complains about; the YAML walk (`spans`) records
//! where each field is in the text; the two meet here and nowhere else.

/// A value of the briefing schema (an entities file uses the `Entities` branch).
/// Indexes are zero-based positions in their list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Field {
    /// The document's top-level mapping.
    Root,
    Title,
    Date,
    Source,
    Language,
    Summary,
    Sections,
    Section(u32, SectionField),
    Entities,
    Entity(u32, EntityField),
    Relations,
    Relation(u32, RelationField),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum SectionField {
    Whole,
    Id,
    Title,
    Body,
    Paragraph(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum EntityField {
    Whole,
    Id,
    Name,
    Kind,
    Iso,
    Aliases,
    Alias(u32),
    Affiliation,
    /// `short`: one chart label, or labels by language (located as a whole).
    Short,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum RelationField {
    Whole,
    From,
    To,
    Kind,
    Label,
    Negated,
    Evidence,
    /// One item of `evidence`.
    Cited(u32, EvidenceField),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum EvidenceField {
    Whole,
    Section,
    Sentence,
    Cue,
}

/// One step down a YAML document: a mapping key or a list index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step<'a> {
    Key(&'a str),
    Index(u32),
}

// The key names of each level: the one table both directions read.
const TOP: [(&str, Field); 8] = [
    ("title", Field::Title),
    ("date", Field::Date),
    ("source", Field::Source),
    ("language", Field::Language),
    ("summary", Field::Summary),
    ("sections", Field::Sections),
    ("entities", Field::Entities),
    ("relations", Field::Relations),
];
const SECTION: [(&str, SectionField); 3] = [
    ("id", SectionField::Id),
    ("title", SectionField::Title),
    ("body", SectionField::Body),
];
const ENTITY: [(&str, EntityField); 7] = [
    ("id", EntityField::Id),
    ("name", EntityField::Name),
    ("kind", EntityField::Kind),
    ("iso", EntityField::Iso),
    ("aliases", EntityField::Aliases),
    ("affiliation", EntityField::Affiliation),
    ("short", EntityField::Short),
];
const RELATION: [(&str, RelationField); 6] = [
    ("from", RelationField::From),
    ("to", RelationField::To),
    ("kind", RelationField::Kind),
    ("label", RelationField::Label),
    ("negated", RelationField::Negated),
    ("evidence", RelationField::Evidence),
];
const EVIDENCE: [(&str, EvidenceField); 3] = [
    ("section", EvidenceField::Section),
    ("sentence", EvidenceField::Sentence),
    ("cue", EvidenceField::Cue),
];

fn named<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    table.iter().find(|(k, _)| *k == key).map(|&(_, v)| v)
}

impl Field {
    /// The field one step below this one, if the schema has it (`None` for a key the
    /// schema does not know: serde reports it, nothing needs its position).
    pub(crate) fn child(self, step: Step<'_>) -> Option<Field> {
        use Field::*;
        use Step::{Index, Key};
        Some(match (self, step) {
            (Root, Key(k)) => named(&TOP, k)?,
            (Sections, Index(i)) => Section(i, SectionField::Whole),
            (Section(i, SectionField::Whole), Key(k)) => Section(i, named(&SECTION, k)?),
            (Section(i, SectionField::Body), Index(j)) => Section(i, SectionField::Paragraph(j)),
            (Entities, Index(i)) => Entity(i, EntityField::Whole),
            (Entity(i, EntityField::Whole), Key(k)) => Entity(i, named(&ENTITY, k)?),
            (Entity(i, EntityField::Aliases), Index(j)) => Entity(i, EntityField::Alias(j)),
            (Relations, Index(i)) => Relation(i, RelationField::Whole),
            (Relation(i, RelationField::Whole), Key(k)) => Relation(i, named(&RELATION, k)?),
            (Relation(i, RelationField::Evidence), Index(j)) => {
                Relation(i, RelationField::Cited(j, EvidenceField::Whole))
            }
            (Relation(i, RelationField::Cited(j, EvidenceField::Whole)), Key(k)) => {
                Relation(i, RelationField::Cited(j, named(&EVIDENCE, k)?))
            }
            _ => return None,
        })
    }

    /// The field this one is part of; `None` for the root.
    pub(crate) fn parent(self) -> Option<Field> {
        use Field::*;
        Some(match self {
            Root => return None,
            Title | Date | Source | Language | Summary | Sections | Entities | Relations => Root,
            Section(_, SectionField::Whole) => Sections,
            Section(i, SectionField::Paragraph(_)) => Section(i, SectionField::Body),
            Section(i, _) => Section(i, SectionField::Whole),
            Entity(_, EntityField::Whole) => Entities,
            Entity(i, EntityField::Alias(_)) => Entity(i, EntityField::Aliases),
            Entity(i, _) => Entity(i, EntityField::Whole),
            Relation(_, RelationField::Whole) => Relations,
            Relation(i, RelationField::Cited(_, EvidenceField::Whole)) => {
                Relation(i, RelationField::Evidence)
            }
            Relation(i, RelationField::Cited(j, _)) => {
                Relation(i, RelationField::Cited(j, EvidenceField::Whole))
            }
            Relation(i, _) => Relation(i, RelationField::Whole),
        })
    }
}

/// Every field that holds a scalar, at list index `i` everywhere: what a briefing that
/// uses every key of the schema has.
#[cfg(test)]
pub(crate) fn leaves(i: u32) -> Vec<Field> {
    use Field::*;
    let lists = [
        Sections,
        Entities,
        Relations,
        Section(i, SectionField::Body),
        Entity(i, EntityField::Aliases),
        Relation(i, RelationField::Evidence),
    ];
    let mut all: Vec<Field> = TOP.iter().map(|&(_, f)| f).collect();
    all.extend(SECTION.iter().map(|&(_, f)| Section(i, f)));
    all.extend(ENTITY.iter().map(|&(_, f)| Entity(i, f)));
    all.extend(RELATION.iter().map(|&(_, f)| Relation(i, f)));
    all.extend(EVIDENCE.map(|(_, f)| Relation(i, RelationField::Cited(i, f))));
    all.push(Section(i, SectionField::Paragraph(i)));
    all.push(Entity(i, EntityField::Alias(i)));
    all.retain(|f| !lists.contains(f));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The step from `parent()` to `field`, read from the tables.
    fn step(field: Field) -> Option<Step<'static>> {
        use Field::*;
        fn name<T: PartialEq>(table: &[(&'static str, T)], v: T) -> Option<Step<'static>> {
            table
                .iter()
                .find(|(_, t)| *t == v)
                .map(|(k, _)| Step::Key(k))
        }
        match field {
            Root => None,
            Section(i, SectionField::Whole)
            | Entity(i, EntityField::Whole)
            | Relation(i, RelationField::Whole)
            | Section(_, SectionField::Paragraph(i))
            | Entity(_, EntityField::Alias(i))
            | Relation(_, RelationField::Cited(i, EvidenceField::Whole)) => Some(Step::Index(i)),
            Section(_, f) => name(&SECTION, f),
            Entity(_, f) => name(&ENTITY, f),
            Relation(_, RelationField::Cited(_, f)) => name(&EVIDENCE, f),
            Relation(_, f) => name(&RELATION, f),
            top => name(&TOP, top),
        }
    }

    /// Every kind of field, each with its parents.
    fn sample() -> Vec<Field> {
        let mut all = Vec::new();
        for leaf in leaves(3) {
            let mut f = Some(leaf);
            while let Some(field) = f {
                all.push(field);
                f = field.parent();
            }
        }
        all
    }

    #[test]
    fn child_and_parent_are_inverse() {
        for field in sample() {
            match (field.parent(), step(field)) {
                (Some(parent), Some(step)) => {
                    assert_eq!(parent.child(step), Some(field), "{field:?}")
                }
                (None, None) => assert_eq!(field, Field::Root),
                other => panic!("{field:?}: {other:?}"),
            }
        }
        assert_eq!(Field::Root.child(Step::Key("titel")), None);
        assert_eq!(Field::Title.child(Step::Index(0)), None);
    }
}
