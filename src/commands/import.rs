//! `brief import`: an article (or a briefing, normalised) → briefing YAML, with the
//! entities and relations analysis found, ready for an analyst to curate.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::out;
use crate::analysis;
use crate::entities::Gazetteer;
use crate::load;
use crate::model::Briefing;

/// Import `article`, recognising the built-in gazetteer's entities plus those of the
/// `--entities` files; write the YAML to `output` (replacing a file there only when
/// `force`), or standard output.
pub fn run(article: &Path, output: Option<&Path>, force: bool, entities: &[PathBuf]) -> ExitCode {
    // Refused before the work: an analyst who forgot `--force` learns it at once.
    if let Some(path) = output.filter(|p| !force && p.exists()) {
        return exists(path);
    }
    // The gazetteer first: a bad `--entities` file is the user's to fix before any
    // output is written.
    let (gazetteer, loaded) =
        match Gazetteer::load(entities).and_then(|g| Ok((g, load::load_path(article)?))) {
            Ok(done) => done,
            Err(problems) => {
                out::problems("", &problems);
                return ExitCode::from(1);
            }
        };
    out::problems("warning: ", &loaded.warnings);
    let yaml = match to_yaml(loaded.briefing, &gazetteer) {
        Ok(yaml) => yaml,
        Err(e) => {
            out::message(format_args!("brief import: cannot write YAML: {e}"));
            return ExitCode::from(1);
        }
    };
    match output {
        Some(path) => match crate::files::write_file(path, yaml.as_bytes(), force) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => exists(path),
            Err(e) => out::failed("import", &path.to_string_lossy(), &e),
        },
        None => out::exit(out::data("import", |w| w.write_all(yaml.as_bytes()))),
    }
}

/// `OUT` is taken and `--force` was not given: say so, touch nothing.
fn exists(path: &Path) -> ExitCode {
    out::message(format_args!(
        "brief import: {} exists; pass --force to replace it",
        path.display()
    ));
    ExitCode::from(1)
}

/// Analyse, enrich and serialise a loaded briefing.
pub fn to_yaml(mut briefing: Briefing, gazetteer: &Gazetteer) -> Result<String, serde_yaml::Error> {
    let found = analysis::analyse(&briefing, gazetteer);
    analysis::enrich(&mut briefing, &found);
    serde_yaml::to_string(&briefing)
}
