//! The integration tests, one binary: the CLI through the real binary, the reader
//! rendered headless and driven in a pseudo-terminal, recognition accuracy on articles.

mod accuracy;
mod agreement;
mod cli;
mod entities;
mod fuzz;
mod generate;
mod graph;
mod habits;
mod hardening;
mod memory;
mod pty;
mod relations;
mod render;

/// HOME and every XDG directory for the binary under test: empty directories of this
/// test run's own, so that no test reads the user's config or writes the user's state
/// (the library's index) or the repository's.
pub fn sandbox() -> Vec<(&'static str, std::path::PathBuf)> {
    static HOME: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let home = HOME
        .get_or_init(|| tempfile::tempdir().expect("a temp home"))
        .path();
    vec![
        ("HOME", home.to_path_buf()),
        ("XDG_CONFIG_HOME", home.join("config")),
        ("XDG_DATA_HOME", home.join("data")),
        ("XDG_STATE_HOME", home.join("state")),
        ("XDG_CACHE_HOME", home.join("cache")),
    ]
}
