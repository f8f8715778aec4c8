//! Item 1 (escapes through YAML error messages), item 2 (through file names), item 7
//! (stdout write errors), and the one door every message goes through.

use std::fs;

use super::{ROOT, assert_inert, brief};

/// The reproduction: a double-quoted key that decodes to OSC 0, BEL and CSI 2J,
/// echoed by the parser's "unknown field".
const UNKNOWN_FIELD: &str = "title: T\nlanguage: fr\nsections: []\n\"\\e]0;PWNED\\a\\e[2J\": 1\n";

/// "unknown variant" for an entity's kind, with OSC 52, U+202E and an 8-bit CSI.
const UNKNOWN_VARIANT: &str = "title: T\nlanguage: fr\nsections:\n  - id: a\n    title: A\n    body: [x]\nentities:\n  - id: e\n    name: E\n    kind: \"\\e]52;c;cHduZWQ=\\a\\u202e\\x9b2J\"\n";

const ENTITIES_VARIANT: &str = "entities:\n  - id: e\n    name: E\n    kind: \"\\e]0;PWNED\\a\"\n";

#[test]
fn item1_yaml_error_messages_never_carry_escapes() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("field.yaml", UNKNOWN_FIELD),
        ("variant.yaml", UNKNOWN_VARIANT),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        let out = brief(dir.path()).arg("check").arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert_inert("check stdout", &out.stdout);
        assert_inert("check stderr", &out.stderr);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            stdout.contains("\\e]"),
            "the escape is shown, inert: {stdout}"
        );
        for cmd in [&["render"][..], &["export"], &["import"], &[]] {
            let out = brief(dir.path()).args(cmd).arg(&path).output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{cmd:?}");
            assert_inert("stdout", &out.stdout);
            assert_inert("stderr", &out.stderr);
            assert!(String::from_utf8_lossy(&out.stderr).contains(name));
        }
    }
}

#[test]
fn item1_entities_file_errors_never_carry_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let entities = dir.path().join("entities.yaml");
    fs::write(&entities, ENTITIES_VARIANT).unwrap();
    let seed = format!("{ROOT}/tests/fixtures/good/briefing.en.yaml");
    for cmd in [
        &["check", &seed][..],
        &["render", &seed],
        &["export", &seed],
    ] {
        let out = brief(dir.path())
            .args(cmd)
            .arg("--entities")
            .arg(&entities)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{cmd:?}");
        assert_inert("stdout", &out.stdout);
        assert_inert("stderr", &out.stderr);
        let all = [out.stdout, out.stderr].concat();
        assert!(
            String::from_utf8_lossy(&all).contains("entities.yaml"),
            "{cmd:?}"
        );
    }
}

#[test]
fn item2_file_names_are_shown_escaped_one_record_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let nasty = "a\u{1b}]0;PWNED\u{7}\nb\u{202e}.yaml";
    fs::write(dir.path().join(nasty), "title: [\n").unwrap();
    let out = brief(dir.path())
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_inert("check stdout", &out.stdout);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let records: Vec<&str> = stdout.lines().collect();
    assert_eq!(records.len(), 1, "one problem, one line: {stdout}");
    assert!(
        records[0].contains("a\\e]0;PWNED\\u{7}\\nb\\u{202e}.yaml:"),
        "{stdout}"
    );
    // The same name, missing, in every command's "no such file".
    let missing = dir.path().join("gone\u{1b}[2J\n.yaml");
    for cmd in [&["check"][..], &["render"], &["export"], &["import"], &[]] {
        let out = brief(dir.path()).args(cmd).arg(&missing).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{cmd:?}");
        assert_inert("stdout", &out.stdout);
        assert_inert("stderr", &out.stderr);
        let text = String::from_utf8_lossy(&[out.stdout, out.stderr].concat()).into_owned();
        assert!(
            text.contains("gone\\e[2J\\n.yaml: no such file"),
            "{cmd:?}: {text}"
        );
    }
}

#[test]
fn item2_usage_errors_echo_arguments_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let out = brief(dir.path())
        .args(["render", "--width", "\u{202e}x\u{9b}2J\u{1b}"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_inert("stderr", &out.stderr);
    assert!(String::from_utf8_lossy(&out.stderr).contains("\\u{202e}x\\u{9b}2J"));
}

/// Every message path goes through `commands::out`: no other module of the crate
/// prints, so nothing can bypass the escaping. (The terminal guard in `tui.rs` writes
/// control sequences on purpose, to the terminal it owns.)
#[test]
fn every_message_goes_through_the_one_door() {
    let forbidden = [
        "println!",
        "eprintln!",
        "print!(",
        "eprint!(",
        "io::stdout()",
        "io::stderr()",
        "dbg!(",
    ];
    let mut stack = vec![std::path::PathBuf::from(ROOT).join("src")];
    let mut offenders = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(ROOT)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            // Files named `*_tests.rs` are unit-test modules kept beside their code.
            let unit_tests = rel.ends_with("_tests.rs");
            if rel == "src/commands/out.rs"
                || rel == "src/tui.rs"
                || !rel.ends_with(".rs")
                || unit_tests
            {
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            // Unit tests may print; production code above them may not.
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for f in forbidden {
                if code.contains(f) {
                    offenders.push(format!("{rel}: {f}"));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "printing outside commands::out: {offenders:?}"
    );
}

#[test]
fn item7_closed_pipe_is_quiet_and_a_full_disk_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let seed = format!("{ROOT}/tests/fixtures/good/briefing.en.yaml");
    for cmd in [
        &["render", &seed][..],
        &["export", &seed],
        &["check", "tests/fixtures/bad"],
    ] {
        // A pipe whose reader is gone: stdout of the child is a pipe we close at once.
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("brief"))
            .args(cmd)
            .current_dir(ROOT)
            .env("HOME", dir.path())
            .env("XDG_CONFIG_HOME", dir.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{cmd:?}: {stderr}");
        assert_ne!(out.status.code(), Some(101), "{cmd:?}");
        assert!(!stderr.contains("Broken pipe"), "{cmd:?} quiet: {stderr}");
        if Path::new("/dev/full").exists() {
            let full = fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap();
            let out = std::process::Command::new(assert_cmd::cargo::cargo_bin!("brief"))
                .args(cmd)
                .current_dir(ROOT)
                .env("HOME", dir.path())
                .env("XDG_CONFIG_HOME", dir.path())
                .env("XDG_CONFIG_HOME", dir.path())
                .stdout(full)
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{cmd:?}: {stderr}");
            assert!(stderr.contains("cannot write standard output"), "{stderr}");
            assert!(!stderr.contains("panicked"), "{stderr}");
        }
    }
}

use std::path::Path;

#[test]
fn item7_render_size_is_bounded_with_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = brief(dir.path())
        .args(["render", "--width", "65535", "--height", "65535"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("65535 is not in 20..=1000"), "{stderr}");
    let out = brief(dir.path())
        .args(["render", "--width", "1000", "--height", "6"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .all(|l| l.chars().count() <= 1000)
    );
}
