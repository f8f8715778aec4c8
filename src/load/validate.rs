//! What serde cannot check: ids that must be unique, references that must resolve,
//! codes and dates that must be well formed. Each issue names the path of the offending
//! value; `locate` turns paths into positions.

use std::collections::HashMap;

use super::sanitize::{Change, sanitize_field};
use crate::model::{Briefing, Entity, EntityKind, Short};

/// One semantic problem, at a YAML path (`["relations", "3", "to"]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub path: Vec<String>,
    pub message: String,
}

fn at(path: &[&dyn ToString]) -> Vec<String> {
    path.iter().map(|p| p.to_string()).collect()
}

/// Every semantic problem of a briefing, in document order of its fields.
pub fn briefing(b: &Briefing) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut issue = |path: Vec<String>, message: String| issues.push(Issue { path, message });
    if b.title.trim().is_empty() {
        issue(
            at(&[&"title"]),
            "empty title: expected a few words naming the briefing".into(),
        );
    }
    if let Some(date) = b.date.as_ref().filter(|d| !is_iso_date(d)) {
        issue(
            at(&[&"date"]),
            format!(
                "date `{date}` is not ISO 8601: expected YYYY-MM-DD, optionally with a time (2025-11-12T09:30:00Z)"
            ),
        );
    }
    if !is_language_tag(&b.language) {
        issue(
            at(&[&"language"]),
            format!(
                "language `{}` is not a BCP 47 tag: expected a code such as `fr`, `en` or `en-GB`",
                b.language
            ),
        );
    }
    if b.sections.is_empty() {
        issue(
            at(&[&"sections"]),
            "no sections: expected at least one section with a body".into(),
        );
    }
    let mut section_ids: HashMap<&str, usize> = HashMap::new();
    for (i, s) in b.sections.iter().enumerate() {
        if s.id.trim().is_empty() {
            issue(
                at(&[&"sections", &i, &"id"]),
                "empty section id: expected a short unique id such as `introduction`".into(),
            );
        } else if let Some(first) = section_ids.insert(&s.id, i) {
            section_ids.insert(&s.id, first);
            issue(
                at(&[&"sections", &i, &"id"]),
                format!(
                    "duplicate section id `{}`, already used by section {}: expected unique ids",
                    s.id,
                    first + 1
                ),
            );
        }
        if s.title.trim().is_empty() {
            issue(
                at(&[&"sections", &i, &"title"]),
                "empty section title: expected a heading".into(),
            );
        }
        if s.body.iter().all(|p| p.trim().is_empty()) {
            issue(
                at(&[&"sections", &i, &"body"]),
                format!(
                    "section `{}` has an empty body: expected at least one paragraph",
                    s.id
                ),
            );
        }
    }
    issues.extend(entities(&b.entities, true));
    let known: HashMap<&str, &Entity> = b.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    for (i, r) in b.relations.iter().enumerate() {
        let mut issue = |path: Vec<String>, message: String| issues.push(Issue { path, message });
        for (field, id) in [("from", &r.from), ("to", &r.to)] {
            if !known.contains_key(id.as_str()) {
                issue(
                    at(&[&"relations", &i, &field]),
                    format!(
                        "relation `{field}` names `{id}`, which is not an entity: expected the id of an entity declared under `entities`"
                    ),
                );
            }
        }
        if r.from == r.to && known.contains_key(r.from.as_str()) {
            issue(
                at(&[&"relations", &i, &"to"]),
                format!(
                    "relation from `{}` to itself: expected two different entities",
                    r.from
                ),
            );
        }
        if r.label.trim().is_empty() {
            issue(
                at(&[&"relations", &i, &"label"]),
                "empty relation label: expected a few words an analyst reads on the chart".into(),
            );
        }
        for (j, e) in r.evidence.iter().enumerate() {
            if !section_ids.contains_key(e.section.as_str()) {
                issue(
                    at(&[&"relations", &i, &"evidence", &j, &"section"]),
                    format!(
                        "evidence names section `{}`, which does not exist: expected the id of a section",
                        e.section
                    ),
                );
            }
        }
    }
    issues
}

