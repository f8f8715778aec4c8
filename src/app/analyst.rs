//! The screen's side of background work. The state says which briefing it waits
//! for (`State::waiting_for`); the analyst starts a `Job` for it, cancels a job nobody
//! waits for any more (the reader went back to the library and opened another), and
//! turns the job's progress and result into `Msg`s that `update` applies. Before that,
//! a large article opened on its start waits for its whole (`State::loading`), which a
//! `Loader` reads. A library's worker (`library::Indexer`) is started here too, once
//! the first frame is drawn, and its news goes the same way. The event loop polls it
//! between events (`tui::run`); `brief render` waits on it.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, sync_channel};

use super::action::Msg;
use super::state::State;
use crate::analysis::{Job, Known, Outcome};
use crate::graph::{ChartJob, Charted, Key};
use crate::layout::Layout;
use crate::library::{Indexer, News, Plan};
use crate::load::{Problem, load_path};
use crate::model::{Briefing, Doc};

pub(crate) struct Analyst {
    known: Known,
    job: Option<Job>,
    loader: Option<Loader>,
    /// The progress last reported, so that only changes become messages.
    reported: Option<u8>,
    /// The library's work, until it starts.
    plan: Option<Plan>,
    /// The library's worker, while it runs.
    indexer: Option<Indexer>,
    /// A chart being laid out for the reader's pane, when it is too large to lay out
    /// between two frames.
    chart: Option<Charting>,
}

/// A chart laid out on a thread: of which doc, for which key.
struct Charting {
    doc: Arc<Doc>,
    key: Key,
    result: Receiver<Charted>,
}

impl Charting {
    fn start(doc: Arc<Doc>, key: Key, job: ChartJob) -> Charting {
        let (send, result) = sync_channel(1);
        let analysed = doc.clone();
        // A thread that cannot start leaves the chart waited for; the list stays.
        let _ = std::thread::Builder::new()
            .name("chart".into())
            .spawn(move || {
                let _ = send.send(job.run(&analysed.analysis));
            });
        Charting { doc, key, result }
    }

    fn message(self, charted: Charted) -> Msg {
        Msg::Charted(self.doc, Box::new(charted))
    }
}

/// The whole of a large article, ready to take its start's place.
#[derive(Debug)]
pub struct Whole {
    /// Laid out on the loading thread: for 20 MB, tens of milliseconds the reader
    /// would otherwise spend between two frames.
    pub(crate) layout: Layout,
    /// How many warnings sanitising the whole file gave.
    pub(crate) warnings: usize,
}

/// The whole of a large article, loaded on a thread while the reader shows its start.
struct Loader {
    /// The start on screen, which the whole replaces.
    head: Arc<Briefing>,
    path: std::path::PathBuf,
    result: Receiver<Result<Whole, Vec<Problem>>>,
}

impl Loader {
    fn start(head: Arc<Briefing>, path: &Path) -> Loader {
        let (send, result) = sync_channel(1);
        let path = path.to_path_buf();
        let file = path.clone();
        // A thread that cannot start leaves the receiver disconnected: `message` says so.
        let _ = std::thread::Builder::new()
            .name("load".into())
            .spawn(move || {
                let whole = load_path(&file).map(|loaded| {
                    // Hashed here too, off the reader's thread: memory keys on it.
                    let doc = Doc::from_file(&file, loaded.briefing);
                    Whole {
                        layout: Layout::new(Arc::new(doc), 1, false),
                        warnings: loaded.warnings.len(),
                    }
                });
                let _ = send.send(whole);
            });
        Loader { head, path, result }
    }

    /// What loading gave, `None` when the thread died before saying.
    fn message(&self, result: Option<Result<Whole, Vec<Problem>>>) -> Msg {
        let result = result.unwrap_or_else(|| {
            Err(vec![Problem::file(
                &self.path,
                "the loading thread stopped",
            )])
        });
        Msg::Loaded(self.head.clone(), result)
    }
}

impl Analyst {
    /// Analyses will recognise `known` entities.
    pub(crate) fn new(known: Known) -> Analyst {
        Analyst {
            known,
            job: None,
            loader: None,
            reported: None,
            plan: None,
            indexer: None,
            chart: None,
        }
    }

    /// The library's files still to read and index: the worker starts at the first
    /// `sync`, after the first frame.
    pub(crate) fn with_library(self, plan: Plan) -> Analyst {
        Analyst {
            plan: Some(plan),
            ..self
        }
    }

