//! `brief [PATH…]`: open a briefing or an article in the reader, or a library of them.
//! Everything is loaded and checked before the terminal is touched, so a bad file
//! gives a plain error on stderr and exit code 1. Analysis is not waited for: the
//! reader shows the text at once and an `Analyst` runs it in the background.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use super::out;
use crate::app::{Analyst, Config, Library, State};
use crate::entities::Gazetteer;
use crate::library::{INDEX_FILE, Plan, Scan, default_roots, read_index, recall_all, scan};
use crate::load::{Problem, Start, load_bytes, load_path, load_start};
use crate::model::{Briefing, Doc};
use crate::places;

/// The seed briefing, compiled in so an installed brief shows something anywhere.
const SEED_YAML: &str = include_str!("../../briefings/russie-kazakhstan.fr.yaml");

/// What the command line opens: one briefing, or a library.
#[derive(Debug, Clone)]
pub(crate) enum Opened {
    One(Arc<Doc>),
    Library(Library),
}

impl Opened {
    /// The reader's initial state.
    pub(crate) fn into_state(self, config: Config) -> State {
        match self {
            Opened::One(doc) => State::reader(doc, config),
            Opened::Library(library) => State::library(library, config),
        }
    }
}

/// What `open` found: what opens, the library's work still to do, and warnings (what
/// sanitising changed, library directories that are missing).
#[derive(Debug)]
struct Opening {
    opened: Opened,
    plan: Option<Plan>,
    warnings: Vec<Problem>,
}

impl Opening {
    fn one(doc: Arc<Doc>, warnings: Vec<Problem>) -> Opening {
        Opening {
            opened: Opened::One(doc),
            plan: None,
            warnings,
        }
    }
}

/// The seed briefing compiled into the binary, loaded (and checked) as its file is.
pub fn seed_briefing() -> Result<Briefing, Vec<Problem>> {
    let path = Path::new("briefings/russie-kazakhstan.fr.yaml");
    load_bytes(path, SEED_YAML.as_bytes()).map(|loaded| loaded.briefing)
}

/// A loaded briefing, its analysis to come.
fn doc(briefing: Briefing) -> Arc<Doc> {
    Arc::new(Doc::pending(briefing))
}

/// A briefing loaded from `path`: remembered and watched (`Doc::from_file`).
fn doc_from(path: &Path, briefing: Briefing) -> Arc<Doc> {
    Arc::new(Doc::from_file(path, briefing))
}

/// Open what the command line names. One file opens in the reader; anything else is a
/// library: the `paths` given (else ./briefings), the config file's `library`
/// directories and the data directory. A library of one briefing that loads opens it;
/// with no path and no briefing anywhere, the seed opens.
fn open(paths: &[PathBuf], library: &[PathBuf]) -> Result<Opening, Vec<Problem>> {
    if let [path] = paths
        && !path.is_dir()
    {
        // A large article opens on its start; its whole follows in the background,
        // with its origin (the whole file's hash, which memory keys on).
        return Ok(
            match load_start(path).map_err(|p| with_suggestion(path, p))? {
                Start::Whole(loaded) => {
                    Opening::one(doc_from(path, loaded.briefing), loaded.warnings)
                }
                Start::Head(start) => {
                    Opening::one(Arc::new(Doc::head(start.briefing, path)), start.warnings)
                }
            },
        );
    }
    let roots = default_roots(paths, library, places::data_briefings());
    let Scan {
        mut items,
        warnings,
    } = scan(&roots)?;
    if items.is_empty() {
        return Ok(Opening::one(doc(seed_briefing()?), warnings));
    }
    if let [item] = items.as_slice()
        && let Ok(loaded) = load_path(&item.path)
    {
        return Ok(Opening::one(
            doc_from(&item.path, loaded.briefing),
            loaded.warnings,
        ));
    }
    let index_path = places::state_dir().map(|d| d.join(INDEX_FILE));
    let index = index_path.as_deref().map(read_index).unwrap_or_default();
    let plan = Plan::new(&mut items, index, index_path);
    recall_all(&mut items);
    let mut library = Library::new(items);
    library.message = warnings.first().map(ToString::to_string);
    Ok(Opening {
        opened: Opened::Library(library),
        plan: (!plan.is_done()).then_some(plan),
        warnings,
    })
}

/// A missing file named like a subcommand was most likely a typo of one (`brief
/// chekc a.yaml`): the problem says which.
fn with_suggestion(path: &Path, mut problems: Vec<Problem>) -> Vec<Problem> {
    let word = path.to_string_lossy();
    if !path.exists()
        && let Some(name) = crate::cli::subcommand_like(&word)
        && let Some(first) = problems.first_mut()
    {
        first.message = format!("no such file, nor a subcommand: did you mean `brief {name}`?");
    }
    problems
}

/// Load as `open` does, with the gazetteer the analysis will use (`--entities` files
/// included, checked now), printing the problems on standard error: `Err` when a file
/// does not open (exit 1), its warnings before opening it anyway.
pub(crate) fn open_reporting(
    paths: &[PathBuf],
    library: &[PathBuf],
    entities: &[PathBuf],
) -> Result<(Opened, Analyst), ExitCode> {
    // The user's entity files are checked now; the built-in gazetteer is left to the
    // analysis, which decodes it in the background.
    let opened = Gazetteer::load_user(entities).and_then(|g| Ok((open(paths, library)?, g)));
    match opened {
        Ok((opening, user)) => {
            out::problems("warning: ", &opening.warnings);
            let mut analyst = Analyst::new(user.into());
            if let Some(plan) = opening.plan {
                analyst = analyst.with_library(plan);
            }
            Ok((opening.opened, analyst))
        }
        Err(problems) => {
            out::problems("", &problems);
            Err(ExitCode::from(1))
        }
    }
}

/// Run the interactive reader.
pub fn run(paths: &[PathBuf], config: Config, entities: &[PathBuf]) -> ExitCode {
    let (opened, analyst) = match open_reporting(paths, &config.library, entities) {
        Ok(o) => o,
        Err(code) => return code,
    };
    if !out::stdout_is_terminal() {
        out::message(
            "brief: standard output is not a terminal; use `brief render PATH` to print the \
             screen as text, or `brief export PATH` for the data",
        );
        return ExitCode::from(2);
    }
    match crate::tui::run(opened.into_state(config), analyst) {
        Ok(crate::tui::Exit::Quit) => ExitCode::SUCCESS,
        Ok(crate::tui::Exit::Signal(signal)) => crate::tui::die_of(signal),
        Err(e) => {
            out::message(format_args!("brief: terminal error: {e}"));
            ExitCode::from(1)
        }
    }
}
