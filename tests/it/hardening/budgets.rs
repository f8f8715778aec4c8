//! Item 3 (alias amplification by bytes) and item 4 (quadratic work): each budget has
//! a located refusal, and each former quadratic case a bound on its operation count,
//! which a return to quadratic behaviour breaks whatever the machine's speed.

use std::path::Path;

use brief::load::{self, spans};

fn yaml(text: &str) -> Result<load::Loaded, Vec<load::Problem>> {
    load::load_bytes(Path::new("b.yaml"), text.as_bytes())
}

/// The file: one 1 MB string aliased 3,000 times, 1.16 MB on disk, which made
/// `check` take 14 s and 3 GB and then say "all valid".
#[test]
fn item3_aliases_are_budgeted_by_bytes() {
    let big = "x".repeat(1_000_000);
    let aliases = vec!["*t"; 3_000].join(", ");
    let text = format!(
        "title: T\nlanguage: fr\nsections:\n  - id: a\n    title: &t \"{big}\"\n    body: [{aliases}]\n"
    );
    let problems = yaml(&text).expect_err("refused");
    let p = &problems[0];
    assert!(p.message.contains("bytes of text"), "{}", p.message);
    assert!(p.message.contains("alias bomb"), "{}", p.message);
    let (line, col) = p.at.expect("located");
    assert_eq!(line, 6);
    // The 17th alias is the first past 16 MiB: 16 aliases of 1 MB fit.
    assert_eq!(col, 12 + 16 * 4, "{}", p.message);
}

#[test]
fn item3_budgets_of_sections_entities_and_evidence_are_located() {
    let n = spans::MAX_SECTIONS as usize + 1;
    let sections: String = (0..n)
        .map(|i| format!("  - {{id: s{i}, title: S, body: [x]}}\n"))
        .collect();
    let problems =
        yaml(&format!("title: T\nlanguage: fr\nsections:\n{sections}")).expect_err("refused");
    assert_eq!(problems[0].at, Some((3 + n, 5)), "{}", problems[0].message);
    assert!(problems[0].message.contains("more than 50000 sections"));

    let n = spans::MAX_EVIDENCE as usize + 1;
    let evidence = vec!["{section: a}"; n].join(", ");
    let text = format!(
        "title: T\nlanguage: fr\nsections: [{{id: a, title: A, body: [x]}}]\nentities:\n  - {{id: x, name: X, kind: country}}\n  - {{id: y, name: Y, kind: country}}\nrelations:\n  - {{from: x, to: y, kind: cooperation, label: l, evidence: [{evidence}]}}\n"
    );
    let problems = yaml(&text).expect_err("refused");
    assert!(
        problems[0].message.contains("pieces of evidence"),
        "{}",
        problems[0].message
    );
    assert_eq!(problems[0].at.map(|a| a.0), Some(8));
}

/// 20,000 repeats of one heading, 260 KB: section ids took 200 million look-ups (29 s).
/// Now every suffix is tried once: look-ups stay within twice the sections.
#[test]
fn item4_repeated_headings_are_linear_in_look_ups() {
    let mut ids = brief::text::Ids::default();
    for _ in 0..20_000 {
        ids.unique("contexte".into());
    }
    assert_eq!(ids.unique("contexte".into()), "contexte-20001");
    assert!(ids.probes() <= 2 * 20_001, "{} look-ups", ids.probes());

    let article: String = (0..20_000)
        .map(|i| format!("## Contexte\n\nParagraphe {i}.\n\n"))
        .collect();
    let loaded = load::load_bytes(Path::new("a.md"), article.as_bytes()).expect("loads");
    let ids: std::collections::HashSet<&str> = loaded
        .briefing
        .sections
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids.len(), loaded.briefing.sections.len(), "ids are unique");
    assert!(loaded.briefing.sections.len() >= 20_000);
}

/// Live search built a DFA per keystroke: 256 transitions per state of the query, so
/// typing 2,000 × `a` filled 2,000 × 2,000 × 256 cells (27 s). The automaton's size is
/// what its build writes: it must stay linear in the query.
#[test]
fn item4_search_automaton_is_linear_in_the_query() {
    let small = brief::app::searcher(&"a".repeat(100))
        .expect("builds")
        .memory_usage();
    let large = brief::app::searcher(&"a".repeat(2_000))
        .expect("builds")
        .memory_usage();
    assert!(
        large <= 25 * small,
        "{small} → {large} bytes for 20× the query"
    );
    assert!(large < 2_000 * 64, "{large} bytes for 2,000 chars");
}

/// 50,000 declared entities: `import` asked `Briefing::entity` (a linear scan) once
/// per entity. The declared ids are one set now; this pins that it works at that size.
#[test]
fn item4_fifty_thousand_entities_import() {
    let entities: String = (0..50_000)
        .map(|i| format!("  - {{id: e{i}, name: Zorblat{i}x, kind: person}}\n"))
        .collect();
    let text = format!(
        "title: Many\nlanguage: fr\nsections: [{{id: a, title: A, body: [\"Zorblat1x et Zorblat2x.\"]}}]\nentities:\n{entities}"
    );
    let loaded = yaml(&text).expect("loads");
    let yaml =
        brief::commands::import::to_yaml(loaded.briefing, &brief::entities::Gazetteer::builtin())
            .expect("serialises");
    assert!(yaml.contains("id: e49999"));
}

/// One sentence naming every country: 59 MB of JSON, the sentence repeated in the
/// evidence of every pair. Each sentence is written once now, and each relation lists
/// a bounded number of pieces of evidence, so the export is a few bytes per pair.
#[test]
fn item4_one_sentence_naming_every_country_exports_it_once() {
    let gazetteer = brief::entities::Gazetteer::builtin();
    let names: Vec<&str> = gazetteer
        .entities
        .iter()
        .filter(|e| e.kind == brief::model::EntityKind::Country)
        .map(|e| e.name.as_str())
        .collect();
    assert!(names.len() > 150, "{}", names.len());
    let sentence = format!("Sanctions against {} were discussed.", names.join(", "));
    let article = format!("Countries\n\n{sentence}\n");
    let loaded = load::load_bytes(Path::new("a.txt"), article.as_bytes()).expect("loads");
    let analysis = brief::analysis::analyse(&loaded.briefing, &gazetteer);
    let json = brief::export::to_json(&loaded.briefing, &analysis);
    let pairs = analysis.links.len().max(1);
    assert_eq!(
        json.matches(&sentence).count(),
        1,
        "the sentence is written once"
    );
    assert!(
        json.len() < 400 * pairs + 4 * article.len(),
        "{} bytes for {pairs} links",
        json.len()
    );
    let export: brief::export::Export = serde_json::from_str(&json).expect("reads back");
    for r in &export.relations {
        assert!(r.evidence.len() <= brief::export::MAX_EXPORTED_EVIDENCE);
        for e in &r.evidence {
            assert!(export.sentences[e.reference].text.starts_with("Sanctions"));
        }
    }
}
