//! Load an article and index its entities once, printing counts and timings: the
//! hand measurement of docs/performance.md (`/usr/bin/time -v` gives the peak RSS).
//!
//! `cargo run --release --example entities_index -- FILE`

use std::process::ExitCode;
use std::time::Instant;

use brief::entities::{Gazetteer, Options, index};

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: entities_index FILE");
        return ExitCode::from(2);
    };
    let t = Instant::now();
    let gazetteer = Gazetteer::builtin();
    // Parse the gazetteer and build its automaton first, so `index` below is timed alone.
    let mut empty = brief::model::Briefing::new("", "en", Vec::new());
    let _ = index(&empty, &gazetteer);
    println!("gazetteer and automaton {:?}", t.elapsed());
    empty.title.clear();
    let t = Instant::now();
    let loaded = match brief::load::load_path(path.as_ref()) {
        Ok(l) => l,
        Err(problems) => {
            problems.iter().for_each(|p| eprintln!("{p}"));
            return ExitCode::from(1);
        }
    };
    let load = t.elapsed();
    println!(
        "after loading: peak RSS {} KiB, RSS {} KiB",
        peak_kib(),
        status_kib("VmRSS:")
    );
    let t = Instant::now();
    let (entities, mentions) = index(&loaded.briefing, &gazetteer);
    let indexed = t.elapsed();
    if std::env::var_os("BRIEF_NO_CANDIDATES").is_some() {
        let t = Instant::now();
        let (_, m) = brief::entities::index_with(
            &loaded.briefing,
            &gazetteer,
            Options { candidates: false },
        );
        println!(
            "without candidates: {} mentions in {:?}",
            m.len(),
            t.elapsed()
        );
    }
    println!(
        "sections {} entities {} mentions {} load {:?} index {:?}",
        loaded.briefing.sections.len(),
        entities.len(),
        mentions.len(),
        load,
        indexed
    );
    println!(
        "after indexing: peak RSS {} KiB, RSS {} KiB",
        peak_kib(),
        status_kib("VmRSS:")
    );
    ExitCode::SUCCESS
}

/// The process's peak resident set so far (Linux; 0 elsewhere).
fn peak_kib() -> u64 {
    status_kib("VmHWM:")
}

/// A `kB` field of /proc/self/status (Linux; 0 elsewhere).
fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}
