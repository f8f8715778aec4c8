//! The reader's and the library's state, their actions, the keymap and the one `update`.

mod action;
mod analyst;
pub mod key;
pub mod keymap;
mod library;
mod nav;
mod search;
pub mod state;
pub mod update;

pub use action::{Action, Msg};
pub use analyst::Analyst;
pub use library::Library;
pub(crate) use search::MAX_MATCHES;
#[cfg(test)]
pub(crate) use search::find_all;
#[doc(hidden)]
pub use search::searcher;
pub use state::{Config, Focus, State};
pub use update::update;

#[cfg(test)]
mod tests;
