//! The one `update`: applies an action to the state, then settles what the view needs
//! (wrap width, clamped scroll, the rows on screen, read marks). Draw never does this.

use std::sync::Arc;

use ratatui::layout::Rect;

use super::action::{Action, Msg};
use super::analyst::Whole;
use super::state::{Focus, FocusedEntity, Reader, State};
use super::{library, memo, nav, pins, search};
use crate::geometry;
use crate::graph::{Command, Intent};
use crate::layout::Layout;
use crate::load::Problem;
use crate::model::{Analysis, Briefing, Doc};

/// Apply `msg` (an `Action`, or news from the background analysis) to `state`.
pub fn update(state: &mut State, msg: impl Into<Msg>) {
    match msg.into() {
        Msg::Action(action) => act(state, action),
        Msg::Progress(percent) => {
            if let Some(r) = state.reader.as_mut() {
                r.progress = percent;
            }
        }
        Msg::Analysed(briefing, analysis) => analysed(state, &briefing, analysis),
        Msg::Loaded(head, whole) => loaded(state, &head, whole),
        Msg::Charted(doc, charted) => {
            if let Some(r) = state.reader.as_mut().filter(|r| Arc::ptr_eq(r.doc(), &doc)) {
                r.relations.pane.adopt(*charted);
            }
        }
        Msg::Library(news) => {
            if let Some(lib) = state.library.as_mut() {
                lib.news(news);
            }
        }
        Msg::Recalled(record, warnings) => memo::recalled(state, *record, warnings),
        Msg::Saved(result, warnings) => memo::saved(state, result.map(|r| *r), warnings),
        Msg::Reloaded(result) => memo::reloaded(state, *result),
    }
    if let Some(reader) = state.reader.as_mut() {
        settle(reader, state.size, state.config.ascii);
    } else if let Some(lib) = state.library.as_mut() {
        library::settle(lib, state.size);
    }
}

fn act(state: &mut State, action: Action) {
    match action {
        Action::Exit => state.quit = true,
        // Quitting a briefing opened from the library goes back to it.
        Action::Quit if state.reader.is_some() && state.library.is_some() && !state.help => {
            library::back_from_reader(state)
        }
        Action::Quit => state.quit = true,
        Action::Resize(w, h) => state.size = (w, h),
        Action::ToggleHelp => state.help = !state.help,
        _ if state.help => {}
        Action::ToggleInfo if state.reader.is_some() => state.info = !state.info,
        _ if state.info => {}
        _ => match state.reader.as_mut() {
            Some(reader) => {
                reader.message = None;
                // The history outlives any one briefing, so it is the screen's.
                match action {
                    Action::SearchConfirm => {
                        search::remember(&mut state.search_history, &reader.search.query)
                    }
                    Action::SearchOlder | Action::SearchNewer => {
                        search::recall(reader, &state.search_history, action == Action::SearchOlder)
                    }
                    Action::Copy => return pins::copy(state),
                    _ => {}
                }
                if reader_action(reader, action, state.size) == Flow::BackToLibrary
                    && state.library.is_some()
                {
                    library::back_from_reader(state);
                }
            }
            None => library::act(state, action),
        },
    }
}

/// The analysis of `briefing` arrived (`None`: it failed, and the text is read without
/// marks): the reader's doc becomes this one, keeping its place and marking what it
/// shows. An analysis of a briefing no longer read is dropped.
fn analysed(state: &mut State, briefing: &Arc<Briefing>, analysis: Option<Analysis>) {
    let failed = analysis.is_none();
    let Some(r) = reading(state, briefing) else {
        return;
    };
    let mut doc = Doc::new(briefing.clone(), analysis.unwrap_or_default());
    doc.origin = r.doc().origin.clone();
    replace_doc(r, Arc::new(doc));
    if failed {
        r.message = Some("analysis failed: entities and relations are not shown".into());
    }
}

