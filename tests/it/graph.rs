//! Integration tests: the relationship pane's chart, list and evidence views, drawn
//! into ratatui buffers, with the seed's links made by hand as in the curated briefing.

use brief::graph::{Chart, Command, EdgeSpec, Intent, Item, NodeSpec, Pane, Tag, specs};
use brief::model::{
    Analysis, Briefing, Entity, EntityKind, Link, LinkEvidence, Loc, Part, RelationKind, Section,
};
use brief::ui::graph::GraphPane;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::Widget;

const SECTIONS: [(&str, &str); 6] = [
    (
        "Poutine reçoit Tokayev à Moscou",
        "Le président russe Vladimir Poutine accueille à Moscou son homologue kazakh Kassym-Jomart Tokayev pour une série d’entretiens visant à approfondir la coopération économique et énergétique entre leurs deux pays. Cette rencontre intervient dans un contexte marqué par de nouvelles sanctions américaines visant les entreprises russes du secteur énergétique, notamment Rosneft et Lukoil, incitant Moscou à diversifier ses partenariats régionaux.",
    ),
    (
        "Consolidation des échanges trilatéraux",
        "Selon le porte-parole du Kremlin, Dmitry Peskov, la coopération entre la Russie et le Kazakhstan couvre désormais l’ensemble des secteurs économiques, avec un accent particulier sur l’énergie. Les discussions à Moscou porteront sur la mise en œuvre de projets conjoints avec l’Ouzbékistan, notamment dans le domaine du gaz naturel. Ce format trilatéral, déjà évoqué lors de précédentes rencontres, doit permettre de moderniser les infrastructures de transport et de renforcer les capacités régionales d’exportation.",
    ),
    (
        "Une alliance à dimension stratégique",
        "Le Kremlin a indiqué que les deux dirigeants signeront une déclaration commune élevant leurs relations à un partenariat stratégique global et à une alliance. Cette initiative vise à structurer durablement la coopération énergétique entre Moscou et Astana. En parallèle, Poutine et Tokayev participeront, par visioconférence, au forum interrégional de coopération, destiné à renforcer les liens institutionnels dans les domaines du commerce, de l’énergie et de l’industrie.",
    ),
    (
        "Répercussions des sanctions américaines",
        "Les sanctions imposées par les États-Unis contre plusieurs acteurs russes du secteur énergétique créent un climat de recomposition des flux commerciaux régionaux. Si le Kremlin n’a pas précisé si ces mesures seraient abordées directement, elles influencent fortement les orientations de Moscou. Le partenariat avec le Kazakhstan et l’Ouzbékistan offre à la Russie une voie de contournement économique tout en consolidant son influence énergétique en Asie centrale.",
    ),
    (
        "Équilibre diplomatique du Kazakhstan",
        "Le Kazakhstan continue à entretenir un dialogue actif avec les États-Unis, comme en témoigne la récente participation de Tokayev au sommet C5+1 à Washington. Cette coopération, centrée sur la sécurité régionale et les ressources stratégiques, ne semble pas affecter les échanges avec la Russie. Astana cherche à maintenir un équilibre diplomatique entre les puissances, tout en tirant profit de sa position géographique et de son rôle de carrefour énergétique.",
    ),
    (
        "Maintien du dialogue russo-syrien",
        "En marge des discussions économiques, Dmitry Peskov a évoqué la continuité des relations russo-syriennes. Le président syrien Ahmed al-Sharaa a récemment rencontré Vladimir Poutine à Moscou pour consolider la coopération bilatérale. Malgré le rapprochement entre Damas et Washington, le Kremlin estime que cette dynamique n’altèrera pas la progression de ses échanges avec la Syrie, illustrant la stratégie russe de maintien de ses partenariats clés sur plusieurs fronts.",
    ),
];

const RUSSIA: usize = 0;
const KAZAKHSTAN: usize = 1;
const UZBEKISTAN: usize = 2;
const SYRIA: usize = 3;
const USA: usize = 4;

fn briefing() -> Briefing {
    Briefing {
        title: String::from("Poutine reçoit Tokayev"),
        date: None,
        source: None,
        language: String::from("fr"),
        summary: None,
        sections: SECTIONS
            .iter()
            .enumerate()
            .map(|(i, (title, body))| Section {
                id: format!("s{i}"),
                title: (*title).to_string(),
                body: vec![(*body).to_string()],
            })
            .collect(),
        entities: Vec::new(),
        relations: Vec::new(),
    }
}

