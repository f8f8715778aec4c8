//! YAML with locations: the walk of `spans` first (refusals, positions, repeated keys,
//! a second document), then serde (yaml_serde) for the values, its errors explained
//! for a briefing's author.

use std::path::Path;

use serde::de::DeserializeOwned;

use super::Problem;
use super::sanitize::Sanitized;
use super::spans::{self, Position, Spans};

/// Parse sanitised text into a `T` and the positions of its fields; positions, the
/// problems' and the fields', refer to the original file.
pub(crate) fn parse<T: DeserializeOwned>(
    path: &Path,
    clean: &Sanitized,
) -> Result<(T, Spans), Vec<Problem>> {
    let original = |(line, col): Position| clean.original(line, col);
    let fail = |at: Option<Position>, message: String| {
        vec![Problem {
            path: path.to_path_buf(),
            at,
            message,
        }]
    };
    let mut spans = spans::scan(&clean.text).map_err(|r| fail(Some(original(r.at)), r.message))?;
    spans.map_positions(original);
    if spans.empty {
        let message = "no YAML document (only comments or blank lines): expected a mapping";
        return Err(fail(Some((1, 1)), message.into()));
    }
    if let Some(at) = spans.second_document {
        let message = "a second YAML document: expected one document, without a second `---`";
        return Err(fail(Some(at), message.into()));
    }
    if let Some((key, at)) = &spans.duplicate {
        let message = format!("duplicate field `{key}`: expected each key once in a mapping");
        return Err(fail(Some(*at), message));
    }
    match serde_yaml::from_str::<T>(&clean.text) {
        Ok(value) => Ok((value, spans)),
        Err(e) => {
            let raw = e.to_string();
            let at = context_mark(&raw).or(e.location().map(|l| (l.line(), l.column())));
            Err(fail(at.map(original), explain(&raw)))
        }
    }
}

// yaml_serde's error exposes `location()` and its `Display` text, nothing more: the
// libyaml problem, its context and the context's mark exist only as English words in
// that text. What follows reads them, in one place; `tests` pins every phrase, so a
// new wording in an upgrade fails a test instead of quietly losing a hint.

/// Hints keyed on phrases of libyaml's messages, first match wins.
const HINTS: [(&str, &str); 9] = [
    ("mapping values are not allowed", INDENTATION),
    ("did not find expected key", INDENTATION),
    ("did not find expected '-'", INDENTATION),
    (
        "did not find expected node content",
        "expected a value (is a bracket or a brace left open?)",
    ),
    (
        "cannot start any token",
        "expected a value; put text starting with @, ` or % in quotes",
    ),
    (
        "could not find expected ':'",
        "expected `key: value` on this line",
    ),
    (
        "while scanning a quoted scalar",
        "expected the quote opened here to be closed",
    ),
    ("tab character", "expected spaces for indentation, not tabs"),
    (
        "unknown anchor",
        "expected an alias (`*name`) to follow its anchor (`&name`)",
    ),
];

const INDENTATION: &str = "expected consistent indentation (check this line and the one above)";

/// serde's wording of what it expected, in a briefing author's words.
const EXPECTED: [(&str, &str); 8] = [
    (
        "expected struct Briefing",
        "expected a mapping with `title`, `language` and `sections`",
    ),
    (
        "expected struct Section",
        "expected a mapping with `id`, `title` and `body`",
    ),
    (
        "expected struct Entity",
        "expected a mapping with `id`, `name` and `kind`",
    ),
    (
        "expected struct Relation",
        "expected a mapping with `from`, `to`, `kind` and `label`",
    ),
    (
        "expected struct Evidence",
        "expected a mapping with `section`",
    ),
    (
        "expected struct EntitiesFile",
        "expected a mapping with one key, `entities`",
    ),
    ("expected usize", "expected a whole number, 0 or more"),
    (
        "expected a sequence",
        "expected a list (`- item` lines or `[a, b]`)",
    ),
];

/// Where libyaml's context started, when it says more than where the scanner gave up
/// (the quote left open, the key without its colon): "…, while scanning a simple key
/// at line 2 column 1" → (2, 1).
fn context_mark(raw: &str) -> Option<Position> {
    let (_, context) = raw.split_once(", while scanning a ")?;
    let (_, mark) = context.rsplit_once(" at line ")?;
    let (line, col) = mark.split_once(" column ")?;
    Some((line.trim().parse().ok()?, col.trim().parse().ok()?))
}

/// serde's message without its positions (we print our own), with what was expected
/// spelt out.
fn explain(raw: &str) -> String {
    let mut msg = String::new();
    // "problem at line L column C, context at line L column C": keep the words.
    for (i, part) in raw.split(" at line ").enumerate() {
        match i {
            0 => msg.push_str(part),
            _ => msg.push_str(part.find(", ").map_or("", |j| &part[j..])),
        }
    }
    for (from, to) in EXPECTED {
        msg = msg.replace(from, to);
    }
    if let Some((_, hint)) = HINTS.iter().find(|(phrase, _)| msg.contains(phrase)) {
        msg.push_str(": ");
        msg.push_str(hint);
    } else if msg.contains("missing field") {
        msg.push_str(&required_fields(&msg));
    }
    msg
}

