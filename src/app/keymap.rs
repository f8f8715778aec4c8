//! Keys to actions: one table, [`BINDINGS`], of named actions and their default keys.
//! [`Keys`] is that table as the reader uses it, with the config file's rebindings
//! (`config::keys`) applied; the keymap looks keys up in it, the help overlay and the
//! status bar's hints name its keys, and docs/keys.md and the README's table are
//! generated from the defaults ([`help_rows`], [`markdown`]; a test compares the docs).
//!
//! An action has a name (`page-down`) and any number of keys; a new action is one
//! more row, and a config file can rebind it by that name.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::action::Action;
use super::input::Edit;
use super::key::Key;

/// What keys mean right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Reading: the default.
    Normal,
    /// Typing a search after `/` or `?`: characters type themselves.
    Search,
    /// Choosing a briefing in the library: its own keys, then the reader's moves.
    Library,
    /// Typing the library's filter: characters type themselves.
    Filter,
    /// The help overlay is open: the keys of `help`, `back`, `quit` and `open` close it.
    Help,
    /// The briefing's own details are shown: the keys of `info`, `back`, `quit` and
    /// `open` close them.
    Info,
    /// Typing a note after `a`: characters type themselves, the editing keys edit.
    Note,
    /// The list of marks and notes is open: moving keys move in it, `open` jumps.
    Pins,
}

/// How the `?` overlay and the docs show a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Help {
    /// A row of its own, with this description.
    Row(&'static str),
    /// A row, and a second row for what the same keys do in the links pane.
    RowAndLinks(&'static str, &'static str),
    /// Shares the row above (`n / N`: next / previous match; `1 … 9`).
    Joins,
    /// Named inside another row's description, where `{name}` stands for its key.
    Inline,
}

/// One action of the reader and the keys that ask for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Binding {
    /// The action's name in the docs (and in a config file): `page-down`.
    pub(crate) name: &'static str,
    action: Action,
    /// Where the keys act: `Normal` or `Search`.
    pub(crate) mode: Mode,
    /// The keys, the first one named in descriptions.
    pub(crate) keys: &'static [Key],
    pub(crate) help: Help,
}

const fn bind(name: &'static str, action: Action, keys: &'static [Key], help: Help) -> Binding {
    Binding {
        name,
        action,
        mode: Mode::Normal,
        keys,
        help,
    }
}

const fn search(name: &'static str, action: Action, keys: &'static [Key]) -> Binding {
    Binding {
        name,
        action,
        mode: Mode::Search,
        keys,
        help: Help::Inline,
    }
}

const fn library(name: &'static str, action: Action, keys: &'static [Key], help: Help) -> Binding {
    Binding {
        name,
        action,
        mode: Mode::Library,
        keys,
        help,
    }
}

const fn in_mode(mode: Mode, name: &'static str, action: Action, keys: &'static [Key]) -> Binding {
    Binding {
        name,
        action,
        mode,
        keys,
        help: Help::Inline,
    }
}

const fn ch(c: char) -> Key {
    Key::char(c)
}

const fn ctrl(c: char) -> Key {
    Key::ctrl(c)
}

const fn key(code: KeyCode) -> Key {
    Key::code(code)
}

use crate::library::SortKey;
use Action as A;
use Help::{Joins, Row, RowAndLinks};
use KeyCode as K;

