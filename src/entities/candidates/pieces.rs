//! Candidates found in pieces, put together as one scan of the whole text would have
//! found them: by threads that each scanned a range of sections (`append`), and in
//! sentence-aligned windows of an overlong paragraph (`scan_at`). The rules live in
//! the parent module; this only moves positions and interned keys.

use std::ops::Range;

use super::link::LongForm;
use super::{Candidates, key_id};
use crate::model::Part;

impl Candidates<'_> {
    /// Take in the runs `later` recorded over the text that follows what this finder
    /// scanned, as if it had scanned that text too.
    pub(crate) fn append(&mut self, later: Candidates<'_>) {
        let shift = self.words.len() as u32;
        self.words.extend(later.words);
        let keys: Vec<u32> = later
            .key_names
            .iter()
            .map(|name| key_id(&mut self.keys, &mut self.key_names, name))
            .collect();
        self.runs.extend(later.runs.into_iter().map(|mut run| {
            run.words = run.words.start + shift..run.words.end + shift;
            run.key = keys[run.key as usize];
            run
        }));
        // Known people's mentions are placed by section and paragraph, which the
        // pieces share; acronyms name keys, which are this finder's now.
        self.known_people.extend(later.known_people);
        for e in later.named {
            if !self.named.contains(&e) {
                self.named.push(e);
            }
        }
        self.acronyms
            .extend(later.acronyms.into_iter().map(|(acronym, long)| {
                let long = match long {
                    LongForm::Run(key) => LongForm::Run(keys[key as usize]),
                    known => known,
                };
                (keys[acronym as usize], long)
            }));
    }

    /// `scan` a window of a longer paragraph that starts at byte `base` of it (`found`
    /// relative to the window): the positions recorded are the paragraph's.
    pub(crate) fn scan_at(
        &mut self,
        section: u32,
        part: Part,
        base: u32,
        window: &str,
        found: &[(u32, Range<usize>)],
    ) {
        let first = self.words.len();
        let first_known = self.known_people.len();
        self.scan(section, part, window, found);
        for word in &mut self.words[first..] {
            word.0 += base;
            word.1 += base;
        }
        for known in &mut self.known_people[first_known..] {
            known.shift(base);
        }
    }
}
