//! Integration tests: entity recognition on whole articles, asserted against the
//! expected mention lists in tests/fixtures/articles/*.expected.yaml, and
//! `brief export`.

use std::path::{Path, PathBuf};

use brief::entities::{Gazetteer, index, rollup_all};
use brief::model::EntityKind::{self, Organization, Person};
use brief::model::{Briefing, Entity, Mention, Part, Section};
use serde::Deserialize;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/articles")
        .join(name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A briefing of one section, for property tests.
fn one_section(title: String, body: Vec<String>) -> Briefing {
    let section = Section {
        id: "s".into(),
        title,
        body,
    };
    Briefing::new("test", "en", vec![section])
}

#[derive(Debug, Deserialize)]
struct Expected {
    sections: Vec<ExpectedSection>,
    #[serde(default)]
    people: Vec<ExpectedPerson>,
    #[serde(default)]
    others: Vec<ExpectedOther>,
}

#[derive(Debug, Deserialize)]
struct ExpectedOther {
    section: String,
    text: String,
    entity: String,
}

#[derive(Debug, Deserialize)]
struct ExpectedSection {
    title: String,
    mentions: Vec<ExpectedMention>,
}

#[derive(Debug, Deserialize)]
struct ExpectedMention {
    text: String,
    entity: String,
    country: String,
    #[serde(default)]
    part: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ExpectedPerson {
    text: String,
}

fn expected(name: &str) -> Expected {
    serde_yaml::from_str(&read(&fixture(name))).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// One mention as the expected lists write it: text, entity id, country id, in the
/// title or not.
type Row = (String, String, String, bool);

fn text_of<'a>(b: &'a Briefing, m: &Mention) -> &'a str {
    let s = &b.sections[m.loc.section as usize];
    let t = match m.loc.part {
        Part::Title => &s.title,
        Part::Para(p) => &s.body[p as usize],
    };
    &t[m.loc.range()]
}

/// Per section, every mention that rolls up to a country, in text order.
fn country_rows(b: &Briefing, entities: &[Entity], mentions: &[Mention]) -> Vec<Vec<Row>> {
    let up = rollup_all(entities);
    let mut out = vec![Vec::new(); b.sections.len()];
    for m in mentions {
        if let Some(c) = up[m.entity as usize] {
            out[m.loc.section as usize].push((
                text_of(b, m).to_string(),
                entities[m.entity as usize].id.clone(),
                entities[c].id.clone(),
                m.loc.part == Part::Title,
            ));
        }
    }
    out
}

fn expected_rows(e: &Expected) -> Vec<Vec<Row>> {
    e.sections
        .iter()
        .map(|s| {
            s.mentions
                .iter()
                .map(|m| {
                    (
                        m.text.clone(),
                        m.entity.clone(),
                        m.country.clone(),
                        m.part.as_deref() == Some("title"),
                    )
                })
                .collect()
        })
        .collect()
}

fn assert_rows(actual: &[Vec<Row>], expected: &[Vec<Row>], titles: &[String]) {
    assert_eq!(actual.len(), expected.len(), "section count");
    for ((a, e), title) in actual.iter().zip(expected).zip(titles) {
        assert_eq!(a, e, "section {title:?}");
    }
}

#[test]
fn seed_briefing_counts_every_form_of_the_five_countries() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings/russie-kazakhstan.fr.yaml");
    let briefing: Briefing = serde_yaml::from_str(&read(&path)).expect("the curated seed parses");
    let (entities, mentions) = index(&briefing, &Gazetteer::builtin());
    let exp = expected("seed.expected.yaml");
    let titles: Vec<String> = exp.sections.iter().map(|s| s.title.clone()).collect();
    assert_rows(
        &country_rows(&briefing, &entities, &mentions),
        &expected_rows(&exp),
        &titles,
    );
}

/// A fixture article loaded the way `brief` loads it.
fn load(name: &str) -> Briefing {
    let path = fixture(name);
    match brief::load::load_path(&path) {
        Ok(loaded) => loaded.briefing,
        Err(problems) => panic!("{name}: {problems:?}"),
    }
}

fn seed_article() -> Briefing {
    load("seed.fr.txt")
}

