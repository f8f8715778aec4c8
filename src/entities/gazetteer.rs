//! The gazetteer: entities brief knows without being told. The built-in file
//! (`assets/gazetteer.yaml`, compiled into tables by build.rs: see `builtin`), then the
//! user's (`<config dir>/brief/entities.yaml`), then each `--entities` file; a later
//! file extends and overrides earlier entities by id. The user's files are validated
//! with located messages, as `brief check` does; the built-in one by the tests.

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use super::matcher::Matcher;
use crate::load::field::{EntityField, Field};
use crate::load::{EntitiesFile, Problem, load_entities};
use crate::model::Entity;

/// The entities brief knows without being told: countries, capitals, organisations.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub entities: Vec<Entity>,
    /// The matcher over `entities` alone, built on first use and shared by every
    /// briefing that declares no entities of its own (and by clones), with a
    /// fingerprint of the entities it was built from: `entities` is public, and a
    /// changed list must not be matched with a stale automaton.
    matcher: Arc<OnceLock<(u64, Matcher)>>,
}

impl Gazetteer {
    /// A gazetteer of exactly these entities (tests, embedders).
    pub fn new(entities: Vec<Entity>) -> Gazetteer {
        Gazetteer {
            entities,
            matcher: Arc::default(),
        }
    }

    /// The gazetteer compiled into the binary (`assets/gazetteer.yaml`), decoded once.
    pub fn builtin() -> Gazetteer {
        static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Gazetteer::new(super::builtin::entities()))
            .clone()
    }

    /// The built-in gazetteer, the user's file in the config directory when it
    /// exists, then `extra_files` (`--entities`), in that order.
    pub fn load(extra_files: &[PathBuf]) -> Result<Gazetteer, Vec<Problem>> {
        Ok(Gazetteer::load_user(extra_files)?.unwrap_or_else(Gazetteer::builtin))
    }

    /// `load` when there are entity files to add to the built-in gazetteer (all of them
    /// checked); `None` when there are none, so that the caller can leave decoding the
    /// built-in one to whoever needs it (the reader's first frame does not).
    pub fn load_user(extra_files: &[PathBuf]) -> Result<Option<Gazetteer>, Vec<Problem>> {
        let config = crate::places::config_dir();
        Gazetteer::load_user_from(config.as_deref(), extra_files)
    }

    /// `load` with the config directory given (`None`: no user file). Tests pass a
    /// temporary directory so they never read the real one.
    pub fn load_from(
        config_dir: Option<&Path>,
        extra_files: &[PathBuf],
    ) -> Result<Gazetteer, Vec<Problem>> {
        Ok(Gazetteer::load_user_from(config_dir, extra_files)?.unwrap_or_else(Gazetteer::builtin))
    }

    /// `load_user` with the config directory given.
    pub fn load_user_from(
        config_dir: Option<&Path>,
        extra_files: &[PathBuf],
    ) -> Result<Option<Gazetteer>, Vec<Problem>> {
        let mut files: Vec<PathBuf> = Vec::new();
        if let Some(user) = config_dir
            .map(|d| d.join("entities.yaml"))
            .filter(|p| p.is_file())
        {
            files.push(user);
        }
        files.extend(extra_files.iter().cloned());
        if files.is_empty() {
            return Ok(None);
        }
        let builtin = Gazetteer::builtin();
        let mut problems = Vec::new();
        let mut parsed: Vec<(&PathBuf, EntitiesFile)> = Vec::new();
        for path in &files {
            match load_entities(path) {
                Ok((file, mut found)) => {
                    problems.append(&mut found);
                    parsed.push((path, file));
                }
                Err(mut p) => problems.append(&mut p),
            }
        }
        let mut entities = builtin.entities;
        for (_, file) in &parsed {
            extend(&mut entities, file.entities.clone());
        }
        let known: HashSet<&str> = entities.iter().map(|e| e.id.as_str()).collect();
        for (path, file) in &parsed {
            for (i, entity) in file.entities.iter().enumerate() {
                if let Some(aff) = &entity.affiliation
                    && !known.contains(aff.as_str())
                {
                    let field = Field::Entity(i as u32, EntityField::Affiliation);
                    problems.push(Problem {
                        path: path.to_path_buf(),
                        at: file.spans.nearest(field),
                        message: format!("affiliation `{aff}` of `{}` is not an entity: expected the id of a built-in entity or of one in an entities file", entity.id),
                    });
                }
            }
        }
        if problems.is_empty() {
            Ok(Some(Gazetteer::new(entities)))
        } else {
            // One file's problems together, in file order.
            problems.sort_by(|a, b| (&a.path, a.at).cmp(&(&b.path, b.at)));
            Err(problems)
        }
    }

    /// The matcher over the gazetteer's own entities, built once (again only if
    /// `entities` changed since).
    pub(crate) fn matcher(&self) -> Cow<'_, Matcher> {
        let now = fingerprint(&self.entities);
        let (built, matcher) = self
            .matcher
            .get_or_init(|| (now, Matcher::new(&self.entities)));
        if *built == now {
            Cow::Borrowed(matcher)
        } else {
            Cow::Owned(Matcher::new(&self.entities))
        }
    }
}

