//! Property tests of the graph: random graphs at random sizes, random key sequences.

use brief::graph::{Chart, Command, EdgeSpec, Intent, NodeSpec, Pane, Tag};
use brief::model::RelationKind;
use brief::ui::Theme;
use brief::ui::graph::GraphPane;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::fixture::*;

/// Random graphs for the property test: up to 40 nodes, up to 80 links.
fn random_graph() -> impl Strategy<Value = (Vec<NodeSpec>, Vec<EdgeSpec>)> {
    (0usize..=40).prop_flat_map(|n| {
        let edge = (
            0..n.max(1),
            0..n.max(1),
            0..RelationKind::ALL.len(),
            1u32..6,
        );
        proptest::collection::vec(edge, 0..80).prop_map(move |raw| {
            // Names alike on purpose: repeated, sharing their first words, identical.
            let nodes = (0..n)
                .map(|i| NodeSpec {
                    entity: i,
                    name: match i % 4 {
                        0 => NAMES[i % NAMES.len()].to_string(),
                        1 => format!("South {}", NAMES[i % NAMES.len()]),
                        2 => NAMES[i % NAMES.len()].repeat(3),
                        _ => String::from("Republic of the Congo"),
                    },
                    short: (i % 5 == 0).then(|| String::from("RC")),
                    country: None,
                })
                .collect();
            let edges = raw
                .into_iter()
                .enumerate()
                .map(|(k, (from, to, kind, weight))| EdgeSpec {
                    link: k,
                    from,
                    to,
                    kind: RelationKind::ALL[kind],
                    directed: RelationKind::ALL[kind].is_directed(),
                    weight,
                    negated: k % 7 == 3,
                    sentences: (0..weight).map(|s| (k as u32, s)).collect(),
                })
                .collect();
            (nodes, edges)
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_graphs_never_panic_nor_leave_the_chart(
        (nodes, edges) in random_graph(),
        w in 0u16..=200,
        h in 0u16..=80,
    ) {
        let chart = Chart::layout(&nodes, &edges, w, h, false);
        prop_assert!(chart.cell(w, 0).is_none());
        prop_assert!(chart.cell(0, h).is_none());
        if chart.fits {
            prop_assert!(chart.nodes.len() <= 30);
            prop_assert_eq!(chart.to_text().lines().count(), usize::from(h));
            for line in chart.to_text().lines() {
                prop_assert!(brief::text::width(line) <= usize::from(w));
            }
        }
    }

    #[test]
    fn the_widget_never_draws_outside_its_area(
        n in 0usize..=40,
        w in 0u16..=200,
        h in 0u16..=80,
        list in any::<bool>(),
    ) {
        let (b, a) = generated(n);
        let mut pane = Pane::new();
        pane.resize(&a, w, h);
        if list {
            pane.apply(Command::ToggleView, &a);
        }
        // Draw into the middle of a larger buffer: nothing may change around the area.
        let outer = Rect::new(0, 0, w + 4, h + 4);
        let area = Rect::new(2, 2, w, h);
        let mut buf = Buffer::empty(outer);
        GraphPane { pane: &pane, analysis: &a, briefing: &b, theme: Theme::new(false), focused: true, focus: Some(0) }
            .render(area, &mut buf);
        for y in 0..outer.height {
            for x in 0..outer.width {
                if !area.contains(ratatui::layout::Position::new(x, y)) {
                    prop_assert_eq!(buf[(x, y)].symbol(), " ");
                }
            }
        }
    }
}

/// Any of the pane's commands.
fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        Just(Command::Next),
        Just(Command::Prev),
        Just(Command::First),
        Just(Command::Last),
        Just(Command::Enter),
        Just(Command::Back),
        Just(Command::ToggleView),
        Just(Command::ToggleSection),
        Just(Command::ToggleCoMentions),
        Just(Command::NextKind),
        Just(Command::PrevKind),
        Just(Command::ToggleActors),
        Just(Command::ToggleLegend),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_command_sequence_keeps_the_pane_consistent(
        commands in proptest::collection::vec((command(), 0usize..7), 0..40),
        w in 0u16..=60,
        h in 0u16..=40,
    ) {
        let (b, a) = seed();
        let mut pane = Pane::new();
        pane.resize(&a, w, h);
        for (c, section) in commands {
            pane.set_section(section, &a);
            let r = pane.apply(c, &a);
            if let Some(Intent::Jump(loc)) = r.intent {
                prop_assert!(brief::graph::evidence::loc_text(&b, loc).is_some());
            }
            if let Some(Intent::Focus(e)) = r.intent {
                prop_assert!(e < a.entities.len());
            }
            if let Some(ev) = pane.evidence() {
                let links = pane.evidence_links(&a);
                prop_assert!(!links.is_empty());
                prop_assert!(links.iter().all(|l| pane.visible(&a).contains(l)));
                prop_assert!(ev.selected < pane.evidence_entries(&a).len().max(1));
            }
            draw(&pane, &b, &a, w, h, false);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Node labels are whole (`[name]` on one row), different from each other, and no
    /// line runs through one; each line's cells belong to its pair.
    #[test]
    fn labels_are_distinct_whole_and_never_crossed((nodes, edges) in random_graph(), w in 30u16..=140, h in 10u16..=50) {
        let chart = Chart::layout(&nodes, &edges, w, h, false);
        let mut seen = std::collections::HashSet::new();
        for &n in &chart.nodes {
            let mut label = String::new();
            let mut rows = std::collections::BTreeSet::new();
            for y in 0..h {
                for x in 0..w {
                    if let Some(c) = chart.cell(x, y).filter(|c| c.tag == Tag::Node(n)) {
                        label.push(c.ch);
                        rows.insert(y);
                    }
                }
            }
            prop_assert_eq!(rows.len(), 1);
            prop_assert!(label.starts_with('[') && label.ends_with(']'), "{}", label);
            prop_assert_eq!(Some(label.clone()), chart.label_of(n));
            prop_assert!(seen.insert(label.to_lowercase()), "{} twice:\n{}", label, chart.to_text());
        }
        let counts = brief::graph::measure::counts(&chart);
        prop_assert_eq!(counts.through_labels, 0, "{}", chart.to_text());
        for (k, route) in chart.routes.iter().enumerate() {
            for &(x, y) in route {
                let tag = chart.cell(x, y).map(|c| c.tag);
                let ok = matches!(tag, Some(Tag::Edge { pair, .. } | Tag::Label { pair, .. }) if pair == k)
                    || matches!(tag, Some(Tag::Crossing | Tag::Edge { .. }));
                prop_assert!(ok, "{},{} of pair {} is {:?}", x, y, k, tag);
            }
        }
    }
}
