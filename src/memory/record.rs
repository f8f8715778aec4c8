//! What brief remembers of one briefing: the record written to the state directory,
//! how it fits a briefing that was edited since, and how two writers' records merge.
//!
//! Places are kept as a section (its id, and its title should the id change) and a
//! sentence number within it (as `relations::sentences` counts them), never as a line
//! or a byte: a re-wrap, a resize or an edit elsewhere in the file leaves them true.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::hash::ContentHash;
use crate::model::{Briefing, Section};

/// The record format this brief writes. A file of a later version is moved aside,
/// never read as if it were this one (its fields could mean something else).
pub(crate) const VERSION: u32 = 1;

/// Everything remembered of one briefing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub(crate) version: u32,
    /// The file, absolute, as last opened.
    pub(crate) path: String,
    /// The file's content hash when it was last opened (`ContentHash::hex`).
    pub(crate) hash: String,
    pub(crate) title: String,
    /// The sections as last seen, with what was read.
    #[serde(default)]
    pub(crate) sections: Vec<SectionMemo>,
    /// Where reading was.
    #[serde(default)]
    pub(crate) position: Option<Place>,
    /// Seconds since the Unix epoch; 0: never.
    #[serde(default)]
    pub(crate) last_opened: u64,
    #[serde(default)]
    pub(crate) marks: Vec<Pin>,
    #[serde(default)]
    pub(crate) notes: Vec<Pin>,
    /// Ids of marks and notes deleted: a merge with an older copy must not bring them
    /// back.
    #[serde(default)]
    pub(crate) removed: Vec<String>,
}

/// One section as last seen. Its strings are shared: the reader copies the record at
/// every move to see whether it changed, and a 20 MB article has 23,000 sections.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct SectionMemo {
    id: Arc<str>,
    title: Arc<str>,
    /// `ContentHash::short` of the section's title and body: an edit changes it.
    digest: Arc<str>,
    pub(crate) read: bool,
    /// Read once, then changed on disk: worth reading again.
    #[serde(default)]
    pub(crate) changed: bool,
}

/// A place in a briefing that outlives wrapping and edits elsewhere.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Place {
    /// The section's id.
    pub(crate) section: String,
    /// Its title, to find it again should the id change.
    pub(crate) title: String,
    /// The sentence within the section (`relations::section_sentences` numbering);
    /// `None`: the section as a whole.
    pub(crate) sentence: Option<usize>,
}

/// A mark (empty `text`) or a note on a place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Pin {
    /// Unique across processes (time, process id and a counter).
    pub(crate) id: String,
    pub(crate) at: Place,
    /// The sentence (or section title) as it read when pinned: exported with the
    /// note, and used to find the sentence again after an edit.
    pub(crate) quote: String,
    #[serde(default)]
    pub(crate) text: String,
    pub(crate) created: u64,
    /// When the text last changed: of two copies of a pin, the later one wins.
    pub(crate) edited: u64,
}

impl Record {
    /// A fresh record of `briefing` at `path`.
    pub(crate) fn new(path: &str, hash: &ContentHash, briefing: &Briefing) -> Record {
        Record {
            version: VERSION,
            path: path.into(),
            hash: hash.hex(),
            title: briefing.title.clone(),
            sections: briefing.sections.iter().map(memo_of).collect(),
            ..Record::default()
        }
    }

    /// Sections read over all sections (0 for a briefing without sections).
    pub(crate) fn progress(&self) -> f32 {
        let read = self.sections.iter().filter(|s| s.read).count();
        read as f32 / self.sections.len().max(1) as f32
    }

    /// Make the record fit `briefing`, which may have been edited since: sections are
    /// matched by id, then by title; a matched section keeps its read mark when its
    /// text is unchanged, and is marked `changed` when it was read and its text is
    /// not what was read. Marks and notes are kept whatever happened to their
    /// section (a note is never dropped); their sentence is found again by its quote.
    pub(crate) fn fit(&mut self, briefing: &Briefing, hash: &ContentHash) {
        let old = std::mem::take(&mut self.sections);
        // Looked up by key, not by scanning: a 20 MB article has 23,000 sections, and
        // a scan per section kept the reader from drawing for seconds.
        let mut by_id: HashMap<&str, &SectionMemo> = HashMap::with_capacity(old.len());
        let mut by_title: HashMap<&str, &SectionMemo> = HashMap::with_capacity(old.len());
        for o in old.iter().rev() {
            by_id.insert(&*o.id, o);
            by_title.insert(&*o.title, o);
        }
        self.sections = briefing
            .sections
            .iter()
            .map(|s| {
                let mut memo = memo_of(s);
                let before = by_id
                    .get(s.id.as_str())
                    .or_else(|| by_title.get(s.title.as_str()));
                if let Some(o) = before {
                    let same = o.digest == memo.digest;
                    memo.read = o.read && same;
                    memo.changed = (o.read && !same) || (o.changed && !memo.read);
                }
                memo
            })
            .collect();
        for pin in self.marks.iter_mut().chain(self.notes.iter_mut()) {
            refind(pin, briefing);
        }
        if let Some(p) = self.position.as_mut()
            && let Some(s) = section_of(p, briefing)
        {
            p.section = s.id.clone();
            p.title = s.title.clone();
        }
        self.title = briefing.title.clone();
        self.hash = hash.hex();
        self.version = VERSION;
    }

