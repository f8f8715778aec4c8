//! The config file, `config.toml` in brief's config directory
//! (`$XDG_CONFIG_HOME/brief/`, `~/Library/Application Support/brief/` on macOS,
//! `%APPDATA%\brief\` on Windows): key bindings, theme, mouse, ASCII mode, and the
//! library's directories and clipboard switch. Read once at start-up and passed in;
//! a file with any problem is reported `path:line:col: message` (as `brief check`
//! reports a briefing) and brief runs on the defaults instead.

mod keys;
mod template;
mod theme;

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

pub(crate) use keys::RawKeys;
pub(crate) use template::default_toml;
pub(crate) use theme::{ThemeName, ThemeSpec};

use crate::app::keymap::Keys;
use crate::load::Problem;

/// A config file larger than this is not a config file.
const MAX_BYTES: u64 = 1 << 20;

/// Every setting, after validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Mouse reporting from the start (`--mouse` turns it on too).
    pub(crate) mouse: bool,
    /// ASCII-only glyphs in the relationship pane.
    pub(crate) ascii: bool,
    pub(crate) theme: ThemeSpec,
    /// The key table with the file's rebindings applied.
    pub(crate) keys: Keys,
    /// Directories the library lists briefings from (the workspace's library).
    pub(crate) library: Vec<PathBuf>,
    /// Copying quotes to the clipboard (OSC 52) is allowed.
    pub(crate) clipboard: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            mouse: false,
            ascii: false,
            theme: ThemeSpec::default(),
            keys: Keys::default(),
            library: Vec::new(),
            clipboard: true,
        }
    }
}

/// Read the config file at `path`: `Ok(None)` when there is none (the defaults apply
/// silently), the problems when it cannot be used.
pub(crate) fn load(path: &Path) -> Result<Option<Settings>, Vec<Problem>> {
    let problem = |message: String| vec![Problem::file(path, message)];
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(problem(format!("cannot read: {e}"))),
    };
    if !meta.is_file() {
        return Err(problem("not a file".into()));
    }
    if meta.len() > MAX_BYTES {
        return Err(problem(format!(
            "{} bytes: a config file is at most {MAX_BYTES}",
            meta.len()
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| problem(format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        vec![Problem {
            path: path.to_path_buf(),
            at: None,
            message: format!("not UTF-8 (byte {at})"),
        }]
    })?;
    parse(path, &text).map(Some)
}

/// The settings the default config file (or none) gives, with a note on what went
/// wrong when it has problems: brief always starts.
pub fn load_or_default(path: Option<&Path>) -> (Settings, Vec<Problem>) {
    match path.map(load) {
        None | Some(Ok(None)) => (Settings::default(), Vec::new()),
        Some(Ok(Some(settings))) => (settings, Vec::new()),
        Some(Err(problems)) => (Settings::default(), problems),
    }
}

/// A problem at a byte range of the file, before it is turned into line:col.
#[derive(Debug, Clone)]
struct Located {
    span: Range<usize>,
    message: String,
}

impl Located {
    fn new(span: Range<usize>, message: impl Into<String>) -> Located {
        Located {
            span,
            message: message.into(),
        }
    }
}

/// The file as written; every table optional, unknown names refused.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    reader: RawReader,
    #[serde(default)]
    theme: theme::RawTheme,
    #[serde(default)]
    keys: RawKeys,
    #[serde(default)]
    library: RawLibrary,
    #[serde(default)]
    clipboard: RawClipboard,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReader {
    mouse: Option<bool>,
    ascii: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLibrary {
    #[serde(default)]
    directories: Vec<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClipboard {
    enabled: Option<bool>,
}

/// Parse and validate config `text` read from `path`.
fn parse(path: &Path, text: &str) -> Result<Settings, Vec<Problem>> {
    let raw: Raw = toml::from_str(text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        vec![problem_at(
            path,
            text,
            &Located::new(span, e.message().trim()),
        )]
    })?;
    let mut problems = Vec::new();
    let defaults = Settings::default();
    let theme = raw.theme.resolve(&mut problems);
    let keys = raw.keys.resolve(&mut problems);
    let library = raw
        .library
        .directories
        .into_iter()
        .filter_map(|d| directory(d, &mut problems))
        .collect();
    let settings = Settings {
        mouse: raw.reader.mouse.unwrap_or(defaults.mouse),
        ascii: raw.reader.ascii.unwrap_or(defaults.ascii),
        theme,
        keys,
        library,
        clipboard: raw.clipboard.enabled.unwrap_or(defaults.clipboard),
    };
    if problems.is_empty() {
        Ok(settings)
    } else {
        problems.sort_by_key(|p| p.span.start);
        Err(problems.iter().map(|p| problem_at(path, text, p)).collect())
    }
}

/// A library directory: absolute, or `~/…` under the home directory. A relative path
/// would depend on where brief was started, so it is refused.
fn directory(d: Spanned<String>, problems: &mut Vec<Located>) -> Option<PathBuf> {
    let span = d.span();
    let raw = d.into_inner();
    let path = match raw.strip_prefix("~/") {
        Some(rest) => dirs::home_dir().map(|h| h.join(rest)),
        None if raw == "~" => dirs::home_dir(),
        None => Some(PathBuf::from(&raw)),
    };
    match path {
        Some(p) if p.is_absolute() => Some(p),
        Some(_) => {
            problems.push(Located::new(
                span,
                format!("library directory `{raw}` is relative: write it absolute or from ~/"),
            ));
            None
        }
        None => {
            problems.push(Located::new(span, "no home directory to expand ~ in"));
            None
        }
    }
}

/// A located problem as `path:line:col` (line and column 1-based, columns in chars).
fn problem_at(path: &Path, text: &str, p: &Located) -> Problem {
    let at = p.span.start.min(text.len());
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    Problem {
        path: path.to_path_buf(),
        at: Some((line, column)),
        message: p.message.clone(),
    }
}

#[cfg(test)]
mod tests;
