//! Inferred relations: two country-level entities named in one sentence are linked,
//! with a kind from the nearest cue word (see `cues`) and, for directed kinds, a
//! direction from simple grammatical markers. One pass over the mentions and the text;
//! per-sentence work is bounded by the sentence (docs/relations.md gives the rules).

use std::collections::HashMap;
use std::ops::Range;

use super::cues::{self, Hit, Words};
use crate::model::RelationKind;
use crate::model::{Briefing, Entity, Link, LinkEvidence, Loc, Mention, Part};
use crate::text::sentences;
use crate::work::{Control, Ticker};

/// A cue counts for a pair only when both ends are this close (in words).
const WINDOW: usize = 25;

/// What a sentence is made of, for distances: words, with each mention one item.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Item {
    /// Index into the sentence's words.
    Word(usize),
    /// A mention, with the country it rolls up to, and whether it is written in
    /// lowercase: a French adjective ("sanctions américaines"), which names the actor
    /// where a capitalised name after a cue ("sanctioned Russia") names the target.
    Mention(Option<usize>, bool),
}

/// One sentence under analysis: its words, items and cues.
struct Sentence {
    words: Words,
    items: Vec<Item>,
    hits: Vec<(Hit, std::ops::Range<usize>, Binding)>,
}

/// Which entities a cue is about, from "entre X et Y" / "with X" after it.
#[derive(Debug, Clone, Default)]
struct Binding {
    entities: Vec<usize>,
    /// Both ends of a pair must be bound ("entre", "between"), or one ("avec", "with").
    both: bool,
    /// Countries written right before and right after the cue, both sides present
    /// ("Beijing accused Tokyo", "the US and the EU sanctioned Russia"): the cue says
    /// how those are linked, and nothing about a pair that is not one of each side.
    attached: Option<(Vec<usize>, Vec<usize>)>,
}

/// Edge key: ends (ordered for directed kinds, sorted otherwise) and kind.
type Key = (usize, usize, RelationKind);

/// Every inferred link of the sections in `sections`, unlabelled, in order of first
/// evidence (`relations::parallel` joins the ranges). Each section's bytes go to
/// `control`, which stops the work when cancelled (the partial result is dropped).
pub fn infer(
    briefing: &Briefing,
    entities: &[Entity],
    mentions: &[Mention],
    sections: Range<usize>,
    control: &Control,
) -> Vec<Link> {
    let country = crate::entities::rollup_all(entities);
    let mut sorted;
    let mentions = if mentions.is_sorted_by_key(|m| m.loc) {
        mentions
    } else {
        sorted = mentions.to_vec();
        sorted.sort_by_key(|m| m.loc);
        &sorted[..]
    };
    let mut links: Vec<Link> = Vec::new();
    let mut index: HashMap<Key, usize> = HashMap::new();
    let mut next = mentions.partition_point(|m| (m.loc.section as usize) < sections.start);
    let mut ticker = Ticker::new(control);
    for si in sections {
        let Some(section) = briefing.sections.get(si) else {
            break;
        };
        if !ticker.advance(crate::work::section_bytes(briefing, si)) {
            break;
        }
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
                let from = m;
                while m < para.len() && (para[m].loc.start as usize) < range.end {
                    m += 1;
                }
                let here = &para[from..m];
                let first_country = here
                    .iter()
                    .find_map(|x| country.get(x.entity as usize).copied().flatten());
                let two = first_country.is_some_and(|c0| {
                    here.iter().any(|x| {
                        country
                            .get(x.entity as usize)
                            .copied()
                            .flatten()
                            .is_some_and(|c| c != c0)
                    })
                });
                if !two {
                    sentence_no += 1;
                    continue;
                }
                let inside: Vec<(std::ops::Range<usize>, Option<usize>)> = here
                    .iter()
                    .filter(|x| x.loc.end as usize <= range.end)
                    .map(|x| {
                        let r =
                            x.loc.start as usize - range.start..x.loc.end as usize - range.start;
                        (r, country.get(x.entity as usize).copied().flatten())
                    })
                    .collect();
                let loc = Loc {
                    section: si as u32,
                    part: Part::Para(p as u32),
                    start: range.start as u32,
                    end: range.end as u32,
                };
                let found = pairs_of(&text[range.clone()], &inside);
                for (a, b, kind, cue) in found {
                    let key = if kind.is_directed() {
                        (a, b, kind)
                    } else {
                        (a.min(b), a.max(b), kind)
                    };
                    let evidence = LinkEvidence {
                        sentence: sentence_no,
                        loc,
                        cue,
                    };
                    match index.get(&key) {
                        Some(&i) => {
                            links[i].evidence.push(evidence);
                            links[i].weight += 1;
                        }
                        None => {
                            index.insert(key, links.len());
                            links.push(Link {
                                from: a,
                                to: b,
                                kind,
                                directed: kind.is_directed(),
                                label: String::new(),
                                weight: 1,
                                declared: false,
                                negated: false,
                                evidence: vec![evidence],
                            });
                        }
                    }
                }
                sentence_no += 1;
            }
        }
    }
    links
}

