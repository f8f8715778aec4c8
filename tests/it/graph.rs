//! Integration tests: the relationship pane's chart, list and evidence views, drawn
//! into ratatui buffers, with the seed's links made by hand as in the curated briefing.

mod fixture;
mod props;

use brief::graph::{Chart, Command, EdgeSpec, Intent, Item, NodeSpec, Pane, Tag, specs};
use brief::model::RelationKind;
use ratatui::style::Modifier;

use fixture::*;

/// Snapshots are named `graph__*`, next to the other integration snapshots.
fn snap(name: &str, value: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(format!("graph__{name}"), value));
}

#[test]
fn seed_graph_120x40() {
    let (b, a) = seed();
    let (w, h) = pane_size(120, 40);
    snap(
        "seed_graph_120x40",
        &text(&draw(&Pane::new(), &b, &a, w, h, false)),
    );
}

#[test]
fn seed_graph_80x24() {
    let (b, a) = seed();
    let (w, h) = pane_size(80, 24);
    snap(
        "seed_graph_80x24",
        &text(&draw(&Pane::new(), &b, &a, w, h, false)),
    );
}

#[test]
fn seed_graph_in_the_reader_pane_120x40() {
    // The reader's relationship pane at 120×40: 38 columns with its border.
    let (b, a) = seed();
    snap(
        "seed_graph_reader_pane_120x40",
        &text(&draw(&Pane::new(), &b, &a, 36, 37, false)),
    );
}

#[test]
fn seed_list_120x40() {
    let (b, a) = seed();
    let (w, h) = pane_size(120, 40);
    let lines = brief::graph::list::lines(&a, &(0..a.links.len()).collect::<Vec<_>>());
    assert_eq!(
        lines[0].text(),
        "Russia ─alliance─ Kazakhstan (3) · “alliance”"
    );
    assert_eq!(
        lines[2].text(),
        "United States ─sanctions→ Russia (2) · “sanctions”"
    );
    let weights: Vec<u32> = lines.iter().map(|l| a.links[l.link].weight).collect();
    assert!(
        weights.windows(2).all(|p| p[0] >= p[1]),
        "heaviest first: {weights:?}"
    );
    snap(
        "seed_list_120x40",
        &text(&draw(&list_pane(&a), &b, &a, w, h, false)),
    );
}

#[test]
fn seed_list_80x24() {
    let (b, a) = seed();
    let (w, h) = pane_size(80, 24);
    snap(
        "seed_list_80x24",
        &text(&draw(&list_pane(&a), &b, &a, w, h, false)),
    );
}

#[test]
fn a_pane_below_30x10_shows_the_list() {
    let (b, a) = seed();
    let out = text(&draw(&Pane::new(), &b, &a, 29, 12, false));
    assert!(out.starts_with("Russia ─alliance─ Kazakhst"), "{out}");
    let out = text(&draw(&Pane::new(), &b, &a, 40, 9, false));
    assert!(out.starts_with("Russia ─alliance─ Kazakhstan"), "{out}");
}

#[test]
fn no_color_keeps_kinds_apart_by_glyph() {
    let (b, a) = seed();
    let (w, h) = pane_size(120, 40);
    let mut pane = sized(Pane::new(), &a, w, h);
    // Select the United States–Russia pair (sanctions) so the selection shows.
    let items = pane.items(&a);
    assert!(items.contains(&Item::pair(USA, RUSSIA)), "{items:?}");
    while pane.selected() != Some(Item::pair(USA, RUSSIA)) {
        pane.apply(Command::Next, &a);
    }
    let buf = draw(&pane, &b, &a, w, h, true);
    for cell in buf.content() {
        assert_eq!(
            cell.fg,
            ratatui::style::Color::Reset,
            "no colour under NO_COLOR"
        );
        assert_eq!(
            cell.bg,
            ratatui::style::Color::Reset,
            "no colour under NO_COLOR"
        );
    }
    let out = text(&buf);
    // Each kind of the seed keeps its own line glyph.
    for glyph in ['━', '═', '─', '┄', '╌'] {
        assert!(out.contains(glyph), "{glyph} missing:\n{out}");
    }
    snap(
        "seed_graph_no_color",
        &format!("{out}\n{}", modifiers(&buf)),
    );
}

