//! YAML with locations: serde (yaml_serde) for the values, yaml-rust2 events for the
//! positions serde does not keep, and a guard against alias bombs before either builds
//! anything big.

use std::path::Path;

use serde::de::DeserializeOwned;
use yaml_rust2::Event;
use yaml_rust2::parser::Parser;
use yaml_rust2::scanner::TScalarStyle;

use super::Problem;
use super::locate::{Position, to_position};
use super::sanitize::{Sanitized, sanitize_bytes};

/// Aliases may expand to at most this many nodes in all. A curated briefing uses a few
/// aliases, if any; "billion laughs" needs billions.
pub const MAX_ALIAS_EXPANSION: usize = 1_000_000;

/// Lists and mappings may nest this deep.
pub const MAX_DEPTH: usize = 64;

/// Parse `text` (taken as the file's content, already clean) into a `T`.
pub fn from_str<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, Vec<Problem>> {
    parse(path, &Sanitized::unchanged(text))
}

/// Sanitise then parse: what the loaders use, so that positions refer to the file as
/// the user sees it in an editor.
pub fn from_bytes<T: DeserializeOwned>(path: &Path, bytes: &[u8]) -> Result<T, Vec<Problem>> {
    parse(path, &sanitize_bytes(bytes))
}

/// Parse sanitised text; positions are mapped back to the original file.
pub(crate) fn parse<T: DeserializeOwned>(
    path: &Path,
    clean: &Sanitized,
) -> Result<T, Vec<Problem>> {
    let problem = |at: Position, message: String| {
        let (line, col) = clean.original(at.0, at.1);
        vec![Problem {
            path: path.to_path_buf(),
            at: Some((line, col)),
            message,
        }]
    };
    if let Some((at, message)) = prescan(&clean.text) {
        return Err(problem(at, message));
    }
    if !has_content(&clean.text) {
        return Err(problem(
            (1, 1),
            "no YAML document (only comments or blank lines): expected a mapping".into(),
        ));
    }
    serde_yaml::from_str::<T>(&clean.text).map_err(|e| {
        let at = e
            .location()
            .map(|l| (l.line().max(1), l.column().max(1)))
            .unwrap_or((1, 1));
        let raw = e.to_string();
        let at = refine_position(&clean.text, &raw).unwrap_or(at);
        problem(at, explain(&raw))
    })
}

/// Refuse, before libyaml and serde see it, what would make them slow or big: aliases
/// that expand past `MAX_ALIAS_EXPANSION` nodes ("billion laughs"), and nesting deeper
/// than `MAX_DEPTH` (libyaml's scanner is quadratic in flow nesting: 100,000 `[` take
/// minutes). One pass over yaml-rust2's events, memory per anchor.
fn prescan(text: &str) -> Option<(Position, String)> {
    let mut sizes: Vec<usize> = Vec::new();
    // (anchor id, nodes so far) of the open collections.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut expanded = 0usize;
    let mut parser = Parser::new_from_str(text);
    let too_deep = |at: Position| {
        let message = format!(
            "nesting deeper than {MAX_DEPTH} levels: expected a briefing \
             (its deepest value, a relation's evidence, is 5 levels down)"
        );
        Some((at, message))
    };
    loop {
        let (event, mark) = match parser.next_token() {
            Ok(next) => next,
            // yaml-rust2's scanner caps flow nesting itself, ahead of the events.
            Err(e) if e.info().contains("recursion limit") => {
                return too_deep(to_position(*e.marker()));
            }
            // Another syntax error: serde reports it with libyaml's position and words.
            Err(_) => return None,
        };
        let node = match event {
            Event::StreamEnd => break,
            Event::Scalar(_, _, anchor, _) => Some((anchor, 1)),
            Event::Alias(anchor) => {
                let size = sizes.get(anchor).copied().unwrap_or(1);
                expanded = expanded.saturating_add(size);
                if expanded > MAX_ALIAS_EXPANSION {
                    let message = format!(
                        "aliases expand to {expanded} nodes here, past the limit (a YAML \"alias bomb\"?): \
                         expected aliases to add at most {MAX_ALIAS_EXPANSION} nodes"
                    );
                    return Some((to_position(mark), message));
                }
                Some((0, size))
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                open.push((anchor, 1));
                if open.len() > MAX_DEPTH {
                    return too_deep(to_position(mark));
                }
                None
            }
            Event::SequenceEnd | Event::MappingEnd => open.pop(),
            _ => None,
        };
        if let Some((anchor, size)) = node {
            if anchor > 0 {
                if sizes.len() <= anchor {
                    sizes.resize(anchor + 1, 1);
                }
                sizes[anchor] = size;
            }
            if let Some(parent) = open.last_mut() {
                parent.1 = parent.1.saturating_add(size);
            }
        }
    }
    None
}

