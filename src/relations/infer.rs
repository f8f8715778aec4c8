//! Inferred relations: the clause reader (`read`) run over every sentence that names
//! two or more actors (or one, and a pronoun or "the two countries" that may stand for
//! another), in document order, so that pronouns can reach back to the sentence
//! before. Every link a sentence states becomes evidence of a link; every other pair
//! of actors of the sentence a `co-mention`. docs/relations.md gives the rules.

use std::collections::HashMap;
use std::ops::Range;

use super::reader::{self, Ents, Memory, Tokens};
use crate::model::RelationKind;
use crate::model::{Briefing, Entity, EntityKind, Link, LinkEvidence, Loc, Mention, Part};
use crate::text::sentences;
use crate::work::{Control, Ticker};

/// Link identity: ends (sorted for undirected kinds), kind, negated.
type Key = (usize, usize, RelationKind, bool);

/// Links in first-evidence order, with an index by key.
#[derive(Default)]
struct Links {
    list: Vec<Link>,
    index: HashMap<Key, usize>,
}

impl Links {
    /// Add one sentence's evidence of a link; a sentence is listed once per link.
    fn add(&mut self, from: usize, to: usize, kind: RelationKind, negated: bool, ev: LinkEvidence) {
        let key = if kind.is_directed() {
            (from, to, kind, negated)
        } else {
            (from.min(to), from.max(to), kind, negated)
        };
        match self.index.get(&key) {
            Some(&i) => {
                let l = &mut self.list[i];
                let last = l.evidence.last();
                if last
                    .is_some_and(|e| e.loc.section == ev.loc.section && e.sentence == ev.sentence)
                {
                    return;
                }
                l.evidence.push(ev);
                l.weight += 1;
            }
            None => {
                self.index.insert(key, self.list.len());
                self.list.push(Link {
                    from,
                    to,
                    kind,
                    directed: kind.is_directed(),
                    label: String::new(),
                    weight: 1,
                    declared: false,
                    negated,
                    evidence: vec![ev],
                });
            }
        }
    }
}

/// Every inferred link of the sections in `sections`, unlabelled (labels are set by
/// the caller), in order of first evidence (`relations::parallel` joins the ranges).
/// Each section's bytes go to `control`, which stops the work when cancelled (the
/// partial result is dropped).
pub(super) fn infer(
    briefing: &Briefing,
    entities: &[Entity],
    mentions: &[Mention],
    sections: Range<usize>,
    control: &Control,
) -> Vec<Link> {
    let mut sorted;
    let mentions = if mentions.is_sorted_by_key(|m| m.loc) {
        mentions
    } else {
        sorted = mentions.to_vec();
        sorted.sort_by_key(|m| m.loc);
        &sorted[..]
    };
    let text = Text {
        briefing,
        mentions,
        ents: Ents::new(entities),
        french: super::is_french(&briefing.language),
    };
    let mut links = Links::default();
    let mut mem = Memory::default();
    // A range read on its own thread starts with the memory the section before it
    // leaves, as one pass would ("les deux dirigeants" opening a section names the
    // pair of the one before): that section is read again and its links dropped.
    if let Some(before) = sections.start.checked_sub(1) {
        text.read_section(before, &mut mem, &mut Links::default());
    }
    let mut ticker = Ticker::new(control);
    for si in sections {
        if si >= briefing.sections.len()
            || !ticker.advance(crate::work::section_bytes(briefing, si))
        {
            break;
        }
        text.read_section(si, &mut mem, &mut links);
    }
    links.list
}

/// What every sentence of a briefing is read against.
struct Text<'a> {
    briefing: &'a Briefing,
    /// Sorted by `loc`.
    mentions: &'a [Mention],
    ents: Ents<'a>,
    french: bool,
}

impl Text<'_> {
    /// Read the sentences of section `si` in order, adding their links to `links`.
    fn read_section(&self, si: usize, mem: &mut Memory, links: &mut Links) {
        let Some(section) = self.briefing.sections.get(si) else {
            return;
        };
        let mentions = self.mentions;
        let mut next = mentions.partition_point(|m| (m.loc.section as usize) < si);
        let mut inside: Vec<(Range<usize>, usize)> = Vec::new();
        let mut sentence_no = 0;
        for (p, text) in section.body.iter().enumerate() {
            let here = (si as u32, Part::Para(p as u32));
            while next < mentions.len()
                && (mentions[next].loc.section, mentions[next].loc.part) < here
            {
                next += 1;
            }
            let first = next;
            while next < mentions.len()
                && (mentions[next].loc.section, mentions[next].loc.part) == here
            {
                next += 1;
            }
            let para = &mentions[first..next];
            let mut m = 0;
            for range in sentences(text) {
                while m < para.len() && (para[m].loc.start as usize) < range.start {
                    m += 1;
                }
                inside.clear();
                while m < para.len() && (para[m].loc.start as usize) < range.end {
                    let x = &para[m];
                    if x.loc.end as usize <= range.end {
                        let r =
                            x.loc.start as usize - range.start..x.loc.end as usize - range.start;
                        inside.push((r, x.entity as usize));
                    }
                    m += 1;
                }
                let sentence = &text[range.clone()];
                let loc = Loc {
                    section: si as u32,
                    part: Part::Para(p as u32),
                    start: range.start as u32,
                    end: range.end as u32,
                };
                read_sentence(sentence, &inside, &self.ents, self.french, mem, |s| {
                    let ev = LinkEvidence {
                        sentence: sentence_no,
                        loc,
                        cue: s
                            .cue
                            .clone()
                            .and_then(|c| sentence.get(c))
                            .map(str::to_string),
                    };
                    links.add(s.from, s.to, s.kind, s.negated, ev);
                });
                sentence_no += 1;
            }
        }
    }
}

