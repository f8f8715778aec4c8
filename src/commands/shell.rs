//! `brief completions SHELL` and `brief manpage`: generated from the clap definition,
//! so they name every subcommand and option the binary accepts.

use std::process::ExitCode;

use clap_complete::Shell;

use super::out;
use crate::cli::Cli;

/// The completion script for `shell`.
fn completions(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "brief", &mut script);
    script
}

/// The man page, as roff.
fn manpage() -> std::io::Result<Vec<u8>> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    Ok(page)
}

/// Print the completion script for `shell`.
pub fn run_completions(shell: Shell) -> ExitCode {
    let script = completions(shell);
    out::exit(out::data("completions", |w| w.write_all(&script)))
}

/// Print the man page.
pub fn run_manpage() -> ExitCode {
    match manpage() {
        Ok(page) => out::exit(out::data("manpage", |w| w.write_all(&page))),
        Err(e) => {
            out::message(format_args!("brief manpage: {e}"));
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    #[test]
    fn every_shell_gets_a_script_naming_the_subcommands() {
        for &shell in Shell::value_variants() {
            let script = String::from_utf8(completions(shell)).expect("UTF-8");
            for word in ["brief", "check", "render", "completions"] {
                assert!(script.contains(word), "{shell}: no {word}");
            }
        }
    }

    #[test]
    fn the_man_page_is_roff_with_every_subcommand() {
        let page = String::from_utf8(manpage().expect("renders")).expect("UTF-8");
        assert!(
            page.starts_with(".ie") || page.contains(".TH brief"),
            "{page}"
        );
        for word in [
            "check",
            "import",
            "export",
            "render",
            "completions",
            "manpage",
        ] {
            assert!(page.contains(word), "no {word}");
        }
    }
}