/// Problems of a list of entities: duplicate ids, country codes, and, when
/// `affiliations` is set, affiliations that name no entity of the list or loop.
/// An `--entities` file checks without it: its affiliations may name gazetteer entries.
pub fn entities(list: &[Entity], affiliations: bool) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut issue = |path: Vec<String>, message: String| issues.push(Issue { path, message });
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (i, e) in list.iter().enumerate() {
        if e.id.trim().is_empty() {
            issue(
                at(&[&"entities", &i, &"id"]),
                "empty entity id: expected a short unique id such as `ru`".into(),
            );
        } else if let Some(first) = ids.insert(&e.id, i) {
            ids.insert(&e.id, first);
            issue(
                at(&[&"entities", &i, &"id"]),
                format!(
                    "duplicate entity id `{}`, already used by entity {}: expected unique ids",
                    e.id,
                    first + 1
                ),
            );
        }
        if e.name.trim().is_empty() {
            issue(
                at(&[&"entities", &i, &"name"]),
                "empty entity name: expected the name the text uses".into(),
            );
        }
        match &e.iso {
            Some(iso) if !(iso.len() == 2 && iso.bytes().all(|b| b.is_ascii_uppercase())) => issue(
                at(&[&"entities", &i, &"iso"]),
                format!(
                    "iso `{iso}` is not an ISO 3166-1 alpha-2 code: expected two uppercase letters such as `RU`"
                ),
            ),
            // Reported on `kind: country`, the value that makes `iso` required.
            None if e.kind == EntityKind::Country => issue(
                at(&[&"entities", &i, &"kind"]),
                format!(
                    "country `{}` has no `iso`: expected its ISO 3166-1 alpha-2 code (`iso: RU`)",
                    e.id
                ),
            ),
            _ => {}
        }
        for (j, alias) in e.aliases.iter().enumerate() {
            if alias.trim().is_empty() {
                issue(
                    at(&[&"entities", &i, &"aliases", &j]),
                    "empty alias: expected another name the text uses".into(),
                );
            }
        }
        if let Some(short) = &e.short {
            short_issues(short, i, &mut issue);
        }
    }
    if affiliations {
        for (i, e) in list.iter().enumerate() {
            let Some(aff) = &e.affiliation else { continue };
            let path = at(&[&"entities", &i, &"affiliation"]);
            if !ids.contains_key(aff.as_str()) {
                issue(
                    path,
                    format!(
                        "affiliation `{aff}` is not an entity: expected the id of an entity declared under `entities`"
                    ),
                );
            } else if loops(list, &ids, i) {
                issue(
                    path,
                    format!(
                        "affiliation of `{}` leads back to itself: expected a chain ending at an entity without affiliation",
                        e.id
                    ),
                );
            }
        }
    }
    issues
}

