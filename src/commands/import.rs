//! `brief import`.

use std::process::ExitCode;

pub fn run() -> ExitCode {
    eprintln!("brief import: not implemented yet");
    ExitCode::from(2)
}
