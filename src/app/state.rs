//! The reader's state, grouped by pane. Only `update` changes it; the view reads it.

use std::path::Path;
use std::sync::Arc;

use ratatui::layout::Rect;

use crate::geometry::{self, Areas};
use crate::layout::{Layout, Pos};
use crate::model::{Briefing, Doc, Loc};

use super::keymap::{Keys, Mode};
use super::library::Library;

/// Choices made at start-up (flags, environment, the config file), passed in rather
/// than read from the environment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// No colour at all: entities are marked by bold, underline and reverse only.
    pub no_color: bool,
    /// Report mouse clicks and the wheel.
    pub mouse: bool,
    /// Draw with 7-bit ASCII only (`--ascii` or the config file), for terminals
    /// whose font lacks box drawing or arrows.
    pub ascii: bool,
    /// The theme and the per-kind styles over it.
    pub theme: crate::config::ThemeSpec,
    /// The key table, rebindings applied.
    pub keys: Arc<Keys>,
    /// Said on the status bar until the first key: why the config file was not used.
    pub notice: Option<String>,
    /// The config file's library directories.
    pub library: Vec<std::path::PathBuf>,
    /// `y` may not copy to the clipboard (OSC 52): the config file turned it off.
    pub clipboard_off: bool,
}

impl Config {
    /// The config of the reader from the config file's `settings`, the command
    /// line's `mouse` and `no_color` adding to them.
    pub fn from_settings(
        settings: &crate::config::Settings,
        mouse: bool,
        no_color: bool,
    ) -> Config {
        Config {
            no_color: no_color || settings.theme.name == crate::config::ThemeName::Monochrome,
            mouse: mouse || settings.mouse,
            ascii: settings.ascii,
            theme: settings.theme,
            keys: Arc::new(settings.keys.clone()),
            notice: None,
            library: settings.library.clone(),
            clipboard_off: !settings.clipboard,
        }
    }
}

/// The panes that can hold the keyboard focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Sections,
    Reader,
    Relations,
}

/// The whole screen.
#[derive(Debug, Clone)]
pub struct State {
    pub(crate) config: Config,
    /// Terminal columns and rows.
    pub(crate) size: (u16, u16),
    /// Present when brief was opened on a library (directories, several files).
    pub(crate) library: Option<Library>,
    /// The briefing being read; `None` while the library is shown.
    pub reader: Option<Reader>,
    pub(crate) help: bool,
    /// The briefing's title, date, source and summary are shown over the panes (`i`).
    pub(crate) info: bool,
    pub(crate) quit: bool,
    /// Searches confirmed while brief runs, oldest first (Up / Down in the search
    /// line), kept across the briefings opened from the library.
    pub(crate) search_history: Vec<String>,
    /// The last text `y` copied, numbered: whoever runs the reader sends each new one
    /// to the terminal's clipboard (OSC 52).
    pub(crate) clipboard: Option<(u64, String)>,
}

/// Reading one briefing.
#[derive(Debug, Clone)]
pub struct Reader {
    pub layout: Layout,
    pub focus: Focus,
    pub view: ReadingPane,
    pub(crate) sections: SectionsPane,
    pub relations: RelationsPane,
    pub(crate) search: Search,
    /// The focused entity (`f`), with its mention count per section.
    pub focused: Option<FocusedEntity>,
    /// A one-line note for the status bar, cleared by the next action.
    pub(crate) message: Option<String>,
    /// Mention counts per section of each entity focused so far: counting scans every
    /// mention, so it is done once per entity, not once per key.
    pub(crate) counts: std::collections::HashMap<usize, Arc<[usize]>>,
    /// Columns the sections panel needs to show every title whole (border included),
    /// measured once per briefing.
    sections_want: u16,
    /// How far the background analysis is (0–100) while the doc waits for it.
    pub(crate) progress: u8,
    /// What is remembered of this briefing across runs (`app::Keeper` reads and writes
    /// it); `None` until recalled, and for a briefing that is no file.
    pub(crate) memo: Option<super::memo::Memo>,
    /// The note being typed after `a`.
    pub(crate) note: Option<super::pins::NoteDraft>,
    /// The list of marks and notes is open (`'`), this item selected.
    pub(crate) pins: Option<usize>,
    /// A mark or note changed and not yet written: said as saved once it is.
    pub(crate) unsaved: Option<String>,
    /// The file changed on disk and no longer loads: why (the last good version stays
    /// on screen).
    pub(crate) stale: Option<String>,
}

