//! The JSON export, written straight from the briefing and its analysis: the schema's
//! records hold borrowed strings and lists that are produced while serde writes them.
//! For a 20 MB article a tree of owned records (a string per evidence sentence, a map
//! per section, a record per mention) weighed more than the article itself; here the
//! only owned data are index arrays, a few bytes per mention and per link.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::ser::{Serialize, Serializer};

use super::{
    AnnotationExport, EntityExport, EvidenceExport, Export, MAX_EXPORTED_EVIDENCE, MentionAt,
    MentionsExport, RelationExport, SectionExport, SentenceExport, group,
};
use crate::model::{Analysis, Briefing, EntityKind, Loc, Mention, Part};

/// Write the export as pretty-printed JSON, ending with a newline, straight to `out`.
fn write_json(briefing: &Briefing, analysis: &Analysis, out: impl Write) -> io::Result<()> {
    write_json_annotated(briefing, analysis, Vec::new(), out)
}

/// `write_json` with the reader's marks and notes (`export::annotations`).
pub(crate) fn write_json_annotated(
    briefing: &Briefing,
    analysis: &Analysis,
    annotations: Vec<AnnotationExport>,
    mut out: impl Write,
) -> io::Result<()> {
    let view = View::new(briefing, analysis);
    let mut export = view.export();
    export.annotations = annotations;
    serde_json::to_writer_pretty(&mut out, &export)?;
    out.write_all(b"\n")
}

/// The export as pretty-printed JSON, ending with a newline.
pub fn to_json(briefing: &Briefing, analysis: &Analysis) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail, and serde_json writes UTF-8 only.
    let _ = write_json(briefing, analysis, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// A list serialised from the iterator `make` returns, when it is written.
struct Lazy<F>(F);

impl<F, I> Serialize for Lazy<F>
where
    F: Fn() -> I,
    I: IntoIterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

/// The briefing and analysis, with the orders the export lists them in.
struct View<'a> {
    briefing: &'a Briefing,
    analysis: &'a Analysis,
    /// Entity indexes sorted by id (stable).
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
    /// The sentences listed evidence cites, sorted, each once.
    sentences: Vec<Loc>,
    /// Each mention's range in chars (Unicode scalars), by mention index.
    chars: Vec<(u32, u32)>,
}

/// A sentence's place, as the order of `sentences`.
fn loc_key(l: &Loc) -> (u32, Part, u32, u32) {
    (l.section, l.part, l.start, l.end)
}

/// The paragraph the export names for `part`: none for the section's title.
fn paragraph(part: Part) -> Option<u32> {
    match part {
        Part::Title => None,
        Part::Para(p) => Some(p),
    }
}

impl<'a> View<'a> {
    fn new(briefing: &'a Briefing, analysis: &'a Analysis) -> View<'a> {
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
        let links = &analysis.links;
        let id = |i: usize| entities.get(i).map_or("", |e| e.id.as_str());
        let mut link_order: Vec<u32> = (0..links.len() as u32).collect();
        link_order.sort_by(|&a, &b| {
            let (a, b) = (&links[a as usize], &links[b as usize]);
            (id(a.from), id(a.to), a.kind).cmp(&(id(b.from), id(b.to), b.kind))
        });
        let mut sentences: Vec<Loc> = links
            .iter()
            .flat_map(|l| l.evidence.iter().take(MAX_EXPORTED_EVIDENCE).map(|e| e.loc))
            .collect();
        sentences.sort_by_key(loc_key);
        sentences.dedup_by_key(|l| loc_key(l));
        let chars = char_ranges(briefing, &analysis.mentions);
        View {
            briefing,
            analysis,
            entity_order,
            by_entity,
            starts,
            by_section,
            section_starts,
            link_order,
            sentences,
            chars,
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

    /// The export, every list produced as it is written.
    fn export(
        &self,
    ) -> Export<
        'a,
        impl Serialize + '_,
        impl Serialize + '_,
        impl Serialize + '_,
        impl Serialize + '_,
    > {
        Export {
            title: Cow::Borrowed(&self.briefing.title),
            language: Cow::Borrowed(&self.briefing.language),
            sections: Lazy(move || (0..self.briefing.sections.len()).map(move |i| self.section(i))),
            entities: Lazy(move || {
                self.entity_order
                    .iter()
                    .map(move |&e| self.entity(e as usize))
            }),
            relations: Lazy(move || {
                self.link_order
                    .iter()
                    .map(move |&l| self.relation(l as usize))
            }),
            sentences: Lazy(move || self.sentences.iter().map(move |l| self.sentence(l))),
            annotations: Vec::new(),
        }
    }

    fn sentence(&self, loc: &Loc) -> SentenceExport<'a> {
        SentenceExport {
            section: Cow::Borrowed(self.section_id(loc.section)),
            paragraph: paragraph(loc.part),
            start: loc.start,
            end: loc.end,
            text: Cow::Borrowed(self.briefing.text_at(loc).unwrap_or_default()),
        }
    }

