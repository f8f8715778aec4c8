//! Properties of relation inference on generated text: sentence ranges, evidence
//! ranges, and the export's JSON round-trip.

use brief::model::{Briefing, Entity, EntityKind, Loc, Mention, Part};
use brief::relations;
use proptest::prelude::*;

use super::{expected, hand_built, load};

const WORDS: &[&str] = &[
    "Russia",
    "Kazakhstan",
    "Syria",
    "Moscou",
    "Astana",
    "russes",
    "US",
    "U.S.",
    "sanctions",
    "coopération",
    "talks",
    "par",
    "against",
    "entre",
    "et",
    "avec",
    "M.",
    "Dr.",
    "etc.",
    "3.5",
    "1.000,5",
    "…",
    "...",
    "«",
    "»",
    "“",
    "”",
    "\"",
    "?",
    "!",
    ".",
    ",",
    "l’",
    "e\u{301}",
    "👩‍👩‍👧",
    "مرحبا",
    "שלום",
    "\u{200f}",
    "the",
    "la",
    "Le",
    "The",
    "\u{a0}",
    "\n",
];

/// Countries and a city affiliated to one, found as whole words.
fn prop_entities() -> Vec<Entity> {
    let country = |id: &str, alias: &[&str]| Entity {
        id: id.into(),
        name: id.into(),
        kind: EntityKind::Country,
        iso: None,
        aliases: alias.iter().map(|a| a.to_string()).collect(),
        affiliation: None,
        short: None,
    };
    let mut all = vec![
        country("ru", &["Russia", "russes"]),
        country("kz", &["Kazakhstan"]),
        country("sy", &["Syria"]),
        country("us", &["US", "U.S."]),
    ];
    all.push(Entity {
        id: "moscow".into(),
        name: "Moscou".into(),
        kind: EntityKind::Place,
        iso: None,
        aliases: vec!["Moscou".into()],
        affiliation: Some("ru".into()),
        short: None,
    });
    all
}

