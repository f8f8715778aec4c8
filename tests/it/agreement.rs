//! One validation pipeline: every command that loads a file (`brief FILE`, `render`,
//! `export`, `import`) reports exactly the problems `brief check FILE` reports, and
//! refuses the file exactly when one of them is an error.

use std::path::{Path, PathBuf};
use std::process::Output;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// `brief ARGS` from the crate root, with HOME and the config directory in `home`.
fn run(home: &Path, args: &[&str]) -> Output {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("brief");
    cmd.current_dir(ROOT)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home)
        .args(args);
    cmd.output().expect("brief runs")
}

fn lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Every fixture file, relative to the crate root, sorted.
fn fixtures() -> Vec<String> {
    let mut all = Vec::new();
    for dir in ["good", "bad", "articles"] {
        let dir = Path::new(ROOT).join("tests/fixtures").join(dir);
        for entry in std::fs::read_dir(&dir).expect("fixture directory") {
            let path: PathBuf = entry.expect("entry").path();
            let rel = path.strip_prefix(ROOT).expect("under the root");
            all.push(rel.to_string_lossy().into_owned());
        }
    }
    all.sort();
    all
}

#[test]
fn every_command_agrees_with_check_on_every_fixture() {
    let home = tempfile::tempdir().expect("temp home");
    let (mut refused, mut warned) = (0, 0);
    for file in fixtures() {
        let check = run(home.path(), &["check", &file]);
        let problems = lines(&check.stdout);
        assert_eq!(
            check.status.code(),
            Some(if problems.is_empty() { 0 } else { 1 }),
            "check {file}"
        );
        let mut verdicts = Vec::new();
        for args in [
            vec![file.as_str()],
            vec!["render", "--width", "60", "--height", "16", &file],
            vec!["export", &file],
            vec!["import", &file],
        ] {
            let out = run(home.path(), &args);
            let stderr = lines(&out.stderr);
            // Problem lines name the file; `brief FILE` adds that stdout is no terminal.
            let warnings: Vec<String> = stderr
                .iter()
                .filter_map(|l| l.strip_prefix("warning: "))
                .filter(|l| l.starts_with(&file))
                .map(str::to_owned)
                .collect();
            let errors: Vec<String> = stderr
                .iter()
                .filter(|l| l.starts_with(&file))
                .cloned()
                .collect();
            let stopped = out.status.code() == Some(1);
            let shown = if stopped { &errors } else { &warnings };
            assert_eq!(shown, &problems, "{args:?}: {stderr:#?}");
            assert!(
                !stopped || warnings.is_empty(),
                "{args:?} refused with warnings: {stderr:#?}"
            );
            verdicts.push(stopped);
        }
        assert!(
            verdicts.iter().all(|&v| v == verdicts[0]),
            "{file}: {verdicts:?}"
        );
        refused += usize::from(verdicts[0]);
        warned += usize::from(!verdicts[0] && !problems.is_empty());
    }
    // Both kinds are exercised: files refused, and files opened with warnings.
    assert!(
        refused >= 10 && warned >= 2,
        "{refused} refused, {warned} warned"
    );
}

/// Regression: the reader opened a briefing that `brief check` rejected (evidence
/// citing a sentence past the end of its section, a one-letter alias): those checks
/// ran in `check` only.
#[test]
fn the_reader_refuses_what_check_rejects() {
    let home = tempfile::tempdir().expect("temp home");
    for (file, message) in [
        (
            "tests/fixtures/bad/evidence-sentence-out-of-range.yaml",
            ":24:19: evidence cites sentence 5 of section `intro`, which has 2",
        ),
        (
            "tests/fixtures/bad/alias-one-letter.yaml",
            ":13:15: alias `R` of `ru` is one letter",
        ),
    ] {
        let out = run(home.path(), &["render", file]);
        assert_eq!(out.status.code(), Some(1), "{file}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(&format!("{file}{message}")), "{stderr}");
    }
}