fn without_ids(rows: Vec<Vec<Row>>) -> Vec<Vec<Row>> {
    rows.into_iter()
        .map(|r| {
            r.into_iter()
                .map(|(t, _, c, title)| (t, String::new(), c, title))
                .collect()
        })
        .collect()
}

#[test]
fn seed_article_as_plain_text_finds_the_same_mentions() {
    let briefing = seed_article();
    let (entities, mentions) = index(&briefing, &Gazetteer::builtin());
    let exp = expected("seed.expected.yaml");
    let titles: Vec<String> = exp.sections.iter().map(|s| s.title.clone()).collect();
    assert_rows(
        &country_rows(&briefing, &entities, &mentions),
        &expected_rows(&exp),
        &titles,
    );
}

/// The same article with a gazetteer that knows no people and no companies: the
/// candidate rules must find them, with the country their title names.
#[test]
fn seed_people_and_companies_become_candidates() {
    let briefing = seed_article();
    let mut gazetteer = Gazetteer::builtin();
    gazetteer.entities.retain(|e| {
        e.kind != EntityKind::Person && !["rosneft", "lukoil"].contains(&e.id.as_str())
    });
    let gazetteer = Gazetteer::new(gazetteer.entities);
    let (entities, mentions) = index(&briefing, &gazetteer);
    let exp = expected("seed.expected.yaml");
    let titles: Vec<String> = exp.sections.iter().map(|s| s.title.clone()).collect();
    // Candidates get ids from their names as written (vladimir-poutine): compare the
    // text and the country each mention counts for.
    assert_rows(
        &without_ids(country_rows(&briefing, &entities, &mentions)),
        &without_ids(expected_rows(&exp)),
        &titles,
    );
    let find = |name: &str| {
        entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| (e.kind, e.affiliation.as_deref(), e.aliases.clone()))
    };
    let alias = |a: &str| vec![a.to_string()];
    assert_eq!(
        find("Vladimir Poutine"),
        Some((Person, Some("russia"), alias("Poutine")))
    );
    assert_eq!(
        find("Kassym-Jomart Tokayev"),
        Some((Person, Some("kazakhstan"), alias("Tokayev")))
    );
    assert_eq!(
        find("Ahmed al-Sharaa"),
        Some((Person, Some("syria"), alias("al-Sharaa")))
    );
    assert_eq!(
        find("Dmitry Peskov"),
        Some((Person, Some("russia"), alias("Peskov")))
    );
    assert_eq!(
        find("Rosneft"),
        Some((Organization, Some("russia"), vec![]))
    );
    assert_eq!(find("Lukoil"), Some((Organization, Some("russia"), vec![])));
    for common in [
        "Le",
        "Cette",
        "Selon",
        "Malgré",
        "Les",
        "Si",
        "En",
        "Ce",
        "Kassym-Jomart",
        "Poutine",
    ] {
        assert_eq!(find(common), None, "{common} is no entity of its own");
    }
}

/// Load `<name>.<lang>.txt`, index it with the built-in gazetteer and assert every
/// mention that counts for a country against `<name>.expected.yaml`, exactly; then
/// check the unknown people it lists became person candidates.
fn assert_article(text: &str, expectations: &str) {
    let briefing = load(text);
    let (entities, mentions) = index(&briefing, &Gazetteer::builtin());
    let exp = expected(expectations);
    let titles: Vec<String> = exp.sections.iter().map(|s| s.title.clone()).collect();
    assert_rows(
        &country_rows(&briefing, &entities, &mentions),
        &expected_rows(&exp),
        &titles,
    );
    for p in &exp.people {
        let e = entities.iter().find(|e| e.name == p.text);
        assert_eq!(
            e.map(|e| e.kind),
            Some(Person),
            "{} is a person candidate",
            p.text
        );
    }
    assert_others(&briefing, &entities, &mentions, &exp);
}

/// Entities that count for no country (forums, regions, organisations) are found too.
fn assert_others(b: &Briefing, entities: &[Entity], mentions: &[Mention], exp: &Expected) {
    for o in &exp.others {
        let section = b
            .section_index(&o.section)
            .unwrap_or_else(|| panic!("section {}", o.section));
        let found = mentions
            .iter()
            .filter(|m| m.loc.section as usize == section && text_of(b, m) == o.text)
            .map(|m| entities[m.entity as usize].id.as_str())
            .collect::<Vec<_>>();
        assert!(found.contains(&o.entity.as_str()), "{o:?}: found {found:?}");
    }
}

