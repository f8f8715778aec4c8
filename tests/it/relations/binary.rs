//! Relations through the real binary: `brief export --format dot|markdown` and
//! `brief import`.

use std::path::Path;

use brief::model::RelationKind;

use super::fixture;

fn brief_cmd() -> assert_cmd::Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("brief");
    // No user gazetteer from the machine running the tests.
    cmd.envs(crate::sandbox());
    cmd
}

fn stdout_of(args: &[&str]) -> String {
    let out = brief_cmd().args(args).output().expect("run brief");
    assert!(
        out.status.success(),
        "brief {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn export_dot_draws_the_seed_link_chart() {
    let seed = fixture("tests/fixtures/good/article.fr.txt");
    let dot = stdout_of(&["export", seed.to_str().expect("path"), "--format", "dot"]);
    assert!(dot.starts_with("digraph brief {"), "{dot}");
    let sanctions = dot
        .lines()
        .find(|l| {
            l.contains("\"united-states\" -> \"russia\"") && l.contains("label=\"sanctions (2)\"")
        })
        .unwrap_or_else(|| panic!("no US → Russia sanctions edge in\n{dot}"));
    assert!(sanctions.contains("dir=forward"), "{sanctions}");
    assert!(
        sanctions.contains("tooltip=\"sanctions États-Unis → Russie\""),
        "{sanctions}"
    );
    let alliance = dot
        .lines()
        .find(|l| l.contains("label=\"alliance\"") && l.contains("\"uzbekistan\""))
        .unwrap_or_else(|| panic!("no alliance with Uzbekistan in\n{dot}"));
    assert!(alliance.contains("dir=none"), "{alliance}");
}

#[test]
fn export_markdown_lists_the_relations() {
    let seed = fixture("tests/fixtures/good/article.fr.txt");
    let md = stdout_of(&[
        "export",
        seed.to_str().expect("path"),
        "--format",
        "markdown",
    ]);
    let row = md
        .lines()
        .find(|l| l.contains("| sanctions → |"))
        .unwrap_or_else(|| panic!("no sanctions row in\n{md}"));
    assert!(
        row.contains("| 2 |") && row.contains("«sanctions»") && row.contains("inferred"),
        "{row}"
    );
}

#[test]
fn import_writes_the_inferred_relations_for_curation() {
    let seed = fixture("tests/fixtures/good/article.fr.txt");
    let yaml = stdout_of(&["import", seed.to_str().expect("path")]);
    // Loaded as any briefing is, every check of `brief check` included.
    let imported = brief::load::load_bytes(Path::new("imported.yaml"), yaml.as_bytes())
        .map_err(|p| format!("{p:?}"))
        .expect("the imported YAML validates")
        .briefing;
    let sanctions = imported
        .relations
        .iter()
        .find(|r| r.kind == RelationKind::Sanctions)
        .expect("a sanctions relation");
    assert_eq!(
        (sanctions.from.as_str(), sanctions.to.as_str()),
        ("united-states", "russia")
    );
    let cited: Vec<(&str, Option<usize>, Option<&str>)> = sanctions
        .evidence
        .iter()
        .map(|e| (e.section.as_str(), e.sentence, e.cue.as_deref()))
        .collect();
    assert_eq!(
        cited,
        [
            ("introduction", Some(1), Some("sanctions")),
            (
                "repercussions-des-sanctions-americaines",
                Some(0),
                Some("sanctions")
            ),
        ]
    );
    // Loaded back, the curated relations are declared and keep their evidence.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("seed.yaml");
    std::fs::write(&path, &yaml).expect("write");
    let b = brief::load::load_path(&path)
        .expect("imported briefing loads")
        .briefing;
    let analysis = brief::analysis::analyse(&b, &brief::entities::Gazetteer::builtin());
    assert!(
        analysis.links.iter().all(|l| l.declared),
        "every link was curated"
    );
    assert_eq!(analysis.links.len(), imported.relations.len());
}