/// Every binding of the reader, in the order the help lists them. `Ctrl-c` is not
/// here: it quits in every mode and cannot be rebound, so there is always a way out.
#[rustfmt::skip]
pub(crate) const BINDINGS: &[Binding] = &[
    bind("line-down", A::LineDown, &[ch('j'), key(K::Down)], RowAndLinks(
        "line down / up (next / previous item in a list)",
        "select a node or link; a node focuses its entity")),
    bind("line-up", A::LineUp, &[ch('k'), key(K::Up)], Joins),
    bind("half-page-down", A::HalfPageDown, &[ctrl('d')], Row("half page down / up")),
    bind("half-page-up", A::HalfPageUp, &[ctrl('u')], Joins),
    bind("page-down", A::PageDown, &[ch(' '), key(K::PageDown), ctrl('f')], Row("page down / up")),
    bind("page-up", A::PageUp, &[ch('b'), key(K::PageUp), ctrl('b')], Joins),
    bind("top", A::Top, &[ch('g'), key(K::Home)],
        Row("top / bottom (first / last item in a list)")),
    bind("bottom", A::Bottom, &[ch('G'), key(K::End)], Joins),
    bind("focus-next", A::FocusNext, &[key(K::Tab)], Row("focus next / previous pane")),
    bind("focus-prev", A::FocusPrev, &[key(K::BackTab)], Joins),
    bind("next-section", A::NextSection, &[ch(']')], Row("next / previous section")),
    bind("prev-section", A::PrevSection, &[ch('[')], Joins),
    bind("section-1", A::JumpSection(1), &[ch('1')], Row("jump to section n")),
    bind("section-2", A::JumpSection(2), &[ch('2')], Joins),
    bind("section-3", A::JumpSection(3), &[ch('3')], Joins),
    bind("section-4", A::JumpSection(4), &[ch('4')], Joins),
    bind("section-5", A::JumpSection(5), &[ch('5')], Joins),
    bind("section-6", A::JumpSection(6), &[ch('6')], Joins),
    bind("section-7", A::JumpSection(7), &[ch('7')], Joins),
    bind("section-8", A::JumpSection(8), &[ch('8')], Joins),
    bind("section-9", A::JumpSection(9), &[ch('9')], Joins),
    bind("open", A::Activate, &[key(K::Enter)],
        Row("open the selected section, link, evidence, sentence")),
    bind("search", A::SearchStart, &[ch('/')],
        Row("search; accents, case ignored (a capital: exact case)")),
    bind("search-backward", A::SearchBackward, &[ch('?')],
        Row("search backward; {search-keep} keeps, {search-cancel} drops, {search-older} {search-newer} history")),
    bind("next-match", A::NextMatch, &[ch('n')], Row("next / previous match (in the search's direction)")),
    bind("prev-match", A::PrevMatch, &[ch('N')], Joins),
    bind("next-mention", A::NextMention, &[ch('e')],
        Row("next / previous entity; focus it ({focus-entity} again: clear)")),
    bind("prev-mention", A::PrevMention, &[ch('E')], Joins),
    bind("focus-entity", A::ToggleFocus, &[ch('f')], Joins),
    bind("back", A::Back, &[key(K::Esc)], Row("back: close evidence, clear search, clear focus")),
    bind("skim", A::ToggleSkim, &[ch('s')], Row("skim: lead sentences and their entities only")),
    bind("info", A::ToggleInfo, &[ch('i')], Row("about this briefing: date, source, summary")),
    bind("relations", A::ToggleRelations, &[ch('r')],
        Row("links pane: show / hide, zoom to the whole screen")),
    bind("zoom", A::ToggleZoom, &[ch('z')], Joins),
    bind("graph-or-list", A::ToggleGraph, &[ch('v')],
        Row("links pane: graph / list, current section only")),
    bind("section-only", A::ToggleCurrentSection, &[ch('c')], Joins),
    // Shifted: `m` and `a` mark and annotate the text, in every pane.
    bind("co-mentions", A::ToggleCoMentions, &[ch('M')],
        Row("links pane: co-mentions (dim), countries only")),
    bind("countries", A::ToggleActors, &[ch('A')], Joins),
    bind("next-kind", A::NextKind, &[ch('t')],
        Row("links pane: one kind (next / previous), legend")),
    bind("prev-kind", A::PrevKind, &[ch('T')], Joins),
    bind("legend", A::ToggleLegend, &[ch('l')], Joins),
    bind("mark", A::ToggleMark, &[ch('m')],
        Row("mark / note the sentence ({note-keep} keeps, {note-cancel} drops) / list")),
    bind("note", A::NoteStart, &[ch('a')], Joins),
    bind("marks", A::TogglePins, &[ch('\'')], Joins),
    bind("copy", A::Copy, &[ch('y')],
        Row("copy the sentence and its source; {pin-delete} deletes in the list")),
    bind("help", A::ToggleHelp, &[ch('h'), key(K::F(1))], Row("this help / quit")),
    bind("quit", A::Quit, &[ch('q')], Joins),
    in_mode(Mode::Pins, "pin-delete", A::PinDelete, &[ch('d')]),
    in_mode(Mode::Note, "note-keep", A::NoteConfirm, &[key(K::Enter)]),
    in_mode(Mode::Note, "note-cancel", A::NoteCancel, &[key(K::Esc)]),
    search("search-keep", A::SearchConfirm, &[key(K::Enter)]),
    search("search-cancel", A::SearchCancel, &[key(K::Esc)]),
    search("search-older", A::SearchOlder, &[key(K::Up)]),
    search("search-newer", A::SearchNewer, &[key(K::Down)]),
    library("library-open", A::Activate, &[key(K::Enter)],
        Row("open the selected briefing ({quit} or {back} in it comes back here)")),
    library("library-filter", A::FilterStart, &[ch('/')],
        Row("filter: title, source, entities; {filter-open} opens, {filter-clear} clears, {filter-erase} erases, {filter-up} {filter-down} move")),
    library("sort-date", A::SortBy(SortKey::Date), &[ch('d')],
        Row("sort by date / last opened / title (again: reverse)")),
    library("sort-opened", A::SortBy(SortKey::Opened), &[ch('o')], Joins),
    library("sort-title", A::SortBy(SortKey::Title), &[ch('t')], Joins),
    in_mode(Mode::Filter, "filter-open", A::FilterOpen, &[key(K::Enter)]),
    in_mode(Mode::Filter, "filter-clear", A::FilterClear, &[key(K::Esc)]),
    in_mode(Mode::Filter, "filter-down", A::LineDown, &[key(K::Down)]),
    in_mode(Mode::Filter, "filter-up", A::LineUp, &[key(K::Up)]),
    in_mode(Mode::Filter, "filter-erase", A::FilterErase, &[ctrl('u')]),
];

