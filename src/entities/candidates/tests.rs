//! The candidate rules on small texts, with a gazetteer of a few entities.

use crate::entities::{Gazetteer, index};
use crate::model::{Briefing, Entity, EntityKind, Section};

fn gazetteer() -> Gazetteer {
    let e = |id: &str, name: &str, kind: EntityKind, aliases: &[&str], aff: Option<&str>| Entity {
        id: id.into(),
        name: name.into(),
        kind,
        iso: (kind == EntityKind::Country).then(|| "XX".into()),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        affiliation: aff.map(Into::into),
        short: None,
    };
    Gazetteer::new(vec![
        e(
            "russia",
            "Russia",
            EntityKind::Country,
            &["russe", "russes", "Russian"],
            None,
        ),
        e("syria", "Syria", EntityKind::Country, &["syrien"], None),
        e(
            "kremlin",
            "Kremlin",
            EntityKind::Organization,
            &[],
            Some("russia"),
        ),
    ])
}

/// Every candidate, and the texts of all mentions.
/// A candidate as the tests compare it: name, kind, affiliation.
type Cand = (String, EntityKind, Option<String>);

fn candidates(paragraphs: &[&str]) -> (Vec<Cand>, Vec<String>) {
    candidates_with(&gazetteer(), paragraphs)
}

/// Every candidate, and the texts of all mentions, with the gazetteer given.
fn candidates_with(g: &Gazetteer, paragraphs: &[&str]) -> (Vec<Cand>, Vec<String>) {
    candidates_in("fr", g, paragraphs)
}

/// The same in a text of the language given.
fn candidates_in(language: &str, g: &Gazetteer, paragraphs: &[&str]) -> (Vec<Cand>, Vec<String>) {
    let (mut b, _, _) = analyse(g, paragraphs);
    b.language = language.into();
    let (entities, mentions) = index(&b, g);
    let known: Vec<&str> = g.entities.iter().map(|e| e.id.as_str()).collect();
    let cands = entities
        .iter()
        .filter(|e| !known.contains(&e.id.as_str()))
        .map(|e| (e.name.clone(), e.kind, e.affiliation.clone()))
        .collect();
    let texts = mentions.iter().map(|m| text_of(&b, m)).collect();
    (cands, texts)
}

fn text_of(b: &Briefing, m: &crate::model::Mention) -> String {
    let s = &b.sections[0];
    let t = match m.loc.part {
        crate::model::Part::Title => &s.title,
        crate::model::Part::Para(p) => &s.body[p as usize],
    };
    t[m.loc.range()].to_string()
}

/// The briefing of one section (titled "Poutine et Tokayev") and what `index` finds.
fn analyse(
    g: &Gazetteer,
    paragraphs: &[&str],
) -> (Briefing, Vec<Entity>, Vec<crate::model::Mention>) {
    let b = Briefing {
        title: "t".into(),
        date: None,
        source: None,
        language: "fr".into(),
        summary: None,
        sections: vec![Section {
            id: "s".into(),
            title: "Poutine et Tokayev".into(),
            body: paragraphs.iter().map(|p| p.to_string()).collect(),
        }],
        entities: Vec::new(),
        relations: Vec::new(),
    };
    let (entities, mentions) = index(&b, g);
    (b, entities, mentions)
}

fn cand(name: &str, kind: EntityKind, aff: Option<&str>) -> Cand {
    (name.into(), kind, aff.map(Into::into))
}

#[test]
fn titles_with_a_demonym_give_a_person_and_a_country() {
    let (c, _) = candidates(&[
        "Le président russe Vladimir Poutine a parlé.",
        "Russian President Vladimir Putin spoke, said Kremlin spokesman Dmitry Peskov.",
        "Le président syrien Ahmed al-Sharaa arrive.",
    ]);
    assert_eq!(
        c,
        vec![
            cand("Vladimir Poutine", EntityKind::Person, Some("russia")),
            cand("Vladimir Putin", EntityKind::Person, Some("russia")),
            cand("Dmitry Peskov", EntityKind::Person, Some("russia")),
            cand("Ahmed al-Sharaa", EntityKind::Person, Some("syria")),
        ]
    );
}

#[test]
fn a_demonym_without_a_title_gives_no_country() {
    let (c, _) = candidates(&["Une délégation russe a rencontré Jean Dupont hier."]);
    assert_eq!(c, vec![cand("Jean Dupont", EntityKind::Person, None)]);
}

