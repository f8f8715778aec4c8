//! Unit tests of inference, on hand-built mentions (see `testutil`).

use super::*;
use crate::model::RelationKind::*;
use crate::relations::label;
use crate::relations::testutil::{analyse, doc};

/// (from id, to id, kind, cue, sentence) of every link, in order.
fn edges(
    lang: &str,
    sections: &[&str],
) -> Vec<(String, String, RelationKind, Option<String>, usize)> {
    let b = doc(lang, sections);
    let a = analyse(&b);
    let mut out: Vec<_> = a
        .links
        .iter()
        .flat_map(|l| {
            let ids = (a.entities[l.from].id.clone(), a.entities[l.to].id.clone());
            l.evidence.iter().map(move |e| {
                (
                    ids.0.clone(),
                    ids.1.clone(),
                    l.kind,
                    e.cue.clone(),
                    e.sentence,
                )
            })
        })
        .collect();
    out.sort_by_key(|e| e.4);
    out
}

fn e(
    from: &str,
    to: &str,
    kind: RelationKind,
    cue: Option<&str>,
    n: usize,
) -> (String, String, RelationKind, Option<String>, usize) {
    (from.into(), to.into(), kind, cue.map(str::to_string), n)
}

#[test]
fn entities_that_roll_up_to_no_country_give_no_link() {
    // Loopa and Loopb affiliate to each other: a cycle reaches no country.
    assert!(edges("en", &["Loopa and Loopb held talks with the EU."]).is_empty());
}

#[test]
fn one_country_is_no_link_and_non_countries_are_skipped() {
    assert!(
        edges(
            "en",
            &["Putin met the EU in Moscow. The Kremlin talks with Loopa and Loopb."]
        )
        .is_empty()
    );
}

#[test]
fn multi_party_sentence_gives_every_pair() {
    let got = edges(
        "fr",
        &["Moscou lance des projets conjoints avec le Kazakhstan et l’Ouzbékistan."],
    );
    for pair in [("ru", "kz"), ("ru", "uz"), ("kz", "uz")] {
        assert!(
            got.contains(&e(
                pair.0,
                pair.1,
                Cooperation,
                Some("projets conjoints"),
                0
            )),
            "{pair:?}: {got:?}"
        );
    }
    assert_eq!(got.len(), 3);
}

#[test]
fn the_nearest_cue_wins() {
    // "entretiens" sits next to the pair; "coopération" is far behind it.
    assert_eq!(
        edges(
            "fr",
            &["Poutine reçoit le président kazakh pour des entretiens sur la coopération."]
        ),
        [e("ru", "kz", Dialogue, Some("entretiens"), 0)]
    );
    // A weak cue (energy) yields to an ordinary one at any distance in the window.
    assert_eq!(
        edges(
            "fr",
            &["La coopération énergétique entre Moscou et Astana progresse."]
        ),
        [e("ru", "kz", Cooperation, Some("coopération"), 0)]
    );
    assert_eq!(
        edges("en", &["Russia and Kazakhstan discussed energy."]),
        [e("ru", "kz", Cooperation, Some("energy"), 0)]
    );
}

#[test]
fn a_cue_bound_to_another_pair_is_not_used() {
    // "rapprochement entre Damas et Washington" is about Syria and the US only.
    let got = edges(
        "fr",
        &[
            "Malgré le rapprochement entre Damas et Washington, le Kremlin poursuit ses échanges avec la Syrie.",
        ],
    );
    assert!(
        got.contains(&e("sy", "us", Rapprochement, Some("rapprochement"), 0)),
        "{got:?}"
    );
    assert!(
        got.contains(&e("sy", "ru", Cooperation, Some("échanges"), 0)),
        "{got:?}"
    );
    assert!(got.contains(&e("us", "ru", CoMention, None, 0)), "{got:?}");
}

#[test]
fn no_cue_in_the_window_is_other() {
    let filler = "word ".repeat(30);
    let text = format!("Russia, which {filler}saw Syria sign a pact.");
    assert_eq!(edges("en", &[&text]), [e("ru", "sy", CoMention, None, 0)]);
}

