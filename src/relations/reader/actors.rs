//! Which mentions are actors, and what a link to them ends on (docs/relations.md,
//! "Actors"): countries, organisations, people and other groups are actors; a place
//! that belongs to a country (a capital: "Ankara denies") stands for that country's
//! government in an argument position; Brussels for the EU; a government body
//! ("the Kremlin", "le département d'État") for its state; a leader's
//! "administration" for their state. A demonym in a title ("le président russe
//! Vladimir Poutine") or a country in a compound adjective ("Liberian-flagged") is
//! no actor of its own.

use super::grammar::verbish;
use super::tokens::{Kind, Tokens};
use super::words::Class;
use crate::model::{Entity, EntityKind};

/// An actor mention of the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Actor {
    /// The mention's entity (index into the analysis entities).
    pub entity: usize,
    /// The end a link gets: the entity itself, or for a capital its country (the EU
    /// for Brussels).
    pub end: usize,
    pub kind: EntityKind,
    /// A place that stands for its government only in argument position.
    pub place: bool,
    /// Written as an adjective or demonym ("russe", "Russian", "américaines").
    pub adjective: bool,
}

/// What the tokenizer needs to know of the entities, computed once per analysis.
pub(crate) struct Ents<'e> {
    pub entities: &'e [Entity],
    /// The country each entity rolls up to (`entities::rollup_all`).
    pub country: Vec<Option<usize>>,
    /// The European Union's index, for Brussels standing as its seat.
    eu: Option<usize>,
    brussels: Option<usize>,
    pub(super) belgium: Option<usize>,
    /// Per entity: the country a body of its government stands for ("the Kremlin
    /// said", "le département d'État a averti").
    state: Vec<Option<usize>>,
}

impl<'e> Ents<'e> {
    pub(crate) fn new(entities: &'e [Entity]) -> Ents<'e> {
        let find = |id: &str| entities.iter().position(|e| e.id == id);
        let country = crate::entities::rollup_all(entities);
        let by_id: std::collections::HashMap<&str, usize> = entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let state = entities
            .iter()
            .map(|e| {
                let parent = *by_id.get(e.affiliation.as_deref()?)?;
                let seat = e.kind == EntityKind::Organization
                    && entities[parent].kind == EntityKind::Country
                    && std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|n| seat_of_government(&crate::text::fold_str(n)));
                seat.then_some(parent)
            })
            .collect();
        Ents {
            entities,
            country,
            eu: find("european-union"),
            brussels: find("brussels"),
            belgium: find("belgium"),
            state,
        }
    }

    /// The actor a mention of entity `e` (written `text`) makes, if any; `belgium`
    /// says whether the sentence also names Belgium (then Brussels is its capital, not
    /// the seat of the EU).
    pub(super) fn actor(&self, e: usize, text: &str, belgium: bool) -> Option<Actor> {
        let entity = self.entities.get(e)?;
        let adjective = is_adjective(entity, text);
        let (end, place) = match entity.kind {
            EntityKind::Organization => (self.state.get(e).copied().flatten().unwrap_or(e), false),
            EntityKind::Country | EntityKind::Person | EntityKind::Other => (e, false),
            EntityKind::Place => {
                let seat = (Some(e) == self.brussels && !belgium)
                    .then_some(self.eu)
                    .flatten();
                let country = self.country.get(e).copied().flatten().filter(|&c| c != e);
                (seat.or(country)?, true)
            }
            EntityKind::Event => return None,
        };
        Some(Actor {
            entity: e,
            end,
            kind: entity.kind,
            place,
            adjective,
        })
    }
}

/// Whether a folded name is that of a government body standing for its state: a
/// ministry, department or presidential office, or a seat of government named for
/// its building ("Kremlin", "White House", "Quai d'Orsay"). Agencies, parliaments,
/// armies, central banks and state companies are actors of their own.
pub(super) fn seat_of_government(name: &str) -> bool {
    const WORDS: &[&str] = &[
        "ministry",
        "ministere",
        "department",
        "departement",
        "treasury",
        "tresor",
        "foreign office",
        "chancellery",
        "chancellerie",
        "presidential office",
        "office of the president",
        "presidency",
        "presidence",
        "kremlin",
        "white house",
        "maison blanche",
        "maison-blanche",
        "downing street",
        "elysee",
        "matignon",
        "quai d'orsay",
        "quai d’orsay",
        "pentagon",
        "whitehall",
        "zhongnanhai",
    ];
    WORDS.iter().any(|w| name.contains(w))
}

