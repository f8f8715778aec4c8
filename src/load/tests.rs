//! Tests of the whole loading path: format choice, refusals, and the promise that no
//! control character reaches the model whatever the bytes.

use std::path::Path;

use proptest::prelude::*;

use super::*;
use crate::model::Short;

/// Every string of a briefing.
fn strings(b: &Briefing) -> Vec<&str> {
    let mut all = vec![b.title.as_str(), b.language.as_str()];
    all.extend(b.date.as_deref());
    all.extend(b.source.as_deref());
    all.extend(b.summary.as_deref());
    for s in &b.sections {
        all.extend([s.id.as_str(), s.title.as_str()]);
        all.extend(s.body.iter().map(String::as_str));
    }
    for e in &b.entities {
        all.extend([e.id.as_str(), e.name.as_str()]);
        all.extend(e.iso.as_deref());
        all.extend(e.affiliation.as_deref());
        all.extend(e.aliases.iter().map(String::as_str));
        match &e.short {
            Some(Short::Label(l)) => all.push(l),
            Some(Short::ByLanguage(m)) => {
                all.extend(m.iter().flat_map(|(t, l)| [t, l]).map(String::as_str))
            }
            None => {}
        }
    }
    for r in &b.relations {
        all.extend([r.from.as_str(), r.to.as_str(), r.label.as_str()]);
        for e in &r.evidence {
            all.push(e.section.as_str());
            all.extend(e.cue.as_deref());
        }
    }
    all
}

fn assert_clean(b: &Briefing) {
    for s in strings(b) {
        assert!(!s.chars().any(is_forbidden), "{s:?}");
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_reach_the_model_unclean(
        bytes in proptest::collection::vec(any::<u8>(), 0..600),
        ext in prop::sample::select(vec!["a.txt", "a.md", "a.yaml", "a"]),
    ) {
        if let Ok(loaded) = load_bytes(Path::new(ext), &bytes) {
            assert_clean(&loaded.briefing);
        }
    }

    #[test]
    fn yaml_escapes_never_reach_the_model(
        words in proptest::collection::vec(
            prop::sample::select(vec![
                "word", "é", " ", r"\e[31m", r"\x07", r"\u202E", r"\u2066", r"\t", r"\r",
                r"\n", r"\x9b", r"\0", r"\x1b]0;t\x07", r"\u0085", r"\x7f",
            ]),
            1..12,
        ),
    ) {
        let body = words.concat();
        let text = format!(
            "title: \"T{body}\"\nlanguage: en\nsections:\n  - id: a\n    title: \"S{body}\"\n    body: [\"x{body}\"]\n"
        );
        let loaded = load_bytes(Path::new("a.yaml"), text.as_bytes());
        let loaded = loaded.map_err(|p| format!("{p:?}")).expect("valid YAML");
        assert_clean(&loaded.briefing);
        // Tabs, newlines and CRLF are normalised silently; a lone CR depends on what
        // follows it, so it decides nothing here.
        let control = |w: &&str| w.starts_with('\\') && !matches!(*w, r"\t" | r"\n" | r"\r");
        if words.iter().any(control) {
            prop_assert!(!loaded.warnings.is_empty());
        } else if !words.contains(&r"\r") {
            prop_assert!(loaded.warnings.is_empty());
        }
        prop_assert!(!loaded.briefing.title.contains('\n'));
    }
}

#[test]
fn field_warnings_are_located_on_the_value() {
    let text =
        "title: T\nlanguage: en\nsections:\n  - id: a\n    title: S\n    body: [\"x\\e[2Jy\"]\n";
    let loaded = load_bytes(Path::new("a.yaml"), text.as_bytes()).expect("valid");
    assert_eq!(loaded.briefing.sections[0].body, ["xy"]);
    assert_eq!(loaded.warnings.len(), 1);
    assert_eq!(loaded.warnings[0].at, Some((6, 12)));
    assert!(loaded.warnings[0].message.contains("escape sequence"));
}

#[test]
fn positions_after_removed_characters_refer_to_the_original() {
    // The ESC sequence on line 13 shifts `kz` four columns right in the file.
    let text = "title: T\nlanguage: en\nsections:\n  - id: a\n    title: S\n    body: [x]\nentities:\n  - id: ru\n    name: Russia\n    kind: country\n    iso: RU\nrelations:\n  - {from: ru, \x1b[1mto: kz, kind: trade, label: L}\n";
    let problems = load_bytes(Path::new("a.yaml"), text.as_bytes()).expect_err("dangling");
    let dangling = problems
        .iter()
        .find(|p| p.message.contains("`kz`"))
        .expect("reported");
    assert_eq!(dangling.at, Some((13, 24)));
}

#[test]
fn formats_by_extension() {
    assert_eq!(Format::of(Path::new("a.YML")), Some(Format::Yaml));
    assert_eq!(Format::of(Path::new("a.markdown")), Some(Format::Markdown));
    assert_eq!(Format::of(Path::new("README")), Some(Format::Text));
    assert_eq!(Format::of(Path::new("a.pdf")), None);
}

#[test]
fn refusals() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = load_path(dir.path()).expect_err("directory");
    assert!(p[0].message.contains("is a directory"));
    assert_eq!(p[0].at, None);
    let big = dir.path().join("big.md");
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(MAX_FILE_BYTES + 1))
        .expect("sparse file");
    let p = load_path(&big).expect_err("too big");
    assert!(
        p[0].message.contains("over the 64 MiB limit"),
        "{}",
        p[0].message
    );
    let p = load_bytes(Path::new("a.txt"), b"text\0more").expect_err("binary");
    assert_eq!(p[0].at, Some((1, 5)));
    let p = load_bytes(Path::new("a.yaml"), b"\n \n").expect_err("empty");
    assert!(p[0].message.contains("empty file"));
}

