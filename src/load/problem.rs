//! `Problem`: what is wrong with a file and where, and the one place problems become
//! text (every command prints them through `report`).

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::text::terminal;

/// One problem with one file, printed as `path:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub(crate) path: PathBuf,
    /// 1-based line and column; `None` for problems with the file as a whole (it does
    /// not exist, it is a directory) and for positions that could not be found.
    pub at: Option<(usize, usize)>,
    pub message: String,
}

/// Always one safe line: the path and the message may hold anything a file name or a
/// parser's echo of a YAML value holds (a newline, an ESC), shown escaped
/// (`text::terminal::line`), so one problem stays one `path:line:col` record.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.to_string_lossy();
        let path = terminal::line(&path);
        let message = terminal::line(&self.message);
        match self.at {
            Some((line, column)) => write!(f, "{path}:{line}:{column}: {message}"),
            None => write!(f, "{path}: {message}"),
        }
    }
}

impl Problem {
    pub(crate) fn file(path: &Path, message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_path_buf(),
            at: None,
            message: message.into(),
        }
    }
}

/// Write `problems`, one a line, each after `prefix` (`"warning: "` for a file that
/// loads anyway). The caller decides what a failed write means (`commands::out`).
pub(crate) fn report(out: &mut dyn Write, prefix: &str, problems: &[Problem]) -> io::Result<()> {
    problems
        .iter()
        .try_for_each(|p| writeln!(out, "{prefix}{p}"))
        .and_then(|()| out.flush())
}
