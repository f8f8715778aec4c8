//! Where a value is in a YAML text, by its path (`["relations", "3", "to"]`), from
//! yaml-rust2's event markers. serde forgets positions once a value is built, so the
//! semantic checks (a dangling id, a bad date) find theirs here, in one pass over the
//! events for all the paths they need.

use std::collections::HashMap;

use yaml_rust2::Event;
use yaml_rust2::parser::Parser;
use yaml_rust2::scanner::Marker;

/// 1-based line and column (columns count characters).
pub type Position = (usize, usize);

/// The position of the value at `path` (mapping keys, or sequence indexes written in
/// decimal), or `None` when the text has no such value.
pub fn position(text: &str, path: &[&str]) -> Option<Position> {
    let path: Vec<String> = path.iter().map(|s| (*s).to_owned()).collect();
    match positions(text, &[path]).pop().flatten() {
        Some((at, true)) => Some(at),
        _ => None,
    }
}

/// The position of the value at `path`, or of its deepest ancestor that exists (a
/// missing `iso` is reported on its entity). `None` only for a text with no document.
pub fn nearest(text: &str, path: &[&str]) -> Option<Position> {
    let path: Vec<String> = path.iter().map(|s| (*s).to_owned()).collect();
    positions(text, &[path]).pop().flatten().map(|(at, _)| at)
}

/// For each path, the position of its deepest existing prefix and whether that prefix
/// is the whole path. One parse, whatever the number of paths.
pub fn positions(text: &str, paths: &[Vec<String>]) -> Vec<Option<(Position, bool)>> {
    // Every prefix of every path, to the paths it belongs to.
    let mut wanted: HashMap<&[String], Vec<usize>> = HashMap::new();
    for (i, p) in paths.iter().enumerate() {
        for len in 0..=p.len() {
            wanted.entry(&p[..len]).or_default().push(i);
        }
    }
    let mut found: Vec<Option<(Position, usize)>> = vec![None; paths.len()];
    let mut walker = Walker::default();
    let mut parser = Parser::new_from_str(text);
    // Paths whose mapping just started: yaml-rust2 marks a block mapping at its first
    // colon, so the first key's position stands for the mapping.
    let mut pending: Vec<usize> = Vec::new();
    while let Ok((event, mark)) = parser.next_token() {
        let done = matches!(event, Event::StreamEnd | Event::DocumentEnd);
        if let Event::Scalar(..) = event {
            for i in pending.drain(..) {
                if let Some((at, _)) = found[i].as_mut() {
                    *at = to_position(mark);
                }
            }
        }
        pending.clear();
        if let Some(path) = walker.step(&event) {
            if let Some(ids) = wanted.get(path) {
                for &i in ids {
                    let deeper = found[i].is_none_or(|(_, len)| len < path.len());
                    if deeper {
                        found[i] = Some((to_position(mark), path.len()));
                        if matches!(event, Event::MappingStart(..)) {
                            pending.push(i);
                        }
                    }
                }
            }
            walker.finish_step(&event);
        }
        if done {
            break;
        }
    }
    found
        .into_iter()
        .zip(paths)
        .map(|(f, p)| f.map(|(at, len)| (at, len == p.len())))
        .collect()
}

pub(crate) fn to_position(mark: Marker) -> Position {
    (mark.line().max(1), mark.col() + 1)
}

/// A frame of the walk: which child comes next.
#[derive(Debug)]
enum Frame {
    Seq {
        next: usize,
    },
    /// `key` is `Some` once a key has been read and its value is awaited.
    Map {
        key: Option<String>,
    },
}

/// Follows the events and knows the path of the node each one starts.
#[derive(Debug, Default)]
struct Walker {
    path: Vec<String>,
    frames: Vec<Frame>,
    /// Depth inside a complex mapping key, which has no path of its own.
    skipping: usize,
}

