//! `brief check`: load every file named (directories walked, sorted) and print each
//! problem as `path:line:column: message`. Sanitising warnings count as problems: a
//! file that needed cleaning is not a clean file. A briefing that loads is then held
//! to what the reader relies on: relation evidence that points at real sentences and
//! aliases the matcher can use (the checks `--entities` files get).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::entities::{entity_positions, validate_aliases};
use crate::load::{self, Format, Problem, locate};
use crate::model::Briefing;
use crate::relations::validate_evidence;

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
            Ok(loaded) => {
                let mut found = loaded.warnings;
                if Format::of(file) == Some(Format::Yaml) {
                    found.extend(deep_problems(file, &loaded.briefing));
                }
                found
            }
            Err(problems) => problems,
        };
        if !found.is_empty() {
            problems.push(found);
        }
    }
    let mut out = std::io::stdout().lock();
    for p in problems.iter().flatten() {
        // A closed pipe (`brief check … | head`) is not an error worth a panic.
        if writeln!(out, "{p}").is_err() {
            break;
        }
    }
    let _ = out.flush();
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

/// The checks `load` leaves to the relations and entities modules, located in the
/// file: a sentence index out of range, a cue not in its sentence, a relation declared
/// twice; an alias of one letter or claimed by two entities. Articles have no declared
/// relations or curated aliases, so only briefings (YAML) come here.
pub fn deep_problems(path: &Path, briefing: &Briefing) -> Vec<Problem> {
    let issues = validate_evidence(briefing);
    // The file loaded a moment ago; if it vanished since, the positions fall back to 1:1.
    let text = load::read_capped(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let mut problems: Vec<Problem> = Vec::new();
    if !issues.is_empty() {
        let paths: Vec<Vec<String>> = issues.iter().map(|(p, _)| p.clone()).collect();
        let found = locate::positions(&text, &paths);
        problems.extend(
            issues
                .into_iter()
                .zip(found)
                .map(|((_, message), at)| Problem {
                    path: path.to_path_buf(),
                    at: Some(at.map_or((1, 1), |(pos, _)| pos)),
                    message,
                }),
        );
    }
    let mut positions = entity_positions(&text);
    positions.resize(briefing.entities.len(), Default::default());
    problems.extend(validate_aliases(path, &briefing.entities, &positions));
    problems.sort_by_key(|p| p.at);
    problems
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
