//! The library's worker: reads the files the index did not know (titles first, so the
//! list fills in fast), then finds the entities each briefing names, and writes the
//! index for the next start. One detached thread at a lower priority, as an analysis
//! `Job` is; dropping the `Indexer` stops it at the next file. News comes in batches,
//! so that the list is re-sorted a few times a second, not once per file.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use super::index::{Entry, Index, write_index};
use super::{Info, Item};
use crate::analysis::Known;
use crate::entities::{Gazetteer, Options};
use crate::work::Control;

/// What the worker found since the last news.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum News {
    /// Items (by index in the library's list) read: loaded or broken.
    Read(Vec<(usize, Info)>),
    /// The entities items name.
    Named(Vec<(usize, Vec<String>)>),
    /// Every item is read and indexed.
    Done,
}

/// What the worker has to do, made from a scan and the index before the first frame.
#[derive(Debug, Clone, Default)]
pub(crate) struct Plan {
    /// Every item listed, in the list's order, with what the index knew of it.
    entries: Vec<Entry>,
    /// Index entries of files not listed this time (another library), kept if the
    /// file is still there.
    others: Vec<Entry>,
    /// Where to write the index; `None`: nowhere (no state directory).
    index: Option<PathBuf>,
}

impl Plan {
    /// Fill `items` with what `index` knows of them, and plan the rest.
    pub(crate) fn new(items: &mut [Item], mut index: Index, path: Option<PathBuf>) -> Plan {
        let mut entries = Vec::with_capacity(items.len());
        for item in items.iter_mut() {
            let key = std::path::absolute(&item.path).unwrap_or_else(|_| item.path.clone());
            let entry = match index.entries.remove(&key) {
                Some(known) if known.stamp == item.stamp => {
                    item.info = known.info.clone();
                    item.entities = known.entities.clone();
                    known
                }
                _ => Entry {
                    path: key,
                    stamp: item.stamp,
                    info: Info::Unread,
                    entities: None,
                },
            };
            entries.push(entry);
        }
        Plan {
            entries,
            others: index.entries.into_values().collect(),
            index: path,
        }
    }

    /// Whether the worker has anything to read or index.
    pub(crate) fn is_done(&self) -> bool {
        self.entries.iter().all(|e| !needs_entities(e))
    }
}

fn needs_entities(e: &Entry) -> bool {
    match e.info {
        Info::Unread => true,
        Info::Loaded(_) => e.entities.is_none(),
        Info::Broken { .. } => false,
    }
}

/// The library's worker, running.
#[derive(Debug)]
pub(crate) struct Indexer {
    news: Receiver<News>,
    control: Arc<Control>,
}

/// How often news is sent while the worker runs.
const BATCH: Duration = Duration::from_millis(100);

/// How often the index is written while entities are found: a quit after a minute of
/// indexing keeps that minute's work.
const SAVE_EVERY: Duration = Duration::from_secs(5);

impl Indexer {
    /// Start the work of `plan` on a thread; entities are recognised with `known`.
    pub(crate) fn start(plan: Plan, known: Known) -> Indexer {
        let control = Arc::new(Control::new());
        let (send, news) = channel();
        let work = {
            let control = control.clone();
            move || {
                crate::work::yield_to_the_reader();
                run(plan, known, &control, &send);
            }
        };
        let _ = std::thread::Builder::new()
            .name("library".into())
            .spawn(work);
        Indexer { news, control }
    }

    /// The news since the last call, without waiting; `None` when there is none yet
    /// or the worker is gone.
    pub(crate) fn poll(&self) -> Option<News> {
        self.news.try_recv().ok()
    }

    /// The next news, waiting for it (`brief render`); `None` once the worker is gone.
    pub(crate) fn wait(&self) -> Option<News> {
        self.news.recv().ok()
    }
}

impl Drop for Indexer {
    fn drop(&mut self) {
        self.control.cancel();
    }
}

