//! The reader's update on a small hand-made briefing: library, mouse, Esc, resizing.

use std::sync::Arc;

use super::Library;
use super::state::Focus;
use super::{Action, Config, State, update};
use crate::layout::tests::doc;
use crate::model::EntityKind;

fn sample() -> Arc<crate::model::Doc> {
    sample_doc(&"Russia and Kazakhstan talk. ".repeat(30), 8)
}

/// `sections` sections of two paragraphs `para`, Russia and Kazakhstan known.
pub(crate) fn sample_doc(para: &str, sections: usize) -> Arc<crate::model::Doc> {
    let sections: Vec<(String, Vec<String>)> = (0..sections)
        .map(|i| {
            (
                format!("Section {i}"),
                vec![para.to_string(), para.to_string()],
            )
        })
        .collect();
    let refs: Vec<(&str, Vec<&str>)> = sections
        .iter()
        .map(|(t, b)| (t.as_str(), b.iter().map(String::as_str).collect()))
        .collect();
    let slices: Vec<(&str, &[&str])> = refs.iter().map(|(t, b)| (*t, b.as_slice())).collect();
    Arc::new(doc(
        &slices,
        &[
            ("Russia", EntityKind::Country),
            ("Kazakhstan", EntityKind::Country),
        ],
    ))
}

fn reader(w: u16, h: u16) -> State {
    let mut state = State::reader(sample(), Config::default());
    update(&mut state, Action::Resize(w, h));
    state
}

#[test]
fn clicking_a_section_opens_it_and_the_wheel_scrolls() {
    let mut state = reader(120, 40);
    // Row 1 is the panel's first section; row 4 its fourth.
    update(&mut state, Action::Click(5, 4));
    let r = state.reader.as_ref().unwrap();
    assert_eq!(r.focus, Focus::Sections);
    assert_eq!(r.current_section(), 3);
    let top = r.view.top;
    update(&mut state, Action::Scroll(3));
    assert!(state.reader.as_ref().unwrap().view.top > top);
}

#[test]
fn scrolling_stops_at_the_end_and_the_start() {
    let mut state = reader(80, 24);
    for _ in 0..200 {
        update(&mut state, Action::PageDown);
    }
    let r = state.reader.as_ref().unwrap();
    assert_eq!(r.percent(), 100);
    assert_eq!(r.view.rows.len(), r.view.height);
    for _ in 0..200 {
        update(&mut state, Action::PageUp);
    }
    assert_eq!(state.reader.as_ref().unwrap().view.top, Default::default());
}

#[test]
fn a_resize_keeps_the_section_being_read() {
    let mut state = reader(120, 40);
    update(&mut state, Action::JumpSection(5));
    update(&mut state, Action::LineDown);
    update(&mut state, Action::LineDown);
    update(&mut state, Action::Resize(60, 20));
    assert_eq!(state.reader.as_ref().unwrap().current_section(), 4);
    update(&mut state, Action::Resize(200, 60));
    assert_eq!(state.reader.as_ref().unwrap().current_section(), 4);
}

#[test]
fn sections_read_are_marked() {
    let mut state = reader(120, 40);
    assert!(!state.reader.as_ref().unwrap().sections.read[3]);
    update(&mut state, Action::JumpSection(4));
    for _ in 0..3 {
        update(&mut state, Action::PageDown);
    }
    assert!(state.reader.as_ref().unwrap().sections.read[3]);
}

/// A library of three short articles on disk (the library loads what it opens), the
/// last one broken, listed A to Z.
fn library() -> (tempfile::TempDir, State) {
    let dir = tempfile::tempdir().expect("temp dir");
    let items = crate::library::tests::items_in(
        dir.path(),
        &[
            ("a.txt", "Alpha\n\nRussia and Kazakhstan talk.\n"),
            ("b.txt", "Beta\n\nIndia and Japan talk.\n"),
            ("c.yaml", "title: [unclosed\n"),
        ],
    );
    let mut state = State::library(Library::new(items), Config::default());
    update(&mut state, Action::Resize(80, 24));
    update(&mut state, Action::SortBy(crate::library::SortKey::Title));
    (dir, state)
}

/// The title of the briefing the reader has open, if one is.
fn open_title(state: &State) -> Option<String> {
    let r = state.reader.as_ref()?;
    Some(r.doc().briefing.title.clone())
}

