//! Integration tests: the relationship pane's chart, list, legend and evidence views,
//! drawn into ratatui buffers, with the seed's links made by hand as in the curated
//! briefing, and two dense articles of the development corpus as analysed today.

mod fixture;
mod props;

use brief::app::{Action, Config};
use brief::graph::{Chart, Command, EdgeSpec, Intent, Item, NodeSpec, Pane, Tag, specs};
use brief::model::RelationKind;
use ratatui::style::Modifier;

use fixture::*;

/// The last `n` rows of a pane's text, in order, as one line: the detail line.
fn last_rows(out: &str, n: usize) -> String {
    let rows: Vec<&str> = out.lines().collect();
    rows[rows.len().saturating_sub(n)..].join(" ")
}

/// Snapshots are named `graph__*`, next to the other integration snapshots.
fn snap(name: &str, value: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(format!("graph__{name}"), value));
}

const DENSE: [(&str, &str); 2] = [
    ("indo_pacific", "indo-pacific-lattice.en.txt"),
    ("red_sea", "red-sea-relapse.en.txt"),
];
const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

/// The pane as the reader shows it with the keyboard on it, at the three sizes, on
/// the seed and on two dense articles. (The dense ones change when inference does.)
#[test]
fn the_pane_in_the_reader_at_three_sizes() {
    let docs = [
        ("seed", seed_doc()),
        (DENSE[0].0, corpus(DENSE[0].1)),
        (DENSE[1].0, corpus(DENSE[1].1)),
    ];
    for (name, doc) in &docs {
        for (w, h) in SIZES {
            let (pane, _) = reader_pane(doc, w, h, "<Tab>", Config::default());
            snap(&format!("{name}_pane_{w}x{h}"), &pane);
        }
    }
}

#[test]
fn zoomed_the_pane_takes_the_screen_and_comes_back() {
    let doc = corpus(DENSE[0].1);
    let (pane, state) = reader_pane(&doc, 120, 40, "z", Config::default());
    let r = state.reader.as_ref().expect("a reader");
    assert!(r.relations.zoomed);
    assert_eq!(
        r.areas(ratatui::layout::Rect::new(0, 0, 120, 40)).reader,
        None
    );
    assert_eq!(pane.lines().count(), 39, "every row but the status bar");
    assert!(
        pane.lines().next().is_some_and(|l| l.contains("z back")),
        "{pane}"
    );
    snap("indo_pacific_zoomed_120x40", &pane);
    let (_, state) = reader_pane(&doc, 120, 40, "zz", Config::default());
    assert!(!state.reader.as_ref().is_some_and(|r| r.relations.zoomed));
    let (_, state) = reader_pane(&doc, 120, 40, "z<Esc>", Config::default());
    assert!(
        !state.reader.as_ref().is_some_and(|r| r.relations.zoomed),
        "Esc comes back too"
    );
}

#[test]
fn ascii_mode_draws_only_ascii() {
    let doc = seed_doc();
    let config = Config {
        ascii: true,
        ..Config::default()
    };
    let (pane, _) = reader_pane(&doc, 120, 40, "<Tab>", config);
    // Names are text and keep their letters; every drawn glyph is ASCII.
    let names = [
        "Kazakhstan",
        "Russia",
        "Uzbekistan",
        "Syria",
        "United States",
    ];
    let mut rest = pane.clone();
    for n in names {
        rest = rest.replace(n, "");
    }
    assert!(rest.is_ascii(), "{pane}");
    assert!(pane.contains("[Russia]"), "{pane}");
    snap("seed_pane_ascii_120x40", &pane);
}

#[test]
fn the_legend_is_one_key_away() {
    let doc = seed_doc();
    let (pane, _) = reader_pane(&doc, 120, 40, "l", Config::default());
    for words in [
        "━━→ sanctions",
        "┈┈┈ dialogue",
        "co-mention",
        "negated",
        "Esc closes",
    ] {
        assert!(pane.contains(words), "{words} missing:\n{pane}");
    }
    snap("seed_legend_120x40", &pane);
    // Zoomed, it says what each kind means.
    let (pane, _) = reader_pane(&doc, 120, 40, "zl", Config::default());
    for words in [
        "measures taken against",
        "talks, visits",
        "deny, refuse or suppose",
    ] {
        assert!(pane.contains(words), "{words} missing:\n{pane}");
    }
    snap("seed_legend_zoomed_120x40", &pane);
    // The chart keeps a legend of its own kinds under it.
    let (pane, _) = reader_pane(&doc, 120, 40, "", Config::default());
    assert!(
        pane.contains("━━→ sanctions") && pane.contains("═══ alliance"),
        "{pane}"
    );
}

