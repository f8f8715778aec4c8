//! The reader's side of background analysis. The state says which briefing it waits
//! for (`State::waiting_for`); the analyst starts a `Job` for it, cancels a job nobody
//! waits for any more (the reader went back to the picker and opened another), and
//! turns the job's progress and result into `Msg`s that `update` applies. The event
//! loop polls it between events (`tui::run`); `brief render` waits on it.

use std::sync::Arc;

use super::action::Msg;
use super::state::State;
use crate::analysis::{Job, Outcome};
use crate::entities::Gazetteer;

pub struct Analyst {
    gazetteer: Arc<Gazetteer>,
    job: Option<Job>,
    /// The progress last reported, so that only changes become messages.
    reported: Option<u8>,
}

impl Analyst {
    /// Analyses will use `gazetteer` (the built-in one and the user's files).
    pub fn new(gazetteer: Gazetteer) -> Analyst {
        Analyst {
            gazetteer: Arc::new(gazetteer),
            job: None,
            reported: None,
        }
    }

    /// Start, keep or cancel the work so that it matches what `state` waits for.
    pub fn sync(&mut self, state: &State) {
        match (state.waiting_for(), &self.job) {
            (Some(wanted), Some(job)) if Arc::ptr_eq(wanted, job.briefing()) => {}
            (Some(wanted), _) => {
                self.job = Some(Job::start(wanted.clone(), self.gazetteer.clone()));
                self.reported = None;
            }
            (None, _) => self.job = None,
        }
    }

    /// Whether a job is running (the event loop then wakes up to look at it).
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// What happened since the last call, without waiting: the progress when it
    /// changed, or the result.
    pub fn poll(&mut self) -> Option<Msg> {
        match self.job.as_ref()?.poll() {
            Outcome::Running(p) if self.reported == Some(p) => None,
            Outcome::Running(p) => {
                self.reported = Some(p);
                Some(Msg::Progress(p))
            }
            Outcome::Done(analysis) => {
                let job = self.job.take()?;
                Some(Msg::Analysed(job.briefing().clone(), Some(analysis)))
            }
            Outcome::Failed => {
                let job = self.job.take()?;
                Some(Msg::Analysed(job.briefing().clone(), None))
            }
        }
    }

    /// The result of the analysis `state` waits for, once it is done (`None` when it
    /// waits for none).
    pub fn wait(&mut self, state: &State) -> Option<Msg> {
        self.sync(state);
        let job = self.job.take()?;
        let briefing = job.briefing().clone();
        Some(Msg::Analysed(briefing, job.wait()))
    }
}