/// The whole of the large article whose start is read arrived: it takes the start's
/// place (a prefix of it, so the reader keeps its own) and its analysis can begin.
/// When the whole did not load, the start stays, is analysed, and the status bar
/// says why.
fn loaded(state: &mut State, head: &Arc<Briefing>, whole: Result<Whole, Vec<Problem>>) {
    let Some(r) = reading(state, head) else {
        return;
    };
    match whole {
        Ok(whole) => {
            let anchor = r.layout.anchor(r.view.top);
            r.layout.replace(whole.layout);
            place(r, anchor);
            // A search made in the start finds the rest's matches too; those of the
            // start come first, so the current one keeps its number.
            if !r.search.matches.is_empty() {
                r.search.matches = search::find_all(&r.doc().briefing, &r.search.query);
            }
            if whole.warnings > 0 {
                r.message = Some(format!(
                    "{} warnings about this file's text · brief check lists them",
                    whole.warnings
                ));
            }
        }
        Err(problems) => {
            replace_doc(r, Arc::new(Doc::pending(head.clone())));
            let why = problems.first().map_or("", |p| p.message.as_str());
            r.message = Some(format!("only the start of this file is shown: {why}"));
        }
    }
}

/// The reader, if it still reads `briefing` (news of a briefing left is dropped).
fn reading<'a>(state: &'a mut State, briefing: &Arc<Briefing>) -> Option<&'a mut Reader> {
    state
        .reader
        .as_mut()
        .filter(|r| Arc::ptr_eq(&r.doc().briefing, briefing))
}

/// Show `doc`, of the same text, in the reader in place of its own, keeping the place
/// read.
fn replace_doc(r: &mut Reader, doc: Arc<Doc>) {
    let anchor = r.layout.anchor(r.view.top);
    r.layout.set_doc(doc);
    place(r, anchor);
}

/// Back at `anchor` after the reader's doc changed: what pointed into the old one
/// (the mention under the cursor, the entity focused, counts) is let go.
fn place(r: &mut Reader, anchor: crate::layout::Anchor) {
    r.view.top = r.layout.locate(anchor);
    r.view.cursor = None;
    r.focused = None;
    r.counts.clear();
}

#[derive(Debug, PartialEq, Eq)]
enum Flow {
    Stay,
    BackToLibrary,
}

/// The relationship pane's meaning of an action, when it has one.
fn pane_command(r: &Reader, action: Action) -> Option<Command> {
    let focused = r.focus == Focus::Relations;
    Some(match action {
        Action::ToggleGraph => Command::ToggleView,
        Action::ToggleCurrentSection => Command::ToggleSection,
        Action::ToggleCoMentions => Command::ToggleCoMentions,
        Action::NextKind => Command::NextKind,
        Action::PrevKind => Command::PrevKind,
        Action::ToggleActors => Command::ToggleActors,
        Action::ToggleLegend => Command::ToggleLegend,
        _ if !focused => return None,
        Action::LineDown => Command::Next,
        Action::LineUp => Command::Prev,
        Action::Top => Command::First,
        Action::Bottom => Command::Last,
        Action::Activate => Command::Enter,
        Action::Back => Command::Back,
        _ => return None,
    })
}

/// The actions of the note line and of the list of marks and notes, while open.
fn pins_action(r: &mut Reader, action: Action) -> bool {
    if let Some(draft) = r.note.as_mut() {
        match action {
            Action::NoteEdit(edit) => draft.input.apply(edit),
            Action::NoteConfirm => pins::confirm_note(r),
            Action::NoteCancel => r.note = None,
            _ => return false,
        }
        return true;
    }
    if r.pins.is_some() {
        match action {
            Action::LineDown => pins::move_in_list(r, 1),
            Action::LineUp => pins::move_in_list(r, -1),
            Action::Top => pins::move_in_list(r, isize::MIN / 2),
            Action::Bottom => pins::move_in_list(r, isize::MAX / 2),
            Action::Activate => pins::jump(r),
            Action::PinDelete => pins::delete(r),
            Action::TogglePins => pins::toggle_list(r),
            _ => return false,
        }
        return true;
    }
    match action {
        Action::ToggleMark => pins::toggle_mark(r),
        Action::NoteStart => pins::start_note(r),
        Action::TogglePins => pins::toggle_list(r),
        _ => return false,
    }
    true
}