    /// Start, keep or cancel the work so that it matches what `state` waits for.
    pub(crate) fn sync(&mut self, state: &State) {
        match (state.loading(), &self.loader) {
            (Some((head, _)), Some(loader)) if Arc::ptr_eq(head, &loader.head) => {}
            (Some((head, path)), _) => self.loader = Some(Loader::start(head.clone(), path)),
            (None, _) => self.loader = None,
        }
        if let Some(plan) = self.plan.take() {
            self.indexer = Some(Indexer::start(plan, self.known.clone()));
        }
        match (state.waiting_for(), &self.job) {
            (Some(wanted), Some(job)) if Arc::ptr_eq(wanted, job.briefing()) => {}
            (Some(wanted), _) => {
                self.job = Some(Job::start(wanted.clone(), self.known.clone()));
                self.reported = None;
            }
            (None, _) => self.job = None,
        }
        let wanted = state.reader.as_ref().and_then(|r| {
            let job = r.relations.pane.chart_job()?;
            Some((r.doc(), r.relations.pane.deferred()?, job))
        });
        match (wanted, &self.chart) {
            (Some((doc, key, _)), Some(c)) if Arc::ptr_eq(doc, &c.doc) && key == c.key => {}
            (Some((doc, key, job)), _) => self.chart = Some(Charting::start(doc.clone(), key, job)),
            // A layout nobody waits for runs to its end on its thread, unread.
            (None, _) => self.chart = None,
        }
    }

    /// Whether work is running (the event loop then wakes up to look at it).
    pub(crate) fn busy(&self) -> bool {
        self.job.is_some()
            || self.loader.is_some()
            || self.indexer.is_some()
            || self.chart.is_some()
    }

    /// What happened since the last call, without waiting: the progress when it
    /// changed, or the result; then the library's news.
    pub(crate) fn poll(&mut self) -> Option<Msg> {
        self.poll_loader()
            .or_else(|| self.poll_job())
            .or_else(|| self.poll_chart())
            .or_else(|| {
                let news = self.indexer.as_ref()?.poll()?;
                Some(self.library_news(news))
            })
    }

    /// The library's `news`; the worker is done with once it says so.
    fn library_news(&mut self, news: News) -> Msg {
        if news == News::Done {
            self.indexer = None;
        }
        Msg::Library(news)
    }

    fn poll_loader(&mut self) -> Option<Msg> {
        let result = match self.loader.as_ref()?.result.try_recv() {
            Err(TryRecvError::Empty) => return None,
            Ok(result) => Some(result),
            Err(TryRecvError::Disconnected) => None,
        };
        let msg = self.loader.take()?.message(result);
        Some(msg)
    }

    fn poll_chart(&mut self) -> Option<Msg> {
        let charted = match self.chart.as_ref()?.result.try_recv() {
            Ok(charted) => charted,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => {
                self.chart = None;
                return None;
            }
        };
        Some(self.chart.take()?.message(charted))
    }