#[test]
fn co_mentions_are_hidden_until_asked_and_then_dim() {
    let doc = corpus(DENSE[1].1);
    let typed = reader_chart(&doc, 200, 60, &[]);
    assert!(typed.pairs.iter().all(|p| !p.co_mention()));
    let all = reader_chart(&doc, 200, 60, &[Action::ToggleCoMentions]);
    assert!(
        all.pairs.iter().any(|p| p.co_mention()),
        "the red sea article has co-mentions"
    );
    let (pane, _) = reader_pane(&doc, 200, 60, "", Config::default());
    assert!(pane.contains("co-mentions hidden (M shows)"), "{pane}");
}

#[test]
fn one_kind_at_a_time() {
    let doc = seed_doc();
    let chart = reader_chart(&doc, 120, 40, &[Action::NextKind]);
    let kinds: Vec<RelationKind> = chart
        .pairs
        .iter()
        .flat_map(|p| p.kinds())
        .map(|k| k.0)
        .collect();
    assert!(
        !kinds.is_empty() && kinds.iter().all(|&k| k == RelationKind::Sanctions),
        "{kinds:?}"
    );
    let (pane, _) = reader_pane(&doc, 120, 40, "t", Config::default());
    assert!(pane.contains("sanctions only"), "{pane}");
}

