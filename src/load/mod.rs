//! Loading: a path (YAML briefing, plain-text or Markdown article) → `Briefing`.
//!
//! Every format goes through the same steps: read at most `MAX_FILE_BYTES`, refuse
//! binary and empty files, sanitise the text (`sanitize`), then parse. Problems carry
//! the position in the file as the user's editor shows it.

use std::io::{Read, Seek};
use std::path::Path;

use serde::Deserialize;

use crate::model::{Briefing, Entity};

pub(crate) mod article;
pub(crate) mod field;
mod markdown;
mod problem;
mod read;
pub(crate) mod sanitize;
pub mod spans;
mod start;
mod text;
mod validate;
mod walk;
mod yaml;

pub(crate) use field::Field;
pub use problem::Problem;
pub(crate) use problem::report;
pub(crate) use sanitize::{Sanitized, is_forbidden};
pub(crate) use spans::Spans;
pub(crate) use start::{Start, load_start};
pub(crate) use walk::{NOTHING_FOUND, walk};

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A NUL byte this early means a binary file, not text with a stray control character.
const BINARY_SNIFF_BYTES: usize = 8 * 1024;

/// A loaded briefing and what sanitising had to change (control sequences removed,
/// invalid UTF-8 replaced): `check` reports those, the reader shows the clean text.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub briefing: Briefing,
    pub warnings: Vec<Problem>,
}

/// The formats brief reads, chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Yaml,
    Text,
    Markdown,
}

impl Format {
    /// `.yaml`/`.yml`, `.md`/`.markdown`, `.txt` or no extension; `None` otherwise.
    fn of(path: &Path) -> Option<Format> {
        let ext = match path.extension() {
            None => return Some(Format::Text),
            Some(e) => e.to_string_lossy().to_ascii_lowercase(),
        };
        match ext.as_str() {
            "yaml" | "yml" => Some(Format::Yaml),
            "md" | "markdown" => Some(Format::Markdown),
            "txt" | "text" => Some(Format::Text),
            _ => None,
        }
    }
}

/// Load a briefing or an article, choosing the format by extension.
pub fn load_path(path: &Path) -> Result<Loaded, Vec<Problem>> {
    let bytes = read_capped(path).map_err(|p| vec![p])?;
    load_vec(path, bytes)
}

/// Load from bytes already read; `path` names the file in messages and chooses the
/// format. Tests and fuzzing come in here.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Result<Loaded, Vec<Problem>> {
    load_vec(path, bytes.to_vec())
}

/// Load from bytes read, taking their buffer: clean UTF-8 becomes the text in place.
fn load_vec(path: &Path, bytes: Vec<u8>) -> Result<Loaded, Vec<Problem>> {
    let Some(format) = Format::of(path) else {
        return Err(vec![Problem::file(
            path,
            format!(
                "unsupported file type `.{}`: expected .yaml, .yml, .txt, .md or no extension",
                path.extension().unwrap_or_default().to_string_lossy()
            ),
        )]);
    };
    let clean = prepare(path, bytes)?;
    let parsed = match format {
        Format::Yaml => yaml_briefing(path, &clean),
        Format::Text => article(path, text::parse(&clean.text).into_briefing(path)),
        Format::Markdown => article(path, markdown::parse(&clean.text).into_briefing(path)),
    };
    let mut problems = change_warnings(path, &clean);
    let result = match parsed {
        Ok((briefing, more)) => {
            problems.extend(more);
            Ok(briefing)
        }
        Err(more) => {
            problems.extend(more);
            Err(())
        }
    };
    sort(&mut problems);
    match result {
        Ok(briefing) => Ok(Loaded {
            briefing,
            warnings: problems,
        }),
        Err(()) => Err(problems),
    }
}

/// An entities file (`--entities`, the gazetteer): a mapping with one key,
/// `entities`, holding a list in the schema of a briefing's entities; and where its
/// fields are, for the checks that span files (affiliations).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EntitiesFile {
    pub(crate) entities: Vec<Entity>,
    #[serde(skip)]
    pub(crate) spans: Spans,
}