fn reader_action(r: &mut Reader, action: Action, size: (u16, u16)) -> Flow {
    if pins_action(r, action) {
        return Flow::Stay;
    }
    if let Some(command) = pane_command(r, action) {
        let doc = r.doc().clone();
        let response = r.relations.pane.apply(command, &doc.analysis);
        match response.intent {
            Some(Intent::Focus(entity)) => focus_entity(r, entity),
            Some(Intent::Jump(loc)) => {
                // The reader asked to see the sentence: the article comes back.
                r.relations.zoomed = false;
                r.view.highlight = Some(loc);
                nav::reveal(r, loc);
            }
            None => {}
        }
        if response.handled || action != Action::Back {
            return Flow::Stay;
        }
        // Esc with nothing open in a zoomed pane: back among the other panes.
        if r.relations.zoomed {
            r.relations.zoomed = false;
            return Flow::Stay;
        }
    }
    let needs_entities = matches!(
        action,
        Action::NextMention | Action::PrevMention | Action::ToggleFocus
    );
    if needs_entities && r.doc().pending {
        r.message = Some(format!(
            "still indexing ({} %): entities are marked when it is done",
            r.progress
        ));
        return Flow::Stay;
    }
    let page = r.view.height.max(1);
    match action {
        Action::LineDown => move_in_focus(r, 1),
        Action::LineUp => move_in_focus(r, -1),
        Action::HalfPageDown => nav::scroll(r, (page / 2).max(1) as isize),
        Action::HalfPageUp => nav::scroll(r, -((page / 2).max(1) as isize)),
        Action::PageDown => nav::scroll(r, page.saturating_sub(2).max(1) as isize),
        Action::PageUp => nav::scroll(r, -(page.saturating_sub(2).max(1) as isize)),
        Action::Scroll(n) => nav::scroll(r, isize::from(n)),
        Action::Top => match r.focus {
            Focus::Reader => r.view.top = Default::default(),
            _ => move_in_focus(r, isize::MIN / 2),
        },
        Action::Bottom => match r.focus {
            Focus::Reader => r.view.top = r.layout.last(),
            _ => move_in_focus(r, isize::MAX / 2),
        },
        Action::FocusNext | Action::FocusPrev => {
            let panes = visible_panes(r, size);
            let at = panes.iter().position(|&p| p == r.focus).unwrap_or(0);
            let n = panes.len().max(1);
            let next = if action == Action::FocusNext {
                (at + 1) % n
            } else {
                (at + n - 1) % n
            };
            r.focus = panes.get(next).copied().unwrap_or(Focus::Reader);
        }
        Action::NextSection => nav::next_section(r),
        Action::PrevSection => nav::prev_section(r),
        Action::JumpSection(n) => {
            let i = usize::from(n).saturating_sub(1);
            let count = r.doc().briefing.sections.len();
            if i < count {
                nav::goto_section(r, i);
            } else {
                // Say why nothing moved rather than ignore the key.
                let noun = if count == 1 { "section" } else { "sections" };
                r.message = Some(format!("no section {n}: {count} {noun}"));
            }
        }
        Action::Activate => activate(r),
        Action::SearchStart => search::start(r, false),
        Action::SearchBackward => search::start(r, true),
        Action::SearchInput(c) => {
            r.search.query.push(c);
            r.search.recalled = None;
            search::research(r);
        }
        Action::SearchBackspace => {
            r.search.query.pop();
            r.search.recalled = None;
            search::research(r);
        }
        // Handled in `update`, which holds the history.
        Action::SearchOlder | Action::SearchNewer => {}
        Action::SearchConfirm => {
            r.search.editing = false;
            if r.search.matches.is_empty() && !r.search.query.is_empty() {
                r.message = Some(format!("no match for {}", r.search.query));
            }
        }
        Action::SearchCancel => {
            let origin = r.search.origin;
            r.search = Default::default();
            r.view.top = origin;
        }
        Action::NextMatch => search::step_match(r, true),
        Action::PrevMatch => search::step_match(r, false),
        Action::NextMention => nav::step_mention(r, true),
        Action::PrevMention => nav::step_mention(r, false),
        Action::ToggleFocus => toggle_focus(r),
        Action::Back => return back(r),
        Action::ToggleSkim => {
            let anchor = r.layout.anchor(r.view.top);
            let width = r.layout.width();
            r.layout = Layout::new(r.doc().clone(), width, !r.layout.skim());
            r.view.top = r.layout.locate(anchor);
        }
        Action::ToggleRelations => {
            r.relations.visible = !r.relations.visible;
            r.relations.zoomed = false;
            if !r.relations.visible && r.focus == Focus::Relations {
                r.focus = Focus::Reader;
            }
        }
        Action::ToggleZoom => {
            r.relations.zoomed = !r.relations.zoomed;
            if r.relations.zoomed {
                r.relations.visible = true;
                r.focus = Focus::Relations;
            }
        }
        Action::ToggleGraph
        | Action::ToggleCurrentSection
        | Action::ToggleCoMentions
        | Action::NextKind
        | Action::PrevKind
        | Action::ToggleActors
        | Action::ToggleLegend
        | Action::ToggleInfo => {}
        // Handled by `pins_action` (or `act`, for the copy) before this.
        Action::ToggleMark
        | Action::NoteStart
        | Action::NoteEdit(_)
        | Action::NoteConfirm
        | Action::NoteCancel
        | Action::TogglePins
        | Action::PinDelete
        | Action::Copy => {}
        Action::Click(col, row) => click(r, size, col, row),
        Action::Quit | Action::Exit | Action::Resize(..) | Action::ToggleHelp => {}
        // The library's own.
        Action::FilterStart
        | Action::FilterInput(_)
        | Action::FilterBackspace
        | Action::FilterErase
        | Action::FilterOpen
        | Action::FilterClear
        | Action::SortBy(_) => {}
    }
    Flow::Stay
}

