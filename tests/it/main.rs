//! The integration tests, one binary: the CLI through the real binary, the reader
//! rendered headless and driven in a pseudo-terminal, recognition accuracy on articles.

mod accuracy;
mod agreement;
mod cli;
mod entities;
mod fuzz;
mod generate;
mod graph;
mod habits;
mod hardening;
mod memory;
mod pty;
mod relations;
mod render;
