//! `brief render`.

use std::process::ExitCode;

pub fn run() -> ExitCode {
    eprintln!("brief render: not implemented yet");
    ExitCode::from(2)
}
