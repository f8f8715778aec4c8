//! The `[keys]` table: `action = "key"` or `action = ["key", …]`, replacing that
//! action's keys. Actions are the names of the one key table (`app::keymap`); keys
//! are spelt as in key scripts (`j`, `C-d`, `PgDn`, `F1`). A key that would ask for
//! two actions in one mode is refused where it is written.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::Located;
use crate::app::key::Key;
use crate::app::keymap::{BINDINGS, Keys, Mode};

/// `[keys]` as written: action name → one key or a list.
#[derive(Debug, Default, Deserialize)]
#[serde(transparent)]
pub(crate) struct RawKeys(BTreeMap<String, Spanned<toml::Value>>);

impl RawKeys {
    pub(super) fn resolve(self, problems: &mut Vec<Located>) -> Keys {
        let mut keys = Keys::default();
        // Where each rebound action was written, to point at the later of two that clash.
        let mut written = Vec::new();
        for (name, value) in self.0 {
            let span = value.span();
            let Some(i) = BINDINGS.iter().position(|b| b.name == name) else {
                problems.push(Located::new(
                    span,
                    format!("unknown action `{name}` (`brief config --default` lists them)"),
                ));
                continue;
            };
            match parse_keys(value.get_ref(), BINDINGS[i].mode) {
                Ok(list) => {
                    keys.set(i, list);
                    written.push((i, span));
                }
                Err(message) => problems.push(Located::new(span, format!("{name}: {message}"))),
            }
        }
        for (a, b, key) in keys.conflicts() {
            // Blame the binding the file wrote (the later one when it wrote both).
            let blame = written
                .iter()
                .filter(|(i, _)| *i == a || *i == b)
                .max_by_key(|(_, span)| span.start);
            if let Some((_, span)) = blame {
                problems.push(Located::new(
                    span.clone(),
                    format!(
                        "key `{}` would ask for both `{}` and `{}`",
                        key.name(),
                        BINDINGS[a].name,
                        BINDINGS[b].name
                    ),
                ));
            }
        }
        keys
    }
}

/// The keys of one action: a string or an array of strings, each a key name.
fn parse_keys(value: &toml::Value, mode: Mode) -> Result<Vec<Key>, String> {
    let names: Vec<&str> = match value {
        toml::Value::String(s) => vec![s.as_str()],
        toml::Value::Array(items) => items
            .iter()
            .map(|v| v.as_str().ok_or("expected key names (strings)"))
            .collect::<Result<_, _>>()?,
        _ => return Err("expected a key name or a list of them".into()),
    };
    if names.is_empty() {
        return Err("no key: every action keeps at least one".into());
    }
    let mut keys = Vec::new();
    for name in names {
        let key = Key::parse(name).ok_or_else(|| {
            format!(
                "unknown key `{name}` (a character, C- and a character, or one of {})",
                crate::app::key::script_names()
            )
        })?;
        if key == Key::ctrl('c') {
            return Err("Ctrl-c always quits and cannot be bound".into());
        }
        if matches!(mode, Mode::Search | Mode::Note) && key.types_itself() {
            return Err(format!("`{name}` types itself in a text line"));
        }
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    Ok(keys)
}
