//! The one walk over a YAML text's events (yaml-rust2), before serde builds anything:
//! it refuses alias bombs and deep nesting, and records where every field of the
//! schema is, where a key repeats and where a second document starts. serde
//! (yaml_serde) forgets positions once a value is built; validation finds them here.

use std::collections::HashSet;

use yaml_rust2::Event;
use yaml_rust2::parser::Parser;
use yaml_rust2::scanner::{Marker, TScalarStyle};

use super::field::{EntityField, EvidenceField, Field, RelationField, SectionField, Step};

/// 1-based line and column (columns count characters) in the text walked.
pub(crate) type Position = (usize, usize);

/// Aliases may expand to at most this many nodes in all. A curated briefing uses a few
/// aliases, if any; "billion laughs" needs billions.
const MAX_ALIAS_EXPANSION: usize = 1_000_000;

/// Aliases may add at most this many bytes of scalar text in all. Counting nodes alone
/// let one 1 MB string aliased 3,000 times through (3 GB once serde built it, 14 s
/// for `check`); 16 MiB is a quarter of the largest file brief reads, far past what a
/// curated briefing aliases.
const MAX_ALIAS_BYTES: usize = 16 * 1024 * 1024;

/// Lists and mappings may nest this deep.
const MAX_DEPTH: usize = 64;

/// A briefing may hold at most this many sections: an article's every heading opens
/// one, and 20,000 repeats of a heading must still load (issue 12).
pub const MAX_SECTIONS: u32 = 50_000;

/// A briefing or an entities file may declare at most this many entities (the
/// built-in gazetteer has about 4,000).
const MAX_ENTITIES: u32 = 100_000;

/// A declared relation may cite at most this many pieces of evidence.
pub const MAX_EVIDENCE: u32 = 1_000;

/// Where the fields of one document are.
#[derive(Debug, Clone, Default)]
pub(crate) struct Spans {
    /// Sorted by field once the walk is done; (line, column) in `u32`s: a briefing
    /// records a position per paragraph and per evidence field, and a sorted vector of
    /// 20-byte entries is half the size of a hash map of them.
    at: Vec<(Field, (u32, u32))>,
    /// The first key seen twice in one mapping: the key and its second position.
    pub(crate) duplicate: Option<(String, Position)>,
    /// Where a second document starts.
    pub(crate) second_document: Option<Position>,
    /// The whole text was read and holds nothing but comments and blank lines.
    pub(crate) empty: bool,
}

impl Spans {
    /// The position of `field`, or of its nearest enclosing field the text has (a
    /// value merged in from an alias is reported on the mapping that uses it).
    /// `None` when not even the document is there.
    pub(crate) fn nearest(&self, field: Field) -> Option<Position> {
        let mut f = Some(field);
        while let Some(field) = f {
            if let Some(at) = self.get(field) {
                return Some(at);
            }
            f = field.parent();
        }
        None
    }

    /// Move every position (from the clean text to the file it came from).
    pub(crate) fn map_positions(&mut self, to: impl Fn(Position) -> Position) {
        for (_, at) in &mut self.at {
            *at = narrow(to(widen(*at)));
        }
        if let Some((_, at)) = &mut self.duplicate {
            *at = to(*at);
        }
        self.second_document = self.second_document.map(&to);
    }

    /// The position of `field` itself.
    fn get(&self, field: Field) -> Option<Position> {
        let i = self.at.binary_search_by_key(&field, |e| e.0).ok()?;
        Some(widen(self.at[i].1))
    }
}

/// What makes a file too costly to parse, with where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refused {
    pub(crate) at: Position,
    pub(crate) message: String,
}

/// A collection being walked.
struct Open {
    /// Its field (`None`: outside the schema, or inside a complex key).
    field: Option<Field>,
    /// Nodes and scalar bytes it holds so far, aliases expanded, and its anchor (0:
    /// none), so that an alias of it counts that many.
    nodes: usize,
    bytes: usize,
    anchor: usize,
    /// A mapping's key awaiting its value (`None`: a key comes next), and the keys seen.
    map: Option<(Option<String>, HashSet<String>)>,
    /// A list's next index.
    next: u32,
}

/// What a node is to the collection holding it.
enum Place {
    Key,
    Value(Option<Field>),
}