fn prop_mentions(b: &Briefing, entities: &[Entity]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (s, section) in b.sections.iter().enumerate() {
        for (p, text) in section.body.iter().enumerate() {
            let mut found: Vec<(usize, usize, usize)> = Vec::new();
            for (e, ent) in entities.iter().enumerate() {
                for alias in &ent.aliases {
                    for (i, _) in text.match_indices(alias.as_str()) {
                        let end = i + alias.len();
                        let after_ok = text[end..]
                            .chars()
                            .next()
                            .is_none_or(|c| !c.is_alphanumeric());
                        let before_ok = text[..i]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric());
                        if after_ok
                            && before_ok
                            && found.iter().all(|&(a, z, _)| end <= a || z <= i)
                        {
                            found.push((i, end, e));
                        }
                    }
                }
            }
            found.sort();
            out.extend(found.into_iter().map(|(start, end, e)| Mention {
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

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(WORDS),
            prop::sample::select(&[" ", "", "  "][..]),
        ),
        0..40,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .map(|(w, sep)| format!("{w}{sep}"))
            .collect()
    })
}

fn briefing_strategy() -> impl Strategy<Value = Briefing> {
    prop::collection::vec(prop::collection::vec(paragraph(), 1..4), 1..4).prop_map(|sections| {
        Briefing {
            title: "Prop".into(),
            date: None,
            source: None,
            language: "en".into(),
            summary: None,
            sections: sections
                .into_iter()
                .enumerate()
                .map(|(i, body)| brief::model::Section {
                    id: format!("s{i}"),
                    title: format!("S{i}"),
                    body,
                })
                .collect(),
            entities: Vec::new(),
            relations: Vec::new(),
        }
    })
}

proptest! {
    #[test]
    fn sentences_are_ordered_trimmed_and_on_char_boundaries(text in "\\PC{0,200}") {
        let mut last = 0;
        for r in brief::text::sentences(&text) {
            prop_assert!(r.start >= last && r.start < r.end && r.end <= text.len());
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            let s = &text[r.clone()];
            prop_assert_eq!(s, s.trim());
            last = r.end;
        }
    }

    #[test]
    fn evidence_lies_in_its_sentence_and_paragraph(b in briefing_strategy()) {
        let entities = prop_entities();
        let mentions = prop_mentions(&b, &entities);
        for link in relations::links(&b, &entities, &mentions) {
            prop_assert!(link.weight as usize == link.evidence.len());
            for e in &link.evidence {
                let section = &b.sections[e.loc.section as usize];
                let Part::Para(p) = e.loc.part else { return Err(TestCaseError::fail("title evidence")) };
                let para = &section.body[p as usize];
                let r = e.loc.range();
                prop_assert!(r.start < r.end && r.end <= para.len());
                prop_assert!(para.is_char_boundary(r.start) && para.is_char_boundary(r.end));
                let indexed = &relations::section_sentences(section)[e.sentence];
                prop_assert_eq!(indexed.para, p as usize);
                prop_assert_eq!(&indexed.range, &r);
                if let Some(cue) = &e.cue {
                    prop_assert!(para[r.clone()].contains(cue.as_str()), "cue {} not in {}", cue, &para[r]);
                }
            }
        }
    }

    #[test]
    fn exported_relations_round_trip_through_json(b in briefing_strategy()) {
        let entities = prop_entities();
        let mentions = prop_mentions(&b, &entities);
        let links = relations::links(&b, &entities, &mentions);
        let analysis = brief::model::Analysis { entities, mentions, links };
        let json = brief::export::to_json(&b, &analysis);
        let out: brief::export::Export = serde_json::from_str(&json).expect("parse");
        prop_assert_eq!(serde_json::to_string_pretty(&out).expect("serialise") + "\n", json);
        prop_assert_eq!(out.relations.len(), analysis.links.len());
        for r in &out.relations {
            prop_assert_eq!(
                (r.weight as usize).min(brief::export::MAX_EXPORTED_EVIDENCE),
                r.evidence.len()
            );
            prop_assert_eq!(r.directed, r.kind.is_directed());
            for e in &r.evidence {
                let text = &out.sentences[e.reference].text;
                prop_assert!(!text.is_empty());
                if let Some(cue) = &e.cue {
                    prop_assert!(text.contains(cue.as_ref()));
                }
            }
        }
    }
}

#[test]
fn export_json_has_the_documented_fields() {
    let b = load("tests/fixtures/good/article.fr.txt");
    let (mut entities, mentions) = hand_built(&b, &expected("seed"));
    // Named as analysis names them: by the text's own capitalised forms.
    let known = entities.len();
    brief::entities::name_in_text_language(&b, &mut entities, known, &mentions);
    let links = relations::links(&b, &entities, &mentions);
    let analysis = brief::model::Analysis {
        entities,
        mentions,
        links,
    };
    let json: serde_json::Value =
        serde_json::from_str(&brief::export::to_json(&b, &analysis)).expect("json");
    // The export sorts relations by (from, to, kind); take the heaviest link's entry.
    let first = json["relations"]
        .as_array()
        .and_then(|all| {
            all.iter().find(|r| {
                r["from"] == "russia" && r["to"] == "kazakhstan" && r["kind"] == "cooperation"
            })
        })
        .expect("russia–kazakhstan cooperation");
    for field in [
        "from", "to", "kind", "directed", "label", "weight", "declared", "evidence",
    ] {
        assert!(first.get(field).is_some(), "{field} missing in {first}");
    }
    let ev = &first["evidence"][0];
    for field in ["section", "sentence", "ref", "cue"] {
        assert!(ev.get(field).is_some(), "{field} missing in {ev}");
    }
    assert_eq!(analysis.links[0].weight, 3, "heaviest first");
    assert_eq!(first["weight"], 3);
    assert_eq!(first["label"], "coopération Russie – Kazakhstan");
    // The sentence is written once, in `sentences`, and evidence refers to it.
    let text = &json["sentences"][ev["ref"].as_u64().expect("ref") as usize]["text"];
    assert_eq!(
        *text,
        "Le président russe Vladimir Poutine accueille à Moscou son homologue kazakh Kassym-Jomart Tokayev pour une série d’entretiens visant à approfondir la coopération économique et énergétique entre leurs deux pays."
    );
}
