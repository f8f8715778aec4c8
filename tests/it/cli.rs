//! Integration tests: `brief check` and `brief import` through the real binary, on the
//! fixtures in tests/fixtures/{good,bad}.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use brief::entities::Gazetteer;
use brief::load;
use brief::model::Briefing;
use predicates::prelude::*;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// `brief` run from the crate root, so fixture paths print as given, with a home and
/// XDG directories of the test run's own (never the user's).
fn brief() -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("brief");
    cmd.current_dir(ROOT).envs(crate::sandbox());
    cmd
}

fn fixture(rel: &str) -> PathBuf {
    Path::new(ROOT).join("tests/fixtures").join(rel)
}

/// Run `brief check` on one bad fixture; assert exit 1 and that the problem at
/// `location` is reported with every key word.
fn assert_problem(rel: &str, location: &str, words: &[&str]) {
    let path = format!("tests/fixtures/bad/{rel}");
    let out = brief()
        .args(["check", &path])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let prefix = format!("{path}:{location}: ");
    let line = stdout
        .lines()
        .find(|l| l.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no `{prefix}` in:\n{stdout}"));
    for w in words {
        assert!(line.contains(w), "`{w}` missing from: {line}");
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("checked 1 file: 1 with problems"),
        "{stderr}"
    );
}

#[test]
fn check_bad_indentation() {
    assert_problem(
        "bad-indentation.yaml",
        "6:10",
        &[
            "mapping values are not allowed",
            "expected consistent indentation",
        ],
    );
}

#[test]
fn check_wrong_type() {
    assert_problem(
        "wrong-type.yaml",
        "6:11",
        &[
            "sections[0].body",
            "invalid type: string",
            "expected a list",
        ],
    );
}

#[test]
fn check_unknown_field() {
    assert_problem(
        "unknown-field.yaml",
        "12:5",
        &[
            "entities[0]",
            "unknown field `capital`",
            "expected one of `id`, `name`",
        ],
    );
}

#[test]
fn check_duplicate_id() {
    assert_problem(
        "duplicate-id.yaml",
        "10:9",
        &[
            "duplicate section id `intro`",
            "section 1",
            "expected unique ids",
        ],
    );
}

#[test]
fn check_dangling_relation() {
    assert_problem(
        "dangling-relation.yaml",
        "14:9",
        &[
            "relation `to` names `kz`",
            "not an entity",
            "expected the id of an entity",
        ],
    );
}

/// Regression: `brief check` accepted evidence citing a sentence the section lacks.
#[test]
fn check_evidence_sentence_out_of_range() {
    assert_problem(
        "evidence-sentence-out-of-range.yaml",
        "24:19",
        &["sentence 5", "`intro`", "which has 2", "expected 0 to 1"],
    );
}

/// Regression: `brief check` accepted a briefing alias of one letter.
#[test]
fn check_briefing_alias_of_one_letter() {
    assert_problem(
        "alias-one-letter.yaml",
        "13:15",
        &["alias `R`", "`ru`", "one letter"],
    );
}

#[test]
fn check_bad_values_each_located() {
    let cases = [
        ("2:7", "date `12/11/2025` is not ISO 8601"),
        ("3:11", "language `français` is not a BCP 47 tag"),
        ("7:11", "section `intro` has an empty body"),
        ("12:10", "iso `rus` is not an ISO 3166-1 alpha-2 code"),
        ("15:11", "country `kz` has no `iso`"),
        ("19:18", "affiliation `russia` is not an entity"),
        (
            "26:18",
            "evidence names section `energy`, which does not exist",
        ),
    ];
    for (at, words) in cases {
        assert_problem("bad-values.yaml", at, &[words, "expected"]);
    }
}

#[test]
fn check_alias_bomb_is_quick() {
    let start = std::time::Instant::now();
    assert_problem(
        "alias-bomb.yaml",
        "7:8",
        &[
            "alias bomb",
            "expected aliases to add at most 1000000 nodes",
        ],
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(10));
}

#[test]
fn check_invalid_utf8() {
    assert_problem(
        "invalid-utf8.txt",
        "4:29",
        &["invalid UTF-8 replaced by U+FFFD", "expected UTF-8"],
    );
}

#[test]
fn check_escape_sequences_in_body() {
    assert_problem(
        "escape-in-body.yaml",
        "7:27",
        &["terminal escape sequence removed", "expected plain text"],
    );
}

#[test]
fn check_empty_file() {
    assert_problem(
        "empty.txt",
        "1:1",
        &["empty file", "expected a briefing or an article"],
    );
}

#[test]
fn check_binary_file() {
    assert_problem(
        "binary.txt",
        "1:6",
        &["binary file", "NUL", "expected a UTF-8 text"],
    );
}

#[test]
fn check_oversized_file_is_refused_unread() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).expect("create");
    // Sparse: no disk used, and brief must not read it either.
    file.set_len(load::MAX_FILE_BYTES + 1).expect("set_len");
    let expected = format!(
        "{}: file is {} bytes, over the 64 MiB limit",
        path.display(),
        load::MAX_FILE_BYTES + 1
    );
    brief()
        .arg("check")
        .arg(&path)
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(expected));
}

