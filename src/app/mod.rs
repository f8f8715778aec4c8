//! The reader's and the library's state, their actions, the keymap and the one `update`.

mod action;
mod analyst;
mod input;
mod keeper;
pub mod key;
pub mod keymap;
mod library;
mod memo;
mod nav;
pub(crate) mod pins;
mod search;
pub(crate) mod state;
pub mod update;
mod watch;

pub use action::{Action, Msg};
pub(crate) use analyst::Analyst;
pub(crate) use keeper::Keeper;
pub use library::Library;
pub(crate) use search::MAX_MATCHES;
#[cfg(test)]
pub(crate) use search::find_all;
#[doc(hidden)]
pub use search::searcher;
pub use state::{Config, Focus, State};
pub use update::update;
pub(crate) use watch::Watch;

#[cfg(test)]
mod pins_tests;
#[cfg(test)]
mod tests;
