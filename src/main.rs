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

/// The reader's config: the config file's settings, the command line's `--mouse` and
/// `--no-color` (and NO_COLOR) on top. A config file with problems gives the defaults
/// and says why: on the status bar when `interactive`, else on stderr.
fn reader_config(mouse: bool, no_color: bool, interactive: bool) -> Config {
    let path = brief::places::config_file();
    let (settings, problems) = brief::config::load_or_default(path.as_deref());
    let mut config = Config::from_settings(&settings, mouse, no_color || no_color_env());
    if let Some(first) = problems.first() {
        if interactive {
            let more = match problems.len() {
                1 => String::new(),
                n => format!(" (+{} more)", n - 1),
            };
            config.notice = Some(format!(
                "config not used, defaults instead: {first}{more} · brief check --config"
            ));
        } else {
            commands::out::problems("warning: ", &problems);
            commands::out::message("warning: config file not used: brief runs on the defaults");
        }
    }
    config
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return commands::out::clap_error(&e),
    };
    match cli.command {
        Some(Command::Check { paths, config }) => commands::check::run(
            &paths,
            config.as_ref().map(Option::as_deref),
            &cli.gazetteer.entities,
        ),
        Some(Command::Import {
            article,
            output,
            force,
        }) => commands::import::run(&article, output.as_deref(), force, &cli.gazetteer.entities),
        Some(Command::Export { path, format }) => {
            commands::export::run(&path, format, &cli.gazetteer.entities)
        }
        Some(Command::Render {
            paths,
            width,
            height,
            keys,
            ansi,
            first_frame,
            no_color,
            ascii,
        }) => {
            let mut config = reader_config(false, no_color || cli.view.no_color, false);
            // A render is a picture of the keys typed: no mouse events come.
            config.mouse = false;
            config.ascii |= ascii || cli.view.ascii;
            commands::render::run(&RenderArgs {
                paths,
                width,
                height,
                keys,
                ansi,
                first_frame,
                config,
                entities: cli.gazetteer.entities,
            })
        }
        Some(Command::Config { default }) => commands::config::run(default),
        Some(Command::Completions { shell }) => commands::shell::run_completions(shell),
        Some(Command::Manpage) => commands::shell::run_manpage(),
        None => commands::open::run(
            &cli.paths,
            {
                let mut config = reader_config(cli.view.mouse, cli.view.no_color, true);
                config.ascii |= cli.view.ascii;
                config
            },
            &cli.gazetteer.entities,
        ),
    }
}
