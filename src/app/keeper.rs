//! Keeps the reader's memory on disk: reads what is remembered of a briefing when it
//! opens, and writes what changed. The files are read and written on a thread of
//! their own, so a large briefing's record (a 20 MB article has 23,000 sections to
//! hash, merge and serialise) never holds up a key; `update` only sees the results
//! as `Msg::Recalled` and `Msg::Saved`.
//!
//! Marks and notes are sent to be written at once, and the screen says they are saved
//! only when `Msg::Saved` comes back, so nothing confirmed on screen can be lost; the
//! reading position is written at most every `POSITION_EVERY` while it moves, and when
//! brief leaves or closes the briefing.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::action::Msg;
use super::memo::snapshot;
use super::state::State;
use crate::memory::{Memory, Origin, Record};
use crate::model::Briefing;

/// How often a moving reading position is written: a crash loses at most this much
/// scrolling, and a held `j` does not write a file per line.
const POSITION_EVERY: Duration = Duration::from_secs(1);

/// The memory, on its thread, and what was last written to it.
pub(crate) struct Keeper {
    jobs: Option<Sender<Job>>,
    replies: Receiver<Reply>,
    worker: Option<JoinHandle<()>>,
    /// The file whose memory was asked for last (its reply may not be in yet).
    asked: Option<Arc<Origin>>,
    /// The record as last written (or read).
    written: Option<Record>,
    /// The record the screen amounts to, when it differs from `written`.
    pending: Option<Record>,
    /// `pending` holds a mark or note change: written without waiting.
    urgent: bool,
    /// A write was sent and its reply is not in yet (one at a time, in order).
    saving: bool,
    last_write: Instant,
}

/// What the thread is asked to do, in order.
enum Job {
    Recall(Arc<Origin>, Arc<Briefing>),
    /// Write a record; `true`: of a briefing no longer on screen.
    Save(Box<Record>, bool),
}

/// What the thread did: a message for `update`, and for a write what came of it.
enum Reply {
    Recalled(Msg),
    Saved(Outcome, Msg),
}

/// What came of a write, for the keeper.
enum Outcome {
    /// The record as written (merged), to compare the screen's with.
    Wrote(Box<Record>),
    /// Not written: tried again at the next change.
    Failed,
    /// A briefing no longer on screen was written (or not).
    Left,
}

impl Keeper {
    /// The keeper of the memory `open` gives, opened on the keeper's thread (reading
    /// its index is not the first frame's business).
    pub(crate) fn new(open: impl FnOnce() -> Memory + Send + 'static) -> Keeper {
        let (jobs, inbox) = channel();
        let (outbox, replies) = channel();
        let worker = std::thread::Builder::new()
            .name("memory".into())
            .spawn(move || serve(open(), &inbox, &outbox))
            .ok();
        Keeper {
            jobs: worker.is_some().then_some(jobs),
            replies,
            worker,
            asked: None,
            written: None,
            pending: None,
            urgent: false,
            saving: false,
            last_write: Instant::now(),
        }
    }

    /// Ask for what is remembered of the briefing on screen, when it was not asked
    /// for yet (it was just opened); true when asked. What the briefing closed before
    /// left unsaved is written first.
    pub(crate) fn recall(&mut self, state: &State) -> bool {
        let Some(r) = state.reader.as_ref().filter(|r| r.memo.is_none()) else {
            return false;
        };
        let doc = r.doc();
        let Some(origin) = doc.origin.clone() else {
            return false;
        };
        if self.asked.as_ref().is_some_and(|a| Arc::ptr_eq(a, &origin)) {
            return false;
        }
        if let Some(left) = self.pending.take() {
            self.send(Job::Save(Box::new(left), true));
        }
        self.asked = Some(origin.clone());
        self.written = None;
        self.urgent = false;
        self.send(Job::Recall(origin, doc.briefing.clone()))
    }

    /// Wait for the reply to `recall` (before the first frame: the screen opens where
    /// reading was).
    pub(crate) fn recalled(&mut self) -> Option<Msg> {
        loop {
            match self.replies.recv().ok()? {
                Reply::Recalled(msg) => return Some(msg),
                Reply::Saved(outcome, _) => self.settle(outcome),
            }
        }
    }

    /// Note what the screen amounts to after it `changed`, and send a write when one is
    /// due: marks and notes at once, the position at most every `POSITION_EVERY`.
    pub(crate) fn save(&mut self, state: &State, changed: bool) {
        if changed {
            self.look(state);
        }
        let due = self.urgent || self.last_write.elapsed() >= POSITION_EVERY;
        if due && !self.saving {
            self.write();
        }
    }

    /// The replies since the last call, without waiting.
    pub(crate) fn poll(&mut self) -> Option<Msg> {
        match self.replies.try_recv().ok()? {
            Reply::Recalled(msg) => Some(msg),
            Reply::Saved(outcome, msg) => {
                self.settle(outcome);
                Some(msg)
            }
        }
    }

