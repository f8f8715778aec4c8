//! Entity indexing (`brief::entities::index`) of a generated ~20 MB article
//! (`benches/generate.rs`), loaded outside the measurement. `benches/compare.sh` times the
//! whole `brief export` against ripgrep; docs/performance.md has the figures.

#[path = "generate.rs"]
mod generate;

use std::hint::black_box;
use std::path::Path;

use brief::entities::{Gazetteer, index};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const BYTES: usize = 20 * 1024 * 1024;

fn bench(c: &mut Criterion) {
    let gazetteer = Gazetteer::builtin();
    let text = generate::article(BYTES, 42);
    let briefing = match brief::load::load_bytes(Path::new("generated.txt"), text.as_bytes()) {
        Ok(loaded) => loaded.briefing,
        Err(problems) => panic!("the generated article loads: {problems:?}"),
    };
    drop(text);
    // Build the gazetteer's matcher outside the measurement, as a reader does once.
    let _ = index(&briefing, &gazetteer);
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
