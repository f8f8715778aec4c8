//! The fuzz targets' kept cases: every file under tests/fixtures/fuzz/<target>/ —
//! issue reproductions and whatever AFL found (see docs/reliability.md) — replayed
//! through the same invariant checks the fuzzer runs (`brief::fuzz`).

use std::path::Path;

#[test]
fn every_kept_fuzz_case_passes_its_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut replayed = 0;
    for target in brief::fuzz::TARGETS {
        let dir = root.join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let data = std::fs::read(entry.path()).unwrap();
            assert!(brief::fuzz::run(target, &data), "{target}");
            replayed += 1;
        }
    }
    assert!(replayed >= brief::fuzz::TARGETS.len(), "{replayed} cases");
}

/// The seeds the fuzzer starts from (tests/fixtures) pass every target too.
#[test]
fn the_fixtures_pass_the_fuzz_targets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for sub in ["good", "bad", "articles"] {
        for entry in std::fs::read_dir(root.join(sub)).unwrap().flatten() {
            let data = std::fs::read(entry.path()).unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            let target = if name.ends_with(".yaml") {
                "yaml"
            } else {
                "article"
            };
            brief::fuzz::run(target, &data);
            brief::fuzz::run("sanitize", &data);
        }
    }
}
