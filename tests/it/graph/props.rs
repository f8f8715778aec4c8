//! Property tests of the graph: random graphs at random sizes, random key sequences.

use brief::graph::{Chart, Command, EdgeSpec, Intent, NodeSpec, Pane};
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
            let nodes = (0..n)
                .map(|i| NodeSpec {
                    entity: i,
                    name: NAMES[i % NAMES.len()].repeat(1 + i % 3),
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
        let chart = Chart::layout(&nodes, &edges, w, h);
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
        GraphPane { pane: &pane, analysis: &a, briefing: &b, theme: Theme::new(false), focused: true }
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

    /// Lines and edge labels never overwrite a node: each node's cells read `[name]`.
    #[test]
    fn node_labels_stay_whole((nodes, edges) in random_graph(), w in 30u16..=120, h in 10u16..=50) {
        let chart = Chart::layout(&nodes, &edges, w, h);
        for &n in &chart.nodes {
            let mut label = String::new();
            let mut rows = std::collections::BTreeSet::new();
            for y in 0..h {
                for x in 0..w {
                    if let Some(c) = chart.cell(x, y).filter(|c| c.tag == brief::graph::Tag::Node(n)) {
                        label.push(c.ch);
                        rows.insert(y);
                    }
                }
            }
            prop_assert_eq!(rows.len(), 1);
            prop_assert!(label.starts_with('[') && label.ends_with(']'), "{}", label);
        }
    }
}
