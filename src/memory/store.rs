//! The memory directory on disk: the index, the records, the lock, and reading all of
//! them defensively.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::hash::ContentHash;
use super::record::{Record, VERSION};
use crate::model::Briefing;

/// What the library shows of a briefing without loading it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Glance {
    /// Sections read over all sections, 0.0 to 1.0.
    pub(crate) progress: f32,
    /// When it was last opened in the reader.
    pub(crate) last_opened: Option<SystemTime>,
}

/// One briefing in the index.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Summary {
    /// The record's file name, without `.json`.
    id: String,
    path: String,
    hash: String,
    title: String,
    progress: f32,
    last_opened: u64,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    version: u32,
    entries: Vec<Summary>,
}

/// The memory directory, its index read once.
#[derive(Debug, Default)]
pub(crate) struct Memory {
    /// `None`: no state directory on this system; nothing is remembered.
    dir: Option<PathBuf>,
    entries: Vec<Summary>,
    by_path: HashMap<String, usize>,
    by_hash: HashMap<String, usize>,
    /// What was found wrong while reading (files moved aside), for the status bar.
    pub(crate) warnings: Vec<String>,
}

impl Memory {
    /// The memory under `places::state_dir()`.
    pub(crate) fn open() -> Memory {
        match crate::places::state_dir() {
            Some(d) => Memory::at(&d.join("memory")),
            None => Memory::default(),
        }
    }

    /// The memory kept in `dir` (tests point it at a temporary directory).
    pub(crate) fn at(dir: &Path) -> Memory {
        let mut memory = Memory {
            dir: Some(dir.to_path_buf()),
            ..Memory::default()
        };
        memory.reload();
        memory
    }

    /// Read the index again (from the records, should it be missing or unreadable).
    fn reload(&mut self) {
        let Some(dir) = self.dir.clone() else {
            return;
        };
        let index = match read_json::<Index>(&dir.join("index.json"), |i| i.version) {
            Ok(Some(index)) => index,
            Ok(None) => Index::default(),
            Err(warning) => {
                self.warnings.push(warning);
                Index::default()
            }
        };
        let missing = index.entries.is_empty() && has_records(&dir);
        let entries = if missing {
            rebuild(&dir, &mut self.warnings)
        } else {
            index.entries
        };
        self.set_entries(entries);
    }

    fn set_entries(&mut self, entries: Vec<Summary>) {
        self.by_path = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.path.clone(), i))
            .collect();
        self.by_hash = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.hash.clone(), i))
            .collect();
        self.entries = entries;
    }

    /// The library's look-up, cheap enough for thousands of files (no file is read:
    /// the index was, once): read progress and last opened of the briefing at `path`
    /// (any form: it is made absolute), else of the one whose content hash is `hash`
    /// (a file moved since). `None`: never opened.
    pub(crate) fn glance(&self, path: &Path, hash: Option<&ContentHash>) -> Option<Glance> {
        let i = self
            .by_path
            .get(&key_of(path))
            .or_else(|| self.by_hash.get(&hash?.hex()))?;
        let e = self.entries.get(*i)?;
        Some(Glance {
            progress: e.progress.clamp(0.0, 1.0),
            last_opened: (e.last_opened > 0)
                .then(|| UNIX_EPOCH + Duration::from_secs(e.last_opened)),
        })
    }

    /// What is remembered of `briefing`, read from `path` with content `hash`, fitted
    /// to the briefing as it is now (`Record::fit`); a fresh record when nothing is.
    /// A record found by hash whose old path still holds the same content is a copy's:
    /// the copy starts afresh.
    pub(crate) fn recall(
        &mut self,
        path: &Path,
        hash: &ContentHash,
        briefing: &Briefing,
    ) -> Record {
        let key = key_of(path);
        let fresh = Record::new(&key, hash, briefing);
        let Some(dir) = self.dir.clone() else {
            return fresh;
        };
        let found = self.by_path.get(&key).or_else(|| {
            let i = self.by_hash.get(&hash.hex())?;
            let old = &self.entries.get(*i)?.path;
            let copy = fs::read(old).is_ok_and(|b| ContentHash::of(&b) == *hash);
            (!copy).then_some(i)
        });
        let id = found
            .and_then(|i| self.entries.get(*i))
            .map(|e| e.id.clone());
        let Some(id) = id else {
            return fresh;
        };
        match read_record(&dir, &id, &mut self.warnings) {
            Some(mut record) => {
                record.path = key;
                record.fit(briefing, hash);
                record
            }
            None => fresh,
        }
    }

    /// Write `record`, merged with what is on disk now (another process may have added
    /// notes since it was read), and return the merged record. Under the lock: read,
    /// merge, write the record, then the index.
    pub(crate) fn save(&mut self, record: &Record) -> io::Result<Record> {
        let Some(dir) = self.dir.clone() else {
            return Ok(record.clone());
        };
        fs::create_dir_all(&dir)?;
        let _lock = Lock::take(&dir)?;
        let id = self.id_of(record);
        let mut merged = record.clone();
        if let Some(disk) = read_record(&dir, &id, &mut self.warnings) {
            merged.merge(&disk);
        }
        merged.version = VERSION;
        let json = serde_json::to_vec_pretty(&merged).map_err(io::Error::other)?;
        crate::files::write_file(&dir.join(format!("{id}.json")), &json, true)?;
        // The index as it is on disk now: another process may have added entries.
        self.reload();
        let summary = Summary {
            id,
            path: merged.path.clone(),
            hash: merged.hash.clone(),
            title: merged.title.clone(),
            progress: merged.progress(),
            last_opened: merged.last_opened,
        };
        let mut entries = std::mem::take(&mut self.entries);
        entries.retain(|e| e.id != summary.id && e.path != summary.path);
        entries.push(summary);
        let index = Index {
            version: VERSION,
            entries,
        };
        let json = serde_json::to_vec(&index).map_err(io::Error::other)?;
        crate::files::write_file(&dir.join("index.json"), &json, true)?;
        self.set_entries(index.entries);
        Ok(merged)
    }

    /// The record's file name: the index's id for its path (or its hash, after a
    /// move), else a new one from its path and hash.
    fn id_of(&self, record: &Record) -> String {
        let known = self.by_path.get(&record.path).or_else(|| {
            let i = self.by_hash.get(&record.hash)?;
            // A copy of a briefing still in place gets its own record.
            let e = self.entries.get(*i)?;
            (!Path::new(&e.path).exists()).then_some(i)
        });
        match known.and_then(|i| self.entries.get(*i)) {
            Some(e) => e.id.clone(),
            None => {
                let seed = format!("{}\0{}", record.path, record.hash);
                ContentHash::of(seed.as_bytes()).hex()[..32].to_string()
            }
        }
    }
}

