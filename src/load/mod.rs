//! Loading: a path (YAML briefing, plain-text or Markdown article) → `Briefing`.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::model::Briefing;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One problem with one file, printed as `path:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    /// 1-based line and column; `None` for problems with the file as a whole
    /// (it does not exist, it is a directory).
    pub at: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some((line, column)) => {
                write!(
                    f,
                    "{}:{line}:{column}: {}",
                    self.path.display(),
                    self.message
                )
            }
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

/// A loaded briefing and what sanitising had to change (control sequences removed,
/// invalid UTF-8 replaced): `check` reports those, the reader shows the clean text.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub briefing: Briefing,
    pub warnings: Vec<Problem>,
}

/// Load a briefing or an article, choosing the format by extension.
pub fn load_path(path: &Path) -> Result<Loaded, Vec<Problem>> {
    Err(vec![Problem {
        path: path.to_path_buf(),
        at: None,
        message: "loading is not implemented yet".into(),
    }])
}
