//! Search in the article: `/` forward and `?` backward, as in less. The query and
//! the text are compared through the crate's one fold (`text::Folded`: lower case,
//! accents stripped, with a map back to the original bytes), so `etats` finds
//! "États-Unis" and a match highlights exactly the original chars it covers. Smart
//! case: a capital in the query makes the case of every letter count (`ETATS` finds
//! "ETATS" and not "États"), accents still ignored.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind};

use super::nav::reveal;
use super::state::Reader;
use crate::layout::part_text;
use crate::model::{Briefing, Loc, Part};
use crate::text::Folded;

/// At most this many search matches are kept (a one-letter search of 20 MB would
/// otherwise hold millions).
pub(crate) const MAX_MATCHES: usize = 100_000;

/// Searches kept for Up / Down in the search line, while brief runs.
const HISTORY: usize = 100;

/// The automaton for one query, over its folded form. Live search builds one per
/// keystroke, so its build must be linear in the query: aho-corasick's default picks
/// a DFA for one short pattern, whose build fills 256 transitions per state, and
/// typing 2,000 × `a` then cost 27 s (issue 12 item 4). The non-contiguous NFA builds
/// in O(query) and still scans in one pass.
pub fn searcher(query: &str) -> Option<AhoCorasick> {
    let mut folded = Folded::new();
    folded.fold(query);
    build(folded.text())
}

fn build(folded: &str) -> Option<AhoCorasick> {
    // Folded text is lower case already; ASCII case-insensitivity lets the scan run
    // over an ASCII paragraph as it is, with no fold at all.
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .build([folded])
        .ok()
}

/// One query, folded once, ready to scan paragraph after paragraph.
struct Query<'q> {
    original: &'q str,
    folded: Folded,
    ac: AhoCorasick,
    /// Smart case: the query has a capital, so case counts.
    case_sensitive: bool,
}

