//! One keystroke plus one frame, on the seed briefing and on a ~20 MB generated article
//! of thousands of sections: both must cost the same (only visible lines are touched).
//! And the frame on which the background analysis arrives (issue 10: no frame over
//! 16 ms, that one included).
//!
//! The seed is analysed for real; the large article's mentions are annotated by plain
//! name search and its links made up, so its setup stays quick.

use std::hint::black_box;
use std::sync::Arc;
use std::time::Instant;

use aho_corasick::AhoCorasick;
use brief::app::update::press;
use brief::app::{Action, Config, Msg, State, update};
use brief::commands::open::seed_briefing;
use brief::model::{
    Analysis, Briefing, Doc, Entity, EntityKind, Link, LinkEvidence, Loc, Mention, Part,
    RelationKind, Section,
};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SENTENCES: [&str; 6] = [
    "La Russie et le Kazakhstan renforcent leur coopération énergétique à Moscou.",
    "Les sanctions imposées par les États-Unis visent les entreprises russes.",
    "Astana entretient un dialogue actif avec Washington sur la sécurité régionale.",
    "Le Kremlin évoque des projets conjoints avec l’Ouzbékistan dans le gaz naturel.",
    "Damas et Moscou maintiennent leurs relations malgré le rapprochement régional.",
    "Les flux commerciaux de l’Asie centrale se recomposent sous l’effet des mesures.",
];