#[test]
fn seed_list_in_words() {
    let (b, a) = seed();
    let (w, h) = pane_size(120, 40);
    let lines = brief::graph::list::lines(
        &a.entities,
        &a.links,
        &(0..a.links.len()).collect::<Vec<_>>(),
        false,
    );
    assert_eq!(
        lines[0].text(),
        "Russia ══ Kazakhstan · alliance · 3 sentences · “alliance”"
    );
    assert_eq!(
        lines[2].text(),
        "United States ━→ Russia · sanctions · 2 sentences · “sanctions”"
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
fn a_pane_below_30x10_shows_the_list() {
    let (b, a) = seed();
    let out = text(&draw(&Pane::new(), &b, &a, 29, 12, false));
    assert!(out.starts_with("Russia ══ Kazakhstan"), "{out}");
    let out = text(&draw(&Pane::new(), &b, &a, 40, 9, false));
    assert!(out.starts_with("Russia ══ Kazakhstan"), "{out}");
}

#[test]
fn no_color_keeps_kinds_apart_by_glyph() {
    let (b, a) = seed();
    let (w, h) = pane_size(120, 40);
    let mut pane = sized(Pane::new(), &a, w, h);
    // Select the United States–Russia pair (sanctions) so the selection shows.
    while pane.selected() != Some(Item::pair(USA, RUSSIA)) {
        assert!(pane.apply(Command::Next, &a).handled);
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
    // Each kind of the seed keeps its own line style.
    for glyph in ['━', '═', '─', '┈', '┄'] {
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
    let buf = draw(&Pane::new(), &b, &a, 118, 37, false);
    let chart = chart(&a, 118, 37);
    assert!(chart.fits);
    assert!(chart.nodes.len() >= 20, "{}", chart.nodes.len());
    let counts = brief::graph::measure::counts(&chart);
    assert_eq!(counts.through_labels, 0);
    snap("thirty_nodes", &text(&buf));
}

#[test]
fn when_room_is_short_the_strongest_links_stay_and_the_rest_is_told() {
    let (_, a) = generated(40);
    let chart = chart(&a, 60, 24);
    assert!(chart.fits);
    assert!(chart.hidden > 0);
    let drawn: Vec<usize> = chart.pairs.iter().flat_map(|p| p.links()).collect();
    let heaviest = a.links.iter().map(|l| l.weight).max().unwrap_or(0);
    for (i, l) in a.links.iter().enumerate() {
        // A link left out is lighter than the heaviest, or joins an actor left out.
        if l.weight == heaviest && chart.nodes.contains(&l.from) && chart.nodes.contains(&l.to) {
            assert!(drawn.contains(&i), "link {i} is among the heaviest");
        }
    }
    assert!(drawn.iter().any(|&l| a.links[l].weight == heaviest));
    let note = brief::graph::detail::note(&chart, 0);
    assert!(
        note.starts_with(&format!("+{} links not drawn (", chart.hidden)),
        "{note}"
    );
    assert!(note.ends_with("v lists every link, z zooms"), "{note}");
    let kinds: usize = chart.hidden_kinds.iter().map(|(_, n)| n).sum();
    assert_eq!(
        kinds, chart.hidden,
        "the note says which kinds are left out"
    );
}

#[test]
fn a_single_node_is_centred() {
    let (b, mut a) = generated(1);
    a.entities[0].name = String::from("Kazakhstan");
    let (w, h) = pane_size(120, 40);
    let out = text(&draw(&Pane::new(), &b, &a, w, h, false));
    let row = out
        .lines()
        .position(|l| l.contains("[Kazakhstan]"))
        .unwrap_or(0);
    let chart = chart(&a, w, h);
    let middle = usize::from(chart.graph_rows - 1) / 2;
    assert!(row.abs_diff(middle) <= 1, "centred: row {row}\n{out}");
    let line = out.lines().nth(row).unwrap_or("");
    let left = line.find('[').unwrap_or(0);
    assert!(
        left.abs_diff(usize::from(w) - (left + 12)) <= 1,
        "centred: {line:?}"
    );
    snap("single_node", &out);
}

#[test]
fn layout_is_deterministic() {
    for n in [5, 12, 30, 40] {
        let (_, a) = generated(n);
        let (nodes, edges) = specs(&a, &a.links, &(0..a.links.len()).collect::<Vec<_>>());
        let one = Chart::layout(&nodes, &edges, 60, 30, false);
        let two = Chart::layout(&nodes, &edges, 60, 30, false);
        assert_eq!(one, two);
    }
}

#[test]
fn every_seed_link_is_drawn_and_directed_ones_have_arrows() {
    let (_, a) = seed();
    for (w, h) in [pane_size(120, 40), (78, 11), (60, 57)] {
        let chart = chart(&a, w, h);
        assert!(chart.fits, "{w}x{h}");
        let drawn: usize = chart.pairs.iter().map(|p| p.parts.len()).sum();
        assert_eq!(drawn, a.links.len(), "{}", chart.to_text());
        assert_eq!(chart.nodes.len(), 5);
        let sanctions = chart.pair_index(USA, RUSSIA);
        let arrows = (0..h)
            .flat_map(|y| (0..w).map(move |x| (x, y)))
            .filter_map(|(x, y)| chart.cell(x, y))
            .filter(|c| matches!(c.tag, Tag::Edge { pair, .. } if Some(pair) == sanctions))
            .filter(|c| "→←↑↓".contains(c.ch))
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
    let first = pane.apply(Command::Next, &a);
    assert!(
        matches!(first.intent, Some(Intent::Focus(_))),
        "a node first"
    );
    let us_russia = Item::pair(USA, RUSSIA);
    while pane.selected() != Some(us_russia) {
        assert!(pane.apply(Command::Next, &a).handled);
    }
    let out = text(&draw(&pane, &b, &a, w, h, false));
    let detail = last_rows(&out, 2);
    assert!(
        detail.contains("United States ━→ Russia: sanctions on Russia (2 sentences)"),
        "{out}"
    );
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
    let out = text(&draw(&pane, &b, &a, 70, 10, false));
    assert_eq!(out.lines().filter(|l| !l.is_empty()).count(), 3, "{out}");
    assert!(
        out.contains("Syria ┄┄ United States · rapprochement"),
        "{out}"
    );
    pane.set_section(3, &a);
    let out = text(&draw(&pane, &b, &a, 70, 10, false));
    assert!(out.contains("United States ━→ Russia · sanctions"), "{out}");
    assert!(!out.contains("Syria"), "{out}");
    pane.apply(Command::ToggleSection, &a);
    let out = text(&draw(&pane, &b, &a, 70, 10, false));
    assert_eq!(out.lines().filter(|l| !l.is_empty()).count(), a.links.len());
}

#[test]
fn a_selected_node_is_reversed_and_its_links_bold() {
    let (b, a) = seed();
    let (w, h) = (46, 37);
    let mut pane = sized(Pane::new(), &a, w, h);
    while pane.selected() != Some(Item::Node(RUSSIA)) {
        pane.apply(Command::Next, &a);
    }
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
                Tag::Edge { pair, .. } => {
                    let p = &chart.pairs[pair];
                    let touches = p.a == RUSSIA || p.b == RUSSIA;
                    assert_eq!(m.contains(Modifier::BOLD), touches, "{x},{y} pair {pair}");
                }
                _ => {}
            }
        }
    }
}

#[test]
fn a_focused_entity_keeps_its_links_bright_and_dims_the_rest() {
    let doc = seed_doc();
    let a = &doc.analysis;
    let (w, h) = (60, 37);
    let pane = sized(Pane::new(), a, w, h);
    let area = ratatui::layout::Rect::new(0, 0, w, h);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    use ratatui::widgets::Widget;
    brief::ui::graph::GraphPane {
        pane: &pane,
        analysis: a,
        briefing: &doc.briefing,
        theme: brief::ui::Theme::new(true),
        focused: false,
        focus: Some(SYRIA),
    }
    .render(area, &mut buf);
    let chart = pane.chart().expect("laid out");
    let mut seen = (false, false);
    for y in 0..chart.graph_rows {
        for x in 0..w {
            let Some(cell) = chart.cell(x, y) else {
                continue;
            };
            let dim = buf[(x, y)].modifier.contains(Modifier::DIM);
            match cell.tag {
                Tag::Edge { pair, .. } => {
                    let p = &chart.pairs[pair];
                    let mine = p.a == SYRIA || p.b == SYRIA;
                    assert_eq!(dim, !mine, "{x},{y}");
                    if mine { seen.0 = true } else { seen.1 = true }
                }
                Tag::Node(KAZAKHSTAN) => assert!(dim, "not Syria's partner"),
                Tag::Node(SYRIA | RUSSIA | USA) => assert!(!dim),
                _ => {}
            }
        }
    }
    assert_eq!(seen, (true, true));
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
            short: None,
            country: None,
        })
        .collect();
    let edges: Vec<EdgeSpec> = (0..20_000)
        .map(|k| {
            let kind = RelationKind::ALL[k % 10];
            EdgeSpec {
                link: k,
                from: next(2000),
                to: next(2000),
                kind,
                directed: kind.is_directed(),
                weight: 1 + next(50) as u32,
                negated: false,
                sentences: Vec::new(),
            }
        })
        .collect();
    let chart = Chart::layout(&nodes, &edges, 100, 40, false);
    assert!(chart.fits);
    assert!(chart.nodes.len() <= 30);
    let drawn: usize = chart.pairs.iter().map(|p| p.parts.len()).sum();
    assert!(drawn > 0 && chart.pairs.len() <= 60);
    assert_eq!(chart.hidden + drawn, edges.len());
}

