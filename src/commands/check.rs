//! `brief check`: load every file named (directories walked, sorted) and print each
//! problem as `path:line:column: message`. The checks are the loader's own, so `check`
//! accepts exactly what the reader opens; sanitising warnings count as problems here,
//! since a file that needed cleaning is not a clean file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::load::{self, Format, Problem};

/// Check `paths`; exit 0 when every file is valid, 1 otherwise.
pub fn run(paths: &[PathBuf]) -> ExitCode {
    let mut files = Vec::new();
    let mut problems: Vec<Vec<Problem>> = Vec::new();
    for path in paths {
        if path.is_dir() {
            match walk(path) {
                Ok(found) => files.extend(found),
                Err(p) => problems.push(vec![p]),
            }
        } else {
            files.push(path.clone());
        }
    }
    for file in &files {
        let found = match load::load_path(file) {
            Ok(loaded) => loaded.warnings,
            Err(problems) => problems,
        };
        if !found.is_empty() {
            problems.push(found);
        }
    }
    let mut out = std::io::stdout().lock();
    load::report(&mut out, "", &problems.concat());
    let bad = problems.len();
    let noun = if files.len() == 1 { "file" } else { "files" };
    if bad == 0 {
        eprintln!("checked {} {noun}: all valid", files.len());
        ExitCode::SUCCESS
    } else {
        eprintln!("checked {} {noun}: {bad} with problems", files.len());
        ExitCode::from(1)
    }
}

/// Every file of a format brief reads under `dir`, sorted, hidden entries skipped.
/// Symbolic links to directories are not followed, so a link loop cannot trap the walk.
pub fn walk(dir: &Path) -> Result<Vec<PathBuf>, Problem> {
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