#[test]
fn surnames_link_to_the_full_name_even_before_it_and_in_titles() {
    let (c, texts) = candidates(&[
        "Poutine arrive. Il a vu Tokayev.",
        "Le président russe Vladimir Poutine et son homologue Kassym-Jomart Tokayev.",
    ]);
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(
        texts,
        [
            "Poutine",
            "Tokayev",
            "Poutine",
            "Tokayev",
            "russe",
            "Vladimir Poutine",
            "Kassym-Jomart Tokayev"
        ]
    );
}

#[test]
fn companies_by_suffix_and_by_a_qualified_company_noun() {
    let (c, _) =
        candidates(&["Les entreprises russes du secteur, notamment Rosneft et Lukoil, souffrent."]);
    assert_eq!(
        c,
        vec![
            cand("Rosneft", EntityKind::Organization, Some("russia")),
            cand("Lukoil", EntityKind::Organization, Some("russia")),
        ]
    );
    let (c, _) = candidates_in(
        "en",
        &gazetteer(),
        &["Shares of Acme Holdings and Apple Inc rose; analysts at Goldman Sachs Group agree."],
    );
    assert_eq!(
        c,
        vec![
            cand("Acme Holdings", EntityKind::Organization, None),
            cand("Apple Inc", EntityKind::Organization, None),
            cand("Goldman Sachs Group", EntityKind::Organization, None),
        ]
    );
}

#[test]
fn sentence_initial_common_words_are_never_candidates() {
    let (c, _) = candidates(&[
        "Le texte arrive. Cette rencontre compte. Malgré tout, The end. However, nothing. Selon lui, rien.",
    ]);
    assert_eq!(c, vec![]);
}

#[test]
fn one_unknown_word_mid_sentence_is_other_but_not_at_a_sentence_start() {
    let (c, _) = candidates(&["Ils iront à Choucha demain. Nakhitchevan attend."]);
    assert_eq!(c, vec![cand("Choucha", EntityKind::Other, None)]);
}

#[test]
fn places_events_and_generic_words() {
    let (c, _) = candidates(&[
        "They met near the Black Sea before the Cold War Summit; the Parliament agreed.",
    ]);
    assert_eq!(
        c,
        vec![
            cand("Black Sea", EntityKind::Place, None),
            cand("Cold War Summit", EntityKind::Event, None),
        ]
    );
}

/// Regression: "Grand" of "the Grand Ethiopian Renaissance Dam" became an entity of
/// its own, cut off by the demonym the gazetteer knows.
#[test]
fn a_lone_word_before_a_known_name_is_no_entity() {
    let (c, _) = candidates(&["Engineers finished the Grand Russian Renaissance Dam."]);
    assert_eq!(c, vec![cand("Renaissance Dam", EntityKind::Place, None)]);
}

/// Regression: "Renaissance Dam" (from a Nile article) was taken for a person.
#[test]
fn infrastructure_is_a_place_not_a_person() {
    let (c, _) = candidates(&["Engineers finished the Renaissance Dam and the Druzhba Pipeline."]);
    assert_eq!(
        c,
        vec![
            cand("Renaissance Dam", EntityKind::Place, None),
            cand("Druzhba Pipeline", EntityKind::Place, None),
        ]
    );
}

#[test]
fn sea_features_are_places_not_people() {
    let (c, _) = candidates(&[
        "Boats sailed near Scarborough Shoal and Mischief Reef, then past Spratly Islands.",
    ]);
    assert_eq!(
        c,
        vec![
            cand("Scarborough Shoal", EntityKind::Place, None),
            cand("Mischief Reef", EntityKind::Place, None),
            cand("Spratly Islands", EntityKind::Place, None),
        ]
    );
}

#[test]
fn a_geographic_head_before_a_name_makes_it_a_place() {
    let (c, _) = candidates(&[
        "Les navires passent le détroit d’Ormuz et la région du Donbass, puis la province d'Idleb.",
        "Tankers crossed the Strait of Hormuz near the island of Qeshm.",
    ]);
    assert_eq!(
        c,
        vec![
            cand("Ormuz", EntityKind::Place, None),
            cand("Donbass", EntityKind::Place, None),
            cand("Idleb", EntityKind::Place, None),
            cand("Hormuz", EntityKind::Place, None),
            cand("Qeshm", EntityKind::Place, None),
        ]
    );
    // A head in another clause says nothing: the comma ends it.
    let (c, _) = candidates(&["They reached the island, Qeshm agreed."]);
    assert_eq!(c, vec![cand("Qeshm", EntityKind::Other, None)]);
}

