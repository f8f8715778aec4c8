use std::fs;
use std::path::PathBuf;

use super::*;
use crate::model::{Briefing, Section};

fn briefing(bodies: &[(&str, &str)]) -> Briefing {
    let sections = bodies
        .iter()
        .map(|(id, body)| Section {
            id: (*id).into(),
            title: id.to_uppercase(),
            body: vec![(*body).into()],
        })
        .collect();
    Briefing::new("Title", "en", sections)
}

fn note(text: &str, section: &str, sentence: usize, quote: &str) -> Pin {
    Pin {
        id: new_id(),
        at: Place {
            section: section.into(),
            title: section.to_uppercase(),
            sentence: Some(sentence),
        },
        quote: quote.into(),
        text: text.into(),
        created: now(),
        edited: now(),
    }
}

/// A briefing written to a temporary directory, its memory directory beside it.
struct Fixture {
    _tmp: tempfile::TempDir,
    b: Briefing,
    path: PathBuf,
    hash: ContentHash,
    mem_dir: PathBuf,
}

fn fixture(bodies: &[(&str, &str)]) -> Fixture {
    let tmp = tempfile::tempdir().expect("tmp");
    let b = briefing(bodies);
    let path = tmp.path().join("a.yaml");
    let bytes = format!("{b:?}");
    fs::write(&path, &bytes).expect("write");
    Fixture {
        hash: ContentHash::of(bytes.as_bytes()),
        mem_dir: tmp.path().join("memory"),
        _tmp: tmp,
        b,
        path,
    }
}

impl Fixture {
    /// The memory as a new process finds it, and what it recalls of the briefing.
    fn open(&self) -> (Memory, Record) {
        let mut memory = Memory::at(&self.mem_dir);
        let record = memory.recall(&self.path, &self.hash, &self.b);
        (memory, record)
    }
}

#[test]
fn a_record_round_trips_and_the_index_glances_at_it() {
    let f = fixture(&[("one", "Alpha rose. Beta fell."), ("two", "C.")]);
    assert_eq!(Memory::at(&f.mem_dir).glance(&f.path, Some(&f.hash)), None);
    let (mut memory, mut record) = f.open();
    record.sections[0].read = true;
    record.position = Some(Place {
        section: "two".into(),
        title: "TWO".into(),
        sentence: Some(0),
    });
    record.last_opened = 1_700_000_000;
    record
        .notes
        .push(note("pourquoi ? «»\u{1F600}", "one", 1, "B."));
    memory.save(&record).expect("save");

    let mut again = Memory::at(&f.mem_dir);
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    let glance = again.glance(&f.path, None).expect("remembered");
    assert_eq!(glance.progress, 0.5);
    assert_eq!(
        glance.last_opened,
        Some(std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000))
    );
    assert_eq!(again.recall(&f.path, &f.hash, &f.b), record);
}

#[test]
fn a_moved_file_keeps_its_memory_and_an_edited_one_what_still_applies() {
    let f = fixture(&[("one", "Alpha rose. Beta fell."), ("two", "C.")]);
    let (mut memory, mut record) = f.open();
    record.sections[0].read = true;
    record.sections[1].read = true;
    record.notes.push(note("on B", "one", 1, "Beta fell."));
    memory.save(&record).expect("save");

    let moved = f.path.with_file_name("moved.yaml");
    fs::rename(&f.path, &moved).expect("move");
    let mut memory = Memory::at(&f.mem_dir);
    assert!(memory.glance(&moved, Some(&f.hash)).is_some());
    let found = memory.recall(&moved, &f.hash, &f.b);
    assert_eq!(found.notes, record.notes);
    memory.save(&found).expect("save");

    // Section two edited, a sentence put before B: one stays read, two is changed,
    // the note follows its sentence.
    let edited = briefing(&[
        ("one", "News came. Alpha rose. Beta fell."),
        ("two", "C changed."),
    ]);
    let new_hash = ContentHash::of(b"edited");
    let mut memory = Memory::at(&f.mem_dir);
    let fitted = memory.recall(&moved, &new_hash, &edited);
    assert!(!fitted.sections[0].read && fitted.sections[0].changed);
    assert!(!fitted.sections[1].read && fitted.sections[1].changed);
    assert_eq!(fitted.notes.len(), 1);
    assert_eq!(fitted.notes[0].at.sentence, Some(2));
}

