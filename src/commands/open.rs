//! `brief [PATH]`: open a briefing, an article or a directory of them in the reader.
//! Everything is loaded and checked before the terminal is touched, so a bad file
//! gives a plain error on stderr and exit code 1. Analysis is not waited for: the
//! reader shows the text at once and an `Analyst` runs it in the background.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use super::out;
use crate::app::{Analyst, Config, Entry, State};
use crate::entities::Gazetteer;
use crate::load::{Problem, Start, load_bytes, load_path, load_start};
use crate::model::{Briefing, Doc};

/// The seed briefing, compiled in so an installed brief shows something anywhere.
pub const SEED_YAML: &str = include_str!("../../briefings/russie-kazakhstan.fr.yaml");

/// What a path opens: one briefing, or a list to pick from.
#[derive(Debug, Clone)]
pub enum Opened {
    One(Arc<Doc>),
    Many(Vec<Entry>),
}

impl Opened {
    /// The reader's initial state.
    pub fn into_state(self, config: Config) -> State {
        match self {
            Opened::One(doc) => State::reader(doc, config),
            Opened::Many(entries) => State::picker(entries, config),
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

/// A briefing loaded from `path`, its analysis to come, with its origin: the reader
/// remembers it across runs and reloads it when it changes.
fn doc_from(path: &Path, briefing: Briefing) -> Arc<Doc> {
    let doc = Doc::pending(briefing);
    Arc::new(match crate::memory::Origin::of(path) {
        Some(origin) => doc.with_origin(origin),
        None => doc,
    })
}

/// Load what `path` names: `None` is ./briefings when it exists, else the seed. Ok
/// holds the file's warnings (what sanitising changed) beside what opens.
pub fn open(path: Option<&Path>) -> Result<(Opened, Vec<Problem>), Vec<Problem>> {
    let path = match path {
        Some(p) => p.to_path_buf(),
        None if Path::new("briefings").is_dir() => PathBuf::from("briefings"),
        None => return Ok((Opened::One(doc(seed_briefing()?)), Vec::new())),
    };
    if path.is_dir() {
        return Ok((directory(&path)?, Vec::new()));
    }
    // A large article opens on its start; its whole follows in the background.
    let (doc, warnings) = match load_start(&path)? {
        Start::Whole(loaded) => (doc_from(&path, loaded.briefing), loaded.warnings),
        // Its origin (the whole file's hash, which memory keys on) comes with the whole.
        Start::Head(start) => (Arc::new(Doc::head(start.briefing, &path)), start.warnings),
    };
    Ok((Opened::One(doc), warnings))
}

/// Every briefing and article under `dir`, as `brief check` walks it (sub-directories
/// included, extensions in any case, hidden entries skipped), labelled by their path
/// inside `dir`; files that fail to load stay in the list with their first problem,
/// so the others remain openable.
fn directory(dir: &Path) -> Result<Opened, Vec<Problem>> {
    let problem = |message: String| {
        vec![Problem {
            path: dir.to_path_buf(),
            at: None,
            message,
        }]
    };
    let paths = super::check::walk(dir).map_err(|p| vec![p])?;
    if paths.is_empty() {
        return Err(problem(super::check::NOTHING_FOUND.into()));
    }
    let entries = paths
        .iter()
        .map(|p| Entry {
            label: p
                .strip_prefix(dir)
                .unwrap_or(p)
                .to_string_lossy()
                .into_owned(),
            doc: load_path(p)
                .map(|l| doc_from(p, l.briefing))
                .map_err(|problems| {
                    problems
                        .first()
                        .map_or_else(|| "cannot load".into(), |p| p.message.clone())
                }),
        })
        .collect::<Vec<Entry>>();
    // A directory of one briefing opens it: a list of one is a step for nothing.
    if let [Entry { doc: Ok(doc), .. }] = entries.as_slice() {
        return Ok(Opened::One(doc.clone()));
    }
    Ok(Opened::Many(entries))
}

/// Load as `open` does, with the gazetteer the analysis will use (`--entities` files
/// included, checked now), printing the problems on standard error: `Err` when a file
/// does not open (exit 1), its warnings before opening it anyway.
pub fn open_reporting(
    path: Option<&Path>,
    entities: &[PathBuf],
) -> Result<(Opened, Analyst), ExitCode> {
    // The user's entity files are checked now; the built-in gazetteer is left to the
    // analysis, which decodes it in the background.
    let opened = Gazetteer::load_user(entities).and_then(|g| Ok((open(path)?, g)));
    match opened {
        Ok(((opened, warnings), user)) => {
            out::problems("warning: ", &warnings);
            Ok((opened, Analyst::new(user.into())))
        }
        Err(problems) => {
            out::problems("", &problems);
            Err(ExitCode::from(1))
        }
    }
}

/// Run the interactive reader.
pub fn run(path: Option<&Path>, config: Config, entities: &[PathBuf]) -> ExitCode {
    let (opened, analyst) = match open_reporting(path, entities) {
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
