//! The one door to standard output and standard error. Every message a command prints
//! — problems, errors, summaries, clap's usage errors — goes through `message`, which
//! makes it safe (`text::terminal::lines`: a control sequence from a YAML value or a
//! file name is shown as `\e…`, never acted on); every byte of data goes through
//! `data`, which turns a write error into an exit code instead of a panic: a closed
//! pipe (`brief render | head -c1`) ends the command quietly with status 0, as
//! ripgrep does, any other error (`> /dev/full`) is a message and status 1.
//! `tests/it/output.rs` checks no other module writes to either stream.

use std::fmt::Display;
use std::io::{self, BufWriter, ErrorKind, Write};
use std::process::ExitCode;

use crate::load::Problem;
use crate::text::terminal;

/// Print `text` on standard error, one safe line per line of it.
pub fn message(text: impl Display) {
    let safe = terminal::lines(&text.to_string());
    let mut err = io::stderr().lock();
    // Nowhere left to tell of a failing stderr.
    let _ = writeln!(err, "{safe}").and_then(|()| err.flush());
}

/// Print `problems` on standard error, each after `prefix` (`"warning: "` for a file
/// that loads anyway).
pub fn problems(prefix: &str, problems: &[Problem]) {
    let mut err = io::stderr().lock();
    let _ = crate::load::report(&mut err, prefix, problems);
}

/// Write data on standard output through `write`. `Err` holds the exit code the
/// command must return: 0 for a closed pipe (said nothing), 1 for any other failure
/// (said why, naming `command`).
pub(crate) fn data(
    command: &str,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), ExitCode> {
    let mut out = BufWriter::new(io::stdout().lock());
    let written = write(&mut out).and_then(|()| out.flush());
    // A BufWriter dropped after a failed flush would try again: hand back the rest.
    let (_, _) = out.into_parts();
    written.map_err(|e| failed(command, "standard output", &e))
}

/// The exit code for a failed write of `target` (quietly 0 for a closed pipe).
pub(crate) fn failed(command: &str, target: &str, e: &io::Error) -> ExitCode {
    if e.kind() == ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    message(format_args!("brief {command}: cannot write {target}: {e}"));
    ExitCode::from(1)
}

/// The outcome of `data` as the command's exit code.
pub(crate) fn exit(result: Result<(), ExitCode>) -> ExitCode {
    result.err().unwrap_or(ExitCode::SUCCESS)
}

/// clap's own output (help, version, usage errors), made safe as every message is:
/// an unknown argument is echoed, and the argument may hold an escape sequence.
pub fn clap_error(e: &clap::Error) -> ExitCode {
    let text = e.render().to_string();
    let code = u8::try_from(e.exit_code()).unwrap_or(2);
    if e.use_stderr() {
        message(text.trim_end());
    } else {
        let safe = terminal::lines(&text);
        if let Err(code) = data("help", |out| out.write_all(safe.as_bytes())) {
            return code;
        }
    }
    ExitCode::from(code)
}

/// Whether standard output is a terminal (the reader draws only on one).
pub(crate) fn stdout_is_terminal() -> bool {
    use std::io::IsTerminal;
    io::stdout().is_terminal()
}
