use super::*;

fn node(entity: usize, name: &str) -> NodeSpec {
    NodeSpec {
        entity,
        name: name.to_string(),
        short: None,
        country: None,
    }
}

fn edge(link: usize, from: usize, to: usize, kind: RelationKind) -> EdgeSpec {
    EdgeSpec::of(link, from, to, kind, 1)
}

#[test]
fn two_nodes_sit_side_by_side_with_an_arrow_and_words() {
    let nodes = [node(0, "Alpha"), node(1, "Beta")];
    let edges = [edge(0, 0, 1, RelationKind::Sanctions)];
    let chart = Chart::layout(&nodes, &edges, 50, 10, false);
    let text = chart.to_text();
    let row = text.lines().find(|l| l.contains("[Alpha]")).unwrap_or("");
    assert!(row.contains("[Alpha]━"), "{text}");
    assert!(row.contains("━ sanctions · 1 ━"), "{text}");
    assert!(row.contains("━→[Beta]"), "{text}");
    assert!(text.contains("━━→ sanctions"), "the legend: {text}");
    let ascii = Chart::layout(&nodes, &edges, 50, 10, true).to_text();
    assert!(ascii.is_ascii(), "{ascii}");
    assert!(ascii.contains("#>[Beta]"), "{ascii}");
}

#[test]
fn huge_panes_get_a_capped_chart() {
    let nodes = [node(0, "Alpha"), node(1, "Beta")];
    let edges = [edge(0, 0, 1, RelationKind::Sanctions)];
    let chart = Chart::layout(&nodes, &edges, u16::MAX, u16::MAX, false);
    assert_eq!((chart.width, chart.height), (MAX_WIDTH, MAX_HEIGHT));
    assert!(chart.fits);
}

#[test]
fn small_panes_do_not_fit() {
    let nodes = [node(0, "Alpha"), node(1, "Beta")];
    let edges = [edge(0, 0, 1, RelationKind::Sanctions)];
    assert!(!Chart::layout(&nodes, &edges, MIN_WIDTH - 1, 20, false).fits);
    assert!(!Chart::layout(&nodes, &edges, 40, MIN_HEIGHT - 1, false).fits);
    assert!(Chart::layout(&nodes, &edges, MIN_WIDTH, MIN_HEIGHT, false).fits);
}

#[test]
fn a_negated_pair_is_marked_and_points_nowhere() {
    let nodes = [node(0, "Alpha"), node(1, "Beta")];
    let mut e = edge(0, 0, 1, RelationKind::Sanctions);
    e.negated = true;
    let text = Chart::layout(&nodes, &[e], 60, 10, false).to_text();
    assert!(text.contains('×') && !text.contains("→["), "{text}");
    assert!(text.contains("× negated"), "{text}");
}
