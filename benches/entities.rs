//! Entity indexing of a generated ~20 MB article (`brief::entities::testdata`).
//!
//! `cargo bench --bench entities` also writes the article and its aliases to
//! `target/entities-bench/` so ripgrep can count the same aliases on the same text
//! (see docs/performance.md):
//! `rg -c -i -w -F -f target/entities-bench/aliases.txt target/entities-bench/article.txt`

use std::hint::black_box;
use std::path::Path;

use brief::entities::{Gazetteer, index, testdata};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const BYTES: usize = 20 * 1024 * 1024;

fn write_inputs(gazetteer: &Gazetteer) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/entities-bench");
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let _ = std::fs::write(dir.join("article.txt"), testdata::article(BYTES));
    let mut aliases: Vec<&str> = gazetteer
        .entities
        .iter()
        .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
        .map(String::as_str)
        .collect();
    aliases.sort_unstable();
    aliases.dedup();
    let _ = std::fs::write(dir.join("aliases.txt"), aliases.join("\n") + "\n");
}

fn bench(c: &mut Criterion) {
    let gazetteer = Gazetteer::builtin();
    write_inputs(&gazetteer);
    let briefing = testdata::briefing(BYTES);
    // Build the gazetteer's matcher outside the measurement, as a reader does once.
    let _ = index(&testdata::briefing(1000), &gazetteer);
    let mut group = c.benchmark_group("entities");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(BYTES as u64));
    group.bench_function("index_20MB", |b| {
        b.iter(|| black_box(index(black_box(&briefing), &gazetteer)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
