//! Issue 12, hardening: each numbered item of the issue has its regression tests here,
//! named after the item (`item1_…`). They drive the real binary where the bug was seen
//! through it, and the library where an operation count says more than a clock.

mod budgets;
mod files;
mod output;
mod round_trip;
mod width;

use std::path::Path;

use assert_cmd::Command;

pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// `brief` run from the crate root with HOME and XDG dirs in a fresh temp dir, so no
/// user file is read.
pub fn brief(home: &Path) -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("brief");
    cmd.current_dir(ROOT)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"));
    cmd
}

/// Bytes a terminal would act on: C0 controls but `\n`, DEL, 8-bit controls (as UTF-8
/// C2 80–9F), bidi overrides (E2 80 AA–AE, E2 81 A6–A9).
pub fn assert_inert(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for (i, c) in text.char_indices() {
        assert!(
            c == '\n' || !brief::text::terminal::is_unsafe(c),
            "{what}: unsafe {c:?} at byte {i} in:\n{text}"
        );
    }
}
