//! The JSON export written straight from the briefing and its analysis, without
//! building an `Export` first: for a 20 MB article the `Export` tree (a string per
//! evidence sentence, a map per section, a record per mention) weighed more than the
//! article itself. The output is byte for byte what serialising `export()` gives; a
//! test holds the two together.

use std::collections::HashMap;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::model::{Analysis, Briefing, EntityKind, Link, LinkEvidence as Evidence, Mention, Part};

use super::part_text;

/// Everything the writer needs, borrowed; the only owned data are index arrays
/// (a few bytes per mention and per link).
pub(super) struct View<'a> {
    briefing: &'a Briefing,
    analysis: &'a Analysis,
    /// Entity indexes sorted by id (stable, as `export` sorts).
    entity_order: Vec<u32>,
    /// Mention indexes grouped by entity: those of entity `e` are
    /// `by_entity[starts[e]..starts[e + 1]]`, in document order.
    by_entity: Vec<u32>,
    starts: Vec<usize>,
    /// Mention indexes grouped by section, the same way.
    by_section: Vec<u32>,
    section_starts: Vec<usize>,
    /// Link indexes sorted by (from id, to id, kind), stable.
    link_order: Vec<u32>,
}

impl<'a> View<'a> {
    pub(super) fn new(briefing: &'a Briefing, analysis: &'a Analysis) -> View<'a> {
        let entities = &analysis.entities;
        let mut entity_order: Vec<u32> = (0..entities.len() as u32).collect();
        entity_order.sort_by(|&a, &b| entities[a as usize].id.cmp(&entities[b as usize].id));
        let known = |m: &Mention| (m.entity as usize) < entities.len();
        let (by_entity, starts) = group(&analysis.mentions, entities.len(), |m| {
            known(m).then_some(m.entity as usize)
        });
        let sections = briefing.sections.len();
        let (by_section, section_starts) = group(&analysis.mentions, sections, |m| {
            let s = m.loc.section as usize;
            (known(m) && s < sections).then_some(s)
        });
        let id = |i: usize| entities.get(i).map_or("", |e| e.id.as_str());
        let links = &analysis.links;
        let mut link_order: Vec<u32> = (0..links.len() as u32).collect();
        link_order.sort_by(|&a, &b| {
            let (a, b) = (&links[a as usize], &links[b as usize]);
            (id(a.from), id(a.to), a.kind).cmp(&(id(b.from), id(b.to), b.kind))
        });
        View {
            briefing,
            analysis,
            entity_order,
            by_entity,
            starts,
            by_section,
            section_starts,
            link_order,
        }
    }

    fn entity_id(&self, i: usize) -> &'a str {
        self.analysis.entities.get(i).map_or("", |e| e.id.as_str())
    }

    fn section_id(&self, section: u32) -> &'a str {
        self.briefing
            .sections
            .get(section as usize)
            .map_or("", |s| s.id.as_str())
    }
}

/// Indexes of `items` grouped by `key` (`None`: left out), by a counting sort that
/// keeps their order within a group: group `g` is `order[starts[g]..starts[g + 1]]`.
pub(super) fn group<T>(
    items: &[T],
    groups: usize,
    key: impl Fn(&T) -> Option<usize>,
) -> (Vec<u32>, Vec<usize>) {
    let mut starts = vec![0usize; groups + 1];
    for g in items.iter().filter_map(&key) {
        starts[g + 1] += 1;
    }
    for g in 0..groups {
        starts[g + 1] += starts[g];
    }
    let mut next = starts.clone();
    let mut order = vec![0u32; starts[groups]];
    for (i, g) in items
        .iter()
        .enumerate()
        .filter_map(|(i, t)| Some((i, key(t)?)))
    {
        order[next[g]] = i as u32;
        next[g] += 1;
    }
    (order, starts)
}

impl Serialize for View<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Export", 5)?;
        out.serialize_field("title", &self.briefing.title)?;
        out.serialize_field("language", &self.briefing.language)?;
        out.serialize_field("sections", &Sections(self))?;
        out.serialize_field("entities", &Entities(self))?;
        out.serialize_field("relations", &Relations(self))?;
        out.end()
    }
}