/// Collects results and sends them every `BATCH`.
struct Batch<'a, T> {
    items: Vec<T>,
    since: Instant,
    send: &'a Sender<News>,
    wrap: fn(Vec<T>) -> News,
}

impl<'a, T> Batch<'a, T> {
    fn new(send: &'a Sender<News>, wrap: fn(Vec<T>) -> News) -> Self {
        Batch {
            items: Vec::new(),
            since: Instant::now(),
            send,
            wrap,
        }
    }

    /// Add one result; false when nobody listens any more.
    fn push(&mut self, item: T) -> bool {
        self.items.push(item);
        if self.since.elapsed() >= BATCH {
            return self.flush();
        }
        true
    }

    fn flush(&mut self) -> bool {
        self.since = Instant::now();
        if self.items.is_empty() {
            return true;
        }
        self.send
            .send((self.wrap)(std::mem::take(&mut self.items)))
            .is_ok()
    }
}

fn run(mut plan: Plan, known: Known, control: &Control, send: &Sender<News>) {
    let mut changed = false;
    // Titles first: the list shows every file's title before any entity is looked for.
    let mut batch = Batch::new(send, News::Read);
    for (i, entry) in plan.entries.iter_mut().enumerate() {
        if control.cancelled() {
            return;
        }
        if entry.info == Info::Unread {
            entry.info = Info::load(&entry.path);
            changed = true;
            if !batch.push((i, entry.info.clone())) {
                return;
            }
        }
    }
    if !batch.flush() {
        return;
    }
    let todo: Vec<usize> = (0..plan.entries.len())
        .filter(|&i| needs_entities(&plan.entries[i]))
        .collect();
    if !todo.is_empty() {
        let gazetteer = match known {
            Known::Builtin => Arc::new(Gazetteer::builtin()),
            Known::Loaded(g) => g,
        };
        let mut batch = Batch::new(send, News::Named);
        let mut saved = Instant::now();
        let last = todo.last().copied();
        for i in todo {
            if control.cancelled() {
                return;
            }
            let names = named(&plan.entries[i].path, &gazetteer, control);
            plan.entries[i].entities = Some(names.clone());
            changed = true;
            if Some(i) == last {
                // Held back until the index is written (below).
                batch.items.push((i, names));
            } else if !batch.push((i, names)) {
                return;
            }
            if saved.elapsed() >= SAVE_EVERY {
                save(&plan);
                saved = Instant::now();
            }
        }
        // The index is written before the last news: once the list shows every
        // briefing indexed, the next start finds that work on disk.
        finish(&mut plan, changed);
        if !batch.flush() {
            return;
        }
    } else {
        finish(&mut plan, changed);
    }
    let _ = send.send(News::Done);
}

/// Drop the entries of other libraries whose file is gone, and write the index if
/// anything changed.
fn finish(plan: &mut Plan, changed: bool) {
    let before = plan.others.len();
    plan.others.retain(|e| e.path.exists());
    if changed || plan.others.len() != before {
        save(plan);
    }
}

/// Write the index; a failure only costs the next start its head start.
fn save(plan: &Plan) {
    if let Some(path) = &plan.index {
        let mut all = plan.entries.clone();
        all.extend(plan.others.iter().cloned());
        let _ = write_index(path, &all);
    }
}

/// The names of the entities the briefing at `path` names, as the reader would find
/// them (its own, the gazetteer's it mentions, candidates), each once.
fn named(path: &std::path::Path, gazetteer: &Gazetteer, control: &Control) -> Vec<String> {
    let Ok(loaded) = crate::load::load_path(path) else {
        return Vec::new();
    };
    let briefing = &loaded.briefing;
    let options = Options::for_briefing(briefing);
    let (entities, _) = crate::entities::index_controlled(briefing, gazetteer, options, control);
    let mut names: Vec<String> = Vec::new();
    for e in &entities {
        for name in [Some(e.name.as_str()), e.short_label()]
            .into_iter()
            .flatten()
        {
            if !names.iter().any(|n| n == name) {
                names.push(name.to_owned());
            }
        }
    }
    names
}
