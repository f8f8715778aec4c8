//! Hand-built briefings and mentions for the unit tests, independent of the entity
//! matcher: a few countries, cities and people, found by exact whole-word aliases.

use crate::model::{
    Analysis, Briefing, Entity, EntityKind, Evidence, Loc, Mention, Part, Relation, RelationKind,
    Section,
};

/// id, name, kind, affiliation, aliases.
type Row = (
    &'static str,
    &'static str,
    EntityKind,
    Option<&'static str>,
    &'static [&'static str],
);

const ENTITIES: &[Row] = &[
    (
        "ru",
        "Russia",
        EntityKind::Country,
        None,
        &[
            "Russia", "Russie", "Russian", "Russians", "russe", "russes", "russo",
        ],
    ),
    (
        "kz",
        "Kazakhstan",
        EntityKind::Country,
        None,
        &["Kazakhstan", "kazakh", "kazakhe"],
    ),
    (
        "uz",
        "Uzbekistan",
        EntityKind::Country,
        None,
        &["Uzbekistan", "Ouzbékistan", "ouzbek"],
    ),
    (
        "sy",
        "Syria",
        EntityKind::Country,
        None,
        &["Syria", "Syrie", "syrien", "syrienne", "syriennes"],
    ),
    (
        "us",
        "United States",
        EntityKind::Country,
        None,
        &[
            "United States",
            "États-Unis",
            "US",
            "U.S.",
            "American",
            "américaine",
            "américaines",
            "américain",
        ],
    ),
    (
        "ua",
        "Ukraine",
        EntityKind::Country,
        None,
        &["Ukraine", "Kyiv"],
    ),
    (
        "eu-org",
        "European Union",
        EntityKind::Organization,
        None,
        &["EU", "UE"],
    ),
    (
        "moscow",
        "Moscow",
        EntityKind::Place,
        Some("ru"),
        &["Moscou", "Moscow"],
    ),
    (
        "kremlin",
        "Kremlin",
        EntityKind::Organization,
        Some("ru"),
        &["Kremlin"],
    ),
    (
        "putin",
        "Vladimir Putin",
        EntityKind::Person,
        Some("ru"),
        &["Vladimir Poutine", "Poutine", "Putin"],
    ),
    (
        "astana",
        "Astana",
        EntityKind::Place,
        Some("kz"),
        &["Astana"],
    ),
    (
        "tokayev",
        "Tokayev",
        EntityKind::Person,
        Some("kz"),
        &["Kassym-Jomart Tokayev", "Tokayev"],
    ),
    (
        "damascus",
        "Damascus",
        EntityKind::Place,
        Some("sy"),
        &["Damas", "Damascus"],
    ),
    (
        "washington",
        "Washington",
        EntityKind::Place,
        Some("us"),
        &["Washington"],
    ),
    (
        "loop-a",
        "Loop A",
        EntityKind::Person,
        Some("loop-b"),
        &["Loopa"],
    ),
    (
        "loop-b",
        "Loop B",
        EntityKind::Person,
        Some("loop-a"),
        &["Loopb"],
    ),
];

pub(crate) fn entities() -> Vec<Entity> {
    ENTITIES
        .iter()
        .map(|(id, name, kind, aff, aliases)| Entity {
            id: id.to_string(),
            name: name.to_string(),
            kind: *kind,
            iso: None,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            affiliation: aff.map(str::to_string),
            short: None,
        })
        .collect()
}

/// A briefing with one section per string (ids `s0`, `s1`…), paragraphs split at `\n`.
pub(crate) fn doc(language: &str, sections: &[&str]) -> Briefing {
    Briefing {
        title: "Test".into(),
        date: None,
        source: None,
        language: language.into(),
        summary: None,
        sections: sections
            .iter()
            .enumerate()
            .map(|(i, s)| Section {
                id: format!("s{i}"),
                title: format!("Section {i}"),
                body: s.split('\n').map(str::to_string).collect(),
            })
            .collect(),
        entities: Vec::new(),
        relations: Vec::new(),
    }
}

/// A curated relation; evidence as (section id, sentence, cue).
pub(crate) fn relation(
    from: &str,
    to: &str,
    kind: RelationKind,
    evidence: &[(&str, Option<usize>, Option<&str>)],
) -> Relation {
    Relation {
        from: from.into(),
        to: to.into(),
        kind,
        label: "curated".into(),
        negated: false,
        evidence: evidence
            .iter()
            .map(|(s, n, c)| Evidence {
                section: s.to_string(),
                sentence: *n,
                cue: c.map(str::to_string),
            })
            .collect(),
    }
}

/// Two sections of English (`s0`: two sentences, `s1`: one) with the test entities
/// and `relations`.
pub(crate) fn with_relations(relations: Vec<Relation>) -> Briefing {
    let mut b = doc(
        "en",
        &[
            "Russia and Kazakhstan held talks. New US sanctions hit Russia.",
            "Kazakhstan met Russia.",
        ],
    );
    b.entities = entities();
    b.relations = relations;
    b
}

/// Whole-word, case-sensitive alias matches, longest alias first, sorted by position.
pub(crate) fn mentions(briefing: &Briefing, entities: &[Entity]) -> Vec<Mention> {
    let mut aliases: Vec<(&str, usize)> = entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.aliases.iter().map(move |a| (a.as_str(), i)))
        .collect();
    aliases.sort_by_key(|(a, _)| std::cmp::Reverse(a.len()));
    let mut out = Vec::new();
    for (s, section) in briefing.sections.iter().enumerate() {
        for (p, text) in section.body.iter().enumerate() {
            let mut taken: Vec<(usize, usize, usize)> = Vec::new();
            for &(alias, e) in &aliases {
                for (start, _) in text.match_indices(alias) {
                    let end = start + alias.len();
                    let before = text[..start].chars().next_back();
                    let after = text[end..].chars().next();
                    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
                    let free = taken.iter().all(|&(s0, e0, _)| end <= s0 || e0 <= start);
                    if boundary(before) && boundary(after) && free {
                        taken.push((start, end, e));
                    }
                }
            }
            taken.sort();
            out.extend(taken.into_iter().map(|(start, end, e)| Mention {
                entity: e as u32,
                loc: Loc {
                    section: s as u32,
                    part: Part::Para(p as u32),
                    start: start as u32,
                    end: end as u32,
                },
            }));
        }
    }
    out
}

/// Entities, mentions and links of `briefing` with the test entities.
pub(crate) fn analyse(briefing: &Briefing) -> Analysis {
    let entities = entities();
    let mentions = mentions(briefing, &entities);
    let links = super::links(briefing, &entities, &mentions);
    Analysis {
        entities,
        mentions,
        links,
    }
}
