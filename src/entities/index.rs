//! `index`: every mention of every entity in a briefing, and the entities involved.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use super::candidates::Candidates;
use super::gazetteer::{Gazetteer, extend};
use super::matcher::Matcher;
use crate::model::{Analysis, Briefing, Entity, EntityKind, Loc, Mention, Short};
use crate::text::{Folded, WINDOW_BYTES, windows};
use crate::work::{self, Control, Ticker};

/// What `index_with` does beyond matching known aliases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Propose candidate entities for unknown capitalised names.
    pub candidates: bool,
}

impl Options {
    /// Candidates are proposed only for briefings that declare no entities: an article
    /// read as plain text or Markdown, or a YAML briefing nobody has curated yet. Once
    /// an analyst has declared entities, brief does not second-guess them.
    pub fn for_briefing(briefing: &Briefing) -> Options {
        Options {
            candidates: briefing.entities.is_empty(),
        }
    }
}

/// The briefing's entities merged over the gazetteer's, and every mention in the text.
///
/// Entities: the briefing's, in its order; then gazetteer entities the text mentions,
/// in order of first mention; then the entities those roll up to; then candidates.
/// In a text not in English, gazetteer entities are named as the text names them.
/// Mentions: sorted by `loc`, never overlapping, in section titles and paragraphs.
pub fn index(briefing: &Briefing, gazetteer: &Gazetteer) -> (Vec<Entity>, Vec<Mention>) {
    index_with(briefing, gazetteer, Options::for_briefing(briefing))
}

/// `index` with explicit options.
pub fn index_with(
    briefing: &Briefing,
    gazetteer: &Gazetteer,
    options: Options,
) -> (Vec<Entity>, Vec<Mention>) {
    index_controlled(briefing, gazetteer, options, &Control::new())
}

/// `index_with` reporting each paragraph's bytes to `control`, and stopping early (with
/// a partial result, which the caller drops) once `control` is cancelled. Ranges of
/// sections are scanned on as many threads as `work::map_chunks` gives, their mentions and
/// candidate runs joined in order: the result is the one a single scan gives.
pub fn index_controlled(
    briefing: &Briefing,
    gazetteer: &Gazetteer,
    options: Options,
    control: &Control,
) -> (Vec<Entity>, Vec<Mention>) {
    // The universe: gazetteer entities, then the briefing's (which win alias conflicts
    // and replace gazetteer entities of the same id).
    let (universe, matcher): (Cow<[Entity]>, Cow<Matcher>) = if briefing.entities.is_empty() {
        (Cow::Borrowed(&gazetteer.entities), gazetteer.matcher())
    } else {
        let mut all = gazetteer.entities.clone();
        extend(&mut all, briefing.entities.clone());
        let matcher = Matcher::new(&all);
        (Cow::Owned(all), Cow::Owned(matcher))
    };
    let scan = |sections: Range<usize>| {
        let candidates = options
            .candidates
            .then(|| Candidates::new(&universe, &briefing.language));
        scan_sections(briefing, &matcher, candidates, sections, control)
    };
    let pieces = work::map_chunks(briefing, scan);
    drop(matcher);
    // Sized once: grown piece by piece it would hold up to twice the mentions at once.
    let mut mentions = Vec::with_capacity(pieces.iter().map(|p| p.0.len()).sum());
    let mut candidates: Option<Candidates> = None;
    for (more, found) in pieces {
        mentions.extend(more);
        match (candidates.as_mut(), found) {
            (Some(c), Some(found)) => c.append(found),
            (None, found) => candidates = found,
            (Some(_), None) => {}
        }
    }
    let (new_entities, new_mentions) = match candidates {
        Some(c) => {
            let (entities, new, known) = c.finish(briefing);
            if !known.is_empty() {
                mentions.extend(known);
                mentions.sort_unstable_by_key(|m| m.loc);
            }
            (entities, new)
        }
        None => (Vec::new(), Vec::new()),
    };
    let new = new_entities.len();
    let (mut entities, mentions) =
        compact(briefing, &universe, mentions, new_entities, new_mentions);
    let known = entities.len().saturating_sub(new);
    name_in_text_language(briefing, &mut entities, known, &mentions);
    (entities, mentions)
}

