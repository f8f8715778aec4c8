//! The reader timed as a person meets it, in a pseudo-terminal whose screen is parsed
//! with vt100 (the PTY tests' machinery): how soon the first frame shows, how long a key
//! takes to reach the screen while the analysis runs, when the analysis is on screen
//! (the progress mark gone, the relationship pane drawn), and how soon `q` ends the
//! program during the analysis. Figures in docs/performance.md.
//!
//! `cargo build --release --bin brief --example live`
//! `target/release/examples/live target/release/brief ARTICLE [RUNS]`

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 120;

/// The screen as the program last drew it, and a signal for each change.
struct Screen {
    parser: Mutex<vt100::Parser>,
    changed: Condvar,
}

struct Session {
    screen: Arc<Screen>,
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    started: Instant,
}

fn spawn(brief: &str, article: &str) -> Session {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    // portable-pty looks a relative program up in PATH only.
    let brief = std::fs::canonicalize(brief).expect("the brief binary");
    let mut cmd = CommandBuilder::new(brief);
    cmd.arg(article);
    cmd.cwd(std::env::current_dir().expect("a working directory"));
    cmd.env("TERM", "xterm-256color");
    let started = Instant::now();
    let child = pty.slave.spawn_command(cmd).expect("brief starts");
    drop(pty.slave);
    let (rows, cols) = (
        NonZeroU16::new(ROWS).unwrap(),
        NonZeroU16::new(COLS).unwrap(),
    );
    let screen = Arc::new(Screen {
        parser: Mutex::new(vt100::Parser::new(rows, cols, 0)),
        changed: Condvar::new(),
    });
    let mut reader = pty.master.try_clone_reader().expect("a reader");
    let sink = screen.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.parser.lock().unwrap().process(&buf[..n]);
            sink.changed.notify_all();
        }
    });
    let writer = pty.master.take_writer().expect("a writer");
    std::mem::forget(pty.master);
    Session {
        screen,
        child,
        writer,
        started,
    }
}

impl Session {
    /// Wait until `done` holds of the screen's text; the moment it was first seen.
    fn wait(&self, done: impl Fn(&str) -> bool) -> Instant {
        let deadline = Instant::now() + Duration::from_secs(120);
        let mut parser = self.screen.parser.lock().unwrap();
        loop {
            if done(&parser.screen().contents()) {
                return Instant::now();
            }
            assert!(
                Instant::now() < deadline,
                "never seen:\n{}",
                parser.screen().contents()
            );
            parser = self
                .screen
                .changed
                .wait_timeout(parser, Duration::from_millis(50))
                .unwrap()
                .0;
        }
    }

    fn contents(&self) -> String {
        self.screen.parser.lock().unwrap().screen().contents()
    }

    fn send(&mut self, keys: &str) -> Instant {
        let at = Instant::now();
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        at
    }

    fn exited(&mut self) -> Instant {
        loop {
            if self.child.try_wait().unwrap().is_some() {
                return Instant::now();
            }
            std::thread::sleep(Duration::from_micros(200));
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The section number the status bar shows (`§12/345`).
fn section(screen: &str) -> Option<usize> {
    let at = screen.rfind('§')?;
    let digits: String = screen[at + '§'.len_utf8()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The status bar says the work goes on: the rest of a large article loading, or the
/// analysis.
fn busy(screen: &str) -> bool {
    screen.contains("indexing") || screen.contains("loading the rest")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(brief), Some(article)) = (args.first(), args.get(1)) else {
        eprintln!("usage: live BRIEF ARTICLE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(3);
    let (mut first, mut done, mut quit, mut keys) = (vec![], vec![], vec![], vec![]);
    for _ in 0..runs {
        // One run: first frame, keys while indexing, the analysis arriving.
        let mut s = spawn(brief, article);
        let shown = s.wait(|t| t.contains("§1/"));
        first.push(ms(shown - s.started));
        let mut at = 1;
        while busy(&s.contents()) {
            let sent = s.send("]");
            let seen = s.wait(|t| section(t).is_some_and(|n| n > at));
            let still = busy(&s.contents());
            at = section(&s.contents()).unwrap_or(at);
            if still {
                keys.push(ms(seen - sent));
            }
            std::thread::sleep(Duration::from_millis(40));
        }
        let analysed = s.wait(|t| !busy(t) && !t.contains("Finding relations"));
        done.push(ms(analysed - s.started));
        s.send("q");
        s.exited();
        // Another: quit as soon as the text shows.
        let mut s = spawn(brief, article);
        s.wait(busy);
        let sent = s.send("q");
        quit.push(ms(s.exited() - sent));
    }
    let worst = keys.iter().copied().fold(0.0, f64::max);
    let n = keys.len();
    println!("first frame        median {:7.1} ms", median(&mut first));
    println!("analysis on screen median {:7.1} ms", median(&mut done));
    println!(
        "key during analysis median {:6.1} ms  worst {worst:.1} ms  ({n} keys)",
        median(&mut keys)
    );
    println!("q during analysis  median {:7.1} ms", median(&mut quit));
}
