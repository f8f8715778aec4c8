//! `brief config --default`: every setting at its default, commented, generated from
//! the key table and the theme's kinds so that it cannot fall behind them. A test
//! parses it back and compares with `Settings::default()`.

use std::fmt::Write as _;

use super::ThemeName;
use crate::app::keymap::{BINDINGS, Help};
use crate::model::{EntityKind, RelationKind};

/// The default config file, commented.
pub(crate) fn default_toml() -> String {
    let mut s = String::from(
        "# brief's config file. Save it as the path `brief config` prints; check it with\n\
         # `brief check --config`. Every setting is optional: this file is what brief does\n\
         # without one. A file with a problem is reported and brief starts on the defaults.\n\
         \n\
         [reader]\n\
         # Mouse support from the start (also: --mouse): click a section, scroll with the wheel.\n\
         mouse = false\n\
         # Only ASCII characters in the relationship pane, for fonts without box drawing.\n\
         ascii = false\n\
         \n\
         [theme]\n",
    );
    let names: Vec<&str> = ThemeName::ALL.iter().map(|t| t.as_str()).collect();
    let _ = writeln!(
        s,
        "# {}; monochrome tells kinds apart by bold, italic and underline only.",
        names.join(", ")
    );
    let _ = writeln!(s, "name = \"{}\"", ThemeName::default().as_str());
    s.push_str(
        "\n\
         # Styles per kind, over the theme: fg and bg (a colour name such as \"blue\" or\n\
         # \"lightred\", \"#rrggbb\", or \"0\"-\"255\"), and bold, italic, underlined, dim,\n\
         # reversed (true or false). Uncomment to change one.\n\
         [theme.entities]\n",
    );
    for kind in EntityKind::ALL {
        let _ = writeln!(s, "# {} = {{ fg = \"…\", bold = true }}", kind.as_str());
    }
    s.push_str("\n[theme.relations]\n");
    for kind in RelationKind::ALL {
        let _ = writeln!(s, "# {} = {{ fg = \"…\" }}", kind.as_str());
    }
    s.push_str(
        "\n\
         # Each action and its keys. A line replaces that action's keys: one key or a list.\n\
         # Keys: a character (\"j\", \"?\"), C- and a character for Ctrl (\"C-d\"), or a name:\n",
    );
    let _ = writeln!(s, "# {}.", crate::app::key::script_names());
    s.push_str(
        "# Two actions on one key is an error; Ctrl-c always quits. The search-* keys act\n\
         # in the search line, where characters type themselves.\n\
         [keys]\n",
    );
    for b in BINDINGS {
        let keys: Vec<String> = b.keys.iter().map(|k| format!("{:?}", k.name())).collect();
        let comment = match b.help {
            Help::Row(text) | Help::RowAndLinks(text, _) => format!("  # {}", first_words(text)),
            Help::Joins | Help::Inline => String::new(),
        };
        let _ = writeln!(s, "{} = [{}]{comment}", b.name, keys.join(", "));
    }
    s.push_str(
        "\n\
         [library]\n\
         # Directories the library lists briefings from, besides ./briefings and the data\n\
         # directory: absolute, or from ~/ (used by the library view).\n\
         directories = []\n\
         \n\
         [clipboard]\n\
         # Copy quotes with their source to the clipboard through the terminal (OSC 52,\n\
         # works over SSH); false keeps the clipboard untouched.\n\
         enabled = true\n",
    );
    s
}

/// A help line up to its first `;` or `(`: enough to say what the action is.
fn first_words(text: &str) -> &str {
    let end = text.find([';', '(']).unwrap_or(text.len());
    text[..end].trim_end()
}
