//! `brief check`.

use std::process::ExitCode;

pub fn run() -> ExitCode {
    eprintln!("brief check: not implemented yet");
    ExitCode::from(2)
}
