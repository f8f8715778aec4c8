//! The real terminal: a guard that always restores it, and the event loop.
//!
//! `ratatui::try_init` enters raw mode and the alternate screen and installs a panic
//! hook that restores the terminal (chained to the previous hook); the guard restores
//! it on every other way out, including `?` errors.

use std::io::{self, stdout};

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::app::update::press;
use crate::app::{Action, State, update};

/// Restores the terminal when dropped.
struct Guard {
    mouse: bool,
}

impl Drop for Guard {
    fn drop(&mut self) {
        if self.mouse {
            let _ = execute!(stdout(), DisableMouseCapture);
        }
        ratatui::restore();
        let _ = execute!(stdout(), Show);
    }
}

/// Read events and redraw until the reader quits.
pub fn run(mut state: State) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let mouse = state.config.mouse;
    let _guard = Guard { mouse };
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    let size = terminal.size()?;
    update(&mut state, Action::Resize(size.width, size.height));
    while !state.quit {
        terminal.draw(|frame| crate::ui::draw(frame, &state))?;
        match event::read()? {
            Event::Key(key) => press(&mut state, key),
            Event::Resize(w, h) => update(&mut state, Action::Resize(w, h)),
            Event::Mouse(m) if mouse => {
                if let Some(action) = mouse_action(m) {
                    update(&mut state, action);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Clicks and the wheel; drags and moves mean nothing to the reader.
pub fn mouse_action(m: MouseEvent) -> Option<Action> {
    match m.kind {
        MouseEventKind::Down(_) => Some(Action::Click(m.column, m.row)),
        MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
        MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
        _ => None,
    }
}