/// Known mentions (entities numbered in the universe) and candidate runs of a range of
/// sections. Paragraphs are matched in sentence-aligned windows (`text::windows`), so
/// the folded copy and the tokens never grow past a window whatever the paragraph.
fn scan_sections<'u>(
    briefing: &Briefing,
    matcher: &Matcher,
    mut candidates: Option<Candidates<'u>>,
    sections: Range<usize>,
    control: &Control,
) -> (Vec<Mention>, Option<Candidates<'u>>) {
    let mut folded = Folded::new();
    let mut found = Vec::new();
    let mut mentions: Vec<Mention> = Vec::new();
    let mut ticker = Ticker::new(control);
    for s in sections {
        let Some(section) = briefing.sections.get(s) else {
            break;
        };
        for (part, text) in section.parts() {
            for window in windows(text, WINDOW_BYTES) {
                let base = window.start;
                let slice = &text[window];
                found.clear();
                folded.fold(slice);
                matcher.find(slice, &folded, &mut found);
                if let Some(c) = candidates.as_mut() {
                    c.scan_at(s as u32, part, base as u32, slice, &found);
                }
                mentions.extend(found.iter().map(|(entity, range)| Mention {
                    entity: *entity,
                    loc: Loc {
                        section: s as u32,
                        part,
                        start: (base + range.start) as u32,
                        end: (base + range.end) as u32,
                    },
                }));
                if !ticker.advance(slice.len()) {
                    return (mentions, candidates);
                }
            }
        }
    }
    (mentions, candidates)
}

/// Uses counted per entity before its name is settled: a 20 MB article need not be
/// read to the end to know that it says "Russie".
const SURFACES_COUNTED: usize = 256;

/// In a text that is not in English, a gazetteer entity (named in English) is called by
/// the capitalised form the text uses most for it ("Russie", "États-Unis"), so the
/// reader, the graph and the export all speak the text's language. Prefix forms
/// ("russo-") and lower-case demonyms never name an entity; ties go to the form used
/// first. The English name stays as an alias. Entities the briefing declares keep their
/// `name`, and so do entities the text never names with a capital (they keep English).
/// Entities from index `known` on are candidates, named from the text already. `index`
/// calls this; it is public for callers that build entities and mentions themselves.
///
/// Short labels follow the text's language too, whatever the name became: an entity
/// with labels by language keeps only the label for the text (`EAU` in French,
/// `UAE` in English).
pub fn name_in_text_language(
    briefing: &Briefing,
    entities: &mut [Entity],
    known: usize,
    mentions: &[Mention],
) {
    for entity in entities.iter_mut() {
        if let Some(Short::ByLanguage(_)) = &entity.short {
            entity.short = entity
                .short
                .as_ref()
                .and_then(|s| s.label(&briefing.language))
                .map(|label| Short::Label(label.to_string()));
        }
    }
    if briefing.language.to_ascii_lowercase().starts_with("en") {
        return;
    }
    // Candidates (after `known`) are named from the text already; declared entities
    // are the analyst's.
    let declared = briefing.entity_ids();
    let mut wanted: Vec<bool> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| i < known && !declared.contains(e.id.as_str()))
        .collect();
    let mut seen = vec![0usize; entities.len()];
    // (entity, surface) → (uses, order of first use)
    let mut counts: HashMap<(usize, &str), (usize, usize)> = HashMap::new();
    for (order, m) in mentions.iter().enumerate() {
        let e = m.entity as usize;
        if !wanted.get(e).copied().unwrap_or(false) {
            continue;
        }
        let Some(surface) = briefing.text_at(&m.loc) else {
            continue;
        };
        if surface.chars().next().is_some_and(char::is_uppercase) && !surface.ends_with('-') {
            counts.entry((e, surface)).or_insert((0, order)).0 += 1;
            seen[e] += 1;
            if seen[e] >= SURFACES_COUNTED {
                wanted[e] = false;
            }
        }
    }
    // A person is named by the fullest form the text gives ("Vladimir Poutine", not the
    // "Poutine" of later mentions); anything else by its most used form.
    let rank = |e: usize, surface: &str, n: usize, first: usize| {
        let person = entities
            .get(e)
            .is_some_and(|x| x.kind == EntityKind::Person);
        let words = if person {
            surface.split_whitespace().count()
        } else {
            0
        };
        (words, n, std::cmp::Reverse(first))
    };
    let mut best: HashMap<usize, (_, &str)> = HashMap::new();
    for ((e, surface), (n, first)) in counts {
        let key = rank(e, surface, n, first);
        let slot = best.entry(e).or_insert((key, surface));
        if key > slot.0 {
            *slot = (key, surface);
        }
    }
    for (e, (_, surface)) in best {
        let Some(entity) = entities.get_mut(e) else {
            continue;
        };
        if entity.name == surface {
            continue;
        }
        let english = std::mem::replace(&mut entity.name, surface.to_string());
        entity.aliases.retain(|a| a != surface);
        if !entity.aliases.contains(&english) {
            entity.aliases.insert(0, english);
        }
    }
}