#[test]
fn check_missing_file() {
    brief()
        .args(["check", "tests/fixtures/good/no-such-file.yaml"])
        .assert()
        .code(1)
        .stdout("tests/fixtures/good/no-such-file.yaml: no such file: expected an existing briefing or article\n");
}

#[test]
fn check_good_directory_exits_0() {
    brief()
        .args(["check", "tests/fixtures/good"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("checked 4 files: all valid"));
}

#[test]
fn check_bad_directory_reports_every_file() {
    let out = brief()
        .args(["check", "tests/fixtures/bad"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let count = std::fs::read_dir(fixture("bad")).expect("bad dir").count();
    for entry in std::fs::read_dir(fixture("bad"))
        .expect("bad dir")
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(
            stdout.contains(&format!("tests/fixtures/bad/{name}:")),
            "{name} not reported"
        );
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("checked {count} files: {count} with problems")),
        "{stderr}"
    );
}

#[test]
fn check_without_paths_is_a_usage_error() {
    brief().arg("check").assert().code(2);
}

#[test]
fn check_unsupported_extension() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notes.pdf");
    std::fs::write(&path, "text").expect("write");
    brief()
        .arg("check")
        .arg(&path)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("unsupported file type `.pdf`"));
}

fn import_stdout(rel: &str) -> String {
    let out = brief()
        .args(["import", rel])
        .assert()
        .success()
        .get_output()
        .clone();
    String::from_utf8(out.stdout).expect("UTF-8 YAML")
}

#[test]
fn import_seed_gives_six_sections() {
    let yaml = import_stdout("tests/fixtures/good/article.fr.txt");
    let b: Briefing = serde_yaml::from_str(&yaml).expect("import output parses");
    let titles: Vec<&str> = b.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Introduction",
            "Consolidation des échanges trilatéraux",
            "Une alliance à dimension stratégique",
            "Répercussions des sanctions américaines",
            "Équilibre diplomatique du Kazakhstan",
            "Maintien du dialogue russo-syrien",
        ]
    );
    assert_eq!(b.sections[0].id, "introduction");
    assert_eq!(b.sections[4].id, "equilibre-diplomatique-du-kazakhstan");
    assert_eq!(b.language, "fr");
    assert!(b.title.starts_with("Le président russe Vladimir Poutine"));
    assert!(b.sections.iter().all(|s| s.body.len() == 1));
}

