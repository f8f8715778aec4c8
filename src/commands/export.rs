//! `brief export`.

use std::process::ExitCode;

pub fn run() -> ExitCode {
    eprintln!("brief export: not implemented yet");
    ExitCode::from(2)
}