/// The panes on screen at this size, in Tab order.
fn visible_panes(r: &Reader, size: (u16, u16)) -> Vec<Focus> {
    let areas = r.areas(screen(size));
    let mut panes = Vec::new();
    if areas.sections.is_some() {
        panes.push(Focus::Sections);
    }
    if areas.reader.is_some() {
        panes.push(Focus::Reader);
    }
    if areas.relations.is_some() {
        panes.push(Focus::Relations);
    }
    panes
}

/// `j` / `k` and friends: scroll the article or move a list selection.
fn move_in_focus(r: &mut Reader, delta: isize) {
    match r.focus {
        Focus::Reader => nav::scroll(r, delta),
        Focus::Sections => {
            let shown = r.shown_sections();
            let at = shown
                .iter()
                .position(|&s| s >= r.sections.selected)
                .unwrap_or(0);
            if let Some(&s) = shown.get(step(at, delta, shown.len())) {
                r.sections.selected = s;
            }
        }
        // The pane's own keys go through `pane_command`; anything else scrolls the text.
        Focus::Relations => nav::scroll(r, delta),
    }
}

/// `at + delta`, kept within a list of `len` items.
fn step(at: usize, delta: isize, len: usize) -> usize {
    let last = len.saturating_sub(1);
    at.saturating_add_signed(delta).min(last)
}

fn activate(r: &mut Reader) {
    match r.focus {
        Focus::Sections => {
            let s = r.sections.selected;
            nav::goto_section(r, s);
            r.focus = Focus::Reader;
        }
        Focus::Reader | Focus::Relations => {}
    }
}

fn toggle_focus(r: &mut Reader) {
    if r.focused.take().is_some() {
        return;
    }
    let Some(entity) = nav::entity_under_cursor(r) else {
        r.message = Some("no entity on screen to focus".into());
        return;
    };
    focus_entity(r, entity);
}

