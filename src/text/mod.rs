//! Text primitives, each rule in exactly one place: folding (`fold`), sentence
//! boundaries (`sentences`) and the windows cut at them (`windows`), slugs (`slug`),
//! display cleaning and fitting (`display`) and the FNV hasher (`hash`). Loading,
//! entities, relations, layout and the views all call these; none keeps a copy (the
//! copies had drifted apart, see issue 9). Pure and terminal-free, like the rest of
//! the domain code.

#[cfg(test)]
mod agreement_tests;
mod display;
mod fold;
mod hash;
pub(crate) mod markdown;
mod sentences;
mod slug;
pub mod terminal;
mod windows;

pub use display::width;
pub(crate) use display::{clean, fit, unjoined};
pub(crate) use fold::{Folded, fold_into, fold_str, is_matchable, is_word_char};
pub(crate) use hash::{Fnv, FnvMap};
pub use sentences::sentences;
pub(crate) use sentences::{Sentences, first_sentence};
pub use slug::Ids;
pub(crate) use slug::slug;
pub(crate) use windows::{WINDOW_BYTES, windows};
