//! The library: every briefing and article brief can list, with what the list shows of
//! each (title, date, source, language, sections), the entities it names (for the
//! filter), and why a file does not load. Domain code: no terminal.
//!
//! A library opens in three steps, so that thousands of files show at once:
//! `scan` walks the directories and stats each file (no file is read), `index` takes
//! what an earlier run learnt of the files that did not change (size and mtime), and
//! an `Indexer` on a worker thread loads the others (titles first), then finds the
//! entities each names, and writes the index back for the next start.

mod index;
mod indexer;
mod memory;
mod order;
mod scan;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub(crate) use index::{INDEX_FILE, read_index};
pub(crate) use indexer::{Indexer, News, Plan};
pub(crate) use memory::{Memory, day, recall, recall_all};
pub(crate) use order::{Filter, Order, SortKey, sort};
pub use scan::{Root, scan};
pub(crate) use scan::{Scan, default_roots};

/// When a file was last changed, as the index compares it: a file whose size or mtime
/// differs from the index's is read again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Stamp {
    size: u64,
    /// Nanoseconds since the Unix epoch (0 when the platform gives no mtime).
    modified: u64,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        let modified = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        Stamp {
            size: meta.len(),
            modified,
        }
    }
}

/// What the library shows of a briefing that loads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub(crate) title: String,
    pub(crate) date: Option<String>,
    pub(crate) source: Option<String>,
    pub(crate) language: String,
    pub(crate) sections: usize,
}

impl Meta {
    pub(crate) fn of(b: &crate::model::Briefing) -> Meta {
        Meta {
            title: b.title.clone(),
            date: b.date.clone(),
            source: b.source.clone(),
            language: b.language.clone(),
            sections: b.sections.len(),
        }
    }
}

/// What is known of a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Info {
    /// Not read yet: the list shows its file name until the indexer gets to it.
    #[serde(skip)]
    Unread,
    Loaded(Meta),
    /// It does not load: where the first problem is (line, column) and what it is, as
    /// `brief check` has it, and how many more there are.
    Broken {
        at: Option<(usize, usize)>,
        message: String,
        more: usize,
    },
}

impl Info {
    /// Load `path` as the reader would, keeping what the list shows.
    pub fn load(path: &std::path::Path) -> Info {
        match crate::load::load_path(path) {
            Ok(loaded) => Info::Loaded(Meta::of(&loaded.briefing)),
            Err(problems) => Info::broken(&problems),
        }
    }

    /// The first of `problems`, and how many more.
    pub(crate) fn broken(problems: &[crate::load::Problem]) -> Info {
        let first = problems.first();
        Info::Broken {
            at: first.and_then(|p| p.at),
            message: first.map_or_else(|| "cannot load".into(), |p| p.message.clone()),
            more: problems.len().saturating_sub(1),
        }
    }
}

/// One file of the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub path: PathBuf,
    /// The path as the list names it: inside the directory it was found in.
    pub label: String,
    stamp: Stamp,
    pub info: Info,
    /// The entities it names (`None` until indexed), for the filter.
    pub entities: Option<Vec<String>>,
    /// Read progress and last opened, from the reader's memory of it.
    pub memory: Memory,
}

impl Item {
    /// The title, or the file's label while it is unread or broken.
    fn title(&self) -> &str {
        match &self.info {
            Info::Loaded(m) => &m.title,
            _ => &self.label,
        }
    }

    /// Why it does not load, as `brief check` prints it: `path:line:col: message`.
    pub(crate) fn problem(&self) -> Option<String> {
        match &self.info {
            Info::Broken { at, message, .. } => Some(
                crate::load::Problem {
                    path: self.path.clone(),
                    at: *at,
                    message: message.clone(),
                }
                .to_string(),
            ),
            _ => None,
        }
    }

    pub(crate) fn meta(&self) -> Option<&Meta> {
        match &self.info {
            Info::Loaded(m) => Some(m),
            _ => None,
        }
    }

    /// What the filter matches: title, source, file label and the entities named.
    fn haystacks(&self) -> Vec<&str> {
        let mut out = vec![self.title(), self.label.as_str()];
        if let Some(source) = self.meta().and_then(|m| m.source.as_deref()) {
            out.push(source);
        }
        out.extend(self.entities.iter().flatten().map(String::as_str));
        out
    }
}

#[cfg(test)]
pub(crate) mod tests;
