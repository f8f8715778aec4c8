//! The clause reader: what one sentence states between the actors it names
//! (docs/relations.md). A sentence is tokenized with its actor mentions (`tokens`,
//! `actors`), cut into clauses with relative clauses, asides and appositions lifted
//! out (`clauses`); in each clause every cue of the lexicon (`cues`) finds its actors
//! by its argument frame — a verb its subject, object and prepositional phrases
//! (`verbs`, `subject`), a noun the actors that modify it and the verb that governs it
//! (`nouns`, `modifiers`) — and makes links by that frame (`pairs`), negated when the
//! clause denies, refuses or supposes them (`modality`). `read::read` is the entry.
//!
//! Only sentences that can state a link are read (two actors or more, or one and a
//! pronoun), and every walk is bounded by a few tokens: reading is linear in the
//! sentence.

mod actors;
mod clauses;
mod cues;
mod grammar;
mod lexicon;
mod listing;
mod modality;
mod modifiers;
mod money;
mod nouns;
mod pairs;
mod phrases;
mod read;
mod subject;
mod tokens;
mod verbs;
mod words;

pub(crate) use actors::Ents;
pub(crate) use phrases::Memory;
pub(crate) use read::read;
pub(crate) use tokens::Tokens;

#[cfg(test)]
pub(crate) use clauses::split as clauses;