/// Walk `text` once. Stops quietly at a syntax error, with what was read so far: serde
/// reports that error in libyaml's words, and positions found before it still serve.
pub(crate) fn scan(text: &str) -> Result<Spans, Refused> {
    let mut spans = Spans::default();
    // Node counts and bytes per anchor id, aliases expanded.
    let mut sizes: Vec<(usize, usize)> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut expanded = 0usize;
    let mut expanded_bytes = 0usize;
    let mut documents = 0;
    let mut content = false;
    // A block mapping is marked at its first colon: its first key stands for it.
    let mut pending: Option<usize> = None;
    let mut parser = Parser::new_from_str(text);
    loop {
        let (event, mark) = match parser.next_token() {
            Ok(next) => next,
            // yaml-rust2's scanner caps flow nesting itself, ahead of the events.
            Err(e) if e.info().contains("recursion limit") => {
                return Err(too_deep(position(*e.marker())));
            }
            Err(_) => break,
        };
        let at = position(mark);
        if let (Some(i), Event::Scalar(..)) = (pending.take(), &event) {
            spans.at[i].1 = narrow(at);
        }
        let (anchor, nodes, bytes) = match event {
            Event::StreamEnd => {
                spans.empty = !content;
                break;
            }
            Event::DocumentStart => {
                documents += 1;
                if documents == 2 {
                    spans.second_document = Some(at);
                    break;
                }
                continue;
            }
            Event::Scalar(value, style, anchor, tag) => {
                content |= !(value.is_empty() && tag.is_none() && style == TScalarStyle::Plain);
                let len = value.len();
                match place(&mut open, Some(&value)) {
                    Place::Key => {
                        if let Some((_, seen)) = open.last_mut().and_then(|o| o.map.as_mut())
                            && !seen.insert(value.clone())
                            && spans.duplicate.is_none()
                        {
                            spans.duplicate = Some((value, at));
                        }
                    }
                    Place::Value(field) => {
                        record(&mut spans, field, at);
                        budget(&open, field, at)?;
                        if style == TScalarStyle::Plain && is_null(&value) {
                            null_text(field, at)?;
                        }
                    }
                }
                (anchor, 1, len)
            }
            Event::Alias(anchor) => {
                content = true;
                let (size, size_bytes) = sizes.get(anchor).copied().unwrap_or((1, 0));
                expanded = expanded.saturating_add(size);
                expanded_bytes = expanded_bytes.saturating_add(size_bytes);
                if expanded > MAX_ALIAS_EXPANSION {
                    let message = format!(
                        "aliases expand to {expanded} nodes here, past the limit (a YAML \"alias bomb\"?): \
                         expected aliases to add at most {MAX_ALIAS_EXPANSION} nodes"
                    );
                    return Err(Refused { at, message });
                }
                if expanded_bytes > MAX_ALIAS_BYTES {
                    let message = format!(
                        "aliases expand to {expanded_bytes} bytes of text here, past the limit (a YAML \"alias bomb\"?): \
                         expected aliases to add at most {} MiB",
                        MAX_ALIAS_BYTES / (1024 * 1024)
                    );
                    return Err(Refused { at, message });
                }
                if let Place::Value(field) = place(&mut open, None) {
                    record(&mut spans, field, at);
                    budget(&open, field, at)?;
                }
                (0, size, size_bytes)
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                content = true;
                let field = match place(&mut open, None) {
                    Place::Key => None,
                    Place::Value(field) => field,
                };
                record(&mut spans, field, at);
                budget(&open, field, at)?;
                let is_map = matches!(event, Event::MappingStart(..));
                if is_map && field.is_some() {
                    pending = Some(spans.at.len() - 1);
                }
                open.push(Open {
                    field,
                    nodes: 1,
                    bytes: 0,
                    anchor,
                    map: is_map.then(|| (None, HashSet::new())),
                    next: 0,
                });
                if open.len() > MAX_DEPTH {
                    return Err(too_deep(at));
                }
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match open.pop() {
                Some(done) => (done.anchor, done.nodes, done.bytes),
                None => continue,
            },
            _ => continue,
        };
        // A node is complete: remember its size under its anchor, add it to its parent.
        if anchor > 0 {
            if sizes.len() <= anchor {
                sizes.resize(anchor + 1, (1, 0));
            }
            sizes[anchor] = (nodes, bytes);
        }
        if let Some(parent) = open.last_mut() {
            parent.nodes = parent.nodes.saturating_add(nodes);
            parent.bytes = parent.bytes.saturating_add(bytes);
        }
    }
    // Stable: a field met twice (under a repeated key) keeps its first position.
    spans.at.sort_by_key(|e| e.0);
    spans.at.dedup_by_key(|e| e.0);
    spans.at.shrink_to_fit();
    Ok(spans)
}

/// Where a node starting now goes in the innermost open collection, which moves past
/// it. `scalar` is the node's text when it is a scalar (a key of the schema).
fn place(open: &mut [Open], scalar: Option<&str>) -> Place {
    let Some(top) = open.last_mut() else {
        return Place::Value(Some(Field::Root));
    };
    let parent = top.field;
    match &mut top.map {
        None => {
            top.next += 1;
            Place::Value(parent.and_then(|p| p.child(Step::Index(top.next - 1))))
        }
        Some((key @ None, _)) => {
            // An alias or a collection as a key leaves its value without a field.
            *key = Some(scalar.unwrap_or_default().to_owned());
            Place::Key
        }
        Some((key, _)) => {
            let k = key.take().unwrap_or_default();
            Place::Value(parent.and_then(|p| p.child(Step::Key(&k))))
        }
    }
}

/// Refuse the node at `at` when it is one item too many of a budgeted list: the
/// sections or entities of a briefing, the evidence of a relation. Checked as the item
/// starts, so the message points at the first one over the limit and nothing past it
/// is built.
fn budget(open: &[Open], field: Option<Field>, at: Position) -> Result<(), Refused> {
    let (Some(field), Some(top)) = (field, open.last()) else {
        return Ok(());
    };
    let (limit, what) = match field {
        Field::Section(_, SectionField::Whole) => (MAX_SECTIONS, "sections"),
        Field::Entity(_, EntityField::Whole) => (MAX_ENTITIES, "entities"),
        Field::Relation(_, RelationField::Cited(_, EvidenceField::Whole)) => {
            (MAX_EVIDENCE, "pieces of evidence for one relation")
        }
        _ => return Ok(()),
    };
    if top.next <= limit {
        return Ok(());
    }
    Err(Refused {
        at,
        message: format!("more than {limit} {what}: expected at most {limit}"),
    })
}

/// YAML's plain null spellings (`~`, `null`): serde reads them into a `String` field
/// as the text "~" or "null", so `body: [~]` became a paragraph "~" (issue 12 item 8).
fn is_null(value: &str) -> bool {
    matches!(value, "~" | "null" | "Null" | "NULL")
}

/// Refuse a null where the schema wants text: a paragraph, an alias, an id, a name, a
/// title, a label, the ends of a relation. Optional fields (`date: ~`) may be null.
fn null_text(field: Option<Field>, at: Position) -> Result<(), Refused> {
    let text = match field {
        Some(Field::Title | Field::Language) => true,
        Some(Field::Section(_, f)) => matches!(
            f,
            SectionField::Id | SectionField::Title | SectionField::Paragraph(_)
        ),
        Some(Field::Entity(_, f)) => {
            matches!(
                f,
                EntityField::Id | EntityField::Name | EntityField::Alias(_)
            )
        }
        Some(Field::Relation(_, f)) => matches!(
            f,
            RelationField::From
                | RelationField::To
                | RelationField::Label
                | RelationField::Cited(_, EvidenceField::Section)
        ),
        _ => false,
    };
    if !text {
        return Ok(());
    }
    Err(Refused {
        at,
        message: "null (`~` or `null`) where text is expected: expected text, in quotes if it \
                  is meant literally (\"~\")"
            .into(),
    })
}

fn record(spans: &mut Spans, field: Option<Field>, at: Position) {
    if let Some(field) = field {
        spans.at.push((field, narrow(at)));
    }
}

fn narrow((line, col): Position) -> (u32, u32) {
    // A 64 MiB file has fewer lines and columns than `u32::MAX`.
    (line as u32, col as u32)
}

fn widen((line, col): (u32, u32)) -> Position {
    (line as usize, col as usize)
}

fn too_deep(at: Position) -> Refused {
    Refused {
        at,
        message: format!(
            "nesting deeper than {MAX_DEPTH} levels: expected a briefing \
             (its deepest value, a relation's evidence, is 5 levels down)"
        ),
    }
}

fn position(mark: Marker) -> Position {
    (mark.line().max(1), mark.col() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "\
title: Hello
sections:
  - id: intro
    title: Introduction
    body:
      - first
      - \"second\"
  - {id: two, title: Two, body: [x, y]}
relations:
  - from: ru
    to: kz
";

    fn spans(text: &str) -> Spans {
        scan(text).expect("not refused")
    }

    #[test]
    fn scalars_and_collections_are_found() {
        let s = spans(DOC);
        let section = |i, f| s.get(Field::Section(i, f));
        assert_eq!(s.get(Field::Title), Some((1, 8)));
        assert_eq!(section(0, SectionField::Id), Some((3, 9)));
        assert_eq!(section(0, SectionField::Paragraph(1)), Some((7, 9)));
        assert_eq!(section(1, SectionField::Paragraph(1)), Some((8, 37)));
        assert_eq!(section(1, SectionField::Title), Some((8, 22)));
        assert_eq!(s.get(Field::Relation(0, RelationField::To)), Some((11, 9)));
        assert!(!s.empty);
        assert_eq!((s.duplicate, s.second_document), (None, None));
    }

    #[test]
    fn a_missing_value_is_reported_on_what_holds_it() {
        let s = spans(DOC);
        let label = Field::Relation(0, RelationField::Label);
        assert_eq!(s.get(label), None);
        // A block mapping is where its first key is; a flow one too.
        assert_eq!(s.nearest(label), Some((10, 5)));
        assert_eq!(
            s.nearest(Field::Section(1, SectionField::Whole)),
            Some((8, 6))
        );
        assert_eq!(s.get(Field::Section(5, SectionField::Whole)), None);
        assert_eq!(s.nearest(Field::Section(5, SectionField::Id)), Some((3, 3)));
        assert_eq!(spans("").nearest(Field::Title), None);
    }

    #[test]
    fn complex_keys_and_aliases_do_not_confuse_the_walk() {
        let doc = "title: &x [1, 2]\n? [k, l]\n: v\nsummary: *x\nsource: 3\n";
        let s = spans(doc);
        assert_eq!(s.get(Field::Summary), Some((4, 10)));
        assert_eq!(s.get(Field::Source), Some((5, 9)));
        // Columns count characters, not bytes.
        let s = spans("title: é\nentities: [{aliases: [àà, x]}]\n");
        let alias = Field::Entity(0, EntityField::Alias(1));
        assert_eq!(s.get(alias), Some((2, 27)));
    }

    #[test]
    fn repeated_keys_and_documents_are_located() {
        let s = spans("title: x\nlanguage: fr\ntitle: y\n");
        assert_eq!(s.duplicate, Some(("title".into(), (3, 1))));
        // The same key in two mappings is no repeat.
        assert_eq!(spans("- {id: a}\n- {id: b}\n").duplicate, None);
        let s = spans("title: x\n---\ntitle: y\n");
        assert_eq!(s.second_document, Some((2, 1)));
        assert!(spans("# only a comment\n").empty);
        assert!(!spans("@x\n").empty, "a syntax error is serde's to report");
    }

    /// Every key of the schema, as serde writes a briefing that uses them all.
    #[test]
    fn every_field_of_the_schema_is_found() {
        use crate::model::{Briefing, Entity, EntityKind, Evidence, Relation, RelationKind};
        let text = |s: &str| Some(s.to_owned());
        let mut b = Briefing::new("T", "en", vec![]);
        (b.date, b.source, b.summary) = (text("2025-01-01"), text("S"), text("Sum"));
        b.sections = vec![crate::model::Section {
            id: "a".into(),
            title: "A".into(),
            body: vec!["P".into()],
        }];
        b.entities = vec![Entity {
            id: "e".into(),
            name: "E".into(),
            kind: EntityKind::Country,
            iso: text("EE"),
            aliases: vec!["Ee".into()],
            affiliation: text("f"),
            short: Some(crate::model::Short::Label("E".into())),
        }];
        b.relations = vec![Relation {
            from: "e".into(),
            to: "f".into(),
            kind: RelationKind::Trade,
            label: "L".into(),
            negated: true,
            evidence: vec![Evidence {
                section: "a".into(),
                sentence: Some(0),
                cue: text("c"),
            }],
        }];
        let yaml = serde_yaml::to_string::<Briefing>(&b).expect("serialises");
        let s = spans(&yaml);
        for field in crate::load::field::leaves(0) {
            assert!(s.get(field).is_some(), "{field:?} in\n{yaml}");
        }
    }

    #[test]
    fn broken_yaml_gives_what_was_read() {
        let s = spans("title: 1\nsummary: [\n");
        assert_eq!(s.get(Field::Title), Some((1, 8)));
    }

    #[test]
    fn alias_bomb_is_refused_at_the_alias_that_crosses_the_limit() {
        let mut doc = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (prev, name) in ["a", "b", "c", "d", "e", "f", "g", "h"]
            .iter()
            .zip(["b", "c", "d", "e", "f", "g", "h", "i"])
        {
            let refs = vec![format!("*{prev}"); 10].join(", ");
            doc.push_str(&format!("{name}: &{name} [{refs}]\n"));
        }
        let refused = scan(&doc).expect_err("a bomb");
        assert!(
            refused.message.contains("alias bomb"),
            "{}",
            refused.message
        );
        // Each alias of line f adds 111,111 nodes: the eighth crosses the limit.
        assert_eq!(refused.at, (6, 36));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let refused = scan(&format!("title: {}\n", "[".repeat(100))).expect_err("deep");
        assert_eq!(refused.at, (1, 8 + MAX_DEPTH - 1));
        // Deeper than yaml-rust2's own cap, which stops its scanner ahead of events.
        let refused = scan(&format!("title: {}\n", "[".repeat(100_000))).expect_err("deep");
        assert!(refused.message.contains("nesting deeper than 64 levels"));
    }
}