/// Keep only the entities involved, in the documented order, and renumber mentions.
fn compact(
    briefing: &Briefing,
    universe: &[Entity],
    mut mentions: Vec<Mention>,
    new_entities: Vec<Entity>,
    new_mentions: Vec<Mention>,
) -> (Vec<Entity>, Vec<Mention>) {
    const NONE: u32 = u32::MAX;
    drop_overlapped(&mut mentions, &new_mentions);
    let by_id: HashMap<&str, usize> = universe
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut final_of = vec![NONE; universe.len()];
    let mut order: Vec<usize> = Vec::new();
    let mut include = |u: usize, order: &mut Vec<usize>| {
        if final_of[u] == NONE {
            final_of[u] = order.len() as u32;
            order.push(u);
        }
    };
    for e in &briefing.entities {
        if let Some(&u) = by_id.get(e.id.as_str()) {
            include(u, &mut order);
        }
    }
    for m in &mentions {
        include(m.entity as usize, &mut order);
    }
    // Close over affiliations, of known entities and of candidates alike.
    let mut next = 0;
    let mut pending: Vec<&str> = new_entities
        .iter()
        .filter_map(|e| e.affiliation.as_deref())
        .collect();
    loop {
        while let Some(id) = pending.pop() {
            if let Some(&u) = by_id.get(id) {
                include(u, &mut order);
            }
        }
        let Some(&u) = order.get(next) else {
            break;
        };
        next += 1;
        pending.extend(universe[u].affiliation.as_deref());
    }
    let known = order.len() as u32;
    for m in &mut mentions {
        m.entity = final_of[m.entity as usize];
    }
    let had_new = !new_mentions.is_empty();
    mentions.extend(new_mentions.into_iter().map(|m| Mention {
        entity: known + m.entity,
        loc: m.loc,
    }));
    if had_new {
        mentions.sort_unstable_by_key(|m| m.loc);
    }
    let mut entities: Vec<Entity> = order.into_iter().map(|u| universe[u].clone()).collect();
    entities.extend(new_entities);
    // Grown by doubling while scanning: up to half of it would sit unused for as long
    // as the analysis lives (megabytes on a long article).
    mentions.shrink_to_fit();
    (entities, mentions)
}

/// Remove the known mentions that a candidate's mention covers: the place of "Chad
/// Morrison" is part of a person's name. Both lists are in text order.
fn drop_overlapped(known: &mut Vec<Mention>, new: &[Mention]) {
    if new.is_empty() {
        return;
    }
    let mut next = new.iter().peekable();
    known.retain(|m| {
        let key = |x: &Mention| (x.loc.section, x.loc.part);
        while next
            .next_if(|n| key(n) < key(m) || (key(n) == key(m) && n.loc.end <= m.loc.start))
            .is_some()
        {}
        !next
            .peek()
            .is_some_and(|n| key(n) == key(m) && n.loc.start < m.loc.end)
    });
}

