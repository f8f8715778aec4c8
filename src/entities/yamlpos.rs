//! Where each entity of an `entities:` YAML file sits (line and column of its fields),
//! so validation can point at the offending alias rather than at the file.
//!
//! serde gives the values; this walks yaml-rust2's marked events to find positions.

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// A 1-based line and column.
pub type At = (usize, usize);

/// Positions of one entity's fields.
#[derive(Debug, Clone, Default)]
pub struct EntityPos {
    pub at: Option<At>,
    pub id: Option<At>,
    pub name: Option<At>,
    pub aliases: Vec<At>,
    pub affiliation: Option<At>,
}

#[derive(Default)]
struct Events(Vec<(Event, Marker)>);

impl MarkedEventReceiver for Events {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        self.0.push((ev, mark));
    }
}

/// Positions of the entities of `text`, in file order: either a top-level `entities:`
/// list or a bare list. Empty when the text is not YAML (serde reports that error).
pub fn entity_positions(text: &str) -> Vec<EntityPos> {
    let mut events = Events::default();
    if Parser::new_from_str(text).load(&mut events, false).is_err() {
        return Vec::new();
    }
    let mut walk = Walk {
        events: &events.0,
        i: 0,
    };
    walk.skip_until_content();
    match walk.peek() {
        Some(Event::MappingStart(..)) => {
            walk.i += 1;
            while let Some(key) = walk.scalar_key() {
                if key == "entities" {
                    return walk.entity_list();
                }
                walk.skip_node();
            }
            Vec::new()
        }
        Some(Event::SequenceStart(..)) => walk.entity_list(),
        _ => Vec::new(),
    }
}

struct Walk<'a> {
    events: &'a [(Event, Marker)],
    i: usize,
}

fn at(mark: &Marker) -> At {
    (mark.line(), mark.col() + 1)
}

impl<'a> Walk<'a> {
    fn peek(&self) -> Option<&'a Event> {
        self.events.get(self.i).map(|(e, _)| e)
    }

    fn mark(&self) -> Option<At> {
        self.events.get(self.i).map(|(_, m)| at(m))
    }

    fn skip_until_content(&mut self) {
        while matches!(
            self.peek(),
            Some(Event::StreamStart | Event::DocumentStart | Event::Nothing)
        ) {
            self.i += 1;
        }
    }

    /// The next key of the current mapping, or `None` at its end (consumed).
    fn scalar_key(&mut self) -> Option<String> {
        match self.peek()? {
            Event::Scalar(s, ..) => {
                let s = s.clone();
                self.i += 1;
                Some(s)
            }
            Event::MappingEnd => {
                self.i += 1;
                None
            }
            _ => {
                // A complex key: skip it and its value, report it as unnamed.
                self.skip_node();
                Some(String::new())
            }
        }
    }

    fn skip_node(&mut self) {
        let mut depth = 0usize;
        while let Some(ev) = self.peek() {
            self.i += 1;
            match ev {
                Event::SequenceStart(..) | Event::MappingStart(..) => depth += 1,
                Event::SequenceEnd | Event::MappingEnd => depth = depth.saturating_sub(1),
                Event::StreamEnd => return,
                _ => {}
            }
            if depth == 0 {
                return;
            }
        }
    }

    fn entity_list(&mut self) -> Vec<EntityPos> {
        let mut out = Vec::new();
        if !matches!(self.peek(), Some(Event::SequenceStart(..))) {
            return out;
        }
        self.i += 1;
        loop {
            match self.peek() {
                Some(Event::MappingStart(..)) => out.push(self.entity()),
                Some(Event::SequenceEnd) | None => break,
                Some(_) => {
                    out.push(EntityPos {
                        at: self.mark(),
                        ..EntityPos::default()
                    });
                    self.skip_node();
                }
            }
        }
        out
    }

    fn entity(&mut self) -> EntityPos {
        let mut pos = EntityPos {
            at: self.mark(),
            ..EntityPos::default()
        };
        self.i += 1;
        while let Some(key) = self.scalar_key() {
            let here = self.mark();
            match key.as_str() {
                "id" => pos.id = here,
                "name" => pos.name = here,
                "affiliation" => pos.affiliation = here,
                "aliases" if matches!(self.peek(), Some(Event::SequenceStart(..))) => {
                    self.i += 1;
                    while !matches!(self.peek(), Some(Event::SequenceEnd) | None) {
                        pos.aliases.extend(self.mark());
                        self.skip_node();
                    }
                }
                _ => {}
            }
            self.skip_node();
        }
        pos
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_fields_of_each_entity() {
        let text = "entities:\n  - id: a\n    name: A\n    aliases: [x, 'yy']\n  - id: b\n    name: B\n    aliases:\n      - zz\n    affiliation: a\n";
        let pos = entity_positions(text);
        assert_eq!(pos.len(), 2);
        assert_eq!(pos[0].id, Some((2, 9)));
        assert_eq!(pos[0].aliases, vec![(4, 15), (4, 18)]);
        assert_eq!(pos[1].aliases, vec![(8, 9)]);
        assert_eq!(pos[1].affiliation, Some((9, 18)));
    }
}
