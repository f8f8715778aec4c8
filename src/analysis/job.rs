//! One analysis on a thread of its own, so that the reader draws the text at once and
//! stays responsive while entities and relations are found. The thread is detached:
//! nobody ever waits for it to stop. Dropping the `Job` cancels it (the work checks
//! between paragraphs), and a process that exits simply takes it along, so quitting
//! during analysis is immediate.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, sync_channel};

use super::analyse_controlled;
use crate::entities::Gazetteer;
use crate::model::{Analysis, Briefing};
use crate::work::Control;

/// The entities an analysis recognises.
#[derive(Debug, Clone)]
pub(crate) enum Known {
    /// The built-in gazetteer alone, decoded on the job's thread: the reader's first
    /// frame does not wait for it (decoding and copying it were a third of the seed's).
    Builtin,
    /// The built-in gazetteer with the user's entity files, loaded and checked before
    /// the terminal was touched.
    Loaded(Arc<Gazetteer>),
}

impl From<Option<Gazetteer>> for Known {
    /// What `Gazetteer::load_user` found: nothing to add, or the merged gazetteer.
    fn from(user: Option<Gazetteer>) -> Known {
        user.map_or(Known::Builtin, |g| Known::Loaded(Arc::new(g)))
    }
}

/// Where a job is.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// Still working, this far (0–100).
    Running(u8),
    Done(Analysis),
    /// The thread died or could not start (analysis itself fails on no input).
    Failed,
}

/// An analysis running in the background.
#[derive(Debug)]
pub(crate) struct Job {
    briefing: Arc<Briefing>,
    control: Arc<Control>,
    result: Receiver<Analysis>,
}

impl Job {
    /// Start analysing `briefing` on a new thread.
    pub(crate) fn start(briefing: Arc<Briefing>, known: Known) -> Job {
        let control = Arc::new(Control::new());
        let (send, result) = sync_channel(1);
        let work = {
            let (briefing, control) = (briefing.clone(), control.clone());
            move || {
                crate::work::yield_to_the_reader();
                let gazetteer = match known {
                    Known::Builtin => Arc::new(Gazetteer::builtin()),
                    Known::Loaded(g) => g,
                };
                if let Some(analysis) = analyse_controlled(&briefing, &gazetteer, &control) {
                    // The reader may have gone: nobody to tell, nothing to do.
                    let _ = send.send(analysis);
                }
            }
        };
        // No thread to be had (a process limit) drops `work` and its sender: the job
        // then polls as `Failed`, which the reader reports.
        let _ = std::thread::Builder::new()
            .name("analysis".into())
            .spawn(work);
        Job {
            briefing,
            control,
            result,
        }
    }

    /// The briefing being analysed.
    pub(crate) fn briefing(&self) -> &Arc<Briefing> {
        &self.briefing
    }

    /// Where the job is, without waiting. `Done` is given once.
    pub(crate) fn poll(&self) -> Outcome {
        match self.result.try_recv() {
            Ok(analysis) => Outcome::Done(analysis),
            Err(TryRecvError::Empty) => Outcome::Running(self.control.percent()),
            Err(TryRecvError::Disconnected) => Outcome::Failed,
        }
    }

    /// Wait for the analysis (`brief render`, whose output must not depend on timing).
    pub(crate) fn wait(self) -> Option<Analysis> {
        self.result.recv().ok()
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        self.control.cancel();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Section;

    fn briefing(paragraphs: usize) -> Arc<Briefing> {
        let section = Section {
            id: "s".into(),
            title: "Heading".into(),
            body: vec!["Russia and Kazakhstan signed a deal in Astana.".into(); paragraphs],
        };
        Arc::new(Briefing::new("t", "en", vec![section]))
    }

    #[test]
    fn a_job_gives_what_analyse_gives() {
        let b = briefing(3);
        let expected = crate::analysis::analyse(&b, &Gazetteer::builtin());
        let analysis = Job::start(b, Known::Builtin).wait().expect("done");
        assert_eq!(analysis.mentions, expected.mentions);
        assert_eq!(analysis.links, expected.links);
    }

    #[test]
    fn polling_ends_in_done_once() {
        let job = Job::start(briefing(2), Known::Builtin);
        let done = loop {
            match job.poll() {
                Outcome::Running(p) => assert!(p <= 100),
                Outcome::Done(a) => break a,
                Outcome::Failed => panic!("the worker died"),
            }
            std::thread::yield_now();
        };
        assert!(!done.mentions.is_empty());
    }
}