/// An empty label, or a map of labels keyed by something that is no language tag.
fn short_issues(short: &Short, i: usize, issue: &mut impl FnMut(Vec<String>, String)) {
    let labels: Vec<(Option<&str>, &str)> = match short {
        Short::Label(l) => vec![(None, l.as_str())],
        Short::ByLanguage(map) if map.is_empty() => {
            issue(
                at(&[&"entities", &i, &"short"]),
                "no label in `short`: expected a label or labels by language (`{en: UAE, fr: EAU}`)".into(),
            );
            Vec::new()
        }
        Short::ByLanguage(map) => map
            .iter()
            .map(|(t, l)| (Some(t.as_str()), l.as_str()))
            .collect(),
    };
    for (tag, label) in labels {
        let path = match tag {
            Some(tag) => at(&[&"entities", &i, &"short", &tag]),
            None => at(&[&"entities", &i, &"short"]),
        };
        if let Some(tag) = tag.filter(|t| !is_language_tag(t)) {
            issue(
                path.clone(),
                format!(
                    "`{tag}` in `short` is not a BCP 47 tag: expected a language such as `en` or `fr`"
                ),
            );
        }
        if label.trim().is_empty() {
            issue(
                path,
                "empty short label: expected the label for charts (`UAE`)".into(),
            );
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

/// `YYYY-MM-DD`, optionally `T` (or a space) and `HH:MM[:SS[.fff]]` with an optional
/// `Z` or `±HH:MM` offset. The day must exist in its month.
pub fn is_iso_date(s: &str) -> bool {
    let (date, time) = match s.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = date.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d) && time.is_none_or(is_iso_time)
}

fn is_iso_time(t: &str) -> bool {
    let (clock, offset) = if let Some(c) = t.strip_suffix('Z') {
        (c, None)
    } else if let Some(i) = t.rfind(['+', '-']) {
        (&t[..i], Some(&t[i + 1..]))
    } else {
        (t, None)
    };
    let hm = |s: &str, max_h: u32| -> bool {
        let mut parts = s.split(':');
        let ok = |p: Option<&str>, max: u32| {
            p.is_some_and(|p| {
                p.len() == 2
                    && p.bytes().all(|c| c.is_ascii_digit())
                    && p.parse::<u32>().is_ok_and(|v| v <= max)
            })
        };
        ok(parts.next(), max_h) && ok(parts.next(), 59)
    };
    let mut parts = clock.splitn(3, ':');
    let (h, m, s) = (parts.next(), parts.next(), parts.next());
    let head = match (h, m) {
        (Some(h), Some(m)) => format!("{h}:{m}"),
        _ => return false,
    };
    let secs_ok = s.is_none_or(|s| {
        let (whole, frac) = s.split_once('.').unwrap_or((s, "0"));
        whole.len() == 2
            && whole.parse::<u32>().is_ok_and(|v| v <= 60)
            && !frac.is_empty()
            && frac.bytes().all(|c| c.is_ascii_digit())
    });
    hm(&head, 23) && secs_ok && offset.is_none_or(|o| hm(o, 23))
}

/// A plausible BCP 47 tag: a 2–3 letter primary language (or `x`/`i`, or 5–8 letters),
/// then subtags of 1–8 letters or digits.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    let primary_ok = primary.bytes().all(|b| b.is_ascii_alphabetic())
        && matches!(primary.len(), 2 | 3 | 5..=8)
        || primary.eq_ignore_ascii_case("x")
        || primary.eq_ignore_ascii_case("i");
    primary_ok
        && tag.len() <= 35
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Run every string of a parsed briefing through the sanitiser (a YAML escape such as
/// `"\e[2J"` or `"\u202e"` only becomes a control character once parsed). Returns the
/// path of the first field changed for each kind of change.
pub fn scrub(b: &mut Briefing) -> Vec<(Vec<String>, Change)> {
    let mut found: Vec<(Vec<String>, Change)> = Vec::new();
    let mut fix = |s: &mut String, single: bool, path: Vec<String>| {
        let (clean, kinds) = sanitize_field(s, single);
        for k in kinds {
            if !found.iter().any(|f| f.1 == k) {
                found.push((path.clone(), k));
            }
        }
        *s = clean;
    };
    let opt = |s: &mut Option<String>, f: &mut dyn FnMut(&mut String)| {
        if let Some(s) = s {
            f(s)
        }
    };
    fix(&mut b.title, true, at(&[&"title"]));
    opt(&mut b.date, &mut |s| fix(s, true, at(&[&"date"])));
    opt(&mut b.source, &mut |s| fix(s, true, at(&[&"source"])));
    fix(&mut b.language, true, at(&[&"language"]));
    opt(&mut b.summary, &mut |s| fix(s, false, at(&[&"summary"])));
    for (i, s) in b.sections.iter_mut().enumerate() {
        fix(&mut s.id, true, at(&[&"sections", &i, &"id"]));
        fix(&mut s.title, true, at(&[&"sections", &i, &"title"]));
        for (j, p) in s.body.iter_mut().enumerate() {
            fix(p, false, at(&[&"sections", &i, &"body", &j]));
        }
    }
    for (i, r) in b.relations.iter_mut().enumerate() {
        fix(&mut r.from, true, at(&[&"relations", &i, &"from"]));
        fix(&mut r.to, true, at(&[&"relations", &i, &"to"]));
        fix(&mut r.label, true, at(&[&"relations", &i, &"label"]));
        for (j, e) in r.evidence.iter_mut().enumerate() {
            fix(
                &mut e.section,
                true,
                at(&[&"relations", &i, &"evidence", &j, &"section"]),
            );
            opt(&mut e.cue, &mut |s| {
                fix(s, true, at(&[&"relations", &i, &"evidence", &j, &"cue"]))
            });
        }
    }
    for (path, kind) in scrub_entities(&mut b.entities) {
        if !found.iter().any(|f| f.1 == kind) {
            found.push((path, kind));
        }
    }
    found
}

/// `scrub` for a list of entities (a briefing's, or an `--entities` file's).
pub fn scrub_entities(list: &mut [Entity]) -> Vec<(Vec<String>, Change)> {
    let mut found: Vec<(Vec<String>, Change)> = Vec::new();
    let mut fix = |s: &mut String, path: Vec<String>| {
        let (clean, kinds) = sanitize_field(s, true);
        for k in kinds {
            if !found.iter().any(|f| f.1 == k) {
                found.push((path.clone(), k));
            }
        }
        *s = clean;
    };
    for (i, e) in list.iter_mut().enumerate() {
        fix(&mut e.id, at(&[&"entities", &i, &"id"]));
        fix(&mut e.name, at(&[&"entities", &i, &"name"]));
        if let Some(iso) = &mut e.iso {
            fix(iso, at(&[&"entities", &i, &"iso"]));
        }
        for (j, a) in e.aliases.iter_mut().enumerate() {
            fix(a, at(&[&"entities", &i, &"aliases", &j]));
        }
        if let Some(aff) = &mut e.affiliation {
            fix(aff, at(&[&"entities", &i, &"affiliation"]));
        }
        for (tag, label) in e.short.iter_mut().flat_map(Short::labels_mut) {
            match tag {
                Some(tag) => fix(label, at(&[&"entities", &i, &"short", &tag])),
                None => fix(label, at(&[&"entities", &i, &"short"])),
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for ok in [
            "2025-11-12",
            "2024-02-29",
            "2025-11-12T09:30",
            "2025-11-12T09:30:05Z",
            "2025-11-12 09:30:05.123+01:00",
            "2025-11-12T23:59:60-05:00",
        ] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "12/11/2025",
            "2025-1-12",
            "2025-11-12T25:00",
            "2025-11-12T",
            "2025-11-12T09:30:5",
            "yesterday",
            "２０２５-11-12",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    #[test]
    fn language_tags() {
        for ok in [
            "fr",
            "en",
            "en-GB",
            "zh-Hant-TW",
            "sr-Latn",
            "es-419",
            "x-private",
        ] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "french!", "e", "en_GB", "en-", "en-toolongsubtag"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}
