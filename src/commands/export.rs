//! `brief export PATH --format json|markdown|dot`: load, analyse once, print.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::out;
use crate::cli::ExportFormat;
use crate::entities::Gazetteer;
use crate::load::Problem;
use crate::model::{Analysis, Briefing};

/// Print the export of the briefing or article at `path` on standard output. A file
/// that does not load, or a bad `--entities` file, prints `brief check`-style
/// messages on standard error and exits 1.
pub fn run(path: &Path, format: ExportFormat, entities: &[PathBuf]) -> ExitCode {
    let (briefing, analysis) = match analysed(path, entities) {
        Ok((briefing, analysis, warnings)) => {
            out::problems("warning: ", &warnings);
            (briefing, analysis)
        }
        Err(problems) => {
            out::problems("", &problems);
            return ExitCode::from(1);
        }
    };
    let notes = annotations(path, &briefing);
    // Streamed: the JSON of a large article is several times its size.
    let code = out::exit(out::data("export", |w| match format {
        ExportFormat::Json => crate::export::write_json_annotated(&briefing, &analysis, notes, w),
        ExportFormat::Markdown => {
            crate::export::write_markdown_annotated(&briefing, &analysis, &notes, &mut { w })
        }
        ExportFormat::Dot => w.write_all(crate::relations::to_dot(&briefing, &analysis).as_bytes()),
    }));
    // The process ends here: the system takes the memory back at once, where freeing a
    // 20 MB article's hundred thousand strings one by one took tens of milliseconds.
    std::mem::forget((briefing, analysis));
    code
}

/// The reader's marks and notes on the briefing at `path`, read from the memory
/// without writing to it; a state file that cannot be read is said on stderr.
fn annotations(path: &Path, briefing: &Briefing) -> Vec<crate::export::AnnotationExport> {
    let Some(origin) = crate::memory::Origin::of(path) else {
        return Vec::new();
    };
    let mut memory = crate::memory::Memory::open();
    let record = memory.recall(&origin.path, &origin.hash, briefing);
    for w in &memory.warnings {
        out::message(format_args!("warning: {w}"));
    }
    crate::export::annotations(briefing, &record)
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