/// The reader's bindings the library's help lists too: moving in a list, help, quit.
const LIBRARY_SHARED: &[&str] = &["line-down", "page-down", "page-up", "top", "help", "quit"];

/// The keys of every binding of [`BINDINGS`], by index: the defaults, or as the
/// config file rebinds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    keys: Vec<Vec<Key>>,
}

impl Default for Keys {
    fn default() -> Keys {
        Keys {
            keys: BINDINGS.iter().map(|b| b.keys.to_vec()).collect(),
        }
    }
}

impl Keys {
    /// The keys of binding `i`.
    pub(crate) fn get(&self, i: usize) -> &[Key] {
        self.keys.get(i).map_or(&[], Vec::as_slice)
    }

    /// Replace the keys of binding `i`.
    pub(crate) fn set(&mut self, i: usize, keys: Vec<Key>) {
        if let Some(slot) = self.keys.get_mut(i) {
            *slot = keys;
        }
    }

    /// The first key of the binding named `name`, as the help and hints label it.
    pub(crate) fn label(&self, name: &str) -> String {
        binding_index(name)
            .and_then(|i| self.get(i).first())
            .map_or_else(String::new, |k| k.label())
    }

    /// The action `key` asks for in `mode`.
    pub(crate) fn action(&self, mode: Mode, key: Key) -> Option<Action> {
        BINDINGS
            .iter()
            .zip(&self.keys)
            .find(|(b, keys)| b.mode == mode && keys.contains(&key))
            .map(|(b, _)| b.action)
    }

    /// Pairs of bindings (by index) that one key of one mode would ask for both.
    pub(crate) fn conflicts(&self) -> Vec<(usize, usize, Key)> {
        let mut out = Vec::new();
        for (a, ka) in self.keys.iter().enumerate() {
            for (b, kb) in self.keys.iter().enumerate().skip(a + 1) {
                if BINDINGS[a].mode != BINDINGS[b].mode {
                    continue;
                }
                if let Some(&key) = ka.iter().find(|k| kb.contains(k)) {
                    out.push((a, b, key));
                }
            }
        }
        out
    }
}

