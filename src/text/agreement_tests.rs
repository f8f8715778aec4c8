//! Every reader of sentence boundaries agrees with the splitter, on text nobody wrote
//! by hand: skim mode's lead, the search hits skim mode shows, evidence numbering,
//! relation inference, the candidate rules' sentence starts and derived titles.
//! Four splitters once answered "where does this sentence end?" differently; this is
//! what keeps it one answer.

use std::sync::Arc;

use proptest::prelude::*;

use super::{Sentences, first_sentence, sentences};
use crate::app::{Action, Config, State, find_all, update};
use crate::entities::candidates::tokens::{Gap, tokenize};
use crate::layout::tests::doc;
use crate::layout::{BlockKind, Layout};
use crate::model::{EntityKind, Part};

/// What the search looks for; the generator writes it nowhere else.
const MARKER: char = '§';

/// Pieces that sit on the splitter's edge cases: titles, initials, acronyms, numbers,
/// terminator runs, quotes of three kinds, French spacing, openers in both languages.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    "Russia", "Kazakhstan", "China", "sanctions", "talks", "The", "the", "Le", "il", "Mr.",
    "Dr.", "M.", "J.", "U.S.", "etc.", "e.g.", "No.", "Rep.", "3.5", "10", ".", "...", "…", "?",
    "!", "?!", ":", ",", "«", "»", "\"", "“", "”", "(", ")", "’", "'", "-", "—", "é", "Poutine",
    " ", " ", " ", " ", "  ", "\u{a0}", "\u{202f}", "§",
];

fn paragraph() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(str::to_owned),
        1 => "\\PC{0,6}".prop_map(|s| s.replace(MARKER, "")),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn sections() -> impl Strategy<Value = Vec<Vec<String>>> {
    prop::collection::vec(prop::collection::vec(paragraph(), 1..4), 1..4)
}

const COUNTRIES: &[(&str, EntityKind)] = &[
    ("Russia", EntityKind::Country),
    ("Kazakhstan", EntityKind::Country),
    ("China", EntityKind::Country),
];

fn make_doc(body: &[Vec<String>]) -> crate::model::Doc {
    let titles: Vec<String> = (0..body.len()).map(|i| format!("S{i}")).collect();
    let refs: Vec<Vec<&str>> = body
        .iter()
        .map(|b| b.iter().map(String::as_str).collect())
        .collect();
    let sections: Vec<(&str, &[&str])> = titles
        .iter()
        .zip(&refs)
        .map(|(t, b)| (t.as_str(), b.as_slice()))
        .collect();
    doc(&sections, COUNTRIES)
}

proptest! {
    #[test]
    fn every_reader_of_sentences_agrees_with_the_splitter(body in sections()) {
        let doc = Arc::new(make_doc(&body));
        let briefing = &doc.briefing;

        // Skim mode's lead is the first sentence of the first paragraph.
        let layout = Layout::new(doc.clone(), 80, true);
        for block in layout.blocks().iter().filter(|b| b.kind == BlockKind::Lead) {
            let para = &body[block.section as usize][0];
            let end = first_sentence(para).map_or(0, |r| r.end);
            prop_assert_eq!((block.start, block.end as usize), (0, end));
        }

        // Search hits: skim mode keeps showing a hit inside the lead sentence and
        // leaves for one outside it.
        let mut state = State::reader(doc.clone(), Config::default());
        update(&mut state, Action::Resize(100, 30));
        update(&mut state, Action::ToggleSkim);
        update(&mut state, Action::SearchStart);
        update(&mut state, Action::SearchInput(MARKER));
        if let Some(hit) = find_all(briefing, &MARKER.to_string()).first() {
            let para = &body[hit.section as usize][0];
            let lead = first_sentence(para).unwrap_or(0..0);
            let in_lead = hit.part == Part::Para(0)
                && lead.start <= hit.start as usize
                && hit.end as usize <= lead.end;
            let skim = state.reader.as_ref().is_some_and(|r| r.layout.skim());
            prop_assert_eq!(skim, in_lead, "hit {:?} lead {:?}", hit, lead);
        }

        // Relation inference: evidence is a sentence of the splitter, numbered as the
        // section's sentence index numbers it.
        let links = crate::relations::links(briefing, &doc.analysis.entities, &doc.analysis.mentions);
        for e in links.iter().flat_map(|l| &l.evidence) {
            let section = &briefing.sections[e.loc.section as usize];
            let Part::Para(p) = e.loc.part else {
                return Err(TestCaseError::fail("evidence outside a paragraph"));
            };
            let range = e.loc.start as usize..e.loc.end as usize;
            prop_assert!(sentences(&section.body[p as usize]).contains(&range));
            let indexed = &crate::relations::section_sentences(section)[e.sentence];
            prop_assert_eq!((indexed.para, indexed.range.clone()), (p as usize, range));
        }

        for para in body.iter().flatten() {
            // The candidate rules: a token opens a sentence exactly where one starts
            // (quotations split too), and every sentence of evidence is one of those.
            let starts: Vec<usize> = Sentences::through_quotes(para).map(|r| r.start).collect();
            for r in sentences(para) {
                prop_assert!(starts.contains(&r.start));
            }
            let mut toks = Vec::new();
            tokenize(para, &[], &mut String::new(), &mut toks);
            let opening: Vec<usize> = toks
                .iter()
                .enumerate()
                .filter(|(_, t)| t.gap == Gap::Sentence)
                .map(|(i, _)| i)
                .collect();
            let expected: Vec<usize> = starts
                .iter()
                .filter_map(|&s| toks.iter().position(|t| t.start as usize >= s))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            prop_assert_eq!(opening, expected);

            // A title derived from a lead is its first sentence (or its start, cut at a
            // word and joined by single spaces).
            let title = crate::load::article::title_from(para);
            let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            let first = first_sentence(para).map_or("", |r| &para[r]);
            prop_assert!(words(first).starts_with(&words(title.trim_end_matches('…'))));
        }
    }
}

/// Skim mode cut its lead with UAX #29, which ends a sentence at any `. ` before a
/// capital: the lead of a French article opening on `M. Poutine` was `M.`.
#[test]
fn skim_lead_is_the_whole_first_sentence() {
    let para = "M. Poutine reçoit M. Tokaïev à Moscou. La visite dure deux jours.";
    let doc = Arc::new(make_doc(&[vec![para.to_owned()]]));
    let layout = Layout::new(doc, 80, true);
    let lead = layout.blocks().iter().find(|b| b.kind == BlockKind::Lead);
    assert_eq!(
        lead.map(|b| &para[b.start as usize..b.end as usize]),
        Some("M. Poutine reçoit M. Tokaïev à Moscou.")
    );
}
