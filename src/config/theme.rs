//! The `[theme]` table: a built-in theme by name and per-kind styles over it. Pure
//! data (ratatui's `Style` and `Color`, no terminal): `ui::Theme` draws with it.

use std::collections::BTreeMap;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use toml::Spanned;

use super::Located;
use crate::model::{EntityKind, RelationKind};

/// The built-in themes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum ThemeName {
    /// Named colours that read on a dark background (the default).
    #[default]
    Dark,
    /// Darker hues for a light background: no yellow, cyan or light colours as text.
    Light,
    /// No colour at all: kinds told apart by bold, italic and underline (as NO_COLOR).
    Monochrome,
}

impl ThemeName {
    pub(crate) const ALL: [ThemeName; 3] =
        [ThemeName::Dark, ThemeName::Light, ThemeName::Monochrome];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::Monochrome => "monochrome",
        }
    }
}

/// A theme and the styles the config file sets over it, per entity and relation kind
/// (`None`: the theme's own).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ThemeSpec {
    pub(crate) name: ThemeName,
    pub(crate) entities: [Option<Style>; EntityKind::ALL.len()],
    pub(crate) relations: [Option<Style>; RelationKind::ALL.len()],
}

/// `[theme]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTheme {
    name: Option<Spanned<String>>,
    #[serde(default)]
    entities: BTreeMap<String, Spanned<RawStyle>>,
    #[serde(default)]
    relations: BTreeMap<String, Spanned<RawStyle>>,
}

/// One style as written: colours by name, modifiers as booleans.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStyle {
    fg: Option<Spanned<String>>,
    bg: Option<Spanned<String>>,
    bold: Option<bool>,
    italic: Option<bool>,
    underlined: Option<bool>,
    dim: Option<bool>,
    reversed: Option<bool>,
}

impl RawTheme {
    pub(super) fn resolve(self, problems: &mut Vec<Located>) -> ThemeSpec {
        let mut spec = ThemeSpec::default();
        if let Some(name) = self.name {
            match ThemeName::ALL.iter().find(|t| t.as_str() == name.get_ref()) {
                Some(&t) => spec.name = t,
                None => problems.push(Located::new(
                    name.span(),
                    format!(
                        "unknown theme `{}`: expected dark, light or monochrome",
                        name.get_ref()
                    ),
                )),
            }
        }
        let entity_names = EntityKind::ALL.map(EntityKind::as_str);
        resolve_kinds(
            self.entities,
            &entity_names,
            &mut spec.entities,
            "entity",
            problems,
        );
        let relation_names = RelationKind::ALL.map(RelationKind::as_str);
        resolve_kinds(
            self.relations,
            &relation_names,
            &mut spec.relations,
            "relation",
            problems,
        );
        spec
    }
}

fn resolve_kinds(
    raw: BTreeMap<String, Spanned<RawStyle>>,
    names: &[&str],
    out: &mut [Option<Style>],
    what: &str,
    problems: &mut Vec<Located>,
) {
    for (name, style) in raw {
        let span = style.span();
        match names.iter().position(|n| *n == name) {
            Some(i) => out[i] = Some(style.into_inner().resolve(problems)),
            None => problems.push(Located::new(
                span,
                format!(
                    "unknown {what} kind `{name}`: expected one of {}",
                    names.join(", ")
                ),
            )),
        }
    }
}

impl RawStyle {
    fn resolve(self, problems: &mut Vec<Located>) -> Style {
        let mut style = Style::new();
        let mut color = |c: Option<Spanned<String>>| {
            let c = c?;
            match parse_color(c.get_ref()) {
                Some(color) => Some(color),
                None => {
                    problems.push(Located::new(
                        c.span(),
                        format!(
                            "unknown colour `{}`: expected a name (red, lightblue, darkgray…), \
                             #rrggbb or 0-255",
                            c.get_ref()
                        ),
                    ));
                    None
                }
            }
        };
        if let Some(fg) = color(self.fg) {
            style = style.fg(fg);
        }
        if let Some(bg) = color(self.bg) {
            style = style.bg(bg);
        }
        for (set, modifier) in [
            (self.bold, Modifier::BOLD),
            (self.italic, Modifier::ITALIC),
            (self.underlined, Modifier::UNDERLINED),
            (self.dim, Modifier::DIM),
            (self.reversed, Modifier::REVERSED),
        ] {
            match set {
                Some(true) => style = style.add_modifier(modifier),
                Some(false) => style = style.remove_modifier(modifier),
                None => {}
            }
        }
        style
    }
}

/// A colour by name (ratatui's names, any case, `-`/`_`/` ` ignored), `#rrggbb`, or an
/// index of the 256-colour palette.
fn parse_color(s: &str) -> Option<Color> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    t.parse::<Color>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_by_name_hex_and_index() {
        assert_eq!(parse_color("red"), Some(Color::Red));
        assert_eq!(parse_color("LightBlue"), Some(Color::LightBlue));
        assert_eq!(parse_color("#4080ff"), Some(Color::Rgb(0x40, 0x80, 0xff)));
        assert_eq!(parse_color("208"), Some(Color::Indexed(208)));
        assert_eq!(parse_color("blurple"), None);
        assert_eq!(parse_color(""), None);
    }
}