/// Whether the first document holds anything but an empty value (a file of comments
/// parses as one null scalar). Stops at the first node.
fn has_content(text: &str) -> bool {
    let mut parser = Parser::new_from_str(text);
    while let Ok((event, _)) = parser.next_token() {
        match event {
            Event::StreamEnd => return false,
            Event::Scalar(s, style, _, tag) => {
                return !(s.is_empty() && tag.is_none() && style == TScalarStyle::Plain);
            }
            Event::SequenceStart(..) | Event::MappingStart(..) | Event::Alias(_) => return true,
            _ => {}
        }
    }
    // A syntax error: let serde report it.
    true
}

/// Better positions for some errors: those serde places at the start of the document,
/// and the libyaml errors whose context (where the quote opened, the key without its
/// colon) says more than the place the scanner gave up at.
fn refine_position(text: &str, raw: &str) -> Option<Position> {
    if raw.contains("more than one document") {
        return nth_document_start(text, 2);
    }
    if raw.contains("while scanning a quoted scalar") || raw.contains("while scanning a simple key")
    {
        return context_mark(raw);
    }
    let field = raw.split("duplicate field `").nth(1)?.split('`').next()?;
    duplicate_key(text, field)
}

/// The position after a libyaml context: "…, while scanning a simple key at line 2
/// column 1" → (2, 1).
fn context_mark(raw: &str) -> Option<Position> {
    let (_, context) = raw.split_once(", while ")?;
    let (_, mark) = context.rsplit_once(" at line ")?;
    let (line, col) = mark.split_once(" column ")?;
    Some((line.trim().parse().ok()?, col.trim().parse().ok()?))
}

fn nth_document_start(text: &str, n: usize) -> Option<Position> {
    let mut parser = Parser::new_from_str(text);
    let mut seen = 0;
    while let Ok((event, mark)) = parser.next_token() {
        match event {
            Event::DocumentStart => {
                seen += 1;
                if seen == n {
                    return Some(to_position(mark));
                }
            }
            Event::StreamEnd => break,
            _ => {}
        }
    }
    None
}

/// The second occurrence of `key` in one mapping, anywhere in the document.
fn duplicate_key(text: &str, key: &str) -> Option<Position> {
    // Per open collection: is it a mapping, is a key expected, keys seen.
    let mut open: Vec<(bool, bool, Vec<String>)> = Vec::new();
    let mut parser = Parser::new_from_str(text);
    while let Ok((event, mark)) = parser.next_token() {
        let in_key = open
            .last()
            .is_some_and(|(map, want_key, _)| *map && *want_key);
        match &event {
            Event::StreamEnd => break,
            Event::Scalar(s, ..) if in_key => {
                if let Some((_, want_key, keys)) = open.last_mut() {
                    if s == key && keys.iter().any(|k| k == key) {
                        return Some(to_position(mark));
                    }
                    keys.push(s.clone());
                    *want_key = false;
                }
                continue;
            }
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                if let Some(top) = open.last_mut() {
                    top.1 = top.0 && in_key;
                }
                open.push((matches!(event, Event::MappingStart(..)), true, Vec::new()));
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                open.pop();
            }
            _ => {}
        }
        if let Some(top) = open.last_mut() {
            top.1 = top.0 && !in_key;
        }
    }
    None
}