impl Walker {
    /// For an event that starts a node in value position (a scalar, alias or
    /// collection start), the node's path; `None` for keys and ends.
    fn step(&mut self, event: &Event) -> Option<&[String]> {
        let starts = matches!(
            event,
            Event::Scalar(..)
                | Event::Alias(_)
                | Event::SequenceStart(..)
                | Event::MappingStart(..)
        );
        if self.skipping > 0 {
            match event {
                Event::SequenceStart(..) | Event::MappingStart(..) => self.skipping += 1,
                Event::SequenceEnd | Event::MappingEnd => self.skipping -= 1,
                _ => {}
            }
            return None;
        }
        if !starts {
            self.end(event);
            return None;
        }
        match self.frames.last_mut() {
            None => Some(&self.path),
            Some(Frame::Seq { next }) => {
                self.path.push(next.to_string());
                *next += 1;
                Some(&self.path)
            }
            Some(Frame::Map { key: Some(k) }) => {
                let k = std::mem::take(k);
                self.path.push(k);
                Some(&self.path)
            }
            Some(Frame::Map { key: key @ None }) => {
                match event {
                    Event::Scalar(s, ..) => *key = Some(s.clone()),
                    Event::Alias(_) => *key = Some(String::new()),
                    _ => {
                        // A collection as a key: skip it, its value gets an empty key.
                        *key = Some(String::new());
                        self.skipping = 1;
                    }
                }
                None
            }
        }
    }

    /// After `step` returned a path: enter the collection, or leave the scalar.
    fn finish_step(&mut self, event: &Event) {
        match event {
            Event::SequenceStart(..) => self.frames.push(Frame::Seq { next: 0 }),
            Event::MappingStart(..) => self.frames.push(Frame::Map { key: None }),
            _ => self.leave_value(),
        }
    }

    fn end(&mut self, event: &Event) {
        if matches!(event, Event::SequenceEnd | Event::MappingEnd) {
            self.frames.pop();
            self.leave_value();
        }
    }

    /// A value is complete: drop its segment and, in a mapping, await the next key.
    fn leave_value(&mut self) {
        if !self.frames.is_empty() {
            self.path.pop();
        }
        if let Some(Frame::Map { key }) = self.frames.last_mut() {
            *key = None;
        }
    }
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

    #[test]
    fn scalars_and_collections_are_found() {
        assert_eq!(position(DOC, &["title"]), Some((1, 8)));
        assert_eq!(position(DOC, &["sections", "0", "id"]), Some((3, 9)));
        assert_eq!(position(DOC, &["sections", "0", "body", "1"]), Some((7, 9)));
        assert_eq!(
            position(DOC, &["sections", "1", "body", "1"]),
            Some((8, 37))
        );
        assert_eq!(position(DOC, &["sections", "1", "title"]), Some((8, 22)));
        assert_eq!(position(DOC, &["relations", "0", "to"]), Some((11, 9)));
    }

    #[test]
    fn missing_values() {
        assert_eq!(position(DOC, &["relations", "0", "label"]), None);
        assert_eq!(position(DOC, &["sections", "5"]), None);
        assert_eq!(
            nearest(DOC, &["relations", "0", "label"]),
            nearest(DOC, &["relations", "0"])
        );
        // A block mapping is where its first key is.
        assert_eq!(nearest(DOC, &["relations", "0"]), Some((10, 5)));
        assert_eq!(nearest(DOC, &["sections", "1"]), Some((8, 6)));
    }

    #[test]
    fn many_paths_in_one_pass() {
        let paths = vec![
            vec!["title".to_owned()],
            vec!["nope".to_owned()],
            vec!["sections".to_owned(), "1".to_owned(), "id".to_owned()],
        ];
        let got = positions(DOC, &paths);
        assert_eq!(got[0], Some(((1, 8), true)));
        assert_eq!(got[1].map(|g| g.1), Some(false));
        assert_eq!(got[2], Some(((8, 10), true)));
    }

    #[test]
    fn complex_keys_and_aliases_do_not_confuse_the_walk() {
        let doc = "a: &x [1, 2]\n? [k, l]\n: v\nb: *x\nc: 3\n";
        assert_eq!(position(doc, &["b"]), Some((4, 4)));
        assert_eq!(position(doc, &["c"]), Some((5, 4)));
        assert_eq!(position(doc, &["a", "1"]), Some((1, 11)));
        // Columns count characters, not bytes.
        assert_eq!(position("é: [àà, x]\n", &["é", "1"]), Some((1, 9)));
    }

    #[test]
    fn broken_yaml_gives_what_was_read() {
        assert_eq!(position("a: 1\nb: [\n", &["a"]), Some((1, 4)));
        assert_eq!(position("", &["a"]), None);
    }
}