/// The action `event` asks for in `mode` with `keys`. Only presses count: a release or
/// a repeat event from terminals that report them must not act twice.
pub(crate) fn keymap_with(keys: &Keys, mode: Mode, event: KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let lookup = |mode, key| keys.action(mode, key);
    let key = Key::of(&event);
    let alt = event
        .modifiers
        .contains(ratatui::crossterm::event::KeyModifiers::ALT);
    if key == Key::ctrl('c') {
        return Some(Action::Exit);
    }
    match mode {
        Mode::Normal => lookup(Mode::Normal, key),
        Mode::Library => lookup(Mode::Library, key).or_else(|| lookup(Mode::Normal, key)),
        Mode::Help => match lookup(Mode::Normal, key)? {
            Action::ToggleHelp | Action::Back | Action::Quit | Action::Activate => {
                Some(Action::ToggleHelp)
            }
            _ => None,
        },
        Mode::Info => match lookup(Mode::Normal, key)? {
            Action::ToggleInfo | Action::Back | Action::Quit | Action::Activate => {
                Some(Action::ToggleInfo)
            }
            _ => None,
        },
        Mode::Pins => lookup(Mode::Pins, key).or_else(|| match lookup(Mode::Normal, key)? {
            a @ (Action::LineDown
            | Action::LineUp
            | Action::Top
            | Action::Bottom
            | Action::Activate) => Some(a),
            Action::TogglePins | Action::Back | Action::Quit => Some(Action::TogglePins),
            _ => None,
        }),
        // The note is a text field: its editing keys are those of a shell's line.
        Mode::Note => lookup(Mode::Note, key).or_else(|| note_edit(key, alt).map(Action::NoteEdit)),
        // The query is a text field: Backspace edits it and cannot be rebound.
        Mode::Search => lookup(Mode::Search, key).or(match key.code {
            K::Backspace => Some(Action::SearchBackspace),
            KeyCode::Char(c) if !key.ctrl => Some(Action::SearchInput(c)),
            _ => None,
        }),
        Mode::Filter => lookup(Mode::Filter, key).or(match key.code {
            K::Backspace => Some(Action::FilterBackspace),
            KeyCode::Char(c) if !key.ctrl => Some(Action::FilterInput(c)),
            _ => None,
        }),
    }
}

/// The editing keys of the note line (not rebindable: they are a text field's).
fn note_edit(key: Key, alt: bool) -> Option<Edit> {
    Some(match (key.code, key.ctrl, alt) {
        (K::Char('b'), false, true) => Edit::WordLeft,
        (K::Char('f'), false, true) => Edit::WordRight,
        (K::Left, true, _) | (K::Left, _, true) => Edit::WordLeft,
        (K::Right, true, _) | (K::Right, _, true) => Edit::WordRight,
        (K::Left, ..) => Edit::Left,
        (K::Right, ..) => Edit::Right,
        (K::Home, ..) | (K::Char('a'), true, _) => Edit::Home,
        (K::End, ..) | (K::Char('e'), true, _) => Edit::End,
        (K::Char('w'), true, _) | (K::Backspace, _, true) => Edit::DeleteWord,
        (K::Char('u'), true, _) => Edit::DeleteToStart,
        (K::Backspace, ..) => Edit::Backspace,
        (K::Delete, ..) => Edit::Delete,
        (K::Char(c), false, false) => Edit::Insert(c),
        _ => return None,
    })
}

/// The index in [`BINDINGS`] of the binding named `name`.
pub(crate) fn binding_index(name: &str) -> Option<usize> {
    BINDINGS.iter().position(|b| b.name == name)
}

/// The rows of the docs' key table, with the default keys: (keys, what they do).
pub fn help_rows() -> Vec<(String, String)> {
    help_rows_with(&Keys::default())
}

/// The rows of the reader's help overlay with `keys`: (keys, what they do).
pub(crate) fn help_rows_with(keys: &Keys) -> Vec<(String, String)> {
    rows_of(keys, true, |b| {
        matches!(b.mode, Mode::Normal | Mode::Search)
    })
}

/// The rows of the library's table in the docs, with the default keys.
fn library_rows() -> Vec<(String, String)> {
    library_rows_with(&Keys::default())
}

/// The rows of the library's help overlay with `keys`: its own keys, then the
/// reader's it shares.
pub(crate) fn library_rows_with(keys: &Keys) -> Vec<(String, String)> {
    let mut rows = rows_of(keys, false, |b| {
        matches!(b.mode, Mode::Library | Mode::Filter)
    });
    rows.extend(rows_of(keys, false, |b| {
        b.mode == Mode::Normal && LIBRARY_SHARED.contains(&b.name)
    }));
    rows
}