#[test]
fn the_library_opens_a_briefing_and_esc_or_q_returns_to_it() {
    let (_dir, mut state) = library();
    update(&mut state, Action::Bottom);
    update(&mut state, Action::Activate);
    assert!(state.reader.is_none(), "a broken entry does not open");
    let said = state.library.as_ref().and_then(|l| l.message.clone());
    assert!(
        said.as_deref().is_some_and(|m| m.contains("c.yaml:1:")),
        "{said:?}"
    );
    update(&mut state, Action::Top);
    update(&mut state, Action::Activate);
    assert!(state.reader.is_some());
    update(&mut state, Action::Back);
    assert!(
        state.reader.is_none(),
        "Esc with nothing to clear goes back"
    );
    assert!(!state.quit);
    update(&mut state, Action::LineDown);
    update(&mut state, Action::Activate);
    assert_eq!(open_title(&state).as_deref(), Some("Beta"));
    update(&mut state, Action::Quit);
    assert!(state.reader.is_none() && !state.quit, "q goes back too");
    // In the list, Esc (back) leaves, as q does; Ctrl-c leaves from anywhere.
    update(&mut state, Action::Back);
    assert!(state.quit);
    let (_dir, mut state) = library();
    update(&mut state, Action::Activate);
    update(&mut state, Action::Exit);
    assert!(state.quit);
}

#[test]
fn the_filter_narrows_the_list_and_enter_opens_the_best_match() {
    let (_dir, mut state) = library();
    update(&mut state, Action::FilterStart);
    assert_eq!(state.mode(), super::keymap::Mode::Filter);
    for c in "bet".chars() {
        update(&mut state, Action::FilterInput(c));
    }
    let lib = state.library.as_ref().unwrap();
    assert_eq!(lib.shown.len(), 1, "{:?}", lib.shown);
    update(&mut state, Action::FilterBackspace);
    update(&mut state, Action::FilterErase);
    assert_eq!(state.library.as_ref().unwrap().shown.len(), 3);
    update(&mut state, Action::FilterInput('b'));
    update(&mut state, Action::FilterInput('e'));
    update(&mut state, Action::FilterOpen);
    assert_eq!(open_title(&state).as_deref(), Some("Beta"));
    update(&mut state, Action::Quit);
    // The filter stays; Esc drops it, then leaves.
    assert_eq!(state.library.as_ref().unwrap().filter, "be");
    update(&mut state, Action::Back);
    assert!(state.library.as_ref().unwrap().filter.is_empty() && !state.quit);
}

#[test]
fn esc_clears_one_thing_at_a_time() {
    let mut state = reader(120, 40);
    update(&mut state, Action::NextMention);
    update(&mut state, Action::ToggleFocus);
    let r = state.reader.as_ref().unwrap();
    assert!(r.focused.is_some() && r.view.cursor.is_some());
    update(&mut state, Action::Back);
    let r = state.reader.as_ref().unwrap();
    assert!(r.focused.is_none() && r.view.cursor.is_some());
    update(&mut state, Action::Back);
    assert!(state.reader.as_ref().unwrap().view.cursor.is_none());
    // A reader opened on one file has no picker to go back to.
    update(&mut state, Action::Back);
    assert!(state.reader.is_some());
}

#[test]
fn focus_skips_panes_that_are_not_shown() {
    let mut state = reader(40, 12);
    update(&mut state, Action::FocusNext);
    assert_eq!(state.reader.as_ref().unwrap().focus, Focus::Reader);
    let mut state = reader(120, 40);
    update(&mut state, Action::FocusNext);
    assert_eq!(state.reader.as_ref().unwrap().focus, Focus::Relations);
    update(&mut state, Action::ToggleRelations);
    assert_eq!(state.reader.as_ref().unwrap().focus, Focus::Reader);
}

#[test]
fn a_search_match_hidden_by_skim_mode_leaves_it() {
    let mut state = reader(120, 40);
    update(&mut state, Action::ToggleSkim);
    assert!(state.reader.as_ref().unwrap().layout.skim());
    update(&mut state, Action::SearchStart);
    for c in "talk".chars() {
        update(&mut state, Action::SearchInput(c));
    }
    // The first match is in the lead sentence: skim stays.
    assert!(state.reader.as_ref().unwrap().layout.skim());
    update(&mut state, Action::SearchConfirm);
    update(&mut state, Action::NextMatch);
    assert!(!state.reader.as_ref().unwrap().layout.skim());
}

/// Regression: after an evidence jump the status bar's §n/N named the section above
/// the sentence (the top line's, a third of a page higher).
#[test]
fn status_section_after_an_evidence_jump_is_the_sentences() {
    let mut state = reader(120, 40);
    let loc = crate::model::Loc {
        section: 4,
        part: crate::model::Part::Title,
        start: 0,
        end: 9,
    };
    {
        let r = state.reader.as_mut().unwrap();
        r.view.highlight = Some(loc);
        super::nav::reveal(r, loc);
    }
    update(&mut state, Action::Resize(120, 40));
    let r = state.reader.as_ref().unwrap();
    assert_eq!(r.current_section(), 3, "the jump leaves the top line above");
    assert_eq!(r.reading_section(), 4);
    assert_eq!(r.sections.selected, 4);
    // Scrolled away from the sentence, the top line's section counts again.
    update(&mut state, Action::JumpSection(1));
    assert_eq!(state.reader.as_ref().unwrap().reading_section(), 0);
}

