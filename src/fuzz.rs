//! Fuzz targets: what each fuzzed entry point must never do, as plain functions over
//! bytes. The AFL binaries of `fuzz/` call them, and `tests/it/fuzz.rs` replays the
//! kept corpus (`tests/fixtures/fuzz/<target>/`) through them in every `cargo test`,
//! so a case the fuzzer found stays a regression test. Each panics on a broken
//! invariant: a panic is what a fuzzer reports.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use unicode_width::UnicodeWidthStr;

use crate::analysis::analyse;
use crate::app::{Config, State};
use crate::commands::render::{parse_keys, render as draw_after, to_text};
use crate::entities::Gazetteer;
use crate::load::{self, Problem, is_forbidden};
use crate::model::{Briefing, Doc};
use crate::text::terminal;

/// The names of the targets, as `fuzz/` and the corpus directories spell them.
pub const TARGETS: [&str; 5] = ["yaml", "article", "sanitize", "keys", "render"];

/// Run target `name` on `data`; false for an unknown name.
pub fn run(name: &str, data: &[u8]) -> bool {
    match name {
        "yaml" => yaml(data),
        "article" => article(data),
        "sanitize" => sanitize(data),
        "keys" => keys(data),
        "render" => render(data),
        _ => return false,
    }
    true
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::builtin)
}

/// A problem, as any command prints it, must be one safe line.
fn assert_safe_problems(problems: &[Problem]) {
    for p in problems {
        let line = p.to_string();
        assert!(terminal::is_safe_line(&line), "unsafe message: {line:?}");
    }
}

/// No string of a loaded briefing holds what the model must never hold.
fn assert_clean(b: &Briefing) {
    let yaml = serde_yaml::to_string(b).unwrap_or_default();
    let json = serde_json::to_string(b).unwrap_or_default();
    let decoded: Briefing = serde_json::from_str(&json).expect("a briefing serialises");
    for s in std::iter::once(&decoded.title)
        .chain(decoded.sections.iter().flat_map(|s| s.body.iter()))
        .chain(decoded.entities.iter().map(|e| &e.name))
    {
        assert!(!s.chars().any(is_forbidden), "forbidden char in {s:?}");
    }
    drop(yaml);
}

/// Analyse and export a briefing that loaded: every export stays bounded and safe.
fn analyse_and_export(b: &Briefing) {
    let analysis = analyse(b, gazetteer());
    let md = crate::export::to_markdown(b, &analysis);
    let bad = md.chars().find(|&c| is_forbidden(c));
    assert!(bad.is_none(), "unsafe {bad:?} in the Markdown export");
    let json = crate::export::to_json(b, &analysis);
    assert!(
        serde_json::from_str::<serde_json::Value>(&json).is_ok(),
        "invalid JSON"
    );
}

/// The YAML loader, as a briefing and as an entities file.
pub fn yaml(data: &[u8]) {
    let path = Path::new("fuzz.yaml");
    match load::load_bytes(path, data) {
        Ok(loaded) => {
            assert_safe_problems(&loaded.warnings);
            assert_clean(&loaded.briefing);
            analyse_and_export(&loaded.briefing);
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "a refusal says why");
            assert_safe_problems(&problems);
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        match load::parse_yaml_entities(path, text) {
            Ok((_, problems)) | Err(problems) => assert_safe_problems(&problems),
        }
    }
}

/// The plain-text and Markdown loaders; an article that loads imports to YAML that
/// loads again (the round trip of `brief import`).
pub fn article(data: &[u8]) {
    for name in ["fuzz.txt", "fuzz.md"] {
        let path = Path::new(name);
        match load::load_bytes(path, data) {
            Ok(loaded) => {
                assert_safe_problems(&loaded.warnings);
                assert_clean(&loaded.briefing);
                let yaml = crate::commands::import::to_yaml(loaded.briefing, gazetteer())
                    .expect("an article serialises");
                if let Err(problems) = load::load_bytes(Path::new("import.yaml"), yaml.as_bytes()) {
                    panic!("imported YAML does not load: {problems:?}\n{yaml}");
                }
            }
            Err(problems) => assert_safe_problems(&problems),
        }
    }
}

/// The sanitiser of files and fields, and the terminal rule for everything printed.
pub fn sanitize(data: &[u8]) {
    let clean = load::sanitize::sanitize_bytes(data);
    assert!(!clean.text.chars().any(is_forbidden));
    let lines = clean.text.split('\n').count();
    for (i, line) in clean.text.split('\n').enumerate() {
        let (l, c) = clean.original(i + 1, line.chars().count() + 1);
        assert_eq!(l, i + 1);
        assert!(c > line.chars().count());
    }
    assert_eq!(lines, clean.text.matches('\n').count() + 1);
    let text = String::from_utf8_lossy(data);
    for single in [true, false] {
        let (field, _) = load::sanitize::sanitize_field(&text, single);
        assert!(!field.chars().any(is_forbidden));
        assert!(!single || !field.contains('\n'));
    }
    let line = terminal::line(&text);
    assert!(terminal::is_safe_line(&line), "{line:?}");
    let screen = crate::text::clean(&text);
    assert!(!screen.chars().any(terminal::is_unsafe), "{screen:?}");
}

/// The key-script parser: never a panic, and a script of plain characters is one key
/// per character.
pub fn keys(data: &[u8]) {
    let script = String::from_utf8_lossy(data);
    if let Ok(keys) = parse_keys(&script) {
        assert!(keys.len() <= script.chars().count());
        if !script.contains('<') {
            assert_eq!(keys.len(), script.chars().count());
        }
    }
}

fn seed_doc() -> Arc<Doc> {
    static D: OnceLock<Arc<Doc>> = OnceLock::new();
    D.get_or_init(|| {
        let briefing = crate::commands::open::seed_briefing().expect("the seed loads");
        let analysis = analyse(&briefing, gazetteer());
        Arc::new(Doc::new(briefing, analysis))
    })
    .clone()
}

/// `render` over random sizes and keys, on the seed briefing or, after a NUL byte, on
/// an article made of the rest: no panic, and no row wider than the screen.
pub fn render(data: &[u8]) {
    let [w, h, rest @ ..] = data else {
        return;
    };
    let (width, height) = (u16::from(*w) + u16::from(*w >> 6) * 40, u16::from(*h) / 2);
    let (script, article) = match rest.iter().position(|&b| b == 0) {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let Ok(keys) = parse_keys(&String::from_utf8_lossy(script)) else {
        return;
    };
    let doc = match article {
        None => seed_doc(),
        Some(text) => match load::load_bytes(Path::new("fuzz.txt"), text) {
            Ok(loaded) => {
                let analysis = analyse(&loaded.briefing, gazetteer());
                Arc::new(Doc::new(loaded.briefing, analysis))
            }
            Err(_) => return,
        },
    };
    let mut state = State::reader(doc, Config::default());
    let buffer = draw_after(&mut state, width, height, &keys);
    let text = to_text(&buffer);
    for row in text.lines() {
        assert!(
            row.width() <= usize::from(width),
            "row wider than {width}: {row:?}"
        );
        assert!(!row.chars().any(terminal::is_unsafe), "unsafe: {row:?}");
    }
}