/// A hash of everything the matcher reads (FNV-1a over ids, names and aliases):
/// microseconds for the whole gazetteer, against milliseconds to rebuild.
fn fingerprint(entities: &[Entity]) -> u64 {
    let mut hash = crate::text::Fnv::default();
    for e in entities {
        for s in [&e.id, &e.name].into_iter().chain(&e.aliases) {
            hash.write(s.as_bytes());
            // A separator no UTF-8 string holds: ("ab", "c") and ("a", "bc") differ.
            hash.write_u8(0xff);
        }
    }
    hash.finish()
}

/// Later entities extend and override earlier ones by id. An overriding entity moves
/// to the end so that it also wins any alias it now claims (see `Matcher::new`).
pub(crate) fn extend(entities: &mut Vec<Entity>, later: Vec<Entity>) {
    let ids: HashSet<&str> = later.iter().map(|e| e.id.as_str()).collect();
    entities.retain(|e| !ids.contains(e.id.as_str()));
    entities.extend(later);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_yaml_entities;

    const BUILTIN_YAML: &str = include_str!("../../assets/gazetteer.yaml");

    fn messages(text: &str) -> Vec<String> {
        messages_of("g.yaml", text)
    }

    fn messages_of(path: &str, text: &str) -> Vec<String> {
        let problems = match parse_yaml_entities(Path::new(path), text) {
            Ok((_, problems)) | Err(problems) => problems,
        };
        problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn builtin_gazetteer_is_valid() {
        let problems = messages_of("assets/gazetteer.yaml", BUILTIN_YAML);
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
        let text = "entities:\n  - id: a\n    name: Alpha\n    kind: other\n    aliases: ['', 'X', 'Bêta', '-xy']\n  - id: b\n    name: Beta\n    kind: other\n";
        // Every problem of the file at once, the empty alias with the others.
        assert_eq!(
            messages(text),
            vec![
                "g.yaml:5:15: empty alias: expected another name the text uses",
                "g.yaml:5:19: alias `X` of `a` is one letter: expected two letters or more (one would match everywhere)",
                "g.yaml:5:32: alias `-xy` of `a` does not start with a letter or digit: expected a name as written",
                "g.yaml:7:11: alias `Beta` of `b` is already claimed by `a` (line 5): expected each alias to name one entity",
            ]
        );
    }

    #[test]
    fn schema_errors_are_located() {
        let text = "entities:\n  - id: a\n    nme: Alpha\n";
        let m = messages(text);
        assert_eq!(m.len(), 1);
        assert!(m[0].starts_with("g.yaml:3:5: "), "{m:?}");
        assert!(m[0].contains("nme"), "{m:?}");
    }

    #[test]
    fn countries_need_an_iso_code_and_ids_are_unique() {
        let text = "entities:\n  - {id: a, name: Aland, kind: country}\n  - {id: a, name: Other, kind: other}\n";
        let m = messages(text);
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(
            m[0].starts_with("g.yaml:2:") && m[0].contains("iso"),
            "{m:?}"
        );
        assert!(
            m[1].starts_with("g.yaml:3:") && m[1].contains("duplicate"),
            "{m:?}"
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
                "{}:2:58: affiliation `nowhere` of `zed` is not an entity: expected the id of a built-in entity or of one in an entities file",
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
    fn a_changed_entity_list_is_not_matched_with_a_stale_automaton() {
        let mut g = Gazetteer::builtin();
        let find = |g: &Gazetteer, text: &str| {
            let mut folded = crate::text::Folded::new();
            folded.fold(text);
            let mut out = Vec::new();
            g.matcher().find(text, &folded, &mut out);
            out.len()
        };
        assert_eq!(find(&g, "Zorglub"), 0);
        g.entities[0].aliases.push("Zorglub".into());
        assert_eq!(find(&g, "Zorglub"), 1);
        assert_eq!(find(&Gazetteer::builtin(), "Zorglub"), 0);
    }

    /// Regression: entities files were read by a copy of the loader's reading code
    /// that turned invalid UTF-8 into U+FFFD without a word; they now load as any
    /// entities file does, and that is reported.
    #[test]
    fn invalid_utf8_in_an_entities_file_is_reported() {
        let dir = tempfile::tempdir().expect("temp dir");
        let extra = dir.path().join("extra.yaml");
        std::fs::write(
            &extra,
            b"entities:\n  - {id: zed, name: \"Z\xffd\", kind: place}\n",
        )
        .expect("write");
        let errors = Gazetteer::load_from(None, &[extra])
            .err()
            .unwrap_or_default();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].at, Some((2, 23)));
        assert!(errors[0].message.contains("invalid UTF-8"), "{errors:?}");
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
