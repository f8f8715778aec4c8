//! Relations: declared in the briefing and inferred from sentences, with evidence.
//!
//! `links` is the one entry point of analysis: sentences are split (`text::sentences`)
//! and each one that names two actors is read clause by clause (`reader`): a cue word
//! links the actors it governs, typed and directed by the lexicon, negated when the
//! text denies it; actors named together with no cue are a co-mention (`infer`).
//! Sections are read on several threads (`parallel`); declared relations are merged
//! over the inferred ones (`merge`). The rules are documented in docs/relations.md.

mod dot;
mod infer;
mod markdown;
mod merge;
mod parallel;
pub(crate) mod reader;
mod sentences;
mod view;

use std::cmp::Ordering;

use crate::model::{
    Analysis, Briefing, Entity, Evidence, Link, Mention, Part, Relation, RelationKind,
};
use crate::work::Control;

pub use dot::to_dot;
pub use markdown::{markdown_table, write_markdown_table};
pub use sentences::{SentenceRef, section_sentences};
pub use view::country_view;

/// Every link of the briefing, declared and inferred, heaviest first (ties by the names
/// of the ends, then kind, so the order is stable).
pub fn links(briefing: &Briefing, entities: &[Entity], mentions: &[Mention]) -> Vec<Link> {
    links_controlled(briefing, entities, mentions, &Control::new())
}

/// `links` reporting progress to `control` and stopping early once it is cancelled
/// (the partial result is then meaningless: the caller drops it). Sections are
/// inferred on several threads (`parallel`).
pub fn links_controlled(
    briefing: &Briefing,
    entities: &[Entity],
    mentions: &[Mention],
    control: &Control,
) -> Vec<Link> {
    let mut inferred = parallel::infer(briefing, entities, mentions, control);
    let french = is_french(&briefing.language);
    for link in &mut inferred {
        link.label = label(
            link.kind,
            name(entities, link.from),
            name(entities, link.to),
            french,
        );
        if link.negated {
            link.label.push_str(if french {
                " (non établi)"
            } else {
                " (not stated)"
            });
        }
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

pub(crate) fn is_french(language: &str) -> bool {
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
            CoMention => "co-mention",
        };
        let arrow = if kind.is_directed() { "→" } else { "–" };
        format!("{word} {from} {arrow} {to}")
    } else {
        match kind {
            Sanctions => format!("{from} sanctions on {to}"),
            Pressure => format!("{from} pressure on {to}"),
            Aid => format!("{from} aid to {to}"),
            CoMention => format!("{from}–{to} co-mention"),
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
                negated: l.negated,
                evidence: l
                    .evidence
                    .iter()
                    .filter_map(|e| {
                        Some(Evidence {
                            section: briefing.sections.get(e.loc.section as usize)?.id.clone(),
                            // Evidence on a heading has no sentence (see merge).
                            sentence: (e.loc.part != Part::Title).then_some(e.sentence),
                            cue: e.cue.clone(),
                        })
                    })
                    .collect(),
            })
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod testutil;
