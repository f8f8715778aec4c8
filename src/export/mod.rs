//! `brief export`: a briefing and its analysis as one JSON object (schema in
//! `docs/export.md`) or a Markdown digest. The output is sorted so it diffs well.

mod json;
mod markdown;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::{Deserialize, Serialize};

pub use markdown::{to_markdown, write_markdown};

use crate::model::{Analysis, Briefing, EntityKind, Loc, Part, RelationKind};

/// The whole export: one JSON object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export<'a> {
    pub title: String,
    pub language: String,
    /// In document order.
    pub sections: Vec<SectionExport>,
    /// Sorted by id.
    pub entities: Vec<EntityExport<'a>>,
    /// Sorted by (from, to, kind).
    pub relations: Vec<RelationExport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionExport {
    pub id: String,
    pub title: String,
    /// Entity id → number of mentions in this section (title and body); entities
    /// not mentioned here are absent.
    pub mentions: BTreeMap<String, u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityExport<'a> {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-2 code, for countries; `null` otherwise.
    pub iso: Option<String>,
    /// The id of the entity this one belongs to, or `null`.
    pub affiliation: Option<String>,
    pub mentions: MentionsExport<'a>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MentionsExport<'a> {
    pub total: u32,
    /// In document order.
    pub at: Vec<MentionAt<'a>>,
}

/// Where one mention is: a byte range of a section title (`paragraph: null`) or of
/// one paragraph of its body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MentionAt<'a> {
    /// Borrowed from the briefing when exporting: a 20 MB article has hundreds of
    /// thousands of mentions, and one `String` each would double the export's memory.
    pub section: Cow<'a, str>,
    pub paragraph: Option<u32>,
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationExport {
    pub from: String,
    pub to: String,
    pub kind: RelationKind,
    pub directed: bool,
    pub label: String,
    pub weight: u32,
    pub declared: bool,
    pub evidence: Vec<EvidenceExport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceExport {
    pub section: String,
    /// Zero-based sentence index within the section body.
    pub sentence: usize,
    /// The sentence as written.
    pub text: String,
    /// The cue word that gave the kind, as written, or `null`.
    pub cue: Option<String>,
}

/// The text a `Loc` points into, if it exists.
fn part_text<'a>(briefing: &'a Briefing, loc: &Loc) -> Option<&'a str> {
    briefing.part_of(loc)
}

fn section_id(briefing: &Briefing, loc: &Loc) -> String {
    briefing
        .sections
        .get(loc.section as usize)
        .map_or_else(String::new, |s| s.id.clone())
}

/// Build the export of an analysed briefing.
pub fn export<'a>(briefing: &'a Briefing, analysis: &Analysis) -> Export<'a> {
    let mut sections: Vec<SectionExport> = briefing
        .sections
        .iter()
        .map(|s| SectionExport {
            id: s.id.clone(),
            title: s.title.clone(),
            mentions: BTreeMap::new(),
        })
        .collect();
    let mut at: Vec<Vec<MentionAt>> = vec![Vec::new(); analysis.entities.len()];
    for m in &analysis.mentions {
        let Some(entity) = analysis.entities.get(m.entity as usize) else {
            continue;
        };
        if let Some(s) = sections.get_mut(m.loc.section as usize) {
            *s.mentions.entry(entity.id.clone()).or_default() += 1;
        }
        at[m.entity as usize].push(MentionAt {
            section: briefing
                .sections
                .get(m.loc.section as usize)
                .map_or(Cow::Borrowed(""), |s| Cow::Borrowed(s.id.as_str())),
            paragraph: match m.loc.part {
                Part::Title => None,
                Part::Para(p) => Some(p),
            },
            start: m.loc.start,
            end: m.loc.end,
        });
    }
    let mut entities: Vec<EntityExport> = analysis
        .entities
        .iter()
        .zip(at)
        .map(|(e, at)| EntityExport {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            iso: e.iso.clone().filter(|_| e.kind == EntityKind::Country),
            affiliation: e.affiliation.clone(),
            mentions: MentionsExport {
                total: at.len() as u32,
                at,
            },
        })
        .collect();
    entities.sort_by(|a, b| a.id.cmp(&b.id));
    let id = |i: usize| {
        analysis
            .entities
            .get(i)
            .map_or_else(String::new, |e| e.id.clone())
    };
    let mut relations: Vec<RelationExport> = analysis
        .links
        .iter()
        .map(|l| RelationExport {
            from: id(l.from),
            to: id(l.to),
            kind: l.kind,
            directed: l.directed,
            label: l.label.clone(),
            weight: l.weight,
            declared: l.declared,
            evidence: l
                .evidence
                .iter()
                .map(|ev| EvidenceExport {
                    section: section_id(briefing, &ev.loc),
                    sentence: ev.sentence,
                    text: part_text(briefing, &ev.loc)
                        .and_then(|t| t.get(ev.loc.range()))
                        .unwrap_or_default()
                        .to_string(),
                    cue: ev.cue.clone(),
                })
                .collect(),
        })
        .collect();
    relations.sort_by(|a, b| (&a.from, &a.to, a.kind).cmp(&(&b.from, &b.to, b.kind)));
    Export {
        title: briefing.title.clone(),
        language: briefing.language.clone(),
        sections,
        entities,
        relations,
    }
}

/// Write the export as pretty-printed JSON, ending with a newline, straight to `out`
/// (no copy of the whole text in memory).
pub fn write_json(briefing: &Briefing, analysis: &Analysis, mut out: impl Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut out, &json::View::new(briefing, analysis))?;
    out.write_all(b"\n")
}

/// The export as pretty-printed JSON, ending with a newline.
pub fn to_json(briefing: &Briefing, analysis: &Analysis) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail, and serde_json writes UTF-8 only.
    let _ = write_json(briefing, analysis, &mut out);
    String::from_utf8(out).unwrap_or_default()
}