/// What the struct at the start of a "missing field" message requires.
fn required_fields(msg: &str) -> String {
    let context = msg.split(": missing field").next().unwrap_or("");
    let last = context.rsplit('.').next().unwrap_or("");
    let needs = if msg.starts_with("missing field") {
        if msg.contains("`entities`") {
            "an entities file needs `entities`"
        } else {
            "a briefing needs `title`, `language` and `sections`"
        }
    } else if last.starts_with("sections[") {
        "a section needs `id`, `title` and `body`"
    } else if last.starts_with("entities[") {
        "an entity needs `id`, `name` and `kind`"
    } else if last.starts_with("relations[") {
        "a relation needs `from`, `to`, `kind` and `label`"
    } else if last.starts_with("evidence[") {
        "evidence needs `section`"
    } else {
        return String::new();
    };
    format!(" ({needs})")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Briefing;

    fn err(text: &str) -> Problem {
        match parse::<Briefing>(Path::new("b.yaml"), &Sanitized::unchanged(text)) {
            Ok(_) => panic!("expected an error"),
            Err(mut p) => p.remove(0),
        }
    }

    const HEAD: &str = "title: x\nlanguage: fr\n";

    #[test]
    fn unknown_field_is_located_and_lists_the_expected() {
        let p = err(&format!(
            "{HEAD}sections:\n  - id: a\n    titel: b\n    body: [c]\n"
        ));
        assert_eq!(p.at, Some((5, 5)));
        assert!(p.message.contains("unknown field `titel`"), "{}", p.message);
        assert!(p.message.contains("expected one of `id`, `title`, `body`"));
        assert!(!p.message.contains(" at line "));
    }

    #[test]
    fn wrong_type_and_indentation() {
        let p = err(&format!(
            "{HEAD}sections:\n  - id: a\n    title: b\n    body: c\n"
        ));
        assert_eq!(p.at, Some((6, 11)));
        assert!(p.message.contains("expected a list"), "{}", p.message);
        let p = err(&format!(
            "{HEAD}sections:\n  - id: a\n    title: b\n     body: [c]\n"
        ));
        assert_eq!(p.at, Some((6, 10)));
        assert!(p.message.contains("indentation"), "{}", p.message);
    }

    #[test]
    fn missing_and_duplicate_fields() {
        let p = err("title: x\nsections: []\n");
        assert_eq!(p.at, Some((1, 1)));
        assert!(p.message.contains("missing field `language`"));
        assert!(
            p.message
                .contains("needs `title`, `language` and `sections`")
        );
        let p = err("title: x\nlanguage: fr\ntitle: y\nsections: []\n");
        assert_eq!(p.at, Some((3, 1)));
        assert!(p.message.contains("duplicate field `title`"));
    }

    #[test]
    fn libyaml_errors_are_placed_where_the_author_looks() {
        let p = err("title: \"x\nlanguage: en\n");
        assert_eq!(p.at, Some((1, 8)));
        assert!(
            p.message.contains("quote opened here to be closed"),
            "{}",
            p.message
        );
        let p = err("title: x\nlanguage en\nsections: []\n");
        assert_eq!(p.at, Some((2, 1)));
        assert!(p.message.contains("expected `key: value`"), "{}", p.message);
        let p = err("title: @x\n");
        assert_eq!(p.at, Some((1, 8)));
        assert!(p.message.contains("in quotes"), "{}", p.message);
        let p = err("title: x\nlanguage: en\nsections: [\n");
        assert!(p.message.contains("left open"), "{}", p.message);
    }

    /// Every phrase the hints are keyed on, as this yaml_serde writes it: an upgrade
    /// that rewords one fails here.
    #[test]
    fn every_hint_matches_a_message_of_the_parser() {
        let cases = [
            ("a: b: c\n", "mapping values are not allowed"),
            ("a: b\n- c\n", "did not find expected key"),
            ("- a\nb: c\n", "did not find expected '-'"),
            ("a: [\n", "did not find expected node content"),
            ("a: @b\n", "cannot start any token"),
            ("a: x\nb c\nd: []\n", "could not find expected ':'"),
            ("a: 'b\n", "while scanning a quoted scalar"),
            ("a:\n  b: 1\n\tc: 2\n", "tab character"),
            ("a: *b\n", "unknown anchor"),
        ];
        for ((text, phrase), (hinted, _)) in cases.iter().zip(HINTS) {
            assert_eq!(*phrase, hinted);
            let raw = serde_yaml::from_str::<serde_yaml::Value>(text)
                .expect_err(text)
                .to_string();
            assert!(raw.contains(phrase), "{text:?}: {raw}");
        }
        let raw = serde_yaml::from_str::<Briefing>("[]")
            .expect_err("a list")
            .to_string();
        assert!(raw.contains(EXPECTED[0].0), "{raw}");
    }

    #[test]
    fn second_document_and_empty_document() {
        let p = err(&format!("{HEAD}sections: []\n---\ntitle: y\n"));
        assert_eq!(p.at, Some((4, 1)));
        assert!(p.message.contains("one document"));
        let p = err("# only a comment\n");
        assert!(p.message.contains("no YAML document"), "{}", p.message);
    }

    /// What yaml_serde does on its own: it expands aliases while deserialising but
    /// stops after 100 jumps per event ("repetition limit exceeded"), with no position.
    /// Our pre-check is there for the position and the message, not the safety.
    #[test]
    fn yaml_serde_alone_stops_the_bomb_without_position() {
        let bomb = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/bad/alias-bomb.yaml"
        ))
        .expect("fixture");
        let start = std::time::Instant::now();
        let e = serde_yaml::from_str::<serde_yaml::Value>(&bomb).expect_err("refused");
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
        assert!(e.to_string().contains("repetition limit"), "{e}");
        assert!(e.location().is_none());
    }

    #[test]
    fn a_few_aliases_are_fine() {
        let text = format!(
            "{HEAD}sections:\n  - id: a\n    title: b\n    body: &b [c]\n  - id: d\n    title: e\n    body: *b\n"
        );
        let (b, _): (Briefing, _) =
            parse(Path::new("b.yaml"), &Sanitized::unchanged(&text)).expect("valid");
        assert_eq!(b.sections[1].body, vec!["c".to_owned()]);
    }
}
