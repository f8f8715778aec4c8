//! `brief export`: a briefing and its analysis as one JSON object (schema in
//! `docs/export.md`) or a Markdown digest. The output is sorted so it diffs well.
//!
//! The record types below are the JSON schema, written once. The writer (`json`)
//! fills them with borrowed strings and lists produced as they are written, so a
//! 20 MB article is exported without a copy of its analysis; a reader of an export
//! takes the default type parameters (owned strings, vectors) and gets the same
//! fields in the same order.

mod json;
mod markdown;

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use json::to_json;
pub(crate) use json::write_json_annotated;
pub use markdown::to_markdown;
pub(crate) use markdown::write_markdown_annotated;

use crate::model::{EntityKind, RelationKind};

/// The whole export: one JSON object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export<
    'a,
    Sections = Vec<SectionExport<'a>>,
    Entities = Vec<EntityExport<'a>>,
    Relations = Vec<RelationExport<'a>>,
    Sentences = Vec<SentenceExport<'a>>,
> {
    pub title: Cow<'a, str>,
    pub language: Cow<'a, str>,
    /// In document order.
    pub sections: Sections,
    /// Sorted by id.
    pub entities: Entities,
    /// Sorted by (from, to, kind).
    pub relations: Relations,
    /// Every sentence some listed evidence cites, once, in document order; evidence
    /// refers to it by index (`ref`). Writing the sentence into each piece of evidence
    /// repeated it per pair: one sentence naming 212 countries gave 59 MB of JSON.
    pub sentences: Sentences,
    /// The reader's marks and notes on this briefing (`memory`), in text order;
    /// absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    annotations: Vec<AnnotationExport>,
}

/// A mark or a note the reader pinned on a sentence or a section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AnnotationExport {
    /// `mark` or `note`.
    kind: String,
    /// The section's id and title, and its number (1-based; `null` when the file no
    /// longer has it).
    section: String,
    section_title: String,
    section_number: Option<usize>,
    /// Zero-based sentence of the section body (`null`: the section as a whole).
    sentence: Option<usize>,
    /// The sentence (or section title) as it read when pinned.
    quote: String,
    /// The note's text; `null` for a mark.
    note: Option<String>,
    /// Seconds since the Unix epoch.
    created: u64,
}

/// The marks and notes of `record` as the export lists them: in text order, notes
/// before marks on one place.
pub(crate) fn annotations(
    briefing: &crate::model::Briefing,
    record: &crate::memory::Record,
) -> Vec<AnnotationExport> {
    let mut out: Vec<AnnotationExport> = record
        .notes
        .iter()
        .map(|p| (p, true))
        .chain(record.marks.iter().map(|p| (p, false)))
        .map(|(p, note)| AnnotationExport {
            kind: if note { "note" } else { "mark" }.into(),
            section: p.at.section.clone(),
            section_title: p.at.title.clone(),
            section_number: crate::memory::section_index(&p.at, briefing).map(|i| i + 1),
            sentence: p.at.sentence,
            quote: p.quote.clone(),
            note: note.then(|| p.text.clone()),
            created: p.created,
        })
        .collect();
    out.sort_by_key(|a| {
        (
            a.section_number.unwrap_or(usize::MAX),
            a.sentence.map_or(0, |s| s + 1),
            a.note.is_none(),
            a.created,
        )
    });
    out
}

/// How many pieces of evidence a relation lists at most; `weight` still counts them
/// all. The first ones in document order are listed.
pub const MAX_EXPORTED_EVIDENCE: usize = 20;

/// One cited sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentenceExport<'a> {
    section: Cow<'a, str>,
    /// Zero-based paragraph in the body, `null` for the heading.
    paragraph: Option<u32>,
    /// Byte range of the sentence in that paragraph or heading.
    start: u32,
    end: u32,
    /// The sentence as written.
    pub text: Cow<'a, str>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionExport<'a, Mentions = BTreeMap<String, u32>> {
    pub id: Cow<'a, str>,
    title: Cow<'a, str>,
    /// Entity id → number of mentions in this section (title and body); entities
    /// not mentioned here are absent. Keys sorted.
    pub mentions: Mentions,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityExport<'a, At = Vec<MentionAt<'a>>> {
    pub id: Cow<'a, str>,
    name: Cow<'a, str>,
    kind: EntityKind,
    /// ISO 3166-1 alpha-2 code, for countries; `null` otherwise.
    pub iso: Option<Cow<'a, str>>,
    /// The id of the entity this one belongs to, or `null`.
    pub affiliation: Option<Cow<'a, str>>,
    pub mentions: MentionsExport<At>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MentionsExport<At> {
    pub total: u32,
    /// In document order.
    pub at: At,
}

/// Where one mention is: a range of a section title (`paragraph: null`) or of one
/// paragraph of its body, in UTF-8 bytes (`start`, `end`: Rust, Go, C) and in Unicode
/// scalar values (`char_start`, `char_end`: Python's `str`, Rust's `chars()`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MentionAt<'a> {
    pub section: Cow<'a, str>,
    pub paragraph: Option<u32>,
    start: u32,
    end: u32,
    char_start: u32,
    char_end: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationExport<'a, Evidence = Vec<EvidenceExport<'a>>> {
    pub from: Cow<'a, str>,
    pub to: Cow<'a, str>,
    pub kind: RelationKind,
    pub directed: bool,
    label: Cow<'a, str>,
    pub weight: u32,
    declared: bool,
    /// Stated only to be denied, refused or supposed. (Absent from exports written
    /// before issue 14, read as `false`.)
    #[serde(default)]
    negated: bool,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceExport<'a> {
    pub section: Cow<'a, str>,
    /// Zero-based sentence index within the section body.
    sentence: usize,
    /// Index in the export's `sentences` of the sentence as written.
    #[serde(rename = "ref")]
    pub reference: usize,
    /// The cue word that gave the kind, as written, or `null`.
    pub cue: Option<Cow<'a, str>>,
}

/// Indexes of `items` grouped by `key` (`None`: left out), by a counting sort that
/// keeps their order within a group: group `g` is `order[starts[g]..starts[g + 1]]`.
fn group<T>(
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
