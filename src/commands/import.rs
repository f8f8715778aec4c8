//! `brief import`: an article (or a briefing, normalised) → briefing YAML, with the
//! entities and relations analysis found, ready for an analyst to curate.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::analysis;
use crate::entities::Gazetteer;
use crate::load;
use crate::model::Briefing;

/// Import `article`, recognising the built-in gazetteer's entities plus those of the
/// `--entities` files; write the YAML to `output`, or standard output.
pub fn run(article: &Path, output: Option<&Path>, entities: &[PathBuf]) -> ExitCode {
    // The gazetteer first: a bad `--entities` file is the user's to fix before any
    // output is written.
    let mut err = std::io::stderr().lock();
    let (gazetteer, loaded) =
        match Gazetteer::load(entities).and_then(|g| Ok((g, load::load_path(article)?))) {
            Ok(done) => done,
            Err(problems) => {
                load::report(&mut err, "", &problems);
                return ExitCode::from(1);
            }
        };
    load::report(&mut err, "warning: ", &loaded.warnings);
    let yaml = match to_yaml(loaded.briefing, &gazetteer) {
        Ok(yaml) => yaml,
        Err(e) => {
            eprintln!("brief import: cannot write YAML: {e}");
            return ExitCode::from(1);
        }
    };
    let written = match output {
        Some(path) => std::fs::write(path, yaml.as_bytes()),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(yaml.as_bytes()).and_then(|()| out.flush())
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let target = output.map_or("standard output".into(), |p| p.display().to_string());
            eprintln!("brief import: cannot write {target}: {e}");
            ExitCode::from(1)
        }
    }
}

/// Analyse, enrich and serialise a loaded briefing.
pub fn to_yaml(mut briefing: Briefing, gazetteer: &Gazetteer) -> Result<String, serde_yaml::Error> {
    let found = analysis::analyse(&briefing, gazetteer);
    analysis::enrich(&mut briefing, &found);
    serde_yaml::to_string(&briefing)
}
