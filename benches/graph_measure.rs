//! How readable the link chart is on the development corpus: every article of
//! tests/corpus/dev loaded and analysed, its relationship pane laid out as the reader
//! lays it out at 120×40 and 200×60 (and zoomed to the whole screen), and its
//! crossings and lines through labels counted (`graph::measure`). docs/graph.md
//! records the totals. (Layout times are criterion's: `cargo bench --bench reader`.)
//!
//! `cargo run --release --example graph_measure [-- DIR] [--each]`

use std::path::PathBuf;
use std::sync::Arc;

use brief::app::{Action, Config, State, update};
use brief::graph::measure::{Counts, counts};
use brief::graph::{Chart, Filter, specs, visible_links};
use brief::model::Doc;

/// One way of looking at an article: a name and the chart it gives.
type Look = (&'static str, fn(&Arc<Doc>, (u16, u16)) -> Option<Chart>);

/// The pane as the reader shows it at a terminal size, after `keys`.
fn in_reader(doc: &Arc<Doc>, size: (u16, u16), actions: &[Action]) -> Option<Chart> {
    let mut state = State::reader(doc.clone(), Config::default());
    update(&mut state, Action::Resize(size.0, size.1));
    for &a in actions {
        update(&mut state, a);
    }
    state.reader.as_ref()?.relations.pane.chart().cloned()
}

/// Every link, co-mentions too, in the pane size the reader gave before this change
/// (36×37 at 120×40, 62×57 at 200×60): the same input and room as the old chart.
fn old_room(doc: &Arc<Doc>, size: (u16, u16)) -> Option<Chart> {
    let (w, h) = if size.0 == 120 { (36, 37) } else { (62, 57) };
    let filter = Filter {
        co_mentions: true,
        ..Filter::default()
    };
    let visible = visible_links(&doc.analysis.links, filter);
    let (nodes, edges) = specs(&doc.analysis, &doc.analysis.links, &visible);
    Some(Chart::layout(&nodes, &edges, w, h, false))
}

const LOOKS: [Look; 4] = [
    ("pane, typed links (default)", |d, s| in_reader(d, s, &[])),
    ("pane, with co-mentions (m)", |d, s| {
        in_reader(d, s, &[Action::ToggleCoMentions])
    }),
    ("zoomed, with co-mentions (z m)", |d, s| {
        in_reader(d, s, &[Action::ToggleZoom, Action::ToggleCoMentions])
    }),
    ("old pane size, every link", old_room),
];

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir = PathBuf::from("tests/corpus/dev");
    let mut each = false;
    for a in args.by_ref() {
        match a.as_str() {
            "--each" => each = true,
            other => dir = PathBuf::from(other),
        }
    }
    let gazetteer = brief::entities::Gazetteer::builtin();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md")))
        .collect();
    files.sort();
    let docs: Vec<(String, Arc<Doc>)> = files
        .iter()
        .filter_map(|f| {
            let loaded = brief::load::load_path(f).ok()?;
            let analysis = brief::analysis::analyse(&loaded.briefing, &gazetteer);
            let name = f.file_name()?.to_string_lossy().into_owned();
            Some((name, Arc::new(Doc::new(loaded.briefing, analysis))))
        })
        .collect();
    println!("{} articles from {}\n", docs.len(), dir.display());
    println!(
        "| view | screen | charts | nodes | pairs | pairs with words | crossings | lines through labels | links not drawn |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for (name, look) in LOOKS {
        for size in [(120u16, 40u16), (200, 60)] {
            let mut total = Counts::default();
            let mut charts = 0;
            for (file, doc) in &docs {
                let Some(chart) = look(doc, size).filter(|c| c.fits) else {
                    continue;
                };
                let c = counts(&chart);
                if each {
                    eprintln!(
                        "{name} {}x{} {file}: {c:?} ({}x{})",
                        size.0, size.1, chart.width, chart.height
                    );
                }
                total += c;
                charts += 1;
            }
            println!(
                "| {name} | {}×{} | {charts} | {} | {} | {} | {} | {} | {} |",
                size.0,
                size.1,
                total.nodes,
                total.pairs,
                total.labelled,
                total.crossings,
                total.through_labels,
                total.hidden,
            );
        }
    }
}