#[test]
fn direction_from_attached_demonyms() {
    assert_eq!(
        edges(
            "fr",
            &["De nouvelles sanctions américaines visent les entreprises russes."]
        ),
        [e("us", "ru", Sanctions, Some("sanctions"), 0)]
    );
    assert_eq!(
        edges("en", &["New US sanctions hit Russian banks."]),
        [e("us", "ru", Sanctions, Some("sanctions"), 0)]
    );
    // Document order would say Russia → US: the attached demonym says otherwise.
    assert_eq!(
        edges(
            "fr",
            &["Les entreprises russes subissent les sanctions américaines."]
        ),
        [e("us", "ru", Sanctions, Some("sanctions"), 0)]
    );
}

#[test]
fn direction_from_agent_and_target_words() {
    assert_eq!(
        edges(
            "fr",
            &["Les sanctions imposées par les États-Unis contre plusieurs acteurs russes pèsent."]
        ),
        [e("us", "ru", Sanctions, Some("sanctions"), 0)]
    );
    assert_eq!(
        edges(
            "en",
            &["Russia was hit by sanctions imposed by the United States."]
        ),
        [e("us", "ru", Sanctions, Some("sanctions"), 0)]
    );
    assert_eq!(
        edges("en", &["Ukraine receives aid from the United States."]),
        [e("us", "ua", Aid, Some("aid"), 0)]
    );
    assert_eq!(
        edges("fr", &["Washington accentue la pression sur Moscou."]),
        [e("us", "ru", Pressure, Some("pression"), 0)]
    );
    assert_eq!(
        edges(
            "en",
            &["Kyiv welcomed the assistance that Washington sent to Ukraine."]
        ),
        [e("us", "ua", Aid, Some("assistance"), 0)]
    );
}

#[test]
fn unclear_direction_keeps_document_order() {
    assert_eq!(
        edges("en", &["Russia and the United States discussed sanctions."]),
        [e("ru", "us", Sanctions, Some("sanctions"), 0)]
    );
}

#[test]
fn evidence_counts_sentences_across_paragraphs_and_weight_follows() {
    let b = doc(
        "en",
        &[
            "Russia and Kazakhstan held talks.\nNothing. Russia and Kazakhstan held a summit.",
            "Russia met Kazakhstan.",
        ],
    );
    let a = analyse(&b);
    assert_eq!(a.links.len(), 1);
    let l = &a.links[0];
    assert_eq!((l.kind, l.weight, l.declared), (Dialogue, 3, false));
    let at: Vec<(u32, usize, &str)> = l
        .evidence
        .iter()
        .map(|e| {
            let Part::Para(p) = e.loc.part else {
                panic!("title")
            };
            (
                e.loc.section,
                e.sentence,
                &b.sections[e.loc.section as usize].body[p as usize][e.loc.range()],
            )
        })
        .collect();
    assert_eq!(
        at,
        [
            (0, 0, "Russia and Kazakhstan held talks."),
            (0, 2, "Russia and Kazakhstan held a summit."),
            (1, 0, "Russia met Kazakhstan."),
        ]
    );
    assert_eq!(l.label, "Russia–Kazakhstan dialogue");
}

#[test]
fn labels_in_the_briefing_language() {
    assert_eq!(
        label(Sanctions, "États-Unis", "Russie", true),
        "sanctions États-Unis → Russie"
    );
    assert_eq!(
        label(Cooperation, "Russie", "Kazakhstan", true),
        "coopération Russie – Kazakhstan"
    );
    assert_eq!(
        label(Sanctions, "US", "Russia", false),
        "US sanctions on Russia"
    );
    assert_eq!(label(Trade, "A", "B", false), "A–B trade");
}

