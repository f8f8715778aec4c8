//! The reader's state, its actions, the keymap and the one `update`.

pub mod action;
pub mod key;
pub mod keymap;
mod nav;
pub mod state;
pub mod update;

pub use action::Action;
pub use key::Key;
pub use keymap::{BINDINGS, Mode, keymap};
pub use nav::{MAX_MATCHES, find_all};
pub use state::{Config, Entry, Focus, State};
pub use update::update;

#[cfg(test)]
mod tests;