    /// `self` (the newer view: position, sections) with `disk`'s marks, notes and read
    /// sections added: what another process wrote since is kept, what either deleted
    /// stays deleted.
    pub(crate) fn merge(&mut self, disk: &Record) {
        let mut removed: Vec<String> = self.removed.clone();
        for id in &disk.removed {
            if !removed.contains(id) {
                removed.push(id.clone());
            }
        }
        self.marks = union(&self.marks, &disk.marks, &removed);
        self.notes = union(&self.notes, &disk.notes, &removed);
        let read_there: HashSet<(&str, &str)> = disk
            .sections
            .iter()
            .filter(|d| d.read)
            .map(|d| (&*d.id, &*d.digest))
            .collect();
        for s in &mut self.sections {
            if read_there.contains(&(&*s.id, &*s.digest)) {
                s.read = true;
                s.changed = false;
            }
        }
        self.last_opened = self.last_opened.max(disk.last_opened);
        self.removed = removed;
    }
}

/// The memo of a section as it is now, unread.
fn memo_of(s: &Section) -> SectionMemo {
    let mut bytes = s.title.as_bytes().to_vec();
    for p in &s.body {
        bytes.push(0);
        bytes.extend_from_slice(p.as_bytes());
    }
    SectionMemo {
        id: s.id.as_str().into(),
        title: s.title.as_str().into(),
        digest: ContentHash::of(&bytes).short().into(),
        read: false,
        changed: false,
    }
}

/// The section of `briefing` that `place` names: by id, else by title.
fn section_of<'b>(place: &Place, briefing: &'b Briefing) -> Option<&'b Section> {
    let s = &briefing.sections;
    s.iter()
        .find(|s| s.id == place.section)
        .or_else(|| s.iter().find(|s| s.title == place.title))
}

/// Index of the section `place` names in `briefing`.
pub(crate) fn section_index(place: &Place, briefing: &Briefing) -> Option<usize> {
    let s = section_of(place, briefing)?;
    briefing.sections.iter().position(|o| std::ptr::eq(o, s))
}

/// After an edit: the pin's section by id or title, and its sentence where its quote
/// now is (unchanged when the quote is nowhere in the section).
fn refind(pin: &mut Pin, briefing: &Briefing) {
    let Some(section) = section_of(&pin.at, briefing) else {
        return;
    };
    pin.at.section = section.id.clone();
    pin.at.title = section.title.clone();
    if pin.at.sentence.is_none() || pin.quote.is_empty() {
        return;
    }
    let sentences = crate::relations::section_sentences(section);
    let text = |i: usize| {
        sentences
            .get(i)
            .and_then(|r| section.body.get(r.para)?.get(r.range.clone()))
    };
    if pin.at.sentence.and_then(text) == Some(pin.quote.as_str()) {
        return;
    }
    if let Some(i) = (0..sentences.len()).find(|&i| text(i) == Some(pin.quote.as_str())) {
        pin.at.sentence = Some(i);
    }
}

/// Pins of both lists by id, the later edit of each, none of `removed`, in creation
/// order.
fn union(ours: &[Pin], theirs: &[Pin], removed: &[String]) -> Vec<Pin> {
    let mut by_id: BTreeMap<&str, &Pin> = BTreeMap::new();
    for pin in theirs.iter().chain(ours) {
        let keep = by_id
            .get(pin.id.as_str())
            .is_none_or(|o| pin.edited >= o.edited);
        if keep {
            by_id.insert(&pin.id, pin);
        }
    }
    let mut out: Vec<Pin> = by_id
        .into_values()
        .filter(|p| !removed.contains(&p.id))
        .cloned()
        .collect();
    out.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
    out
}