#[test]
fn links_sort_by_weight_then_names() {
    let a = analyse(&doc(
        "en",
        &[
            "Syria and Ukraine talked. Russia and Kazakhstan talked. Russia and Kazakhstan talked again. Kazakhstan and Syria talked.",
        ],
    ));
    let order: Vec<(&str, &str)> = a
        .links
        .iter()
        .map(|l| {
            (
                a.entities[l.from].name.as_str(),
                a.entities[l.to].name.as_str(),
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            ("Russia", "Kazakhstan"),
            ("Kazakhstan", "Syria"),
            ("Syria", "Ukraine")
        ]
    );
}

#[test]
fn french_labels_use_the_entities_names() {
    // Analysis has named gazetteer entities as the text does (entities::index); the
    // labels take entity names as they are.
    let b = doc(
        "fr",
        &["La Russie et le Kazakhstan renforcent leur coopération."],
    );
    let mut entities = crate::relations::testutil::entities();
    entities[0].name = "Russie".into();
    let mentions = crate::relations::testutil::mentions(&b, &entities);
    let links = crate::relations::links(&b, &entities, &mentions);
    assert_eq!(links[0].label, "coopération Russie – Kazakhstan");
    let mut b = doc(
        "fr",
        &["La Russie et le Kazakhstan renforcent leur coopération."],
    );
    // A briefing's own entity keeps the name the analyst gave it.
    b.entities = crate::relations::testutil::entities();
    b.entities[0].name = "Fédération de Russie".into();
    let entities = b.entities.clone();
    let mentions = crate::relations::testutil::mentions(&b, &entities);
    let links = crate::relations::links(&b, &entities, &mentions);
    assert_eq!(
        links[0].label,
        "coopération Fédération de Russie – Kazakhstan"
    );
    let en = analyse(&doc("en", &["Russians and Kazakhstan cooperate."]));
    assert_eq!(en.links[0].label, "Russia–Kazakhstan cooperation");
}

#[test]
fn direction_in_english_verb_phrases() {
    assert_eq!(
        edges("en", &["Washington imposed new sanctions on Moscow."]),
        [e("us", "ru", Sanctions, Some("sanctions"), 0)]
    );
    assert_eq!(
        edges("en", &["Moscow was sanctioned by Washington."]),
        [e("us", "ru", Sanctions, Some("sanctioned"), 0)]
    );
    assert_eq!(
        edges("en", &["Russia is under pressure from the United States."]),
        [e("us", "ru", Pressure, Some("pressure"), 0)]
    );
}

/// Regression: a capitalised name right after a verb cue is its object, not its
/// subject ("sanctioned Russia" pointed the sanctions from Russia to the US).
#[test]
fn a_name_after_a_verb_cue_is_the_target() {
    assert_eq!(
        edges("en", &["The United States sanctioned Russia."]),
        [e("us", "ru", Sanctions, Some("sanctioned"), 0)]
    );
    let both = edges("en", &["The United States and Ukraine sanctioned Russia."]);
    assert!(
        both.contains(&e("us", "ru", Sanctions, Some("sanctioned"), 0)),
        "{both:?}"
    );
    assert!(
        both.contains(&e("ua", "ru", Sanctions, Some("sanctioned"), 0)),
        "{both:?}"
    );
    // A French adjective after the noun still names the actor.
    assert_eq!(
        edges("fr", &["Les sanctions américaines visent la Russie."]),
        [e("us", "ru", Sanctions, Some("sanctions"), 0)]
    );
}

/// From the pacific article: "Marcos called the deal…, while Beijing accused Tokyo":
/// the cue sits between Beijing and Tokyo and says nothing of the Philippines.
#[test]
fn a_cue_between_two_countries_is_theirs_alone() {
    assert_eq!(
        edges(
            "en",
            &[
                "President Vladimir Putin called the deal a shield, while Washington accused Astana of meddling."
            ],
        ),
        [
            e("ru", "kz", CoMention, None, 0),
            e("ru", "us", CoMention, None, 0),
            e("us", "kz", Tension, Some("accused"), 0),
        ]
    );
}

/// Lists on either side of the cue are attached whole; pairs within one side are not.
#[test]
fn an_attached_cue_links_each_side_to_the_other() {
    assert_eq!(
        edges(
            "en",
            &["The United States and Ukraine accused Russia and Syria."],
        ),
        [
            e("ru", "sy", CoMention, None, 0),
            e("ua", "ru", Tension, Some("accused"), 0),
            e("ua", "sy", Tension, Some("accused"), 0),
            e("us", "ru", Tension, Some("accused"), 0),
            e("us", "sy", Tension, Some("accused"), 0),
            e("us", "ua", CoMention, None, 0),
        ]
    );
    // A cue with a country on one side only still counts for every pair.
    assert_eq!(
        edges(
            "en",
            &["Russia and Kazakhstan cooperate on energy, and Uzbekistan too."]
        ),
        [
            e("kz", "uz", Cooperation, Some("cooperate"), 0),
            e("ru", "kz", Cooperation, Some("cooperate"), 0),
            e("ru", "uz", Cooperation, Some("cooperate"), 0),
        ]
    );
}
