//! Rules that find people the plain run rules miss or mistake: a country or city name
//! used as a first name ("Chad Morrison", "Paris Okafor", "Sydney Moli").

use super::tokens::{Gap, Kind, Tok};
use super::words::Class;
use crate::model::{Entity, EntityKind};
use crate::text::fold_str;

/// Classes that make the word after a place name part of a place, organisation, event
/// or ship ("Jordan River", "Georgia Tech", "Paris Agreement"), or not a name at all.
const NOT_A_SURNAME: Class = Class::TITLE
    .union(Class::STOP)
    .union(Class::ORG)
    .union(Class::PLACE)
    .union(Class::EVENT)
    .union(Class::VESSEL)
    .union(Class::PLACE_HEAD)
    .union(Class::ORG_NOUN);

/// Most words a first name drawn from a place is followed by: "Chad R. Ellery",
/// "Kenya Okafor-Lindh", "India de Souza".
const MAX_SURNAME_WORDS: usize = 3;

/// When the known mention at `toks[at]` is a country or a city written as a first name
/// before a capitalised surname, the end (exclusive) of the whole name.
///
/// The mention must be the place's name, written with a capital and not in capitals,
/// and not an adjective ("Russian Duma", "Georgian Dream" stay as they are). What
/// follows must be one to three capitalised words, over spaces only, none of which is
/// a head word of a place, organisation or event, a title or a function word.
pub(super) fn first_name_end(
    universe: &[Entity],
    text: &str,
    toks: &[Tok],
    at: usize,
    run_end: impl Fn(usize) -> usize,
) -> Option<usize> {
    let Kind::Mention(e) = toks[at].kind else {
        return None;
    };
    let next = toks.get(at + 1)?;
    if next.kind != Kind::Cap || next.gap != Gap::Space {
        return None;
    }
    // "le port de Dakhla Atlantique", "the port of Haifa Bay": a place's name.
    if super::place_head_before(toks, at) {
        return None;
    }
    let entity = universe.get(e as usize)?;
    if !matches!(entity.kind, EntityKind::Country | EntityKind::Place) {
        return None;
    }
    let end = run_end(at + 1);
    let rest = &toks[at + 1..end];
    let words = rest.iter().filter(|t| t.kind == Kind::Cap).count();
    // An acronym among the words makes a company or a project ("Arctic LNG 2").
    let acronym = |t: &Tok| {
        let w = &text[t.start as usize..t.end as usize];
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    if words > MAX_SURNAME_WORDS
        || rest
            .iter()
            .any(|t| t.class.has(NOT_A_SURNAME) || (t.kind == Kind::Cap && acronym(t)))
    {
        return None;
    }
    // Last, as it folds the entity's aliases.
    let surface = &text[toks[at].start as usize..toks[at].end as usize];
    is_place_name(entity, surface).then_some(end)
}

/// Whether `surface`, a mention of `entity`, is written as a name could be: one word
/// with a capital and lowercase letters after it, and not one of the entity's
/// adjectives or demonyms. Those are its lowercase-written aliases (French `russe`),
/// aliases whose plural is an alias too (`Georgian`, `Georgians`), and English forms
/// that take no plural (`Chinese`, `Turkish`, `French`, `Swiss`).
fn is_place_name(entity: &Entity, surface: &str) -> bool {
    let mut chars = surface.chars();
    if !chars.next().is_some_and(char::is_uppercase)
        || !chars.clone().any(char::is_lowercase)
        || chars.any(|c| !c.is_alphabetic())
    {
        return false;
    }
    let folded = fold_str(surface);
    if ["ese", "ish", "ch", "sh", "ss", "men"]
        .iter()
        .any(|end| folded.ends_with(end))
    {
        return false;
    }
    let plural = format!("{folded}s");
    // Folding drops accents, so an alias folding to `plural` is at most a few bytes
    // longer than it: a cheap filter before folding each alias.
    !std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .filter(|a| a.len() >= folded.len() && a.len() <= plural.len() + 4)
        .any(|a| {
            let f = fold_str(a);
            f == plural || (f == folded && a.starts_with(char::is_lowercase))
        })
}
