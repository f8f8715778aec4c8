//! Where brief keeps its own files, in one place. On Linux and the BSDs these are the
//! XDG directories (`$XDG_CONFIG_HOME`, `$XDG_DATA_HOME`, `$XDG_STATE_HOME`, each with
//! its usual default under `$HOME`); macOS and Windows have no state directory, so
//! state lives in the local data directory there (`~/Library/Application Support/brief/`,
//! `%LOCALAPPDATA%\brief\`), where backups of application data look for it.

use std::path::PathBuf;

/// The config directory, `$XDG_CONFIG_HOME/brief/`: the config file and the user's
/// gazetteer.
pub(crate) fn config_dir() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("brief"))
}

/// The config file: `$XDG_CONFIG_HOME/brief/config.toml`.
pub fn config_file() -> Option<PathBuf> {
    config_dir().map(|d| d.join("config.toml"))
}

/// The user's own briefings, listed by the library: `$XDG_DATA_HOME/brief/briefings`.
pub(crate) fn data_briefings() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("brief").join("briefings"))
}

/// Reading positions, marks, notes and the library's index: `$XDG_STATE_HOME/brief/`.
pub(crate) fn state_dir() -> Option<PathBuf> {
    dirs::state_dir()
        .or_else(dirs::data_local_dir)
        .map(|d| d.join("brief"))
}

#[cfg(test)]
mod tests {
    use super::*;

    // The places follow the XDG variables (the tests and users' sandboxes rely on it).
    #[cfg(target_os = "linux")]
    #[test]
    fn follow_the_xdg_variables() {
        // Only this test in the lib sets these variables; cargo runs tests on threads,
        // so it reads nothing else from the environment.
        let root = std::env::temp_dir().join("brief-places-test");
        // SAFETY: no other test of this binary reads or writes these variables.
        unsafe {
            std::env::set_var("XDG_CONFIG_HOME", root.join("c"));
            std::env::set_var("XDG_DATA_HOME", root.join("d"));
            std::env::set_var("XDG_STATE_HOME", root.join("s"));
        }
        assert_eq!(config_file(), Some(root.join("c/brief/config.toml")));
        assert_eq!(data_briefings(), Some(root.join("d/brief/briefings")));
        assert_eq!(state_dir(), Some(root.join("s/brief")));
    }
}
