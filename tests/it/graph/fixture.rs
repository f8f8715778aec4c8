//! The fixtures of the graph tests: the seed briefing and its links made by hand as in
//! the curated briefing, generated briefings of n countries, and drawing helpers.

use std::sync::Arc;

use brief::app::{Action, Config, State};
use brief::commands::render::{parse_keys, render};
use brief::graph::{Chart, Command, Pane};
use brief::model::{
    Analysis, Briefing, Doc, Entity, EntityKind, Link, LinkEvidence, Loc, Part, RelationKind,
    Section,
};
use brief::ui::Theme;
use brief::ui::graph::GraphPane;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::Widget;

pub const SECTIONS: [(&str, &str); 6] = [
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

pub const RUSSIA: usize = 0;
pub const KAZAKHSTAN: usize = 1;
pub const UZBEKISTAN: usize = 2;
pub const SYRIA: usize = 3;
pub const USA: usize = 4;

pub fn briefing() -> Briefing {
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

pub fn country(id: &str, name: &str) -> Entity {
    Entity {
        id: id.to_string(),
        name: name.to_string(),
        kind: EntityKind::Country,
        iso: None,
        aliases: Vec::new(),
        affiliation: None,
        short: None,
    }
}

/// Sentence `n` of section `section`'s only paragraph (the seed has no abbreviations,
/// so ". " ends a sentence).
pub fn sentence(section: usize, n: usize, cue: &str) -> LinkEvidence {
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

pub fn link(from: usize, to: usize, kind: RelationKind, evidence: Vec<LinkEvidence>) -> Link {
    Link {
        from,
        to,
        kind,
        directed: kind.is_directed(),
        label: kind.as_str().to_string(),
        weight: evidence.len() as u32,
        declared: true,
        negated: false,
        evidence,
    }
}

/// The seed's entities and links, as the curated briefing declares them.
pub fn seed() -> (Briefing, Analysis) {
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
pub fn pane_size(width: u16, height: u16) -> (u16, u16) {
    ((width * 2 / 5).saturating_sub(2), height.saturating_sub(3))
}

pub fn draw(
    pane: &Pane,
    briefing: &Briefing,
    analysis: &Analysis,
    w: u16,
    h: u16,
    no_color: bool,
) -> Buffer {
    // The reader's `update` lays the chart out for the pane's size before drawing.
    let pane = sized(pane.clone(), analysis, w, h);
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    GraphPane {
        pane: &pane,
        analysis,
        briefing,
        theme: Theme::new(no_color),
        focused: true,
        focus: None,
    }
    .render(area, &mut buf);
    buf
}

/// The seed with its links made by hand, as a loaded document.
pub fn seed_doc() -> Arc<Doc> {
    let (briefing, analysis) = seed();
    Arc::new(Doc::new(briefing, analysis))
}

/// An article of the development corpus, loaded and analysed as `brief` does. Its
/// links are what inference gives today: snapshots of it change when inference does.
pub fn corpus(name: &str) -> Arc<Doc> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/dev")
        .join(name);
    let loaded =
        brief::load::load_path(&path).unwrap_or_else(|p| panic!("{}: {p:?}", path.display()));
    let analysis =
        brief::analysis::analyse(&loaded.briefing, &brief::entities::Gazetteer::builtin());
    Arc::new(Doc::new(loaded.briefing, analysis))
}

/// The reader on `doc` at `w`×`h` after `keys`, and the text of its relationship pane
/// (border included) as a person sees it.
pub fn reader_pane(doc: &Arc<Doc>, w: u16, h: u16, keys: &str, config: Config) -> (String, State) {
    let mut state = State::reader(doc.clone(), config);
    let keys = parse_keys(keys).expect("a valid key script");
    let buf = render(&mut state, w, h, &keys);
    let r = state.reader.as_ref().expect("a reader");
    let area = r
        .areas(buf.area)
        .relations
        .expect("the relationship pane is on screen");
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let line: String = (area.left()..area.right())
            .map(|x| buf[(x, y)].symbol())
            .collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    (out, state)
}

/// The reader's chart of `doc` at a terminal of `w`×`h`, after `actions`.
pub fn reader_chart(doc: &Arc<Doc>, w: u16, h: u16, actions: &[Action]) -> Chart {
    let mut state = State::reader(doc.clone(), Config::default());
    brief::app::update(&mut state, Action::Resize(w, h));
    for &a in actions {
        brief::app::update(&mut state, a);
    }
    let r = state.reader.as_ref().expect("a reader");
    r.relations.pane.chart().cloned().expect("a chart")
}

/// `pane` with its chart laid out for a `w`×`h` inside.
pub fn sized(mut pane: Pane, analysis: &Analysis, w: u16, h: u16) -> Pane {
    pane.resize(analysis, w, h);
    pane
}

/// The chart of a new pane of `w`×`h`.
pub fn chart(analysis: &Analysis, w: u16, h: u16) -> Chart {
    let pane = sized(Pane::new(), analysis, w, h);
    pane.chart().cloned().expect("a sized pane has a chart")
}

pub fn text(buf: &Buffer) -> String {
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

/// Each cell's modifiers as one letter (Bold, Italic, Dim, Reversed, Underlined), for
/// NO_COLOR snapshots where only modifiers carry meaning.
pub fn modifiers(buf: &Buffer) -> String {
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

pub fn list_pane(analysis: &Analysis) -> Pane {
    let mut pane = Pane::new();
    pane.apply(Command::ToggleView, analysis);
    pane
}

/// A generated briefing of `n` countries: a ring of links plus chords, kinds and
/// weights varying with the index.
pub fn generated(n: usize) -> (Briefing, Analysis) {
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

pub const NAMES: [&str; 40] = [
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

/// The curated briefing's fuller set: thirteen links, three of them between Russia and
/// Kazakhstan, two between most other linked pairs.
pub fn curated() -> (Briefing, Analysis) {
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