/// The reading pane: what is on screen, computed by `update` for the view.
#[derive(Debug, Clone, Default)]
pub struct ReadingPane {
    /// The first line shown.
    pub top: Pos,
    /// The lines shown, top to bottom (at most the pane's height).
    pub(crate) rows: Vec<Pos>,
    /// Text rows of the pane.
    pub(crate) height: usize,
    /// The entity cursor: an index into `Analysis::mentions` (`e` / `E`).
    pub(crate) cursor: Option<usize>,
    /// A sentence to highlight (an evidence jump).
    pub highlight: Option<Loc>,
    /// Per row shown: a mark (`Some(false)`) or a note (`Some(true)`) starts there,
    /// for the margin.
    pub(crate) pinned: Vec<Option<bool>>,
}

/// The sections side panel.
#[derive(Debug, Clone, Default)]
pub(crate) struct SectionsPane {
    /// The selected section (an index into the briefing's sections).
    pub(crate) selected: usize,
    /// Sections whose end has been on screen.
    pub(crate) read: Vec<bool>,
}

/// The relationship pane: shown or not, on the whole screen or not, and the link
/// chart's own state (view, selection, evidence list, filters, the chart laid out
/// for its size).
#[derive(Debug, Clone, Default)]
pub struct RelationsPane {
    pub(crate) visible: bool,
    pub zoomed: bool,
    /// The width the pane would like (`graph::Pane::want`), as `settle` last asked.
    pub(crate) want: u16,
    pub pane: crate::graph::Pane,
}

/// The search typed after `/` or `?`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Search {
    /// Still typing.
    pub(crate) editing: bool,
    /// Typed after `?`: the first match is the last before the start, `n` goes up.
    pub(crate) backward: bool,
    /// The history entry shown in the search line (Up / Down), if any.
    pub(crate) recalled: Option<usize>,
    pub(crate) query: String,
    /// Every match, sorted, capped at `MAX_MATCHES`.
    pub(crate) matches: Vec<Loc>,
    /// The match the reader was moved to.
    pub(crate) current: Option<usize>,
    /// Where reading was when `/` was pressed, to return to on `Esc`.
    pub(crate) origin: Pos,
}

/// The entity the reader focuses on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FocusedEntity {
    pub entity: usize,
    pub(crate) per_section: Arc<[usize]>,
}

impl State {
    /// A reader on one briefing.
    pub fn reader(doc: Arc<Doc>, config: Config) -> State {
        let mut reader = Reader::new(doc);
        reader.message = config.notice.clone();
        State::new(config, None, Some(reader))
    }

    /// The library.
    pub fn library(mut library: Library, config: Config) -> State {
        if library.message.is_none() {
            library.message = config.notice.clone();
        }
        State::new(config, Some(library), None)
    }

    /// A screen not drawn yet, nothing asked for.
    fn new(config: Config, library: Option<Library>, reader: Option<Reader>) -> State {
        State {
            config,
            size: (0, 0),
            library,
            reader,
            help: false,
            info: false,
            quit: false,
            search_history: Vec::new(),
            clipboard: None,
        }
    }

    /// The briefing whose analysis the screen waits for: the one read, while its
    /// analysis is pending. Whoever runs the reader starts (or cancels) the work to match.
    pub(crate) fn waiting_for(&self) -> Option<&Arc<Briefing>> {
        self.reader
            .as_ref()
            .map(Reader::doc)
            .filter(|d| d.pending && d.loading.is_none())
            .map(|d| &d.briefing)
    }

    /// The large article whose whole the screen waits for: the start it reads (the
    /// briefing) and the file to load.
    pub(crate) fn loading(&self) -> Option<(&Arc<Briefing>, &Arc<Path>)> {
        let doc = self.reader.as_ref().map(Reader::doc)?;
        Some((&doc.briefing, doc.loading.as_ref()?))
    }

    /// What keys mean now.
    pub(crate) fn mode(&self) -> Mode {
        match &self.reader {
            _ if self.help => Mode::Help,
            Some(_) if self.info => Mode::Info,
            Some(r) if r.search.editing => Mode::Search,
            Some(r) if r.note.is_some() => Mode::Note,
            Some(r) if r.pins.is_some() => Mode::Pins,
            Some(_) => Mode::Normal,
            None if self.library.as_ref().is_some_and(|l| l.editing) => Mode::Filter,
            None => Mode::Library,
        }
    }
}

