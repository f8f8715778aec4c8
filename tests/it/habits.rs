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

/// What `cmd` prints, asserting that it succeeds.
fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("UTF-8")
}

/// The screen after `keys` on the seed, at 120×30.
fn screen(home: &Path, keys: &str) -> String {
    let out = brief(home)
        .args([
            "render", SEED, "--width", "120", "--height", "30", "--keys", keys,
        ])
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
    for keys in [
        "eeee4",
        "eeee",
        "ee",
        "eeeej",
        "eee<PgDn>",
        "e]e",
        "4e",
        "4eE",
    ] {
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
    assert_eq!(
        std::fs::read_to_string(&out).expect("read"),
        "precious notes\n"
    );
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
    let smallest =
        stdout_of(brief(home.path()).args(["render", SEED, "--width", "20", "--height", "6"]));
    assert_eq!(smallest.lines().count(), 6);
}

/// Every mention's char range slices the same text as its byte range, as a consumer
/// counting Unicode scalars (Python) would slice it.
#[test]
fn export_gives_byte_and_char_ranges_that_agree() {
    let home = tempfile::tempdir().expect("temp dir");
    let out = stdout_of(brief(home.path()).args(["export", SEED]));
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
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
    assert!(
        checked > 20 && differ > 0,
        "{checked} mentions, {differ} past an accent"
    );
}

/// `brief` with `fixture` as the user's config file.
fn with_config(home: &Path, fixture: &str) -> Command {
    let dir = home.join("config/brief");
    std::fs::create_dir_all(&dir).expect("config dir");
    let text = std::fs::read(Path::new(ROOT).join("tests/fixtures/config").join(fixture))
        .expect("fixture");
    std::fs::write(dir.join("config.toml"), text).expect("write config");
    brief(home)
}

fn render_with(home: &Path, fixture: &str, keys: &str) -> (String, String) {
    let out = with_config(home, fixture)
        .args([
            "render", SEED, "--width", "120", "--height", "40", "--keys", keys,
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The config file's rebinding drives `render --keys`: `x` is now next-section, `]`
/// no longer is, and the help overlay and status bar name the new keys.
#[test]
fn a_config_rebinding_drives_render_keys() {
    let home = tempfile::tempdir().expect("temp dir");
    let (moved, stderr) = render_with(home.path(), "rebind.toml", "x");
    assert!(stderr.is_empty(), "{stderr}");
    assert!(status(&moved).starts_with(" §2/6"), "{}", status(&moved));
    let (stayed, _) = render_with(home.path(), "rebind.toml", "]");
    assert!(status(&stayed).starts_with(" §1/6"), "{}", status(&stayed));
    let (back, _) = render_with(home.path(), "rebind.toml", "xxX");
    assert!(status(&back).starts_with(" §2/6"), "{}", status(&back));
    assert!(status(&back).contains("F1 help"), "{}", status(&back));
    let (help, _) = render_with(home.path(), "rebind.toml", "<F1>");
    assert!(help.contains("Keys · F1 or Esc closes"), "{help}");
    assert!(help.contains("x / X ["), "{help}");
    // `h` is no longer help: nothing opens.
    let (plain, _) = render_with(home.path(), "rebind.toml", "h");
    assert!(!plain.contains("Keys ·"), "{plain}");
}

/// A config with a conflict is reported where it is, and brief runs on the defaults.
#[test]
fn an_invalid_config_is_located_and_brief_runs_on_the_defaults() {
    let home = tempfile::tempdir().expect("temp dir");
    // No config file yet: `check --config` says the defaults apply.
    brief(home.path())
        .args(["check", "--config"])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("no config file at")
                .and(predicate::str::contains("all valid").not()),
        );
    let (screen, stderr) = render_with(home.path(), "conflict.toml", "]");
    assert!(
        stderr.contains("config.toml:5:8: key `q` would ask for both `help` and `quit`"),
        "{stderr}"
    );
    assert!(stderr.contains("defaults"), "{stderr}");
    assert!(
        status(&screen).starts_with(" §2/6"),
        "defaults apply: {}",
        status(&screen)
    );
    brief(home.path())
        .args(["check", "--config", "tests/fixtures/config/conflict.toml"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "tests/fixtures/config/conflict.toml:5:8: key `q`",
        ));
    // A .toml path is checked as a config file; the default config, `--config`
    // without a file, is the one in XDG_CONFIG_HOME.
    brief(home.path())
        .args(["check", "tests/fixtures/config/rebind.toml"])
        .assert()
        .success();
    brief(home.path())
        .args(["check", "--config"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("brief/config.toml:5:8:"));
}

#[test]
fn the_default_config_is_printed_and_checks_clean() {
    let home = tempfile::tempdir().expect("temp dir");
    let text = stdout_of(brief(home.path()).args(["config", "--default"]));
    let path = home.path().join("default.toml");
    std::fs::write(&path, &text).expect("write");
    brief(home.path())
        .arg("check")
        .arg(&path)
        .assert()
        .success();
    let listed = &text;
    for setting in [
        "mouse = false",
        "name = \"dark\"",
        "[keys]",
        "directories = []",
        "enabled = true",
    ] {
        assert!(listed.contains(setting), "{setting} missing");
    }
    // `brief config` names the file it reads, under XDG_CONFIG_HOME.
    brief(home.path())
        .arg("config")
        .assert()
        .success()
        .stdout(predicate::str::ends_with("config/brief/config.toml\n"));
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    let home = tempfile::tempdir().expect("temp dir");
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(brief(home.path()).args(["completions", shell]));
        assert!(
            script.len() > 500 && script.contains("render"),
            "{shell}: {script}"
        );
    }
    brief(home.path())
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
    brief(home.path())
        .arg("manpage")
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH brief").and(predicate::str::contains("completions")));
}

/// Search folds accents as the entity matcher does, with smart case.
#[test]
fn search_finds_etats_unis_from_etats_and_a_capital_makes_case_count() {
    let home = tempfile::tempdir().expect("temp dir");
    let found = screen(home.path(), "/etats");
    assert!(!status(&found).contains("no match"), "{}", status(&found));
    assert!(status(&found).contains("/etats▏ 1/"), "{}", status(&found));
    assert!(found.contains("États-Unis"), "{found}");
    let exact = screen(home.path(), "/ETATS");
    assert!(status(&exact).contains("no match"), "{}", status(&exact));
    let accented = screen(home.path(), "/États-Unis");
    assert!(status(&accented).contains("1/"), "{}", status(&accented));
    // `?` searches backward: from the top, the first match is the last one.
    let back = screen(home.path(), "?etats");
    let n = |s: &str| {
        let st = status(s);
        let counter = st.split('▏').nth(1).unwrap_or_default().trim();
        counter.split(' ').next().unwrap_or_default().to_string()
    };
    let total = n(&found).split('/').nth(1).unwrap_or_default().to_string();
    assert_eq!(n(&back), format!("{total}/{total}"), "{}", status(&back));
    // History: Up in a new search line brings the last search back.
    let again = screen(home.path(), "/etats<Enter><Esc>/<Up>");
    assert!(status(&again).contains("/etats▏"), "{}", status(&again));
}

/// An interactive start with a bad config file says why on the status bar (the notice
/// `main` puts in the config), until the first key.
#[test]
fn the_status_bar_says_why_the_config_was_not_used() {
    use brief::app::{Config, State};
    use brief::commands::render::{parse_keys, render, to_text};
    let seed = brief::commands::open::seed_briefing().expect("seed");
    let analysis = brief::analysis::analyse(&seed, &brief::entities::Gazetteer::builtin());
    let doc = std::sync::Arc::new(brief::model::Doc::new(seed, analysis));
    let config = Config {
        notice: Some("config not used, defaults instead: c.toml:5:8: key `q`".into()),
        ..Config::default()
    };
    let mut state = State::reader(doc, config);
    let first = to_text(&render(&mut state, 160, 30, &[]));
    assert!(
        status(&first).contains("c.toml:5:8: key `q`"),
        "{}",
        status(&first)
    );
    let after = to_text(&render(
        &mut state,
        160,
        30,
        &parse_keys("j").expect("keys"),
    ));
    assert!(!status(&after).contains("c.toml"), "{}", status(&after));
}
