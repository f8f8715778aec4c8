//! The gazetteer: entities brief knows without being told. The built-in file
//! (`assets/gazetteer.yaml`), then the user's (`<config dir>/brief/entities.yaml`),
//! then each `--entities` file; a later file extends and overrides earlier entities
//! by id. Every file is validated with located messages, as `brief check` does.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use super::fold::fold_str;
use super::matcher::Matcher;
use super::yamlpos::{At, EntityPos, entity_positions};
use crate::load::{MAX_FILE_BYTES, Problem};
use crate::model::{Entity, EntityKind};

const BUILTIN_YAML: &str = include_str!("dev_gazetteer.yaml");

/// The entities brief knows without being told: countries, capitals, organisations.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub entities: Vec<Entity>,
    /// The matcher over `entities` alone, built on first use and shared by every
    /// briefing that declares no entities of its own.
    matcher: Arc<OnceLock<Matcher>>,
}

/// The shape of an entities file: a top-level `entities:` list.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntitiesFile {
    #[serde(default)]
    entities: Vec<Entity>,
}

impl Gazetteer {
    /// A gazetteer of exactly these entities (tests, embedders).
    pub fn new(entities: Vec<Entity>) -> Gazetteer {
        Gazetteer {
            entities,
            matcher: Arc::default(),
        }
    }

