//! What the reader can be asked to do: every key, mouse event and resize becomes one
//! of these before `update` sees it.

use std::sync::Arc;

use super::analyst::Whole;
use super::input::Edit;
use crate::graph::Charted;
use crate::library::{News, SortKey};
use crate::load::Problem;
use crate::memory::{ContentHash, Record};
use crate::model::{Analysis, Briefing, Doc};

/// One request to the reader. `update` applies it to the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the briefing: back to the library it was opened from, else out of brief.
    Quit,
    /// Leave brief at once, from anywhere (Ctrl-c).
    Exit,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// One line (or list item) down in the focused pane.
    LineDown,
    /// One line (or list item) up in the focused pane.
    LineUp,
    /// Half a screen down.
    HalfPageDown,
    /// Half a screen up.
    HalfPageUp,
    /// A screen down.
    PageDown,
    /// A screen up.
    PageUp,
    /// To the start of the article (or the first item).
    Top,
    /// To the end of the article (or the last item).
    Bottom,
    /// Focus the next pane.
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// To the next section's heading.
    NextSection,
    /// To the previous section's heading (or this one's, when inside it).
    PrevSection,
    /// To section n (1-based), as typed with the digit keys.
    JumpSection(u8),
    /// Open what is selected in the focused pane (a section, a relation, evidence).
    Activate,
    /// Start typing a search forward (`/`).
    SearchStart,
    /// Start typing a search backward (`?`, as in less): `n` then goes up.
    SearchBackward,
    /// In the search line: the search typed before the one shown (history).
    SearchOlder,
    /// In the search line: the search typed after the one shown (history).
    SearchNewer,
    /// Type one character of the search.
    SearchInput(char),
    /// Delete the last character of the search.
    SearchBackspace,
    /// Keep the search and go back to reading.
    SearchConfirm,
    /// Drop the search being typed.
    SearchCancel,
    /// To the next search match in the search's direction.
    NextMatch,
    /// To the next search match against the search's direction.
    PrevMatch,
    /// Put the cursor on the next entity mention.
    NextMention,
    /// Put the cursor on the previous entity mention.
    PrevMention,
    /// Focus the entity under the cursor, or clear the focus.
    ToggleFocus,
    /// Step back: close evidence, clear the search highlight, clear the focus.
    Back,
    /// Show only each section's lead sentence and its entities, or everything again.
    ToggleSkim,
    /// Show or hide the relationship pane.
    ToggleRelations,
    /// Switch the relationship pane between graph and list.
    ToggleGraph,
    /// Relationship pane: only the relations of the section being read, or all.
    ToggleCurrentSection,
    /// Relationship pane: show co-mentions too (dimmed), or hide them again.
    ToggleCoMentions,
    /// Relationship pane: show only the next kind of link (then all again).
    NextKind,
    /// Relationship pane: show only the previous kind of link.
    PrevKind,
    /// Relationship pane: every actor, or countries only (everything rolled up).
    ToggleActors,
    /// Relationship pane: the legend in words, or the chart again.
    ToggleLegend,
    /// The relationship pane on the whole screen, or back among the others.
    ToggleZoom,
    /// Mark the current sentence (the selected section, in the panel), or unmark it.
    ToggleMark,
    /// Write a note on the current sentence (or section): opens the note line, with
    /// the note already there to edit.
    NoteStart,
    /// In the note line: one editing step.
    NoteEdit(Edit),
    /// Keep the note typed (an empty one deletes the note).
    NoteConfirm,
    /// Drop what was typed in the note line.
    NoteCancel,
    /// Show or hide the list of marks and notes.
    TogglePins,
    /// In the list of marks and notes: delete the selected one.
    PinDelete,
    /// Copy the current sentence (or the evidence shown) with its citation to the
    /// terminal's clipboard (OSC 52).
    Copy,
    /// Show or hide what the briefing says of itself: title, date, source, summary.
    ToggleInfo,
    /// Show or hide the list of keys.
    ToggleHelp,
    /// Library: start typing a filter.
    FilterStart,
    /// Library: type one character of the filter.
    FilterInput(char),
    /// Library: delete the last character of the filter.
    FilterBackspace,
    /// Library: delete the whole filter typed.
    FilterErase,
    /// Library: stop typing, keep the filter and open the selected briefing.
    FilterOpen,
    /// Library: drop the filter (everything shows again).
    FilterClear,
    /// Library: sort by this key (the same key again: the other way round).
    SortBy(SortKey),
    /// A mouse click at this column and row.
    Click(u16, u16),
    /// The mouse wheel: lines down (positive) or up (negative).
    Scroll(i16),
}

/// What `update` applies: an action, or news from the analysis running in the
/// background (`app::Analyst` turns a worker's progress and result into these).
#[derive(Debug)]
pub enum Msg {
    Action(Action),
    /// The analysis the reader waits for is this far (0–100).
    Progress(u8),
    /// The analysis of this briefing is done (`None`: it failed). It goes to every
    /// doc of the briefing, the one read and its entry in the picker.
    Analysed(Arc<Briefing>, Option<Analysis>),
    /// The whole of the large article whose start (this briefing) is read, or why it
    /// could not be loaded.
    Loaded(Arc<Briefing>, Result<Whole, Vec<Problem>>),
    /// The chart of this doc's relationship pane, laid out on a worker (it was too
    /// large to lay out between two frames).
    Charted(Arc<Doc>, Box<Charted>),
    /// The library's worker read or indexed more files.
    Library(News),
    /// What was remembered of the briefing read (`app::Keeper` read it), and what was
    /// wrong with the state files, for the status bar.
    Recalled(Box<Record>, Vec<String>),
    /// The memory was written: the record as merged with what other processes wrote
    /// (their notes come in), or why it could not be; and state files found unreadable
    /// (moved aside) on the way.
    Saved(Result<Box<Record>, String>, Vec<String>),
    /// The file read changed on disk and was loaded again, or no longer loads.
    Reloaded(Box<Result<(Briefing, ContentHash), String>>),
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Action(action)
    }
}