impl<'q> Query<'q> {
    fn new(original: &'q str) -> Option<Query<'q>> {
        let mut folded = Folded::new();
        folded.fold(original);
        if folded.text().is_empty() {
            return None;
        }
        let ac = build(folded.text())?;
        Some(Query {
            original,
            folded,
            case_sensitive: original.chars().any(char::is_uppercase),
            ac,
        })
    }

    /// Does the case of every letter of a match agree with the query's? `at` is the
    /// match in the folded text, `orig` maps a folded byte to its char in `text`.
    /// Compared folded byte by folded byte through both maps, so that `Œ` agrees
    /// with `OE` and `É` with `E`.
    fn same_case(&self, text: &str, at: Range<usize>, orig: impl Fn(usize) -> usize) -> bool {
        let upper = |s: &str, i: usize| s[i..].chars().next().is_some_and(char::is_uppercase);
        at.enumerate()
            .all(|(q, t)| upper(self.original, self.folded.orig_at(q)) == upper(text, orig(t)))
    }
}

/// Every match of `query` in titles and paragraphs, in reading order, as exact byte
/// ranges of the original text. Linear in the text per call: an ASCII paragraph is
/// scanned as it is, any other folded once into a reused buffer.
pub(crate) fn find_all(briefing: &Briefing, query: &str) -> Vec<Loc> {
    let Some(q) = Query::new(query) else {
        return Vec::new();
    };
    let mut fold = Folded::new();
    let mut out = Vec::new();
    for (s, section) in briefing.sections.iter().enumerate() {
        let parts = std::iter::once(Part::Title)
            .chain((0..section.body.len()).map(|p| Part::Para(p as u32)));
        for part in parts {
            let text = part_text(briefing, s as u32, part);
            // The fold of ASCII is its lower case, byte for byte, and the automaton
            // ignores ASCII case: an ASCII paragraph is scanned as it is.
            let ascii = text.is_ascii();
            if !ascii {
                fold.fold(text);
            }
            let haystack = if ascii { text } else { fold.text() };
            for m in q.ac.find_iter(haystack) {
                let agrees = !q.case_sensitive
                    || if ascii {
                        q.same_case(text, m.range(), |i| i)
                    } else {
                        q.same_case(text, m.range(), |i| fold.orig_at(i))
                    };
                if !agrees {
                    continue;
                }
                let range = if ascii {
                    m.range()
                } else {
                    fold.orig_range(text, m.range())
                };
                out.push(Loc {
                    section: s as u32,
                    part,
                    start: range.start as u32,
                    end: range.end as u32,
                });
                if out.len() >= MAX_MATCHES {
                    return out;
                }
            }
        }
    }
    out
}

/// `/` or `?`: start typing a search in that direction.
pub(crate) fn start(r: &mut Reader, backward: bool) {
    r.search.editing = true;
    r.search.backward = backward;
    r.search.query.clear();
    r.search.matches.clear();
    r.search.current = None;
    r.search.recalled = None;
    r.search.origin = r.view.top;
}

/// Search again after the query changed: every match, then the first at or after the
/// place where the search started (the last before it, searching backward).
pub(crate) fn research(r: &mut Reader) {
    r.search.matches = find_all(&r.doc().briefing, &r.search.query);
    let origin = r.layout.anchor(r.search.origin);
    let key = (origin.section, origin.part, origin.byte);
    let after = r
        .search
        .matches
        .partition_point(|l| (l.section, l.part, l.start) < key);
    let n = r.search.matches.len();
    r.search.current = match n {
        0 => None,
        _ if r.search.backward => Some((after + n - 1) % n),
        _ => Some(after % n),
    };
    r.view.top = r.search.origin;
    if let Some(loc) = r.search.current.and_then(|i| r.search.matches.get(i)) {
        reveal(r, *loc);
    }
}

/// `n` / `N`: the next or previous match in the search's direction (`n` after `?`
/// goes up, as in less), going round at the ends.
pub(crate) fn step_match(r: &mut Reader, same_direction: bool) {
    let n = r.search.matches.len();
    if n == 0 {
        // A search that found nothing is still the search the reader typed.
        r.message = Some(if r.search.query.is_empty() {
            "no search: press / to search".into()
        } else {
            format!("no match for {}", r.search.query)
        });
        return;
    }
    let forward = same_direction != r.search.backward;
    let at = r.search.current.unwrap_or(0);
    let next = if forward {
        (at + 1) % n
    } else {
        (at + n - 1) % n
    };
    r.search.current = Some(next);
    if let Some(&loc) = r.search.matches.get(next) {
        reveal(r, loc);
    }
}

/// Up / Down in the search line: an older or newer search from `history` (oldest
/// first), searched live as if typed. Past the newest, the line is empty again.
pub(crate) fn recall(r: &mut Reader, history: &[String], older: bool) {
    let n = history.len();
    let at = match (r.search.recalled, older) {
        (None, true) => n.checked_sub(1),
        (None, false) => None,
        (Some(i), true) => Some(i.saturating_sub(1)),
        (Some(i), false) => (i + 1 < n).then_some(i + 1),
    };
    if at.is_none() && older {
        r.message = Some("no earlier search".into());
        return;
    }
    r.search.recalled = at;
    r.search.query = at.and_then(|i| history.get(i)).cloned().unwrap_or_default();
    research(r);
}

/// Keep `query` in `history`, newest last, once (a repeated search moves to the end).
pub(crate) fn remember(history: &mut Vec<String>, query: &str) {
    if query.is_empty() {
        return;
    }
    history.retain(|h| h != query);
    history.push(query.to_string());
    if history.len() > HISTORY {
        history.remove(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Section;

    fn briefing(paras: &[&str]) -> Briefing {
        Briefing::new(
            "T",
            "fr",
            vec![Section {
                id: "s".into(),
                title: "Sommaire".into(),
                body: paras.iter().map(|p| p.to_string()).collect(),
            }],
        )
    }

    fn found(b: &Briefing, query: &str) -> Vec<String> {
        find_all(b, query)
            .iter()
            .map(|l| b.text_at(l).unwrap_or("?").to_string())
            .collect()
    }

    #[test]
    fn accents_and_case_fold_and_the_original_span_is_returned() {
        let b = briefing(&[
            "Les États-Unis et les ETATS du Golfe.",
            "Etats, plain ASCII.",
        ]);
        assert_eq!(found(&b, "etats"), ["États", "ETATS", "Etats"]);
        assert_eq!(found(&b, "états-unis"), ["États-Unis"]);
        // Smart case: a capital makes case count, accents still do not.
        assert_eq!(found(&b, "ETATS"), ["ETATS"]);
        assert_eq!(found(&b, "Etats"), ["États", "Etats"]);
        assert_eq!(found(&b, "États"), ["États", "Etats"]);
        assert!(found(&b, "zzz").is_empty());
    }

    #[test]
    fn expansions_and_typographic_marks_fold_as_the_matcher_does() {
        let b = briefing(&["Le cœur de l’Œuvre, à Kyiv\u{a0}: COEUR."]);
        assert_eq!(found(&b, "coeur"), ["cœur", "COEUR"]);
        assert_eq!(found(&b, "OEuvre"), ["Œuvre"]);
        assert_eq!(found(&b, "l'oeuvre"), ["l’Œuvre"]);
        assert_eq!(found(&b, "a kyiv :"), ["à Kyiv\u{a0}:"]);
    }

    #[test]
    fn history_keeps_each_search_once_newest_last() {
        let mut h = Vec::new();
        for q in ["a", "b", "a", ""] {
            remember(&mut h, q);
        }
        assert_eq!(h, ["b", "a"]);
        for i in 0..HISTORY + 5 {
            remember(&mut h, &i.to_string());
        }
        assert_eq!(h.len(), HISTORY);
    }
}
