//! Keeps the reader's memory on disk: reads what is remembered of a briefing when it
//! opens, and writes what changed. The I/O lives here, beside the event loop; `update`
//! only sees the results as `Msg::Recalled` and `Msg::Saved`.
//!
//! Marks and notes are written at once, before the screen says they are saved, so
//! nothing confirmed on screen can be lost; the reading position at most every
//! `POSITION_EVERY` while it moves, and when brief leaves or closes the briefing.

use std::time::{Duration, Instant};

use super::action::Msg;
use super::memo::snapshot;
use super::state::State;
use crate::memory::{Memory, Record};

/// How often a moving reading position is written: a crash loses at most this much
/// scrolling, and a held `j` does not write a file per line.
const POSITION_EVERY: Duration = Duration::from_secs(1);

/// The memory and what was last written to it.
pub(crate) struct Keeper {
    memory: Memory,
    /// The record as last written (or read).
    written: Option<Record>,
    /// The record the screen amounts to, when it differs from `written`.
    pending: Option<Record>,
    last_write: Instant,
}

impl Keeper {
    pub(crate) fn new(memory: Memory) -> Keeper {
        Keeper {
            memory,
            written: None,
            pending: None,
            last_write: Instant::now(),
        }
    }

    /// What is remembered of the briefing on screen, when it was not read yet (it
    /// was just opened). What the briefing closed before it left unsaved is written
    /// first.
    pub(crate) fn recall(&mut self, state: &State) -> Option<Msg> {
        let r = state.reader.as_ref()?;
        if r.memo.is_some() {
            return None;
        }
        let doc = r.doc();
        let origin = doc.origin.as_deref()?;
        if let Some(left) = self.pending.take() {
            // Its screen is gone: a failure is said on the new one.
            if let Err(e) = self.memory.save(&left) {
                let what = format!("the place in {} was not saved: {e}", left.title);
                self.memory.warnings.push(what);
            }
        }
        let mut record = self
            .memory
            .recall(&origin.path, &origin.hash, &doc.briefing);
        record.last_opened = crate::memory::now();
        self.written = None;
        let warnings = std::mem::take(&mut self.memory.warnings);
        Some(Msg::Recalled(Box::new(record), warnings))
    }

    /// Write what changed: marks and notes now, the position at most every
    /// `POSITION_EVERY`, everything when `now` (brief is leaving).
    pub(crate) fn save(&mut self, state: &State, now: bool) -> Option<Msg> {
        let current = state.reader.as_ref().and_then(snapshot);
        let urgent = match (&current, &self.written) {
            (Some(c), Some(w)) => c.marks != w.marks || c.notes != w.notes,
            (Some(c), None) => !c.marks.is_empty() || !c.notes.is_empty(),
            (None, _) => false,
        };
        if let Some(c) = current.filter(|c| self.written.as_ref() != Some(c)) {
            self.pending = Some(c);
        }
        let due = now || urgent || self.last_write.elapsed() >= POSITION_EVERY;
        let record = self.pending.take_if(|_| due)?;
        self.last_write = Instant::now();
        let result = self.memory.save(&record);
        let warnings = std::mem::take(&mut self.memory.warnings);
        match result {
            Ok(merged) => {
                self.written = Some(merged.clone());
                Some(Msg::Saved(Ok(Box::new(merged)), warnings))
            }
            Err(e) => {
                // Tried again at the next change.
                self.written = None;
                Some(Msg::Saved(Err(e.to_string()), warnings))
            }
        }
    }
}
