use std::path::Path;

use ratatui::style::{Color, Style};

use super::*;
use crate::app::key::Key;
use crate::app::keymap::binding_index;
use crate::model::EntityKind;

fn parsed(text: &str) -> Result<Settings, Vec<String>> {
    parse(Path::new("c.toml"), text).map_err(|ps| ps.iter().map(|p| p.to_string()).collect())
}

#[test]
fn the_default_config_parses_back_to_the_defaults() {
    let text = default_toml();
    assert_eq!(parsed(&text), Ok(Settings::default()), "{text}");
    // Every action of the key table is in it, under its name.
    for b in crate::app::keymap::BINDINGS {
        assert!(text.contains(&format!("\n{} = [", b.name)), "{}", b.name);
    }
}

#[test]
fn an_empty_file_is_the_defaults() {
    assert_eq!(parsed(""), Ok(Settings::default()));
}

#[test]
fn every_setting_is_read() {
    let s = parsed(
        "[reader]\nmouse = true\nascii = true\n\
         [theme]\nname = \"light\"\n[theme.entities]\ncountry = { fg = \"#102030\", bold = true }\n\
         [keys]\nline-down = [\"j\", \"C-n\"]\nhelp = \"F1\"\n\
         [library]\ndirectories = [\"/srv/briefings\"]\n[clipboard]\nenabled = false\n",
    )
    .expect("valid");
    assert!(s.mouse && s.ascii && !s.clipboard);
    assert_eq!(s.theme.name, ThemeName::Light);
    let country = EntityKind::ALL
        .iter()
        .position(|&k| k == EntityKind::Country)
        .unwrap();
    assert_eq!(
        s.theme.entities[country],
        Some(Style::new().fg(Color::Rgb(0x10, 0x20, 0x30)).bold())
    );
    let down = binding_index("line-down").unwrap();
    assert_eq!(s.keys.get(down), [Key::char('j'), Key::ctrl('n')]);
    assert_eq!(
        s.keys.get(binding_index("help").unwrap()),
        [Key::parse("F1").unwrap()]
    );
    assert_eq!(s.library, [std::path::PathBuf::from("/srv/briefings")]);
}

#[test]
fn problems_are_located() {
    let cases: &[(&str, &str)] = &[
        ("[reader]\nmouse = 3\n", "c.toml:2:9: "),
        ("[reader]\nmose = true\n", "c.toml:2:1: "),
        ("[keys]\nfly = \"x\"\n", "c.toml:2:7: unknown action `fly`"),
        (
            "[keys]\nquit = \"Bogus\"\n",
            "c.toml:2:8: quit: unknown key `Bogus`",
        ),
        (
            "[keys]\nhelp = \"q\"\n",
            "c.toml:2:8: key `q` would ask for both `help` and `quit`",
        ),
        (
            "[keys]\nquit = \"C-c\"\n",
            "c.toml:2:8: quit: Ctrl-c always quits",
        ),
        (
            "[keys]\nsearch-keep = \"x\"\n",
            "c.toml:2:15: search-keep: `x` types itself",
        ),
        ("[keys]\nquit = []\n", "c.toml:2:8: quit: no key"),
        (
            "[theme]\nname = \"solarized\"\n",
            "c.toml:2:8: unknown theme `solarized`",
        ),
        (
            "[theme.entities]\ncountry = { fg = \"blurple\" }\n",
            "c.toml:2:18: unknown colour",
        ),
        (
            "[theme.relations]\nfriendship = { fg = \"red\" }\n",
            "c.toml:2:14: unknown relation kind",
        ),
        (
            "[library]\ndirectories = [\"briefings\"]\n",
            "c.toml:2:16: library directory `briefings` is relative",
        ),
        ("[clipboard]\nenabled = \"yes\"\n", "c.toml:2:11: "),
        ("[reader\n", "c.toml:1:"),
    ];
    for (text, want) in cases {
        let got = parsed(text).expect_err(text);
        assert!(
            got.iter().any(|p| p.starts_with(want)),
            "{text:?}: want {want}, got {got:?}"
        );
    }
}

/// Two rebindings that swap keys are fine: conflicts are judged on the result.
#[test]
fn swapping_keys_is_not_a_conflict() {
    let s = parsed("[keys]\nline-down = \"k\"\nline-up = \"j\"\n").expect("valid");
    let action = |c| {
        s.keys
            .action(crate::app::keymap::Mode::Normal, Key::char(c))
    };
    assert_eq!(action('k'), Some(crate::app::Action::LineDown));
    assert_eq!(action('j'), Some(crate::app::Action::LineUp));
}

#[test]
fn a_missing_file_is_no_config_and_a_bad_one_gives_the_defaults_and_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("config.toml");
    assert_eq!(load(&path), Ok(None));
    std::fs::write(&path, "[keys]\nhelp = \"q\"\n").expect("write");
    let (settings, problems) = load_or_default(Some(&path));
    assert_eq!(settings, Settings::default());
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].at, Some((2, 8)));
}