#[test]
fn sahel_article_finds_its_countries_and_people() {
    assert_article("sahel.en.txt", "sahel.expected.yaml");
}

#[test]
fn caucase_article_finds_its_countries_and_people() {
    assert_article("caucase.fr.txt", "caucase.expected.yaml");
}

/// An article on a region nobody tuned the gazetteer for (South China Sea), written
/// during QA: every country-level mention, exactly.
#[test]
fn pacific_article_finds_its_countries_exactly() {
    assert_article("pacific.en.txt", "pacific.expected.yaml");
}

/// The same article, as the set of countries an analyst would list: no more, no fewer.
#[test]
fn pacific_article_names_exactly_its_eight_countries() {
    let briefing = load("pacific.en.txt");
    let (entities, mentions) = index(&briefing, &Gazetteer::builtin());
    let up = rollup_all(&entities);
    let mut countries: Vec<&str> = mentions
        .iter()
        .filter_map(|m| up[m.entity as usize])
        .map(|c| entities[c].id.as_str())
        .collect();
    countries.sort_unstable();
    countries.dedup();
    assert_eq!(
        countries,
        [
            "australia",
            "china",
            "japan",
            "malaysia",
            "philippines",
            "south-korea",
            "united-states",
            "vietnam"
        ]
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("Russie".to_string()),
            Just("russo-syriennes".to_string()),
            Just("l’Ouzbékistan".to_string()),
            Just("E\u{301}tats-Unis\u{301}".to_string()),
            Just("US us U.S.".to_string()),
            Just("Le président russe Vladimir Poutine".to_string()),
            Just("Œ\u{301}\u{302}".to_string()),
            Just("🇷🇺👩‍👩‍👧".to_string()),
            Just("بوتين في موسكو".to_string()),
            Just("\u{200F}\u{202E}Moscou\u{202C}".to_string()),
            Just("İSTANBUL ǅ ß ﬁ".to_string()),
            Just(". ".to_string()),
            Just(" ".to_string()),
            "\\PC{0,12}",
            any::<String>(),
        ]
    }

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(piece(), 0..12).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn mention_ranges_are_sound(title in text(), para in text(), para2 in text()) {
            let b = one_section(title, vec![para, para2]);
            let (entities, mentions) = index(&b, &Gazetteer::builtin());
            let mut prev: Option<brief::model::Loc> = None;
            for m in &mentions {
                prop_assert!((m.entity as usize) < entities.len());
                let s = &b.sections[m.loc.section as usize];
                let t = match m.loc.part {
                    Part::Title => &s.title,
                    Part::Para(p) => &s.body[p as usize],
                };
                let r = m.loc.range();
                prop_assert!(r.start < r.end && r.end <= t.len(), "{r:?} in {} bytes", t.len());
                prop_assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
                if let Some(p) = prev {
                    prop_assert!(p < m.loc, "sorted");
                    if (p.section, p.part) == (m.loc.section, m.loc.part) {
                        prop_assert!(p.end <= m.loc.start, "no overlap: {p:?} {:?}", m.loc);
                    }
                }
                prev = Some(m.loc);
            }
        }
    }
}

mod export {
    use super::*;
    use brief::export::{Export, to_json, to_markdown};

    fn seed() -> Briefing {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings/russie-kazakhstan.fr.yaml");
        serde_yaml::from_str(&read(&path)).expect("the curated seed parses")
    }

