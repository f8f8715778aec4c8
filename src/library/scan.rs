//! Which files the library lists: the directories walked as `brief check` walks them,
//! each file stat'ed (never read: that is the indexer's work), duplicates dropped.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::{Info, Item, Memory, Stamp};
use crate::load::{Problem, walk};

/// Where a library looks, and how much a missing place matters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Root {
    /// Named on the command line: it must be there.
    Given(PathBuf),
    /// Listed in the config file: said when missing, not fatal.
    Configured(PathBuf),
    /// `./briefings` and the data directory: used when they exist.
    Default(PathBuf),
}

impl Root {
    fn path(&self) -> &Path {
        match self {
            Root::Given(p) | Root::Configured(p) | Root::Default(p) => p,
        }
    }
}

/// The library's places: the `given` paths (else `./briefings`), the config file's
/// `configured` directories, and `data` (the data directory's briefings).
pub(crate) fn default_roots(
    given: &[PathBuf],
    configured: &[PathBuf],
    data: Option<PathBuf>,
) -> Vec<Root> {
    let mut roots: Vec<Root> = given.iter().cloned().map(Root::Given).collect();
    if given.is_empty() {
        roots.push(Root::Default(PathBuf::from("briefings")));
    }
    roots.extend(configured.iter().cloned().map(Root::Configured));
    roots.extend(data.map(Root::Default));
    roots
}

/// What a scan found: the files, in the order of their places (each place sorted as
/// `walk` sorts it), and the problems with places that are not fatal.
#[derive(Debug, Default)]
pub struct Scan {
    pub items: Vec<Item>,
    pub(crate) warnings: Vec<Problem>,
}

/// List the files of `roots`. A given path that is missing or unreadable is an error
/// (the command line named it); a configured one is a warning; a default one is
/// skipped. A place reached twice (the data directory also given, a link) is listed once.
pub fn scan(roots: &[Root]) -> Result<Scan, Vec<Problem>> {
    let mut out = Scan::default();
    let mut errors = Vec::new();
    let mut places = HashSet::new();
    let mut seen = HashSet::new();
    for root in roots {
        let path = root.path();
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                let problem = Problem {
                    path: path.to_path_buf(),
                    at: None,
                    message: crate::load::io_message(&e),
                };
                match root {
                    Root::Given(_) => errors.push(problem),
                    Root::Configured(_) => out.warnings.push(problem),
                    Root::Default(_) => {}
                }
                continue;
            }
        };
        // The same place twice (./briefings is the data directory, a link to it).
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if !places.insert(canonical) {
            continue;
        }
        if !meta.is_dir() {
            let label = path.to_string_lossy().into_owned();
            push(&mut out.items, &mut seen, path.to_path_buf(), label, &meta);
            continue;
        }
        match walk(path) {
            // A directory named on the command line without a briefing in it is most
            // likely the wrong one, as `brief check` says.
            Ok(files) if files.is_empty() && matches!(root, Root::Given(_)) => {
                errors.push(Problem {
                    path: path.to_path_buf(),
                    at: None,
                    message: crate::load::NOTHING_FOUND.into(),
                });
            }
            Ok(files) => {
                for file in files {
                    let Ok(meta) = std::fs::metadata(&file) else {
                        continue;
                    };
                    let label = file
                        .strip_prefix(path)
                        .unwrap_or(&file)
                        .to_string_lossy()
                        .into_owned();
                    push(&mut out.items, &mut seen, file, label, &meta);
                }
            }
            Err(problem) => match root {
                Root::Given(_) => errors.push(problem),
                _ => out.warnings.push(problem),
            },
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Add `path` unless it is listed already.
fn push(
    items: &mut Vec<Item>,
    seen: &mut HashSet<PathBuf>,
    path: PathBuf,
    label: String,
    meta: &std::fs::Metadata,
) {
    let key = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
    if !seen.insert(key) {
        return;
    }
    items.push(Item {
        path,
        label,
        stamp: Stamp::of(meta),
        info: Info::Unread,
        entities: None,
        memory: Memory::default(),
    });
}