/// The help rows of the bindings `wanted` keeps (a row and the bindings joining it
/// are kept or dropped together, by the row's binding); with `links`, the rows of
/// what the keys do in the links pane.
fn rows_of(keys: &Keys, links: bool, wanted: impl Fn(&Binding) -> bool) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    let mut i = 0;
    while let Some(first) = BINDINGS.get(i) {
        let group = 1 + BINDINGS[i + 1..]
            .iter()
            .take_while(|b| b.help == Joins)
            .count();
        let labels = group_keys(keys, i..i + group);
        if !wanted(first) {
            i += group;
            continue;
        }
        match first.help {
            Row(text) => rows.push((labels, describe(keys, text))),
            RowAndLinks(text, pane) => {
                rows.push((labels.clone(), describe(keys, text)));
                if links {
                    rows.push((format!("{labels} (links pane)"), describe(keys, pane)));
                }
            }
            Joins | Help::Inline => {}
        }
        i += group;
    }
    rows
}

/// The keys of a row: each binding's keys, bindings apart with ` / `; the run of
/// section digits by its ends.
fn group_keys(keys: &Keys, group: std::ops::Range<usize>) -> String {
    let all = |i: usize| {
        let labels: Vec<String> = keys.get(i).iter().map(|k| k.label()).collect();
        labels.join(" ")
    };
    let first = |i: usize| keys.get(i).first().map(|k| k.label()).unwrap_or_default();
    let digits = BINDINGS[group.clone()]
        .iter()
        .all(|b| matches!(b.action, Action::JumpSection(_)));
    if group.len() > 2 && digits {
        format!("{} … {}", first(group.start), first(group.end - 1))
    } else {
        group.map(all).collect::<Vec<_>>().join(" / ")
    }
}