#[test]
fn no_color_list_marks_the_selection() {
    let (b, a) = seed();
    let mut pane = list_pane(&a);
    pane.apply(Command::Next, &a);
    let buf = draw(&pane, &b, &a, 46, 12, true);
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == ratatui::style::Color::Reset)
    );
    snap(
        "seed_list_no_color",
        &format!("{}\n{}", text(&buf), modifiers(&buf)),
    );
}

#[test]
fn thirty_nodes_stay_legible() {
    let (b, a) = generated(30);
    let (w, h) = pane_size(120, 40);
    let buf = draw(&Pane::new(), &b, &a, w, h, false);
    let chart = chart(&a, w, h);
    assert!(chart.fits);
    assert_eq!(chart.nodes.len(), 30);
    snap("thirty_nodes", &text(&buf));
}

#[test]
fn beyond_thirty_nodes_the_strongest_links_stay() {
    let (_, a) = generated(40);
    let chart = chart(&a, 100, 40);
    assert!(chart.fits);
    assert!(chart.nodes.len() <= 30, "{}", chart.nodes.len());
    assert!(chart.hidden > 0);
    for (i, l) in a.links.iter().enumerate() {
        if l.weight == 4 {
            assert!(chart.edges.contains(&i), "the heaviest links are kept");
        }
    }
    assert!(
        chart
            .to_text()
            .contains(&format!("+{} more links", chart.hidden))
    );
}

#[test]
fn a_single_node_is_centred_with_a_note() {
    let (b, mut a) = generated(1);
    a.entities[0].name = String::from("Kazakhstan");
    let (w, h) = pane_size(120, 40);
    let out = text(&draw(&Pane::new(), &b, &a, w, h, false));
    let row = out
        .lines()
        .position(|l| l.contains("[Kazakhstan]"))
        .unwrap_or(0);
    // The graph area is all rows but the note's.
    assert!(
        row.abs_diff(usize::from(h - 2) / 2) <= 1,
        "centred: row {row}\n{out}"
    );
    let line = out.lines().nth(row).unwrap_or("");
    let left = line.find('[').unwrap_or(0);
    assert!(
        left.abs_diff(usize::from(w) - (left + 12)) <= 1,
        "centred: {line:?}"
    );
    assert!(out.contains("no links"));
    snap("single_node", &out);
}

#[test]
fn layout_is_deterministic() {
    for n in [5, 12, 30, 40] {
        let (_, a) = generated(n);
        let (nodes, edges) = specs(&a, &(0..a.links.len()).collect::<Vec<_>>());
        let one = Chart::layout(&nodes, &edges, 60, 30);
        let two = Chart::layout(&nodes, &edges, 60, 30);
        assert_eq!(one, two);
    }
    let (_, a) = seed();
    assert_eq!(chart(&a, 46, 37).to_text(), chart(&a, 46, 37).to_text());
}

#[test]
fn every_seed_link_is_drawn_and_directed_ones_have_arrows() {
    let (_, a) = seed();
    for (w, h) in [pane_size(120, 40), pane_size(80, 24)] {
        let chart = chart(&a, w, h);
        assert!(chart.fits);
        assert_eq!(chart.edges.len(), a.links.len(), "{}", chart.to_text());
        assert_eq!(chart.nodes.len(), 5);
        let sanctions = a
            .links
            .iter()
            .position(|l| l.kind == RelationKind::Sanctions);
        let arrows = (0..h)
            .flat_map(|y| (0..w).map(move |x| (x, y)))
            .filter_map(|(x, y)| chart.cell(x, y))
            .filter(|c| matches!(c.tag, Tag::Edge { link, .. } if Some(link) == sanctions))
            .filter(|c| "▶◀▲▼".contains(c.ch))
            .count();
        assert_eq!(arrows, 1, "{}", chart.to_text());
    }
}

