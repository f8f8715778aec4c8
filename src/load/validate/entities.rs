//! Checks of a list of entities (a briefing's or an `--entities` file's): ids, names,
//! country codes, aliases the matcher can use, affiliations.

use std::collections::HashMap;

use super::Issues;
use crate::load::field::{EntityField, Field};
use crate::load::spans::Spans;
use crate::model::{Entity, EntityKind, Short};
use crate::text::fold_str;

/// Every problem of `list`; affiliations too when `affiliations` is set (they must
/// then name an entity of the list).
pub(super) fn check(list: &[Entity], spans: &Spans, affiliations: bool, issues: &mut Issues) {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (i, e) in list.iter().enumerate() {
        let field = |f| Field::Entity(i as u32, f);
        let id = field(EntityField::Id);
        super::unique_id(&mut ids, i, &e.id, ("entity", "ru", id), issues);
        if e.name.trim().is_empty() {
            issues.add(
                field(EntityField::Name),
                "empty entity name: expected the name the text uses",
            );
        }
        match &e.iso {
            Some(iso) if !(iso.len() == 2 && iso.bytes().all(|b| b.is_ascii_uppercase())) => {
                issues.add(
                    field(EntityField::Iso),
                    format!(
                        "iso `{iso}` is not an ISO 3166-1 alpha-2 code: expected two uppercase letters such as `RU`"
                    ),
                )
            }
            // Reported on `kind: country`, the value that makes `iso` required.
            None if e.kind == EntityKind::Country => issues.add(
                field(EntityField::Kind),
                format!(
                    "country `{}` has no `iso`: expected its ISO 3166-1 alpha-2 code (`iso: RU`)",
                    e.id
                ),
            ),
            _ => {}
        }
        for (j, alias) in e.aliases.iter().enumerate() {
            if alias.trim().is_empty() {
                issues.add(
                    field(EntityField::Alias(j as u32)),
                    "empty alias: expected another name the text uses",
                );
            }
        }
        if let Some(short) = &e.short {
            short_labels(short, field(EntityField::Short), issues);
        }
    }
    aliases(list, spans, issues);
    if affiliations {
        for (i, e) in list.iter().enumerate() {
            let Some(aff) = &e.affiliation else { continue };
            let field = Field::Entity(i as u32, EntityField::Affiliation);
            if !ids.contains_key(aff.as_str()) {
                issues.add(
                    field,
                    format!(
                        "affiliation `{aff}` is not an entity: expected the id of an entity declared under `entities`"
                    ),
                );
            } else if loops(list, &ids, i) {
                issues.add(
                    field,
                    format!(
                        "affiliation of `{}` leads back to itself: expected a chain ending at an entity without affiliation",
                        e.id
                    ),
                );
            }
        }
    }
}

/// An empty chart label, or labels keyed by something that is no language tag.
fn short_labels(short: &Short, field: Field, issues: &mut Issues) {
    let labels: Vec<(Option<&str>, &str)> = match short {
        Short::Label(l) => vec![(None, l.as_str())],
        Short::ByLanguage(map) if map.is_empty() => {
            issues.add(
                field,
                "no label in `short`: expected a label or labels by language (`{en: UAE, fr: EAU}`)",
            );
            Vec::new()
        }
        Short::ByLanguage(map) => map
            .iter()
            .map(|(t, l)| (Some(t.as_str()), l.as_str()))
            .collect(),
    };
    for (tag, label) in labels {
        if let Some(tag) = tag.filter(|t| !super::is_language_tag(t)) {
            issues.add(
                field,
                format!(
                    "`{tag}` in `short` is not a BCP 47 tag: expected a language such as `en` or `fr`"
                ),
            );
        }
        if label.trim().is_empty() {
            issues.add(
                field,
                "empty short label: expected the label for charts (`UAE`)",
            );
        }
    }
}

/// Names and aliases the matcher cannot use: one letter (it would match everywhere),
/// not starting with a letter or digit, or claimed by two entities once folded
/// (`Géorgie` and `georgie`). Empty ones are reported above.
fn aliases(list: &[Entity], spans: &Spans, issues: &mut Issues) {
    let mut claims: HashMap<String, (&str, Field)> = HashMap::new();
    for (i, entity) in list.iter().enumerate() {
        let id = entity.id.as_str();
        let field = |f| Field::Entity(i as u32, f);
        let forms = std::iter::once((&entity.name, field(EntityField::Name))).chain(
            entity
                .aliases
                .iter()
                .enumerate()
                .map(|(j, a)| (a, field(EntityField::Alias(j as u32)))),
        );
        for (alias, at) in forms {
            let key = fold_str(alias.trim());
            if key.is_empty() {
                continue;
            }
            // `text::is_matchable` is the rule (candidates hold to it too); the two
            // branches say which half of it failed.
            let matchable = crate::text::is_matchable(&key);
            if !matchable && key.chars().filter(|c| c.is_alphanumeric()).count() == 1 {
                issues.add(
                    at,
                    format!(
                        "alias `{alias}` of `{id}` is one letter: expected two letters or more (one would match everywhere)"
                    ),
                );
            } else if !matchable {
                issues.add(
                    at,
                    format!(
                        "alias `{alias}` of `{id}` does not start with a letter or digit: expected a name as written"
                    ),
                );
            } else {
                match claims.get(&key) {
                    Some(&(other, first)) if other != id => {
                        let line = spans
                            .nearest(first)
                            .map_or(String::new(), |(line, _)| format!(" (line {line})"));
                        issues.add(
                            at,
                            format!(
                                "alias `{alias}` of `{id}` is already claimed by `{other}`{line}: expected each alias to name one entity"
                            ),
                        );
                    }
                    Some(_) => {}
                    None => {
                        claims.insert(key, (id, at));
                    }
                }
            }
        }
    }
}

/// Whether following affiliations from entity `start` comes back to it.
fn loops(list: &[Entity], ids: &HashMap<&str, usize>, start: usize) -> bool {
    let mut at = start;
    for _ in 0..list.len() {
        let next = list[at].affiliation.as_deref().and_then(|a| ids.get(a));
        match next {
            Some(&n) if n == start => return true,
            Some(&n) => at = n,
            None => return false,
        }
    }
    false
}
