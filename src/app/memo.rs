//! The reader and its memory across runs: what is restored when a briefing opens
//! (position, read sections, marks, notes), the record the reader's state amounts to
//! now (`snapshot`, which `Keeper` saves), and a reload of the file after it changed.

use std::sync::Arc;

use super::state::{Reader, State};
use crate::layout::{Anchor, Layout};
use crate::memory::{ContentHash, Origin, Place, Record, section_index};
use crate::model::{Briefing, Doc, Loc, Part};
use crate::relations::section_sentences;

/// What is remembered of the briefing read, as the reader uses it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Memo {
    /// Marks, notes and what else was read from or written to the state directory.
    pub(crate) record: Record,
    /// Per section: changed on disk since it was read, and not read again yet.
    pub(crate) changed: Vec<bool>,
    /// Where each mark and note starts in the text (`true`: a note), for the margin.
    pub(crate) starts: Vec<(Loc, bool)>,
}

impl Memo {
    fn new(record: Record, briefing: &Briefing) -> Memo {
        let changed = briefing
            .sections
            .iter()
            .enumerate()
            .map(|(i, _)| record.sections.get(i).is_some_and(|s| s.changed))
            .collect();
        let mut memo = Memo {
            record,
            changed,
            starts: Vec::new(),
        };
        memo.locate(briefing);
        memo
    }

    /// Work out `starts` again (after a mark or note came or went).
    pub(crate) fn locate(&mut self, briefing: &Briefing) {
        let r = &self.record;
        let marks = r.marks.iter().map(|p| (p, false));
        let notes = r.notes.iter().map(|p| (p, true));
        self.starts = marks
            .chain(notes)
            .filter_map(|(p, note)| Some((loc_of(briefing, &p.at)?, note)))
            .collect();
        self.starts.sort();
    }
}

/// The place `loc` is in: its section, and the sentence holding its start (none for a
/// heading).
pub(crate) fn place_at(briefing: &Briefing, loc: Loc, starting: bool) -> Option<(Place, String)> {
    let section = briefing.sections.get(loc.section as usize)?;
    let mut place = Place {
        section: section.id.clone(),
        title: section.title.clone(),
        sentence: None,
    };
    let Part::Para(para) = loc.part else {
        return Some((place, section.title.clone()));
    };
    let key = (para as usize, loc.start as usize);
    let refs = section_sentences(section);
    // The sentence holding `loc`; with `starting`, the first one starting at or after
    // it (the top line often ends a sentence begun above the screen).
    let holding = refs.iter().position(|s| (s.para, s.range.end) > key);
    let after = refs.iter().position(|s| (s.para, s.range.start) >= key);
    let i = if starting {
        after.or(holding)
    } else {
        holding.or(after)
    }?;
    let s = &refs[i];
    place.sentence = Some(i);
    let quote = section.body.get(s.para)?.get(s.range.clone())?.to_string();
    Some((place, quote))
}

/// The range of the text `place` names: its sentence, or its section's heading.
pub(crate) fn loc_of(briefing: &Briefing, place: &Place) -> Option<Loc> {
    let i = section_index(place, briefing)?;
    let section = briefing.sections.get(i)?;
    let Some(n) = place.sentence else {
        return Some(Loc {
            section: i as u32,
            part: Part::Title,
            start: 0,
            end: section.title.len() as u32,
        });
    };
    let s = section_sentences(section).into_iter().nth(n)?;
    Some(Loc {
        section: i as u32,
        part: Part::Para(s.para as u32),
        start: s.range.start as u32,
        end: s.range.end as u32,
    })
}

/// Where reading is: the first sentence that starts on the top line, else the one the
/// top line is in. Restoring it puts that sentence's line on top again, so saving and
/// restoring at one width leaves the screen as it was.
fn position(r: &Reader) -> Option<Place> {
    let a = r.layout.anchor(r.view.top);
    let b = &r.doc().briefing;
    let at = Loc {
        section: a.section,
        part: a.part,
        start: a.byte,
        end: a.byte,
    };
    let Part::Para(para) = a.part else {
        return place_at(b, at, false).map(|(p, _)| p);
    };
    let end = r.layout.line_range(r.view.top).map_or(a.byte, |l| l.end);
    let section = b.sections.get(a.section as usize)?;
    let refs = section_sentences(section);
    let (line_start, line_end) = (
        (para as usize, a.byte as usize),
        (para as usize, end as usize),
    );
    let starts_here = refs.iter().position(|s| {
        let start = (s.para, s.range.start);
        start >= line_start && start < line_end
    });
    let holding = refs.iter().position(|s| (s.para, s.range.end) > line_start);
    Some(Place {
        section: section.id.clone(),
        title: section.title.clone(),
        sentence: Some(starts_here.or(holding)?),
    })
}

/// Put the top line at `place`.
fn restore(r: &mut Reader, place: &Place) {
    if let Some(loc) = loc_of(&r.doc().briefing.clone(), place) {
        r.view.top = r.layout.locate(Anchor {
            section: loc.section,
            part: loc.part,
            byte: loc.start,
        });
    }
}

