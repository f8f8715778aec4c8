//! The real binary in a pseudo-terminal, its screen parsed with vt100: it opens, moves,
//! quits and leaves the terminal as it found it; text that tries escape sequences
//! changes neither the window title nor the colours; a large article shows and answers
//! keys while its analysis runs, and quitting does not wait for it.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// Records what the program asked of the terminal beyond drawing.
#[derive(Default)]
struct Seen {
    titles: Vec<Vec<u8>>,
    osc: usize,
}

impl vt100::Callbacks for Seen {
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.titles.push(title.to_vec());
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.titles.push(name.to_vec());
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, _: &[&[u8]]) {
        self.osc += 1;
    }
}

type Term = Arc<Mutex<vt100::Parser<Seen>>>;

pub(crate) struct Session {
    term: Term,
    pub(crate) child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    /// Kept open for as long as the session: it outlives the child, and its termios
    /// tells whether the tty was left raw.
    master: Box<dyn portable_pty::MasterPty + Send>,
}

pub(crate) fn spawn(args: &[&str], dir: &std::path::Path, env: &[(&str, &str)]) -> Session {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
    cmd.args(args);
    cmd.cwd(dir);
    cmd.env("TERM", "xterm-256color");
    // Never the user's config file: an XDG config home with none in it.
    let home = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/no-such-home");
    cmd.env("XDG_CONFIG_HOME", &home);
    cmd.env("HOME", &home);
    // State and data in the test's own directory, never the user's (nor the repo's).
    for (var, sub) in xdg_dirs() {
        cmd.env(var, dir.join(sub));
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let child = pty.slave.spawn_command(cmd).expect("brief starts");
    drop(pty.slave);
    let (rows, cols) = (NonZeroU16::new(24).unwrap(), NonZeroU16::new(80).unwrap());
    let parser = vt100::Parser::new_with_callbacks(rows, cols, 0, Seen::default());
    let term: Term = Arc::new(Mutex::new(parser));
    let mut reader = pty.master.try_clone_reader().expect("a reader");
    let sink = term.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().unwrap().process(&buf[..n]);
        }
    });
    let writer = pty.master.take_writer().expect("a writer");
    Session {
        term,
        child,
        writer,
        master: pty.master,
    }
}

/// The XDG directories a spawned brief writes to, inside the directory it runs in.
pub(crate) fn xdg_dirs() -> [(&'static str, &'static str); 3] {
    [
        ("XDG_STATE_HOME", ".xdg/state"),
        ("XDG_DATA_HOME", ".xdg/data"),
        ("XDG_CACHE_HOME", ".xdg/cache"),
    ]
}

impl Session {
    pub(crate) fn contents(&self) -> String {
        self.term.lock().unwrap().screen().contents()
    }

    pub(crate) fn wait_for(&self, what: &str) {
        self.wait_until(what, |screen| screen.contains(what));
    }

    /// Wait until `done` holds of the screen's text (`what` names it in the failure).
    pub(crate) fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if done(&self.contents()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{what:?} never appeared on:\n{}", self.contents());
    }

    pub(crate) fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Whether the tty is in canonical mode with echo, as a shell leaves it.
    fn tty_cooked(&self) -> bool {
        let fd = self.master.as_raw_fd().expect("a unix pty");
        // SAFETY: tcgetattr writes a termios into the zeroed struct we own.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        assert_eq!(unsafe { libc::tcgetattr(fd, &mut t) }, 0);
        t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ECHO != 0
    }

    pub(crate) fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread take the last bytes.
                std::thread::sleep(Duration::from_millis(200));
                return status;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("brief did not exit; screen:\n{}", self.contents());
    }
}

#[test]
fn opens_navigates_quits_and_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(&[], dir.path(), &[]);
    s.wait_for("Sections");
    s.wait_for("§1/6");
    assert!(s.term.lock().unwrap().screen().alternate_screen());
    s.send("]");
    s.wait_for("§2/6");
    s.send("3j");
    s.wait_for("§3/6");
    s.send("/Kremlin\r");
    s.wait_for("/Kremlin ");
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    let term = s.term.lock().unwrap();
    let screen = term.screen();
    assert!(!screen.alternate_screen(), "the alternate screen is left");
    assert!(!screen.hide_cursor(), "the cursor is visible again");
}

#[test]
fn escape_sequences_in_the_text_reach_neither_title_nor_colours() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil.txt");
    std::fs::write(
        &path,
        "Evil \u{1b}]0;PWNED\u{7} title\n\n\
         Red \u{1b}[41;31mALERT\u{1b}[0m text \u{1b}]2;OWNED\u{1b}\\ and \u{9b}42m C1.\n",
    )
    .unwrap();
    let mut s = spawn(&["evil.txt"], dir.path(), &[("NO_COLOR", "1")]);
    s.wait_for("ALERT");
    {
        let term = s.term.lock().unwrap();
        let screen = term.screen();
        assert!(term.callbacks().titles.is_empty(), "the title was set");
        assert_eq!(term.callbacks().osc, 0);
        for row in 0..24 {
            for col in 0..80 {
                let cell = screen.cell(row, col).unwrap();
                assert_eq!(cell.fgcolor(), vt100::Color::Default, "{row},{col}");
                assert_eq!(cell.bgcolor(), vt100::Color::Default, "{row},{col}");
            }
        }
    }
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_broken_file_fails_before_the_terminal_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.yaml"), "title: [unclosed\n").unwrap();
    let mut s = spawn(&["bad.yaml"], dir.path(), &[]);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 1);
    let term = s.term.lock().unwrap();
    assert!(!term.screen().alternate_screen());
    assert!(term.screen().contents().contains("bad.yaml"));
}

