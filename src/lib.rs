//! brief: a terminal reader for briefings.
//!
//! Domain code (`model`, `load`, `entities`, `relations`, `analysis`, `layout`, and the
//! text primitives they share in `text`) knows nothing about the terminal; `app` holds the reader's state and its one `update`;
//! `ui` draws that state read-only; `tui` owns the real terminal.

// `pub(crate)` by default: an item is `pub` only when the binary, the tests, the
// benchmarks or the fuzz targets use it (CI's clippy turns this into an error).
#![warn(unreachable_pub)]

pub mod analysis;
pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod entities;
pub mod export;
mod files;
#[doc(hidden)]
pub mod fuzz;
pub mod geometry;
pub mod graph;
pub mod layout;
pub mod library;
pub mod load;
mod memory;
pub mod model;
pub mod places;
pub mod relations;
pub mod text;
mod tui;
pub mod ui;
mod work;
