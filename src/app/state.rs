//! The reader's state, grouped by pane. Only `update` changes it; the view reads it.

use std::sync::Arc;

use ratatui::layout::Rect;

use crate::geometry::{self, Areas};
use crate::layout::{Layout, Pos};
use crate::model::{Doc, Loc};

use super::keymap::{Keys, Mode};

/// Choices made at start-up (flags, environment, the config file), passed in rather
/// than read from the environment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// No colour at all: entities are marked by bold, underline and reverse only.
    pub no_color: bool,
    /// Report mouse clicks and the wheel.
    pub mouse: bool,
    /// ASCII-only glyphs in the relationship pane.
    pub ascii: bool,
    /// The theme and the per-kind styles over it.
    pub theme: crate::config::ThemeSpec,
    /// The key table, rebindings applied.
    pub keys: Arc<Keys>,
    /// Said on the status bar until the first key: why the config file was not used.
    pub notice: Option<String>,
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

/// One briefing offered by the picker: loaded, or why it could not be.
#[derive(Debug, Clone)]
pub struct Entry {
    pub label: String,
    pub doc: Result<Arc<Doc>, String>,
}

/// The list shown when brief opens a directory.
#[derive(Debug, Clone, Default)]
pub struct Picker {
    pub entries: Vec<Entry>,
    pub selected: usize,
}

/// The whole screen.
#[derive(Debug, Clone)]
pub struct State {
    pub config: Config,
    /// Terminal columns and rows.
    pub size: (u16, u16),
    /// Present when brief was opened on a directory.
    pub picker: Option<Picker>,
    /// The briefing being read; `None` while the picker is shown.
    pub reader: Option<Reader>,
    pub help: bool,
    pub quit: bool,
    /// Searches confirmed while brief runs, oldest first (Up / Down in the search
    /// line), kept across the briefings opened from the picker.
    pub search_history: Vec<String>,
}

/// Reading one briefing.
#[derive(Debug, Clone)]
pub struct Reader {
    pub layout: Layout,
    pub focus: Focus,
    pub view: ReadingPane,
    pub sections: SectionsPane,
    pub relations: RelationsPane,
    pub search: Search,
    /// The focused entity (`f`), with its mention count per section.
    pub focused: Option<FocusedEntity>,
    /// A one-line note for the status bar, cleared by the next action.
    pub message: Option<String>,
    /// Mention counts per section of each entity focused so far: counting scans every
    /// mention, so it is done once per entity, not once per key.
    pub counts: std::collections::HashMap<usize, Arc<[usize]>>,
}

/// The reading pane: what is on screen, computed by `update` for the view.
#[derive(Debug, Clone, Default)]
pub struct ReadingPane {
    /// The first line shown.
    pub top: Pos,
    /// The lines shown, top to bottom (at most the pane's height).
    pub rows: Vec<Pos>,
    /// Text rows of the pane.
    pub height: usize,
    /// The entity cursor: an index into `Analysis::mentions` (`e` / `E`).
    pub cursor: Option<usize>,
    /// A sentence to highlight (an evidence jump).
    pub highlight: Option<Loc>,
}

/// The sections side panel.
#[derive(Debug, Clone, Default)]
pub struct SectionsPane {
    /// The selected section (an index into the briefing's sections).
    pub selected: usize,
    /// Sections whose end has been on screen.
    pub read: Vec<bool>,
}

/// The relationship pane: shown or not, and the link chart's own state (view,
/// selection, evidence list, section filter, the chart laid out for its size).
#[derive(Debug, Clone, Default)]
pub struct RelationsPane {
    pub visible: bool,
    pub pane: crate::graph::Pane,
}

/// The search typed after `/` or `?`.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// Still typing.
    pub editing: bool,
    /// Typed after `?`: the first match is the last before the start, `n` goes up.
    pub backward: bool,
    /// The history entry shown in the search line (Up / Down), if any.
    pub recalled: Option<usize>,
    pub query: String,
    /// Every match, sorted, capped at `MAX_MATCHES`.
    pub matches: Vec<Loc>,
    /// The match the reader was moved to.
    pub current: Option<usize>,
    /// Where reading was when `/` was pressed, to return to on `Esc`.
    pub origin: Pos,
}

/// The entity the reader focuses on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FocusedEntity {
    pub entity: usize,
    pub per_section: Arc<[usize]>,
}

impl State {
    /// A reader on one briefing.
    pub fn reader(doc: Arc<Doc>, config: Config) -> State {
        let mut reader = Reader::new(doc);
        reader.message = config.notice.clone();
        State {
            config,
            size: (0, 0),
            picker: None,
            reader: Some(reader),
            help: false,
            quit: false,
            search_history: Vec::new(),
        }
    }

    /// A picker over several briefings.
    pub fn picker(entries: Vec<Entry>, config: Config) -> State {
        State {
            config,
            size: (0, 0),
            picker: Some(Picker {
                entries,
                selected: 0,
            }),
            reader: None,
            help: false,
            quit: false,
            search_history: Vec::new(),
        }
    }

    /// What keys mean now.
    pub fn mode(&self) -> Mode {
        match &self.reader {
            _ if self.help => Mode::Help,
            Some(r) if r.search.editing => Mode::Search,
            _ => Mode::Normal,
        }
    }
}

impl Reader {
    pub fn new(doc: Arc<Doc>) -> Reader {
        let sections = doc.briefing.sections.len();
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
        }
    }

    pub fn doc(&self) -> &Arc<Doc> {
        self.layout.doc()
    }

    /// Where the panes go on `screen`: a relationship pane under the article grows
    /// while it has the focus, so that the chart has room to be drawn.
    pub fn areas(&self, screen: Rect) -> Areas {
        let grow = self.focus == Focus::Relations;
        geometry::areas(screen, self.relations.visible, grow)
    }

    /// The first row the sections panel shows in `list` (its inside), so that the
    /// selected section stays in view.
    pub fn sections_first_row(&self, list: Rect) -> usize {
        let at = self.shown_position(self.sections.selected).unwrap_or(0);
        geometry::first_row(at, usize::from(list.height))
    }

    /// The section being read: the one of the first line shown.
    pub fn current_section(&self) -> usize {
        self.layout.section_of(self.view.top)
    }

    /// The section being read, as the status bar and the panel name it: the section of
    /// the place the reader was sent to (an evidence sentence, the search match, the
    /// entity cursor) while that section is on screen, else the top line's. After a
    /// jump the top line is a third of a page above the target, often in the section
    /// before it.
    pub fn reading_section(&self) -> usize {
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
    pub fn shown_sections(&self) -> Vec<usize> {
        self.shown_iter().collect()
    }

    /// `shown_sections` without collecting it (the panel of a 20 MB article lists
    /// thousands, and a frame needs only a screenful).
    pub fn shown_iter(&self) -> impl Iterator<Item = usize> + '_ {
        let n = self.doc().briefing.sections.len();
        (0..n).filter(move |&i| {
            self.focused
                .as_ref()
                .is_none_or(|f| f.per_section.get(i).is_some_and(|&c| c > 0))
        })
    }

    /// Where section `s` is among the sections shown.
    pub fn shown_position(&self, s: usize) -> Option<usize> {
        match &self.focused {
            None => (s < self.doc().briefing.sections.len()).then_some(s),
            Some(_) => self.shown_iter().position(|i| i == s),
        }
    }

    /// Percentage of the text up to the last line shown.
    pub fn percent(&self) -> u8 {
        let last = self.view.rows.last().copied().unwrap_or(self.view.top);
        (self.layout.progress(last) * 100.0)
            .round()
            .clamp(0.0, 100.0) as u8
    }
}
