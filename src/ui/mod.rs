//! Drawing: one file per pane, each reading the state and never changing it.
pub mod graph;
