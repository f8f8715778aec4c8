//! `Problem`: what is wrong with a file and where, and the one place problems become
//! text (every command prints them through `report`).

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// One problem with one file, printed as `path:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    /// 1-based line and column; `None` for problems with the file as a whole (it does
    /// not exist, it is a directory) and for positions that could not be found.
    pub at: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match self.at {
            Some((line, column)) => write!(f, "{path}:{line}:{column}: {}", self.message),
            None => write!(f, "{path}: {}", self.message),
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
/// loads anyway). A closed pipe stops the writing quietly.
pub fn report(out: &mut impl Write, prefix: &str, problems: &[Problem]) {
    let written: io::Result<()> = problems
        .iter()
        .try_for_each(|p| writeln!(out, "{prefix}{p}"))
        .and_then(|()| out.flush());
    // Nothing to tell: the messages were for that output.
    drop(written);
}