    #[test]
    fn json_round_trips_and_counts_mentions() {
        let b = seed();
        let analysis = brief::analysis::analyse(&b, &Gazetteer::builtin());
        let json = to_json(&b, &analysis);
        let back: Export = serde_json::from_str(&json).expect("the export reads back");
        assert_eq!(
            serde_json::to_string_pretty(&back).expect("serialises") + "\n",
            json
        );
        assert_eq!(back.title, b.title);
        assert_eq!(back.language, "fr");
        let ids: Vec<&str> = back.entities.iter().map(|e| e.id.as_ref()).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        assert_eq!(ids, sorted, "entities sorted by id");
        let russia = back
            .entities
            .iter()
            .find(|e| e.id == "russia")
            .expect("russia");
        assert_eq!(russia.iso.as_deref(), Some("RU"));
        // Russie ×3, russe ×2, russes ×2, russo- ×2 (title and body).
        assert_eq!(russia.mentions.total, 9);
        assert_eq!(russia.mentions.at.len(), 9);
        let title_mention = russia
            .mentions
            .at
            .iter()
            .find(|a| a.paragraph.is_none())
            .expect("title");
        assert_eq!(title_mention.section, "maintien-du-dialogue-russo-syrien");
        let intro = &back.sections[0];
        assert_eq!(intro.id, "introduction");
        assert_eq!(intro.mentions.get("moscow"), Some(&2));
        assert_eq!(intro.mentions.get("syria"), None);
        let sections: u32 = back
            .sections
            .iter()
            .map(|s| s.mentions.get("russia").copied().unwrap_or(0))
            .sum();
        assert_eq!(sections, russia.mentions.total);
        let putin = back
            .entities
            .iter()
            .find(|e| e.id == "vladimir-putin")
            .expect("putin");
        assert_eq!(putin.iso, None);
        assert_eq!(putin.affiliation.as_deref(), Some("russia"));
        assert!(
            !back.relations.is_empty(),
            "the curated seed declares relations"
        );
        let keys: Vec<(&str, &str, brief::model::RelationKind)> = back
            .relations
            .iter()
            .map(|r| (r.from.as_ref(), r.to.as_ref(), r.kind))
            .collect();
        let mut sorted_keys = keys.clone();
        sorted_keys.sort();
        assert_eq!(keys, sorted_keys, "relations sorted by from, to, kind");
        for r in &back.relations {
            assert!(r.weight >= 1 && !r.evidence.is_empty(), "{r:?}");
            for ev in &r.evidence {
                let section = b
                    .section_index(&ev.section)
                    .expect("evidence section exists");
                // Evidence without a sentence cites the heading (issue 12 item 8).
                let text = back.sentences[ev.reference].text.as_ref();
                let s = &b.sections[section];
                assert!(
                    s.title == text || s.body.iter().any(|p| p.contains(text)),
                    "{ev:?}"
                );
            }
        }
    }

    #[test]
    fn markdown_digest_has_metadata_and_tables() {
        let b = seed();
        let analysis = brief::analysis::analyse(&b, &Gazetteer::builtin());
        let md = to_markdown(&b, &analysis);
        assert!(md.starts_with(&format!("# {}\n", b.title)), "{md}");
        assert!(md.contains("- Language: fr\n"), "{md}");
        assert!(md.contains("- Date: 2025-11-12\n"), "{md}");
        assert!(md.contains("| Introduction | "), "{md}");
        assert!(
            md.contains("| Entity | Kind | Counts for | Mentions |"),
            "{md}"
        );
        assert!(
            md.contains("| Vladimir Poutine | person | Russie | 3 |"),
            "{md}"
        );
        assert!(md.contains("## Relations"), "{md}");
    }
}

mod cli {
    use super::*;
    use assert_cmd::Command;
    use predicates::prelude::*;

    /// `brief` with a config directory of its own, so no test reads the real one.
    fn brief(config: &Path) -> Command {
        let mut cmd = Command::cargo_bin("brief").expect("the brief binary");
        cmd.env("XDG_CONFIG_HOME", config).env("HOME", config);
        cmd
    }

    #[test]
    fn export_json_of_an_article() {
        let config = tempfile::tempdir().expect("temp dir");
        let out = brief(config.path())
            .args(["export", "--format", "json"])
            .arg(fixture("sahel.en.txt"))
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let ex: brief::export::Export = serde_json::from_slice(&out).expect("JSON export");
        let mali = ex.entities.iter().find(|e| e.id == "mali").expect("mali");
        assert_eq!(mali.mentions.total, 5);
        assert_eq!(ex.sections.len(), 6);
    }

