//! Marks, notes and quotes: the sentence the reader is at, marking it (`m`), writing a
//! note on it (`a`), the list of both (`'`), and copying it with its citation (`y`).
//! Helpers of `update`; the keeper writes what they change.

use super::input::LineInput;
use super::memo::{loc_of, place_at};
use super::nav;
use super::state::{Focus, Reader, State};
use crate::memory::{Pin, Place, Record, new_id, now};
use crate::model::{Loc, Part};

/// The note being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NoteDraft {
    pub(crate) input: LineInput,
    at: Place,
    quote: String,
    /// The note edited, when there was one on that place.
    editing: Option<String>,
}

/// The place marks, notes and quotes act on, and its text: the section selected in the
/// panel; else the sentence the reader was sent to (evidence, a search match, the
/// entity cursor) while it is on screen; else the first sentence starting on the top
/// line (or the one the top line is in).
fn current(r: &Reader) -> Option<(Place, String)> {
    let b = &r.doc().briefing;
    if r.focus == Focus::Sections {
        let s = r.sections.selected;
        let loc = Loc {
            section: s as u32,
            part: Part::Title,
            start: 0,
            end: 0,
        };
        return place_at(b, loc, false);
    }
    let search = r.search.current.and_then(|i| r.search.matches.get(i));
    let cursor = r.view.cursor.and_then(|c| r.doc().analysis.mentions.get(c));
    let target = [r.view.highlight, search.copied(), cursor.map(|m| m.loc)]
        .into_iter()
        .flatten()
        .find(|&loc| nav::loc_on_screen(r, loc));
    if let Some(loc) = target {
        return place_at(b, loc, false);
    }
    let a = r.layout.anchor(r.view.top);
    let loc = Loc {
        section: a.section,
        part: a.part,
        start: a.byte,
        end: a.byte,
    };
    place_at(b, loc, true)
}

/// A quote cut for the status bar.
fn short(quote: &str) -> String {
    format!("«{}»", crate::text::fit(quote, 30))
}

/// Said when `m` or `a` is pressed on a briefing read from no file.
const NOT_A_FILE: &str = "nothing is remembered of a briefing that is not a file";

/// Change what is remembered of the briefing read: `change` edits the record and says
/// what it did for the status bar (`None`: it changed nothing); the marks and notes
/// are then found in the text again. False when nothing is remembered (not a file).
fn edit(r: &mut Reader, change: impl FnOnce(&mut Record) -> Option<String>) -> bool {
    let briefing = r.doc().briefing.clone();
    let Some(memo) = r.memo.as_mut() else {
        return false;
    };
    if let Some(said) = change(&mut memo.record) {
        memo.locate(&briefing);
        r.unsaved = Some(said);
    }
    true
}

/// `m`: mark the current place, or unmark it.
pub(crate) fn toggle_mark(r: &mut Reader) {
    let Some((at, quote)) = current(r) else {
        return;
    };
    let edited = edit(r, |rec| {
        Some(if let Some(i) = rec.marks.iter().position(|m| m.at == at) {
            let gone = rec.marks.remove(i);
            rec.removed.push(gone.id);
            format!("mark removed from {}", short(&quote))
        } else {
            let t = now();
            rec.marks.push(Pin {
                id: new_id(),
                at,
                quote: quote.clone(),
                text: String::new(),
                created: t,
                edited: t,
            });
            format!("mark on {}", short(&quote))
        })
    });
    if !edited {
        r.message = Some(NOT_A_FILE.into());
    }
}

/// `a`: open the note line on the current place, with its note if it has one.
pub(crate) fn start_note(r: &mut Reader) {
    let Some((at, quote)) = current(r) else {
        return;
    };
    let Some(memo) = r.memo.as_ref() else {
        r.message = Some(NOT_A_FILE.into());
        return;
    };
    let existing = memo.record.notes.iter().find(|n| n.at == at);
    r.note = Some(NoteDraft {
        input: LineInput::new(existing.map_or("", |n| n.text.as_str())),
        editing: existing.map(|n| n.id.clone()),
        at,
        quote,
    });
}

/// Enter in the note line: keep the note (an emptied one is deleted).
pub(crate) fn confirm_note(r: &mut Reader) {
    let Some(draft) = r.note.take() else {
        return;
    };
    edit(r, |rec| {
        let text = draft.input.text.trim().to_string();
        let t = now();
        let at = rec
            .notes
            .iter()
            .position(|n| Some(&n.id) == draft.editing.as_ref());
        match (at, text.is_empty()) {
            (Some(i), true) => {
                let gone = rec.notes.remove(i);
                rec.removed.push(gone.id);
                Some(format!("note deleted from {}", short(&draft.quote)))
            }
            (Some(i), false) => {
                rec.notes[i].text = text;
                rec.notes[i].edited = t;
                Some(format!("note on {}", short(&draft.quote)))
            }
            (None, true) => None,
            (None, false) => {
                rec.notes.push(Pin {
                    id: new_id(),
                    at: draft.at,
                    quote: draft.quote.clone(),
                    text,
                    created: t,
                    edited: t,
                });
                Some(format!("note on {}", short(&draft.quote)))
            }
        }
    });
}