fn country(id: &str, name: &str) -> Entity {
    Entity {
        id: id.to_string(),
        name: name.to_string(),
        kind: EntityKind::Country,
        iso: None,
        aliases: Vec::new(),
        affiliation: None,
    }
}

/// Sentence `n` of section `section`'s only paragraph (the seed has no abbreviations,
/// so ". " ends a sentence).
fn sentence(section: usize, n: usize, cue: &str) -> LinkEvidence {
    let body = SECTIONS[section].1;
    let mut start = 0;
    let mut bounds = Vec::new();
    for (i, _) in body.match_indices(". ") {
        bounds.push((start, i + 1));
        start = i + 2;
    }
    bounds.push((start, body.len()));
    let (s, e) = bounds[n];
    LinkEvidence {
        sentence: n,
        loc: Loc {
            section: section as u32,
            part: Part::Para(0),
            start: s as u32,
            end: e as u32,
        },
        cue: Some(cue.to_string()),
    }
}

fn link(from: usize, to: usize, kind: RelationKind, evidence: Vec<LinkEvidence>) -> Link {
    Link {
        from,
        to,
        kind,
        directed: kind.is_directed(),
        label: kind.as_str().to_string(),
        weight: evidence.len() as u32,
        declared: true,
        evidence,
    }
}

/// The seed's entities and links, as the curated briefing declares them.
fn seed() -> (Briefing, Analysis) {
    use RelationKind::*;
    let entities = vec![
        country("ru", "Russia"),
        country("kz", "Kazakhstan"),
        country("uz", "Uzbekistan"),
        country("sy", "Syria"),
        country("us", "United States"),
    ];
    let title = LinkEvidence {
        sentence: 0,
        loc: Loc {
            section: 5,
            part: Part::Title,
            start: 12,
            end: 33,
        },
        cue: Some(String::from("dialogue")),
    };
    let mut links = vec![
        link(
            RUSSIA,
            KAZAKHSTAN,
            Alliance,
            vec![
                sentence(2, 0, "alliance"),
                sentence(2, 1, "coopération"),
                sentence(2, 2, "coopération"),
            ],
        ),
        link(
            RUSSIA,
            KAZAKHSTAN,
            Cooperation,
            vec![sentence(0, 0, "coopération"), sentence(1, 0, "coopération")],
        ),
        link(
            USA,
            RUSSIA,
            Sanctions,
            vec![sentence(0, 1, "sanctions"), sentence(3, 0, "sanctions")],
        ),
        link(
            RUSSIA,
            UZBEKISTAN,
            Cooperation,
            vec![
                sentence(1, 1, "projets conjoints"),
                sentence(3, 2, "partenariat"),
            ],
        ),
        link(
            KAZAKHSTAN,
            UZBEKISTAN,
            Cooperation,
            vec![
                sentence(1, 1, "projets conjoints"),
                sentence(3, 2, "partenariat"),
            ],
        ),
        link(
            KAZAKHSTAN,
            USA,
            Dialogue,
            vec![sentence(4, 0, "dialogue"), sentence(4, 1, "coopération")],
        ),
        link(
            RUSSIA,
            SYRIA,
            Cooperation,
            vec![sentence(5, 1, "coopération"), sentence(5, 2, "échanges")],
        ),
        link(RUSSIA, SYRIA, Dialogue, vec![title]),
        link(
            SYRIA,
            USA,
            Rapprochement,
            vec![sentence(5, 2, "rapprochement")],
        ),
    ];
    links.sort_by_key(|l| std::cmp::Reverse(l.weight));
    let analysis = Analysis {
        entities,
        mentions: Vec::new(),
        links,
    };
    (briefing(), analysis)
}

/// The relationship pane of a `width`×`height` screen, as the reader gives it: about
/// 40% of the width, inside a border.
fn pane_size(width: u16, height: u16) -> (u16, u16) {
    ((width * 2 / 5).saturating_sub(2), height.saturating_sub(3))
}

fn draw(
    pane: &Pane,
    briefing: &Briefing,
    analysis: &Analysis,
    w: u16,
    h: u16,
    no_color: bool,
) -> Buffer {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    GraphPane {
        pane,
        analysis,
        briefing,
        no_color,
        focused: true,
    }
    .render(area, &mut buf);
    buf
}

fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Snapshots are named `graph__*`, next to the other integration snapshots.
fn snap(name: &str, value: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(format!("graph__{name}"), value));
}