    /// The index in `sentences` of the sentence at `loc` (listed evidence only).
    fn reference(&self, loc: &Loc) -> usize {
        self.sentences
            .binary_search_by_key(&loc_key(loc), loc_key)
            .unwrap_or(0)
    }

    fn section(&self, i: usize) -> SectionExport<'a, BTreeMap<&'a str, u32>> {
        let section = &self.briefing.sections[i];
        let mut mentions = BTreeMap::new();
        for &m in &self.by_section[self.section_starts[i]..self.section_starts[i + 1]] {
            let entity = self.analysis.mentions[m as usize].entity as usize;
            *mentions.entry(self.entity_id(entity)).or_default() += 1;
        }
        SectionExport {
            id: Cow::Borrowed(&section.id),
            title: Cow::Borrowed(&section.title),
            mentions,
        }
    }

    fn entity(&self, e: usize) -> EntityExport<'a, impl Serialize + '_> {
        let entity = &self.analysis.entities[e];
        let at = &self.by_entity[self.starts[e]..self.starts[e + 1]];
        EntityExport {
            id: Cow::Borrowed(&entity.id),
            name: Cow::Borrowed(&entity.name),
            kind: entity.kind,
            iso: (entity.kind == EntityKind::Country)
                .then_some(entity.iso.as_deref().map(Cow::Borrowed))
                .flatten(),
            affiliation: entity.affiliation.as_deref().map(Cow::Borrowed),
            mentions: MentionsExport {
                total: at.len() as u32,
                at: Lazy(move || at.iter().map(move |&m| self.mention(m as usize))),
            },
        }
    }

    fn mention(&self, m: usize) -> MentionAt<'a> {
        let loc = &self.analysis.mentions[m].loc;
        MentionAt {
            section: Cow::Borrowed(self.section_id(loc.section)),
            paragraph: paragraph(loc.part),
            start: loc.start,
            end: loc.end,
            char_start: self.chars.get(m).map_or(0, |c| c.0),
            char_end: self.chars.get(m).map_or(0, |c| c.1),
        }
    }

    fn relation(&self, l: usize) -> RelationExport<'a, impl Serialize + '_> {
        let link = &self.analysis.links[l];
        RelationExport {
            from: Cow::Borrowed(self.entity_id(link.from)),
            to: Cow::Borrowed(self.entity_id(link.to)),
            kind: link.kind,
            directed: link.directed,
            label: Cow::Borrowed(&link.label),
            weight: link.weight,
            declared: link.declared,
            negated: link.negated,
            evidence: Lazy(move || {
                let listed = link.evidence.iter().take(MAX_EXPORTED_EVIDENCE);
                listed.map(move |ev| EvidenceExport {
                    section: Cow::Borrowed(self.section_id(ev.loc.section)),
                    sentence: ev.sentence,
                    reference: self.reference(&ev.loc),
                    cue: ev.cue.as_deref().map(Cow::Borrowed),
                })
            }),
        }
    }
}

/// Each mention's (start, end) in chars, in one pass over the text in document order:
/// a cursor per part moves forward from mention to mention, so a 20 MB paragraph with
/// a mention every few words is counted once, not once per mention.
fn char_ranges(briefing: &Briefing, mentions: &[Mention]) -> Vec<(u32, u32)> {
    let mut order: Vec<u32> = (0..mentions.len() as u32).collect();
    // Already sorted by the analysis; a stable sort of a sorted list is linear.
    order.sort_by_key(|&m| mentions[m as usize].loc);
    let mut out = vec![(0, 0); mentions.len()];
    // The part being walked, and how far: (section, part), byte, chars before it.
    let mut at: Option<(u32, Part)> = None;
    let (mut byte, mut count) = (0usize, 0u32);
    for m in order {
        let loc = &mentions[m as usize].loc;
        let text = briefing.part_of(loc).unwrap_or_default();
        if at != Some((loc.section, loc.part)) {
            at = Some((loc.section, loc.part));
            (byte, count) = (0, 0);
        }
        let start = (loc.start as usize).min(text.len());
        let end = (loc.end as usize).clamp(start, text.len());
        // Offsets are on char boundaries (load checks them); `get` keeps a bad one
        // from panicking, counted as nothing.
        count += chars_in(text, byte, start);
        byte = start;
        out[m as usize] = (count, count + chars_in(text, start, end));
    }
    out
}