/// The key a path is remembered by: absolute and, where it exists, with its symbolic
/// links resolved.
fn key_of(path: &Path) -> String {
    fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// The record `id`, read defensively.
fn read_record(dir: &Path, id: &str, warnings: &mut Vec<String>) -> Option<Record> {
    match read_json::<Record>(&dir.join(format!("{id}.json")), |r| r.version) {
        Ok(r) => r,
        Err(w) => {
            warnings.push(w);
            None
        }
    }
}

/// Read `path` as JSON of version `version_of` at most. `Ok(None)`: no such file. A
/// file that does not parse, or of a later version, is renamed aside and `Err` says
/// where it went; the caller goes on as if it were absent.
fn read_json<T: DeserializeOwned>(
    path: &Path,
    version_of: impl Fn(&T) -> u32,
) -> Result<Option<T>, String> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let (problem, suffix) = match serde_json::from_slice::<T>(&bytes) {
        Ok(v) if version_of(&v) <= VERSION => return Ok(Some(v)),
        Ok(v) => (
            format!("written by a newer brief (format {})", version_of(&v)),
            format!("v{}", version_of(&v)),
        ),
        // A file of a later version may not even parse as this one: say so when its
        // version field says so.
        Err(e) => match future_version(&bytes) {
            Some(v) => (
                format!("written by a newer brief (format {v})"),
                format!("v{v}"),
            ),
            None => (format!("unreadable ({e})"), "corrupt".to_string()),
        },
    };
    let aside = path.with_extension(format!("json.{suffix}-{}", super::now()));
    let name = crate::text::terminal::line(&path.to_string_lossy()).into_owned();
    match fs::rename(path, &aside) {
        Ok(()) => Err(format!(
            "{name} {problem}: moved aside to {}",
            crate::text::terminal::line(&aside.to_string_lossy())
        )),
        Err(e) => Err(format!(
            "{name} {problem}, and could not be moved aside: {e}"
        )),
    }
}

/// The `version` of a JSON object whose version is later than this brief's.
fn future_version(bytes: &[u8]) -> Option<u32> {
    #[derive(Deserialize)]
    struct Versioned {
        version: u32,
    }
    let v = serde_json::from_slice::<Versioned>(bytes).ok()?.version;
    (v > VERSION).then_some(v)
}

fn record_files(dir: &Path) -> impl Iterator<Item = PathBuf> {
    fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && p.file_stem().is_some_and(|s| s != "index")
        })
}

fn has_records(dir: &Path) -> bool {
    record_files(dir).next().is_some()
}

/// The index made again from the records.
fn rebuild(dir: &Path, warnings: &mut Vec<String>) -> Vec<Summary> {
    record_files(dir)
        .filter_map(|p| {
            let id = p.file_stem()?.to_string_lossy().into_owned();
            let r = read_record(dir, &id, warnings)?;
            Some(Summary {
                id,
                progress: r.progress(),
                path: r.path,
                hash: r.hash,
                title: r.title,
                last_opened: r.last_opened,
            })
        })
        .collect()
}

/// The memory directory's lock, held while it lives. Blocking: another brief holds it
/// for the milliseconds of one save.
struct Lock(File);

impl Lock {
    fn take(dir: &Path) -> io::Result<Lock> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join("lock"))?;
        file.lock()?;
        Ok(Lock(file))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}