    #[test]
    fn export_markdown_and_dot() {
        let config = tempfile::tempdir().expect("temp dir");
        brief(config.path())
            .args(["export", "--format", "markdown"])
            .arg(fixture("seed.fr.txt"))
            .assert()
            .success()
            .stdout(predicate::str::contains(
                "| Entity | Kind | Counts for | Mentions |",
            ));
        brief(config.path())
            .args(["export", "--format", "dot"])
            .arg(fixture("seed.fr.txt"))
            .assert()
            .success()
            .stdout(predicate::str::contains("digraph"));
    }

    #[test]
    fn export_of_a_missing_file_exits_1_with_a_located_message() {
        let config = tempfile::tempdir().expect("temp dir");
        brief(config.path())
            .args(["export", "/nonexistent/briefing.yaml"])
            .assert()
            .code(1)
            .stderr(predicate::str::starts_with("/nonexistent/briefing.yaml: "));
    }

    #[test]
    fn entities_files_extend_recognition_and_bad_ones_are_located() {
        let config = tempfile::tempdir().expect("temp dir");
        let extra = config.path().join("extra.yaml");
        std::fs::write(
            &extra,
            "entities:\n  - {id: agenda, name: Agenda, kind: other, aliases: [agenda]}\n",
        )
        .expect("write");
        let out = brief(config.path())
            .args(["export", "--entities"])
            .arg(&extra)
            .arg(fixture("sahel.en.txt"))
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let ex: brief::export::Export = serde_json::from_slice(&out).expect("JSON export");
        assert!(
            ex.entities
                .iter()
                .any(|e| e.id == "agenda" && e.mentions.total == 1)
        );

        std::fs::write(
            &extra,
            "entities:\n  - {id: x, name: Ex, kind: other, aliases: [Q]}\n  - {id: y, name: Why, kind: other, affiliation: nowhere}\n",
        )
        .expect("write");
        let shown = extra.display().to_string();
        brief(config.path())
            .args(["export", "--entities"])
            .arg(&extra)
            .arg(fixture("sahel.en.txt"))
            .assert()
            .code(1)
            .stderr(predicate::str::contains(format!(
                "{shown}:2:46: alias `Q` of `x` is one letter"
            )))
            .stderr(predicate::str::contains(format!("{shown}:3:")))
            .stderr(predicate::str::contains(
                "affiliation `nowhere` of `y` is not an entity",
            ));
    }

    #[test]
    fn the_user_config_file_is_read() {
        let config = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(config.path().join("brief")).expect("mkdir");
        std::fs::write(
            config.path().join("brief/entities.yaml"),
            "entities:\n  - {id: agenda, name: Agenda, kind: other, aliases: [agenda]}\n",
        )
        .expect("write");
        brief(config.path())
            .args(["export"])
            .arg(fixture("sahel.en.txt"))
            .assert()
            .success()
            .stdout(predicate::str::contains("\"id\": \"agenda\""));
    }
}

/// `brief import` declares what analysis found: recognised entities with the aliases
/// the text used, and candidates; indexing the curated briefing finds the same.
#[test]
fn curated_entities_reproduce_the_mentions() {
    let mut briefing = seed_article();
    let mut gazetteer = Gazetteer::builtin();
    gazetteer.entities.retain(|e| e.kind != Person);
    let gazetteer = Gazetteer::new(gazetteer.entities);
    let analysis = brief::analysis::analyse(&briefing, &gazetteer);
    let curated = brief::entities::curate(&briefing, &analysis);
    let putin = curated
        .iter()
        .find(|e| e.name == "Vladimir Poutine")
        .expect("candidate");
    assert_eq!(
        (putin.kind, putin.aliases.clone()),
        (Person, vec!["Poutine".to_string()])
    );
    let russia = curated.iter().find(|e| e.id == "russia").expect("russia");
    // Named as the French text names it; the other forms it uses are aliases.
    assert_eq!(russia.name, "Russie");
    assert_eq!(russia.aliases, ["russe", "russes", "russo-"]);
    let before = country_rows(&briefing, &analysis.entities, &analysis.mentions);
    briefing.entities = curated;
    let (entities, mentions) = index(&briefing, &Gazetteer::new(Vec::new()));
    assert_eq!(country_rows(&briefing, &entities, &mentions), before);
}

