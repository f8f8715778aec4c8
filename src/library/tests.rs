//! Scanning, sorting, filtering, the index cache and the worker.

use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use super::index::{Entry, INDEX_VERSION, Index, write_index};
use super::scan::Root;
use super::*;
use crate::analysis::Known;

/// Write `files` under `dir` and list them read (as the worker would leave them, entities
/// aside), in file order.
pub(crate) fn items_in(dir: &Path, files: &[(&str, &str)]) -> Vec<Item> {
    write(dir, files);
    let mut items = scan(&[Root::Given(dir.to_path_buf())]).expect("scan").items;
    for item in &mut items {
        item.info = Info::load(&item.path);
    }
    items
}

fn write(dir: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("dir");
        }
        std::fs::write(path, text).expect("write");
    }
}

fn briefing(title: &str, date: Option<&str>) -> String {
    let date = date.map_or(String::new(), |d| format!("date: \"{d}\"\n"));
    format!(
        "title: \"{title}\"\n{date}language: en\nsections:\n  - id: a\n    title: A\n    body:\n      - \"Russia and Kazakhstan signed a deal in Astana.\"\n"
    )
}

fn titles(items: &[Item], shown: &[usize]) -> Vec<String> {
    shown.iter().map(|&i| items[i].title().to_owned()).collect()
}

#[test]
fn a_scan_walks_every_place_once_and_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            ("a/one.yaml", &briefing("One", None)),
            ("a/deep/two.TXT", "Two\n\nText.\n"),
            ("a/.hidden.txt", "no"),
            ("a/notes.pdf", "no"),
            ("b.md", "# Three\n\nText.\n"),
        ],
    );
    let a = dir.path().join("a");
    let roots = [
        Root::Given(a.clone()),
        Root::Given(dir.path().join("b.md")),
        // The same directory again, and through a path with `..` in it.
        Root::Configured(a.join("deep/..")),
        Root::Configured(dir.path().join("gone")),
        Root::Default(dir.path().join("also-gone")),
    ];
    let found = scan(&roots).expect("scan");
    let labels: Vec<&str> = found.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels.len(), 3, "{labels:?}");
    assert!(labels.contains(&"deep/two.TXT") && labels.contains(&"one.yaml"));
    assert!(found.items.iter().all(|i| i.info == Info::Unread));
    assert_eq!(found.warnings.len(), 1, "{:?}", found.warnings);
    assert!(found.warnings[0].path.ends_with("gone"));
    // A path named on the command line must be there, and hold something.
    let err = scan(&[Root::Given(dir.path().join("gone"))]).expect_err("missing");
    assert!(err[0].message.contains("no such file"), "{err:?}");
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let err = scan(&[Root::Given(dir.path().join("empty"))]).expect_err("empty");
    assert_eq!(err[0].message, crate::load::NOTHING_FOUND);
}

#[test]
fn the_default_places_are_the_given_paths_or_briefings_then_config_then_data() {
    let data = Some(PathBuf::from("/d"));
    let configured = [PathBuf::from("/c")];
    assert_eq!(
        default_roots(&[], &configured, data.clone()),
        [
            Root::Default("briefings".into()),
            Root::Configured("/c".into()),
            Root::Default("/d".into())
        ]
    );
    let given = [PathBuf::from("x")];
    assert_eq!(default_roots(&given, &[], None), [Root::Given("x".into())]);
}

#[test]
fn sorting_by_date_title_and_last_opened_puts_what_has_none_last() {
    let dir = tempfile::tempdir().unwrap();
    let mut items = items_in(
        dir.path(),
        &[
            ("1.yaml", &briefing("Évian talks", Some("2024-05-01"))),
            ("2.yaml", &briefing("zinc", None)),
            ("3.yaml", &briefing("Alpha", Some("2025-01-02"))),
            ("4.yaml", "title: [broken\n"),
        ],
    );
    let order = |key, reverse| Order { key, reverse };
    let by = |items: &[Item], o| titles(items, &sort(items, o, None));
    assert_eq!(
        by(&items, order(SortKey::Date, false)),
        ["Alpha", "Évian talks", "zinc", "4.yaml"]
    );
    assert_eq!(
        by(&items, order(SortKey::Date, true)),
        ["Évian talks", "Alpha", "zinc", "4.yaml"]
    );
    // Accents and case do not change a title's place.
    assert_eq!(
        by(&items, order(SortKey::Title, false)),
        ["4.yaml", "Alpha", "Évian talks", "zinc"]
    );
    assert_eq!(
        by(&items, order(SortKey::Title, true)),
        ["zinc", "Évian talks", "Alpha", "4.yaml"]
    );
    items[1].memory.opened = Some(UNIX_EPOCH + Duration::from_secs(100));
    items[2].memory.opened = Some(UNIX_EPOCH + Duration::from_secs(200));
    assert_eq!(
        by(&items, order(SortKey::Opened, false))[..2],
        ["Alpha", "zinc"]
    );
}

#[test]
fn the_filter_matches_titles_sources_and_entities_fuzzily_best_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut items = items_in(
        dir.path(),
        &[
            ("1.yaml", &briefing("Grain corridor", None)),
            ("2.yaml", &briefing("Steppe pipeline", None)),
            ("3.yaml", &briefing("Kazakh wheat", None)),
        ],
    );
    items[1].entities = Some(vec!["Kazakhstan".into(), "Russia".into()]);
    let shown = |items: &[Item], q: &str| {
        let scores = Filter::new(q).map(|mut f| f.scores(items));
        titles(items, &sort(items, Order::default(), scores.as_deref()))
    };
    assert_eq!(shown(&items, "kaz").len(), 2);
    assert!(shown(&items, "kaz").contains(&"Steppe pipeline".to_string()));
    assert_eq!(shown(&items, "kazakhstan"), ["Steppe pipeline"]);
    assert_eq!(shown(&items, "grncor"), ["Grain corridor"], "fuzzy");
    assert_eq!(
        shown(&items, "GRAIN"),
        Vec::<String>::new(),
        "a capital: exact case"
    );
    assert_eq!(
        shown(&items, "  ").len(),
        3,
        "a blank filter shows everything"
    );
    assert!(shown(&items, "xyzzy").is_empty());
}