/// serde's message, without its position (we print our own) and with what was
/// expected spelt out for a briefing's author.
fn explain(raw: &str) -> String {
    let mut msg = match raw.find(" at line ") {
        Some(i) => {
            let rest = &raw[i + " at line ".len()..];
            // Keep a libyaml context ("while scanning a quoted scalar") after the mark.
            let context = rest.find(", ").map(|j| &rest[j..]).unwrap_or("");
            let context = context.split(" at line ").next().unwrap_or("");
            format!("{}{}", &raw[..i], context)
        }
        None => raw.to_owned(),
    };
    let replacements = [
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
    for (from, to) in replacements {
        msg = msg.replace(from, to);
    }
    if msg.contains("mapping values are not allowed")
        || msg.contains("did not find expected key")
        || msg.contains("did not find expected '-'")
    {
        msg.push_str(": expected consistent indentation (check this line and the one above)");
    } else if msg.contains("did not find expected node content") {
        msg.push_str(": expected a value (is a bracket or a brace left open?)");
    } else if msg.contains("cannot start any token") {
        msg.push_str(": expected a value; put text starting with @, ` or % in quotes");
    } else if msg.contains("could not find expected ':'") {
        msg.push_str(": expected `key: value` on this line");
    } else if msg.contains("while scanning a quoted scalar") {
        msg.push_str(": expected the quote opened here to be closed");
    } else if msg.contains("tab character") {
        msg.push_str(": expected spaces for indentation, not tabs");
    } else if msg.contains("missing field") {
        msg.push_str(&required_fields(&msg));
    } else if msg.contains("unknown anchor") {
        msg.push_str(": expected an alias (`*name`) to follow its anchor (`&name`)");
    } else if msg.contains("more than one document") {
        msg.push_str(": expected one document, without a second `---`");
    } else if msg.contains("recursion limit") {
        msg.push_str(": expected nesting at most 128 levels deep");
    } else if msg.contains("EOF while parsing") {
        msg = "no YAML document: expected a mapping with `title`, `language` and `sections`".into();
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
        match from_str::<Briefing>(Path::new("b.yaml"), text) {
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

    #[test]
    fn second_document_and_empty_document() {
        let p = err(&format!("{HEAD}sections: []\n---\ntitle: y\n"));
        assert_eq!(p.at, Some((4, 1)));
        assert!(p.message.contains("one document"));
        let p = err("# only a comment\n");
        assert!(p.message.contains("no YAML document"), "{}", p.message);
    }

    #[test]
    fn alias_bomb_is_refused_quickly() {
        let mut doc = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (prev, name) in ["a", "b", "c", "d", "e", "f", "g", "h"]
            .iter()
            .zip(["b", "c", "d", "e", "f", "g", "h", "i"])
        {
            let refs = vec![format!("*{prev}"); 10].join(", ");
            doc.push_str(&format!("{name}: &{name} [{refs}]\n"));
        }
        let start = std::time::Instant::now();
        let p = err(&doc);
        assert!(start.elapsed() < std::time::Duration::from_secs(2));
        assert!(p.message.contains("alias bomb"), "{}", p.message);
        // Each alias of line f adds 111,111 nodes: the eighth crosses the limit.
        assert_eq!(p.at, Some((6, 36)));
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
    fn deep_nesting_is_refused_quickly() {
        let deep = format!("title: {}\n", "[".repeat(100));
        let start = std::time::Instant::now();
        let p = err(&deep);
        assert!(start.elapsed() < std::time::Duration::from_secs(2));
        assert_eq!(p.at, Some((1, 8 + MAX_DEPTH - 1)));
        // Deeper than yaml-rust2's own cap, which stops its scanner ahead of events.
        let p = err(&format!("title: {}\n", "[".repeat(100_000)));
        assert!(p.message.contains("nesting deeper"), "{}", p.message);
        assert!(
            p.message.contains("nesting deeper than 64 levels"),
            "{}",
            p.message
        );
    }

    #[test]
    fn a_few_aliases_are_fine() {
        let text = format!(
            "{HEAD}sections:\n  - id: a\n    title: b\n    body: &b [c]\n  - id: d\n    title: e\n    body: *b\n"
        );
        let b: Briefing = from_str(Path::new("b.yaml"), &text).expect("valid");
        assert_eq!(b.sections[1].body, vec!["c".to_owned()]);
    }
}
