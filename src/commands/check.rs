//! `brief check`: load every file named (directories walked, sorted) and print each
//! problem as `path:line:column: message`. The checks are the loader's own, so `check`
//! accepts exactly what the reader opens; sanitising warnings count as problems here,
//! since a file that needed cleaning is not a clean file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::out;
use crate::entities::Gazetteer;
use crate::load::{self, NOTHING_FOUND, Problem, walk};

/// Check the `--entities` files, `paths` and the `config` file (`Some(None)`: the
/// one brief reads); exit 0 when every file is valid and at least one briefing, article
/// or config file was found, 1 otherwise. A `.toml` path is checked as a config file.
pub fn run(paths: &[PathBuf], config: Option<Option<&Path>>, entities: &[PathBuf]) -> ExitCode {
    let mut files = Vec::new();
    let mut problems: Vec<Vec<Problem>> = Vec::new();
    let mut configs: Vec<PathBuf> = paths.iter().filter(|p| is_toml(p)).cloned().collect();
    match config {
        Some(Some(p)) => configs.push(p.to_path_buf()),
        Some(None) => match crate::places::config_file() {
            Some(p) if p.exists() => configs.push(p),
            Some(p) => out::message(format_args!(
                "no config file at {}: brief uses the defaults (`brief config --default` prints them)",
                p.display()
            )),
            None => out::message("this platform has no config directory: brief uses the defaults"),
        },
        None => {}
    }
    for path in &configs {
        match crate::config::load(path) {
            Ok(Some(_)) => {}
            Ok(None) => problems.push(vec![Problem::file(path, "no such file")]),
            Err(found) => problems.push(found),
        }
    }
    let paths: Vec<&PathBuf> = paths.iter().filter(|p| !is_toml(p)).collect();
    // The entities files are checked as every command that reads them does.
    if let Err(found) = Gazetteer::load(entities) {
        problems.push(found);
    }
    for path in paths {
        if path.is_dir() {
            match walk(path) {
                Ok(found) if found.is_empty() => {
                    problems.push(vec![Problem::file(path, NOTHING_FOUND)])
                }
                Ok(found) => files.extend(found),
                Err(p) => problems.push(vec![p]),
            }
        } else {
            files.push(path.to_path_buf());
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
    let listed = out::data("check", |w| load::report(w, "", &problems.concat()));
    if let Err(code) = listed {
        return code;
    }
    let bad = problems.len();
    let checked = files.len() + entities.len() + configs.len();
    let noun = if checked == 1 { "file" } else { "files" };
    if checked == 0 && bad == 0 {
        // `--config` alone with no config file: already said, nothing else to check.
        ExitCode::SUCCESS
    } else if bad == 0 {
        out::message(format_args!("checked {checked} {noun}: all valid"));
        ExitCode::SUCCESS
    } else {
        out::message(format_args!(
            "checked {checked} {noun}: {bad} with problems"
        ));
        ExitCode::from(1)
    }
}

/// A config file, by its extension.
fn is_toml(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
}
