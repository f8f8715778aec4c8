//! `brief`: parse the command line and hand over to the subcommand. Files are loaded and
//! validated before the terminal is touched (see `commands::open`).

use std::process::ExitCode;

use brief::cli::{Cli, Command};
use brief::commands;
use clap::Parser;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { paths }) => commands::check::run(&paths),
        Some(Command::Import { article, output }) => {
            commands::import::run(&article, output.as_deref())
        }
        Some(Command::Export { .. }) => commands::export::run(),
        Some(Command::Render { .. }) => commands::render::run(),
        None => commands::open::run(),
    }
}
