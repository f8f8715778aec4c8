//! The library's index: what earlier runs learnt of each file (its title and the rest,
//! or its problem, and the entities it names), keyed by absolute path and valid while
//! the file's size and mtime are unchanged. It is a cache: one that is missing,
//! unreadable, corrupt or of another version is rebuilt, never an error.
//!
//! JSON in the state directory (`library-index.json`), written whole and atomically
//! (`files::write_file`), so a crash leaves the old index or the new one.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Info, Stamp};

/// The index's file name in the state directory.
pub(crate) const INDEX_FILE: &str = "library-index.json";

/// Bumped whenever what an entry holds changes meaning; an index of any other version
/// is rebuilt (an older brief reading a newer index does the same).
pub(crate) const INDEX_VERSION: u32 = 1;

/// One file as the index knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Entry {
    /// Absolute.
    pub(crate) path: PathBuf,
    pub(crate) stamp: Stamp,
    pub(crate) info: Info,
    /// `None`: not indexed yet.
    #[serde(default)]
    pub(crate) entities: Option<Vec<String>>,
}

#[derive(Debug, Serialize, Deserialize)]
struct File {
    version: u32,
    files: Vec<Entry>,
}

/// Every entry of the index, by path.
#[derive(Debug, Default, Clone)]
pub(crate) struct Index {
    pub(crate) entries: HashMap<PathBuf, Entry>,
}

/// The index at `path`; empty when there is none or it cannot be used (unreadable,
/// not JSON, another version): the indexer then rebuilds it.
pub(crate) fn read_index(path: &Path) -> Index {
    let Ok(bytes) = std::fs::read(path) else {
        return Index::default();
    };
    match serde_json::from_slice::<File>(&bytes) {
        Ok(file) if file.version == INDEX_VERSION => Index {
            entries: file
                .files
                .into_iter()
                .filter(|e| e.info != Info::Unread)
                .map(|e| (e.path.clone(), e))
                .collect(),
        },
        _ => Index::default(),
    }
}

/// Write `entries` as the index at `path` (its directory made if need be). Entries not
/// read yet are left out.
pub(crate) fn write_index(path: &Path, entries: &[Entry]) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let files = entries
        .iter()
        .filter(|e| e.info != Info::Unread)
        .cloned()
        .collect();
    let file = File {
        version: INDEX_VERSION,
        files,
    };
    let bytes = serde_json::to_vec(&file).map_err(io::Error::other)?;
    crate::files::write_file(path, &bytes, true)
}