/// `text` with each `{name}` replaced by the first key of that binding.
fn describe(keys: &Keys, text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        let label = keys.label(&rest[open + 1..close]);
        if label.is_empty() {
            out.push_str(&rest[open..=close]);
        } else {
            out.push_str(&label);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The reader's key table as Markdown, as docs/keys.md and the README carry it.
pub fn markdown() -> String {
    table(help_rows())
}

/// The library's key table as Markdown, as docs/keys.md and the README carry it.
pub fn library_markdown() -> String {
    table(library_rows())
}

fn table(rows: Vec<(String, String)>) -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = String::from("| Keys | Action |\n|---|---|\n");
    for (keys, what) in rows {
        out.push_str(&format!("| `{}` | {} |\n", cell(&keys), cell(&what)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEventState, KeyModifiers};

    /// The action `event` asks for in `mode` with the default keys.
    fn keymap(mode: Mode, event: KeyEvent) -> Option<Action> {
        keymap_with(&Keys::default(), mode, event)
    }

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn vim_and_arrow_keys_move() {
        for (code, action) in [
            (KeyCode::Char('j'), Action::LineDown),
            (KeyCode::Down, Action::LineDown),
            (KeyCode::Char('k'), Action::LineUp),
            (KeyCode::Up, Action::LineUp),
            (KeyCode::Char(' '), Action::PageDown),
            (KeyCode::PageUp, Action::PageUp),
            (KeyCode::Char('G'), Action::Bottom),
            (KeyCode::Home, Action::Top),
            (KeyCode::Char('3'), Action::JumpSection(3)),
        ] {
            assert_eq!(keymap(Mode::Normal, press(code)), Some(action), "{code:?}");
        }
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        assert_eq!(keymap(Mode::Normal, ctrl('d')), Some(Action::HalfPageDown));
        assert_eq!(keymap(Mode::Normal, ctrl('b')), Some(Action::PageUp));
        assert_eq!(
            keymap(Mode::Normal, ctrl('j')),
            None,
            "Ctrl changes the key"
        );
    }

    #[test]
    fn only_presses_act() {
        let release = KeyEvent {
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
            ..press(KeyCode::Char('q'))
        };
        assert_eq!(keymap(Mode::Normal, release), None);
    }

    #[test]
    fn search_mode_types_what_normal_mode_binds() {
        assert_eq!(
            keymap(Mode::Search, press(KeyCode::Char('q'))),
            Some(Action::SearchInput('q'))
        );
        assert_eq!(
            keymap(Mode::Search, press(KeyCode::Esc)),
            Some(Action::SearchCancel)
        );
        assert_eq!(
            keymap(Mode::Search, press(KeyCode::Backspace)),
            Some(Action::SearchBackspace)
        );
    }

    #[test]
    fn the_links_pane_keys() {
        for (c, action) in [
            ('z', Action::ToggleZoom),
            ('i', Action::ToggleInfo),
            ('M', Action::ToggleCoMentions),
            ('t', Action::NextKind),
            ('T', Action::PrevKind),
            ('A', Action::ToggleActors),
            ('m', Action::ToggleMark),
            ('a', Action::NoteStart),
            ('y', Action::Copy),
            ('l', Action::ToggleLegend),
        ] {
            assert_eq!(
                keymap(Mode::Normal, press(KeyCode::Char(c))),
                Some(action),
                "{c}"
            );
        }
        for code in [
            KeyCode::Char('i'),
            KeyCode::Esc,
            KeyCode::Char('q'),
            KeyCode::Enter,
        ] {
            assert_eq!(
                keymap(Mode::Info, press(code)),
                Some(Action::ToggleInfo),
                "{code:?}"
            );
        }
        assert_eq!(keymap(Mode::Info, press(KeyCode::Char('j'))), None);
    }

    #[test]
    fn the_library_has_its_keys_then_the_readers_moves_and_its_filter_types() {
        let at = |mode, c| keymap(mode, press(KeyCode::Char(c)));
        assert_eq!(at(Mode::Library, 't'), Some(Action::SortBy(SortKey::Title)));
        assert_eq!(at(Mode::Normal, 't'), Some(Action::NextKind));
        assert_eq!(at(Mode::Library, '/'), Some(Action::FilterStart));
        assert_eq!(at(Mode::Library, 'j'), Some(Action::LineDown));
        assert_eq!(at(Mode::Library, 'q'), Some(Action::Quit));
        assert_eq!(at(Mode::Filter, 'q'), Some(Action::FilterInput('q')));
        assert_eq!(
            keymap(Mode::Filter, press(KeyCode::Enter)),
            Some(Action::FilterOpen)
        );
        assert_eq!(
            keymap(Mode::Filter, press(KeyCode::Down)),
            Some(Action::LineDown)
        );
        let rows = library_rows();
        assert!(rows.iter().any(|(k, _)| k == "d / o / t"), "{rows:?}");
        assert!(!rows.iter().any(|(k, _)| k.contains("links pane")));
    }

    #[test]
    fn help_closes_and_does_not_quit_on_q() {
        for code in [KeyCode::Char('q'), KeyCode::Esc, KeyCode::Enter] {
            assert_eq!(keymap(Mode::Help, press(code)), Some(Action::ToggleHelp));
        }
        assert_eq!(keymap(Mode::Help, press(KeyCode::Char('j'))), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(keymap(Mode::Help, ctrl_c), Some(Action::Exit));
        assert_eq!(keymap(Mode::Filter, ctrl_c), Some(Action::Exit));
    }

    #[test]
    fn every_key_of_the_table_asks_for_its_action_and_no_other() {
        for b in BINDINGS {
            assert!(!b.keys.is_empty(), "{} has no key", b.name);
            for key in b.keys {
                assert_eq!(keymap(b.mode, key.event()), Some(b.action), "{}", b.name);
            }
            let same = BINDINGS.iter().filter(|o| o.name == b.name).count();
            assert_eq!(same, 1, "{} named twice", b.name);
        }
    }

    #[test]
    fn the_help_shows_every_binding() {
        for b in BINDINGS.iter().filter(|b| b.help == Help::Inline) {
            let named = BINDINGS.iter().any(|o| match o.help {
                Row(t) | RowAndLinks(t, _) => t.contains(&format!("{{{}}}", b.name)),
                _ => false,
            });
            assert!(named, "{} is named in no description", b.name);
        }
        let rows = help_rows();
        let text: String = rows
            .iter()
            .chain(&library_rows())
            .map(|(k, w)| format!("{k} {w}\n"))
            .collect();
        assert!(
            !text.contains('{'),
            "a placeholder names no binding:\n{text}"
        );
        for b in BINDINGS {
            if matches!(b.action, Action::JumpSection(2..=8)) {
                continue;
            }
            for key in b.keys {
                assert!(text.contains(&key.label()), "{} missing:\n{text}", b.name);
            }
        }
        // The overlay fits an 80×24 terminal above the status bar.
        assert!(rows.len() <= 23, "{} rows", rows.len());
        assert!(library_rows().len() <= 23, "{} rows", library_rows().len());
        assert!(rows[0].0.starts_with("j ↓ / k ↑"), "{:?}", rows[0]);
        assert!(rows.contains(&("1 … 9".into(), "jump to section n".into())));
    }
}