#[test]
fn curated_seed_in_a_narrow_pane() {
    let (b, a) = curated();
    let out = text(&draw(&Pane::new(), &b, &a, 36, 37, false));
    let chart = chart(&a, 36, 37);
    let drawn: usize = chart.pairs.iter().map(|p| p.parts.len()).sum();
    assert_eq!(drawn, 13, "every link drawn:\n{out}");
    snap("curated_pane_36x37", &out);
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
fn one_line_per_pair_and_its_detail_in_words() {
    let (b, a) = curated();
    let (w, h) = (60, 37);
    let mut pane = sized(Pane::new(), &a, w, h);
    let chart = pane.chart().cloned().expect("laid out");
    // Thirteen links between seven pairs: Russia–Kazakhstan has three kinds.
    assert_eq!(chart.pairs.len(), 7);
    let rk = chart
        .pair(KAZAKHSTAN, RUSSIA)
        .expect("Russia–Kazakhstan drawn");
    assert_eq!(
        rk.kind(),
        RelationKind::Alliance,
        "alliance outranks cooperation"
    );
    assert_eq!(rk.parts.len(), 3);
    // Each line is tagged with its own pair only.
    for (k, route) in chart.routes.iter().enumerate() {
        for &(x, y) in route {
            match chart.cell(x, y).map(|c| c.tag) {
                Some(Tag::Edge { pair, .. } | Tag::Label { pair, .. }) => assert_eq!(pair, k),
                Some(Tag::Crossing) => {}
                other => panic!("{x},{y} of pair {k} is {other:?}"),
            }
        }
    }
    let out = text(&draw(&pane, &b, &a, w, h, false));
    assert!(out.contains("5 actors · 7 pairs · 13 links"), "{out}");
    while pane.selected() != Some(Item::pair(RUSSIA, KAZAKHSTAN)) {
        pane.apply(Command::Next, &a);
    }
    let out = text(&draw(&pane, &b, &a, w, h, false));
    let detail = last_rows(&out, 2);
    assert!(
        detail.contains("Russia ═ Kazakhstan: alliance (2 sentences)"),
        "{out}"
    );
    assert!(
        detail.contains("cooperation (5 sentences)") && detail.contains("dialogue (2 sentences)")
    );
}

#[test]
fn a_pair_opens_the_evidence_of_all_its_kinds() {
    let (b, a) = curated();
    let mut pane = sized(Pane::new(), &a, 60, 37);
    while pane.selected() != Some(Item::pair(SYRIA, RUSSIA)) {
        pane.apply(Command::Next, &a);
    }
    pane.apply(Command::Enter, &a);
    let out = text(&draw(&pane, &b, &a, 60, 37, false));
    let coop = out.find("─── cooperation (2)").expect(&out);
    let dial = out.find("┈┈┈ dialogue (1)").expect(&out);
    assert!(coop < dial, "most salient kind first:\n{out}");
    assert_eq!(pane.evidence_entries(&a).len(), 3);
    pane.apply(Command::Last, &a);
    let Some(Intent::Jump(loc)) = pane.apply(Command::Enter, &a).intent else {
        panic!("Enter jumps");
    };
    assert_eq!(loc.part, brief::model::Part::Para(0));
    assert_eq!(loc.section, 5);
    assert!(brief::graph::evidence::loc_text(&b, loc).is_some_and(|t| t.contains("Dmitry Peskov")));
}

#[test]
fn a_negated_link_is_drawn_and_described_as_such() {
    let (b, mut a) = seed();
    let k = a
        .links
        .iter()
        .position(|l| l.kind == RelationKind::Rapprochement)
        .unwrap_or(0);
    a.links[k].negated = true;
    let mut pane = sized(Pane::new(), &a, 60, 37);
    let chart = pane.chart().cloned().expect("laid out");
    let (a_, b_) = (a.links[k].from, a.links[k].to);
    let p = chart.pair_index(a_, b_).expect("the negated pair is drawn");
    assert!(chart.pairs[p].negated());
    assert!(chart.to_text().contains('×'), "{}", chart.to_text());
    while pane.selected() != Some(Item::pair(a_, b_)) {
        pane.apply(Command::Next, &a);
    }
    let out = text(&draw(&pane, &b, &a, 60, 37, false));
    assert!(out.contains("rapprochement, negated (1 sentence)"), "{out}");
    assert!(out.contains("deny, refuse or suppose"), "{out}");
}

#[test]
fn the_country_view_puts_companies_under_their_country() {
    use brief::model::{Entity, EntityKind};
    let (b, mut a) = seed();
    a.entities.push(Entity {
        id: String::from("rosneft"),
        name: String::from("Rosneft"),
        kind: EntityKind::Organization,
        iso: None,
        aliases: Vec::new(),
        affiliation: Some(String::from("ru")),
        short: None,
    });
    let rosneft = a.entities.len() - 1;
    let ev = a
        .links
        .iter()
        .find(|l| l.kind == RelationKind::Sanctions)
        .map(|l| l.evidence.clone())
        .unwrap_or_default();
    a.links
        .push(link(USA, rosneft, RelationKind::Sanctions, ev));
    let chart_all = chart(&a, 60, 37);
    assert!(chart_all.nodes.contains(&rosneft), "every actor by default");
    let mut pane = sized(Pane::new(), &a, 60, 37);
    pane.apply(Command::ToggleActors, &a);
    let rolled = pane.chart().expect("laid out");
    assert!(!rolled.nodes.contains(&rosneft), "{}", rolled.to_text());
    let out = text(&draw(&pane, &b, &a, 60, 37, false));
    assert!(pane.title().contains("countries"), "{out}");
}
