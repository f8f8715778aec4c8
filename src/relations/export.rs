//! The `relations` array of `brief export --format json` (schema in docs/relations.md):
//! plain serde structs, so the JSON round-trips.

use serde::{Deserialize, Serialize};

use crate::model::{Analysis, Briefing, Part, RelationKind};

/// One relation as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationOut {
    /// Entity ids.
    pub from: String,
    pub to: String,
    pub kind: RelationKind,
    pub directed: bool,
    pub label: String,
    pub weight: u32,
    pub declared: bool,
    pub evidence: Vec<EvidenceOut>,
}

/// One supporting sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceOut {
    /// Section id.
    pub section: String,
    /// Zero-based sentence index within the section body.
    pub sentence: usize,
    /// Zero-based paragraph of the section body; `null` for a section title.
    pub paragraph: Option<u32>,
    /// Byte range of the sentence within that paragraph (or title).
    pub start: u32,
    pub end: u32,
    /// The sentence as written.
    pub text: String,
    pub cue: Option<String>,
}

/// Every link of `analysis`, in its order, as exported.
pub fn export(briefing: &Briefing, analysis: &Analysis) -> Vec<RelationOut> {
    let id = |i: usize| {
        analysis
            .entities
            .get(i)
            .map_or_else(String::new, |e| e.id.clone())
    };
    analysis
        .links
        .iter()
        .map(|l| RelationOut {
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
                .map(|e| {
                    let section = briefing.sections.get(e.loc.section as usize);
                    let (paragraph, string) = match e.loc.part {
                        Part::Title => (None, section.map(|s| s.title.as_str())),
                        Part::Para(p) => (
                            Some(p),
                            section
                                .and_then(|s| s.body.get(p as usize))
                                .map(String::as_str),
                        ),
                    };
                    EvidenceOut {
                        section: section.map_or_else(String::new, |s| s.id.clone()),
                        sentence: e.sentence,
                        paragraph,
                        start: e.loc.start,
                        end: e.loc.end,
                        text: string
                            .and_then(|s| s.get(e.loc.range()))
                            .unwrap_or_default()
                            .to_string(),
                        cue: e.cue.clone(),
                    }
                })
                .collect(),
        })
        .collect()
}
