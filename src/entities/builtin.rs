//! The built-in gazetteer as build.rs compiled it: one string of all its text and
//! tables of byte offsets into it. Decoding makes the same `Entity` values that parsing
//! `assets/gazetteer.yaml` would (the test below holds the two to it), without a YAML
//! parser or validation at start-up.

use std::collections::BTreeMap;

use crate::model::{Entity, EntityKind, Short};

mod tables {
    include!(concat!(env!("OUT_DIR"), "/gazetteer.rs"));
}

/// An absent optional string in the tables.
const NONE: u32 = u32::MAX;

fn text(start: u32, end: u32) -> &'static str {
    tables::TEXT.get(start as usize..end as usize).unwrap_or("")
}

fn optional(start: u32, end: u32) -> Option<String> {
    (start != NONE).then(|| text(start, end).to_owned())
}

/// Every built-in entity, in the file's order.
pub(super) fn entities() -> Vec<Entity> {
    tables::RECORDS
        .iter()
        .map(|r| Entity {
            id: text(r[0], r[1]).to_owned(),
            name: text(r[2], r[3]).to_owned(),
            iso: optional(r[4], r[5]),
            affiliation: optional(r[6], r[7]),
            kind: EntityKind::ALL
                .get(r[8] as usize)
                .copied()
                .unwrap_or(EntityKind::Other),
            aliases: match r[9] {
                NONE => Vec::new(),
                first => tables::ALIASES[first as usize..r[10] as usize]
                    .iter()
                    .map(|&[s, e]| text(s, e).to_owned())
                    .collect(),
            },
            short: match r[11] {
                NONE => None,
                first => short(&tables::SHORTS[first as usize..r[12] as usize]),
            },
        })
        .collect()
}

fn short(labels: &[[u32; 4]]) -> Option<Short> {
    match labels {
        [[NONE, _, s, e]] => Some(Short::Label(text(*s, *e).to_owned())),
        _ => Some(Short::ByLanguage(
            labels
                .iter()
                .map(|&[ls, le, s, e]| (text(ls, le).to_owned(), text(s, e).to_owned()))
                .collect::<BTreeMap<_, _>>(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::load::parse_yaml_entities;

    const YAML: &str = include_str!("../../assets/gazetteer.yaml");

    #[test]
    fn the_compiled_gazetteer_is_the_yaml_file() {
        let (file, problems) =
            parse_yaml_entities(Path::new("assets/gazetteer.yaml"), YAML).expect("parses");
        assert!(problems.is_empty(), "{problems:?}");
        let compiled = entities();
        assert_eq!(compiled.len(), file.entities.len());
        for (c, y) in compiled.iter().zip(&file.entities) {
            assert_eq!(c, y);
        }
    }

    #[test]
    fn decoding_takes_each_kind_of_field() {
        let all = entities();
        let find = |id: &str| all.iter().find(|e| e.id == id).expect(id);
        let antigua = find("antigua-and-barbuda");
        assert_eq!(antigua.iso.as_deref(), Some("AG"));
        assert_eq!(
            antigua.short.as_ref().and_then(|s| s.label("fr")),
            Some("Antigua")
        );
        assert!(antigua.aliases.iter().any(|a| a == "Antigua-et-Barbuda"));
        assert!(all.iter().any(|e| e.affiliation.is_some()));
        assert!(all.iter().any(|e| e.kind == EntityKind::Person));
    }
}
