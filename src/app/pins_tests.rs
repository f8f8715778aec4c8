//! Marks, notes, copy and memory through `update`, on a small hand-made briefing.

use std::sync::Arc;

use super::input::Edit;
use super::memo::snapshot;
use super::{Action, Config, Msg, State, update};
use crate::memory::{ContentHash, Record};

fn sample() -> Arc<crate::model::Doc> {
    let para = "Russia and Kazakhstan talk again. Astana answers at once. ".repeat(12);
    super::tests::sample_doc(&para, 6)
}

/// A reader of the sample at `w`×`h` whose memory was recalled as `record` (fresh
/// when `None`).
fn reader(w: u16, h: u16, record: Option<Record>) -> State {
    let d = sample();
    let record = record
        .unwrap_or_else(|| Record::new("/tmp/sample.txt", &ContentHash::of(b"x"), &d.briefing));
    let mut state = State::reader(d, Config::default());
    update(&mut state, Action::Resize(w, h));
    update(&mut state, Msg::Recalled(Box::new(record), Vec::new()));
    state
}

fn typed(state: &mut State, text: &str) {
    for c in text.chars() {
        update(state, Action::NoteEdit(Edit::Insert(c)));
    }
}

#[test]
fn a_mark_and_a_note_show_in_the_margin_and_the_list() {
    let mut state = reader(100, 30, None);
    update(&mut state, Action::JumpSection(2));
    update(&mut state, Action::LineDown);
    update(&mut state, Action::LineDown);
    update(&mut state, Action::ToggleMark);
    let r = state.reader.as_ref().unwrap();
    let memo = r.memo.as_ref().unwrap();
    assert_eq!(memo.record.marks.len(), 1);
    assert_eq!(
        memo.record.marks[0].quote,
        "Russia and Kazakhstan talk again."
    );
    assert!(r.view.pinned.contains(&Some(false)), "{:?}", r.view.pinned);

    update(&mut state, Action::NoteStart);
    assert_eq!(state.mode(), super::keymap::Mode::Note);
    typed(&mut state, "why not ?");
    update(&mut state, Action::NoteEdit(Edit::DeleteWord));
    typed(&mut state, "now?");
    update(&mut state, Action::NoteConfirm);
    let r = state.reader.as_ref().unwrap();
    let notes = &r.memo.as_ref().unwrap().record.notes;
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, "why now?");
    assert!(r.view.pinned.contains(&Some(true)));

    // The list: the note first, then the mark; Enter jumps to it from anywhere.
    update(&mut state, Action::Top);
    update(&mut state, Action::TogglePins);
    assert_eq!(state.mode(), super::keymap::Mode::Pins);
    update(&mut state, Action::Activate);
    let r = state.reader.as_ref().unwrap();
    assert_eq!(r.reading_section(), 1, "jumped to the note's section");
    assert!(r.view.highlight.is_some());

    // Deleting from the list; a second `m` on the place unmarks it.
    update(&mut state, Action::TogglePins);
    update(&mut state, Action::PinDelete);
    update(&mut state, Action::TogglePins);
    let memo = state.reader.as_ref().unwrap().memo.as_ref().unwrap();
    assert!(memo.record.notes.is_empty());
    assert_eq!(memo.record.removed.len(), 1);
}

#[test]
fn the_position_survives_a_new_width_and_a_reopen() {
    let mut state = reader(120, 30, None);
    update(&mut state, Action::JumpSection(4));
    for _ in 0..9 {
        update(&mut state, Action::LineDown);
    }
    let top = state.reader.as_ref().unwrap().view.top;
    let record = snapshot(state.reader.as_ref().unwrap()).unwrap();
    let place = record.position.clone().unwrap();
    assert_eq!(place.title, "Section 3");
    // Reopened at the same width: the same screen.
    let same = reader(120, 30, Some(record.clone()));
    assert_eq!(same.reader.as_ref().unwrap().view.top, top);
    // In a narrower terminal: the sentence starts on the top line.
    let again = reader(70, 20, Some(record));
    let r = again.reader.as_ref().unwrap();
    let loc = super::memo::loc_of(&r.doc().briefing, &place).unwrap();
    let line = r.layout.line_range(r.view.top).unwrap();
    assert!(line.contains(&loc.start), "{line:?} {loc:?}");
    assert_eq!(r.current_section(), 3);
}

