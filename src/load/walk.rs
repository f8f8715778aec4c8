//! Finding the files brief reads under a directory, as `brief check` and the library
//! both walk it.

use std::path::{Path, PathBuf};

use super::{Format, Problem};

/// What a directory without a single briefing or article gets: most likely the wrong
/// folder, which "all valid" would hide.
pub(crate) const NOTHING_FOUND: &str =
    "no briefing (.yaml, .yml) or article (.txt, .md) here or in its sub-directories";

/// Every file of a format brief reads under `dir`, sorted, hidden entries skipped.
/// Symbolic links to directories are not followed, so a link loop cannot trap the walk.
pub(crate) fn walk(dir: &Path) -> Result<Vec<PathBuf>, Problem> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| Problem {
            path: d.clone(),
            at: None,
            message: format!("cannot read directory: {e}"),
        })?;
        let mut subdirs = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                subdirs.push(path);
            } else if path.extension().is_some() && Format::of(&path).is_some() {
                found.push(path);
            }
        }
        subdirs.sort();
        pending.extend(subdirs.into_iter().rev());
    }
    found.sort();
    Ok(found)
}
