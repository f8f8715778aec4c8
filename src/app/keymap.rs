//! Keys to actions: one table, [`BINDINGS`], of named actions and their keys. The
//! keymap looks keys up in it; the `?` overlay, docs/keys.md and the README's table
//! are generated from it ([`help_rows`], [`markdown`]; a test compares the docs).
//!
//! An action has a name (`page-down`) and any number of keys, so that a config file
//! can one day rebind any action by name; a new action is one more row.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::action::Action;
use super::key::Key;

/// What keys mean right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Reading (or choosing a briefing in the picker): the default.
    Normal,
    /// Typing a search after `/`: characters type themselves.
    Search,
    /// The help overlay is open: the keys of `help`, `back`, `quit` and `open` close it.
    Help,
}

/// How the `?` overlay and the docs show a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
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
pub struct Binding {
    /// The action's name in the docs (and in a config file): `page-down`.
    pub name: &'static str,
    pub action: Action,
    /// Where the keys act: `Normal` or `Search`.
    pub mode: Mode,
    /// The keys, the first one named in descriptions.
    pub keys: &'static [Key],
    pub help: Help,
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

const fn section(n: u8) -> Binding {
    const NAMES: [&str; 9] = [
        "section-1",
        "section-2",
        "section-3",
        "section-4",
        "section-5",
        "section-6",
        "section-7",
        "section-8",
        "section-9",
    ];
    const DIGITS: [[Key; 1]; 9] = {
        let mut keys = [[Key::char('1')]; 9];
        let mut i = 0;
        while i < 9 {
            keys[i] = [Key::char((b'1' + i as u8) as char)];
            i += 1;
        }
        keys
    };
    let i = n as usize - 1;
    let help = if n == 1 {
        Help::Row("jump to section n")
    } else {
        Help::Joins
    };
    bind(NAMES[i], Action::JumpSection(n), &DIGITS[i], help)
}

use Help::{Joins, Row, RowAndLinks};
use KeyCode::{BackTab, Backspace, Down, End, Enter, Esc, Home, PageDown, PageUp, Tab, Up};

/// Every binding of the reader, in the order the help lists them. `Ctrl-c` is not
/// here: it quits in every mode and cannot be rebound, so there is always a way out.
pub const BINDINGS: &[Binding] = &[
    bind(
        "line-down",
        Action::LineDown,
        &[Key::char('j'), Key::code(Down)],
        RowAndLinks(
            "line down / up (next / previous item in a list)",
            "select a node or link; a node focuses its entity",
        ),
    ),
    bind(
        "line-up",
        Action::LineUp,
        &[Key::char('k'), Key::code(Up)],
        Joins,
    ),
    bind(
        "half-page-down",
        Action::HalfPageDown,
        &[Key::ctrl('d')],
        Row("half page down / up"),
    ),
    bind("half-page-up", Action::HalfPageUp, &[Key::ctrl('u')], Joins),
    bind(
        "page-down",
        Action::PageDown,
        &[Key::char(' '), Key::code(PageDown), Key::ctrl('f')],
        Row("page down"),
    ),
    bind(
        "page-up",
        Action::PageUp,
        &[Key::char('b'), Key::code(PageUp), Key::ctrl('b')],
        Row("page up"),
    ),
    bind(
        "top",
        Action::Top,
        &[Key::char('g'), Key::code(Home)],
        Row("top / bottom (first / last item in a list)"),
    ),
    bind(
        "bottom",
        Action::Bottom,
        &[Key::char('G'), Key::code(End)],
        Joins,
    ),
    bind(
        "focus-next",
        Action::FocusNext,
        &[Key::code(Tab)],
        Row("focus next / previous pane"),
    ),
    bind(
        "focus-prev",
        Action::FocusPrev,
        &[Key::code(BackTab)],
        Joins,
    ),
    bind(
        "next-section",
        Action::NextSection,
        &[Key::char(']')],
        Row("next / previous section"),
    ),
    bind(
        "prev-section",
        Action::PrevSection,
        &[Key::char('[')],
        Joins,
    ),
    section(1),
    section(2),
    section(3),
    section(4),
    section(5),
    section(6),
    section(7),
    section(8),
    section(9),
    bind(
        "open",
        Action::Activate,
        &[Key::code(Enter)],
        RowAndLinks(
            "open the selected section, relation or evidence",
            "a link's evidence; on a sentence, jump to it",
        ),
    ),
    bind(
        "search",
        Action::SearchStart,
        &[Key::char('/')],
        Row("search (live); {search-keep} keeps it, {search-cancel} drops it"),
    ),
    bind(
        "next-match",
        Action::NextMatch,
        &[Key::char('n')],
        Row("next / previous match"),
    ),
    bind("prev-match", Action::PrevMatch, &[Key::char('N')], Joins),
    bind(
        "next-mention",
        Action::NextMention,
        &[Key::char('e')],
        Row("cursor to next / previous entity mention"),
    ),
    bind(
        "prev-mention",
        Action::PrevMention,
        &[Key::char('E')],
        Joins,
    ),
    bind(
        "focus-entity",
        Action::ToggleFocus,
        &[Key::char('f')],
        Row("focus the entity under the cursor ({focus-entity} again clears)"),
    ),
    bind(
        "back",
        Action::Back,
        &[Key::code(Esc)],
        Row("back: close evidence, clear search, clear focus"),
    ),
    bind(
        "skim",
        Action::ToggleSkim,
        &[Key::char('s')],
        Row("skim: lead sentences and their entities only"),
    ),
    bind(
        "relations",
        Action::ToggleRelations,
        &[Key::char('r')],
        Row("show / hide the relationship pane"),
    ),
    bind(
        "graph-or-list",
        Action::ToggleGraph,
        &[Key::char('v')],
        Row("relationship pane: graph / list"),
    ),
    bind(
        "section-only",
        Action::ToggleCurrentSection,
        &[Key::char('c')],
        Row("relationship pane: current section only"),
    ),
    bind(
        "help",
        Action::ToggleHelp,
        &[Key::char('?')],
        Row("show / hide this help"),
    ),
    bind("quit", Action::Quit, &[Key::char('q')], Row("quit")),
    search("search-keep", Action::SearchConfirm, &[Key::code(Enter)]),
    search("search-cancel", Action::SearchCancel, &[Key::code(Esc)]),
];

/// The action `event` asks for in `mode`. Only presses count: a release or a repeat
/// event from terminals that report them must not act twice.
pub fn keymap(mode: Mode, event: KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let key = Key::of(&event);
    if key == Key::ctrl('c') {
        return Some(Action::Quit);
    }
    match mode {
        Mode::Normal => lookup(Mode::Normal, key),
        Mode::Help => match lookup(Mode::Normal, key)? {
            Action::ToggleHelp | Action::Back | Action::Quit | Action::Activate => {
                Some(Action::ToggleHelp)
            }
            _ => None,
        },
        // The query is a text field: Backspace edits it and cannot be rebound.
        Mode::Search => lookup(Mode::Search, key).or(match key.code {
            Backspace => Some(Action::SearchBackspace),
            KeyCode::Char(c) if !key.ctrl => Some(Action::SearchInput(c)),
            _ => None,
        }),
    }
}

fn lookup(mode: Mode, key: Key) -> Option<Action> {
    BINDINGS
        .iter()
        .find(|b| b.mode == mode && b.keys.contains(&key))
        .map(|b| b.action)
}

/// The binding named `name`.
pub(crate) fn binding(name: &str) -> Option<&'static Binding> {
    BINDINGS.iter().find(|b| b.name == name)
}