#[test]
fn french_place_heads_start_place_names() {
    let (c, _) = candidates(&["Ils ont vu l’Île de Ré, la Mer Rouge et le Golfe Persique."]);
    assert_eq!(
        c,
        vec![
            cand("Île de Ré", EntityKind::Place, None),
            cand("Mer Rouge", EntityKind::Place, None),
            cand("Golfe Persique", EntityKind::Place, None),
        ]
    );
}

#[test]
fn navy_prefixes_make_ships_other() {
    let (c, _) = candidates(&[
        "The BRP Sierra Madre and the USS Ronald Reagan met HMS Queen Elizabeth.",
        "Le navire INS Vikrant est arrivé.",
    ]);
    assert_eq!(
        c,
        vec![
            cand("BRP Sierra Madre", EntityKind::Other, None),
            cand("USS Ronald Reagan", EntityKind::Other, None),
            cand("HMS Queen Elizabeth", EntityKind::Other, None),
            cand("INS Vikrant", EntityKind::Other, None),
        ]
    );
    // The prefix counts in capitals only, and a name still needs to follow it.
    let (c, _) = candidates(&["The pilot Js Maria Lopez landed; later BRP arrived."]);
    assert_eq!(
        c,
        vec![
            cand("Js Maria Lopez", EntityKind::Person, None),
            cand("BRP", EntityKind::Organization, None),
        ]
    );
}

#[test]
fn two_plain_capitalised_words_are_still_a_person() {
    let (c, _) = candidates(&["Talks with Antony Blinken went well, said Jane Roe."]);
    assert_eq!(
        c,
        vec![
            cand("Antony Blinken", EntityKind::Person, None),
            cand("Jane Roe", EntityKind::Person, None),
        ]
    );
}

/// Every (entity id, mention text) that `index` finds in the paragraphs, with the
/// built-in gazetteer.
fn found(paragraphs: &[&str]) -> Vec<(String, String)> {
    let (b, entities, mentions) = analyse(&Gazetteer::builtin(), paragraphs);
    mentions
        .iter()
        .filter(|m| m.loc.part != crate::model::Part::Title)
        .map(|m| (entities[m.entity as usize].id.clone(), text_of(&b, m)))
        .collect()
}

fn ids_of(found: &[(String, String)]) -> Vec<&str> {
    found.iter().map(|(id, _)| id.as_str()).collect()
}

#[test]
fn a_country_or_city_as_a_first_name_makes_a_person_of_no_country() {
    let (c, _) = candidates_with(
        &Gazetteer::builtin(),
        &[
            "Analysts such as Chad Morrison and Jordan Ellis disagree, said Georgia Hart.",
            "Paris Okafor, a trader, met Sydney Brennan and Kenya Adebayo-Clarke at the port.",
            "« Rien n’est joué », estime France Dubreuil, chercheuse à Lyon.",
        ],
    );
    let people: Vec<&str> = c
        .iter()
        .filter(|(_, kind, aff)| *kind == EntityKind::Person && aff.is_none())
        .map(|(name, _, _)| name.as_str())
        .collect();
    assert_eq!(
        people,
        [
            "Chad Morrison",
            "Jordan Ellis",
            "Georgia Hart",
            "Paris Okafor",
            "Sydney Brennan",
            "Kenya Adebayo-Clarke",
            "France Dubreuil"
        ]
    );
    let f = found(&[
        "Analysts such as Chad Morrison and Jordan Ellis disagree, said Georgia Hart.",
        "« Rien n’est joué », estime France Dubreuil, chercheuse à Lyon.",
    ]);
    for country in ["chad", "jordan", "georgia", "france"] {
        assert!(!ids_of(&f).contains(&country), "{country} in {f:?}");
    }
}

