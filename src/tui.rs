//! The real terminal: a guard that always restores it, and the event loop, which also
//! brings the background analysis's news (`Analyst`) to `update`.
//!
//! `ratatui::try_init` enters raw mode and the alternate screen and installs a panic
//! hook that restores the terminal (chained to the previous hook); the guard restores
//! it on every other way out, including `?` errors.

use std::io::{self, stdout};
use std::time::Duration;

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::app::update::press;
use crate::app::{Action, Analyst, State, update};

/// How often the loop looks at the analysis while it runs: progress shows at this pace,
/// and the result at most this late. Keys are read as they come, whatever this is.
const TICK: Duration = Duration::from_millis(25);

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

/// Read events and redraw until the reader quits. The first frame is drawn before
/// `analyst` starts any work; quitting does not wait for that work.
pub fn run(mut state: State, mut analyst: Analyst) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let mouse = state.config.mouse;
    let _guard = Guard { mouse };
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    let size = terminal.size()?;
    update(&mut state, Action::Resize(size.width, size.height));
    let mut changed = true;
    while !state.quit {
        if changed {
            terminal.draw(|frame| crate::ui::draw(frame, &state))?;
        }
        analyst.sync(&state);
        changed = false;
        if !analyst.busy() || event::poll(TICK)? {
            changed = true;
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
        while let Some(msg) = analyst.poll() {
            update(&mut state, msg);
            changed = true;
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