/// The links one sentence states: every pair of distinct countries it names, in
/// document order, with kind, direction and cue. `mentions` are sentence-relative.
fn pairs_of(
    text: &str,
    mentions: &[(std::ops::Range<usize>, Option<usize>)],
) -> Vec<(usize, usize, RelationKind, Option<String>)> {
    let mut countries: Vec<usize> = Vec::new();
    for c in mentions.iter().filter_map(|m| m.1) {
        if !countries.contains(&c) {
            countries.push(c);
        }
    }
    if countries.len() < 2 {
        return Vec::new();
    }
    let s = Sentence::new(text, mentions);
    let mut out = Vec::new();
    for (i, &a) in countries.iter().enumerate() {
        for &b in &countries[i + 1..] {
            let pa = s.positions(a);
            let pb = s.positions(b);
            let best = s.best_cue(a, b, &pa, &pb);
            let (kind, cue) = match best {
                Some(h) => (h.0.kind, Some(text[h.0.range.clone()].to_string())),
                None => (RelationKind::CoMention, None),
            };
            let (from, to) = match best {
                Some(h) if kind.is_directed() => s.direction(&h.1, a, b),
                _ => (a, b),
            };
            out.push((from, to, kind, cue));
        }
    }
    out
}

const FUNCTION_WORDS: &[&str] = &[
    "le", "la", "les", "l", "the", "d", "de", "du", "des", "a", "an", "of", "s",
];
const BIND_BOTH: &[&str] = &["entre", "between"];
const BIND_ONE: &[&str] = &[
    "avec", "with", "contre", "against", "envers", "towards", "toward",
];
const CONNECTORS: &[&str] = &["et", "and", "ou", "or"];
const AGENT: &[&str] = &["par", "by", "from"];
const AGENT_NEAR: &[&str] = &["de", "du", "des", "d"];
const TARGET: &[&str] = &[
    "contre",
    "against",
    "visant",
    "vise",
    "visent",
    "ciblant",
    "cible",
    "targeting",
    "targets",
    "target",
    "on",
    "sur",
    "envers",
    "towards",
    "toward",
    "encontre",
    "a",
    "au",
    "aux",
    "to",
    "for",
    "pour",
];

impl Sentence {
    fn new(text: &str, mentions: &[(std::ops::Range<usize>, Option<usize>)]) -> Sentence {
        let words = cues::words(text);
        let mut items = Vec::with_capacity(words.len());
        let mut item_of_word = Vec::with_capacity(words.len());
        let mut m = 0;
        let mut last_mention = None;
        for (w, word) in words.list.iter().enumerate() {
            while m < mentions.len() && mentions[m].0.end <= word.range.start {
                m += 1;
            }
            let within = mentions
                .get(m)
                .filter(|x| x.0.start < word.range.end && word.range.start < x.0.end);
            match within {
                Some(_) if last_mention == Some(m) => {
                    item_of_word.push(items.len() - 1);
                }
                Some(x) => {
                    last_mention = Some(m);
                    item_of_word.push(items.len());
                    let lower = text
                        .get(x.0.clone())
                        .and_then(|t| t.chars().next())
                        .is_some_and(char::is_lowercase);
                    items.push(Item::Mention(x.1, lower));
                }
                None => {
                    item_of_word.push(items.len());
                    items.push(Item::Word(w));
                }
            }
        }
        let mut s = Sentence {
            words,
            items,
            hits: Vec::new(),
        };
        for hit in cues::find(&s.words) {
            let span = item_of_word[hit.words.start]..item_of_word[hit.words.end - 1] + 1;
            if span
                .clone()
                .any(|i| matches!(s.items[i], Item::Mention(..)))
            {
                continue; // a cue word inside a name ("Alliance atlantique") is no cue
            }
            let mut binding = s.binding(span.end);
            if binding.entities.is_empty() {
                binding.attached = s.attached(&span);
            }
            s.hits.push((hit, span, binding));
        }
        s
    }