/// One link of a sentence: a statement, or a co-mention (no cue).
struct Found {
    from: usize,
    to: usize,
    kind: RelationKind,
    negated: bool,
    cue: Option<Range<usize>>,
}

/// Read one sentence if it can state a link, calling `emit` for each link and each
/// co-mention, and update the memory for the next.
fn read_sentence(
    text: &str,
    mentions: &[(Range<usize>, usize)],
    ents: &Ents,
    french: bool,
    mem: &mut Memory,
    mut emit: impl FnMut(Found),
) {
    let mut ends: Vec<usize> = Vec::new();
    let mut first_actor = None;
    for (_, e) in mentions {
        let end = match ents.entities.get(*e).map(|x| x.kind) {
            Some(
                EntityKind::Country
                | EntityKind::Organization
                | EntityKind::Person
                | EntityKind::Other,
            ) => {
                first_actor.get_or_insert(*e);
                Some(*e)
            }
            Some(EntityKind::Place) => ents.country.get(*e).copied().flatten(),
            _ => None,
        };
        if let Some(end) = end
            && !ends.contains(&end)
        {
            ends.push(end);
        }
    }
    // One actor and a pronoun, or none and "the two countries" after a pair.
    let parse = ends.len() >= 2
        || (ends.len() == 1 && anaphoric(text))
        || (ends.is_empty() && mem.pair.len() >= 2 && counted(text));
    if !parse {
        if let Some(e) = first_actor {
            mem.subject = vec![e];
        }
        return;
    }
    let t = Tokens::new(text, mentions, ents, sentence_is_french(text, french));
    let read = reader::read(&t, mem);
    let mut linked: Vec<(usize, usize)> = Vec::new();
    for s in &read.statements {
        linked.push((s.from.min(s.to), s.from.max(s.to)));
        emit(Found {
            from: s.from,
            to: s.to,
            kind: s.kind,
            negated: s.negated,
            cue: Some(s.cue.clone()),
        });
    }
    // Every other pair of actors named in the sentence: a co-mention.
    let actors = read.actors;
    for (i, &a) in actors.iter().enumerate() {
        for &b in &actors[i + 1..] {
            if a != b && !linked.contains(&(a.min(b), a.max(b))) {
                emit(Found {
                    from: a,
                    to: b,
                    kind: RelationKind::CoMention,
                    negated: false,
                    cue: None,
                });
            }
        }
    }
    if !read.subject.is_empty() {
        mem.subject = read.subject;
    }
    if read.pair.len() >= 2 {
        mem.pair = read.pair;
    }
}

/// The language a sentence is written in, by its commonest function words; the
/// briefing's language when they do not tell. An English quotation in a French
/// article (or a mixed text) is read with the English cues and word classes.
fn sentence_is_french(text: &str, default: bool) -> bool {
    let mut score = 0i32;
    for w in text.split(|c: char| !c.is_alphabetic()) {
        match w {
            "the" | "The" | "of" | "and" | "to" | "is" | "was" | "with" | "for" | "on" | "that"
            | "by" | "its" | "has" | "have" | "said" | "were" | "are" => score -= 1,
            "le" | "Le" | "la" | "La" | "les" | "Les" | "des" | "du" | "et" | "est" | "dans"
            | "pour" | "avec" | "sur" | "qui" | "une" | "aux" | "ont" | "sont" | "selon" => {
                score += 1
            }
            _ => {}
        }
    }
    match score.cmp(&0) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => default,
    }
}

/// "The two countries", "les deux pays", "both sides".
fn counted(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "two" | "Two" | "both" | "Both" | "deux" | "Deux" | "three" | "trois"
        )
    })
}

/// Whether a sentence with one actor has a pronoun or "two" / "both" that may stand
/// for another.
fn anaphoric(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "it" | "It"
                | "they"
                | "They"
                | "its"
                | "Its"
                | "their"
                | "Their"
                | "two"
                | "both"
                | "Both"
                | "il"
                | "Il"
                | "elle"
                | "Elle"
                | "ils"
                | "Ils"
                | "leur"
                | "leurs"
                | "Leur"
                | "Leurs"
                | "deux"
                | "Deux"
                | "he"
                | "He"
                | "she"
                | "She"
        )
    })
}

#[cfg(test)]
#[path = "infer_tests.rs"]
mod tests;
