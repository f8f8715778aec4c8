//! Memory across runs: per briefing, where reading was, what was read, when it was last
//! opened, and the reader's marks and notes, kept under `places::state_dir()`:
//!
//! ```text
//! $XDG_STATE_HOME/brief/memory/
//!   index.json        one summary per briefing (path, hash, progress, last opened)
//!   <id>.json         one record per briefing (`Record`): the notes live here
//!   lock              taken while a record and the index are rewritten
//! ```
//!
//! A briefing is found by its path, else by its content hash (a moved or renamed file
//! keeps its memory; a copy whose original is still in place starts afresh). Records
//! are the truth; the index is derived from them and rebuilt when it is unreadable.
//!
//! Users' notes are sacred: every file is written whole or not at all
//! (`files::write_file`), under a lock, after re-reading what is on disk and merging
//! it (`Record::merge`), so two brief processes on one briefing both keep their notes.
//! A file that cannot be read, or of a later version, is moved aside (renamed with a
//! `.corrupt-TIME` or `.vN-TIME` suffix) and the reader is told: never a crash, never
//! silently discarded.

mod hash;
mod record;
mod store;

pub(crate) use hash::ContentHash;
pub(crate) use record::{Pin, Place, Record, section_index};
pub(crate) use store::Memory;

/// Where a briefing was read from: the file and the hash of the bytes read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Origin {
    pub(crate) path: std::path::PathBuf,
    pub(crate) hash: ContentHash,
}

impl Origin {
    /// The origin of the file at `path`, read again to hash it (`None`: unreadable).
    pub(crate) fn of(path: &std::path::Path) -> Option<Origin> {
        Some(Origin {
            path: path.to_path_buf(),
            hash: ContentHash::of_file(path).ok()?,
        })
    }
}

/// Seconds since the Unix epoch, now.
pub(crate) fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// A new id for a mark or note, unique across processes: the time in nanoseconds, the
/// process id and a counter.
pub(crate) fn new_id() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{nanos:x}-{:x}-{n:x}", std::process::id())
}

#[cfg(test)]
mod tests;