#[test]
fn the_index_is_reused_while_files_are_unchanged_and_rebuilt_when_unusable() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state/library-index.json");
    let lib = dir.path().join("lib");
    write(
        &lib,
        &[
            ("a.yaml", &briefing("Alpha", None)),
            ("b.yaml", &briefing("Beta", None)),
        ],
    );
    let listed = || scan(&[Root::Given(lib.clone())]).unwrap().items;
    // First run: nothing known, everything to do; the worker writes the index.
    let mut items = listed();
    let plan = Plan::new(&mut items, read_index(&state), Some(state.clone()));
    assert!(!plan.is_done());
    let news = run(plan);
    assert!(
        news.iter()
            .any(|n| matches!(n, News::Read(r) if r.len() == 2))
    );
    assert!(news.iter().any(|n| matches!(n, News::Named(_))));
    assert_eq!(news.last(), Some(&News::Done));
    // Second run: all from the index, nothing for the worker.
    let mut items = listed();
    let plan = Plan::new(&mut items, read_index(&state), Some(state.clone()));
    assert!(plan.is_done(), "{items:?}");
    assert_eq!(items[0].title(), "Alpha");
    assert!(
        items[0]
            .entities
            .as_ref()
            .is_some_and(|e| e.iter().any(|n| n == "Kazakhstan"))
    );
    // A changed file is read again; the other is not.
    write(
        &lib,
        &[("b.yaml", &briefing("Beta, revised at length", None))],
    );
    let mut items = listed();
    let plan = Plan::new(&mut items, read_index(&state), Some(state.clone()));
    assert_eq!(items[0].title(), "Alpha");
    assert_eq!(items[1].info, Info::Unread);
    let news = run(plan);
    assert!(
        news.iter()
            .any(|n| matches!(n, News::Read(r) if r.len() == 1))
    );
    // A corrupt index, or one of another version, is rebuilt.
    for bad in [
        "{\"version\":1,\"files\":[{\"path\":".to_string(),
        "\u{0}\u{1}garbage".to_string(),
        format!("{{\"version\":{},\"files\":[]}}", INDEX_VERSION + 1),
    ] {
        std::fs::write(&state, bad).unwrap();
        assert!(read_index(&state).entries.is_empty());
        let mut items = listed();
        let plan = Plan::new(&mut items, read_index(&state), Some(state.clone()));
        assert!(!plan.is_done());
        run(plan);
        assert_eq!(read_index(&state).entries.len(), 2, "rebuilt");
    }
}

#[test]
fn a_broken_file_is_indexed_with_its_problem_as_check_prints_it() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("index.json");
    write(dir.path(), &[("lib/bad.yaml", "title: [unclosed\n")]);
    let mut items = scan(&[Root::Given(dir.path().join("lib"))]).unwrap().items;
    let plan = Plan::new(&mut items, Index::default(), Some(state.clone()));
    let news = run(plan);
    let Some(News::Read(read)) = news.first() else {
        panic!("{news:?}")
    };
    items[0].info = read[0].1.clone();
    let problems = crate::load::load_path(&items[0].path).unwrap_err();
    assert_eq!(items[0].problem(), Some(problems[0].to_string()));
    assert!(matches!(
        read_index(&state).entries.values().next().map(|e| &e.info),
        Some(Info::Broken { .. })
    ));
}

#[test]
fn entries_of_other_libraries_are_kept_while_their_file_exists() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("index.json");
    let kept = dir.path().join("elsewhere.yaml");
    std::fs::write(&kept, briefing("Kept", None)).unwrap();
    let entry = |path: PathBuf| Entry {
        path,
        stamp: Stamp {
            size: 1,
            modified: 1,
        },
        info: Info::Loaded(Meta {
            title: "t".into(),
            date: None,
            source: None,
            language: "en".into(),
            sections: 1,
        }),
        entities: Some(Vec::new()),
    };
    write_index(
        &state,
        &[entry(kept.clone()), entry(dir.path().join("gone.yaml"))],
    )
    .unwrap();
    write(dir.path(), &[("lib/a.yaml", &briefing("A", None))]);
    let mut items = scan(&[Root::Given(dir.path().join("lib"))]).unwrap().items;
    run(Plan::new(
        &mut items,
        read_index(&state),
        Some(state.clone()),
    ));
    let index = read_index(&state);
    assert!(index.entries.contains_key(&kept));
    assert!(!index.entries.contains_key(&dir.path().join("gone.yaml")));
    assert_eq!(index.entries.len(), 2);
}

/// Run `plan` on the worker and collect its news until it is done.
fn run(plan: Plan) -> Vec<News> {
    let indexer = Indexer::start(plan, Known::Builtin);
    let mut news = Vec::new();
    while let Some(n) = indexer.wait() {
        let done = n == News::Done;
        news.push(n);
        if done {
            break;
        }
    }
    news
}

#[test]
fn days_are_calendar_days() {
    assert_eq!(day(UNIX_EPOCH), "1970-01-01");
    let at = |secs: u64| day(UNIX_EPOCH + Duration::from_secs(secs));
    assert_eq!(at(951_782_400), "2000-02-29");
    assert_eq!(at(1_795_910_400), "2026-11-29");
}
