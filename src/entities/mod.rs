//! Entity recognition: the gazetteer and the matcher that finds mentions in the text.
//!
//! `index` is the entry point: it merges the briefing's entities over the gazetteer,
//! finds every alias in section titles and paragraphs (`matcher`, over text folded by
//! `text::Folded`), proposes candidate entities for unknown capitalised names
//! (`candidates`), and returns the entities the text involves with their mentions. The
//! rules are in `docs/entities.md`.

mod builtin;
pub(crate) mod candidates;
mod gazetteer;
mod index;
pub mod matcher;
mod rollup;

pub use gazetteer::Gazetteer;
pub use index::{Options, curate, index, index_controlled, index_with, name_in_text_language};
pub use matcher::Matcher;
pub use rollup::{rollup, rollup_all};