    fn word(&self, item: usize) -> Option<&str> {
        match self.items.get(item) {
            Some(Item::Word(w)) => Some(self.words.folded(*w)),
            _ => None,
        }
    }

    fn lowercase(&self, item: usize) -> bool {
        matches!(self.items.get(item), Some(Item::Mention(_, true)))
    }

    fn country(&self, item: usize) -> Option<usize> {
        match self.items.get(item) {
            Some(Item::Mention(c, _)) => *c,
            _ => None,
        }
    }

    /// Item positions of the mentions of country `c`.
    fn positions(&self, c: usize) -> Vec<usize> {
        (0..self.items.len())
            .filter(|&i| self.country(i) == Some(c))
            .collect()
    }

    /// "coopération entre Moscou et Astana", "partenariat avec le Kazakhstan et
    /// l'Ouzbékistan": the countries named right after a binding word that follows the
    /// cue within three words.
    fn binding(&self, after: usize) -> Binding {
        let mut i = after;
        let both = loop {
            match self.word(i) {
                Some(w) if BIND_BOTH.contains(&w) => break true,
                Some(w) if BIND_ONE.contains(&w) => break false,
                Some(_) if i < after + 3 => i += 1,
                _ => return Binding::default(),
            }
        };
        let mut entities = Vec::new();
        let mut skipped = 0;
        i += 1;
        while i < self.items.len() {
            match self.items[i] {
                Item::Mention(c, _) => {
                    if let Some(c) = c {
                        entities.push(c);
                    }
                    skipped = 0;
                    // Continue only over a connector: "X et Y", "X and Y".
                    match self.word(i + 1) {
                        Some(w) if CONNECTORS.contains(&w) => i += 2,
                        _ => break,
                    }
                }
                Item::Word(_) if skipped < 2 => {
                    skipped += 1;
                    i += 1;
                }
                Item::Word(_) => break,
            }
        }
        Binding {
            entities,
            both,
            attached: None,
        }
    }

    /// The countries attached to both sides of the cue at `span`, or `None` unless both
    /// sides have one. A side is a country within two items of the cue, past function
    /// words, an English possessive and (after the cue) target or agent words, extended
    /// over a list joined by connectors ("Japan, South Korea and the Philippines").
    fn attached(&self, span: &std::ops::Range<usize>) -> Option<(Vec<usize>, Vec<usize>)> {
        let skippable =
            |w: &str| FUNCTION_WORDS.contains(&w) || TARGET.contains(&w) || AGENT.contains(&w);
        let left = self.side(span.start.checked_sub(1), |i| i.checked_sub(1), &|w| {
            FUNCTION_WORDS.contains(&w)
        });
        let right = self.side(Some(span.end), |i| Some(i + 1), &skippable);
        let distinct = left.iter().any(|l| right.iter().any(|r| r != l));
        (!left.is_empty() && distinct).then_some((left, right))
    }

    /// The countries of one side of a cue: from `start`, stepping by `step`, skip up to
    /// two words that `skip` allows, then collect a list of mentions joined by
    /// connectors and function words.
    fn side(
        &self,
        start: Option<usize>,
        step: impl Fn(usize) -> Option<usize>,
        skip: &dyn Fn(&str) -> bool,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        let mut i = start;
        let mut skipped = 0;
        while let Some(k) = i.filter(|&k| k < self.items.len()) {
            match self.items[k] {
                Item::Mention(c, _) => {
                    if let Some(c) = c
                        && !out.contains(&c)
                    {
                        out.push(c);
                    }
                    skipped = 0;
                }
                Item::Word(_) => {
                    let w = self.word(k).unwrap_or("");
                    let glue =
                        !out.is_empty() && (CONNECTORS.contains(&w) || FUNCTION_WORDS.contains(&w));
                    if !glue && (!out.is_empty() || skipped >= 2 || !skip(w)) {
                        break;
                    }
                    skipped += 1;
                    if skipped > 2 {
                        break;
                    }
                }
            }
            i = step(k);
        }
        out
    }