#[test]
fn copy_carries_the_citation_and_no_control_character() {
    let mut state = reader(100, 30, None);
    update(&mut state, Action::JumpSection(3));
    update(&mut state, Action::LineDown);
    update(&mut state, Action::LineDown);
    update(&mut state, Action::Copy);
    let (_, text) = state.clipboard.clone().expect("copied");
    assert!(
        text.starts_with("«Russia and Kazakhstan talk again.»"),
        "{text}"
    );
    assert!(text.contains("§3 Section 2"), "{text}");
    assert!(
        !text
            .chars()
            .any(|c| c != '\n' && crate::text::terminal::is_unsafe(c))
    );

    let mut off = reader(100, 30, None);
    off.config.clipboard_off = true;
    update(&mut off, Action::Copy);
    assert!(off.clipboard.is_none());
    assert!(
        off.reader
            .as_ref()
            .unwrap()
            .message
            .as_deref()
            .unwrap()
            .contains("turned off")
    );
}

#[test]
fn a_note_with_control_characters_is_drawn_clean() {
    let mut state = reader(100, 30, None);
    update(&mut state, Action::NoteStart);
    typed(&mut state, "red \u{1b}[31m alert \u{7} \u{202e}evil");
    update(&mut state, Action::NoteConfirm);
    update(&mut state, Action::TogglePins);
    let backend = ratatui::backend::TestBackend::new(100, 30);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal.draw(|f| crate::ui::draw(f, &state)).unwrap();
    let buffer = terminal.backend().buffer();
    let text: String = buffer.content().iter().map(|c| c.symbol()).collect();
    assert!(text.contains("red"), "the note is listed");
    assert!(
        !text.chars().any(crate::text::terminal::is_unsafe),
        "{text:?}"
    );
}

#[test]
fn a_reload_keeps_the_place_and_names_the_sections_changed() {
    let mut state = reader(100, 30, None);
    update(&mut state, Action::JumpSection(3));
    update(&mut state, Action::LineDown);
    let before = snapshot(state.reader.as_ref().unwrap()).unwrap();
    // Section 1 was on screen to its end at the start: read. Now its text changes.
    let mut b = (*state.reader.as_ref().unwrap().doc().briefing).clone();
    state.reader.as_mut().unwrap().sections.read[0] = true;
    b.sections[0].body[0].insert_str(0, "A new first sentence. ");
    let mut origin_doc = (*state.reader.as_ref().unwrap().doc().clone()).clone();
    origin_doc.origin = Some(Arc::new(crate::memory::Origin {
        path: "/tmp/sample.txt".into(),
        hash: ContentHash::of(b"x"),
    }));
    state
        .reader
        .as_mut()
        .unwrap()
        .layout
        .set_doc(Arc::new(origin_doc));
    update(
        &mut state,
        Msg::Reloaded(Box::new(Ok((b, ContentHash::of(b"y"))))),
    );
    let r = state.reader.as_ref().unwrap();
    assert!(
        r.message
            .as_deref()
            .unwrap()
            .contains("§1 changed since read"),
        "{:?}",
        r.message
    );
    assert_eq!(snapshot(r).unwrap().position, before.position);
    assert!(r.doc().pending, "the analysis runs again");

    update(
        &mut state,
        Msg::Reloaded(Box::new(Err("b.yaml:1:8: expected a value".into()))),
    );
    let r = state.reader.as_ref().unwrap();
    assert_eq!(r.stale.as_deref(), Some("b.yaml:1:8: expected a value"));
    assert_eq!(
        r.doc().briefing.sections[0].body[0].split(". ").next(),
        Some("A new first sentence")
    );
}

/// The keeper answers on its own time: a write of the briefing closed before this one
/// opened says nothing about this one's marks.
#[test]
fn a_save_of_another_briefing_leaves_this_ones_marks() {
    let mut state = reader(100, 30, None);
    let d = sample();
    let mut other = Record::new("/tmp/other.txt", &ContentHash::of(b"y"), &d.briefing);
    other.marks.push(crate::memory::Pin {
        id: "m1".into(),
        ..Default::default()
    });
    update(
        &mut state,
        Msg::Saved(Ok(Box::new(other.clone())), Vec::new()),
    );
    let memo = state.reader.as_ref().unwrap().memo.as_ref().unwrap();
    assert!(memo.record.marks.is_empty());
    // Its own write, merged with another process's mark, brings that mark in.
    let mut own = memo.record.clone();
    own.marks = other.marks;
    update(&mut state, Msg::Saved(Ok(Box::new(own)), Vec::new()));
    let memo = state.reader.as_ref().unwrap().memo.as_ref().unwrap();
    assert_eq!(memo.record.marks.len(), 1);
}
