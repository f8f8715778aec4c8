//! Sanctions lists (docs/relations.md, "Listings"): putting an actor on a list is
//! sanctioning it — "added 11 companies to its export blacklist", "put X on its Entity
//! List", "a inscrit X sur sa liste". The verb of putting is no cue of its own ("added
//! a clause", "put pressure on"); a list as its destination makes it one.

use super::tokens::Tokens;
use super::words::Class;

/// Verbs that put something somewhere.
fn puts(w: &str) -> bool {
    matches!(
        w,
        "add"
            | "adds"
            | "added"
            | "adding"
            | "put"
            | "puts"
            | "putting"
            | "place"
            | "places"
            | "placed"
            | "placing"
    ) || w.starts_with("ajout")
        || w.starts_with("inscri")
        || w.starts_with("inscrivent")
        || matches!(w, "place" | "placee" | "places" | "placees" | "placent")
}

fn list(w: &str) -> bool {
    matches!(
        w,
        "list" | "lists" | "blacklist" | "blacklists" | "watchlist" | "liste" | "listes"
    )
}

/// Whether the word at `k` puts its object on a list: a verb of putting, then, before
/// the sentence or clause ends, "to" / "on" / "onto" / "sur" / "à" and, within a few
/// words, "list", "blacklist", "liste".
pub(super) fn lists(t: &Tokens, k: usize) -> bool {
    if !puts(t.word(k)) {
        return false;
    }
    let end = (k + 18).min(t.len());
    let mut q = k + 1;
    while q < end {
        if t.is_punct(q, ';') || t.is_punct(q, '.') || t.has(q, Class::SPLIT | Class::REL) {
            return false;
        }
        if matches!(
            t.word(q),
            "to" | "on" | "onto" | "sur" | "a" | "au" | "aux" | "dans"
        ) && (q + 1..(q + 5).min(t.len())).any(|d| list(t.word(d)))
        {
            return true;
        }
        q += 1;
    }
    false
}
