//! One key, and its two spellings: the name a key script (`brief render --keys`) or a
//! config file writes (`C-d`, `S-Tab`, `PgDn`), and the label the help overlay and the
//! docs show (`Ctrl-d`, `Shift-Tab`, `PgDn`). Both come from the one list below.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key as the keymap sees it: a code, and whether Ctrl is held. Shift is part of
/// the character (`G`, `N`) or of the code (`BackTab`); Alt is not looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Key {
    pub(crate) code: KeyCode,
    pub(crate) ctrl: bool,
}

/// The keys with a name: (name in scripts and config, label on screen, code).
const NAMED: &[(&str, &str, KeyCode)] = &[
    ("Enter", "Enter", KeyCode::Enter),
    ("Esc", "Esc", KeyCode::Esc),
    ("Tab", "Tab", KeyCode::Tab),
    ("S-Tab", "Shift-Tab", KeyCode::BackTab),
    ("Up", "↑", KeyCode::Up),
    ("Down", "↓", KeyCode::Down),
    ("Left", "←", KeyCode::Left),
    ("Right", "→", KeyCode::Right),
    ("PgUp", "PgUp", KeyCode::PageUp),
    ("PgDn", "PgDn", KeyCode::PageDown),
    ("Home", "Home", KeyCode::Home),
    ("End", "End", KeyCode::End),
    ("BS", "Backspace", KeyCode::Backspace),
    ("Del", "Delete", KeyCode::Delete),
    ("F1", "F1", KeyCode::F(1)),
    ("Space", "Space", KeyCode::Char(' ')),
    // `<` opens a name in key scripts, so it has one of its own.
    ("lt", "<", KeyCode::Char('<')),
];

/// Other spellings a script may use: (alias, name).
const ALIASES: &[(&str, &str)] = &[("CR", "Enter"), ("Backspace", "BS")];

impl Key {
    /// A character typed without Ctrl.
    pub(crate) const fn char(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: false,
        }
    }

    /// A character typed with Ctrl.
    pub(crate) const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    /// A key without a character (arrows, Enter, Tab…).
    pub(crate) const fn code(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }

    /// The key of a terminal event.
    pub(crate) fn of(event: &KeyEvent) -> Key {
        Key {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    /// The event a terminal sends for this key (Shift-Tab comes with Shift held).
    pub(crate) fn event(self) -> KeyEvent {
        let mut modifiers = KeyModifiers::NONE;
        if self.ctrl {
            modifiers |= KeyModifiers::CONTROL;
        }
        if self.code == KeyCode::BackTab {
            modifiers |= KeyModifiers::SHIFT;
        }
        KeyEvent::new(self.code, modifiers)
    }

    /// The key a name spells: one character (`j`, `?`), a named key (`Enter`, `PgDn`,
    /// `S-Tab`, `lt`) or `C-` and a character for Ctrl (`C-d`).
    pub(crate) fn parse(name: &str) -> Option<Key> {
        let name = ALIASES
            .iter()
            .find(|(alias, _)| *alias == name)
            .map_or(name, |(_, n)| n);
        if let Some(&(_, _, code)) = NAMED.iter().find(|(n, _, _)| *n == name) {
            return Some(Key::code(code));
        }
        let (ctrl, rest) = match name.strip_prefix("C-") {
            Some(rest) => (true, rest),
            None => (false, name),
        };
        let mut chars = rest.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Some(Key {
                code: KeyCode::Char(c),
                ctrl,
            }),
            _ => None,
        }
    }

    /// The name a key script or a config file writes for the key: `parse`'s inverse.
    pub(crate) fn name(self) -> String {
        self.spell("C-", |(name, _, _)| name)
    }

    /// A character typed without Ctrl: in the search line it types itself.
    pub(crate) fn types_itself(self) -> bool {
        matches!(self.code, KeyCode::Char(_)) && !self.ctrl
    }

    /// How the help overlay and the docs show the key.
    pub(crate) fn label(self) -> String {
        self.spell("Ctrl-", |(_, label, _)| label)
    }

    /// The key spelt with `ctrl` before it when Ctrl is held, and the spelling `pick`
    /// takes from its row of `NAMED` (else the character itself).
    fn spell(
        self,
        ctrl: &str,
        pick: fn(&(&'static str, &'static str, KeyCode)) -> &'static str,
    ) -> String {
        let prefix = if self.ctrl { ctrl } else { "" };
        match NAMED.iter().find(|(_, _, code)| *code == self.code) {
            Some(row) => format!("{prefix}{}", pick(row)),
            None => match self.code {
                KeyCode::Char(c) => format!("{prefix}{c}"),
                other => format!("{prefix}{other}"),
            },
        }
    }
}

/// Every name a key script may write in `<…>`, as the usage error and the docs list
/// them (any single character also types itself).
pub fn script_names() -> String {
    let named = NAMED.iter().map(|(name, _, _)| *name);
    let aliases = ALIASES.iter().map(|(alias, _)| *alias);
    named
        .chain(["C-x"])
        .chain(aliases)
        .map(|n| format!("<{n}>"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_and_keys_have_labels() {
        for (name, key, label) in [
            ("j", Key::char('j'), "j"),
            ("G", Key::char('G'), "G"),
            ("Space", Key::char(' '), "Space"),
            ("lt", Key::char('<'), "<"),
            ("C-d", Key::ctrl('d'), "Ctrl-d"),
            ("S-Tab", Key::code(KeyCode::BackTab), "Shift-Tab"),
            ("PgDn", Key::code(KeyCode::PageDown), "PgDn"),
            ("Down", Key::code(KeyCode::Down), "↓"),
            ("CR", Key::code(KeyCode::Enter), "Enter"),
        ] {
            assert_eq!(Key::parse(name), Some(key), "{name}");
            assert_eq!(key.label(), label, "{name}");
            let back = Key::parse(&key.name());
            assert_eq!(back, Some(key), "{name} is named {}", key.name());
        }
    }

    #[test]
    fn what_is_not_a_key_name() {
        for name in ["", "Bogus", "C-", "C-dd", "jj"] {
            assert_eq!(Key::parse(name), None, "{name:?}");
        }
    }

    #[test]
    fn every_listed_name_parses() {
        for name in script_names().split(' ') {
            let name = name.trim_start_matches('<').trim_end_matches('>');
            assert!(Key::parse(name).is_some(), "{name}");
        }
    }

    #[test]
    fn the_event_of_a_key_is_seen_as_that_key() {
        for key in [Key::ctrl('b'), Key::code(KeyCode::BackTab), Key::char('N')] {
            assert_eq!(Key::of(&key.event()), key);
        }
        assert!(
            Key::code(KeyCode::BackTab)
                .event()
                .modifiers
                .contains(KeyModifiers::SHIFT)
        );
    }
}