/// Each cell's modifiers as one letter (Bold, Italic, Dim, Reversed, Underlined), for
/// NO_COLOR snapshots where only modifiers carry meaning.
fn modifiers(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            let m = buf[(x, y)].modifier;
            let c = [
                (Modifier::REVERSED, 'R'),
                (Modifier::BOLD, 'B'),
                (Modifier::ITALIC, 'I'),
                (Modifier::DIM, 'D'),
                (Modifier::UNDERLINED, 'U'),
            ]
            .iter()
            .find(|(f, _)| m.contains(*f))
            .map_or('.', |(_, c)| *c);
            line.push(c);
        }
        out.push_str(line.trim_end_matches('.'));
        out.push('\n');
    }
    out
}

fn list_pane(analysis: &Analysis) -> Pane {
    let mut pane = Pane::new();
    pane.apply(Command::ToggleView, analysis);
    pane
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
    let mut pane = Pane::new();
    pane.chart(&a, w, h);
    // Select the sanctions link so the selection shows in the dump.
    while !matches!(pane.selected(), Some(Item::Link(l)) if a.links[l].kind == RelationKind::Sanctions)
    {
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

/// A generated briefing of `n` countries: a ring of links plus chords, kinds and
/// weights varying with the index.
fn generated(n: usize) -> (Briefing, Analysis) {
    let entities: Vec<Entity> = (0..n)
        .map(|i| country(&format!("c{i}"), NAMES[i % NAMES.len()]))
        .collect();
    let mut links = Vec::new();
    for i in 0..n {
        let kind = RelationKind::ALL[i % RelationKind::ALL.len()];
        if n > 1 {
            links.push(link(
                i,
                (i + 1) % n,
                kind,
                vec![sentence(i % 6, 0, kind.as_str()); 1 + i % 4],
            ));
        }
        if n > 8 && i % 3 == 0 {
            let kind = RelationKind::ALL[(i / 3) % RelationKind::ALL.len()];
            links.push(link(
                i,
                (i + n / 2) % n,
                kind,
                vec![sentence(i % 6, 0, kind.as_str())],
            ));
        }
    }
    links.sort_by_key(|l| std::cmp::Reverse(l.weight));
    let analysis = Analysis {
        entities,
        mentions: Vec::new(),
        links,
    };
    (briefing(), analysis)
}

const NAMES: [&str; 40] = [
    "Russia",
    "Kazakhstan",
    "Uzbekistan",
    "Syria",
    "United States",
    "France",
    "Germany",
    "China",
    "India",
    "Japan",
    "Brazil",
    "Turkey",
    "Iran",
    "Egypt",
    "Poland",
    "Ukraine",
    "Georgia",
    "Armenia",
    "Qatar",
    "Israel",
    "Canada",
    "Mexico",
    "Spain",
    "Italy",
    "Norway",
    "Chile",
    "Peru",
    "Kenya",
    "Nigeria",
    "Vietnam",
    "Belarus",
    "Serbia",
    "Greece",
    "Sweden",
    "Finland",
    "Latvia",
    "Oman",
    "Iraq",
    "Jordan",
    "Mongolia",
];

#[test]
fn thirty_nodes_stay_legible() {
    let (b, a) = generated(30);
    let pane = Pane::new();
    let (w, h) = pane_size(120, 40);
    let buf = draw(&pane, &b, &a, w, h, false);
    let chart = pane.chart(&a, w, h);
    assert!(chart.fits);
    assert_eq!(chart.nodes.len(), 30);
    snap("thirty_nodes", &text(&buf));
}

#[test]
fn beyond_thirty_nodes_the_strongest_links_stay() {
    let (_, a) = generated(40);
    let pane = Pane::new();
    let chart = pane.chart(&a, 100, 40);
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
    assert_eq!(
        Pane::new().chart(&a, 46, 37).to_text(),
        Pane::new().chart(&a, 46, 37).to_text()
    );
}

#[test]
fn every_seed_link_is_drawn_and_directed_ones_have_arrows() {
    let (_, a) = seed();
    for (w, h) in [pane_size(120, 40), pane_size(80, 24)] {
        let pane = Pane::new();
        let chart = pane.chart(&a, w, h);
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
    let mut pane = Pane::new();
    pane.chart(&a, w, h);
    let sanctions = a
        .links
        .iter()
        .position(|l| l.kind == RelationKind::Sanctions);
    // Nodes come first: the first step selects the hub and focuses it.
    let first = pane.apply(Command::Next, &a);
    assert_eq!(first.intent, Some(Intent::Focus(RUSSIA)));
    while pane.selected() != sanctions.map(Item::Link) {
        assert!(pane.apply(Command::Next, &a).handled);
    }
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
    assert_eq!(pane.selected(), sanctions.map(Item::Link));
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
                prop_assert!(brief::graph::text::width(line) <= usize::from(w));
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
        if list {
            pane.apply(Command::ToggleView, &a);
        }
        // Draw into the middle of a larger buffer: nothing may change around the area.
        let outer = Rect::new(0, 0, w + 4, h + 4);
        let area = Rect::new(2, 2, w, h);
        let mut buf = Buffer::empty(outer);
        GraphPane { pane: &pane, analysis: &a, briefing: &b, no_color: false, focused: true }
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

#[test]
fn a_selected_node_is_reversed_and_its_links_bold() {
    let (b, a) = seed();
    let (w, h) = (36, 37);
    let mut pane = Pane::new();
    pane.chart(&a, w, h);
    pane.apply(Command::Next, &a);
    assert_eq!(pane.selected(), Some(Item::Node(RUSSIA)));
    let buf = draw(&pane, &b, &a, w, h, true);
    let chart = pane.chart(&a, w, h);
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

/// The curated briefing's fuller set: thirteen links, three of them between Russia and
/// Kazakhstan, two between most other linked pairs.
fn curated() -> (Briefing, Analysis) {
    use RelationKind::*;
    let (b, mut a) = seed();
    let s = |sec, n, cue| sentence(sec, n, cue);
    a.links = vec![
        link(
            RUSSIA,
            KAZAKHSTAN,
            Cooperation,
            vec![
                s(0, 0, "coopération"),
                s(1, 0, "coopération"),
                s(2, 1, "coopération"),
                s(2, 2, "coopération"),
                s(4, 1, "échanges"),
            ],
        ),
        link(
            RUSSIA,
            KAZAKHSTAN,
            Alliance,
            vec![s(2, 0, "alliance"), s(3, 2, "partenariat")],
        ),
        link(
            RUSSIA,
            KAZAKHSTAN,
            Dialogue,
            vec![s(0, 0, "entretiens"), s(1, 1, "discussions")],
        ),
        link(
            USA,
            RUSSIA,
            Sanctions,
            vec![
                s(0, 1, "sanctions"),
                s(3, 0, "sanctions"),
                s(3, 1, "mesures"),
            ],
        ),
        link(
            RUSSIA,
            UZBEKISTAN,
            Cooperation,
            vec![s(1, 1, "projets conjoints"), s(1, 2, "format trilatéral")],
        ),
        link(RUSSIA, UZBEKISTAN, Alliance, vec![s(3, 2, "partenariat")]),
        link(
            KAZAKHSTAN,
            UZBEKISTAN,
            Cooperation,
            vec![s(1, 1, "projets conjoints"), s(1, 2, "format trilatéral")],
        ),
        link(
            KAZAKHSTAN,
            UZBEKISTAN,
            Alliance,
            vec![s(3, 2, "partenariat")],
        ),
        link(
            KAZAKHSTAN,
            USA,
            Dialogue,
            vec![s(4, 0, "dialogue"), s(4, 0, "sommet")],
        ),
        link(KAZAKHSTAN, USA, Cooperation, vec![s(4, 1, "coopération")]),
        link(RUSSIA, SYRIA, Dialogue, vec![s(5, 0, "relations")]),
        link(
            RUSSIA,
            SYRIA,
            Cooperation,
            vec![s(5, 1, "coopération"), s(5, 2, "échanges")],
        ),
        link(SYRIA, USA, Rapprochement, vec![s(5, 2, "rapprochement")]),
    ];
    a.links.sort_by_key(|l| std::cmp::Reverse(l.weight));
    (b, a)
}

#[test]
fn curated_seed_in_the_reader_pane() {
    let (b, a) = curated();
    let pane = Pane::new();
    let out = text(&draw(&pane, &b, &a, 36, 37, false));
    let chart = pane.chart(&a, 36, 37);
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
                prop_assert!(pane.visible(&a).contains(&ev.link));
                prop_assert!(ev.selected < a.links[ev.link].evidence.len().max(1));
            }
            draw(&pane, &b, &a, w, h, false);
        }
    }
}
