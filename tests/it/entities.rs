//! Integration tests: entity recognition on whole articles, asserted against the
//! expected mention lists in tests/fixtures/articles/*.expected.yaml, and
//! `brief export`.

use std::path::{Path, PathBuf};

use brief::entities::{Gazetteer, index, rollup_all};
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

/// A plain-text article as sections: the first line is the lead; then each heading
/// line (no final full stop) opens a section whose paragraphs follow.
fn article(text: &str) -> Briefing {
    let mut sections: Vec<Section> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let heading = !line.ends_with(['.', '!', '?', '”', '"', '»']) && line.chars().count() < 100;
        if sections.is_empty() && !heading {
            sections.push(Section {
                id: "introduction".into(),
                title: "Introduction".into(),
                body: vec![line.into()],
            });
        } else if heading {
            sections.push(Section {
                id: String::new(),
                title: line.into(),
                body: Vec::new(),
            });
        } else if let Some(s) = sections.last_mut() {
            s.body.push(line.into());
        }
    }
    Briefing {
        title: "test".into(),
        date: None,
        source: None,
        language: "en".into(),
        summary: None,
        sections,
        entities: Vec::new(),
        relations: Vec::new(),
    }
}

#[derive(Debug, Deserialize)]
struct Expected {
    sections: Vec<ExpectedSection>,
    #[serde(default)]
    people: Vec<ExpectedPerson>,
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

#[test]
fn seed_article_as_plain_text_finds_the_same_countries() {
    let briefing = article(&read(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles/seed.fr.txt"),
    ));
    let (entities, mentions) = index(&briefing, &Gazetteer::builtin());
    let exp = expected("seed.expected.yaml");
    let titles: Vec<String> = exp.sections.iter().map(|s| s.title.clone()).collect();
    // Candidates get ids from their names as written (vladimir-poutine); compare
    // the text and the country they count for.
    let strip = |rows: Vec<Vec<Row>>| -> Vec<Vec<Row>> {
        rows.into_iter()
            .map(|r| {
                r.into_iter()
                    .map(|(t, _, c, title)| (t, String::new(), c, title))
                    .collect()
            })
            .collect()
    };
    assert_rows(
        &strip(country_rows(&briefing, &entities, &mentions)),
        &strip(expected_rows(&exp)),
        &titles,
    );
    let person = |name: &str| {
        entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| (e.kind, e.affiliation.clone()))
    };
    use brief::model::EntityKind::{Organization, Person};
    assert_eq!(
        person("Vladimir Poutine"),
        Some((Person, Some("russia".into())))
    );
    assert_eq!(
        person("Kassym-Jomart Tokayev"),
        Some((Person, Some("kazakhstan".into())))
    );
    assert_eq!(
        person("Ahmed al-Sharaa"),
        Some((Person, Some("syria".into())))
    );
    assert_eq!(
        person("Dmitry Peskov"),
        Some((Person, Some("russia".into())))
    );
    assert_eq!(
        person("Rosneft"),
        Some((Organization, Some("russia".into())))
    );
    for common in ["Le", "Cette", "Selon", "Malgré", "Les", "Si", "En", "Ce"] {
        assert_eq!(person(common), None, "{common} is no entity");
    }
}

#[test]
fn sahel_article_finds_its_countries_and_people() {
    let briefing = article(&read(&fixture("sahel.en.txt")));
    let (entities, mentions) = index(&briefing, &Gazetteer::builtin());
    let exp = expected("sahel.expected.yaml");
    let titles: Vec<String> = exp.sections.iter().map(|s| s.title.clone()).collect();
    // People here are candidates; the expected list counts known entities only.
    let known: Vec<Mention> = mentions
        .iter()
        .filter(|m| entities[m.entity as usize].kind != brief::model::EntityKind::Person)
        .copied()
        .collect();
    assert_rows(
        &country_rows(&briefing, &entities, &known),
        &expected_rows(&exp),
        &titles,
    );
    for p in &exp.people {
        let e = entities.iter().find(|e| e.name == p.text);
        assert_eq!(
            e.map(|e| e.kind),
            Some(brief::model::EntityKind::Person),
            "{}",
            p.text
        );
    }
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
            let mut b = article("");
            b.sections.push(Section { id: "s".into(), title, body: vec![para, para2] });
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