/// The columns the sections panel needs for every title whole: its number, read mark
/// and mention count, and the border.
fn sections_want(b: &crate::model::Briefing) -> u16 {
    let digits = b.sections.len().max(1).ilog10() as usize + 1;
    let widest = b
        .sections
        .iter()
        .map(|s| crate::text::width(&s.title))
        .max()
        .unwrap_or(0);
    // "✓ 12 " before the title, " 34" after it for a focused entity's mentions.
    (widest + digits + 3 + 4 + 2).min(usize::from(u16::MAX)) as u16
}

impl Reader {
    pub(crate) fn new(doc: Arc<Doc>) -> Reader {
        let sections = doc.briefing.sections.len();
        let sections_want = sections_want(&doc.briefing);
        Reader {
            layout: Layout::new(doc, 80, false),
            focus: Focus::Reader,
            view: ReadingPane::default(),
            sections: SectionsPane {
                selected: 0,
                read: vec![false; sections],
            },
            relations: RelationsPane {
                visible: true,
                ..RelationsPane::default()
            },
            search: Search::default(),
            focused: None,
            message: None,
            counts: Default::default(),
            sections_want,
            progress: 0,
            memo: None,
            note: None,
            pins: None,
            unsaved: None,
            stale: None,
        }
    }

    pub fn doc(&self) -> &Arc<Doc> {
        self.layout.doc()
    }

    /// Where the panes go on `screen`: a relationship pane under the article grows
    /// while it has the focus, so that the chart has room to be drawn; a zoomed one
    /// takes the whole screen.
    pub fn areas(&self, screen: Rect) -> Areas {
        let relations = match (self.relations.visible, self.relations.zoomed) {
            (_, true) => geometry::Relations::Zoomed,
            (true, false) => geometry::Relations::Shown {
                grow: self.focus == Focus::Relations,
            },
            (false, false) => geometry::Relations::Hidden,
        };
        let wants = geometry::Wants {
            sections: self.sections_want,
            relations: self.relations.want,
        };
        geometry::areas(screen, relations, wants)
    }

    /// The first row the sections panel shows in `list` (its inside), so that the
    /// selected section stays in view.
    pub(crate) fn sections_first_row(&self, list: Rect) -> usize {
        let at = self.shown_position(self.sections.selected).unwrap_or(0);
        geometry::first_row(at, usize::from(list.height))
    }

    /// The section being read: the one of the first line shown.
    pub(crate) fn current_section(&self) -> usize {
        self.layout.section_of(self.view.top)
    }

    /// The section being read, as the status bar and the panel name it: the section of
    /// the place the reader was sent to (an evidence sentence, the search match, the
    /// entity cursor) while that section is on screen, else the top line's. After a
    /// jump the top line is a third of a page above the target, often in the section
    /// before it.
    pub(crate) fn reading_section(&self) -> usize {
        let top = self.current_section();
        let (Some(&first), Some(&last)) = (self.view.rows.first(), self.view.rows.last()) else {
            return top;
        };
        let shown = self.layout.section_of(first)..=self.layout.section_of(last);
        let doc = self.doc();
        let search = self.search.current.and_then(|i| self.search.matches.get(i));
        let cursor = self.view.cursor.and_then(|c| doc.analysis.mentions.get(c));
        [self.view.highlight, search.copied(), cursor.map(|m| m.loc)]
            .into_iter()
            .flatten()
            .map(|loc| loc.section as usize)
            .find(|s| shown.contains(s))
            .unwrap_or(top)
    }

    /// The sections the panel lists: all, or those mentioning the focused entity.
    pub(crate) fn shown_sections(&self) -> Vec<usize> {
        self.shown_iter().collect()
    }

    /// `shown_sections` without collecting it (the panel of a 20 MB article lists
    /// thousands, and a frame needs only a screenful).
    pub(crate) fn shown_iter(&self) -> impl Iterator<Item = usize> + '_ {
        let n = self.doc().briefing.sections.len();
        (0..n).filter(move |&i| {
            self.focused
                .as_ref()
                .is_none_or(|f| f.per_section.get(i).is_some_and(|&c| c > 0))
        })
    }

    /// Where section `s` is among the sections shown.
    fn shown_position(&self, s: usize) -> Option<usize> {
        match &self.focused {
            None => (s < self.doc().briefing.sections.len()).then_some(s),
            Some(_) => self.shown_iter().position(|i| i == s),
        }
    }

    /// Percentage of the text up to the last line shown.
    pub(crate) fn percent(&self) -> u8 {
        let last = self.view.rows.last().copied().unwrap_or(self.view.top);
        (self.layout.progress(last) * 100.0)
            .round()
            .clamp(0.0, 100.0) as u8
    }
}