/// Parse an entities file from its text and check it as a briefing's entities are,
/// bar affiliations (they may name entities of another file). Ok: the file parsed, with
/// its problems (sanitising warnings count: an entities file is curated, not an
/// article to read anyway); Err: it did not parse.
pub(crate) fn parse_yaml_entities(
    path: &Path,
    text: &str,
) -> Result<(EntitiesFile, Vec<Problem>), Vec<Problem>> {
    entities_from_bytes(path, text.as_bytes().to_vec())
}

/// `parse_yaml_entities` for the file at `path` (`--entities FILE`), with the size cap,
/// binary and empty checks of a briefing.
pub(crate) fn load_entities(path: &Path) -> Result<(EntitiesFile, Vec<Problem>), Vec<Problem>> {
    let bytes = read_capped(path).map_err(|p| vec![p])?;
    entities_from_bytes(path, bytes)
}

fn entities_from_bytes(
    path: &Path,
    bytes: Vec<u8>,
) -> Result<(EntitiesFile, Vec<Problem>), Vec<Problem>> {
    let clean = prepare(path, bytes)?;
    let (mut file, spans): (EntitiesFile, Spans) = yaml::parse(path, &clean)?;
    let mut problems = change_warnings(path, &clean);
    let warnings = field_warnings(validate::scrub_entities(&mut file.entities), &clean);
    let issues = validate::entities_file(&file.entities, &spans);
    problems.extend(locate(path, &spans, warnings.into_iter().chain(issues)));
    sort(&mut problems);
    file.spans = spans;
    Ok((file, problems))
}

/// Read a file, refusing directories, anything that is not a regular file, and
/// anything over the cap without reading it all.
fn read_capped(path: &Path) -> Result<Vec<u8>, Problem> {
    let (file, len) = open_checked(path)?;
    read_rest(path, file, len)
}

/// Open a file to read, refusing directories, anything that is not a regular file,
/// and anything announced over the cap; with its announced length.
fn open_checked(path: &Path) -> Result<(std::fs::File, u64), Problem> {
    let not_regular = |meta: &std::fs::Metadata| {
        Problem::file(
            path,
            format!(
                "not a regular file ({}): expected a briefing or article file",
                file_kind(meta)
            ),
        )
    };
    let file = open_nonblocking(path).map_err(|e| match std::fs::metadata(path) {
        // A socket cannot be opened at all (ENXIO): say what it is, not errno.
        Ok(meta) if !meta.is_file() && !meta.is_dir() => not_regular(&meta),
        _ => Problem::file(path, io_message(&e)),
    })?;
    let meta = file
        .metadata()
        .map_err(|e| Problem::file(path, io_message(&e)))?;
    if meta.is_dir() {
        return Err(Problem::file(
            path,
            "is a directory: expected a briefing or article file",
        ));
    }
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(path, meta.len()));
    }
    Ok((file, meta.len()))
}

fn too_big(path: &Path, size: u64) -> Problem {
    Problem::file(
        path,
        format!(
            "file is {size} bytes, over the {} MiB limit: expected a briefing or article under {MAX_FILE_BYTES} bytes",
            MAX_FILE_BYTES / (1024 * 1024)
        ),
    )
}

/// The whole of a file opened by `open_checked`, `len` its announced length.
fn read_rest(path: &Path, file: std::fs::File, len: u64) -> Result<Vec<u8>, Problem> {
    // The metadata may lie (a growing file, /proc): never read more than the cap + 1.
    // A large file's announced length is read on two threads, the rest as a stream.
    let expected = usize::try_from(len).unwrap_or(0);
    let mut bytes = read::read_start(&file, expected).unwrap_or_default();
    let mut file = file;
    if !bytes.is_empty() {
        // Only a regular file was read in halves: it can seek (a pipe cannot).
        file.seek(std::io::SeekFrom::Start(bytes.len() as u64))
            .map_err(|e| Problem::file(path, io_message(&e)))?;
    }
    bytes.reserve(expected.saturating_sub(bytes.len()));
    file.take(MAX_FILE_BYTES + 1 - bytes.len() as u64)
        .read_to_end(&mut bytes)
        .map_err(|e| Problem::file(path, io_message(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(path, bytes.len() as u64));
    }
    Ok(bytes)
}

/// Open for reading without ever blocking in `open` itself: a FIFO with no writer
/// blocks a plain `open(2)` forever (`mkfifo f.txt; brief f.txt`), with O_NONBLOCK it
/// opens at once and `read_capped` refuses it by its type. O_NONBLOCK changes nothing
/// for the regular files that are read after.
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// What a path that is not a regular file is, for the message.
fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    let _ = meta;
    "a special file"
}

