//! Item 10: characters that pass as text but break a row's width — U+2028/2029,
//! U+FFF9–FFFB, tag characters — and emoji sequences in the search line, whose width
//! the terminal and the layout disagreed on.

use std::path::Path;

use brief::commands::render::{parse_keys, render};
use brief::load;
use unicode_width::UnicodeWidthChar;

#[test]
fn item10_width_breakers_are_removed_by_the_sanitiser() {
    let text = "Titre\n\nLa Russie\u{2028}et le Kazakhstan\u{2029}signent \u{FFF9}un\u{FFFA}accord\u{FFFB} \u{E0041}\u{E007F}ici.\n";
    let loaded = load::load_bytes(Path::new("a.txt"), text.as_bytes()).expect("loads");
    let all = format!("{:?}", loaded.briefing);
    for c in [
        '\u{2028}',
        '\u{2029}',
        '\u{FFF9}',
        '\u{FFFA}',
        '\u{FFFB}',
        '\u{E0041}',
        '\u{E007F}',
    ] {
        assert!(!all.contains(c), "{c:?} kept");
    }
    assert!(loaded.briefing.sections[0].body[0].contains("Russie et le Kazakhstan signent"));
    assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    assert_eq!(loaded.warnings[0].at, Some((3, 10)));
}

/// Every cell of the status row holds one character, so its width is what every
/// terminal gives that character, and the row adds up to the screen's width.
#[test]
fn item10_emoji_sequences_in_the_search_line_keep_the_row_width() {
    let doc = {
        let briefing = brief::commands::open::seed_briefing().expect("seed");
        let analysis = brief::analysis::analyse(&briefing, &brief::entities::Gazetteer::builtin());
        std::sync::Arc::new(brief::model::Doc::new(briefing, analysis))
    };
    for query in [
        "👨\u{200D}👩\u{200D}👧",
        "👍🏽x",
        "🏳\u{FE0F}\u{200D}🌈",
        "a\u{200D}b",
    ] {
        let mut state = brief::app::State::reader(doc.clone(), brief::app::Config::default());
        let keys = parse_keys(&format!("/{query}")).unwrap();
        let buffer = render(&mut state, 60, 10, &keys);
        let row = 9;
        let mut columns = 0;
        let mut x = 0;
        while x < 60 {
            let symbol = buffer[(x, row)].symbol();
            assert!(
                symbol.chars().count() <= 1,
                "{query:?}: cell {x} holds {symbol:?}"
            );
            let w = symbol
                .chars()
                .next()
                .map_or(0, |c| c.width().unwrap_or(0))
                .max(1);
            columns += w;
            x += w as u16;
        }
        assert_eq!(columns, 60, "{query:?}");
    }
}
