//! The real terminal: a guard that always restores it, and the event loop, which also
//! brings the background analysis's news (`Analyst`) to `update`.
//!
//! `ratatui::try_init` enters raw mode and the alternate screen and installs a panic
//! hook that restores the terminal (chained to the previous hook); the guard restores
//! it on every other way out, including `?` errors and the signals that end a program
//! (SIGTERM, SIGINT, SIGHUP, SIGQUIT): those only set a flag, the loop sees it within
//! `SIGNAL_POLL`, leaves through the guard, and `run` hands the signal back so the
//! caller can end the process the conventional way (killed by that signal, status
//! 128 + n) once the terminal is whole. A second signal while the first is pending
//! ends the process at once, should the loop be stuck.

use std::io::{self, IsTerminal, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::app::update::press;
use crate::app::{Action, Analyst, Keeper, State, Watch, update};

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

/// How often the loop looks for a pending signal while no event comes: 100 ms is
/// below what a person notices after `kill`, and 10 wake-ups a second cost nothing.
const SIGNAL_POLL: Duration = Duration::from_millis(100);

/// How often the watchdog looks for a signal the loop has not answered.
#[cfg(unix)]
const WATCHDOG_POLL: Duration = Duration::from_millis(20);

/// How the reader ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// The reader quit (`q`, Ctrl-C).
    Quit,
    /// A signal asked the process to end; the terminal is restored.
    Signal(i32),
}

/// Read events and redraw until the reader quits or a signal comes. The first frame
/// is drawn before `analyst` starts any work; quitting does not wait for that work.
pub(crate) fn run(mut state: State, mut analyst: Analyst) -> io::Result<Exit> {
    let pending = watch_signals()?;
    // The memory is read on its thread while the terminal is set up; where reading
    // was is restored before the first frame.
    let mut keeper = Keeper::new(crate::memory::Memory::open);
    let asked = keeper.recall(&state);
    let mut terminal = ratatui::try_init()?;
    let mouse = state.config.mouse;
    let _guard = Guard { mouse };
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    let size = terminal.size()?;
    update(&mut state, Action::Resize(size.width, size.height));
    if asked && let Some(msg) = keeper.recalled() {
        update(&mut state, msg);
    }
    let mut watch = Watch::default();
    let mut copied = None;
    let mut changed = true;
    while !state.quit {
        if changed {
            terminal.draw(|frame| crate::ui::draw(frame, &state))?;
        }
        // The file is watched from the first frame on, not before it.
        watch.sync(&state);
        let signal = pending.load(Ordering::SeqCst);
        if signal != 0 {
            keeper.finish(&state);
            return Ok(Exit::Signal(i32::try_from(signal).unwrap_or(0)));
        }
        analyst.sync(&state);
        changed = false;
        // While the analysis runs its news is looked for every TICK; otherwise the
        // loop only wakes for events and to look for a signal.
        let wait = if analyst.busy() || keeper.busy() {
            TICK
        } else {
            SIGNAL_POLL
        };
        // What the memory keeps (place, read sections, marks) changes only by what the
        // reader does, not by the analysis's news.
        let mut touched = false;
        if event::poll(wait)? {
            changed = true;
            touched = true;
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
        keeper.recall(&state);
        watch.sync(&state);
        for msg in std::iter::from_fn(|| keeper.poll()).chain(std::iter::from_fn(|| watch.poll())) {
            update(&mut state, msg);
            changed = true;
            touched = true;
        }
        // The screen calls a note saved when the keeper's reply says it is on disk.
        keeper.save(&state, touched);
        if let Some((n, text)) = state.clipboard.as_ref().filter(|(n, _)| Some(*n) != copied) {
            copied = Some(*n);
            copy_to_clipboard(text)?;
        }
    }
    keeper.finish(&state);
    Ok(Exit::Quit)
}

/// Ask the terminal to put `text` on the clipboard (OSC 52: works over SSH, where the
/// terminal is on the reader's machine). `text` holds no control character
/// (`app::pins::copy` cleaned it), and goes base64-encoded.
fn copy_to_clipboard(text: &str) -> io::Result<()> {
    use base64::Engine;
    use std::io::Write;
    let payload = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = stdout();
    write!(out, "\x1b]52;c;{payload}\x07")?;
    out.flush()
}

/// The signals that end a program, recorded in the returned flag (0: none yet).
#[cfg(unix)]
fn watch_signals() -> io::Result<Arc<AtomicUsize>> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    use signal_hook::flag;
    let pending = Arc::new(AtomicUsize::new(0));
    let taken = Arc::new(std::sync::atomic::AtomicBool::new(false));
    for sig in [SIGTERM, SIGINT, SIGHUP, SIGQUIT] {
        // Order matters: the shutdown check runs first, so it sees only an earlier one.
        flag::register_conditional_shutdown(sig, 128 + sig, taken.clone())?;
        flag::register(sig, taken.clone())?;
        flag::register_usize(sig, pending.clone(), sig as usize)?;
    }
    // Once the terminal hangs up, crossterm's reader retries its zero-byte reads for
    // ever and the loop never sees the flag (the process then spun at full CPU after
    // its tmux or SSH session closed): when the loop has not answered a signal in
    // time (a second), the process ends from here as the signal would have. After a
    // hang-up that left no terminal it ends at once: the spinning reader took a core
    // for a whole second, and a terminal started next (tmux opening a new pane)
    // waited. A hang-up sent to a live terminal gets the second, like the others.
    let watched = pending.clone();
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(WATCHDOG_POLL);
            let signal = watched.load(Ordering::SeqCst);
            if signal != 0 {
                // A hung-up terminal no longer answers as a terminal (its ioctls fail).
                let gone = signal == SIGHUP as usize && !std::io::stdin().is_terminal();
                let grace = if gone {
                    Duration::ZERO
                } else {
                    Duration::from_secs(1)
                };
                std::thread::sleep(grace);
                die_of(i32::try_from(signal).unwrap_or(0));
            }
        }
    });
    Ok(pending)
}

#[cfg(not(unix))]
fn watch_signals() -> io::Result<Arc<AtomicUsize>> {
    Ok(Arc::new(AtomicUsize::new(0)))
}

/// End the process as `signal` would have, now that the terminal is restored: the
/// default action (the shell sees "killed by SIGTERM", status 143), or exit 128 + n
/// should the signal not end it.
pub(crate) fn die_of(signal: i32) -> ! {
    #[cfg(unix)]
    {
        let _ = signal_hook::low_level::emulate_default_handler(signal);
    }
    std::process::exit(128 + signal)
}

/// Clicks and the wheel; drags and moves mean nothing to the reader.
fn mouse_action(m: MouseEvent) -> Option<Action> {
    match m.kind {
        MouseEventKind::Down(_) => Some(Action::Click(m.column, m.row)),
        MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
        MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
        _ => None,
    }
}
