//! `brief export PATH --format json|markdown|dot`: load, analyse once, print.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli::ExportFormat;
use crate::entities::Gazetteer;
use crate::load::Problem;

/// Print the export of the briefing or article at `path` on standard output. A file
/// that does not load, or a bad `--entities` file, prints `brief check`-style
/// messages on standard error and exits 1.
pub fn run(path: &Path, format: ExportFormat, entities: &[PathBuf]) -> ExitCode {
    match render(path, format, entities) {
        Ok(text) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`brief export … | head`) is not an error worth a message.
            let _ = stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush());
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            ExitCode::from(1)
        }
    }
}

/// The export text, or the problems that prevent it.
pub fn render(
    path: &Path,
    format: ExportFormat,
    entities: &[PathBuf],
) -> Result<String, Vec<Problem>> {
    let gazetteer = Gazetteer::load(entities)?;
    let loaded = crate::load::load_path(path)?;
    let briefing = loaded.briefing;
    let analysis = crate::analysis::analyse(&briefing, &gazetteer);
    Ok(match format {
        ExportFormat::Json => crate::export::to_json(&briefing, &analysis),
        ExportFormat::Markdown => crate::export::to_markdown(&briefing, &analysis),
        ExportFormat::Dot => crate::relations::to_dot(&briefing, &analysis),
    })
}