/// Issue 12 item 6: SIGTERM, SIGINT, SIGHUP and SIGQUIT left the alternate screen on,
/// the cursor hidden, the tty raw and mouse reporting on.
#[test]
fn item6_signals_restore_the_terminal_and_end_conventionally() {
    let dir = tempfile::tempdir().unwrap();
    for (signal, name) in [
        (libc::SIGTERM, "SIGTERM"),
        (libc::SIGINT, "SIGINT"),
        (libc::SIGHUP, "SIGHUP"),
        (libc::SIGQUIT, "SIGQUIT"),
    ] {
        let mut s = spawn(&["--mouse"], dir.path(), &[]);
        s.wait_for("§1/6");
        assert!(!s.tty_cooked(), "raw while reading");
        let pid = s.child.process_id().expect("a pid");
        // SAFETY: a plain kill(2) of our own child.
        assert_eq!(unsafe { libc::kill(pid as i32, signal) }, 0);
        let status = s.wait_exit();
        assert!(!status.success(), "{name}: {status:?}");
        assert!(
            status.signal().is_some_and(|s| s.contains(&name[3..])
                || s.contains("Quit")
                || s.contains("Hangup")
                || s.contains("Interrupt")
                || s.contains("Terminated")),
            "{name}: {status:?}"
        );
        assert!(s.tty_cooked(), "{name}: the tty is cooked again");
        let term = s.term.lock().unwrap();
        let screen = term.screen();
        assert!(!screen.alternate_screen(), "{name}: alternate screen left");
        assert!(!screen.hide_cursor(), "{name}: cursor shown");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "{name}: mouse reporting off"
        );
    }
}

/// The first frame of a large article shows its text while the analysis runs (the
/// status bar says how far it is), keys move through it meanwhile, and quitting then
/// leaves at once with the terminal restored. Ordered by what the screen shows, never
/// by a clock: the first frame is drawn before the analysis starts.
#[test]
fn a_large_article_shows_before_its_analysis_and_quits_during_it() {
    let dir = tempfile::tempdir().unwrap();
    // Large enough that a test build analyses it for seconds.
    let text = crate::generate::article(6 * 1024 * 1024, 3);
    std::fs::write(dir.path().join("large.txt"), &text).unwrap();
    let first_heading = text.lines().nth(1).unwrap().to_owned();
    let mut s = spawn(&["large.txt"], dir.path(), &[]);
    s.wait_for("indexing");
    s.wait_for("Finding relations");
    assert!(s.contents().contains("Introduction"), "{}", s.contents());
    s.send("]");
    s.wait_until("the next section, still indexing", |screen| {
        screen.contains(&first_heading) && screen.contains("§2/") && screen.contains("indexing")
    });
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    assert!(!s.term.lock().unwrap().screen().alternate_screen());
}

/// A short article's analysis arrives on its own: the progress mark goes and the
/// relations take the waiting note's place.
#[test]
fn the_analysis_arrives_without_a_key() {
    let dir = tempfile::tempdir().unwrap();
    let seed = include_str!("../fixtures/articles/seed.fr.txt");
    std::fs::write(dir.path().join("seed.fr.txt"), seed).unwrap();
    let mut s = spawn(&["seed.fr.txt"], dir.path(), &[]);
    s.wait_for("Sections");
    s.wait_until("the analysis", |screen| {
        !screen.contains("indexing") && !screen.contains("Finding relations")
    });
    assert!(s.contents().contains("Russie"), "{}", s.contents());
    s.send("q");
    assert!(s.wait_exit().success());
}

/// Issue 11: a library opens on a directory, fills in the entities its briefings name,
/// narrows as a filter is typed (`kaz` finds the briefing that mentions Kazakhstan,
/// whose title does not say so), opens the match on Enter, and `q` comes back to it.
#[test]
fn the_library_filters_by_entity_opens_and_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    std::fs::create_dir(&lib).unwrap();
    for (name, text) in [
        (
            "a.txt",
            "Steppe pipeline\n\nRussia and Kazakhstan signed a gas deal in Astana.\n",
        ),
        (
            "b.txt",
            "Grain corridor\n\nTurkey and Ukraine reopened the port of Odesa.\n",
        ),
        (
            "c.txt",
            "Fisheries accord\n\nJapan and the Philippines agreed on quotas.\n",
        ),
    ] {
        std::fs::write(lib.join(name), text).unwrap();
    }
    let mut s = spawn(&["lib"], dir.path(), &[]);
    s.wait_for("Library · 3 briefings");
    s.wait_until("the entities indexed", |screen| {
        screen.contains("Steppe pipeline")
            && !screen.contains("indexing")
            && !screen.contains("reading")
    });
    s.send("/kaz");
    s.wait_for("1 of 3");
    assert!(!s.contents().contains("Grain corridor"), "{}", s.contents());
    s.send("\r");
    s.wait_for("Sections");
    s.wait_for("Steppe pipeline");
    s.send("q");
    s.wait_for("Library · 1 of 3");
    s.send("\x1b");
    s.wait_for("Library · 3 briefings");
    s.send("q");
    assert!(s.wait_exit().success());
    // The index is in the state directory for the next start.
    let state = dir.path().join(".xdg/state/brief/library-index.json");
    assert!(state.exists(), "{}", state.display());
}
