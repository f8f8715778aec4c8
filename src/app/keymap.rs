//! Keys to actions: a pure table lookup, `(mode, key) -> Option<Action>`. The help
//! overlay and docs/keys.md list the same bindings from [`BINDINGS`].

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// What keys mean right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Choosing a briefing from a directory.
    Picker,
    /// Reading: the default.
    Normal,
    /// Typing a search after `/`.
    Search,
    /// The help overlay is open.
    Help,
}

/// Every binding of the reader, as shown by `?`: (keys, what they do).
pub const BINDINGS: &[(&str, &str)] = &[
    ("j ↓", "line down (next item in a list)"),
    ("k ↑", "line up (previous item in a list)"),
    ("Ctrl-d Ctrl-u", "half page down / up"),
    ("Space PgDn", "page down"),
    ("b PgUp", "page up"),
    ("g G", "top / bottom"),
    ("Tab Shift-Tab", "focus next / previous pane"),
    ("] [", "next / previous section"),
    ("1 … 9", "jump to section n"),
    ("Enter", "open the selected section, relation or evidence"),
    ("/", "search (live); Enter keeps it, Esc drops it"),
    ("n N", "next / previous match"),
    ("e E", "cursor to next / previous entity mention"),
    ("f", "focus the entity under the cursor (f again clears)"),
    ("Esc", "back: close evidence, clear search, clear focus"),
    ("s", "skim: lead sentences and their entities only"),
    ("r", "show / hide the relationship pane"),
    ("v", "relationship pane: graph / list"),
    ("c", "relationship pane: current section only"),
    (
        "j k (links pane)",
        "select a node or link; a node focuses its entity",
    ),
    (
        "Enter (links pane)",
        "a link's evidence; on a sentence, jump to it",
    ),
    ("?", "show / hide this help"),
    ("q", "quit"),
];

/// The action `key` asks for in `mode`. Only presses count: a release or a repeat
/// event from terminals that report them must not act twice.
pub fn keymap(mode: Mode, key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c')) {
        return Some(Action::Quit);
    }
    match mode {
        Mode::Search => search(key, ctrl),
        Mode::Help => match key.code {
            KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q') | KeyCode::Enter => {
                Some(Action::ToggleHelp)
            }
            _ => None,
        },
        Mode::Picker => match key.code {
            KeyCode::Char('q') | KeyCode::Esc => Some(Action::Quit),
            KeyCode::Char('?') => Some(Action::ToggleHelp),
            KeyCode::Enter => Some(Action::Activate),
            _ => motion(key, ctrl),
        },
        Mode::Normal => normal(key, ctrl),
    }
}

fn search(key: KeyEvent, ctrl: bool) -> Option<Action> {
    match key.code {
        KeyCode::Esc => Some(Action::SearchCancel),
        KeyCode::Enter => Some(Action::SearchConfirm),
        KeyCode::Backspace => Some(Action::SearchBackspace),
        KeyCode::Char(c) if !ctrl => Some(Action::SearchInput(c)),
        _ => None,
    }
}

/// Movement keys, shared by the reader and the picker.
fn motion(key: KeyEvent, ctrl: bool) -> Option<Action> {
    use KeyCode::*;
    Some(match key.code {
        Char('d') if ctrl => Action::HalfPageDown,
        Char('u') if ctrl => Action::HalfPageUp,
        Char('f') if ctrl => Action::PageDown,
        Char('b') if ctrl => Action::PageUp,
        _ if ctrl => return None,
        Char('j') | Down => Action::LineDown,
        Char('k') | Up => Action::LineUp,
        Char(' ') | PageDown => Action::PageDown,
        Char('b') | PageUp => Action::PageUp,
        Char('g') | Home => Action::Top,
        Char('G') | End => Action::Bottom,
        _ => return None,
    })
}

fn normal(key: KeyEvent, ctrl: bool) -> Option<Action> {
    use KeyCode::*;
    if let Some(action) = motion(key, ctrl) {
        return Some(action);
    }
    if ctrl {
        return None;
    }
    Some(match key.code {
        Tab => Action::FocusNext,
        BackTab => Action::FocusPrev,
        Char(']') => Action::NextSection,
        Char('[') => Action::PrevSection,
        Char(c @ '1'..='9') => Action::JumpSection(c as u8 - b'0'),
        Enter => Action::Activate,
        Char('/') => Action::SearchStart,
        Char('n') => Action::NextMatch,
        Char('N') => Action::PrevMatch,
        Char('e') => Action::NextMention,
        Char('E') => Action::PrevMention,
        Char('f') => Action::ToggleFocus,
        Esc => Action::Back,
        Char('s') => Action::ToggleSkim,
        Char('r') => Action::ToggleRelations,
        Char('v') => Action::ToggleGraph,
        Char('c') => Action::ToggleCurrentSection,
        Char('?') => Action::ToggleHelp,
        Char('q') => Action::Quit,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

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
            (KeyCode::Char('3'), Action::JumpSection(3)),
        ] {
            assert_eq!(keymap(Mode::Normal, press(code)), Some(action), "{code:?}");
        }
        let ctrl_d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(keymap(Mode::Normal, ctrl_d), Some(Action::HalfPageDown));
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
    }

    #[test]
    fn help_closes_and_does_not_quit_on_q() {
        assert_eq!(
            keymap(Mode::Help, press(KeyCode::Char('q'))),
            Some(Action::ToggleHelp)
        );
        assert_eq!(keymap(Mode::Help, press(KeyCode::Char('j'))), None);
    }
}
