//! Relations: declared in the briefing and inferred from sentences, with evidence.
//!
//! `links` is the one entry point of analysis: sentences are split (`sentences`), each
//! sentence naming two or more countries (after the affiliation roll-up) gives an edge
//! per pair, typed by the nearest cue word (`cues`) and directed for sanctions,
//! pressure and aid (`infer`); declared relations are merged over them (`merge`). The
//! rules are documented in docs/relations.md.

mod cues;
mod dot;
mod infer;
mod markdown;
mod merge;
mod sentences;

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::model::{
    Analysis, Briefing, Entity, Evidence, Link, Mention, Part, Relation, RelationKind,
};

pub use cues::{LEXICON, fold};
pub use dot::to_dot;
pub use markdown::{markdown_table, write_markdown_table};
pub use merge::{Issue, validate, validate_evidence, validate_with};
pub use sentences::{SentenceRef, section_sentences, sentences};

/// Every link of the briefing, declared and inferred, heaviest first (ties by the names
/// of the ends, then kind, so the order is stable).
pub fn links(briefing: &Briefing, entities: &[Entity], mentions: &[Mention]) -> Vec<Link> {
    let mut inferred = infer::infer(briefing, entities, mentions);
    let french = is_french(&briefing.language);
    let names = label_names(briefing, entities, mentions, &inferred);
    let named = |i: usize| {
        names
            .get(i)
            .and_then(|n| n.as_deref())
            .unwrap_or(name(entities, i))
    };
    for link in &mut inferred {
        link.label = label(link.kind, named(link.from), named(link.to), french);
    }
    let mut all = merge::merge(merge::declared(briefing, entities), inferred);
    all.sort_by(|a, b| {
        b.weight
            .cmp(&a.weight)
            .then_with(|| cmp_names(entities, a, b))
            .then_with(|| a.kind.cmp(&b.kind))
    });
    // Evidence lists grew by doubling; the analysis keeps them for the whole session.
    for link in &mut all {
        link.evidence.shrink_to_fit();
    }
    all
}

fn cmp_names(entities: &[Entity], a: &Link, b: &Link) -> Ordering {
    (name(entities, a.from), name(entities, a.to))
        .cmp(&(name(entities, b.from), name(entities, b.to)))
}

fn name(entities: &[Entity], i: usize) -> &str {
    entities.get(i).map_or("?", |e| e.name.as_str())
}

/// Names for generated labels. The briefing's own entities keep their `name`; in a
/// text that is not in English, a gazetteer entity (named in English) is called by the
/// capitalised form the text uses most for it ("États-Unis", "Russie"), so French
/// labels read French. One pass over the mentions.
fn label_names(
    briefing: &Briefing,
    entities: &[Entity],
    mentions: &[Mention],
    links: &[Link],
) -> Vec<Option<String>> {
    let mut names = vec![None; entities.len()];
    let english = briefing.language.to_ascii_lowercase().starts_with("en");
    if english {
        return names;
    }
    let mut wanted = vec![false; entities.len()];
    for l in links {
        for end in [l.from, l.to] {
            if let Some(w) = wanted.get_mut(end) {
                *w = briefing.entity(&entities[end].id).is_none();
            }
        }
    }
    const SURFACES_COUNTED: usize = 256;
    let mut seen = vec![0; entities.len()];
    let mut counts: HashMap<(usize, &str), (usize, usize)> = HashMap::new();
    for (order, m) in mentions.iter().enumerate() {
        let e = m.entity as usize;
        if !wanted.get(e).copied().unwrap_or(false) {
            continue;
        }
        let Some(section) = briefing.sections.get(m.loc.section as usize) else {
            continue;
        };
        let text = match m.loc.part {
            Part::Title => Some(section.title.as_str()),
            Part::Para(p) => section.body.get(p as usize).map(String::as_str),
        };
        let Some(surface) = text.and_then(|t| t.get(m.loc.range())) else {
            continue;
        };
        if surface.chars().next().is_some_and(char::is_uppercase) && !surface.ends_with('-') {
            counts.entry((e, surface)).or_insert((0, order)).0 += 1;
            // A few hundred uses settle the name; a 20 MB article need not be counted.
            seen[e] += 1;
            if seen[e] >= SURFACES_COUNTED {
                wanted[e] = false;
            }
        }
    }
    let mut best: HashMap<usize, (usize, usize, &str)> = HashMap::new();
    for ((e, surface), (n, first)) in counts {
        let slot = best.entry(e).or_insert((n, first, surface));
        if (n, std::cmp::Reverse(first)) > (slot.0, std::cmp::Reverse(slot.1)) {
            *slot = (n, first, surface);
        }
    }
    for (e, (_, _, surface)) in best {
        names[e] = Some(surface.to_string());
    }
    names
}

fn is_french(language: &str) -> bool {
    let l = language.to_ascii_lowercase();
    l == "fr" || l.starts_with("fr-") || l.starts_with("fr_")
}

/// A short generated label: "sanctions États-Unis → Russie", "US sanctions on Russia",
/// "coopération Russie – Kazakhstan", "Russia–Kazakhstan cooperation".
pub fn label(kind: RelationKind, from: &str, to: &str, french: bool) -> String {
    use RelationKind::*;
    if french {
        let word = match kind {
            Sanctions => "sanctions",
            Pressure => "pression",
            Aid => "aide",
            Alliance => "alliance",
            Cooperation => "coopération",
            Dialogue => "dialogue",
            Rapprochement => "rapprochement",
            Tension => "tensions",
            Trade => "commerce",
            Other => "lien",
        };
        let arrow = if kind.is_directed() { "→" } else { "–" };
        format!("{word} {from} {arrow} {to}")
    } else {
        match kind {
            Sanctions => format!("{from} sanctions on {to}"),
            Pressure => format!("{from} pressure on {to}"),
            Aid => format!("{from} aid to {to}"),
            Other => format!("{from}–{to} link"),
            _ => format!("{from}–{to} {}", kind.as_str()),
        }
    }
}

/// The relations an imported briefing should declare: every link (inferred or already
/// declared), as YAML relations with section ids, sentence indexes and cues.
pub fn curate(briefing: &Briefing, analysis: &Analysis) -> Vec<Relation> {
    analysis
        .links
        .iter()
        .filter_map(|l| {
            Some(Relation {
                from: analysis.entities.get(l.from)?.id.clone(),
                to: analysis.entities.get(l.to)?.id.clone(),
                kind: l.kind,
                label: l.label.clone(),
                evidence: l
                    .evidence
                    .iter()
                    .filter_map(|e| {
                        Some(Evidence {
                            section: briefing.sections.get(e.loc.section as usize)?.id.clone(),
                            sentence: Some(e.sentence),
                            cue: e.cue.clone(),
                        })
                    })
                    .collect(),
            })
        })
        .collect()
}

#[cfg(test)]
mod testutil;