#[test]
fn the_sanctions_edge_leads_to_its_evidence_and_back() {
    let (b, a) = seed();
    let (w, h) = pane_size(120, 40);
    let mut pane = sized(Pane::new(), &a, w, h);
    let sanctions = a
        .links
        .iter()
        .position(|l| l.kind == RelationKind::Sanctions);
    // Nodes come first: the first step selects the hub and focuses it; then the
    // pairs, one per line of the chart.
    let first = pane.apply(Command::Next, &a);
    assert_eq!(first.intent, Some(Intent::Focus(RUSSIA)));
    let us_russia = Item::pair(USA, RUSSIA);
    assert!(pane.items(&a).contains(&us_russia));
    while pane.selected() != Some(us_russia) {
        assert!(pane.apply(Command::Next, &a).handled);
    }
    assert_eq!(
        pane.evidence_links(&a),
        sanctions.into_iter().collect::<Vec<_>>()
    );
    assert!(pane.apply(Command::Enter, &a).handled);
    assert!(pane.evidence().is_some());
    let out = text(&draw(&pane, &b, &a, w, h, false));
    assert!(
        out.contains("§4 Répercussions des sanctions américaines"),
        "{out}"
    );
    assert!(
        out.contains("Les sanctions imposées par les États-"),
        "{out}"
    );
    snap("seed_sanctions_evidence", &out);

    pane.apply(Command::Next, &a);
    let jump = pane.apply(Command::Enter, &a).intent;
    let Some(Intent::Jump(loc)) = jump else {
        panic!("Enter on evidence jumps, got {jump:?}");
    };
    let sentence = brief::graph::evidence::loc_text(&b, loc).unwrap_or_default();
    assert!(
        sentence.starts_with("Les sanctions imposées par les États-Unis"),
        "{sentence}"
    );

    assert!(pane.apply(Command::Back, &a).handled);
    assert_eq!(pane.evidence(), None);
    assert_eq!(pane.selected(), Some(us_russia));
    assert!(
        !pane.apply(Command::Back, &a).handled,
        "nothing left to close"
    );
}

#[test]
fn current_section_only_follows_the_reader() {
    let (b, a) = seed();
    let mut pane = list_pane(&a);
    pane.set_section(5, &a);
    pane.apply(Command::ToggleSection, &a);
    let out = text(&draw(&pane, &b, &a, 60, 10, false));
    assert_eq!(out.lines().filter(|l| !l.is_empty()).count(), 3, "{out}");
    assert!(out.contains("Syria ─rapprochement─ United States"), "{out}");
    pane.set_section(3, &a);
    let out = text(&draw(&pane, &b, &a, 60, 10, false));
    assert!(out.contains("United States ─sanctions→ Russia"), "{out}");
    assert!(!out.contains("Syria"), "{out}");
    pane.apply(Command::ToggleSection, &a);
    let out = text(&draw(&pane, &b, &a, 60, 10, false));
    assert_eq!(out.lines().filter(|l| !l.is_empty()).count(), a.links.len());
}

#[test]
fn a_selected_node_is_reversed_and_its_links_bold() {
    let (b, a) = seed();
    let (w, h) = (36, 37);
    let mut pane = sized(Pane::new(), &a, w, h);
    pane.apply(Command::Next, &a);
    assert_eq!(pane.selected(), Some(Item::Node(RUSSIA)));
    let buf = draw(&pane, &b, &a, w, h, true);
    let chart = pane.chart().expect("laid out");
    for y in 0..h {
        for x in 0..w {
            let (Some(cell), m) = (chart.cell(x, y), buf[(x, y)].modifier) else {
                continue;
            };
            match cell.tag {
                Tag::Node(RUSSIA) => assert!(m.contains(Modifier::REVERSED)),
                Tag::Node(_) => assert!(!m.contains(Modifier::REVERSED)),
                Tag::Edge { link, .. } => {
                    let touches = a.links[link].from == RUSSIA || a.links[link].to == RUSSIA;
                    assert_eq!(m.contains(Modifier::BOLD), touches, "{x},{y} link {link}");
                }
                _ => {}
            }
        }
    }
}

#[test]
fn a_huge_graph_is_capped_and_counted() {
    // A fixed linear congruential sequence: varied endpoints, the same every run.
    let mut seed = 12345u64;
    let mut next = |m: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % m
    };
    let nodes: Vec<NodeSpec> = (0..2000)
        .map(|i| NodeSpec {
            entity: i,
            name: format!("N{i}"),
        })
        .collect();
    let edges: Vec<EdgeSpec> = (0..20_000)
        .map(|k| EdgeSpec {
            link: k,
            from: next(2000),
            to: next(2000),
            kind: RelationKind::ALL[k % 10],
            directed: RelationKind::ALL[k % 10].is_directed(),
            weight: 1 + next(50) as u32,
        })
        .collect();
    let chart = Chart::layout(&nodes, &edges, 100, 40);
    assert!(chart.fits);
    assert!(chart.nodes.len() <= 30);
    assert!(!chart.edges.is_empty() && chart.edges.len() <= 60);
    assert_eq!(chart.hidden + chart.edges.len(), edges.len());
    assert!(
        chart
            .to_text()
            .contains(&format!("+{} more links", chart.hidden))
    );
}

