//! `brief config`: where the config file is and whether brief can use it; with
//! `--default`, a commented config of every setting at its default.

use std::process::ExitCode;

use super::out;
use crate::config;

pub fn run(default: bool) -> ExitCode {
    if default {
        let text = config::default_toml();
        return out::exit(out::data("config", |w| w.write_all(text.as_bytes())));
    }
    let Some(path) = crate::places::config_file() else {
        out::message(
            "brief config: this platform has no config directory: brief uses the defaults",
        );
        return ExitCode::from(1);
    };
    let (state, code) = match config::load(&path) {
        Ok(Some(_)) => ("in use".to_string(), ExitCode::SUCCESS),
        Ok(None) => (
            "not there: brief uses the defaults (`brief config --default > FILE` starts one)"
                .into(),
            ExitCode::SUCCESS,
        ),
        Err(problems) => {
            out::problems("", &problems);
            (
                "has problems: brief uses the defaults".into(),
                ExitCode::from(1),
            )
        }
    };
    let line = format!("{}\n", path.display());
    out::message(format_args!("config file {state}"));
    match out::data("config", |w| w.write_all(line.as_bytes())) {
        Ok(()) => code,
        Err(e) => e,
    }
}
