//! The reader drawn headless: snapshots of the seed briefing, key scripts asserting the
//! screen, styles checked cell by cell, and random key scripts at random sizes.
//!
//! The analysis here is made by hand from the seed's curated entities and relations
//! (names and aliases matched as words, evidence sentences located by the crate's one
//! splitter), so these tests pin the reader, not the accuracy of recognition.

use std::path::Path;
use std::sync::Arc;

use aho_corasick::{AhoCorasickBuilder, MatchKind};
use brief::app::{Config, State};
use brief::commands::open::seed_briefing;
use brief::commands::render::{parse_keys, render, to_text};
use brief::model::{Analysis, Briefing, Doc, Link, LinkEvidence, Loc, Mention, Part};
use brief::relations::section_sentences;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// Mentions of every curated name and alias, as whole words, longest first.
fn mentions(b: &Briefing) -> Vec<Mention> {
    let mut patterns = Vec::new();
    for (e, entity) in b.entities.iter().enumerate() {
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            patterns.push((name.clone(), e as u32));
        }
    }
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns.iter().map(|p| p.0.as_str()))
        .unwrap();
    let mut out = Vec::new();
    for (s, section) in b.sections.iter().enumerate() {
        let parts = section.parts();
        for (part, text) in parts {
            for m in ac.find_iter(text) {
                let before = text[..m.start()].chars().next_back();
                let after = text[m.end()..].chars().next();
                let name = &patterns[m.pattern().as_usize()].0;
                if word_char(before) || (!name.ends_with('-') && word_char(after)) {
                    continue;
                }
                out.push(Mention {
                    entity: patterns[m.pattern().as_usize()].1,
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
    out.sort_by_key(|m| m.loc);
    out
}

/// The curated relations as links, their evidence sentences located in the text.
fn links(b: &Briefing) -> Vec<Link> {
    let mut out: Vec<Link> = b
        .relations
        .iter()
        .filter_map(|r| {
            let evidence = r
                .evidence
                .iter()
                .filter_map(|e| {
                    let s = b.section_index(&e.section)?;
                    let want = e.sentence?;
                    let at = section_sentences(&b.sections[s]).into_iter().nth(want)?;
                    Some(LinkEvidence {
                        sentence: want,
                        loc: Loc {
                            section: s as u32,
                            part: Part::Para(at.para as u32),
                            start: at.range.start as u32,
                            end: at.range.end as u32,
                        },
                        cue: e.cue.clone(),
                    })
                })
                .collect::<Vec<_>>();
            Some(Link {
                from: b.entities.iter().position(|x| x.id == r.from)?,
                to: b.entities.iter().position(|x| x.id == r.to)?,
                kind: r.kind,
                directed: r.kind.is_directed(),
                label: r.label.clone(),
                weight: evidence.len().max(1) as u32,
                declared: true,
                negated: r.negated,
                evidence,
            })
        })
        .collect();
    out.sort_by_key(|l| std::cmp::Reverse(l.weight));
    out
}

pub fn seed_doc() -> Arc<Doc> {
    let briefing = seed_briefing().expect("the seed briefing parses");
    let analysis = Analysis {
        entities: briefing.entities.clone(),
        mentions: mentions(&briefing),
        links: links(&briefing),
    };
    Arc::new(Doc::new(briefing, analysis))
}

fn screen_with(config: Config, w: u16, h: u16, keys: &str) -> (Buffer, State) {
    let mut state = State::reader(seed_doc(), config);
    let keys = parse_keys(keys).expect("valid key script");
    let buffer = render(&mut state, w, h, &keys);
    (buffer, state)
}

fn screen(w: u16, h: u16, keys: &str) -> String {
    to_text(&screen_with(Config::default(), w, h, keys).0)
}

/// The status bar: the last row.
fn status(text: &str) -> &str {
    text.lines().last().unwrap_or("")
}

/// Where `word` starts in the reading pane's text (row by row), the panes shared as
/// the reader shares them for the seed at the buffer's size.
fn find(buffer: &Buffer, word: &str) -> Vec<(u16, u16)> {
    let mut state = State::reader(seed_doc(), Config::default());
    brief::app::update(
        &mut state,
        brief::app::Action::Resize(buffer.area.width, buffer.area.height),
    );
    let reader = state
        .reader
        .as_ref()
        .and_then(|r| r.areas(buffer.area).reader)
        .expect("the reading pane is on screen");
    let area = brief::geometry::text_area(reader);
    let mut hits = Vec::new();
    let n = word.chars().count() as u16;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right().saturating_sub(n) {
            let s: String = (x..x + n).map(|i| buffer[(i, y)].symbol()).collect();
            if s == word {
                hits.push((x, y));
            }
        }
    }
    hits
}

#[test]
fn seed_at_120x40() {
    insta::assert_snapshot!(screen(120, 40, ""));
}

#[test]
fn seed_at_80x24() {
    insta::assert_snapshot!(screen(80, 24, ""));
}

#[test]
fn seed_list_view_at_120x40() {
    insta::assert_snapshot!(screen(120, 40, "v"));
}

#[test]
fn seed_graph_focused_at_80x24() {
    // Under the article, the focused pane grows so that the chart fits.
    insta::assert_snapshot!(screen(80, 24, "<Tab>"));
}

#[test]
fn seed_at_40x12() {
    insta::assert_snapshot!(screen(40, 12, ""));
}

#[test]
fn digits_and_brackets_jump_between_sections() {
    let s = screen(120, 40, "4");
    assert!(status(&s).contains("§4/6"), "{}", status(&s));
    assert!(
        s.lines()
            .nth(1)
            .unwrap()
            .contains("Répercussions des sanctions")
    );
    let s = screen(120, 40, "4]");
    assert!(status(&s).contains("§5/6"));
    let s = screen(120, 40, "4][[");
    assert!(status(&s).contains("§3/6"));
    let s = screen(120, 40, "G");
    assert!(status(&s).contains("100%"));
    let s = screen(120, 40, "Gg");
    assert!(status(&s).contains("§1/6"));
}

#[test]
fn enter_on_a_section_in_the_panel_opens_it() {
    let s = screen(120, 40, "<S-Tab>jj<Enter>");
    assert!(status(&s).contains("§3/6"), "{}", status(&s));
    assert!(
        s.lines()
            .nth(1)
            .unwrap()
            .contains("Une alliance à dimension")
    );
}

#[test]
fn search_counts_matches_and_n_moves_between_them() {
    let s = screen(120, 40, "/sanctions");
    // Two in the text, one in a heading; the search is case-insensitive in lower case.
    assert!(status(&s).contains("/sanctions▏ 1/3"), "{}", status(&s));
    let s = screen(120, 40, "/sanctions<Enter>nn");
    assert!(status(&s).contains("3/3"), "{}", status(&s));
    let s = screen(120, 40, "/sanctions<Enter>nnN");
    assert!(status(&s).contains("2/3"), "{}", status(&s));
    // Round the end back to the first.
    let s = screen(120, 40, "/sanctions<Enter>nnn");
    assert!(status(&s).contains("1/3"), "{}", status(&s));
    let s = screen(120, 40, "/SANCTIONS<Enter>");
    assert!(
        status(&s).contains("no match for SANCTIONS"),
        "a capital makes it case-sensitive: {}",
        status(&s)
    );
    let s = screen(120, 40, "/nowhere-to-be-found");
    assert!(status(&s).contains("▏ no match"), "{}", status(&s));
    let s = screen(120, 40, "/nowhere-to-be-found<Enter>");
    assert!(status(&s).contains("no match for"), "{}", status(&s));
}

#[test]
fn search_matches_are_highlighted_live() {
    let (buf, _) = screen_with(Config::default(), 120, 40, "/sanctions");
    let (x, y) = find(&buf, "nouvelles sanctions")[0];
    assert_eq!(buf[(x, y)].bg, Color::Reset, "text around a match is plain");
    assert_ne!(
        buf[(x + 10, y)].bg,
        Color::Reset,
        "a match has a background"
    );
    let (buf, _) = screen_with(Config::default(), 120, 40, "/sanctions<Esc>");
    let (x, y) = find(&buf, "nouvelles sanctions")[0];
    assert_eq!(buf[(x, y)].bg, Color::Reset, "Esc drops the highlight");
}

#[test]
fn the_entity_cursor_shows_in_the_status_bar() {
    let s = screen(120, 40, "e");
    assert!(status(&s).contains("▸ Russie (country)"), "{}", status(&s));
    let s = screen(120, 40, "ee");
    assert!(
        status(&s).contains("▸ Vladimir Poutine (person)"),
        "{}",
        status(&s)
    );
    let s = screen(120, 40, "eeE");
    assert!(status(&s).contains("▸ Russie (country)"), "{}", status(&s));
}

#[test]
fn focusing_an_entity_filters_the_panel_and_dims_the_rest() {
    // The second mention of the article is Vladimir Poutine, named in sections 1, 3, 6.
    let (buf, state) = screen_with(Config::default(), 120, 40, "eef");
    let text = to_text(&buf);
    let reader = state.reader.as_ref().unwrap();
    let focused = reader.focused.as_ref().expect("an entity is focused");
    assert_eq!(
        reader.doc().analysis.entities[focused.entity].name,
        "Vladimir Poutine"
    );
    assert!(text.contains("Sections · Vladimir"), "{text}");
    assert!(status(&text).contains("focus: Vladimir Poutine"));
    let panel: Vec<String> = text
        .lines()
        .skip(1)
        .take(6)
        .map(|l| l.chars().take(26).collect())
        .collect();
    assert!(
        panel[0].contains("1 Introduction") && panel[0].contains(" 1"),
        "{panel:?}"
    );
    assert!(panel[1].contains("3 Une alliance"), "{panel:?}");
    assert!(panel[2].contains("6 Maintien"), "{panel:?}");
    assert!(
        !panel.iter().any(|l| l.contains("2 Consolidation")),
        "{panel:?}"
    );
    // Other text dims, the focused entity does not.
    let (x, y) = find(&buf, "homologue")[0];
    assert!(buf[(x, y)].modifier.contains(Modifier::DIM));
    let (x, y) = find(&buf, "Vladimir")[0];
    assert!(!buf[(x, y)].modifier.contains(Modifier::DIM));
    // `f` again, or Esc, clears.
    assert!(screen(120, 40, "eeff").contains("┌ Sections ─"));
    assert!(screen(120, 40, "eef<Esc>").contains("┌ Sections ─"));
}

#[test]
fn skim_mode_shows_lead_sentences_and_their_entities() {
    let s = screen(120, 40, "s");
    assert!(status(&s).contains("skim"));
    assert!(s.contains("Le Kremlin a indiqué que les deux dirigeants"));
    assert!(
        !s.contains("Cette initiative vise"),
        "only the lead sentence"
    );
    assert!(s.contains("→ Russie"), "{s}");
    let s = screen(120, 40, "ss");
    assert!(s.contains("Cette initiative vise"));
}

#[test]
fn the_relationship_pane_shows_a_chart_a_list_and_r_hides_it() {
    let s = screen(120, 40, "");
    assert!(s.contains("Relations · graph"), "{s}");
    assert!(
        s.contains("[Kazakhstan]") && s.contains("[États-Unis]"),
        "{s}"
    );
    let s = screen(120, 40, "v");
    assert!(s.contains("Relations · list"));
    assert!(s.contains("Russie ── Kazakhstan · cooperation · 5"), "{s}");
    assert!(s.contains("États-Unis ━→ Russie · sanctions · 3"));
    let s = screen(120, 40, "r");
    assert!(!s.contains("Relations ·"));
}

#[test]
fn c_keeps_the_links_of_the_section_being_read() {
    let s = screen(120, 40, "v6c");
    assert!(s.contains("section 6 only"), "{s}");
    assert!(s.contains("Syrie"), "{s}");
    assert!(!s.contains("États-Unis ━→ Russie"), "{s}");
    // It follows the reading position.
    let s = screen(120, 40, "v6c4");
    assert!(s.contains("section 4 only"), "{s}");
    assert!(s.contains("États-Unis ━→ Russie"), "{s}");
}

#[test]
fn selecting_a_node_focuses_its_entity() {
    let (_, state) = screen_with(Config::default(), 120, 40, "<Tab>j");
    let r = state.reader.as_ref().unwrap();
    assert_eq!(r.focus, brief::app::Focus::Relations);
    let Some(brief::graph::Item::Node(n)) = r.relations.pane.selected() else {
        panic!("a node is selected: {:?}", r.relations.pane.selected());
    };
    assert_eq!(r.focused.as_ref().map(|f| f.entity), Some(n));
}

/// Keys that select the United States → Russia sanctions link in the list view.
fn select_sanctions() -> String {
    let doc = seed_doc();
    let visible: Vec<usize> = (0..doc.analysis.links.len()).collect();
    let order = brief::graph::list::order(&doc.analysis.links, &visible);
    let row = order
        .iter()
        .position(|&l| doc.analysis.links[l].kind == brief::model::RelationKind::Sanctions)
        .unwrap();
    format!("v<Tab>{}", "j".repeat(row + 1))
}

#[test]
fn evidence_opens_and_jumps_to_the_sanctions_sentence() {
    let keys = format!("{}<Enter>j<Enter>", select_sanctions());
    let (buf, state) = screen_with(Config::default(), 120, 40, &keys);
    let text = to_text(&buf);
    assert!(text.contains("evidence"), "{text}");
    assert!(text.contains("Répercussions"), "{text}");
    let r = state.reader.as_ref().unwrap();
    let hl = r.view.highlight.expect("a sentence is highlighted");
    assert_eq!(hl.section, 3);
    let (x, y) = find(&buf, "Les sanctions imposées")[0];
    assert_ne!(buf[(x, y)].bg, Color::Reset);
    // Esc closes the evidence, a second Esc the highlight.
    let s = screen(120, 40, &format!("{keys}<Esc>"));
    assert!(s.contains("Relations · list"), "{s}");
    let (_, state) = screen_with(Config::default(), 120, 40, &format!("{keys}<Esc><Esc>"));
    assert!(state.reader.unwrap().view.highlight.is_none());
}

#[test]
fn entity_cells_carry_their_kind_style() {
    let (buf, _) = screen_with(Config::default(), 120, 40, "");
    let (x, y) = find(&buf, "Kassym-Jomart")[0];
    let cell = &buf[(x, y)];
    assert_eq!(cell.fg, Color::Magenta, "people are magenta");
    assert!(cell.modifier.contains(Modifier::UNDERLINED));
    let (x, y) = find(&buf, "Rosneft")[0];
    assert_ne!(
        buf[(x, y)].fg,
        Color::Magenta,
        "organisations differ from people"
    );
    let (x, y) = find(&buf, "homologue")[0];
    assert_eq!(
        buf[(x, y)].fg,
        Color::Reset,
        "plain text keeps the terminal colour"
    );
    assert_eq!(buf[(x, y)].modifier, Modifier::empty());
}

#[test]
fn no_color_keeps_entities_marked_without_colour() {
    let config = Config {
        no_color: true,
        ..Config::default()
    };
    let (buf, _) = screen_with(config, 120, 40, "/nouvelles");
    for cell in buf.content() {
        assert_eq!(cell.fg, Color::Reset, "no foreground colour");
        assert_eq!(cell.bg, Color::Reset, "no background colour");
    }
    let (x, y) = find(&buf, "Kassym-Jomart")[0];
    assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
    let (x, y) = find(&buf, "Rosneft")[0];
    assert!(!buf[(x, y)].modifier.is_empty());
    let (x, y) = find(&buf, "nouvelles")[0];
    assert!(
        buf[(x, y)].modifier.contains(Modifier::REVERSED),
        "matches reverse"
    );
}

#[test]
fn help_lists_every_binding() {
    let s = screen(120, 40, "h");
    for (keys, what) in brief::app::keymap::help_rows() {
        assert!(s.contains(&keys), "help lacks {keys}");
        assert!(s.contains(&what), "help lacks {what}");
    }
    let s = screen(120, 40, "hq");
    assert!(!s.contains("Keys ·"), "q closes the help");
}

#[test]
fn the_reading_position_survives_a_resize() {
    let mut state = State::reader(seed_doc(), Config::default());
    let keys = parse_keys("4jjj").unwrap();
    let wide = to_text(&render(&mut state, 120, 40, &keys));
    let narrow = to_text(&render(&mut state, 70, 30, &[]));
    let first_word = |s: &str| {
        s.lines()
            .nth(1)
            .and_then(|l| l.split('│').find(|c| c.trim().len() > 20))
            .map(|c| c.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
    };
    let anchor = first_word(&wide);
    assert!(!anchor.is_empty());
    assert!(
        narrow.lines().take(4).any(|l| l.contains(&anchor)),
        "{anchor:?} not near the top of:\n{narrow}"
    );
}

#[test]
fn too_small_says_so() {
    let s = screen(15, 4, "");
    assert!(s.contains("small"));
    assert_eq!(screen(0, 0, "jjj"), "");
}

/// docs/keys.md and the README carry the key table generated from the keymap's, and
/// the key names scripts may use, exactly. Regression: Ctrl-f, Ctrl-b, Home and End
/// were bound but listed nowhere, and the `--keys` error named fewer keys than worked.
#[test]
fn docs_and_readme_carry_the_generated_key_table() {
    let table = brief::app::keymap::markdown();
    let library = brief::app::keymap::library_markdown();
    let names = format!("`{}`", brief::app::key::script_names());
    for file in ["docs/keys.md", "README.md"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let doc = std::fs::read_to_string(&path).expect("the file exists");
        assert!(
            doc.contains(&table),
            "{file}: the key table differs from the keymap's; it should read:\n\n{table}"
        );
        assert!(
            doc.contains(&library),
            "{file}: the library's key table differs from the keymap's; it should read:\n\n{library}"
        );
        assert!(
            doc.contains(&names),
            "{file}: the script key names should read {names}"
        );
    }
    for key in ["Ctrl-f", "Ctrl-b", "Home", "End"] {
        assert!(table.contains(key), "{key} missing from:\n{table}");
    }
}

fn key_script() -> impl Strategy<Value = String> {
    let keys = prop::sample::select(vec![
        "j", "k", "<Down>", "<Up>", "<C-d>", "<C-u>", "<Space>", "b", "<PgDn>", "<PgUp>", "g", "G",
        "<Tab>", "<S-Tab>", "]", "[", "1", "3", "9", "<Enter>", "/", "a", "n", "N", "e", "E", "f",
        "<Esc>", "s", "r", "v", "c", "?", "h", "<F1>", "<Up>", "x",
    ]);
    prop::collection::vec(keys, 0..40).prop_map(|k| k.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn random_keys_at_random_sizes_never_panic(
        keys in key_script(),
        w in 0u16..=300,
        h in 0u16..=100,
        no_color in any::<bool>(),
    ) {
        let config = Config { no_color, ..Config::default() };
        let (buf, _) = screen_with(config, w, h, &keys);
        prop_assert_eq!(buf.area.width, w);
        for cell in buf.content() {
            prop_assert!(!cell.symbol().chars().any(char::is_control));
        }
    }
}

fn brief() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_brief"));
    // Never the user's config file or state.
    cmd.env_remove("NO_COLOR").envs(crate::sandbox());
    cmd
}

#[test]
fn render_prints_the_screen_as_lines_of_the_given_width() {
    let dir = tempfile::tempdir().unwrap();
    let out = brief()
        .current_dir(dir.path())
        .args(["render", "--width", "70", "--height", "20", "--keys", "2"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 20);
    for line in text.lines() {
        assert_eq!(unicode_width::UnicodeWidthStr::width(line), 70, "{line:?}");
    }
    assert!(text.contains("§2/6"));
    assert!(!text.contains('\u{1b}'), "plain text without --ansi");
}

#[test]
fn render_ansi_keeps_styles_and_no_color_drops_colours() {
    let dir = tempfile::tempdir().unwrap();
    let run = |extra: &[&str]| {
        let out = brief()
            .current_dir(dir.path())
            .args(["render", "--width", "100", "--height", "20", "--ansi"])
            .args(extra)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let colour = run(&[]);
    assert!(colour.contains("\u{1b}[0;"), "SGR sequences");
    let mono = run(&["--no-color"]);
    assert!(mono.contains("\u{1b}[0;1;4m"), "modifiers stay");
    let codes: Vec<u32> = mono
        .split("\u{1b}[")
        .skip(1)
        .filter_map(|s| s.split_once('m'))
        .flat_map(|(codes, _)| {
            codes
                .split(';')
                .filter_map(|c| c.parse().ok())
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(codes.contains(&4), "underline is kept");
    assert!(
        !codes
            .iter()
            .any(|c| (30..=49).contains(c) || (90..=107).contains(c)),
        "no colour codes: {codes:?}"
    );
    let colour_codes = colour.matches("\u{1b}[").count();
    assert!(colour_codes > 0);
}

#[test]
fn an_unknown_key_name_is_a_usage_error() {
    brief()
        .args(["render", "--keys", "j<Nope>"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("<Nope>"));
}

#[test]
fn without_a_terminal_brief_points_to_render_and_export() {
    let dir = tempfile::tempdir().unwrap();
    brief()
        .current_dir(dir.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("brief render"))
        .stderr(predicates::str::contains("brief export"));
}

#[test]
fn a_file_that_fails_to_load_exits_1_with_its_problems() {
    brief()
        .args(["render", "/nonexistent/briefing.yaml"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("/nonexistent/briefing.yaml"));
}

#[test]
fn in_the_graph_the_sanctions_edge_opens_its_evidence_and_jumps_to_it() {
    // Find where the United States → Russia edge sits among the chart's items.
    let mut state = State::reader(seed_doc(), Config::default());
    let _ = render(&mut state, 120, 40, &parse_keys("<Tab>").unwrap());
    let r = state.reader.as_ref().unwrap();
    assert!(
        r.relations.pane.shows_graph(),
        "the seed's chart fits at 120×40"
    );
    let links = &r.doc().analysis.links;
    let items = r.relations.pane.items(&r.doc().analysis);
    // The chart draws one line per pair: the United States–Russia one holds the sanctions.
    let sanctions = links
        .iter()
        .find(|l| l.kind == brief::model::RelationKind::Sanctions)
        .expect("the seed has sanctions");
    let pair = brief::graph::Item::pair(sanctions.from, sanctions.to);
    let at = items
        .iter()
        .position(|&i| i == pair)
        .expect("the sanctions edge is drawn");
    let keys = format!("<Tab>{}<Enter><Enter>", "j".repeat(at + 1));
    let (buf, state) = screen_with(Config::default(), 120, 40, &keys);
    let r = state.reader.as_ref().unwrap();
    let hl = r
        .view
        .highlight
        .expect("the first evidence sentence is highlighted");
    let sentence = brief::layout::part_text(&r.doc().briefing, hl.section, hl.part)
        .get(hl.range())
        .unwrap();
    assert!(sentence.contains("sanctions"), "{sentence}");
    let words: String = sentence
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    let (x, y) = find(&buf, &words)[0];
    assert_ne!(
        buf[(x, y)].bg,
        Color::Reset,
        "the sentence is highlighted on screen"
    );
}

#[test]
fn a_directory_opens_a_library_of_its_briefings() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/good");
    let out = brief()
        .args(["render", fixtures, "--width", "80", "--height", "10"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Library · 4 briefings"), "{text}");
    assert!(text.contains("Lithium deal reshapes the Andes"), "{text}");
    // By date, newest first: the only dated one comes first.
    let out = brief()
        .args(["render", fixtures, "--width", "80", "--height", "10"])
        .args(["--keys", "<Enter>"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Sections"), "{text}");
    assert!(text.contains("Grain corridor"), "{text}");
}

/// Regression: the picker listed only `.yaml .yml .txt .md` files directly inside the
/// directory (case-sensitive), while `brief check` of the same directory walks it
/// all: a folder of regions, or `REPORT.MD`, opened as "no briefing here".
#[test]
fn picker_lists_what_check_walks_subdirectories_and_any_case() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("asia")).unwrap();
    std::fs::write(
        dir.path().join("asia/pacific.txt"),
        "Japan and the Philippines sign a pact\n\nTokyo and Manila agreed.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("REPORT.MD"),
        "# Lithium report\n\nChile and Bolivia talk.\n",
    )
    .unwrap();
    let out = brief()
        .arg("render")
        .arg(dir.path())
        .args(["--width", "80", "--height", "10"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(text.contains("Lithium report"), "{text}");
    assert!(text.contains("Japan and the Philippines"), "{text}");
}

/// Regression: with the cursor on a mention of the focused entity, the status bar said
/// its name twice (`focus: X │ ▸ X (person)`), and at 60 columns the second copy was
/// cut to `▸ …`; below 56 columns the key hints vanished, so nothing said where help was.
#[test]
fn status_bar_names_the_focused_entity_once_and_keeps_a_help_hint() {
    let text = screen(60, 15, "eef");
    let line = status(&text);
    assert!(line.contains("focus: Vladimir Poutine"), "{line}");
    assert!(!line.contains('▸'), "{line}");
    assert!(line.contains("h help"), "{line}");
    let text = screen(40, 12, "eef");
    assert!(status(&text).contains("h help"), "{}", status(&text));
}

/// Regression: skim mode's entity lists were wrapped at the full text width, then
/// drawn after a 2-column `→ `, so the last letters of a long first line were cut off
/// at the border ("Ilham Alie"). Every list line now fits, its later lines indented.
/// (The French article spells him "Aliev", and analysis names him so.)
#[test]
fn skim_entity_lists_fit_the_pane() {
    let article = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/articles/caucase.fr.txt"
    );
    for width in [96, 100, 120, 140] {
        let out = brief()
            .args(["render", article, "--keys", "s", "--height", "40"])
            .args(["--width", &width.to_string()])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        // Only the reading pane's cells: what lies between its borders.
        let flat: String = text
            .lines()
            .filter_map(|l| l.split('│').nth(3))
            .flat_map(str::split_whitespace)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(flat.contains("Ilham Aliev"), "width {width}:\n{text}");
    }
}

/// Regression: on a screen too short for its border (80×24), the help overlay was a
/// borderless box that ran into the pane borders behind it and blanked the status bar.
#[test]
fn help_overlay_on_a_short_screen_keeps_the_status_bar() {
    let text = screen(80, 24, "h");
    let rows: Vec<&str> = text.lines().collect();
    assert!(status(&text).starts_with(" §1/6"), "{text}");
    assert!(rows[0].starts_with(" j ↓"), "{text}");
    for row in &rows[..rows.len() - 1] {
        assert!(!row.starts_with('│') && !row.ends_with('┐'), "{text}");
    }
    assert!(text.contains(" q "), "every binding still shows:\n{text}");
}

/// Defence in depth: even text that reached the reader unsanitised (here built by
/// hand, bypassing the loaders) draws no control character.
#[test]
fn control_characters_never_reach_the_screen() {
    let mut doc = (*seed_doc()).clone();
    let briefing = Arc::make_mut(&mut doc.briefing);
    briefing.title = "Evil \u{1b}]0;PWNED\u{7} title".into();
    briefing.sections[0].title = "Head\u{1b}[31mred\u{9b}1m".into();
    briefing.sections[0].body[0].insert_str(0, "\u{1b}]2;OWNED\u{1b}\\ ");
    let mut state = State::reader(Arc::new(doc), Config::default());
    let buf = render(&mut state, 120, 40, &[]);
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "{:?}",
            cell.symbol()
        );
    }
    let text = to_text(&buf);
    assert!(text.contains("Head\u{fffd}[31mred\u{fffd}1m"), "{text}");
}

/// Regression (issue 15): section titles were cut even at 200 columns, and the chart
/// kept 36 columns whatever the screen.
#[test]
fn a_wide_screen_gives_its_room_to_the_titles_and_the_chart() {
    let s = screen(200, 60, "");
    for section in seed_doc().briefing.sections.iter() {
        assert!(s.contains(&section.title), "{} cut:\n{s}", section.title);
    }
    let (_, state) = screen_with(Config::default(), 200, 60, "");
    let r = state.reader.as_ref().unwrap();
    let areas = r.areas(ratatui::layout::Rect::new(0, 0, 200, 60));
    let pane = areas.relations.unwrap();
    assert!(pane.width >= 50, "{pane:?}");
    let text = brief::geometry::text_area(areas.reader.unwrap());
    assert!(
        text.width >= 72,
        "the text keeps a comfortable column: {text:?}"
    );
}

#[test]
fn the_header_says_date_source_and_what_the_percentage_is() {
    let s = screen(120, 40, "");
    assert!(status(&s).contains("% read"), "{}", status(&s));
    let bottom = s.lines().nth(38).unwrap_or("");
    assert!(
        bottom.contains("2025-11-12 · Article de presse"),
        "{bottom}"
    );
    let s = screen(120, 40, "i");
    for words in [
        "About this briefing",
        "date     2025-11-12",
        "Vladimir Poutine reçoit",
        "links stated",
    ] {
        assert!(s.contains(words), "{words} missing:\n{s}");
    }
    let s = screen(120, 40, "i<Esc>");
    assert!(!s.contains("About this briefing"));
}

#[test]
fn ascii_mode_draws_every_border_and_mark_in_ascii() {
    let config = Config {
        ascii: true,
        ..Config::default()
    };
    let (buf, _) = screen_with(config, 120, 40, "<Tab>j");
    let s = to_text(&buf);
    for c in ['┌', '│', '─', '━', '═', '✓', '§', '·', '…', '→'] {
        assert!(!s.contains(c), "{c} drawn in ASCII mode:\n{s}");
    }
    assert!(s.starts_with("+ Sections"), "{s}");
    assert!(status(&s).contains("sec 1/6 | "), "{}", status(&s));
}

/// A library as the worker leaves it: the good fixtures and one that does not load, one
/// briefing read before (its progress and day shown).
fn library_state() -> State {
    use brief::library::{Info, Root, scan};
    let roots = [
        Root::Given("tests/fixtures/good".into()),
        Root::Given("tests/fixtures/bad/duplicate-id.yaml".into()),
    ];
    let mut items = scan(&roots).expect("the fixtures").items;
    for item in &mut items {
        item.info = Info::load(&item.path);
        item.entities = Some(Vec::new());
        if item.label == "briefing.en.yaml" {
            item.memory.progress = Some(40);
            let day = std::time::Duration::from_secs(1_795_910_400);
            item.memory.opened = Some(std::time::UNIX_EPOCH + day);
        }
    }
    State::library(brief::app::Library::new(items), Config::default())
}

#[test]
fn library_at_100x12() {
    let mut state = library_state();
    let text = to_text(&render(&mut state, 100, 12, &[]));
    insta::assert_snapshot!(text);
    // The broken file's row is the line `brief check` prints for it.
    let problems = brief::load::load_path(Path::new("tests/fixtures/bad/duplicate-id.yaml"))
        .expect_err("broken");
    let first = problems[0].to_string();
    assert!(text.contains(&first[..60]), "{first}\n{text}");
}

#[test]
fn the_library_filter_narrows_as_it_is_typed() {
    let mut state = library_state();
    let keys = parse_keys("/fish").unwrap();
    let text = to_text(&render(&mut state, 100, 12, &keys));
    assert!(text.contains("Library · 1 of 5"), "{text}");
    assert!(text.contains("a new fisheries"), "{text}");
    assert!(status(&text).contains("/fish"), "{text}");
    // Enter opens the best match; q comes back to the list, filter kept.
    let keys = parse_keys("<Enter>q").unwrap();
    let text = to_text(&render(&mut state, 100, 12, &keys[..1]));
    assert!(text.contains("Sections"), "{text}");
    let text = to_text(&render(&mut state, 100, 12, &keys[1..]));
    assert!(text.contains("Library · 1 of 5"), "{text}");
}