/// The chars of `text[from..to]`, or 0 when that is not a slice of it.
fn chars_in(text: &str, from: usize, to: usize) -> u32 {
    text.get(from..to).map_or(0, |s| s.chars().count() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, Link, LinkEvidence as Evidence, Loc, RelationKind, Section};

    fn entity(id: &str, name: &str, kind: EntityKind, iso: &str, aff: Option<&str>) -> Entity {
        Entity {
            id: id.into(),
            name: name.into(),
            kind,
            iso: Some(iso.into()),
            aliases: Vec::new(),
            affiliation: aff.map(str::to_owned),
            short: None,
        }
    }

    fn at(section: u32, part: Part, start: u32, end: u32) -> Loc {
        Loc {
            section,
            part,
            start,
            end,
        }
    }

    /// The exact JSON of a small hand-built analysis: both sort orders, a heading
    /// mention, a place's `iso` left out, and what points nowhere (a mention of no
    /// entity is skipped, a section that does not exist has the id "").
    #[test]
    fn json_is_pinned() {
        let section = |id: &str, title: &str, para: &str| Section {
            id: id.into(),
            title: title.into(),
            body: vec![para.into()],
        };
        let b = Briefing::new(
            "Talks",
            "en",
            vec![
                section(
                    "lead",
                    "Kazakhstan and Russia",
                    "Russia met Kazakhstan. Moscow sent aid.",
                ),
                section("aid", "Aid", "Russia helps."),
            ],
        );
        let entities = vec![
            entity("ru", "Russia", EntityKind::Country, "RU", None),
            entity("kz", "Kazakhstan", EntityKind::Country, "KZ", None),
            entity("moscow", "Moscow", EntityKind::Place, "XX", Some("ru")),
        ];
        let para = Part::Para(0);
        let mentions = [
            (1, at(0, Part::Title, 0, 10)),
            (0, at(0, Part::Title, 15, 21)),
            (0, at(0, para, 0, 6)),
            (1, at(0, para, 11, 21)),
            (2, at(0, para, 23, 29)),
            (0, at(1, para, 0, 6)),
            (9, at(1, para, 7, 12)),
            (0, at(5, para, 0, 1)),
        ]
        .map(|(entity, loc)| Mention { entity, loc })
        .to_vec();
        let evidence = |sentence, loc, cue: Option<&str>| Evidence {
            sentence,
            loc,
            cue: cue.map(str::to_owned),
        };
        let link = |kind: RelationKind, label: &str, evidence: Vec<Evidence>| Link {
            from: 0,
            to: 1,
            kind,
            directed: kind.is_directed(),
            label: label.into(),
            weight: evidence.len() as u32,
            declared: kind == RelationKind::Aid,
            negated: false,
            evidence,
        };
        let links = vec![
            link(
                RelationKind::Dialogue,
                "Russia–Kazakhstan dialogue",
                vec![evidence(0, at(0, para, 0, 22), Some("met"))],
            ),
            link(
                RelationKind::Aid,
                "Russia aid to Kazakhstan",
                vec![
                    evidence(1, at(0, para, 23, 39), None),
                    evidence(0, at(1, para, 0, 13), Some("helps")),
                ],
            ),
        ];
        let analysis = Analysis {
            entities,
            mentions,
            links,
        };
        insta::assert_snapshot!(to_json(&b, &analysis));
    }

    /// Char ranges slice the text as a Python `str` would: after accents, a
    /// two-scalar emoji, and for mentions listed out of document order.
    #[test]
    fn char_ranges_count_scalars_not_bytes() {
        let text = "Été 🇫🇷 : la France et l’Algérie, puis la France.";
        let b = Briefing::new(
            "T",
            "fr",
            vec![Section {
                id: "s".into(),
                title: "Côte".into(),
                body: vec![text.into()],
            }],
        );
        let find = |w: &str, nth: usize| {
            let start = text.match_indices(w).nth(nth).map(|(i, _)| i).unwrap();
            at(0, Part::Para(0), start as u32, (start + w.len()) as u32)
        };
        let mentions: Vec<Mention> = [
            (0, at(0, Part::Title, 0, 5)),
            (0, find("France", 0)),
            (1, find("Algérie", 0)),
            (0, find("France", 1)),
        ]
        .map(|(entity, loc)| Mention { entity, loc })
        .to_vec();
        let chars: Vec<char> = text.chars().collect();
        let ranges = char_ranges(&b, &mentions);
        for (m, &(cs, ce)) in mentions.iter().zip(&ranges).skip(1) {
            let sliced: String = chars[cs as usize..ce as usize].iter().collect();
            assert_eq!(sliced, b.text_at(&m.loc).unwrap());
        }
        assert_eq!(ranges[0], (0, 4), "Côte is 4 chars, 5 bytes");
    }
}
