//! Styles. The dark theme (the default) uses the terminal's named colours only (no
//! backgrounds except for search matches, black on yellow, which reads on dark and
//! light schemes); the light theme swaps the hues that are weak on white (cyan,
//! yellow, the light colours) for darker ones; monochrome (and NO_COLOR) keeps every
//! distinction with modifiers alone. The config file's per-kind styles go on top.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::widgets::Block;

use crate::app::Config;
use crate::config::{ThemeName, ThemeSpec};
use crate::model::{EntityKind, RelationKind};

/// How things look: a built-in theme, with colours or (NO_COLOR, `--no-color`,
/// monochrome) with modifiers only, and the config file's styles per kind; with
/// box-drawing borders, or (`--ascii`, the config's `ascii`) with `+ - |`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
    pub(crate) ascii: bool,
    spec: ThemeSpec,
}

/// Pane borders in 7-bit ASCII.
const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Theme {
    /// The dark theme, or no colour.
    pub fn new(no_color: bool) -> Theme {
        Theme {
            color: !no_color,
            ascii: false,
            spec: ThemeSpec::default(),
        }
    }

    /// The theme `config` asks for.
    pub(crate) fn of(config: &Config) -> Theme {
        Theme {
            color: !config.no_color && config.theme.name != ThemeName::Monochrome,
            ascii: config.ascii,
            spec: config.theme,
        }
    }

    /// `s` cleaned and cut to `max` columns (`text::fit`), its punctuation in ASCII
    /// when the theme is (`graph::glyph::plain`).
    pub(crate) fn fit(self, s: &str, max: usize) -> String {
        let cut = crate::text::fit(s, max);
        crate::graph::glyph::plain(&cut, self.ascii).into_owned()
    }

    /// A pane's bordered block, in the theme's characters.
    pub(crate) fn block(self) -> Block<'static> {
        let block = Block::bordered();
        if self.ascii {
            block.border_set(ASCII_BORDER)
        } else {
            block
        }
    }

    fn light(self) -> bool {
        self.spec.name == ThemeName::Light
    }

    fn fg(self, style: Style, color: Color) -> Style {
        if self.color { style.fg(color) } else { style }
    }

    /// A style from the config file over the theme's own `base`. Without colour, only
    /// its modifiers apply.
    fn over(self, base: Style, custom: Option<Style>) -> Style {
        match custom {
            Some(c) if self.color => base.patch(c),
            Some(c) => base.patch(Style {
                fg: None,
                bg: None,
                ..c
            }),
            None => base,
        }
    }

    /// Each kind has its own modifiers, so kinds stay apart without colour; the
    /// colour theme adds a hue on top.
    pub(crate) fn entity(self, kind: EntityKind) -> Style {
        let m = Style::new();
        let light = self.light();
        let base = match kind {
            EntityKind::Country if light => self.fg(m.bold().underlined(), Color::Blue),
            EntityKind::Country => self.fg(m.bold().underlined(), Color::Cyan),
            EntityKind::Person => self.fg(m.underlined(), Color::Magenta),
            EntityKind::Organization => self.fg(m.bold().italic(), Color::Green),
            EntityKind::Place if light => self.fg(m.italic().underlined(), Color::Indexed(24)),
            EntityKind::Place => self.fg(m.italic().underlined(), Color::Blue),
            EntityKind::Event => self.fg(m.bold(), Color::Red),
            EntityKind::Other if light => self.fg(m.underlined(), Color::Indexed(240)),
            EntityKind::Other => self.fg(m.underlined(), Color::DarkGray),
        };
        let i = EntityKind::ALL.iter().position(|&k| k == kind);
        self.over(base, i.and_then(|i| self.spec.entities[i]))
    }

    pub(crate) fn heading(self) -> Style {
        Style::new().bold().underlined()
    }

    /// Text away from the focused entity.
    pub(crate) fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    /// A mention of the focused entity.
    pub(crate) fn focused(self) -> Style {
        Style::new().bold().underlined()
    }

    /// The entity cursor (`e` / `E`).
    pub(crate) fn cursor(self) -> Style {
        Style::new().reversed()
    }

    pub(crate) fn search(self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Yellow)
        } else {
            Style::new().reversed()
        }
    }

    pub(crate) fn current_match(self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::LightRed).bold()
        } else {
            Style::new().reversed().bold().underlined()
        }
    }

    /// The evidence sentence the reader jumped to.
    pub(crate) fn highlight(self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::LightCyan)
        } else {
            Style::new().underlined().italic()
        }
    }

    pub(crate) fn border(self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) if self.light() => Style::new().fg(Color::Blue).bold(),
            (true, true) => Style::new().fg(Color::Cyan).bold(),
            (true, false) => Style::new().bold(),
            (false, _) => Style::new().add_modifier(Modifier::DIM),
        }
    }

    /// The selected row of a list: reversed when its pane has the focus.
    pub(crate) fn selected(self, focused: bool) -> Style {
        if focused {
            Style::new().reversed()
        } else {
            Style::new().bold()
        }
    }

    pub(crate) fn status(self) -> Style {
        Style::new().reversed()
    }

    pub(crate) fn error(self) -> Style {
        self.fg(Style::new().bold(), Color::Red)
    }

    /// Relation kinds in the link chart: a colour, a second cue after the line glyph
    /// (which alone keeps kinds apart without colour), readable on dark and light.
    pub(crate) fn relation(self, kind: RelationKind) -> Style {
        let light = self.light();
        let color = match kind {
            RelationKind::Sanctions => Color::Red,
            RelationKind::Pressure if light => Color::Indexed(130),
            RelationKind::Pressure => Color::LightRed,
            RelationKind::Aid => Color::Green,
            RelationKind::Alliance => Color::Blue,
            RelationKind::Cooperation if light => Color::Indexed(30),
            RelationKind::Cooperation => Color::Cyan,
            RelationKind::Dialogue if light => Color::Indexed(94),
            RelationKind::Dialogue => Color::Yellow,
            RelationKind::Rapprochement if light => Color::Indexed(28),
            RelationKind::Rapprochement => Color::LightGreen,
            RelationKind::Tension => Color::Magenta,
            RelationKind::Trade if light => Color::Indexed(25),
            RelationKind::Trade => Color::LightBlue,
            RelationKind::CoMention if light => Color::DarkGray,
            RelationKind::CoMention => Color::Gray,
        };
        let i = RelationKind::ALL.iter().position(|&k| k == kind);
        self.over(
            self.fg(Style::new(), color),
            i.and_then(|i| self.spec.relations[i]),
        )
    }
}
