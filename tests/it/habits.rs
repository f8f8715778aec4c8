//! A terminal user's habits (issue 13): `f` acts on the entity the status bar names,
//! safe defaults (no silent overwrite, no empty render, char offsets in the export),
//! search that folds accents, the config file, completions and the man page.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SEED: &str = "briefings/russie-kazakhstan.fr.yaml";

/// `brief` run from the crate root with HOME and XDG_* in a temp dir, so that no test
/// reads the user's real config.
fn brief(home: &Path) -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("brief");
    cmd.current_dir(ROOT)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env_remove("NO_COLOR");
    cmd
}

/// The screen after `keys` on the seed, at 120×30.
fn screen(home: &Path, keys: &str) -> String {
    let out = brief(home)
        .args(["render", SEED, "--width", "120", "--height", "30", "--keys", keys])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8")
}

fn status(screen: &str) -> &str {
    screen.lines().last().unwrap_or_default()
}

/// The text between `before` and the next ` (` or ` │` of the status bar.
fn named<'a>(status: &'a str, before: &str) -> Option<&'a str> {
    let rest = &status[status.find(before)? + before.len()..];
    let end = [rest.find(" ("), rest.find(" │")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(rest.len());
    Some(rest[..end].trim())
}

/// Regression (issue 13 item 5): after `eeee4` the status bar still named the cursor's
/// entity (Kazakhstan, scrolled away in §1) while `f` focused the first entity on
/// screen (États-Unis). Whatever the status names, `f` focuses; and a cursor scrolled
/// off screen is named nowhere.
#[test]
fn focus_acts_on_the_entity_the_status_names() {
    let home = tempfile::tempdir().expect("temp dir");
    for keys in ["eeee4", "eeee", "ee", "eeeej", "eee<PgDn>", "e]e", "4e", "4eE"] {
        let before = screen(home.path(), keys);
        let after = screen(home.path(), &format!("{keys}f"));
        let focused = named(status(&after), "focus: ").expect("f focused something");
        if let Some(cursor) = named(status(&before), "▸ ") {
            assert_eq!(cursor, focused, "after {keys}: {}", status(&before));
        }
    }
    let jumped = screen(home.path(), "eeee4");
    assert!(!status(&jumped).contains('▸'), "{}", status(&jumped));
}

#[test]
fn import_refuses_to_overwrite_without_force() {
    let home = tempfile::tempdir().expect("temp dir");
    let out = home.path().join("out.yaml");
    std::fs::write(&out, "precious notes\n").expect("write");
    let article = "tests/fixtures/articles/seed.fr.txt";
    brief(home.path())
        .args(["import", article, "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("exists; pass --force"));
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "precious notes\n");
    brief(home.path())
        .args(["import", article, "--force", "-o"])
        .arg(&out)
        .assert()
        .success();
    let written = std::fs::read_to_string(&out).expect("read");
    assert!(written.starts_with("title:"), "{written}");
    // `--force` alone, with nothing to replace, is a usage error.
    brief(home.path())
        .args(["import", article, "--force"])
        .assert()
        .code(2);
}

/// Regression: `render --width 0 --height 0` printed nothing and exited 0.
#[test]
fn render_below_the_minimum_size_is_a_usage_error() {
    let home = tempfile::tempdir().expect("temp dir");
    for (w, h) in [("0", "0"), ("19", "40"), ("120", "5")] {
        brief(home.path())
            .args(["render", SEED, "--width", w, "--height", h])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("--"));
    }
    let smallest = brief(home.path())
        .args(["render", SEED, "--width", "20", "--height", "6"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8_lossy(&smallest).lines().count(), 6);
}

/// Every mention's char range slices the same text as its byte range, as a consumer
/// counting Unicode scalars (Python) would slice it.
#[test]
fn export_gives_byte_and_char_ranges_that_agree() {
    let home = tempfile::tempdir().expect("temp dir");
    let out = brief(home.path())
        .args(["export", SEED])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    let briefing = brief::load::load_path(&Path::new(ROOT).join(SEED)).expect("seed");
    let b = briefing.briefing;
    let mut checked = 0;
    let mut differ = 0;
    for entity in json["entities"].as_array().expect("entities") {
        for at in entity["mentions"]["at"].as_array().expect("at") {
            let section = b
                .sections
                .iter()
                .find(|s| s.id == at["section"].as_str().expect("id"))
                .expect("section");
            let text = match at["paragraph"].as_u64() {
                Some(p) => &section.body[p as usize],
                None => &section.title,
            };
            let n = |k: &str| at[k].as_u64().expect(k) as usize;
            let by_bytes = &text[n("start")..n("end")];
            let by_chars: String = text
                .chars()
                .skip(n("char_start"))
                .take(n("char_end") - n("char_start"))
                .collect();
            assert_eq!(by_bytes, by_chars);
            checked += 1;
            differ += usize::from(n("start") != n("char_start"));
        }
    }
    assert!(checked > 20 && differ > 0, "{checked} mentions, {differ} past an accent");
}
