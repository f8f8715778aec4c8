use super::*;
use crate::model::{Entity, EntityKind, LinkEvidence, Part};

fn entity(name: &str, kind: EntityKind, affiliation: Option<&str>) -> Entity {
    Entity {
        id: name.to_lowercase(),
        name: name.to_string(),
        kind,
        iso: None,
        aliases: Vec::new(),
        affiliation: affiliation.map(str::to_string),
        short: None,
    }
}

fn loc(section: u32, start: u32) -> Loc {
    Loc {
        section,
        part: Part::Para(0),
        start,
        end: start + 10,
    }
}

fn link(from: usize, to: usize, kind: RelationKind, ev: Vec<Loc>) -> Link {
    Link {
        from,
        to,
        kind,
        directed: kind.is_directed(),
        label: String::new(),
        weight: ev.len() as u32,
        declared: false,
        negated: false,
        evidence: ev
            .into_iter()
            .map(|l| LinkEvidence {
                sentence: l.start as usize,
                loc: l,
                cue: None,
            })
            .collect(),
    }
}

/// A (0) sanctions B (1) with evidence in sections 0 and 2; B–C (2) dialogue in 1;
/// A–C co-mentioned in 0; Acme (3), a company of A, trades with C.
fn analysis() -> Analysis {
    use EntityKind::*;
    Analysis {
        entities: vec![
            entity("Alpha", Country, None),
            entity("Beta", Country, None),
            entity("Gamma", Country, None),
            entity("Acme", Organization, Some("alpha")),
        ],
        mentions: Vec::new(),
        links: vec![
            link(0, 1, RelationKind::Sanctions, vec![loc(0, 0), loc(2, 5)]),
            link(1, 2, RelationKind::Dialogue, vec![loc(1, 0)]),
            link(0, 2, RelationKind::CoMention, vec![loc(0, 20)]),
            link(3, 2, RelationKind::Trade, vec![loc(1, 20)]),
        ],
    }
}

#[test]
fn graph_order_is_nodes_then_pairs_and_nodes_ask_for_focus() {
    let a = analysis();
    let mut pane = Pane::new();
    pane.resize(&a, 60, 16);
    let chart = pane.chart().expect("laid out");
    assert!(chart.fits);
    let (nodes, pairs) = (chart.nodes.clone(), chart.pairs.clone());
    assert_eq!(nodes.len(), 4, "co-mentions are hidden, every actor shown");
    assert_eq!(pairs.len(), 3);
    let r = pane.apply(Command::Next, &a);
    assert_eq!(r.intent, Some(Intent::Focus(nodes[0])));
    let mut seen = vec![pane.selected()];
    for _ in 0..10 {
        pane.apply(Command::Next, &a);
        seen.push(pane.selected());
    }
    seen.dedup();
    let expected: Vec<Option<Item>> = nodes
        .iter()
        .map(|&n| Some(Item::Node(n)))
        .chain(pairs.iter().map(|p| Some(Item::pair(p.a, p.b))))
        .collect();
    assert_eq!(seen, expected, "stops at the last item");
}

#[test]
fn enter_opens_evidence_enter_again_jumps_and_esc_returns() {
    let a = analysis();
    let mut pane = Pane::new();
    pane.apply(Command::ToggleView, &a);
    pane.apply(Command::Next, &a);
    assert_eq!(pane.selected(), Some(Item::Link(0)));
    assert_eq!(pane.apply(Command::Enter, &a), Response::handled(None));
    assert_eq!(
        pane.evidence(),
        Some(EvidenceView {
            item: Item::Link(0),
            selected: 0
        })
    );
    assert_eq!(
        pane.apply(Command::Enter, &a).intent,
        Some(Intent::Jump(loc(0, 0)))
    );
    pane.apply(Command::Next, &a);
    pane.apply(Command::Next, &a);
    assert_eq!(
        pane.apply(Command::Enter, &a).intent,
        Some(Intent::Jump(loc(2, 5)))
    );
    assert!(pane.apply(Command::Back, &a).handled);
    assert_eq!(pane.evidence(), None);
    assert_eq!(pane.selected(), Some(Item::Link(0)));
    assert_eq!(pane.apply(Command::Back, &a), Response::default());
}

#[test]
fn section_filter_follows_the_reader_and_drops_what_is_gone() {
    let a = analysis();
    let mut pane = Pane::new();
    pane.apply(Command::ToggleView, &a);
    pane.apply(Command::Last, &a);
    assert_eq!(pane.selected(), Some(Item::Link(3)));
    pane.apply(Command::ToggleSection, &a);
    assert_eq!(
        pane.visible(&a),
        vec![0],
        "section 0 holds only the sanctions"
    );
    assert_eq!(pane.selected(), None, "the trade is no longer shown");
    pane.set_section(1, &a);
    assert_eq!(pane.visible(&a), vec![1, 3]);
    pane.set_section(2, &a);
    assert_eq!(pane.visible(&a), vec![0]);
    assert!(pane.title().contains("section 3 only"));
    pane.apply(Command::ToggleSection, &a);
    assert_eq!(pane.visible(&a), vec![0, 1, 3]);
}

