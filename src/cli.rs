//! Command-line interface: clap arguments, nothing else. `main` turns them into calls.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// A terminal reader for briefings: sections, highlighted entities, and how the actors
/// are linked.
#[derive(Debug, Parser)]
#[command(name = "brief", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Briefing (.yaml), article (.txt, .md) to read, or directories and files to list
    /// in the library (with the config file's library directories and the data
    /// directory's). Default: the library of ./briefings; the seed briefing built into
    /// brief when there is no briefing anywhere.
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub view: ViewArgs,

    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
}

/// Options of the interactive reader and of `render`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ViewArgs {
    /// Mouse support: click a section, scroll with the wheel.
    #[arg(long)]
    pub mouse: bool,
    /// No colour at all (entities stay marked by bold / underline). Also: NO_COLOR set.
    #[arg(long)]
    pub no_color: bool,
    /// Draw with 7-bit ASCII only (borders, chart lines, arrows), for terminal fonts
    /// without box drawing.
    #[arg(long)]
    pub ascii: bool,
}

/// Extra entities to recognise, on top of the built-in gazetteer.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct GazetteerArgs {
    /// A YAML file of entities (same schema as a briefing's `entities`). Repeatable.
    #[arg(long = "entities", value_name = "FILE", global = true)]
    pub entities: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate briefings and articles (and config files); print one
    /// `path:line:column: message` per problem.
    Check {
        /// Files or directories (every .yaml, .yml, .txt and .md inside). A .toml file
        /// is checked as a config file.
        #[arg(required_unless_present = "config")]
        paths: Vec<PathBuf>,
        /// Check a config file: FILE, or the one brief reads when no FILE is given.
        #[arg(long, value_name = "FILE")]
        config: Option<Option<PathBuf>>,
    },
    /// Turn a plain-text or Markdown article into briefing YAML.
    Import {
        article: PathBuf,
        /// Write here instead of standard output (never over an existing file
        /// without --force).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Replace OUT when it exists.
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Print a briefing's entities, mentions and relations.
    Export {
        path: PathBuf,
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Draw the reader's screen after a key script, as text, without a terminal.
    Render {
        /// What to open, as `brief PATH…` opens it.
        paths: Vec<PathBuf>,
        /// Screen width in columns, 20 to 1000.
        #[arg(long, default_value_t = 120, value_parser = clap::value_parser!(u16).range(i64::from(MIN_WIDTH)..=i64::from(MAX_RENDER_SIDE)))]
        width: u16,
        /// Screen height in rows, 6 to 1000.
        #[arg(long, default_value_t = 40, value_parser = clap::value_parser!(u16).range(i64::from(MIN_HEIGHT)..=i64::from(MAX_RENDER_SIDE)))]
        height: u16,
        /// Keys to type first: characters plus <Enter> <Esc> <Tab> <S-Tab> <Up> <Down>
        /// <PgUp> <PgDn> <C-d> <C-u> <Space>.
        #[arg(long, default_value = "")]
        keys: String,
        /// Keep colours and styles as ANSI escape sequences.
        #[arg(long)]
        ansi: bool,
        /// Draw the first frame, before entities and relations are found (the reader's
        /// first paint, for benchmarks). By default the analysis is waited for.
        #[arg(long)]
        first_frame: bool,
        #[arg(long)]
        no_color: bool,
        /// Draw with 7-bit ASCII only.
        #[arg(long)]
        ascii: bool,
    },
    /// Print the config file: where brief reads it, or (--default) a commented config
    /// of every setting at its default, to start one from.
    Config {
        /// Print the default config, commented.
        #[arg(long)]
        default: bool,
    },
    /// Print a shell completion script (e.g. `brief completions bash`).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), e.g. `brief manpage > brief.1`.
    Manpage,
}

impl Cli {
    /// The clap definition, for completions and the man page.
    pub(crate) fn command() -> clap::Command {
        <Cli as clap::CommandFactory>::command()
    }
}

/// The subcommand `word` was most likely meant as (`chekc`, `exprot`): one a typo or
/// two away, or a prefix of it. Paths with a separator or an extension are never one.
pub(crate) fn subcommand_like(word: &str) -> Option<String> {
    if word.len() < 3 || word.contains(['/', '\\', '.']) {
        return None;
    }
    Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .filter(|name| name != "help")
        .find(|name| name.starts_with(word) || edits(word, name) <= 2)
}

/// Levenshtein distance, over chars.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (diag + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The smallest `render` screen: below it the reader only says the screen is too small
/// (a bordered text pane, a line of text and the status bar need 20×6), so a smaller
/// render is a mistake in the command, not a picture.
pub(crate) use crate::geometry::{MIN_HEIGHT, MIN_WIDTH};

/// The largest `render` screen side: 1000×1000 is a million cells (~60 MB of buffer),
/// where 65535×65535 asked for 206 GB and aborted. No terminal is wider.
const MAX_RENDER_SIDE: u16 = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Markdown,
    Dot,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_of_a_subcommand_is_named_and_a_file_is_not() {
        assert_eq!(subcommand_like("chekc").as_deref(), Some("check"));
        assert_eq!(subcommand_like("exprot").as_deref(), Some("export"));
        assert_eq!(subcommand_like("rend").as_deref(), Some("render"));
        for word in ["notes.txt", "a/check", "zzzzzz", "ab"] {
            assert_eq!(subcommand_like(word), None, "{word}");
        }
    }

    #[test]
    fn several_paths_parse_and_subcommands_still_do() {
        let cli = Cli::try_parse_from(["brief", "a.txt", "b.md", "dir"]).expect("paths");
        assert_eq!(cli.paths.len(), 3);
        assert!(cli.command.is_none());
        let cli = Cli::try_parse_from(["brief", "check", "a.txt"]).expect("check");
        assert!(matches!(cli.command, Some(Command::Check { .. })));
    }
}
