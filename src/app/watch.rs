//! Reload on change: the file read is watched, and when it changes on disk it is
//! loaded again on the watcher's thread and handed to `update` as `Msg::Reloaded`.
//!
//! The file's directory is watched, not the file: editors save by writing a new file
//! and renaming it over the old one, which a watch on the old file's inode misses.
//! Events are debounced (`DEBOUNCE`): one save is several events (create, write,
//! rename, chmod), and a half-written file must not be loaded in between.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

use super::action::Msg;
use super::state::State;
use crate::memory::ContentHash;

/// Quiet time after the last event before the file is read: longer than an editor's
/// save takes, short enough to feel immediate.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// The watch on the file read, if any.
#[derive(Default)]
pub(crate) struct Watch {
    watched: Option<(PathBuf, Debouncer<RecommendedWatcher>)>,
    news: Option<Receiver<Msg>>,
    /// The hash of the version last loaded: an event that changed nothing (a `touch`,
    /// an editor saving the same bytes) reloads nothing.
    last: Option<ContentHash>,
}

impl Watch {
    /// Watch the file the reader shows (and stop watching any other).
    pub(crate) fn sync(&mut self, state: &State) {
        let origin = state.reader.as_ref().and_then(|r| r.doc().origin.clone());
        let wanted = origin.as_ref().map(|o| o.path.clone());
        if self.watched.as_ref().map(|(p, _)| p) == wanted.as_ref() {
            return;
        }
        self.watched = None;
        self.news = None;
        let Some(origin) = origin else {
            return;
        };
        self.last = Some(origin.hash);
        let (tx, rx) = mpsc::channel();
        let path = origin.path.clone();
        let mut last = origin.hash;
        let handler = move |events: DebounceEventResult| {
            let ours = events
                .map(|es| es.iter().any(|e| same_file(&e.path, &path)))
                .unwrap_or(false);
            if !ours {
                return;
            }
            let Some(msg) = reload(&path, &mut last) else {
                return;
            };
            let _ = tx.send(msg);
        };
        let Ok(mut debouncer) = new_debouncer(DEBOUNCE, handler) else {
            return;
        };
        let dir = origin
            .path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if debouncer
            .watcher()
            .watch(dir, RecursiveMode::NonRecursive)
            .is_ok()
        {
            self.watched = Some((origin.path.clone(), debouncer));
            self.news = Some(rx);
        }
    }

    /// A reload ready for `update`, if one came.
    pub(crate) fn poll(&mut self) -> Option<Msg> {
        self.news.as_ref()?.try_recv().ok()
    }
}

/// Does the event's `path` name the file watched (the directory was watched)?
fn same_file(event: &Path, watched: &Path) -> bool {
    event.file_name() == watched.file_name()
}

/// Load `path` again, unless its bytes are those loaded last.
fn reload(path: &Path, last: &mut ContentHash) -> Option<Msg> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        // Between an editor's delete and its rename the file is briefly gone: the
        // rename's own event follows.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            let why = format!(
                "{}: {e}",
                crate::text::terminal::line(&path.to_string_lossy())
            );
            return Some(Msg::Reloaded(Box::new(Err(why))));
        }
    };
    let hash = ContentHash::of(&bytes);
    if hash == *last {
        return None;
    }
    *last = hash;
    let result = crate::load::load_bytes(path, &bytes)
        .map(|loaded| (loaded.briefing, hash))
        .map_err(|problems| match problems.first() {
            Some(p) => p.to_string(),
            None => "does not load".into(),
        });
    Some(Msg::Reloaded(Box::new(result)))
}
