use super::*;
use crate::model::{Entity, EntityKind, Loc, Mention, Section};

/// A small document whose mentions are every occurrence of the entity names.
pub(crate) fn doc(sections: &[(&str, &[&str])], names: &[(&str, EntityKind)]) -> Doc {
    let briefing = Briefing {
        title: "Test".into(),
        date: None,
        source: None,
        language: "en".into(),
        summary: None,
        sections: sections
            .iter()
            .enumerate()
            .map(|(i, (title, body))| Section {
                id: format!("s{i}"),
                title: title.to_string(),
                body: body.iter().map(|p| p.to_string()).collect(),
            })
            .collect(),
        entities: Vec::new(),
        relations: Vec::new(),
    };
    let entities: Vec<Entity> = names
        .iter()
        .map(|(n, k)| Entity {
            id: n.to_lowercase(),
            name: n.to_string(),
            kind: *k,
            iso: None,
            aliases: Vec::new(),
            affiliation: None,
            short: None,
        })
        .collect();
    let mut mentions = Vec::new();
    for (s, section) in briefing.sections.iter().enumerate() {
        let parts = section.parts();
        for (part, text) in parts {
            for (e, entity) in entities.iter().enumerate() {
                for (at, _) in text.match_indices(entity.name.as_str()) {
                    mentions.push(Mention {
                        entity: e as u32,
                        loc: Loc {
                            section: s as u32,
                            part,
                            start: at as u32,
                            end: (at + entity.name.len()) as u32,
                        },
                    });
                }
            }
        }
    }
    mentions.sort_by_key(|m| m.loc);
    Doc::new(
        briefing,
        Analysis {
            entities,
            mentions,
            links: Vec::new(),
        },
    )
}

fn sample() -> Arc<Doc> {
    Arc::new(doc(
        &[
            ("Lead", &["Russia meets Kazakhstan. Then talks follow."]),
            ("Second", &["One two three.", "Four five six seven eight."]),
        ],
        &[
            ("Russia", EntityKind::Country),
            ("Kazakhstan", EntityKind::Country),
        ],
    ))
}

fn shown(layout: &mut Layout) -> Vec<String> {
    let mut out = Vec::new();
    let mut pos = Some(Pos::default());
    while let Some(p) = pos {
        layout.ensure(p.block);
        let block = layout.blocks()[p.block];
        let text = layout.text(&block).to_string();
        out.push(match layout.line_range(p) {
            Some(r) => text[r.start as usize..r.end as usize].to_string(),
            None => String::new(),
        });
        pos = layout.next(p);
    }
    out
}

#[test]
fn blocks_are_headings_and_paragraphs_separated_by_blank_lines() {
    let mut layout = Layout::new(sample(), 20, false);
    assert_eq!(
        shown(&mut layout),
        [
            "Lead",
            "",
            "Russia meets",
            "Kazakhstan. Then",
            "talks follow.",
            "",
            "Second",
            "",
            "One two three.",
            "",
            "Four five six seven",
            "eight.",
            "",
        ]
    );
}

#[test]
fn a_mention_crossing_a_wrap_point_is_marked_on_both_lines() {
    let doc = Arc::new(doc(
        &[("T", &["aa Big Cntry bb"])],
        &[("Big Cntry", EntityKind::Country)],
    ));
    let mut layout = Layout::new(doc, 6, false);
    layout.ensure(1);
    let lines = layout.lines(1).unwrap().to_vec();
    assert_eq!(lines, [0..6, 7..12, 13..15]);
    let first = layout.segments(Pos { block: 1, line: 0 }, &[], None);
    assert_eq!(first.len(), 2);
    assert_eq!(first[0].mark, None);
    assert_eq!(first[1].range, 3..6);
    assert_eq!(first[1].mark.map(|m| m.entity), Some(0));
    let second = layout.segments(Pos { block: 1, line: 1 }, &[], None);
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].range, 7..12);
    assert_eq!(second[0].mark.map(|m| m.mention), Some(Some(0)));
}

