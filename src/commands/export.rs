//! `brief export PATH --format json|markdown|dot`: load, analyse once, print.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli::ExportFormat;
use crate::entities::Gazetteer;
use crate::load::{Problem, report};
use crate::model::{Analysis, Briefing};

/// Print the export of the briefing or article at `path` on standard output. A file
/// that does not load, or a bad `--entities` file, prints `brief check`-style
/// messages on standard error and exits 1.
pub fn run(path: &Path, format: ExportFormat, entities: &[PathBuf]) -> ExitCode {
    let mut err = std::io::stderr().lock();
    let (briefing, analysis) = match analysed(path, entities) {
        Ok((briefing, analysis, warnings)) => {
            report(&mut err, "warning: ", &warnings);
            (briefing, analysis)
        }
        Err(problems) => {
            report(&mut err, "", &problems);
            return ExitCode::from(1);
        }
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match format {
        // Streamed: the JSON of a large article is several times its size.
        ExportFormat::Json => crate::export::write_json(&briefing, &analysis, &mut out),
        ExportFormat::Markdown => crate::export::write_markdown(&briefing, &analysis, &mut out),
        ExportFormat::Dot => {
            out.write_all(crate::relations::to_dot(&briefing, &analysis).as_bytes())
        }
    };
    let written = written.and_then(|()| out.flush());
    // The process ends here: the system takes the memory back at once, where freeing a
    // 20 MB article's hundred thousand strings one by one took tens of milliseconds.
    std::mem::forget((briefing, analysis));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`brief export … | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("brief export: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Load the file and the gazetteer (with `--entities` files), and analyse once. Ok
/// holds the file's warnings too.
fn analysed(
    path: &Path,
    entities: &[PathBuf],
) -> Result<(Briefing, Analysis, Vec<Problem>), Vec<Problem>> {
    let gazetteer = Gazetteer::load(entities)?;
    let loaded = crate::load::load_path(path)?;
    let analysis = crate::analysis::analyse(&loaded.briefing, &gazetteer);
    Ok((loaded.briefing, analysis, loaded.warnings))
}