#[test]
fn co_mentions_show_on_demand_and_kinds_filter_one_at_a_time() {
    let a = analysis();
    let mut pane = Pane::new();
    assert_eq!(pane.hidden_co_mentions(&a), 1);
    pane.apply(Command::ToggleCoMentions, &a);
    assert_eq!(pane.visible(&a), vec![0, 1, 2, 3]);
    assert!(pane.title().contains("with co-mentions"));
    pane.apply(Command::ToggleCoMentions, &a);
    use RelationKind::*;
    assert_eq!(pane.kinds(&a), vec![Sanctions, Dialogue, Trade]);
    let mut seen = Vec::new();
    for _ in 0..4 {
        pane.apply(Command::NextKind, &a);
        seen.push(pane.filter().kind);
    }
    assert_eq!(seen, [Some(Sanctions), Some(Dialogue), Some(Trade), None]);
    pane.apply(Command::PrevKind, &a);
    assert_eq!(pane.filter().kind, Some(Trade));
    assert_eq!(pane.visible(&a), vec![3]);
    assert!(pane.title().contains("trade only"));
}

#[test]
fn the_country_view_rolls_actors_up() {
    let a = analysis();
    let mut pane = Pane::new();
    pane.resize(&a, 60, 16);
    assert!(pane.chart().is_some_and(|c| c.nodes.contains(&3)));
    pane.apply(Command::ToggleActors, &a);
    let chart = pane.chart().expect("laid out again");
    assert!(!chart.nodes.contains(&3), "Acme is Alpha now");
    assert!(
        chart.pair(0, 2).is_some(),
        "Acme's trade with Gamma is Alpha's"
    );
    assert_eq!(pane.node_of(3), 0);
    assert!(pane.title().contains("countries"));
    pane.apply(Command::ToggleActors, &a);
    assert_eq!(pane.node_of(3), 3);
}

#[test]
fn the_legend_opens_and_closes() {
    let a = analysis();
    let mut pane = Pane::new();
    pane.apply(Command::ToggleLegend, &a);
    assert!(pane.legend() && pane.title().contains("legend"));
    assert!(pane.apply(Command::Back, &a).handled);
    assert!(!pane.legend());
}

#[test]
fn the_chart_is_laid_out_once_per_size_and_filter() {
    let a = analysis();
    let mut pane = Pane::new();
    assert!(pane.chart().is_none(), "no size, no chart");
    for _ in 0..3 {
        pane.resize(&a, 40, 12);
        assert_eq!(pane.chart().map(|c| c.width), Some(40));
    }
    assert_eq!(pane.layouts, 1, "the same size reuses the layout");
    pane.apply(Command::Next, &a);
    pane.resize(&a, 40, 12);
    assert_eq!(pane.layouts, 1, "moving the selection does not lay out");
    pane.resize(&a, 50, 12);
    assert_eq!(pane.chart().map(|c| c.width), Some(50));
    assert_eq!(pane.layouts, 2, "a new size does");
    pane.apply(Command::ToggleSection, &a);
    assert_eq!(pane.chart().map(|c| c.pairs.len()), Some(1));
    assert_eq!(pane.layouts, 3, "so does a new filter, at once");
    pane.set_section(1, &a);
    assert_eq!(pane.chart().map(|c| c.pairs.len()), Some(2));
    assert_eq!(pane.layouts, 4, "and the filter following the reader");
}

#[test]
fn the_pane_wants_more_room_for_more_actors() {
    let a = analysis();
    let mut pane = Pane::new();
    let some = pane.want(&a);
    assert!((38..=120).contains(&some), "{some}");
    pane.apply(Command::NextKind, &a);
    assert!(pane.want(&a) <= some, "one kind, fewer actors");
}

/// Twelve countries, each pair linked by trade in its own sentences: `n` links in all.
fn crowded(n: usize) -> Analysis {
    let entities: Vec<Entity> = (0..12)
        .map(|i| entity(&format!("Land{i}"), EntityKind::Country, None))
        .collect();
    let pairs: Vec<(usize, usize)> = (0..12)
        .flat_map(|a| (a + 1..12).map(move |b| (a, b)))
        .collect();
    let links = (0..n)
        .map(|i| {
            let (a, b) = pairs[i % pairs.len()];
            link(a, b, RelationKind::Trade, vec![loc(0, i as u32 * 20)])
        })
        .collect();
    Analysis {
        entities,
        mentions: Vec::new(),
        links,
    }
}

#[test]
fn a_large_chart_waits_for_a_worker_and_a_small_one_does_not() {
    let small = crowded(LAYOUT_NOW_MAX);
    let mut pane = Pane::new();
    pane.resize(&small, 80, 30);
    assert!(pane.chart().is_some() && pane.deferred().is_none());
    assert!(pane.chart_job().is_none());

    let large = crowded(LAYOUT_NOW_MAX + 1);
    let mut pane = Pane::new();
    pane.resize(&large, 80, 30);
    assert!(pane.chart().is_none(), "not laid out between two frames");
    assert!(!pane.shows_graph(), "the list is shown meanwhile");
    let key = pane.deferred().expect("waited for");
    pane.resize(&large, 80, 30);
    assert_eq!(pane.deferred(), Some(key), "asked once, the same key");
    let job = pane.chart_job().expect("a job");
    let charted = job.clone().run(&large);
    // What the worker lays out is what the pane would have: the same chart.
    let mut direct = pane.clone();
    direct.deferred = None;
    let (_, expected) = direct.lay_out(&large);
    pane.adopt(charted);
    assert_eq!(pane.chart().map(Chart::to_text), Some(expected.to_text()));
    assert!(pane.deferred().is_none() && pane.shows_graph());
    assert_eq!(pane.layouts, 1);
    pane.resize(&large, 80, 30);
    assert_eq!(pane.layouts, 1, "kept until the size or a filter changes");

    // A chart for a size no longer asked for is not taken.
    pane.resize(&large, 90, 30);
    let stale = job.run(&large);
    pane.adopt(stale);
    assert!(pane.chart().is_none() && pane.deferred().is_some());
}