/// Import to a file, check it, load it back: equal to what import made in-process.
fn assert_round_trip(rel: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out.yaml");
    brief()
        .args(["import", rel, "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    brief().arg("check").arg(&out).assert().success().stdout("");
    let back = load::load_path(&out).expect("loads back");
    assert!(back.warnings.is_empty());
    let original = load::load_path(&Path::new(ROOT).join(rel)).expect("article loads");
    let yaml = brief::commands::import::to_yaml(original.briefing, &Gazetteer::builtin())
        .expect("serialises");
    let expected: Briefing = serde_yaml::from_str(&yaml).expect("parses");
    assert_eq!(back.briefing, expected);
    assert_eq!(std::fs::read_to_string(&out).expect("read"), yaml);
}

#[test]
fn import_round_trips_seed() {
    assert_round_trip("tests/fixtures/good/article.fr.txt");
}

#[test]
fn import_round_trips_markdown() {
    assert_round_trip("tests/fixtures/good/article.en.md");
}

#[test]
fn import_round_trips_wrapped_text_and_yaml() {
    assert_round_trip("tests/fixtures/good/wrapped.en.txt");
    assert_round_trip("tests/fixtures/good/briefing.en.yaml");
}

#[test]
fn import_of_a_bad_file_fails_with_its_problems() {
    brief()
        .args(["import", "tests/fixtures/bad/duplicate-id.yaml"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "tests/fixtures/bad/duplicate-id.yaml:10:9: duplicate section id",
        ));
}

#[test]
fn import_strips_escape_sequences_and_warns() {
    let out = brief()
        .args(["import", "tests/fixtures/bad/escape-in-body.yaml"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: tests/fixtures/bad/escape-in-body.yaml:7:27:",
        ))
        .get_output()
        .clone();
    let yaml = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        yaml.contains("Normal text, then  a screen clear."),
        "{yaml}"
    );
    assert!(!yaml.contains('\u{1b}') && !yaml.contains("pwned"));
}

/// The complete example in docs/format.md is a valid briefing.
#[test]
fn docs_example_is_valid() {
    let doc = std::fs::read_to_string(Path::new(ROOT).join("docs/format.md")).expect("docs");
    let example = doc
        .split("```yaml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a yaml block");
    let loaded = load::load_bytes(Path::new("format.yaml"), example.as_bytes())
        .unwrap_or_else(|p| panic!("{p:?}"));
    assert!(loaded.warnings.is_empty());
    assert_eq!(loaded.briefing.sections.len(), 2);
    assert_eq!(loaded.briefing.relations.len(), 2);
}

/// Regression: the examples used `tr`, `ua`, `eu` where the gazetteer says `turkey`,
/// `ukraine`, `european-union`, so a briefing copied from them split every mention of
/// those countries between two entities. Every country or organisation the examples
/// declare keeps the gazetteer's id.
#[test]
fn docs_example_and_fixture_use_the_gazetteers_ids() {
    let gazetteer = Gazetteer::builtin();
    let doc = std::fs::read_to_string(Path::new(ROOT).join("docs/format.md")).expect("docs");
    let example = doc
        .split("```yaml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a yaml block");
    let fixture = std::fs::read(fixture("good/briefing.en.yaml")).expect("fixture");
    for (name, bytes) in [
        ("format.yaml", example.as_bytes()),
        ("briefing.en.yaml", &fixture),
    ] {
        let b = load::load_bytes(Path::new(name), bytes)
            .unwrap_or_else(|p| panic!("{p:?}"))
            .briefing;
        for e in &b.entities {
            let known = gazetteer.entities.iter().any(|g| g.id == e.id);
            let by_name = gazetteer.entities.iter().find(|g| g.name == e.name);
            if let Some(g) = by_name {
                assert_eq!(
                    e.id, g.id,
                    "{name}: `{}` is `{}` in the gazetteer",
                    e.name, g.id
                );
            }
            if e.kind == brief::model::EntityKind::Country {
                assert!(known, "{name}: country `{}` is not a gazetteer id", e.id);
            }
        }
    }
}

/// libyaml's scanner is quadratic in flow nesting: deep files are refused before it runs.
#[test]
fn check_deep_nesting_is_quick() {
    let start = std::time::Instant::now();
    assert_problem(
        "deep-nesting.yaml",
        "3:266",
        &["nesting deeper than 64 levels"],
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(10));
}

/// Regression: `brief import` ignored `--entities`. Every command that recognises
/// entities honours the flag: import writes the extra entity, and a bad file stops
/// import, export, render and the reader with its located message.
#[test]
fn entities_flag_is_honoured_by_import_export_render_and_reader() {
    let config = tempfile::tempdir().expect("temp dir");
    let extra = config.path().join("extra.yaml");
    std::fs::write(
        &extra,
        "entities:\n  - {id: agenda, name: Agenda, kind: other, aliases: [agenda]}\n",
    )
    .expect("write");
    let article = fixture("articles/sahel.en.txt");
    let out = brief()
        .env("XDG_CONFIG_HOME", config.path())
        .arg("import")
        .arg(&article)
        .arg("--entities")
        .arg(&extra)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let b: Briefing = serde_yaml::from_slice(&out).expect("import YAML");
    assert!(b.entity("agenda").is_some(), "import ignored --entities");

    std::fs::write(
        &extra,
        "entities:\n  - {id: x, name: Ex, kind: other, aliases: [Q]}\n",
    )
    .expect("write");
    let located = format!("{}:2:46: alias `Q` of `x` is one letter", extra.display());
    for command in [&["import"][..], &["export"][..], &["render"][..], &[][..]] {
        brief()
            .env("XDG_CONFIG_HOME", config.path())
            .args(command)
            .arg(&article)
            .arg("--entities")
            .arg(&extra)
            .assert()
            .code(1)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(located.clone()));
    }
}