/// Marks and notes as the list shows them: in text order, notes before marks on one
/// place. (index into marks or notes, is a note)
pub(crate) fn listed(r: &Reader) -> Vec<(&Pin, bool)> {
    let Some(memo) = r.memo.as_ref() else {
        return Vec::new();
    };
    let b = &r.doc().briefing;
    let mut all: Vec<(&Pin, bool)> = memo
        .record
        .notes
        .iter()
        .map(|p| (p, true))
        .chain(memo.record.marks.iter().map(|p| (p, false)))
        .collect();
    // Pins whose section is gone (an edit removed it) come last, still listed.
    all.sort_by_key(|(p, note)| {
        (
            loc_of(b, &p.at).map_or((u32::MAX, 0), |l| (l.section, sentence_key(p))),
            !note,
        )
    });
    all
}

fn sentence_key(p: &Pin) -> usize {
    p.at.sentence.map_or(0, |s| s + 1)
}

/// `'`: open or close the list.
pub(crate) fn toggle_list(r: &mut Reader) {
    if r.pins.take().is_some() {
        return;
    }
    if listed(r).is_empty() {
        r.message = Some("no mark or note yet: m marks the sentence, a writes a note".into());
        return;
    }
    r.pins = Some(0);
}

/// Moving in the list: `delta` items, kept within it.
pub(crate) fn move_in_list(r: &mut Reader, delta: isize) {
    let n = listed(r).len();
    if let Some(sel) = r.pins.as_mut() {
        *sel = sel.saturating_add_signed(delta).min(n.saturating_sub(1));
    }
}

/// Enter in the list: to the selected place, the list closed.
pub(crate) fn jump(r: &mut Reader) {
    let Some(sel) = r.pins.take() else {
        return;
    };
    let b = r.doc().briefing.clone();
    let loc = listed(r).get(sel).and_then(|(p, _)| loc_of(&b, &p.at));
    match loc {
        Some(loc) => {
            r.focus = Focus::Reader;
            r.view.highlight = (loc.part != Part::Title).then_some(loc);
            nav::reveal(r, loc);
        }
        None => r.message = Some("that section is no longer in the file".into()),
    }
}

/// `d` in the list: delete the selected mark or note.
pub(crate) fn delete(r: &mut Reader) {
    let Some(sel) = r.pins else {
        return;
    };
    let Some((id, note)) = listed(r).get(sel).map(|(p, n)| (p.id.clone(), *n)) else {
        return;
    };
    edit(r, |rec| {
        rec.marks.retain(|p| p.id != id);
        rec.notes.retain(|p| p.id != id);
        rec.removed.push(id);
        Some(if note { "note deleted" } else { "mark deleted" }.into())
    });
    let n = listed(r).len();
    r.pins = (n > 0).then(|| sel.min(n - 1));
}

/// `y`: the current sentence and its citation, for the clipboard. Text from the file
/// is cleaned of every character `text::terminal` calls unsafe: the payload is
/// base64-encoded, but a terminal decodes it, and a pasted ESC would act.
pub(crate) fn copy(state: &mut State) {
    let enabled = !state.config.clipboard_off;
    let Some(r) = state.reader.as_mut() else {
        return;
    };
    if !enabled {
        r.message = Some("copying is turned off ([clipboard] enabled = false)".into());
        return;
    }
    let Some((at, quote)) = current(r) else {
        return;
    };
    let b = &r.doc().briefing;
    let n = crate::memory::section_index(&at, b).map_or(0, |i| i + 1);
    let mut cite = vec![b.title.clone(), format!("§{n} {}", at.title)];
    cite.extend(b.date.clone());
    cite.extend(b.source.clone());
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if crate::text::terminal::is_unsafe(c) {
                    ' '
                } else {
                    c
                }
            })
            .collect()
    };
    let text = format!("«{}»\n— {}", safe(&quote), safe(&cite.join(", ")));
    r.message = Some(format!("copied {} with its source", short(&quote)));
    let serial = state.clipboard.as_ref().map_or(0, |(n, _)| n + 1);
    state.clipboard = Some((serial, text));
}