#[test]
fn search_matches_and_highlight_overlay_mentions() {
    let mut layout = Layout::new(sample(), 80, false);
    layout.ensure(1);
    let m = Loc {
        section: 0,
        part: Part::Para(0),
        start: 3,
        end: 10,
    };
    let segs = layout.segments(Pos { block: 1, line: 0 }, &[m], None);
    let pieces: Vec<_> = segs
        .iter()
        .map(|s| (s.range.clone(), s.mark.is_some(), s.matched))
        .collect();
    assert_eq!(
        pieces[..4],
        [
            (0..3, true, None),
            (3..6, true, Some(0)),
            (6..10, false, Some(0)),
            (10..13, false, None),
        ]
    );
}

#[test]
fn the_anchor_survives_a_resize() {
    let mut layout = Layout::new(sample(), 12, false);
    let pos = layout.advance(Pos::default(), 4);
    let anchor = layout.anchor(pos);
    let before = layout.line_range(pos).unwrap();
    layout.set_width(40);
    let again = layout.locate(anchor);
    let after = layout.line_range(again).unwrap();
    assert!(after.start <= before.start && before.start < after.end.max(before.start + 1));
    assert_eq!(layout.section_of(again), layout.section_of(pos));
}

#[test]
fn skim_shows_lead_sentences_and_entities() {
    let mut layout = Layout::new(sample(), 80, true);
    assert_eq!(
        shown(&mut layout),
        [
            "Lead",
            "",
            "Russia meets Kazakhstan.",
            "",
            "Russia · Kazakhstan",
            "",
            "Second",
            "",
            "One two three.",
            "",
        ]
    );
}

#[test]
fn progress_reaches_one_at_the_last_line() {
    let mut layout = Layout::new(sample(), 20, false);
    let last = layout.last();
    assert!((layout.progress(last) - 1.0).abs() < 1e-9);
    assert!(layout.progress(Pos::default()) < 0.1);
}

#[test]
fn an_empty_briefing_has_a_harmless_layout() {
    let doc = Doc::new(Briefing::new("", "en", Vec::new()), Analysis::default());
    let mut layout = Layout::new(Arc::new(doc), 0, false);
    assert_eq!(layout.last(), Pos::default());
    assert_eq!(layout.next(Pos::default()), None);
    assert_eq!(layout.advance(Pos::default(), 5), Pos::default());
    assert!(layout.segments(Pos::default(), &[], None).is_empty());
}

/// Regression (one giant paragraph): a paragraph longer than a window is laid out as
/// several blocks that run on without a blank line, cover it in order, and are
/// wrapped only as they are shown.
#[test]
fn a_paragraph_longer_than_a_window_is_wrapped_window_by_window() {
    let sentence = "Russia meets Kazakhstan again today. ";
    let giant = sentence.repeat(crate::text::WINDOW_BYTES * 3 / sentence.len());
    let doc = Arc::new(doc(
        &[("Head", &[giant.as_str()]), ("Next", &["After."])],
        &[("Russia", EntityKind::Country)],
    ));
    let mut layout = Layout::new(doc, 60, false);
    let parts: Vec<&Block> = layout
        .blocks()
        .iter()
        .filter(|b| b.part == Part::Para(0) && b.section == 0)
        .collect();
    assert!(parts.len() >= 3, "{} blocks", parts.len());
    assert_eq!(parts[0].start, 0);
    assert_eq!(parts.last().map(|b| b.end as usize), Some(giant.len()));
    for pair in parts.windows(2) {
        assert_eq!(pair[0].end, pair[1].start);
        assert!(pair[0].continued);
    }
    assert!(!parts.last().is_some_and(|b| b.continued));
    // The first screen wraps the first window only.
    let mut pos = Pos::default();
    for _ in 0..40 {
        pos = layout.next(pos).unwrap_or(pos);
    }
    assert!(layout.lines(1).is_some() && layout.lines(2).is_none());
    // All of it reads as one paragraph: its lines cover it, one blank line after it.
    let lines = shown(&mut layout);
    let blank = lines.iter().position(String::is_empty);
    assert_eq!(blank, Some(1), "after the heading");
    let body: Vec<&String> = lines[2..].iter().take_while(|l| !l.is_empty()).collect();
    let joined: String = body
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(joined, giant.trim_end());
    assert_eq!(lines[2 + body.len()..], ["", "Next", "", "After.", ""]);
}
