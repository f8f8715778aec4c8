//! Memory across runs, notes and reload on change, through the real binary in a
//! pseudo-terminal (`pty`): reopening resumes where reading was, a note the screen
//! called saved survives SIGKILL, and an edited file is reloaded in place.

use std::path::Path;

use crate::pty::{Session, spawn};

const SEED: &str = include_str!("../../briefings/russie-kazakhstan.fr.yaml");

/// The records brief wrote under the test directory's XDG state home.
fn records(dir: &Path) -> Vec<serde_json::Value> {
    let memory = dir.join(".xdg/state/brief/memory");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&memory).expect("a memory directory") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".json") && name != "index.json" {
            let bytes = std::fs::read(&path).expect("readable");
            out.push(serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{name}: {e}")));
        }
        assert!(
            !name.contains(".corrupt-"),
            "a state file was found corrupt: {name}"
        );
    }
    out
}

fn quit(mut s: Session) {
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn reopening_resumes_where_reading_was_even_after_a_move() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.yaml"), SEED).unwrap();
    let mut s = spawn(&["b.yaml"], dir.path(), &[]);
    s.wait_for("§1/6");
    s.send("]]");
    s.wait_for("§3/6");
    s.send("jjj");
    s.send("m");
    s.wait_for("saved");
    quit(s);

    let s = spawn(&["b.yaml"], dir.path(), &[]);
    s.wait_for("§3/6");
    s.wait_for("•");
    quit(s);

    // Moved: the content hash finds the memory again.
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::rename(dir.path().join("b.yaml"), dir.path().join("sub/moved.yaml")).unwrap();
    let mut s = spawn(&["sub/moved.yaml"], dir.path(), &[]);
    s.wait_for("§3/6");
    s.send("'");
    s.wait_for("Marks and notes");
    // `q` in the list closes it, as in the help; the second quits.
    s.send("q");
    quit(s);
}

/// Issue 11 item 6: brief is killed (SIGKILL) again and again, once right after the
/// screen said a note was saved, once while a second note is being written; every
/// note the screen confirmed is on disk, and no state file is left corrupt.
#[test]
fn a_confirmed_note_survives_sigkill_during_saves() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.yaml"), SEED).unwrap();
    let mut confirmed = Vec::new();
    for i in 1..=6 {
        let mut s = spawn(&["b.yaml"], dir.path(), &[]);
        s.wait_for("/6");
        // A note on section i's heading: one place per round.
        s.send(&format!("{i}"));
        s.wait_for(&format!("§{i}/6"));
        let text = format!("kept note {i} «é» ✓");
        s.send("a");
        s.wait_for("note:");
        s.send(&text);
        s.send("\r");
        s.wait_for("saved");
        confirmed.push(text);
        // A second note, killed while it is written (or before): it may be lost, the
        // first may not, and nothing may be left half-written.
        s.send(&format!("jjja racing note {i}\r"));
        let pid = s.child.process_id().expect("a pid");
        // SAFETY: a plain kill(2) of our own child.
        assert_eq!(unsafe { libc::kill(pid as i32, libc::SIGKILL) }, 0);
        s.wait_exit();
        let notes: Vec<String> = records(dir.path())
            .iter()
            .flat_map(|r| r["notes"].as_array().cloned().unwrap_or_default())
            .filter_map(|n| n["text"].as_str().map(String::from))
            .collect();
        for c in &confirmed {
            assert!(
                notes.contains(c),
                "round {i}: {c:?} lost; on disk: {notes:?}"
            );
        }
    }
    // And brief shows them: the list opens on the first.
    let mut s = spawn(&["b.yaml"], dir.path(), &[]);
    s.wait_for("/6");
    s.send("'");
    s.wait_for("kept note 1");
    s.send("'");
    quit(s);
}

#[test]
fn an_edited_file_is_reloaded_in_place_and_a_broken_one_keeps_the_last_good() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    std::fs::write(&path, SEED).unwrap();
    let s = spawn(&["b.yaml"], dir.path(), &[]);
    s.wait_for("§1/6");
    // The first section's end is on screen: it is read.
    s.wait_for("✓");
    let edited = SEED.replace("Le président russe Vladimir Poutine", "Le chef du Kremlin");
    assert_ne!(edited, SEED);
    std::fs::write(&path, edited).unwrap();
    s.wait_for("reloaded");
    s.wait_for("Le chef du Kremlin");
    s.wait_for("§1 changed since read");
    std::fs::write(&path, "title: [unclosed\n").unwrap();
    s.wait_for("reload failed");
    assert!(
        s.contents().contains("Le chef du Kremlin"),
        "{}",
        s.contents()
    );
    quit(s);
}
