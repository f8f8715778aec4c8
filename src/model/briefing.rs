//! The briefing file format (YAML), as documented in `docs/format.md`.
//!
//! Every struct denies unknown fields: a misspelt key in a curated briefing is an
//! error with a location, not a silently ignored line.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

/// One article seen the way an analyst reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    pub title: String,
    /// ISO 8601 calendar date (`2025-11-12`), or a date and time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// BCP 47 language tag of the text (`fr`, `en`, `en-GB`).
    pub language: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub sections: Vec<Section>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<Entity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<Relation>,
}

/// A headed part of the article; the lead is the first section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// Paragraphs, in reading order.
    pub body: Vec<String>,
}

/// A named actor: a country, a person, an organisation, a place…
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-2 code; required for countries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iso: Option<String>,
    /// Other surface forms the text may use (short names, demonyms, titles).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The entity this one belongs to: a president to his country, a capital to its
    /// country, a company to its home state. Mentions roll up along it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// A label for charts when `name` does not fit ("UAE", "Centrafrique").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<Short>,
}

impl Entity {
    /// The chart label to use when `name` does not fit. After analysis it is the
    /// label of the text's language (`entities::name_in_text_language`).
    pub(crate) fn short_label(&self) -> Option<&str> {
        self.short.as_ref().and_then(|s| s.label("en"))
    }
}

/// An entity's short label: one, or one per language (`{en: UAE, fr: EAU}`, as the
/// gazetteer gives them, since its entities serve texts in every language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Short {
    Label(String),
    /// Labels by BCP 47 language tag.
    ByLanguage(BTreeMap<String, String>),
}

impl Short {
    /// The label for a text in `language` (a BCP 47 tag, compared on its primary
    /// language): the one label if there is one; else that language's, else the
    /// English one (the gazetteer's names are English), else none.
    pub(crate) fn label(&self, language: &str) -> Option<&str> {
        let primary = |tag: &str| {
            tag.split(['-', '_'])
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase()
        };
        match self {
            Short::Label(label) => Some(label),
            Short::ByLanguage(labels) => {
                let find = |lang: &str| {
                    labels
                        .iter()
                        .find(|(tag, _)| primary(tag) == lang)
                        .map(|(_, l)| l.as_str())
                };
                find(&primary(language)).or_else(|| find("en"))
            }
        }
    }

    /// Every label, with the path segment that locates it (`fr` for a map's entry).
    pub(crate) fn labels_mut(&mut self) -> Vec<(Option<&str>, &mut String)> {
        match self {
            Short::Label(label) => vec![(None, label)],
            Short::ByLanguage(labels) => labels
                .iter_mut()
                .map(|(tag, label)| (Some(tag.as_str()), label))
                .collect(),
        }
    }
}

impl<'de> Deserialize<'de> for Short {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Short, D::Error> {
        struct ShortVisitor;
        impl<'de> Visitor<'de> for ShortVisitor {
            type Value = Short;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a label (`short: UAE`) or labels by language (`short: {en: UAE, fr: EAU}`)",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Short, E> {
                Ok(Short::Label(v.to_string()))
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Short, M::Error> {
                let mut labels = BTreeMap::new();
                while let Some((tag, label)) = map.next_entry::<String, String>()? {
                    if labels.insert(tag.clone(), label).is_some() {
                        return Err(de::Error::custom(format!(
                            "language `{tag}` given twice in `short`"
                        )));
                    }
                }
                Ok(Short::ByLanguage(labels))
            }
        }
        deserializer.deserialize_any(ShortVisitor)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Country,
    Person,
    Organization,
    Place,
    Event,
    Other,
}

impl EntityKind {
    pub(crate) const ALL: [EntityKind; 6] = [
        EntityKind::Country,
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Event,
        EntityKind::Other,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Event => "event",
            EntityKind::Other => "other",
        }
    }
}

/// A link between two entities that the text states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub from: String,
    pub to: String,
    pub kind: RelationKind,
    /// A few words an analyst reads in the link chart ("US sanctions on Russian energy").
    pub label: String,
    /// The text states the link only to deny, refuse or suppose it ("would not join
    /// strikes on", "a démenti"): shown as such, never counted as a link that holds.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub negated: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

/// Where the text supports a relation: a section and, where known, a sentence of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The section id.
    pub section: String,
    /// Zero-based index of the sentence within the section body (paragraphs in order).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
    /// The cue word that gives the relation its kind, when one does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
}