struct Sections<'v, 'a>(&'v View<'a>);

impl Serialize for Sections<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let view = self.0;
        s.collect_seq(
            view.briefing
                .sections
                .iter()
                .enumerate()
                .map(|(i, section)| SectionOut {
                    view,
                    id: &section.id,
                    title: &section.title,
                    mentions: &view.by_section[view.section_starts[i]..view.section_starts[i + 1]],
                }),
        )
    }
}

struct SectionOut<'v, 'a> {
    view: &'v View<'a>,
    id: &'a str,
    title: &'a str,
    /// Indexes into `Analysis::mentions`.
    mentions: &'v [u32],
}

impl Serialize for SectionOut<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut counts: HashMap<u32, u32> = HashMap::new();
        for &i in self.mentions {
            *counts
                .entry(self.view.analysis.mentions[i as usize].entity)
                .or_default() += 1;
        }
        // Keyed by id, sorted as the `BTreeMap` of `SectionExport` is.
        let mut counts: Vec<(&str, u32)> = counts
            .into_iter()
            .map(|(e, n)| (self.view.entity_id(e as usize), n))
            .collect();
        counts.sort_unstable();
        counts.dedup_by(|b, a| {
            // Two entities never share an id; merge anyway rather than repeat a key.
            let same = a.0 == b.0;
            if same {
                a.1 += b.1;
            }
            same
        });
        let mut out = s.serialize_struct("SectionExport", 3)?;
        out.serialize_field("id", self.id)?;
        out.serialize_field("title", self.title)?;
        out.serialize_field("mentions", &Map(&counts))?;
        out.end()
    }
}

struct Map<'c>(&'c [(&'c str, u32)]);

impl Serialize for Map<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

struct Entities<'v, 'a>(&'v View<'a>);

impl Serialize for Entities<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let view = self.0;
        s.collect_seq(view.entity_order.iter().map(|&e| EntityOut { view, e }))
    }
}

struct EntityOut<'v, 'a> {
    view: &'v View<'a>,
    e: u32,
}

impl Serialize for EntityOut<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.e as usize;
        let entity = &self.view.analysis.entities[e];
        let at = &self.view.by_entity[self.view.starts[e]..self.view.starts[e + 1]];
        let mut out = s.serialize_struct("EntityExport", 6)?;
        out.serialize_field("id", &entity.id)?;
        out.serialize_field("name", &entity.name)?;
        out.serialize_field("kind", &entity.kind)?;
        let iso = entity
            .iso
            .as_deref()
            .filter(|_| entity.kind == EntityKind::Country);
        out.serialize_field("iso", &iso)?;
        out.serialize_field("affiliation", &entity.affiliation.as_deref())?;
        out.serialize_field(
            "mentions",
            &MentionsOut {
                view: self.view,
                at,
            },
        )?;
        out.end()
    }
}

struct MentionsOut<'v, 'a> {
    view: &'v View<'a>,
    at: &'v [u32],
}

impl Serialize for MentionsOut<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("MentionsExport", 2)?;
        out.serialize_field("total", &(self.at.len() as u32))?;
        out.serialize_field("at", &At(self))?;
        out.end()
    }
}

struct At<'m, 'v, 'a>(&'m MentionsOut<'v, 'a>);

impl Serialize for At<'_, '_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let view = self.0.view;
        s.collect_seq(self.0.at.iter().map(|&i| MentionAtOut {
            view,
            m: &view.analysis.mentions[i as usize],
        }))
    }
}

struct MentionAtOut<'v, 'a> {
    view: &'v View<'a>,
    m: &'a Mention,
}

impl Serialize for MentionAtOut<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let loc = &self.m.loc;
        let paragraph = match loc.part {
            Part::Title => None,
            Part::Para(p) => Some(p),
        };
        let mut out = s.serialize_struct("MentionAt", 4)?;
        out.serialize_field("section", self.view.section_id(loc.section))?;
        out.serialize_field("paragraph", &paragraph)?;
        out.serialize_field("start", &loc.start)?;
        out.serialize_field("end", &loc.end)?;
        out.end()
    }
}