    fn settle(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Wrote(record) => {
                self.saving = false;
                self.written = Some(*record);
            }
            Outcome::Failed => {
                self.saving = false;
                self.written = None;
            }
            Outcome::Left => {}
        }
    }

    /// Whether a write is waiting or running (the event loop then wakes up often).
    pub(crate) fn busy(&self) -> bool {
        self.saving || self.pending.is_some()
    }

    /// Brief is leaving: write what the screen amounts to, and wait until it is
    /// written.
    pub(crate) fn finish(mut self, state: &State) {
        self.look(state);
        self.write();
        self.jobs = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }

    fn look(&mut self, state: &State) {
        let Some(current) = state.reader.as_ref().and_then(snapshot) else {
            return;
        };
        // The comparison is with what was sent last: a write on its way is not sent
        // again.
        let base = self.pending.as_ref().or(self.written.as_ref());
        if base == Some(&current) {
            return;
        }
        self.urgent |= match base {
            Some(w) => current.marks != w.marks || current.notes != w.notes,
            None => !current.marks.is_empty() || !current.notes.is_empty(),
        };
        self.pending = Some(current);
    }

    fn write(&mut self) {
        let Some(record) = self.pending.take() else {
            return;
        };
        self.urgent = false;
        self.last_write = Instant::now();
        self.written = Some(record.clone());
        self.saving = self.send(Job::Save(Box::new(record), false));
    }

    fn send(&self, job: Job) -> bool {
        self.jobs.as_ref().is_some_and(|j| j.send(job).is_ok())
    }
}

/// The thread: read and write the memory as asked, until the keeper is gone.
fn serve(mut memory: Memory, inbox: &Receiver<Job>, outbox: &Sender<Reply>) {
    for job in inbox {
        let reply = match job {
            Job::Recall(origin, briefing) => {
                let mut record = memory.recall(&origin.path, &origin.hash, &briefing);
                record.last_opened = crate::memory::now();
                let warnings = std::mem::take(&mut memory.warnings);
                Reply::Recalled(Msg::Recalled(Box::new(record), warnings))
            }
            Job::Save(record, left) => {
                let result = memory.save(&record);
                let warnings = std::mem::take(&mut memory.warnings);
                match result {
                    Ok(merged) if left => {
                        Reply::Saved(Outcome::Left, Msg::Saved(Ok(Box::new(merged)), warnings))
                    }
                    Ok(merged) => Reply::Saved(
                        Outcome::Wrote(Box::new(merged.clone())),
                        Msg::Saved(Ok(Box::new(merged)), warnings),
                    ),
                    // Its screen is gone: the failure is said on the new one.
                    Err(e) if left => {
                        let what = format!("the place in {} was not saved: {e}", record.title);
                        Reply::Saved(Outcome::Left, Msg::Saved(Err(what), warnings))
                    }
                    Err(e) => {
                        Reply::Saved(Outcome::Failed, Msg::Saved(Err(e.to_string()), warnings))
                    }
                }
            }
        };
        if outbox.send(reply).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Action, Config, update};
    use crate::model::Doc;

    /// A reader of a small article read from a file in `dir`, its memory kept in
    /// `dir/memory`.
    fn opened(dir: &std::path::Path) -> (State, Keeper) {
        let path = dir.join("a.txt");
        let text = "Steppe\n\nRussia and Kazakhstan signed a deal. ".to_string()
            + &"Astana answered at once. ".repeat(40);
        std::fs::write(&path, text).unwrap();
        let briefing = crate::load::load_path(&path).unwrap().briefing;
        let doc = Arc::new(Doc::from_file(&path, briefing));
        let mut state = State::reader(doc, Config::default());
        update(&mut state, Action::Resize(80, 20));
        let memory = dir.join("memory");
        let keeper = Keeper::new(move || Memory::at(&memory));
        (state, keeper)
    }

    /// The next reply, waited for (the thread is quick, but is a thread).
    fn reply(keeper: &mut Keeper) -> Msg {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(msg) = keeper.poll() {
                return msg;
            }
            assert!(Instant::now() < deadline, "no reply from the keeper");
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    #[test]
    fn a_mark_is_written_on_the_thread_then_said_saved() {
        let dir = tempfile::tempdir().unwrap();
        let (mut state, mut keeper) = opened(dir.path());
        assert!(keeper.recall(&state));
        assert!(!keeper.recall(&state), "asked once");
        let msg = keeper.recalled().expect("recalled");
        update(&mut state, msg);
        keeper.save(&state, true);
        update(&mut state, Action::ToggleMark);
        keeper.save(&state, true);
        assert!(keeper.busy());
        let msg = reply(&mut keeper);
        assert!(matches!(msg, Msg::Saved(Ok(_), _)));
        update(&mut state, msg);
        let r = state.reader.as_ref().unwrap();
        assert!(
            r.message
                .as_deref()
                .is_some_and(|m| m.starts_with("saved: mark"))
        );
        // On disk, for another reader.
        let origin = r.doc().origin.clone().unwrap();
        let mut other = Memory::at(&dir.path().join("memory"));
        let record = other.recall(&origin.path, &origin.hash, &r.doc().briefing);
        assert_eq!(record.marks.len(), 1);
        keeper.finish(&state);
    }

    #[test]
    fn the_place_is_written_when_brief_leaves() {
        let dir = tempfile::tempdir().unwrap();
        let (mut state, mut keeper) = opened(dir.path());
        keeper.recall(&state);
        let msg = keeper.recalled().unwrap();
        update(&mut state, msg);
        for _ in 0..6 {
            update(&mut state, Action::LineDown);
            // Not due yet: the position waits for `POSITION_EVERY`.
            keeper.save(&state, true);
        }
        let r = state.reader.as_ref().unwrap();
        let place = super::super::memo::snapshot(r).unwrap().position;
        assert!(place.as_ref().is_some_and(|p| p.sentence.is_some()));
        let origin = r.doc().origin.clone().unwrap();
        let briefing = r.doc().briefing.clone();
        keeper.finish(&state);
        let mut other = Memory::at(&dir.path().join("memory"));
        let record = other.recall(&origin.path, &origin.hash, &briefing);
        assert_eq!(record.position, place);
    }
}