/// Whether `text`, a mention of `entity`, is an adjective or demonym: written in
/// lower case (French adjectives), or a demonym form of a country (an alias whose
/// plural is an alias too, or one with an ending English demonyms take: "Chinese",
/// "British", "Swiss", "Dutch").
pub(super) fn is_adjective(entity: &Entity, text: &str) -> bool {
    if text.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    if entity.kind != EntityKind::Country || text == entity.name {
        return false;
    }
    let alias = |a: &str| entity.aliases.iter().any(|x| x == a);
    let plural = format!("{text}s");
    alias(&plural)
        || text.strip_suffix('s').is_some_and(alias)
        || ["ese", "ish", "ch", "ss"]
            .iter()
            .any(|end| text.ends_with(end))
}

impl Tokens {
    /// "the Trump administration", "le gouvernement Meloni": a leader's government is
    /// their state.
    pub(super) fn governments(&mut self, ents: &Ents) {
        for i in 0..self.toks.len() {
            let Kind::Actor(a) = self.toks[i].kind else {
                continue;
            };
            let before = i.checked_sub(1).map(|j| self.word(j).to_string());
            let after = self.word(i + 1).to_string();
            let head = |w: &str| {
                matches!(
                    w,
                    "administration" | "government" | "gouvernement" | "regime" | "cabinet"
                )
            };
            if self.actors[a].kind == EntityKind::Person
                && (head(&after) || before.as_deref().is_some_and(head))
                && let Some(c) = ents.country.get(self.actors[a].entity).copied().flatten()
            {
                self.actors[a].end = c;
            }
        }
    }
}

/// Per token: an actor that only qualifies another and is no actor of its own — a
/// demonym or possessive of a title ("le président russe Vladimir Poutine", "Togo's
/// President Faure Gnassingbe", "his Iranian counterpart Abbas Araghchi"), of a
/// company ("Malaysia's Petronas", "le groupe chinois ByteDance", "the Vanuatu Red
/// Cross", "Khalifa Haftar's Libyan National Army"), or a country in a compound
/// adjective ("Liberian-flagged", "Turkish-built").
#[allow(clippy::needless_range_loop)] // looks at neighbours of k in `t` as well
pub(super) fn absorbed(t: &Tokens) -> Vec<bool> {
    let mut out = vec![false; t.len()];
    for k in 0..t.len() {
        let Some(a) = t.actor(k) else { continue };
        let next = k + 1;
        let glued = |j: usize| {
            t.toks
                .get(j)
                .is_some_and(|x| x.range.start == t.toks[j - 1].range.end)
        };
        if t.is_punct(next, '-')
            && glued(next)
            && t.is_word(next + 1)
            && glued(next + 1)
            && t.toks[next + 1].cue.is_none()
        {
            out[k] = true;
            continue;
        }
        let named = |j: usize| {
            t.actor(j)
                .is_some_and(|b| matches!(b.kind, EntityKind::Person | EntityKind::Organization))
        };
        if (t.toks[k].poss || a.kind == EntityKind::Country) && named(next) {
            out[k] = true;
            continue;
        }
        if a.kind != EntityKind::Country || !(a.adjective || t.toks[k].poss) {
            continue;
        }
        let mut j = next;
        let mut prep = false;
        while j < t.len() && j <= k + 7 {
            if let Some(b) = t.actor(j) {
                out[k] =
                    b.kind == EntityKind::Person || (b.kind == EntityKind::Organization && !prep);
                break;
            }
            let linking = matches!(
                t.word(j),
                "of" | "for" | "de" | "du" | "des" | "d" | "and" | "et"
            );
            let title = match t.kind(j) {
                Some(Kind::Word) => {
                    t.toks[j].cap
                        || t.has(j, Class::ROLE | Class::DET)
                        || linking
                        || (!verbish(t, j)
                            && t.class(j) == Class::default()
                            && t.toks[j].cue.is_none())
                }
                Some(Kind::Punct(',' | '-')) => true,
                _ => false,
            };
            if !title {
                break;
            }
            prep |= linking;
            j += 1;
        }
    }
    out
}