struct Relations<'v, 'a>(&'v View<'a>);

impl Serialize for Relations<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let view = self.0;
        s.collect_seq(view.link_order.iter().map(|&l| RelationOut {
            view,
            link: &view.analysis.links[l as usize],
        }))
    }
}

struct RelationOut<'v, 'a> {
    view: &'v View<'a>,
    link: &'a Link,
}

impl Serialize for RelationOut<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (view, link) = (self.view, self.link);
        let mut out = s.serialize_struct("RelationExport", 8)?;
        out.serialize_field("from", view.entity_id(link.from))?;
        out.serialize_field("to", view.entity_id(link.to))?;
        out.serialize_field("kind", &link.kind)?;
        out.serialize_field("directed", &link.directed)?;
        out.serialize_field("label", &link.label)?;
        out.serialize_field("weight", &link.weight)?;
        out.serialize_field("declared", &link.declared)?;
        out.serialize_field("evidence", &EvidenceList { view, link })?;
        out.end()
    }
}

struct EvidenceList<'v, 'a> {
    view: &'v View<'a>,
    link: &'a Link,
}

impl Serialize for EvidenceList<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let view = self.view;
        s.collect_seq(self.link.evidence.iter().map(|ev| EvidenceOut { view, ev }))
    }
}

struct EvidenceOut<'v, 'a> {
    view: &'v View<'a>,
    ev: &'a Evidence,
}

impl Serialize for EvidenceOut<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let ev = self.ev;
        let text = part_text(self.view.briefing, &ev.loc)
            .and_then(|t| t.get(ev.loc.range()))
            .unwrap_or_default();
        let mut out = s.serialize_struct("EvidenceExport", 4)?;
        out.serialize_field("section", self.view.section_id(ev.loc.section))?;
        out.serialize_field("sentence", &ev.sentence)?;
        out.serialize_field("text", text)?;
        out.serialize_field("cue", &ev.cue.as_deref())?;
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::{export, to_json};
    use crate::entities::Gazetteer;
    use crate::model::{Analysis, Briefing, Loc};

    /// What `write_json` must equal: the `Export` tree, serialised.
    fn reference(b: &Briefing, a: &Analysis) -> String {
        let mut json = serde_json::to_string_pretty(&export(b, a)).expect("serialise");
        json.push('\n');
        json
    }

    fn analysed(name: &str) -> (Briefing, Analysis) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/articles")
            .join(name);
        let b = crate::load::load_path(&path)
            .expect("fixture loads")
            .briefing;
        let a = crate::analysis::analyse(&b, &Gazetteer::builtin());
        (b, a)
    }

    #[test]
    fn streamed_json_is_the_export_tree_serialised() {
        for name in ["seed.fr.txt", "sahel.en.txt", "caucase.fr.txt"] {
            let (b, a) = analysed(name);
            assert!(!a.links.is_empty(), "{name}: relations are exercised");
            assert_eq!(to_json(&b, &a), reference(&b, &a), "{name}");
        }
    }

    #[test]
    fn streamed_json_matches_on_unsorted_and_dangling_mentions() {
        let (b, mut a) = analysed("seed.fr.txt");
        a.mentions.reverse();
        let first = a.mentions[0];
        // An entity and a section that do not exist are skipped or exported as "".
        a.mentions.push(crate::model::Mention {
            entity: a.entities.len() as u32 + 3,
            ..first
        });
        a.mentions.push(crate::model::Mention {
            entity: first.entity,
            loc: Loc {
                section: b.sections.len() as u32 + 1,
                ..first.loc
            },
        });
        a.links.reverse();
        if let Some(l) = a.links.first_mut() {
            l.to = a.entities.len() + 7;
        }
        assert_eq!(to_json(&b, &a), reference(&b, &a));
    }
}
