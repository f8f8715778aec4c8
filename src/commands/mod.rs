//! One module per subcommand. Each `run` returns the process exit code and writes its
//! own messages; `main` only dispatches.

pub mod check;
pub mod config;
pub mod export;
pub mod import;
pub mod open;
pub mod out;
pub mod render;
pub mod shell;