/// What kind of link a relation is. Directed kinds read `from → to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RelationKind {
    Sanctions,
    Pressure,
    Aid,
    Alliance,
    Cooperation,
    Dialogue,
    Rapprochement,
    Tension,
    Trade,
    /// Two actors named in one sentence that no cue links: kept so an analyst can ask
    /// for them, hidden by default and marked as such in every export. (`other` is the
    /// name earlier versions used.)
    #[serde(rename = "co-mention", alias = "other")]
    CoMention,
}

impl RelationKind {
    pub const ALL: [RelationKind; 10] = [
        RelationKind::Sanctions,
        RelationKind::Pressure,
        RelationKind::Aid,
        RelationKind::Alliance,
        RelationKind::Cooperation,
        RelationKind::Dialogue,
        RelationKind::Rapprochement,
        RelationKind::Tension,
        RelationKind::Trade,
        RelationKind::CoMention,
    ];

    /// A link the text states, as opposed to a mere co-mention.
    pub(crate) fn is_typed(self) -> bool {
        self != RelationKind::CoMention
    }

    /// Sanctions, pressure and aid go from one actor to another; the rest are mutual.
    pub fn is_directed(self) -> bool {
        matches!(
            self,
            RelationKind::Sanctions | RelationKind::Pressure | RelationKind::Aid
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Sanctions => "sanctions",
            RelationKind::Pressure => "pressure",
            RelationKind::Aid => "aid",
            RelationKind::Alliance => "alliance",
            RelationKind::Cooperation => "cooperation",
            RelationKind::Dialogue => "dialogue",
            RelationKind::Rapprochement => "rapprochement",
            RelationKind::Tension => "tension",
            RelationKind::Trade => "trade",
            RelationKind::CoMention => "co-mention",
        }
    }
}

impl Section {
    /// The section's strings in reading order: the title, then each paragraph.
    pub fn parts(&self) -> impl Iterator<Item = (super::Part, &str)> {
        std::iter::once((super::Part::Title, self.title.as_str())).chain(
            self.body
                .iter()
                .enumerate()
                .map(|(i, p)| (super::Part::Para(i as u32), p.as_str())),
        )
    }

    /// One string of the section, if it exists.
    pub(crate) fn part(&self, part: super::Part) -> Option<&str> {
        match part {
            super::Part::Title => Some(&self.title),
            super::Part::Para(p) => self.body.get(p as usize).map(String::as_str),
        }
    }
}

impl Briefing {
    /// A briefing with only what every briefing has; the optional fields empty.
    pub fn new(
        title: impl Into<String>,
        language: impl Into<String>,
        sections: Vec<Section>,
    ) -> Briefing {
        Briefing {
            title: title.into(),
            date: None,
            source: None,
            language: language.into(),
            summary: None,
            sections,
            entities: Vec::new(),
            relations: Vec::new(),
        }
    }

    /// The whole string (title or paragraph) that `loc` points into, if it exists.
    pub(crate) fn part_of(&self, loc: &super::Loc) -> Option<&str> {
        self.sections.get(loc.section as usize)?.part(loc.part)
    }

    /// The text at `loc`, or `None` when it is not a char range of the briefing.
    pub fn text_at(&self, loc: &super::Loc) -> Option<&str> {
        self.part_of(loc)?.get(loc.range())
    }

    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The ids of the declared entities, for callers that ask of many ids whether
    /// they are declared: `entity` per id is a linear scan, and once per entity it
    /// made 50,000 declared entities cost 2.5 billion comparisons (import 17 s).
    pub(crate) fn entity_ids(&self) -> std::collections::HashSet<&str> {
        self.entities.iter().map(|e| e.id.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn short(yaml: &str) -> Result<Short, String> {
        serde_yaml::from_str(yaml).map_err(|e| e.to_string())
    }

    #[test]
    fn a_short_label_is_one_string_or_one_per_language() {
        let one = short("EAU").expect("a label");
        assert_eq!(one, Short::Label("EAU".into()));
        assert_eq!(one.label("en"), Some("EAU"));
        let by = short("{en: UAE, fr: EAU}").expect("labels by language");
        assert_eq!(by.label("fr"), Some("EAU"));
        assert_eq!(
            by.label("fr-CA"),
            Some("EAU"),
            "compared on the primary tag"
        );
        assert_eq!(by.label("EN-gb"), Some("UAE"));
        assert_eq!(
            by.label("de"),
            Some("UAE"),
            "English when the language has none"
        );
        let fr_only = short("{fr: Centrafrique}").expect("one language");
        assert_eq!(fr_only.label("de"), None);
        let err = short("[UAE, EAU]").expect_err("a list is no label");
        assert!(err.contains("labels by language"), "{err}");
    }
}
