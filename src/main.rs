//! `brief`: parse the command line and hand over to the subcommand. Files are loaded and
//! validated before the terminal is touched (see `commands::open`).

use std::process::ExitCode;

use brief::app::Config;
use brief::cli::{Cli, Command};
use brief::commands;
use brief::commands::render::RenderArgs;
use clap::Parser;

/// NO_COLOR (https://no-color.org): set and not empty means no colour. Read here, once,
/// and passed in as configuration.
fn no_color_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return commands::out::clap_error(&e),
    };
    match cli.command {
        Some(Command::Check { paths }) => commands::check::run(&paths, &cli.gazetteer.entities),
        Some(Command::Import {
            article,
            output,
            force,
        }) => commands::import::run(&article, output.as_deref(), force, &cli.gazetteer.entities),
        Some(Command::Export { path, format }) => {
            commands::export::run(&path, format, &cli.gazetteer.entities)
        }
        Some(Command::Render {
            path,
            width,
            height,
            keys,
            ansi,
            no_color,
        }) => commands::render::run(&RenderArgs {
            path,
            width,
            height,
            keys,
            ansi,
            config: Config {
                no_color: no_color || cli.view.no_color || no_color_env(),
                mouse: false,
            },
            entities: cli.gazetteer.entities,
        }),
        None => commands::open::run(
            cli.path.as_deref(),
            Config {
                no_color: cli.view.no_color || no_color_env(),
                mouse: cli.view.mouse,
            },
            &cli.gazetteer.entities,
        ),
    }
}