#[test]
fn places_and_bodies_named_after_a_country_keep_it() {
    let f = found(&[
        "Water from the Jordan River and the Chad Basin, under the Paris Agreement.",
        "Researchers at Georgia Tech studied the Niger Delta with Kenya Airways.",
        "Le bassin du Tchad et l’Accord de Paris.",
    ]);
    let ids = ids_of(&f);
    for known in ["jordan", "chad", "paris", "georgia-tech", "niger-delta"] {
        assert!(ids.contains(&known), "{known} missing from {f:?}");
    }
    let (c, _) = candidates_with(
        &Gazetteer::builtin(),
        &["Water from the Jordan River and the Chad Basin, under the Paris Agreement."],
    );
    assert!(
        c.iter().all(|(_, kind, _)| *kind != EntityKind::Person),
        "{c:?}"
    );
}

#[test]
fn an_adjective_before_a_capitalised_word_is_no_first_name() {
    let (c, _) = candidates_with(
        &Gazetteer::builtin(),
        &["The Russian Duma voted and Georgian Dream won; Chinese Yuan bonds fell."],
    );
    assert!(
        c.iter().all(|(_, kind, _)| *kind != EntityKind::Person),
        "{c:?}"
    );
    let f = found(&["The Russian Duma voted and Georgian Dream won."]);
    assert_eq!(ids_of(&f)[..3], ["russia", "state-duma", "georgia"]);
}

#[test]
fn a_first_name_in_a_heading_links_only_to_a_person_of_the_body() {
    let b = Briefing {
        sections: vec![
            Section {
                id: "a".into(),
                title: "Jordan Ellis on the talks".into(),
                body: vec!["The talks stalled, said Jordan Ellis, an analyst.".into()],
            },
            Section {
                id: "b".into(),
                title: "Jordan Rejects the Plan".into(),
                body: vec!["Amman said no.".into()],
            },
        ],
        ..Briefing::new("t", "en", Vec::new())
    };
    let (entities, mentions) = index(&b, &Gazetteer::builtin());
    let at = |m: &crate::model::Mention| {
        let s = &b.sections[m.loc.section as usize];
        let t = match m.loc.part {
            crate::model::Part::Title => &s.title,
            crate::model::Part::Para(p) => &s.body[p as usize],
        };
        (entities[m.entity as usize].id.as_str(), &t[m.loc.range()])
    };
    let got: Vec<(&str, &str)> = mentions.iter().map(at).collect();
    assert_eq!(
        got,
        [
            ("jordan-ellis", "Jordan Ellis"),
            ("jordan-ellis", "Jordan Ellis"),
            ("jordan", "Jordan"),
            ("amman", "Amman"),
        ]
    );
}

#[test]
fn a_known_person_named_in_full_is_then_known_by_the_surname() {
    let f = found(&[
        "Foreign Minister Gideon Saar arrived. Saar told reporters the talks would go on.",
        "Le président du Conseil européen, António Costa, a parlé. Costa a ajouté un mot.",
    ]);
    assert_eq!(
        f,
        [
            ("gideon-saar".to_string(), "Gideon Saar".to_string()),
            ("gideon-saar".into(), "Saar".into()),
            ("european-council".into(), "Conseil européen".into()),
            ("antonio-costa".into(), "António Costa".into()),
            ("antonio-costa".into(), "Costa".into()),
        ]
    );
    // Without the full name, a bare surname stays unknown.
    let f = found(&["Reporters asked Saar about it."]);
    assert!(f.iter().all(|(id, _)| id != "gideon-saar"), "{f:?}");
}