/// The rows of the `?` overlay and of the docs' key table: (keys, what they do).
pub fn help_rows() -> Vec<(String, String)> {
    let mut rows = Vec::new();
    let mut i = 0;
    while let Some(first) = BINDINGS.get(i) {
        let group = 1 + BINDINGS[i + 1..]
            .iter()
            .take_while(|b| b.help == Joins)
            .count();
        let keys = group_keys(&BINDINGS[i..i + group]);
        match first.help {
            Row(text) => rows.push((keys, describe(text))),
            RowAndLinks(text, links) => {
                rows.push((keys.clone(), describe(text)));
                rows.push((format!("{keys} (links pane)"), describe(links)));
            }
            Joins | Help::Inline => {}
        }
        i += group;
    }
    rows
}

/// The keys of a row: each binding's keys, bindings apart with ` / `; a longer run
/// (the section digits) by its ends.
fn group_keys(group: &[Binding]) -> String {
    let keys = |b: &Binding| {
        let labels: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
        labels.join(" ")
    };
    match group {
        [first, _, _, ..] => {
            let end = |b: &Binding| b.keys.first().map(|k| k.label()).unwrap_or_default();
            format!("{} … {}", end(first), end(&group[group.len() - 1]))
        }
        _ => group.iter().map(keys).collect::<Vec<_>>().join(" / "),
    }
}

/// `text` with each `{name}` replaced by the first key of that binding.
fn describe(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        let key = binding(&rest[open + 1..close]).and_then(|b| b.keys.first());
        out.push_str(&key.map_or_else(|| rest[open..=close].to_string(), |k| k.label()));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The key table as Markdown, as docs/keys.md and the README carry it.
pub fn markdown() -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = String::from("| Keys | Action |\n|---|---|\n");
    for (keys, what) in help_rows() {
        out.push_str(&format!("| `{}` | {} |\n", cell(&keys), cell(&what)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyEventState, KeyModifiers};

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
    fn help_closes_and_does_not_quit_on_q() {
        for code in [KeyCode::Char('q'), KeyCode::Esc, KeyCode::Enter] {
            assert_eq!(keymap(Mode::Help, press(code)), Some(Action::ToggleHelp));
        }
        assert_eq!(keymap(Mode::Help, press(KeyCode::Char('j'))), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(keymap(Mode::Help, ctrl_c), Some(Action::Quit));
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
        let text: String = rows.iter().map(|(k, w)| format!("{k} {w}\n")).collect();
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
        assert!(rows[0].0.starts_with("j ↓ / k ↑"), "{:?}", rows[0]);
        assert!(rows.contains(&("1 … 9".into(), "jump to section n".into())));
    }
}