/// About `bytes` of article: sections of four paragraphs of eight sentences.
fn generated(bytes: usize) -> Briefing {
    let mut sections = Vec::new();
    let mut size = 0;
    let mut n = 0;
    while size < bytes {
        let body: Vec<String> = (0..4)
            .map(|p| {
                (0..8)
                    .map(|s| SENTENCES[(n + p + s) % SENTENCES.len()])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        size += body.iter().map(String::len).sum::<usize>();
        sections.push(Section {
            id: format!("s{n}"),
            title: format!("Section {n} : la Russie et ses voisins"),
            body,
        });
        n += 1;
    }
    let entity = |id: &str, name: &str, kind| Entity {
        id: id.into(),
        name: name.into(),
        kind,
        iso: None,
        aliases: Vec::new(),
        affiliation: None,
        short: None,
    };
    Briefing {
        title: "Generated".into(),
        date: None,
        source: None,
        language: "fr".into(),
        summary: None,
        sections,
        entities: vec![
            entity("russia", "Russie", EntityKind::Country),
            entity("kazakhstan", "Kazakhstan", EntityKind::Country),
            entity("us", "États-Unis", EntityKind::Country),
            entity("moscow", "Moscou", EntityKind::Place),
            entity("kremlin", "Kremlin", EntityKind::Organization),
        ],
        relations: Vec::new(),
    }
}

/// Every occurrence of each entity name, as mentions.
fn annotate(briefing: Briefing) -> Arc<Doc> {
    let names: Vec<&str> = briefing.entities.iter().map(|e| e.name.as_str()).collect();
    let ac = AhoCorasick::new(&names).expect("names build an automaton");
    let mut mentions = Vec::new();
    for (s, section) in briefing.sections.iter().enumerate() {
        let parts = section.parts();
        for (part, text) in parts {
            for m in ac.find_iter(text) {
                mentions.push(Mention {
                    entity: m.pattern().as_u32(),
                    loc: Loc {
                        section: s as u32,
                        part,
                        start: m.start() as u32,
                        end: m.end() as u32,
                    },
                });
            }
        }
    }
    let links = links(&briefing);
    let analysis = Analysis {
        entities: briefing.entities.clone(),
        mentions,
        links,
    };
    Arc::new(Doc::new(briefing, analysis))
}

/// A link between each pair of entities, its evidence spread over the article.
fn links(briefing: &Briefing) -> Vec<Link> {
    let n = briefing.entities.len();
    let sections = briefing.sections.len().max(1);
    let mut out = Vec::new();
    for from in 0..n {
        for to in from + 1..n {
            let kind = RelationKind::ALL[(from + to) % RelationKind::ALL.len()];
            let evidence: Vec<LinkEvidence> = (0..3)
                .map(|k| LinkEvidence {
                    sentence: 0,
                    loc: Loc {
                        section: ((from * 7 + to * 13 + k * 101) % sections) as u32,
                        part: Part::Para(0),
                        start: 0,
                        end: 20,
                    },
                    cue: None,
                })
                .collect();
            out.push(Link {
                from,
                to,
                kind,
                directed: kind.is_directed(),
                label: kind.as_str().into(),
                weight: evidence.len() as u32,
                declared: false,
                negated: false,
                evidence,
            });
        }
    }
    out
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

/// A reader at 120×40 in the middle of the article, and a terminal to draw it in.
fn setup(doc: Arc<Doc>) -> (State, Terminal<TestBackend>) {
    let mut state = State::reader(doc, Config::default());
    update(&mut state, Action::Resize(120, 40));
    let sections = state
        .reader
        .as_ref()
        .map_or(0, |r| r.doc().briefing.sections.len());
    if let Some(r) = state.reader.as_mut() {
        r.view.top = r.layout.section_start(sections / 2);
    }
    update(&mut state, Action::Resize(120, 40));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    let _ = terminal.draw(|f| brief::ui::draw(f, &state));
    (state, terminal)
}

fn keystroke(c: &mut Criterion, name: &str, doc: Arc<Doc>, in_pane: bool) {
    let (mut state, mut terminal) = setup(doc);
    if in_pane {
        // Tab from the reading pane focuses the relationship pane.
        press(&mut state, KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE));
    }
    let mut down = true;
    c.bench_function(name, |b| {
        b.iter(|| {
            // Alternate j and k so the reader never reaches an end.
            press(&mut state, key(if down { 'j' } else { 'k' }));
            down = !down;
            let _ = terminal.draw(|f| brief::ui::draw(f, black_box(&state)));
        })
    });
}

/// An article of the development corpus, loaded and analysed as `brief` does.
fn corpus(name: &str) -> Arc<Doc> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/dev")
        .join(name);
    let loaded = brief::load::load_path(&path).expect("the corpus article loads");
    let analysis =
        brief::analysis::analyse(&loaded.briefing, &brief::entities::Gazetteer::builtin());
    Arc::new(Doc::new(loaded.briefing, analysis))
}

/// Laying the chart out, as a filter key or a new size asks: the links of `doc` (with
/// co-mentions when `all`) in a `w`×`h` pane.
fn layout(c: &mut Criterion, name: &str, doc: &Doc, w: u16, h: u16, all: bool) {
    let filter = brief::graph::Filter {
        co_mentions: all,
        ..Default::default()
    };
    let links = &doc.analysis.links;
    let visible = brief::graph::visible_links(links, filter);
    let (nodes, edges) = brief::graph::specs(&doc.analysis, links, &visible);
    c.bench_function(name, |b| {
        b.iter(|| brief::graph::Chart::layout(black_box(&nodes), black_box(&edges), w, h, false))
    });
}

/// The reader in the middle of `doc` while its analysis is pending; then the analysis
/// arrives (`update` applies it: marks looked up again, the chart laid out) and the frame
/// is drawn.
fn analysis_arrives(c: &mut Criterion, name: &str, doc: &Arc<Doc>) {
    let pending = || {
        let (state, terminal) = setup(Arc::new(Doc::pending(doc.briefing.clone())));
        (state, terminal, doc.analysis.clone())
    };
    let mut group = c.benchmark_group("analysis arrives");
    group.sample_size(10);
    group.bench_function(name, |b| {
        b.iter_batched(
            pending,
            |(mut state, mut terminal, analysis)| {
                update(
                    &mut state,
                    Msg::Analysed(doc.briefing.clone(), Some(analysis)),
                );
                let _ = terminal.draw(|f| brief::ui::draw(f, black_box(&state)));
                state
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn bench(c: &mut Criterion) {
    let seed = seed_briefing().expect("the seed briefing parses");
    // The seed goes through the real analysis: its entities, mentions and links.
    let analysis = brief::analysis::analyse(&seed, &brief::entities::Gazetteer::builtin());
    let seed = Arc::new(Doc::new(seed, analysis));
    let start = Instant::now();
    let big = annotate(generated(20 * 1024 * 1024));
    eprintln!(
        "generated {} sections, {} mentions in {:?}",
        big.briefing.sections.len(),
        big.analysis.mentions.len(),
        start.elapsed()
    );
    let start = Instant::now();
    let _ = setup(big.clone());
    eprintln!(
        "first frame of the 20 MB article (layout + frame): {:?}",
        start.elapsed()
    );
    // The same generated text at 50 KB: against the 20 MB figure, it isolates the cost
    // of size from the cost of a denser page (every sentence of it names entities).
    let small = annotate(generated(50 * 1024));
    keystroke(c, "keystroke+frame/50KB", small, false);
    keystroke(c, "keystroke+frame/seed", seed.clone(), false);
    keystroke(c, "keystroke+frame/20MB", big.clone(), false);
    keystroke(c, "pane keystroke+frame/seed", seed.clone(), true);
    keystroke(c, "pane keystroke+frame/20MB", big.clone(), true);
    // The densest article of the development corpus: fourteen actors, 35 typed links.
    let dense = corpus("indo-pacific-lattice.en.txt");
    keystroke(c, "pane keystroke+frame/dense", dense.clone(), true);
    // The pane's inside at 120×40 and zoomed at 200×60 (see geometry::share).
    layout(c, "pane layout/seed 120x40", &seed, 40, 37, false);
    layout(c, "pane layout/dense 120x40", &dense, 40, 37, false);
    layout(
        c,
        "pane layout/dense zoomed 200x60 with co-mentions",
        &dense,
        198,
        57,
        true,
    );
    analysis_arrives(c, "update+frame/seed", &seed);
    analysis_arrives(c, "update+frame/20MB", &big);
}

criterion_group!(benches, bench);
criterion_main!(benches);
