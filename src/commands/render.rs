//! `brief render`: the reader's state, update and view drawn into ratatui's TestBackend
//! after a key script, printed as text (or with SGR styles). For tests, scripts,
//! screen readers and benchmarks. It waits for the analysis before each step, so the
//! output never depends on timing; `--first-frame` draws what the reader shows before
//! any analysis (what a benchmark of the first paint wants).

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

use super::out;
use crate::app::key::{self, Key};
use crate::app::update::press;
use crate::app::{Action, Config, State, update};

/// Parse a key script: characters type themselves; `<Name>` is a named key
/// (`app::key` lists them). A `<` that does not start a `<Name>` is typed as is (and
/// `<lt>` always is).
pub fn parse_keys(script: &str) -> Result<Vec<KeyEvent>, String> {
    let mut keys = Vec::new();
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
            && end > 1
            && rest[1..end]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            let name = &rest[1..end];
            let key = Key::parse(name)
                .ok_or_else(|| format!("unknown key <{name}> (known: {})", key::script_names()))?;
            keys.push(key.event());
            rest = &rest[end + 1..];
            continue;
        }
        keys.push(Key::char(c).event());
        rest = &rest[c.len_utf8()..];
    }
    Ok(keys)
}

/// Size the state to `width`×`height`, type `keys`, and draw the screen.
pub fn render(state: &mut State, width: u16, height: u16, keys: &[KeyEvent]) -> Buffer {
    render_with(state, width, height, keys, |_| {})
}

/// `render`, calling `settle` on the state before the first key and after each (to let
/// background work finish).
fn render_with(
    state: &mut State,
    width: u16,
    height: u16,
    keys: &[KeyEvent],
    mut settle: impl FnMut(&mut State),
) -> Buffer {
    update(state, Action::Resize(width, height));
    settle(state);
    for &key in keys {
        if state.quit {
            break;
        }
        press(state, key);
        settle(state);
    }
    draw(state, width, height)
}

/// Draw `state` once into a fresh test terminal.
fn draw(state: &State, width: u16, height: u16) -> Buffer {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(never) => match never {},
    };
    let _ = terminal.draw(|frame| crate::ui::draw(frame, state));
    terminal.backend().buffer().clone()
}