#[test]
fn two_people_sharing_a_surname_get_it_from_the_paragraph() {
    let (b, entities, mentions) = analyse(
        &Gazetteer::builtin(),
        &[
            "Nadia Okonjo teaches in the town. Ibrahim Okonjo, no relation, sells nails.",
            "Okonjo said stock would run out. Ibrahim Okonjo repeated it: Okonjo was tired.",
            "The minister, António Costa, met the lawyer Maître Inès da Costa. Costa spoke.",
        ],
    );
    let got: Vec<(String, String)> = mentions
        .iter()
        .filter(|m| m.loc.part != crate::model::Part::Title)
        .map(|m| (entities[m.entity as usize].name.clone(), text_of(&b, m)))
        .collect();
    let want = [
        ("Nadia Okonjo", "Nadia Okonjo"),
        ("Ibrahim Okonjo", "Ibrahim Okonjo"),
        // A new paragraph, no full name yet: nobody.
        ("Ibrahim Okonjo", "Ibrahim Okonjo"),
        ("Ibrahim Okonjo", "Okonjo"),
        ("António Costa", "António Costa"),
        ("Inès da Costa", "Inès da Costa"),
        ("Inès da Costa", "Costa"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
}

/// Candidates of a text in `language`, with the built-in gazetteer, as (name, kind).
fn named(language: &str, paragraphs: &[&str]) -> Vec<(String, EntityKind)> {
    let (c, _) = candidates_in(language, &Gazetteer::builtin(), paragraphs);
    c.into_iter().map(|(name, kind, _)| (name, kind)).collect()
}

fn orgs_of(found: &[(String, EntityKind)]) -> Vec<&str> {
    found
        .iter()
        .filter(|(_, kind)| *kind == EntityKind::Organization)
        .map(|(name, _)| name.as_str())
        .collect()
}

#[test]
fn english_organisation_names_stay_whole_over_of_for_and() {
    let orgs = named(
        "en",
        &[
            "Analysts at the Northern Institute for Maritime and Energy Studies agree.",
            "A report by the UN Panel of Experts and the Development Bank of Kenya said so.",
            "The Ghanaian Armed Forces and the Royal Norwegian Air Force train together.",
            "Two Swedish Coast Guard cutters sailed; Baltic Crest Shipping of Singapore paid.",
        ],
    );
    assert_eq!(
        orgs_of(&orgs),
        [
            "Northern Institute for Maritime and Energy Studies",
            "UN Panel of Experts",
            "Development Bank of Kenya",
            "Ghanaian Armed Forces",
            "Royal Norwegian Air Force",
            "Swedish Coast Guard",
            "Baltic Crest Shipping",
        ]
    );
    // An organisation named after a country belongs to it; a company's seat does not
    // join its name, and stays a place of its own.
    let (c, _) = candidates_in(
        "en",
        &Gazetteer::builtin(),
        &["The Ghanaian Armed Forces moved; Baltic Crest Shipping of Singapore paid."],
    );
    assert_eq!(
        c[0],
        cand(
            "Ghanaian Armed Forces",
            EntityKind::Organization,
            Some("ghana")
        )
    );
    let f = found(&["Baltic Crest Shipping of Singapore paid the fine."]);
    assert!(ids_of(&f).contains(&"singapore"), "{f:?}");
    // An acronym beside a known place makes a project's or a company's name.
    let orgs = named(
        "en",
        &["Cargoes from the Sakhalin LNG 3 plant reached Osaka."],
    );
    assert_eq!(orgs_of(&orgs), ["Sakhalin LNG 3"]);
}

#[test]
fn french_organisation_names_run_over_adjectives_and_complements() {
    let found = named(
        "fr",
        &[
            "La Commission nationale indépendante des droits humains a publié un rapport.",
            "Selon l’Agence régionale de sécurité des barrages, le Fonds africain pour la résilience climatique paiera.",
            "L’Office malien des produits vivriers et de l’élevage a protesté, tout comme la Cour suprême.",
            "Le ministère de l’Agriculture et de l’Élevage a répondu.",
            "Ils ont pressé la Commission de trancher et la Banque centrale du Kenya de suivre.",
        ],
    );
    assert_eq!(
        orgs_of(&found),
        [
            "Commission nationale indépendante des droits humains",
            "Agence régionale de sécurité des barrages",
            "Fonds africain pour la résilience climatique",
            "Office malien des produits vivriers et de l’élevage",
            "Cour suprême",
            "ministère de l’Agriculture et de l’Élevage",
            "Banque centrale du Kenya",
        ]
    );
    // A minister's portfolio is no organisation.
    let found = named(
        "fr",
        &["Le ministre sénégalais de l’Énergie et des Mines a parlé à Jean Sarr."],
    );
    assert!(orgs_of(&found).is_empty(), "{found:?}");
}

#[test]
fn an_acronym_in_brackets_binds_to_the_long_form() {
    let (b, entities, mentions) = analyse(
        &Gazetteer::builtin(),
        &[
            "L’Agence régionale de sécurité des barrages (ARSB) a alerté Niamey. Pour l’ARSB, le risque monte.",
            "The Democratic Renewal Platform (DRP) won; DRP leaders met. The Arms Trade Treaty (ATT) binds them.",
        ],
    );
    let got: Vec<(String, EntityKind, String)> = mentions
        .iter()
        .filter(|m| m.loc.part != crate::model::Part::Title)
        .map(|m| {
            let e = &entities[m.entity as usize];
            (e.name.clone(), e.kind, text_of(&b, m))
        })
        .filter(|(_, kind, _)| *kind != EntityKind::Place)
        .collect();
    let org =
        |name: &str, text: &str| (name.to_string(), EntityKind::Organization, text.to_string());
    let arsb = "Agence régionale de sécurité des barrages";
    assert_eq!(
        got,
        [
            org(arsb, arsb),
            org(arsb, "ARSB"),
            org(arsb, "ARSB"),
            // No organisation word: the acronym's initials make one.
            org("Democratic Renewal Platform", "Democratic Renewal Platform"),
            org("Democratic Renewal Platform", "DRP"),
            org("Democratic Renewal Platform", "DRP"),
            // A treaty whose acronym spells it is an event.
            (
                "Arms Trade Treaty".into(),
                EntityKind::Event,
                "Arms Trade Treaty".into()
            ),
            ("Arms Trade Treaty".into(), EntityKind::Event, "ATT".into()),
        ]
    );
    let arsb_entity = entities.iter().find(|e| e.name == arsb);
    assert_eq!(
        arsb_entity.map(|e| e.aliases.clone()),
        Some(vec!["ARSB".to_string()])
    );
}

#[test]
fn company_cues_make_an_unknown_name_a_company() {
    let orgs = named(
        "en",
        &[
            "Freight rates, tracked by the data firm Shipzen, rose; the carrier Blue Anchor agreed.",
            "Halvorsen, the Oslo-based drugmaker, and Tamarind Foods, Kenya's largest exporter, gained.",
            "The bloc's naval mission, Trident, sails.",
        ],
    );
    // Names of several words come first.
    assert_eq!(
        orgs_of(&orgs),
        [
            "Blue Anchor",
            "Tamarind Foods",
            "Shipzen",
            "Halvorsen",
            "Trident"
        ]
    );
    let orgs = named(
        "fr",
        &[
            "Le groupe sud-africain Kaleo Mining investit, et l’armateur Vauban s’y associe.",
            "Sorelia, l’énergéticien portugais, a signé avec le parti centriste Avanti.",
        ],
    );
    assert_eq!(
        orgs_of(&orgs),
        ["Kaleo Mining", "Vauban", "Sorelia", "Avanti"]
    );
    // A preposition between the cue and the name breaks it.
    let orgs = named("fr", &["Le bloc pétrolier de Tamaran produit peu."]);
    assert!(orgs_of(&orgs).is_empty(), "{orgs:?}");
}

#[test]
fn places_after_in_and_datelines_are_not_people() {
    let found = named(
        "en",
        &[
            "TAMBARA, 3 March — heavy rains flooded farms in Tana Delta and near Garsen Town.",
            "Gas fields in Loma Verde are growing, said Ana Ruiz.",
        ],
    );
    assert_eq!(
        found,
        [
            ("Tana Delta".to_string(), EntityKind::Place),
            ("Garsen Town".into(), EntityKind::Place),
            ("Loma Verde".into(), EntityKind::Place),
            ("Ana Ruiz".into(), EntityKind::Person),
            // One word: candidates of several words come first.
            ("TAMBARA".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_name_suffix_keeps_its_full_stop_and_ends_the_name_before_a_new_sentence() {
    let found = named(
        "en",
        &["They met President Ramon T. Aquino Jr. The talks lasted an hour, said Sen. Ana Ruiz."],
    );
    assert_eq!(
        found,
        [
            ("Ramon T. Aquino Jr.".to_string(), EntityKind::Person),
            ("Ana Ruiz".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_possessive_after_a_name_of_two_words_ends_it() {
    let (c, _) = candidates(&[
        "The Energy Ministry’s Nuclear Safety Directorate met on Friday.",
        "The Treasury Department's Export Control Directorate spoke.",
        "The People's Liberation Army Navy sailed.",
    ]);
    let names: Vec<&str> = c.iter().map(|x| x.0.as_str()).collect();
    for want in [
        "Energy Ministry",
        "Nuclear Safety Directorate",
        "Treasury Department",
        "Export Control Directorate",
        "People's Liberation Army Navy",
    ] {
        assert!(names.contains(&want), "{want} in {names:?}");
    }
}

#[test]
fn a_list_is_no_actor() {
    let (c, _) = candidates(&["Washington put the firm on its Unverified List in May."]);
    assert!(
        c.iter()
            .all(|x| !x.0.contains("List") || x.1 == EntityKind::Event),
        "{c:?}"
    );
}