/// The record the reader's state amounts to now: its memo's, with the position and
/// the read sections of the screen.
pub(crate) fn snapshot(r: &Reader) -> Option<Record> {
    let memo = r.memo.as_ref()?;
    let mut record = memo.record.clone();
    record.position = position(r).or(record.position);
    for (i, s) in record.sections.iter_mut().enumerate() {
        s.read = r.sections.read.get(i).copied().unwrap_or(s.read);
        s.changed = memo.changed.get(i).copied().unwrap_or(false) && !s.read;
    }
    Some(record)
}

/// What was remembered of the briefing read arrived: back to where reading was.
pub(crate) fn recalled(state: &mut State, record: Record, warnings: Vec<String>) {
    // The keeper answers on its own time: the reader may have opened another file.
    let Some(r) = state.reader.as_mut().filter(|r| {
        let origin = r.doc().origin.as_deref();
        r.memo.is_none() && origin.is_none_or(|o| o.hash.hex() == record.hash)
    }) else {
        return;
    };
    let briefing = r.doc().briefing.clone();
    for (i, s) in record.sections.iter().enumerate() {
        if let Some(read) = r.sections.read.get_mut(i) {
            *read |= s.read;
        }
    }
    if let Some(place) = &record.position {
        restore(r, place);
    }
    let memo = Memo::new(record, &briefing);
    let changed = memo.changed.iter().filter(|&&c| c).count();
    let pins = memo.record.marks.len() + memo.record.notes.len();
    r.memo = Some(memo);
    r.message = match warnings.first() {
        Some(w) => Some(format!("warning: {w}")),
        None if changed > 0 => Some(format!(
            "{changed} read section(s) changed since last time (~ in the panel)"
        )),
        None if pins > 0 => Some(format!("{pins} mark(s) and note(s): ' lists them")),
        None => r.message.take(),
    };
}

/// The memory was written (`Ok`: as merged with other processes' writes).
pub(crate) fn saved(state: &mut State, result: Result<Record, String>, warnings: Vec<String>) {
    let Some(r) = state.reader.as_mut() else {
        return;
    };
    let briefing = r.doc().briefing.clone();
    match result {
        // Of a briefing closed since (written as the next one opened).
        Ok(record)
            if r.memo
                .as_ref()
                .is_some_and(|m| m.record.path != record.path) => {}
        Ok(record) => {
            for (i, s) in record.sections.iter().enumerate() {
                if let Some(read) = r.sections.read.get_mut(i) {
                    *read |= s.read;
                }
            }
            if let Some(memo) = r.memo.as_mut() {
                let confirmed = memo.record.notes.len() + memo.record.marks.len();
                memo.record.marks = record.marks;
                memo.record.notes = record.notes;
                memo.record.removed = record.removed;
                memo.record.last_opened = record.last_opened;
                let now = memo.record.notes.len() + memo.record.marks.len();
                if now > confirmed {
                    r.message = Some(format!("{} added by another brief", now - confirmed));
                }
                memo.locate(&briefing);
            }
            if let Some(what) = r.unsaved.take() {
                r.message = Some(format!("saved: {what}"));
            }
        }
        Err(e) => r.message = Some(format!("not saved: {e}")),
    }
    if let Some(w) = warnings.first() {
        r.message = Some(format!("warning: {w}"));
    }
}

/// The file read changed on disk: show the new version where reading was, with the
/// sections changed since they were read marked; a file that no longer loads leaves
/// the last good version on screen, and says why.
pub(crate) fn reloaded(state: &mut State, result: Result<(Briefing, ContentHash), String>) {
    let Some(old) = state.reader.as_mut() else {
        return;
    };
    let (briefing, hash) = match result {
        Ok(b) => b,
        Err(e) => {
            old.stale = Some(e);
            return;
        }
    };
    let place = position(old);
    let mut record = snapshot(old);
    let Some(origin) = old.doc().origin.as_deref() else {
        return;
    };
    let origin = Origin {
        path: origin.path.clone(),
        hash,
    };
    if let Some(rec) = record.as_mut() {
        rec.fit(&briefing, &hash);
    }
    let doc = Arc::new(Doc::pending(briefing).with_origin(origin));
    let mut r = Reader::new(doc.clone());
    r.layout = Layout::new(doc.clone(), old.layout.width(), old.layout.skim());
    r.view.height = old.view.height;
    r.focus = old.focus;
    r.relations.visible = old.relations.visible;
    r.relations.zoomed = old.relations.zoomed;
    if let Some(rec) = record {
        for (i, s) in rec.sections.iter().enumerate() {
            if let Some(read) = r.sections.read.get_mut(i) {
                *read = s.read;
            }
        }
        r.memo = Some(Memo::new(rec, &doc.briefing));
    }
    if let Some(place) = &place {
        restore(&mut r, place);
    }
    let changed: Vec<String> = r
        .memo
        .as_ref()
        .map(|m| &m.changed)
        .into_iter()
        .flatten()
        .enumerate()
        .filter(|(_, c)| **c)
        .map(|(i, _)| format!("§{}", i + 1))
        .collect();
    r.message = Some(if changed.is_empty() {
        "reloaded: the file changed on disk".into()
    } else {
        format!("reloaded: {} changed since read", changed.join(" "))
    });
    *old = r;
}
