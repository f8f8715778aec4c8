//! Issue 12's former quadratic cases, each at the size the issue measured, in release:
//! 20,000 repeats of one heading (29 s before), 50,000 declared entities imported
//! (17 s) and exported (8.7 s), 2,000 × `a` typed into live search (27 s), the JSON of
//! one sentence naming every country (59 MB). Each must finish well under a second.
//! `cargo bench --bench hardening`; the operation-count tests in
//! tests/it/hardening/budgets.rs catch a regression without a clock.

use std::hint::black_box;
use std::path::Path;

use brief::app::{Config, State};
use brief::commands::render::{parse_keys, render};
use brief::entities::Gazetteer;
use brief::load::load_bytes;
use criterion::{Criterion, criterion_group, criterion_main};

fn headings() -> String {
    (0..20_000)
        .map(|i| format!("## Contexte\n\nParagraphe {i}.\n\n"))
        .collect()
}

fn entities() -> String {
    let list: String = (0..50_000)
        .map(|i| format!("  - {{id: e{i}, name: Zorblat{i}x, kind: person}}\n"))
        .collect();
    format!(
        "title: Many\nlanguage: fr\nsections: [{{id: a, title: A, body: [\"Zorblat1x et Zorblat2x.\"]}}]\nentities:\n{list}"
    )
}

fn bench(c: &mut Criterion) {
    let gazetteer = Gazetteer::builtin();
    let mut group = c.benchmark_group("issue12");
    group.sample_size(10);
    let text = headings();
    group.bench_function("20k repeated headings", |b| {
        b.iter(|| {
            load_bytes(Path::new("a.md"), black_box(text.as_bytes()))
                .map(|l| l.briefing.sections.len())
        })
    });
    let yaml = entities();
    group.bench_function("50k entities import", |b| {
        b.iter(|| {
            let loaded = load_bytes(Path::new("b.yaml"), yaml.as_bytes()).expect("loads");
            brief::commands::import::to_yaml(loaded.briefing, &gazetteer).map(|y| y.len())
        })
    });
    group.bench_function("50k entities export", |b| {
        b.iter(|| {
            let loaded = load_bytes(Path::new("b.yaml"), yaml.as_bytes()).expect("loads");
            let analysis = brief::analysis::analyse(&loaded.briefing, &gazetteer);
            brief::export::to_json(&loaded.briefing, &analysis).len()
        })
    });
    let briefing = brief::commands::open::seed_briefing().expect("seed");
    let analysis = brief::analysis::analyse(&briefing, &gazetteer);
    let doc = std::sync::Arc::new(brief::model::Doc::new(briefing, analysis));
    let keys = parse_keys(&format!("/{}", "a".repeat(2_000))).expect("keys");
    group.bench_function("2000-key search", |b| {
        b.iter(|| {
            let mut state = State::reader(doc.clone(), Config::default());
            render(&mut state, 120, 40, black_box(&keys)).area.width
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