pub(crate) fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            "no such file: expected an existing briefing or article".into()
        }
        std::io::ErrorKind::PermissionDenied => {
            "permission denied: expected a readable file".into()
        }
        _ => format!("cannot read: {e}"),
    }
}

/// Refuse binary and empty files, then sanitise.
fn prepare(path: &Path, bytes: Vec<u8>) -> Result<Sanitized, Vec<Problem>> {
    let sniff = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
    if let Some(nul) = sniff.iter().position(|&b| b == 0) {
        let before = &bytes[..nul];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        return Err(vec![Problem {
            path: path.to_path_buf(),
            at: Some((line, col)),
            message: "binary file (NUL byte): expected a UTF-8 text briefing or article".into(),
        }]);
    }
    let clean = sanitize::sanitize_vec(bytes);
    if clean.text.trim().is_empty() {
        return Err(vec![Problem {
            path: path.to_path_buf(),
            at: Some((1, 1)),
            message: "empty file: expected a briefing or an article".into(),
        }]);
    }
    Ok(clean)
}

fn change_warnings(path: &Path, clean: &Sanitized) -> Vec<Problem> {
    clean
        .changes
        .iter()
        .map(|&(kind, line, col)| Problem {
            path: path.to_path_buf(),
            at: Some((line, col)),
            message: kind.message().to_owned(),
        })
        .collect()
}

/// Field changes whose kind the raw text did not already show, as issues.
fn field_warnings(
    changed: Vec<(Field, sanitize::Change)>,
    clean: &Sanitized,
) -> Vec<validate::Issue> {
    changed
        .into_iter()
        .filter(|(_, kind)| !clean.changes.iter().any(|c| c.0 == *kind))
        .map(|(field, kind)| validate::Issue {
            field,
            message: kind.message().to_owned(),
        })
        .collect()
}

/// Parse, scrub and validate a YAML briefing. Ok holds the field warnings.
fn yaml_briefing(path: &Path, clean: &Sanitized) -> Result<(Briefing, Vec<Problem>), Vec<Problem>> {
    let (mut briefing, spans): (Briefing, Spans) = yaml::parse(path, clean)?;
    let warnings = field_warnings(validate::scrub(&mut briefing), clean);
    let issues = validate::briefing(&briefing, &spans);
    let has_errors = !issues.is_empty();
    let problems = locate(path, &spans, warnings.into_iter().chain(issues));
    if has_errors {
        Err(problems)
    } else {
        Ok((briefing, problems))
    }
}

/// Issues as problems, at their field's position: the nearest enclosing value's when
/// the text lacks the field (a value an alias brought in), unknown when the walk never
/// reached it.
fn locate(
    path: &Path,
    spans: &Spans,
    issues: impl Iterator<Item = validate::Issue>,
) -> Vec<Problem> {
    issues
        .map(|issue| Problem {
            path: path.to_path_buf(),
            at: spans.nearest(issue.field),
            message: issue.message,
        })
        .collect()
}

/// An article must yield at least one section.
fn article(path: &Path, b: Briefing) -> Result<(Briefing, Vec<Problem>), Vec<Problem>> {
    if b.sections.is_empty() {
        return Err(vec![Problem {
            path: path.to_path_buf(),
            at: Some((1, 1)),
            message: "no paragraphs: expected an article with at least one paragraph of text"
                .into(),
        }]);
    }
    Ok((b, Vec::new()))
}

fn sort(problems: &mut [Problem]) {
    problems.sort_by_key(|p| p.at.unwrap_or((0, 0)));
}

#[cfg(test)]
mod tests;
