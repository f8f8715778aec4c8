//! `brief open`.

use std::process::ExitCode;

pub fn run() -> ExitCode {
    eprintln!("brief open: not implemented yet");
    ExitCode::from(2)
}