/// The entities an imported briefing should declare: those the text mentions,
/// recognised and candidate, ready for an analyst to curate. Each keeps only the
/// aliases the text actually uses (besides its name), in order of first use.
pub fn curate(briefing: &Briefing, analysis: &Analysis) -> Vec<Entity> {
    let mut seen: Vec<Vec<String>> = vec![Vec::new(); analysis.entities.len()];
    for m in &analysis.mentions {
        let Some(forms) = seen.get_mut(m.entity as usize) else {
            continue;
        };
        if let Some(form) = briefing.text_at(&m.loc)
            && !forms.iter().any(|f| f == form)
        {
            forms.push(form.to_string());
        }
    }
    let declared = briefing.entity_ids();
    analysis
        .entities
        .iter()
        .zip(seen)
        .map(|(entity, forms)| {
            let mut e = entity.clone();
            if !declared.contains(e.id.as_str()) {
                e.aliases = forms.into_iter().filter(|f| *f != e.name).collect();
            }
            e
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, Section};

    fn entity(id: &str, name: &str, kind: EntityKind, affiliation: Option<&str>) -> Entity {
        Entity {
            id: id.into(),
            name: name.into(),
            kind,
            iso: None,
            aliases: Vec::new(),
            affiliation: affiliation.map(Into::into),
            short: None,
        }
    }

    fn briefing(body: &str, entities: Vec<Entity>) -> Briefing {
        let section = Section {
            id: "s".into(),
            title: "Heading".into(),
            body: vec![body.into()],
        };
        Briefing {
            entities,
            ..Briefing::new("t", "en", vec![section])
        }
    }

    fn gazetteer() -> Gazetteer {
        Gazetteer::new(vec![
            entity("georgia", "Georgia", EntityKind::Country, None),
            entity("russia", "Russia", EntityKind::Country, None),
            entity("moscow", "Moscow", EntityKind::Place, Some("russia")),
            entity("france", "France", EntityKind::Country, None),
            entity("un", "United Nations", EntityKind::Organization, None),
        ])
    }

    fn ids(entities: &[Entity]) -> Vec<&str> {
        entities.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn entity_order_briefing_then_first_mention_then_affiliations_then_candidates() {
        let b = briefing(
            "The United Nations met in Moscow with Dr. Jane Roe and France.",
            Vec::new(),
        );
        let (entities, mentions) = index(&b, &gazetteer());
        assert_eq!(
            ids(&entities),
            ["un", "moscow", "france", "russia", "jane-roe"]
        );
        let found: Vec<(u32, u32)> = mentions.iter().map(|m| (m.entity, m.loc.start)).collect();
        assert_eq!(found, [(0, 4), (1, 26), (4, 42), (2, 55)]);
    }

    #[test]
    fn briefing_entities_override_the_gazetteer_and_win_its_aliases() {
        let mut state = entity("georgia-us", "Georgia", EntityKind::Place, None);
        state.aliases.push("Atlanta's state".into());
        let mut moscow = entity("moscow", "Moscou", EntityKind::Place, Some("russia"));
        moscow.aliases.push("Moscow".into());
        let b = briefing("Georgia and Moscow, not France.", vec![state, moscow]);
        let (entities, mentions) = index(&b, &gazetteer());
        assert_eq!(ids(&entities), ["georgia-us", "moscow", "france", "russia"]);
        assert_eq!(
            entities[1].name, "Moscou",
            "the briefing's own entity, not the gazetteer's"
        );
        let found: Vec<u32> = mentions.iter().map(|m| m.entity).collect();
        assert_eq!(found, [0, 1, 2]);
    }

    #[test]
    fn short_labels_follow_the_text_language() {
        let cases = [
            (
                "fr",
                "Les Émirats arabes unis ont signé l'accord.",
                "united-arab-emirates",
                "EAU",
            ),
            (
                "en",
                "The United Arab Emirates signed the deal.",
                "united-arab-emirates",
                "UAE",
            ),
            // Named in English (only a lower-case adjective), still labelled in French.
            (
                "fr-CA",
                "Le ministre centrafricain est arrivé.",
                "central-african-republic",
                "Centrafrique",
            ),
            // A language without labels of its own gets the English one.
            (
                "de",
                "Die Demokratische Republik, DRC, verhandelt.",
                "democratic-republic-of-the-congo",
                "DRC",
            ),
        ];
        for (language, body, id, want) in cases {
            let b = Briefing {
                language: language.into(),
                ..briefing(body, Vec::new())
            };
            let (entities, _) = index(&b, &Gazetteer::builtin());
            let entity = entities.iter().find(|e| e.id == id);
            assert_eq!(
                entity.and_then(Entity::short_label),
                Some(want),
                "{language}: {body}"
            );
        }
    }

    #[test]
    fn declared_entities_switch_candidates_off() {
        let b = briefing(
            "Dr. Jane Roe went to Moscow.",
            vec![entity("france", "France", EntityKind::Country, None)],
        );
        let (entities, _) = index(&b, &gazetteer());
        assert_eq!(ids(&entities), ["france", "moscow", "russia"]);
        let (entities, _) = index_with(&b, &gazetteer(), Options { candidates: true });
        assert_eq!(ids(&entities), ["france", "moscow", "russia", "jane-roe"]);
    }
}
