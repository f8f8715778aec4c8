//! Compiles the built-in gazetteer (`assets/gazetteer.yaml`) into flat tables, so that
//! brief parses none of its own data at start-up: parsing and validating the YAML took
//! about 25 ms at every start, decoding these tables takes well under a millisecond.
//!
//! Output in `OUT_DIR`: `gazetteer.txt`, every string of the file end to end, and
//! `gazetteer.rs`, arrays of `u32` byte offsets into it (no pointers: nothing for the
//! loader to relocate). `src/entities/builtin.rs` decodes them; its test checks that
//! the result equals what the YAML loader makes of the file, field for field. The file
//! is validated by that loader in the tests, not here: this only refuses a shape it
//! cannot represent, with the entity and field it stopped at.

use std::fmt::Write as _;
use std::path::Path;

use yaml_rust2::{Yaml, YamlLoader};

const SOURCE: &str = "assets/gazetteer.yaml";
/// Kinds in the order of `model::EntityKind::ALL`.
const KINDS: [&str; 6] = [
    "country",
    "person",
    "organization",
    "place",
    "event",
    "other",
];
/// An absent optional string.
const NONE: u32 = u32::MAX;

/// Strings stored end to end, each named by its start and end.
#[derive(Default)]
struct Table {
    text: String,
}

impl Table {
    fn push(&mut self, s: &str) -> [u32; 2] {
        let start = self.text.len();
        self.text.push_str(s);
        [offset(start), offset(self.text.len())]
    }
}

fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or_else(|_| panic!("{SOURCE}: over 4 GiB of strings"))
}

fn main() {
    println!("cargo::rerun-if-changed={SOURCE}");
    println!("cargo::rerun-if-changed=build.rs");
    let yaml = std::fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let docs = YamlLoader::load_from_str(&yaml).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let entities = match docs.first().map(|d| &d["entities"]) {
        Some(Yaml::Array(list)) => list,
        _ => panic!("{SOURCE}: expected a mapping with an `entities` list"),
    };
    let mut table = Table::default();
    // id, name, iso, affiliation (start, end; NONE when absent), kind, aliases
    // (first, end), short labels (first, end).
    let mut records: Vec<[u32; 13]> = Vec::new();
    let mut aliases: Vec<[u32; 2]> = Vec::new();
    // language (start, end; NONE for a single label), label (start, end).
    let mut shorts: Vec<[u32; 4]> = Vec::new();
    for (i, entity) in entities.iter().enumerate() {
        let Yaml::Hash(fields) = entity else {
            panic!("{SOURCE}: entity {i}: expected a mapping");
        };
        let at = |field: &str| format!("{SOURCE}: entity {i}, `{field}`");
        let mut record = [NONE; 13];
        for (key, value) in fields {
            let key = key.as_str().unwrap_or_else(|| panic!("{}", at("?")));
            let string = || {
                value
                    .as_str()
                    .unwrap_or_else(|| panic!("{}: expected a string", at(key)))
            };
            match key {
                "id" => record[0..2].copy_from_slice(&table.push(string())),
                "name" => record[2..4].copy_from_slice(&table.push(string())),
                "iso" => record[4..6].copy_from_slice(&table.push(string())),
                "affiliation" => record[6..8].copy_from_slice(&table.push(string())),
                "kind" => {
                    let kind = KINDS.iter().position(|k| *k == string());
                    record[8] = offset(kind.unwrap_or_else(|| panic!("{}: unknown", at(key))));
                }
                "aliases" => {
                    let list = value
                        .as_vec()
                        .unwrap_or_else(|| panic!("{}: expected a list", at(key)));
                    record[9] = offset(aliases.len());
                    for alias in list {
                        let alias = alias
                            .as_str()
                            .unwrap_or_else(|| panic!("{}: expected strings", at(key)));
                        aliases.push(table.push(alias));
                    }
                    record[10] = offset(aliases.len());
                }
                "short" => {
                    record[11] = offset(shorts.len());
                    match value {
                        Yaml::String(label) => {
                            let [s, e] = table.push(label);
                            shorts.push([NONE, NONE, s, e]);
                        }
                        Yaml::Hash(labels) => {
                            for (lang, label) in labels {
                                let (Some(lang), Some(label)) = (lang.as_str(), label.as_str())
                                else {
                                    panic!("{}: expected strings", at(key));
                                };
                                let [ls, le] = table.push(lang);
                                let [s, e] = table.push(label);
                                shorts.push([ls, le, s, e]);
                            }
                        }
                        _ => panic!("{}: expected a string or a mapping", at(key)),
                    }
                    record[12] = offset(shorts.len());
                }
                other => panic!("{}: unknown field", at(other)),
            }
        }
        for (field, slot) in [("id", 0), ("name", 2), ("kind", 8)] {
            assert!(record[slot] != NONE, "{}: missing", at(field));
        }
        records.push(record);
    }
    let mut rs = String::from("// Generated by build.rs from assets/gazetteer.yaml.\n");
    let _ = writeln!(
        rs,
        "pub(super) static TEXT: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/gazetteer.txt\"));"
    );
    write_array(&mut rs, "RECORDS", "[u32; 13]", &records);
    write_array(&mut rs, "ALIASES", "[u32; 2]", &aliases);
    write_array(&mut rs, "SHORTS", "[u32; 4]", &shorts);
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    std::fs::write(out.join("gazetteer.txt"), &table.text).expect("write gazetteer.txt");
    std::fs::write(out.join("gazetteer.rs"), rs).expect("write gazetteer.rs");
}

fn write_array<const N: usize>(rs: &mut String, name: &str, ty: &str, rows: &[[u32; N]]) {
    let _ = writeln!(rs, "pub(super) static {name}: [{ty}; {}] = [", rows.len());
    for row in rows {
        let cells: Vec<String> = row.iter().map(u32::to_string).collect();
        let _ = writeln!(rs, "[{}],", cells.join(","));
    }
    rs.push_str("];\n");
}