    fn poll_job(&mut self) -> Option<Msg> {
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

    /// The result of the analysis `state` waits for, once it is done, then the
    /// library's news one by one until its worker is done (`None` when nothing is left
    /// to wait for).
    pub(crate) fn wait(&mut self, state: &State) -> Option<Msg> {
        self.sync(state);
        if let Some(loader) = self.loader.take() {
            let result = loader.result.recv().ok();
            return Some(loader.message(result));
        }
        if let Some(job) = self.job.take() {
            let briefing = job.briefing().clone();
            return Some(Msg::Analysed(briefing, job.wait()));
        }
        if let Some(chart) = self.chart.take()
            && let Ok(charted) = chart.result.recv()
        {
            return Some(chart.message(charted));
        }
        let Some(news) = self.indexer.as_ref()?.wait() else {
            self.indexer = None;
            return None;
        };
        Some(self.library_news(news))
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::app::{Action, Config, update};
    use crate::model::{Briefing, Doc, Section};

    fn pending(title: &str) -> Arc<Doc> {
        let section = Section {
            id: "s".into(),
            title: "Heading".into(),
            body: vec!["Russia and Kazakhstan signed a deal in Astana.".into(); 3],
        };
        Arc::new(Doc::pending(Briefing::new(title, "en", vec![section])))
    }

    /// Poll as the event loop does, applying every message, until the state waits for
    /// nothing.
    fn settle(analyst: &mut Analyst, state: &mut State) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while state.waiting_for().is_some() || state.loading().is_some() {
            analyst.sync(state);
            while let Some(msg) = analyst.poll() {
                update(state, msg);
            }
            assert!(Instant::now() < deadline, "the analysis never arrived");
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    #[test]
    fn the_reader_waits_then_receives_its_analysis() {
        let mut state = State::reader(pending("t"), Config::default());
        update(&mut state, Action::Resize(120, 40));
        let mut analyst = Analyst::new(Known::Builtin);
        update(&mut state, Action::NextMention);
        let r = state.reader.as_ref().expect("a reader");
        assert!(r.doc().pending);
        assert!(r.message.as_deref().is_some_and(|m| m.contains("indexing")));
        settle(&mut analyst, &mut state);
        let r = state.reader.as_ref().expect("a reader");
        assert!(!r.doc().pending && !r.doc().analysis.mentions.is_empty());
        assert!(!analyst.busy(), "the job is done with");
        update(&mut state, Action::NextMention);
        assert!(state.reader.as_ref().unwrap().view.cursor.is_some());
    }

    #[test]
    fn a_stale_analysis_is_dropped() {
        let dir = tempfile::tempdir().expect("temp dir");
        let items = crate::library::tests::items_in(
            dir.path(),
            &[
                (
                    "a.txt",
                    "Alpha\n\nRussia and Kazakhstan signed a deal in Astana.\n",
                ),
                ("b.txt", "Beta\n\nIndia and Japan signed a deal in Tokyo.\n"),
            ],
        );
        let mut state = State::library(crate::app::Library::new(items), Config::default());
        update(&mut state, Action::Resize(80, 24));
        update(&mut state, Action::SortBy(crate::library::SortKey::Title));
        update(&mut state, Action::Activate);
        let a = state.reader.as_ref().expect("a reader").doc().clone();
        let mut analyst = Analyst::new(Known::Builtin);
        analyst.sync(&state);
        assert!(analyst.busy());
        // Back to the list: nothing waits, the job is cancelled.
        update(&mut state, Action::Back);
        analyst.sync(&state);
        assert!(!analyst.busy());
        // Open the second; an analysis of the first arriving late changes nothing.
        update(&mut state, Action::LineDown);
        update(&mut state, Action::Activate);
        let done = crate::analysis::analyse(&a.briefing, &crate::entities::Gazetteer::builtin());
        update(&mut state, Msg::Analysed(a.briefing.clone(), Some(done)));
        let reader = state.reader.as_ref().expect("a reader");
        assert_eq!(reader.doc().briefing.title, "Beta");
        assert!(reader.doc().pending);
        settle(&mut analyst, &mut state);
        assert!(!state.reader.as_ref().expect("a reader").doc().pending);
    }

    /// A large article read from its start: the whole replaces it where the reader is,
    /// then is analysed; a whole that cannot be loaded leaves the start, analysed.
    #[test]
    fn the_whole_of_a_large_article_follows_its_start() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("long.txt");
        let paragraph = "Russia and Kazakhstan signed a deal in Astana on energy, the \
                         ministers said, and Uzbekistan joined them later that year.\n\n";
        let mut text = String::from("A long article\n\n");
        for i in 0..40 {
            text.push_str(&format!("Part {i}\n\n{}", paragraph.repeat(300)));
        }
        std::fs::write(&path, &text).expect("written");
        let crate::load::Start::Head(start) = crate::load::load_start(&path).expect("loads") else {
            panic!("a large article opens on its start");
        };
        let head = Arc::new(Doc::head(start.briefing, &path));
        let mut state = State::reader(head.clone(), Config::default());
        update(&mut state, Action::Resize(120, 40));
        update(&mut state, Action::NextSection);
        for _ in 0..3 {
            update(&mut state, Action::LineDown);
        }
        let before = state.reader.as_ref().unwrap().view.top;
        assert!(before.line > 0, "inside a paragraph: {before:?}");
        assert!(state.waiting_for().is_none(), "the start is not analysed");
        let mut analyst = Analyst::new(Known::Builtin);
        settle(&mut analyst, &mut state);
        let r = state.reader.as_ref().expect("a reader");
        assert_eq!(r.doc().briefing.sections.len(), 40, "the whole");
        assert!(head.briefing.sections.len() < 40);
        assert!(!r.doc().pending && !r.doc().analysis.mentions.is_empty());
        assert!(
            r.doc().origin.as_ref().is_some_and(|o| o.path == path),
            "remembered by its whole file"
        );
        assert_eq!(r.view.top, before, "the place read is kept");
        let last = r.layout.blocks().last().expect("blocks").section;
        assert_eq!(last, 39, "the whole is laid out");

        // The file went away: the start stays, analysed, and the reader says why.
        std::fs::remove_file(&path).expect("removed");
        let mut state = State::reader(head.clone(), Config::default());
        update(&mut state, Action::Resize(120, 40));
        settle(&mut analyst, &mut state);
        let r = state.reader.as_ref().expect("a reader");
        assert!(Arc::ptr_eq(&r.doc().briefing, &head.briefing));
        assert!(!r.doc().pending && !r.doc().analysis.mentions.is_empty());
        let said = r.message.as_deref().unwrap_or_default();
        assert!(
            said.contains("only the start") && said.contains("no such file"),
            "{said}"
        );
    }

    #[test]
    fn a_failed_analysis_is_said_and_not_retried() {
        let doc = pending("t");
        let mut state = State::reader(doc.clone(), Config::default());
        update(&mut state, Action::Resize(120, 40));
        update(&mut state, Msg::Analysed(doc.briefing.clone(), None));
        assert!(state.waiting_for().is_none());
        let r = state.reader.as_ref().expect("a reader");
        assert!(r.message.as_deref().is_some_and(|m| m.contains("failed")));
    }
}
