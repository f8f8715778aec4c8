//! Item 8 (round trips: what `import` writes, `check` accepts, and what `check`
//! accepts, `import` keeps) and item 9 (the Markdown export is data, never markup).

use std::path::Path;

use brief::entities::Gazetteer;
use brief::load;

use super::{ROOT, brief};

fn import(path: &Path) -> String {
    let loaded = load::load_path(path).expect("loads");
    brief::commands::import::to_yaml(loaded.briefing, &Gazetteer::builtin()).expect("serialises")
}

#[test]
fn item8_importing_the_shipped_briefing_writes_yaml_that_checks() {
    let yaml = import(&Path::new(ROOT).join("briefings/russie-kazakhstan.fr.yaml"));
    let again = load::load_bytes(Path::new("import.yaml"), yaml.as_bytes());
    assert!(again.is_ok(), "{:?}", again.err());
    // Evidence declared on a heading stays there: no `sentence: 0` invented.
    let shipped =
        std::fs::read_to_string(Path::new(ROOT).join("briefings/russie-kazakhstan.fr.yaml"))
            .unwrap();
    let headless = shipped.matches("{section: ").count() - shipped.matches("sentence:").count();
    assert!(headless > 0, "the shipped briefing cites a heading");
}

#[test]
fn item8_an_article_with_an_empty_first_line_gets_a_title_that_round_trips() {
    for first in ["...", "…", "---", "* * *", "- -"] {
        let text = format!("{first}\n\nLa Russie et le Kazakhstan renforcent leur coopération.\n");
        let loaded = load::load_bytes(Path::new("a.txt"), text.as_bytes()).expect("loads");
        assert!(
            !loaded.briefing.title.trim().is_empty(),
            "{first:?}: empty title"
        );
        let yaml =
            brief::commands::import::to_yaml(loaded.briefing, &Gazetteer::builtin()).unwrap();
        let again = load::load_bytes(Path::new("import.yaml"), yaml.as_bytes());
        assert!(again.is_ok(), "{first:?}: {:?}\n{yaml}", again.err());
    }
}

#[test]
fn item8_a_null_paragraph_is_refused_not_read_as_a_tilde() {
    let text = "title: T\nlanguage: fr\nsections:\n  - id: a\n    title: A\n    body: [~]\n";
    let problems = load::load_bytes(Path::new("b.yaml"), text.as_bytes()).expect_err("refused");
    assert_eq!(problems[0].at, Some((6, 12)), "{}", problems[0].message);
    assert!(
        problems[0].message.contains("null"),
        "{}",
        problems[0].message
    );
}

#[test]
fn item8_check_reads_entities_files_and_refuses_an_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let entities = dir.path().join("entities.yaml");
    std::fs::write(
        &entities,
        "entities:\n  - id: x\n    name: X\n    kind: planet\n",
    )
    .unwrap();
    let seed = format!("{ROOT}/tests/fixtures/good/briefing.en.yaml");
    let out = brief(dir.path())
        .args(["check", &seed, "--entities"])
        .arg(&entities)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("entities.yaml:4:"), "{stdout}");

    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let out = brief(dir.path()).arg("check").arg(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&[out.stdout, out.stderr].concat()).into_owned();
    assert!(text.contains("no briefing"), "{text}");
    assert!(!text.contains("all valid"), "{text}");
}

#[test]
fn item9_markdown_export_writes_no_html_and_no_links() {
    let text = "title: \"<img src=x onerror=alert(1)> [x](javascript:alert(1))\"\nlanguage: en\nsections:\n  - id: a\n    title: \"<script>alert(1)</script>\"\n    body: [\"Zorg met Blix.\"]\nentities:\n  - {id: zorg, name: \"Zorg [x](javascript:alert(1))\", kind: person}\n  - {id: blix, name: \"Blix <b>B</b> | x\", kind: person}\n";
    let loaded = load::load_bytes(Path::new("b.yaml"), text.as_bytes()).expect("loads");
    let analysis = brief::analysis::analyse(&loaded.briefing, &Gazetteer::builtin());
    let md = brief::export::to_markdown(&loaded.briefing, &analysis);
    // Markup only counts unescaped: `\<img` is the text "<img".
    for raw in ["<img", "<script", "](javascript:", "<b>", "[x]"] {
        let bare = md.match_indices(raw).any(|(i, _)| !md[..i].ends_with('\\'));
        assert!(!bare, "{raw} in:\n{md}");
    }
    assert!(md.contains("\\<script\\>"), "{md}");
    // A `|` in a name does not add a cell.
    let row = md
        .lines()
        .find(|l| l.contains("Blix") && l.contains("person"))
        .expect("row");
    let pipes = row
        .match_indices('|')
        .filter(|(i, _)| !row[..*i].ends_with('\\'))
        .count();
    assert_eq!(pipes, 5, "four cells: {row}");
}
