//! Accuracy floors: recognition and relation inference scored on the hand-written gold
//! of the development and held-out corpora (tests/corpus, scorer in
//! tests/corpus/scorer.rs, figures in docs/accuracy.md). The floors sit a little under
//! today's figures: a change that loses ground on articles nobody tuned for fails here,
//! and a change that gains raises them. The held-out set is measured, never tuned on.

#[path = "../corpus/scorer.rs"]
mod scorer;

use scorer::Ratio;

/// Percent, for messages.
fn pct(r: Ratio) -> f64 {
    100.0 * r.value()
}

/// Every column named in `floors` is at or above its floor (in percent).
fn hold(set: &str, floors: &[(&str, Ratio, f64)]) {
    let below: Vec<String> = floors
        .iter()
        .filter(|(_, r, floor)| pct(*r) < *floor)
        .map(|(name, r, floor)| format!("{name} {:.1} % ({}/{}) < {floor} %", pct(*r), r.hit, r.of))
        .collect();
    assert!(
        below.is_empty(),
        "{set}: below the floor:\n{}\n(`cargo run --release --example score -- --set {set} --verbose` lists the errors)",
        below.join("\n")
    );
}

#[test]
fn development_corpus_holds_its_floors() {
    let gazetteer = brief::entities::Gazetteer::builtin();
    let (rows, t) = scorer::score_set("dev", &gazetteer);
    assert!(
        rows.len() >= 40,
        "the dev corpus has {} articles",
        rows.len()
    );
    hold(
        "dev",
        &[
            ("countries P", t.countries_p, 99.0),
            ("countries R", t.countries_r, 99.0),
            ("links P", t.links_p, 88.0),
            ("links R", t.links_r, 65.0),
            ("country links P", t.country_links_p, 93.0),
            ("kind", t.kind, 93.0),
            ("direction", t.direction, 95.0),
            ("evidence P", t.evidence_p, 95.0),
            ("people R", t.people_r, 97.0),
            ("organisations R", t.orgs_r, 87.0),
        ],
    );
}

#[test]
fn held_out_corpus_holds_its_floors() {
    let gazetteer = brief::entities::Gazetteer::builtin();
    let (rows, t) = scorer::score_set("heldout", &gazetteer);
    assert!(
        rows.len() >= 15,
        "the held-out corpus has {} articles",
        rows.len()
    );
    hold(
        "heldout",
        &[
            ("countries P", t.countries_p, 98.0),
            ("countries R", t.countries_r, 98.0),
            ("links P", t.links_p, 73.0),
            ("links R", t.links_r, 42.0),
            ("kind", t.kind, 88.0),
            ("evidence P", t.evidence_p, 93.0),
            ("people R", t.people_r, 90.0),
            ("organisations R", t.orgs_r, 75.0),
        ],
    );
}