    /// The gazetteer compiled into the binary (`assets/gazetteer.yaml`), parsed once.
    pub fn builtin() -> Gazetteer {
        static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                let path = Path::new("assets/gazetteer.yaml");
                // The file is ours and tested (`builtin_gazetteer_is_valid`); should it
                // ever break, brief still runs, knowing no entities.
                Gazetteer::new(
                    parse_file(path, BUILTIN_YAML).map_or_else(|_| Vec::new(), |(e, _)| e),
                )
            })
            .clone()
    }

    /// The built-in gazetteer, the user's file in the config directory when it
    /// exists, then `extra_files` (`--entities`), in that order.
    pub fn load(extra_files: &[PathBuf]) -> Result<Gazetteer, Vec<Problem>> {
        let config = dirs::config_dir().map(|d| d.join("brief"));
        Gazetteer::load_from(config.as_deref(), extra_files)
    }

    /// `load` with the config directory given (`None`: no user file). Tests pass a
    /// temporary directory so they never read the real one.
    pub fn load_from(
        config_dir: Option<&Path>,
        extra_files: &[PathBuf],
    ) -> Result<Gazetteer, Vec<Problem>> {
        let mut files: Vec<PathBuf> = Vec::new();
        if let Some(user) = config_dir
            .map(|d| d.join("entities.yaml"))
            .filter(|p| p.is_file())
        {
            files.push(user);
        }
        files.extend(extra_files.iter().cloned());
        let builtin = Gazetteer::builtin();
        if files.is_empty() {
            return Ok(builtin);
        }
        let mut problems = Vec::new();
        let mut parsed = Vec::new();
        for path in &files {
            match read(path).and_then(|text| parse_file(path, &text)) {
                Ok(file) => parsed.push((path, file)),
                Err(mut p) => problems.append(&mut p),
            }
        }
        let mut entities = builtin.entities;
        for (_, (file, _)) in &parsed {
            extend(&mut entities, file.clone());
        }
        let known: HashSet<&str> = entities.iter().map(|e| e.id.as_str()).collect();
        for (path, (file, positions)) in &parsed {
            for (entity, pos) in file.iter().zip(positions) {
                if let Some(aff) = &entity.affiliation
                    && !known.contains(aff.as_str())
                {
                    problems.push(problem(
                        path,
                        pos.affiliation.or(pos.at),
                        format!("entity `{}`: unknown affiliation `{aff}`", entity.id),
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(Gazetteer::new(entities))
        } else {
            Err(problems)
        }
    }

    /// The matcher over the gazetteer's own entities, built once.
    pub(crate) fn matcher(&self) -> &Matcher {
        self.matcher.get_or_init(|| Matcher::new(&self.entities))
    }
}

/// Later entities extend and override earlier ones by id. An overriding entity moves
/// to the end so that it also wins any alias it now claims (see `Matcher::new`).
pub(crate) fn extend(entities: &mut Vec<Entity>, later: Vec<Entity>) {
    let ids: HashSet<&str> = later.iter().map(|e| e.id.as_str()).collect();
    entities.retain(|e| !ids.contains(e.id.as_str()));
    entities.extend(later);
}

fn read(path: &Path) -> Result<String, Vec<Problem>> {
    let whole = |message: String| vec![problem(path, None, message)];
    let meta = std::fs::metadata(path).map_err(|e| whole(e.to_string()))?;
    if meta.is_dir() {
        return Err(whole("is a directory, not an entities file".into()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(whole(format!("larger than {MAX_FILE_BYTES} bytes")));
    }
    std::fs::read_to_string(path).map_err(|e| whole(e.to_string()))
}

fn problem(path: &Path, at: Option<(usize, usize)>, message: String) -> Problem {
    Problem {
        path: path.to_path_buf(),
        at,
        message,
    }
}

/// Parse and validate one entities file (a top-level `entities:` list, the schema of a
/// briefing's `entities`). Affiliations are checked by the caller, which knows every
/// file's ids.
pub fn parse_file(path: &Path, text: &str) -> Result<(Vec<Entity>, Vec<EntityPos>), Vec<Problem>> {
    let file: EntitiesFile = serde_yaml::from_str(text).map_err(|e| {
        let at = e.location().map(|l| (l.line(), l.column()));
        let message = e.to_string();
        let message = message
            .rfind(" at line ")
            .map_or(message.as_str(), |i| &message[..i]);
        vec![problem(path, at, message.to_string())]
    })?;
    let mut positions = entity_positions(text);
    positions.resize(file.entities.len(), EntityPos::default());
    let problems = validate(path, &file.entities, &positions);
    if problems.is_empty() {
        Ok((file.entities, positions))
    } else {
        Err(problems)
    }
}

/// Problems with a list of entities: empty or duplicate ids, countries without an ISO
/// code, empty or one-letter aliases, two entities claiming one (folded) alias.
pub fn validate(path: &Path, entities: &[Entity], positions: &[EntityPos]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut ids: HashMap<&str, Option<(usize, usize)>> = HashMap::new();
    let mut claims: HashMap<String, (&str, Option<At>)> = HashMap::new();
    let none = EntityPos::default();
    for (entity, pos) in entities
        .iter()
        .zip(positions.iter().chain(std::iter::repeat(&none)))
    {
        let id = entity.id.as_str();
        let mut report = |at: Option<(usize, usize)>, message: String| {
            problems.push(problem(path, at.or(pos.at), message));
        };
        if id.trim().is_empty() {
            report(pos.id, "entity with an empty id".into());
        } else if let Some(first) = ids.insert(id, pos.id) {
            report(
                pos.id,
                format!("duplicate entity id `{id}`{}", line_of(first)),
            );
        }
        if entity.name.trim().is_empty() {
            report(pos.name, format!("entity `{id}` has an empty name"));
        }
        if entity.kind == EntityKind::Country
            && entity.iso.as_deref().is_none_or(|i| i.trim().is_empty())
        {
            report(pos.at, format!("country `{id}` has no `iso` code"));
        }
        let forms = std::iter::once((&entity.name, pos.name)).chain(
            entity
                .aliases
                .iter()
                .enumerate()
                .map(|(i, a)| (a, pos.aliases.get(i).copied())),
        );
        for (alias, at) in forms {
            let key = fold_str(alias.trim());
            let letters = key.chars().filter(|c| c.is_alphanumeric()).count();
            if alias.trim().is_empty() {
                if !entity.name.trim().is_empty() || at != pos.name {
                    report(at, format!("entity `{id}` has an empty alias"));
                }
                continue;
            }
            if letters == 1 {
                report(
                    at,
                    format!("alias `{alias}` of `{id}` is one letter: it would match everywhere"),
                );
                continue;
            }
            if !key.starts_with(char::is_alphanumeric) {
                report(
                    at,
                    format!("alias `{alias}` of `{id}` must start with a letter or a digit"),
                );
                continue;
            }
            match claims.get(&key) {
                Some((other, first)) if *other != id => report(
                    at,
                    format!(
                        "alias `{alias}` of `{id}` is already claimed by `{other}`{}",
                        line_of(*first)
                    ),
                ),
                Some(_) => {}
                None => {
                    claims.insert(key, (id, at));
                }
            }
        }
    }
    problems
}

fn line_of(at: Option<(usize, usize)>) -> String {
    at.map_or(String::new(), |(line, _)| format!(" (line {line})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(text: &str) -> Vec<String> {
        match parse_file(Path::new("g.yaml"), text) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn builtin_gazetteer_is_valid() {
        let parsed = parse_file(Path::new("assets/gazetteer.yaml"), BUILTIN_YAML);
        let problems: Vec<String> = parsed
            .err()
            .unwrap_or_default()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(problems, Vec::<String>::new());
        let g = Gazetteer::builtin();
        let ids: HashSet<&str> = g.entities.iter().map(|e| e.id.as_str()).collect();
        for e in &g.entities {
            if let Some(a) = &e.affiliation {
                assert!(
                    ids.contains(a.as_str()),
                    "{}: unknown affiliation {a}",
                    e.id
                );
            }
        }
    }

    #[test]
    fn bad_aliases_are_located() {
        let text = "entities:\n  - id: a\n    name: Alpha\n    kind: other\n    aliases: ['', 'X', 'Bêta']\n  - id: b\n    name: Beta\n    kind: other\n";
        assert_eq!(
            messages(text),
            vec![
                "g.yaml:5:15: entity `a` has an empty alias",
                "g.yaml:5:19: alias `X` of `a` is one letter: it would match everywhere",
                "g.yaml:7:11: alias `Beta` of `b` is already claimed by `a` (line 5)",
            ]
        );
    }

    #[test]
    fn schema_errors_are_located() {
        let text = "entities:\n  - id: a\n    nme: Alpha\n";
        let m = messages(text);
        assert_eq!(m.len(), 1);
        assert!(m[0].starts_with("g.yaml:3:5: "), "{m:?}");
        assert!(m[0].contains("unknown field `nme`"), "{m:?}");
    }

    #[test]
    fn countries_need_an_iso_code_and_ids_are_unique() {
        let text = "entities:\n  - {id: a, name: Aland, kind: country}\n  - {id: a, name: Other, kind: other}\n";
        assert_eq!(
            messages(text),
            vec![
                "g.yaml:2:5: country `a` has no `iso` code",
                "g.yaml:3:10: duplicate entity id `a` (line 2)",
            ]
        );
    }

    #[test]
    fn later_files_override_by_id_and_unknown_affiliations_are_reported() {
        let dir = tempfile::tempdir().expect("temp dir");
        let user = dir.path().join("brief");
        std::fs::create_dir_all(&user).expect("config dir");
        std::fs::write(
            user.join("entities.yaml"),
            "entities:\n  - {id: zed, name: Zedland, kind: place}\n",
        )
        .expect("write");
        let extra = dir.path().join("extra.yaml");
        std::fs::write(
            &extra,
            "entities:\n  - {id: zed, name: Zeta City, kind: place, affiliation: nowhere}\n",
        )
        .expect("write");
        let errors = Gazetteer::load_from(Some(&user), std::slice::from_ref(&extra))
            .err()
            .unwrap_or_default();
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            errors,
            vec![format!(
                "{}:2:58: entity `zed`: unknown affiliation `nowhere`",
                extra.display()
            )]
        );

        std::fs::write(
            &extra,
            "entities:\n  - {id: zed, name: Zeta City, kind: place}\n",
        )
        .expect("write");
        let g = Gazetteer::load_from(Some(&user), &[extra]).expect("valid files");
        let zed: Vec<&Entity> = g.entities.iter().filter(|e| e.id == "zed").collect();
        assert_eq!(zed.len(), 1);
        assert_eq!(zed[0].name, "Zeta City");
        assert!(g.entities.len() > 1, "the built-in entities stay");
    }

    #[test]
    fn a_missing_file_is_reported_whole() {
        let errors = Gazetteer::load_from(None, &[PathBuf::from("/nonexistent/x.yaml")])
            .err()
            .unwrap_or_default();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].at, None);
    }
}