#[test]
fn curated_seed_in_the_reader_pane() {
    let (b, a) = curated();
    let out = text(&draw(&Pane::new(), &b, &a, 36, 37, false));
    let chart = chart(&a, 36, 37);
    assert_eq!(chart.edges.len(), 13, "every link drawn:\n{out}");
    snap("curated_reader_pane_120x40", &out);
}

#[test]
fn evidence_underlines_the_cue_word() {
    let (b, a) = seed();
    let mut pane = list_pane(&a);
    let sanctions = a
        .links
        .iter()
        .position(|l| l.kind == RelationKind::Sanctions);
    while pane.selected() != sanctions.map(Item::Link) {
        pane.apply(Command::Next, &a);
    }
    pane.apply(Command::Enter, &a);
    let buf = draw(&pane, &b, &a, 46, 30, true);
    let out = text(&buf);
    let (row, line) = out
        .lines()
        .enumerate()
        .find(|(_, l)| l.starts_with("  Les sanctions"))
        .unwrap_or_default();
    let col = line
        .find("sanctions")
        .map_or(0, |b| line[..b].chars().count()) as u16;
    for x in col..col + "sanctions".len() as u16 {
        assert!(
            buf[(x, row as u16)].modifier.contains(Modifier::UNDERLINED),
            "{out}"
        );
    }
    assert!(!buf[(2, row as u16)].modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn one_line_per_pair_and_its_detail_under_the_chart() {
    let (b, a) = curated();
    let (w, h) = (36, 37);
    let mut pane = sized(Pane::new(), &a, w, h);
    let chart = pane.chart().cloned().expect("laid out");
    // Thirteen links between seven pairs: Russia–Kazakhstan has three kinds.
    assert_eq!(chart.pairs.len(), 7);
    assert_eq!(chart.edges.len(), 13);
    let rk = chart
        .pair(KAZAKHSTAN, RUSSIA)
        .expect("Russia–Kazakhstan drawn");
    assert_eq!(
        rk.kind(),
        RelationKind::Alliance,
        "alliance outranks cooperation"
    );
    assert_eq!(rk.links.len(), 3);
    // Only the pair's style kind tags its line: no cell of a second line for the pair.
    for y in 0..h {
        for x in 0..w {
            if let Some(Tag::Edge { link, .. }) = chart.cell(x, y).map(|c| c.tag) {
                let l = &a.links[link];
                let p = chart.pair(l.from, l.to).expect("a drawn pair");
                assert_eq!(link, p.link(), "one line per pair");
            }
        }
    }
    let out = text(&draw(&pane, &b, &a, w, h, false));
    assert!(out.contains("5 actors · 7 pairs · 13 links"), "{out}");
    while pane.selected() != Some(Item::pair(RUSSIA, KAZAKHSTAN)) {
        pane.apply(Command::Next, &a);
    }
    let out = text(&draw(&pane, &b, &a, w, h, false));
    let detail: String = out.lines().rev().take(2).collect::<Vec<_>>().join(" ");
    assert!(
        detail.contains("Russia ═ Kazakhstan: alliance (2)"),
        "{out}"
    );
    assert!(detail.contains("cooperation (5)") && detail.contains("dialogue (2)"));
}

#[test]
fn a_pair_opens_the_evidence_of_all_its_kinds() {
    let (b, a) = curated();
    let mut pane = sized(Pane::new(), &a, 36, 37);
    while pane.selected() != Some(Item::pair(SYRIA, RUSSIA)) {
        pane.apply(Command::Next, &a);
    }
    pane.apply(Command::Enter, &a);
    let out = text(&draw(&pane, &b, &a, 46, 37, false));
    let coop = out.find("── cooperation (2)").expect(&out);
    let dial = out.find("┄┄ dialogue (1)").expect(&out);
    assert!(coop < dial, "most salient kind first:\n{out}");
    // Three sentences in all: the third is the dialogue's, in the section title.
    assert_eq!(pane.evidence_entries(&a).len(), 3);
    pane.apply(Command::Last, &a);
    let Some(Intent::Jump(loc)) = pane.apply(Command::Enter, &a).intent else {
        panic!("Enter jumps");
    };
    assert_eq!(loc.part, brief::model::Part::Para(0));
    assert_eq!(loc.section, 5);
    assert!(brief::graph::evidence::loc_text(&b, loc).is_some_and(|t| t.contains("Dmitry Peskov")));
}