/// Regression: `n` after a search that found nothing said "no search: press / to
/// search", and `9` on a briefing of 8 sections did nothing, silently.
#[test]
fn keys_that_cannot_move_say_why() {
    let mut state = reader(120, 40);
    update(&mut state, Action::SearchStart);
    for c in "zzz".chars() {
        update(&mut state, Action::SearchInput(c));
    }
    update(&mut state, Action::SearchConfirm);
    update(&mut state, Action::NextMatch);
    let r = state.reader.as_ref().unwrap();
    assert_eq!(r.message.as_deref(), Some("no match for zzz"));
    update(&mut state, Action::JumpSection(9));
    let r = state.reader.as_ref().unwrap();
    assert_eq!(r.message.as_deref(), Some("no section 9: 8 sections"));
    assert_eq!(r.current_section(), 0);
}

/// Regression: a click in the picker took the row under the title for the first entry
/// (`row - 2`), so a click opened the entry above the one under the mouse. The library
/// has a border and a header row above its list.
#[test]
fn a_click_in_the_library_opens_the_entry_under_it() {
    let (_dir, mut state) = library();
    update(&mut state, Action::Click(5, 0));
    update(&mut state, Action::Click(5, 1));
    assert!(state.reader.is_none(), "the border and header open nothing");
    update(&mut state, Action::Click(5, 3));
    assert_eq!(open_title(&state).as_deref(), Some("Beta"));
}

#[test]
fn a_click_on_the_sections_border_only_focuses_the_panel() {
    let mut state = reader(120, 40);
    update(&mut state, Action::JumpSection(5));
    update(&mut state, Action::Click(5, 0));
    let r = state.reader.as_ref().unwrap();
    assert_eq!(r.focus, Focus::Sections);
    assert_eq!(r.current_section(), 4);
}

#[test]
fn z_zooms_the_relationship_pane_and_keeps_the_reading_place() {
    let mut state = reader(120, 40);
    update(&mut state, Action::PageDown);
    let (top, width) = {
        let r = state.reader.as_ref().unwrap();
        (r.view.top, r.layout.width())
    };
    update(&mut state, Action::ToggleZoom);
    let r = state.reader.as_ref().unwrap();
    assert!(r.relations.zoomed);
    assert_eq!(r.focus, Focus::Relations);
    let areas = r.areas(ratatui::layout::Rect::new(0, 0, 120, 40));
    assert_eq!((areas.reader, areas.sections), (None, None));
    assert_eq!(r.relations.pane.chart().map(|c| c.width), Some(118));
    assert_eq!(
        r.layout.width(),
        width,
        "the hidden article keeps its wrapping"
    );
    // Tab has nowhere else to go; a click anywhere stays in the pane.
    update(&mut state, Action::FocusNext);
    update(&mut state, Action::Click(60, 20));
    assert_eq!(state.reader.as_ref().unwrap().focus, Focus::Relations);
    update(&mut state, Action::ToggleZoom);
    let r = state.reader.as_ref().unwrap();
    assert!(!r.relations.zoomed && r.relations.visible);
    assert_eq!(r.view.top, top);
    // Hiding the pane while zoomed comes back to the article.
    update(&mut state, Action::ToggleZoom);
    update(&mut state, Action::ToggleRelations);
    let r = state.reader.as_ref().unwrap();
    assert!(!r.relations.zoomed && !r.relations.visible);
    assert_eq!(r.focus, Focus::Reader);
}

#[test]
fn i_shows_the_briefing_and_takes_the_keys_until_closed() {
    let mut state = reader(120, 40);
    update(&mut state, Action::ToggleInfo);
    assert!(state.info);
    assert_eq!(state.mode(), super::keymap::Mode::Info);
    let top = state.reader.as_ref().unwrap().view.top;
    update(&mut state, Action::PageDown);
    assert_eq!(
        state.reader.as_ref().unwrap().view.top,
        top,
        "keys do not reach the article"
    );
    update(&mut state, Action::ToggleInfo);
    assert!(!state.info);
    assert_eq!(state.mode(), super::keymap::Mode::Normal);
}

#[test]
fn pane_keys_work_from_any_pane() {
    let mut state = reader(120, 40);
    update(&mut state, Action::ToggleCoMentions);
    update(&mut state, Action::NextKind);
    update(&mut state, Action::ToggleActors);
    let r = state.reader.as_ref().unwrap();
    assert_eq!(r.focus, Focus::Reader);
    let title = r.relations.pane.title();
    assert!(title.contains("countries"), "{title}");
    update(&mut state, Action::ToggleLegend);
    assert!(state.reader.as_ref().unwrap().relations.pane.legend());
}