#[test]
fn a_corrupt_or_future_record_is_moved_aside_with_a_warning() {
    for (content, suffix) in [
        (&b"{ not json"[..], "corrupt"),
        (&br#"{"version": 99, "whatever": true}"#[..], "v99"),
    ] {
        let f = fixture(&[("one", "A.")]);
        let (mut memory, record) = f.open();
        memory.save(&record).expect("save");
        let file = fs::read_dir(&f.mem_dir)
            .expect("list")
            .flatten()
            .map(|e| e.path())
            .find(|p| {
                p.file_stem().is_some_and(|s| s != "index")
                    && p.extension().is_some_and(|e| e == "json")
            })
            .expect("record");
        fs::write(&file, content).expect("spoil");

        let (memory, fresh) = f.open();
        assert!(fresh.notes.is_empty());
        assert_eq!(memory.warnings.len(), 1, "{:?}", memory.warnings);
        assert!(
            memory.warnings[0].contains("moved aside"),
            "{:?}",
            memory.warnings
        );
        let aside: Vec<_> = fs::read_dir(&f.mem_dir)
            .expect("list")
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .contains(&format!(".json.{suffix}-"))
            })
            .collect();
        assert_eq!(aside.len(), 1, "{suffix}");
        assert_eq!(
            fs::read(aside[0].path()).expect("kept"),
            content,
            "kept as it was"
        );
    }
}

#[test]
fn a_corrupt_index_is_moved_aside_and_rebuilt_from_the_records() {
    let f = fixture(&[("one", "A.")]);
    let (mut memory, mut record) = f.open();
    record.sections[0].read = true;
    memory.save(&record).expect("save");
    fs::write(f.mem_dir.join("index.json"), "\u{0}garbage").expect("spoil");
    let memory = Memory::at(&f.mem_dir);
    assert_eq!(memory.warnings.len(), 1);
    assert_eq!(memory.glance(&f.path, None).map(|g| g.progress), Some(1.0));
}

#[test]
fn two_writers_on_one_briefing_both_keep_their_notes() {
    let f = std::sync::Arc::new(fixture(&[("one", "Alpha rose. Beta fell.")]));
    // Both read the same (empty) memory, then each adds notes and saves, in threads.
    let handles: Vec<_> = (0..2)
        .map(|w| {
            let f = f.clone();
            std::thread::spawn(move || {
                let (mut memory, mut record) = f.open();
                let mut ids = Vec::new();
                for i in 0..20 {
                    let n = note(&format!("writer {w} note {i}"), "one", 0, "A.");
                    ids.push(n.id.clone());
                    record.notes.push(n);
                    record = memory.save(&record).expect("save");
                }
                ids
            })
        })
        .collect();
    let ids: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().expect("writer"))
        .collect();
    let (_, record) = f.open();
    assert_eq!(record.notes.len(), 40);
    for id in ids {
        assert!(record.notes.iter().any(|n| n.id == id), "{id} lost");
    }
}

#[test]
fn a_deleted_note_stays_deleted_after_a_merge_with_an_older_copy() {
    let (mut memory, mut record) = fixture(&[("one", "A.")]).open();
    record.notes.push(note("x", "one", 0, "A."));
    let old = memory.save(&record).expect("save");
    let mut newer = old.clone();
    let gone = newer.notes.remove(0);
    newer.removed.push(gone.id);
    memory.save(&newer).expect("save");
    // The older copy (another process) saves again: the note does not come back.
    let merged = memory.save(&old).expect("save");
    assert!(merged.notes.is_empty());
}

#[test]
fn a_copy_beside_its_original_starts_afresh() {
    let f = fixture(&[("one", "A.")]);
    let (mut memory, mut record) = f.open();
    record.notes.push(note("x", "one", 0, "A."));
    memory.save(&record).expect("save");
    let copy = f.path.with_file_name("copy.yaml");
    fs::copy(&f.path, &copy).expect("copy");
    let mut memory = Memory::at(&f.mem_dir);
    let mut fresh = memory.recall(&copy, &f.hash, &f.b);
    assert!(fresh.notes.is_empty());
    fresh.notes.push(note("y", "one", 0, "A."));
    memory.save(&fresh).expect("save");
    let (mut memory, original) = f.open();
    assert_eq!(original.notes[0].text, "x");
    assert_eq!(memory.recall(&copy, &f.hash, &f.b).notes[0].text, "y");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(32))]

    /// Any note (any Unicode, control characters and all) comes back as it was written.
    #[test]
    fn any_note_round_trips(texts in proptest::collection::vec(".*", 1..6), quote in ".*") {
        let f = fixture(&[("one", "Alpha rose.")]);
        let (mut memory, mut record) = f.open();
        for t in &texts {
            record.notes.push(note(t, "one", 0, &quote));
        }
        memory.save(&record).expect("save");
        let (_, back) = f.open();
        let got: Vec<&str> = back.notes.iter().map(|n| n.text.as_str()).collect();
        let want: Vec<&str> = record.notes.iter().map(|n| n.text.as_str()).collect();
        proptest::prop_assert_eq!(got, want);
        proptest::prop_assert!(back.notes.iter().all(|n| n.quote == quote));
    }
}