/// Every problem of an entities file, whether it parsed or not.
fn entity_problems(result: Result<(EntitiesFile, Vec<Problem>), Vec<Problem>>) -> Vec<Problem> {
    match result {
        Ok((_, problems)) | Err(problems) => problems,
    }
}

#[test]
fn entities_files() {
    let good = "entities:\n  - id: ru\n    name: Russia\n    kind: country\n    iso: RU\n  - id: putin\n    name: Vladimir Putin\n    kind: person\n    affiliation: elsewhere\n";
    let (file, problems) = parse_yaml_entities(Path::new("e.yaml"), good).expect("parses");
    assert_eq!(problems, []);
    let list = file.entities;
    assert_eq!(list.len(), 2);
    assert_eq!(list[1].affiliation.as_deref(), Some("elsewhere"));

    let dup = "entities:\n  - id: ru\n    name: Russia\n    kind: country\n    iso: RU\n  - id: ru\n    name: Russie\n    kind: country\n    iso: RU\n";
    let p = entity_problems(parse_yaml_entities(Path::new("e.yaml"), dup));
    assert_eq!(p[0].at, Some((6, 9)));
    assert!(p[0].message.contains("duplicate entity id `ru`"));

    let unknown = "entities: []\nsections: []\n";
    let p = entity_problems(parse_yaml_entities(Path::new("e.yaml"), unknown));
    assert_eq!(p[0].at, Some((2, 1)));
    assert!(
        p[0].message
            .contains("unknown field `sections`, expected `entities`"),
        "{}",
        p[0].message
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("extra.yaml");
    std::fs::write(
        &file,
        b"entities:\n  - id: x\n    name: \"X\\e[1m\"\n    kind: other\n",
    )
    .expect("write");
    let p = entity_problems(load_entities(&file));
    assert_eq!(p[0].at, Some((3, 11)));
    assert!(p[0].message.contains("escape sequence"), "{}", p[0].message);
    assert!(load_entities(&dir.path().join("none.yaml")).is_err());

    let missing = "other: 1\n";
    let p = entity_problems(parse_yaml_entities(Path::new("e.yaml"), missing));
    assert!(
        p[0].message.contains("unknown field `other`"),
        "{}",
        p[0].message
    );
}

#[test]
fn short_labels_are_checked_and_located() {
    let head =
        "entities:\n  - id: ae\n    name: United Arab Emirates\n    kind: country\n    iso: AE\n";
    let ok = format!("{head}    short: {{en: UAE, fr: EAU}}\n");
    let list = parse_yaml_entities(Path::new("e.yaml"), &ok).expect("valid");
    assert_eq!(list.0.entities[0].short_label(), Some("UAE"));
    let one = format!("{head}    short: EAU\n");
    let list = parse_yaml_entities(Path::new("e.yaml"), &one).expect("valid");
    assert_eq!(list.0.entities[0].short, Some(Short::Label("EAU".into())));

    let bad = format!("{head}    short: {{en: UAE, \"f r\": EAU, fr: \" \"}}\n");
    let (_, p) = parse_yaml_entities(Path::new("e.yaml"), &bad).expect("parsed");
    let messages: Vec<String> = p.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages[0].starts_with("e.yaml:6:")
            && messages[0].contains("`f r` in `short` is not a BCP 47 tag"),
        "{messages:?}"
    );
    assert!(
        messages[1].starts_with("e.yaml:6:") && messages[1].contains("empty short label"),
        "{messages:?}"
    );
    let list = format!("{head}    short: [UAE]\n");
    let p = parse_yaml_entities(Path::new("e.yaml"), &list).expect_err("a list");
    assert!(
        p[0].message.contains("labels by language"),
        "{}",
        p[0].message
    );
    assert_eq!(p[0].at.map(|(line, _)| line), Some(6));
}

#[test]
fn seed_article_loads_with_six_sections() {
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/good/article.fr.txt"
    );
    let loaded = load_path(Path::new(seed)).expect("seed loads");
    assert!(loaded.warnings.is_empty());
    let b = loaded.briefing;
    assert_eq!(b.sections.len(), 6);
    assert_eq!(b.sections[0].title, "Introduction");
    assert_eq!(b.sections[5].title, "Maintien du dialogue russo-syrien");
    assert_eq!(b.language, "fr");
}

/// Regression, found by `yaml_escapes_never_reach_the_model`: an escaped CR followed by
/// an escaped LF in a double-quoted title is a line break that must become a space.
#[test]
fn escaped_crlf_in_a_quoted_title_is_clean() {
    let text = "title: \"T\\r\\n\"\nlanguage: en\nsections:\n  - id: a\n    title: \"S\\r\\n\"\n    body: [\"x\\r\\n\"]\n";
    let loaded = load_bytes(Path::new("a.yaml"), text.as_bytes()).expect("valid YAML");
    assert_clean(&loaded.briefing);
    assert!(!loaded.briefing.title.contains('\n'));
}

/// A field the walk never reached has no position: it is printed without one, never
/// placed at 1:1.
#[test]
fn an_unknown_position_is_reported_as_unknown() {
    let issue = validate::Issue {
        field: Field::Title,
        message: "empty title".into(),
    };
    let p = locate(Path::new("b.yaml"), &Spans::default(), [issue].into_iter());
    assert_eq!(p[0].at, None);
    assert_eq!(p[0].to_string(), "b.yaml: empty title");
}