/// The buffer as text lines, one per row, trailing spaces kept.
pub fn to_text(buffer: &Buffer) -> String {
    let mut out = String::new();
    let width = usize::from(buffer.area.width).max(1);
    for row in buffer.content.chunks(width) {
        let mut skip = 0;
        for cell in row {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            out.push_str(cell.symbol());
            skip = cell.symbol().width().saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

/// The buffer as lines with SGR sequences for colours and modifiers.
fn to_ansi(buffer: &Buffer) -> String {
    let mut out = String::new();
    let width = usize::from(buffer.area.width).max(1);
    for row in buffer.content.chunks(width) {
        let mut skip = 0;
        let mut last = None;
        for cell in row {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let style = (cell.fg, cell.bg, cell.modifier);
            if last != Some(style) {
                out.push_str(&sgr(cell.fg, cell.bg, cell.modifier));
                last = Some(style);
            }
            out.push_str(cell.symbol());
            skip = cell.symbol().width().saturating_sub(1);
        }
        out.push_str("\x1b[0m\n");
    }
    out
}

fn sgr(fg: Color, bg: Color, m: Modifier) -> String {
    let mut codes = vec!["0".to_string()];
    for (flag, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if m.contains(flag) {
            codes.push(code.into());
        }
    }
    if let Some(c) = color(fg, false) {
        codes.push(c);
    }
    if let Some(c) = color(bg, true) {
        codes.push(c);
    }
    let mut s = String::from("\x1b[");
    let _ = write!(s, "{}m", codes.join(";"));
    s
}

fn color(c: Color, bg: bool) -> Option<String> {
    let base = if bg { 40 } else { 30 };
    let n = match c {
        Color::Reset => return None,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 60,
        Color::LightRed => 61,
        Color::LightGreen => 62,
        Color::LightYellow => 63,
        Color::LightBlue => 64,
        Color::LightMagenta => 65,
        Color::LightCyan => 66,
        Color::White => 67,
        Color::Indexed(i) => return Some(format!("{};5;{i}", base + 8)),
        Color::Rgb(r, g, b) => return Some(format!("{};2;{r};{g};{b}", base + 8)),
    };
    Some((base + n).to_string())
}

/// Options of `brief render`.
#[derive(Debug, Clone)]
pub struct RenderArgs {
    pub paths: Vec<PathBuf>,
    pub width: u16,
    pub height: u16,
    pub keys: String,
    pub ansi: bool,
    /// Draw before any analysis instead of waiting for it.
    pub first_frame: bool,
    pub config: Config,
    pub entities: Vec<PathBuf>,
}

pub fn run(args: &RenderArgs) -> ExitCode {
    let keys = match parse_keys(&args.keys) {
        Ok(k) => k,
        Err(e) => {
            out::message(format_args!("brief render: {e}"));
            return ExitCode::from(2);
        }
    };
    let opened = super::open::open_reporting(&args.paths, &args.config.library, &args.entities);
    let (opened, mut analyst) = match opened {
        Ok(o) => o,
        Err(code) => return code,
    };
    let mut state = opened.into_state(args.config.clone());
    let buffer = render_with(&mut state, args.width, args.height, &keys, |state| {
        if !args.first_frame {
            while let Some(msg) = analyst.wait(state) {
                update(state, msg);
            }
        }
    });
    let text = if args.ansi {
        to_ansi(&buffer)
    } else {
        to_text(&buffer)
    };
    let code = out::exit(out::data("render", |w| w.write_all(text.as_bytes())));
    // As `export` does: the process ends here, and freeing a large article piece by
    // piece would only delay it.
    std::mem::forget(state);
    code
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    #[test]
    fn keys_parse_chars_and_names() {
        let keys = parse_keys("jj<Enter>/ab<C-d><S-Tab><lt>x<").unwrap();
        let codes: Vec<KeyCode> = keys.iter().map(|k| k.code).collect();
        assert_eq!(
            codes,
            [
                KeyCode::Char('j'),
                KeyCode::Char('j'),
                KeyCode::Enter,
                KeyCode::Char('/'),
                KeyCode::Char('a'),
                KeyCode::Char('b'),
                KeyCode::Char('d'),
                KeyCode::BackTab,
                KeyCode::Char('<'),
                KeyCode::Char('x'),
                KeyCode::Char('<'),
            ]
        );
        assert!(keys[6].modifiers.contains(KeyModifiers::CONTROL));
    }

    #[test]
    fn an_unknown_key_name_is_an_error_that_lists_every_name() {
        let err = parse_keys("j<Bogus>").unwrap_err();
        assert!(err.contains("<Bogus>"), "{err}");
        // Regression: the list left out names that worked (<Home>, <End>, <C-f>…).
        for name in ["<Home>", "<End>", "<C-x>", "<BS>", "<lt>", "<Left>"] {
            assert!(err.contains(name), "{name} missing from: {err}");
        }
    }

    #[test]
    fn ctrl_with_any_letter_and_home_end() {
        let keys = parse_keys("<C-f><C-b><Home><End>").unwrap();
        let actions: Vec<_> = keys
            .iter()
            .map(|&k| keymap_with(&Keys::default(), Mode::Normal, k))
            .collect();
        use crate::app::Action::*;
        use crate::app::keymap::{Keys, Mode, keymap_with};
        assert_eq!(
            actions,
            [Some(PageDown), Some(PageUp), Some(Top), Some(Bottom)]
        );
    }

    #[test]
    fn space_and_a_lone_angle_bracket() {
        let keys = parse_keys("a <Space>< b").unwrap();
        assert_eq!(keys.len(), 6);
        assert!(keys.iter().filter(|k| k.code == KeyCode::Char(' ')).count() == 3);
    }
}