/// Focus `entity`: the panel lists only the sections mentioning it, the rest dims.
fn focus_entity(r: &mut Reader, entity: usize) {
    let doc = r.doc().clone();
    let n = doc.briefing.sections.len();
    let per_section = r
        .counts
        .entry(entity)
        .or_insert_with(|| doc.analysis.mentions_per_section(entity, n).into())
        .clone();
    r.focused = Some(FocusedEntity {
        entity,
        per_section,
    });
}

/// `Esc`: undo the innermost thing still showing, one per press.
fn back(r: &mut Reader) -> Flow {
    if !r.search.matches.is_empty() || !r.search.query.is_empty() {
        r.search = Default::default();
        return Flow::Stay;
    }
    let cleared = r.view.highlight.take().is_some()
        || r.focused.take().is_some()
        || r.view.cursor.take().is_some();
    if cleared {
        Flow::Stay
    } else {
        Flow::BackToLibrary
    }
}

fn click(r: &mut Reader, size: (u16, u16), col: u16, row: u16) {
    let areas = r.areas(screen(size));
    let at = ratatui::layout::Position::new(col, row);
    if let Some(area) = areas.sections.filter(|a| a.contains(at)) {
        r.focus = Focus::Sections;
        let list = geometry::inner(area);
        let first = r.sections_first_row(list);
        let section = geometry::item_at(list, first, row).and_then(|i| r.shown_iter().nth(i));
        if let Some(s) = section {
            r.sections.selected = s;
            nav::goto_section(r, s);
        }
    } else if areas.relations.is_some_and(|a| a.contains(at)) {
        r.focus = Focus::Relations;
    } else if areas.reader.is_some_and(|a| a.contains(at)) {
        r.focus = Focus::Reader;
    }
}

/// Make the state ready to draw at `size`: the widths the panes ask for, wrap width,
/// clamped top, rows on screen, read marks, the panel selection following the
/// reading, the chart laid out for its pane.
fn settle(r: &mut Reader, size: (u16, u16), ascii: bool) {
    let doc = r.doc().clone();
    r.relations.pane.set_ascii(ascii);
    r.relations.want = r.relations.pane.want(&doc.analysis);
    let areas = r.areas(screen(size));
    // A zoomed pane hides the article: it keeps its wrapping for when it comes back.
    if let Some(reader) = areas.reader {
        let text = geometry::text_area(reader);
        let width = usize::from(text.width).max(1);
        if width != r.layout.width() {
            let anchor = r.layout.anchor(r.view.top);
            r.layout.set_width(width);
            r.view.top = r.layout.locate(anchor);
        }
        r.view.height = usize::from(text.height);
    }
    if areas.sections.is_none() && r.focus == Focus::Sections
        || areas.relations.is_none() && r.focus == Focus::Relations
    {
        r.focus = Focus::Reader;
    }
    if areas.reader.is_none() {
        r.focus = Focus::Relations;
    }
    nav::clamp(r);
    nav::fill_rows(r);
    r.view.pinned = nav::pinned_rows(r);
    // The cursor is a place on screen: once scrolled away (a section jump, a page) it
    // is dropped, so that the status bar never names an entity `f` would not focus.
    if r.view.cursor.is_some_and(|c| !nav::on_screen(r, c)) {
        r.view.cursor = None;
    }
    if r.focus != Focus::Sections {
        r.sections.selected = r.reading_section();
    }
    // The chart is laid out here, once per briefing, filter and pane size: drawing
    // only reads it.
    let section = r.reading_section();
    r.relations.pane.set_section(section, &doc.analysis);
    if let Some(area) = areas.relations {
        let inside = geometry::inner(area);
        r.relations
            .pane
            .resize(&doc.analysis, inside.width, inside.height);
    }
}

/// The whole terminal of `size` columns and rows.
fn screen(size: (u16, u16)) -> Rect {
    Rect::new(0, 0, size.0, size.1)
}

/// A key press: look it up in the keymap for the current mode, then update.
pub fn press(state: &mut State, key: ratatui::crossterm::event::KeyEvent) {
    if let Some(action) = super::keymap::keymap_with(&state.config.keys, state.mode(), key) {
        update(state, action);
    }
}