/// Regression: with the built-in gazetteer, the French seed named Kassym-Jomart
/// Tokayev "Tokayev" (its most used form); a person takes the fullest form the text
/// gives, and keeps the gazetteer's name as an alias.
#[test]
fn people_are_named_by_their_fullest_form_in_a_french_text() {
    let briefing = seed_article();
    let analysis = brief::analysis::analyse(&briefing, &Gazetteer::builtin());
    let name = |id: &str| {
        let e = analysis.entities.iter().find(|e| e.id == id).expect(id);
        (e.name.clone(), e.aliases.clone())
    };
    let (tokayev, aliases) = name("kassym-jomart-tokayev");
    assert_eq!(tokayev, "Kassym-Jomart Tokayev");
    assert!(aliases.contains(&"Tokayev".to_string()), "{aliases:?}");
    assert_eq!(name("vladimir-putin").0, "Vladimir Poutine");
    assert_eq!(name("russia").0, "Russie");
}

/// A Markdown article gets candidates like a plain-text one, through its emphasis
/// and links, and surnames link across sections.
#[test]
fn markdown_article_candidates_and_mentions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.md");
    std::fs::write(
        &path,
        "# Sommet\n\nLe président russe *Vladimir Poutine* a reçu le ministre **Jean Dupont** à Moscou.\n\n\
         ## Suite\n\nPoutine et Dupont ont parlé de la [Syrie](https://example.org).\n",
    )
    .expect("write");
    let briefing = brief::load::load_path(&path).expect("loads").briefing;
    let (entities, mentions) = index(&briefing, &Gazetteer::builtin());
    let total = |id: &str| {
        let i = entities
            .iter()
            .position(|e| e.id == id)
            .unwrap_or_else(|| panic!("{id}"));
        mentions.iter().filter(|m| m.entity as usize == i).count()
    };
    assert_eq!(total("jean-dupont"), 2);
    assert_eq!(total("vladimir-putin"), 2);
    assert_eq!(total("syria"), 1);
    let dupont = entities
        .iter()
        .find(|e| e.id == "jean-dupont")
        .expect("candidate");
    assert_eq!((dupont.kind, dupont.affiliation.as_deref()), (Person, None));
}

/// The name of entity `id` once `name` has analysed it, and whether the gazetteer's
/// English name is still an alias.
fn name_of(name: &str, id: &str) -> (String, Vec<String>) {
    let briefing = load(name);
    let (entities, _) = index(&briefing, &Gazetteer::builtin());
    let e = entities
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("{name}: no entity {id}"));
    (e.name.clone(), e.aliases.clone())
}

/// A French article names gazetteer entities as the text does, so every consumer
/// (reader, graph, export) reads French; the English name stays an alias.
#[test]
fn french_articles_name_entities_in_french() {
    let (russia, aliases) = name_of("seed.fr.txt", "russia");
    assert_eq!(russia, "Russie");
    assert!(aliases.iter().any(|a| a == "Russia"), "{aliases:?}");
    assert!(!aliases.iter().any(|a| a == "Russie"), "{aliases:?}");
    assert_eq!(name_of("seed.fr.txt", "united-states").0, "États-Unis");
    assert_eq!(name_of("caucase.fr.txt", "armenia").0, "Arménie");
}

/// An English article keeps the gazetteer's English names.
#[test]
fn english_articles_keep_english_names() {
    assert_eq!(name_of("pacific.en.txt", "philippines").0, "Philippines");
    assert_eq!(
        name_of("pacific.en.txt", "united-states").0,
        "United States"
    );
    assert_eq!(name_of("sahel.en.txt", "mali").0, "Mali");
}

/// QA found reefs and a ship of the pacific article proposed as people: sea features
/// are places, a navy-prefixed name is `other`, and real people stay people.
#[test]
fn pacific_candidates_have_the_right_kinds() {
    let briefing = load("pacific.en.txt");
    let (entities, _) = index(&briefing, &Gazetteer::builtin());
    let kind = |name: &str| {
        entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.kind)
            .unwrap_or_else(|| panic!("no candidate {name}"))
    };
    assert_eq!(kind("BRP Sierra Madre"), EntityKind::Other);
    assert_eq!(kind("Scarborough Shoal"), EntityKind::Place);
    assert_eq!(kind("Thomas Shoal"), EntityKind::Place);
    assert_eq!(kind("Antony Blinken"), Person);
}