    /// The cue that gives the pair its kind: among cues no farther than `WINDOW` from
    /// both ends, not bound to other entities and not attached to another pair (see
    /// `attached`), ordinary cues before weak ones, cues bound or attached to the pair
    /// ("dialogue avec les États-Unis", "Beijing accused Tokyo") before loose ones,
    /// then the nearest (a cue's distance is the larger of its distances to the
    /// nearest mention of each end), ties to the lexicon's order of kinds.
    fn best_cue(
        &self,
        a: usize,
        b: usize,
        pa: &[usize],
        pb: &[usize],
    ) -> Option<&(Hit, std::ops::Range<usize>, Binding)> {
        self.hits
            .iter()
            .filter(|(_, _, bind)| {
                let has = |e| bind.entities.contains(&e);
                bind.entities.is_empty()
                    || if bind.both && bind.entities.len() >= 2 {
                        has(a) && has(b)
                    } else {
                        has(a) || has(b)
                    }
            })
            .filter(|(_, _, bind)| bind.attached.is_none() || attached_to(bind, a, b))
            .filter_map(|h| {
                let d = distance(&h.1, pa).max(distance(&h.1, pb));
                let loose = h.2.entities.is_empty() && h.2.attached.is_none();
                (d <= WINDOW).then_some((h.0.weak, loose, d, h.0.kind, h))
            })
            .min_by_key(|&(weak, loose, d, kind, _)| (weak, loose, d, kind))
            .map(|x| x.4)
    }

    /// Who acts on whom for a directed cue at `span`: a country named right next to the
    /// cue ("sanctions américaines", "US sanctions") or after an agent word ("par",
    /// "by", "from", or "de" directly) is the source; one after a target word
    /// ("contre", "against", "visant", "on", "à", "to") is the target. Without a clear
    /// answer, document order.
    fn direction(&self, span: &std::ops::Range<usize>, a: usize, b: usize) -> (usize, usize) {
        let mut source = [false; 2];
        let mut target = [false; 2];
        let side = |c: Option<usize>| match c {
            Some(c) if c == a => Some(0),
            Some(c) if c == b => Some(1),
            _ => None,
        };
        // Attached: right before the cue (past an English possessive "'s") is the actor
        // ("US sanctions", "Washington sanctioned"). Right after it, a capitalised name
        // is the object ("sanctioned Russia"), a lowercase adjective the actor
        // ("sanctions américaines"); one word further ("sanctions économiques
        // américaines", "the assistance that Washington sent"), the actor.
        let mut after = span.end;
        let mut skipped = false;
        if self.word(after).is_some_and(|w| !is_marker(w)) && self.country(after + 1).is_some() {
            after += 1;
            skipped = true;
        }
        if let Some(k) = side(self.country(after)) {
            if skipped || self.lowercase(after) {
                source[k] = true;
            } else {
                target[k] = true;
            }
        }
        let mut before = span.start.checked_sub(1);
        if before.and_then(|i| self.word(i)) == Some("s") {
            before = before.and_then(|i| i.checked_sub(1));
        }
        if let Some(k) = before.and_then(|i| side(self.country(i))) {
            source[k] = true;
        }
        for i in span.end..(span.end + 8).min(self.items.len()) {
            let Some(w) = self.word(i) else { continue };
            let (reach, flags) = if AGENT.contains(&w) {
                (3, &mut source)
            } else if AGENT_NEAR.contains(&w) && i < span.end + 2 {
                (2, &mut source)
            } else if TARGET.contains(&w) {
                (4, &mut target)
            } else {
                continue;
            };
            if let Some(k) = (i + 1..=i + reach).find_map(|j| side(self.country(j))) {
                flags[k] = true;
            }
        }
        let a_first = source[0] || target[1];
        let b_first = source[1] || target[0];
        if b_first && !a_first { (b, a) } else { (a, b) }
    }
}

/// Whether the cue's attached sides name `a` on one and `b` on the other.
fn attached_to(bind: &Binding, a: usize, b: usize) -> bool {
    bind.attached.as_ref().is_some_and(|(l, r)| {
        (l.contains(&a) && r.contains(&b)) || (l.contains(&b) && r.contains(&a))
    })
}

fn is_marker(w: &str) -> bool {
    AGENT.contains(&w)
        || AGENT_NEAR.contains(&w)
        || TARGET.contains(&w)
        || FUNCTION_WORDS.contains(&w)
}

/// Items between a span and the nearest of `points` (0 when one is inside).
fn distance(span: &std::ops::Range<usize>, points: &[usize]) -> usize {
    points
        .iter()
        .map(|&p| {
            if p < span.start {
                span.start - p
            } else if p >= span.end {
                p + 1 - span.end
            } else {
                0
            }
        })
        .min()
        .unwrap_or(usize::MAX)
}

#[cfg(test)]
#[path = "infer_tests.rs"]
mod tests;