/// `brief render PATH` at 100×24 with `extra` arguments: the screen, the run a success.
fn render_100x24(path: &std::path::Path, extra: &[&str]) -> String {
    let out = brief()
        .arg("render")
        .arg(path)
        .args(["--width", "100", "--height", "24"])
        .args(extra)
        .assert()
        .success()
        .get_output()
        .clone();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `brief render` waits for the analysis (its output never depends on timing);
/// `--first-frame` draws what the reader shows before any: the text, the progress mark,
/// the waiting relationship pane, and no entity mark.
#[test]
fn render_waits_for_the_analysis_unless_asked_for_the_first_frame() {
    let article = std::path::Path::new("tests/fixtures/articles/seed.fr.txt");
    let run = |extra: &[&str]| render_100x24(article, extra);
    let first = run(&["--first-frame"]);
    assert!(first.contains("indexing 0 %"), "{first}");
    assert!(first.contains("Finding relations"), "{first}");
    assert!(first.contains("Le président russe"), "{first}");
    let done = run(&[]);
    assert!(
        !done.contains("indexing") && !done.contains("Finding relations"),
        "{done}"
    );
    assert!(
        done.contains("Russie ─"),
        "the relations are listed:\n{done}"
    );
    assert_eq!(done, run(&[]), "the same screen every time");
    let first_styled = run(&["--first-frame", "--ansi"]);
    let done_styled = run(&["--ansi"]);
    assert!(
        first_styled.matches("\x1b[").count() < done_styled.matches("\x1b[").count(),
        "entities are marked only once found"
    );
}

/// A large article's first frame is built from its start alone ("loading the rest",
/// fewer sections known); `render` without `--first-frame` waits for the whole and its
/// analysis, and the text the first frame showed is the whole's too.
#[test]
fn a_large_article_first_frame_is_its_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.txt");
    std::fs::write(&path, crate::generate::article(2 * 1024 * 1024, 5)).unwrap();
    let run = |extra: &[&str]| render_100x24(&path, extra);
    let sections = |screen: &str| -> usize {
        let status = screen.lines().last().unwrap_or_default();
        let after = status.split("§1/").nth(1).expect("the section counter");
        after
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap()
    };
    let first = run(&["--first-frame"]);
    assert!(first.contains("loading the rest"), "{first}");
    let done = run(&[]);
    assert!(
        !done.contains("loading") && !done.contains("indexing"),
        "{done}"
    );
    assert!(sections(&first) < sections(&done), "{first}\n{done}");
    let text_row = |screen: &str| screen.lines().nth(2).unwrap_or_default().to_owned();
    assert!(!text_row(&first).trim().is_empty());
    assert_eq!(
        text_row(&first).split('│').nth(3),
        text_row(&done).split('│').nth(3),
        "the same text at the top"
    );
}
