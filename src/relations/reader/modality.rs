//! Negation and modality (docs/relations.md, "Negated and supposed acts"): a cue is
//! stated only to be denied, refused, supposed or set aside when, between its
//! subject and itself, the clause says "not", "never", "no longer", "ne … pas",
//! "refused to", "denied", "a démenti", "would", "could", "pourrait", "plans to",
//! "threatened to"; when it sits in a condition ("if", "unless", "si"), after a
//! contrast ("rather than", "instead of", "plutôt que", "au lieu de"), after a warning
//! against ("cautioned X against", "mis en garde contre") or inside an accusation
//! ("accused X of …"). The link is kept, marked negated.

use super::cues::{self, Frame};
use super::phrases::Reader;
use super::words::Class;

/// Whether the cue at clause position `cue` is negated or supposed. `from` is where its
/// scope starts (just after its subject, or the clause start); `respond` is a verb that
/// answers the cue ("rejected a demand"), which negates an offer but leaves a demand
/// made.
pub(super) fn negated(
    r: &Reader,
    from: usize,
    cue: usize,
    frame: Frame,
    respond: Option<usize>,
) -> bool {
    if r.c.conditional {
        return true;
    }
    // A coordinated verb starts a scope of its own: "called the deal … and summoned".
    let from = (from..cue)
        .rev()
        .find(|&q| coordinated(r, q))
        .map_or(from, |q| q + 1);
    // "Japan said it would provide…": a reporting verb anywhere before, in this
    // clause or the one it was lifted from.
    let mut reported = (0..r.tok(cue)).any(|k| r.t.has(k, Class::REPORT));
    for p in 0..cue {
        let w = r.word(p);
        if r.has(p, Class::REPORT) {
            reported = true;
        }
        // A contrast, a warning against or an accusation reaches over the phrase
        // after it, not past a comma or a coordinated verb.
        let scope = r.has(p, Class::CONTRAST)
            || (matches!(w, "against" | "contre") && p > 0 && warns(r, p))
            || accusation(r, p)
            || denial(w)
            || directive(w);
        if scope && !(p + 1..cue).any(|q| r.is_punct(q, ',') || coordinated(r, q)) {
            return true;
        }
        if p < from {
            continue;
        }
        if Some(p) == respond && frame == Frame::Act {
            continue;
        }
        // "never stopped buying", "n'a jamais cessé d'acheter": a negated cessation
        // states the act; the negation and the cessation cancel out.
        if (r.has(p, Class::NEG) && (p + 1..cue).any(|q| ceased(r.word(q))))
            || (ceased(w) && (from..p).any(|n| r.has(n, Class::NEG)))
        {
            continue;
        }
        // French "plus" negates only with "ne", which is caught first.
        if r.has(p, Class::NEG) && w != "plus" {
            return true;
        }
        if r.has(p, Class::REFUSE | Class::IF | Class::INTEND) || Some(p) == respond {
            // Lifting a freeze or a ban undoes it: "a levé le gel des échanges".
            let undone = (p + 1..(p + 4).min(cue)).any(|q| {
                matches!(
                    r.word(q),
                    "gel"
                        | "freeze"
                        | "ban"
                        | "interdiction"
                        | "suspension"
                        | "blocage"
                        | "blockade"
                )
            });
            if !undone {
                return true;
            }
        }
        if r.has(p, Class::MODAL) && !(reported && matches!(w, "would" | "will")) {
            return true;
        }
    }
    // French conditional on the cue itself: "Rabat offrirait", "ils signeraient".
    let k = r.tok(cue);
    let written = &r.t.word(k);
    r.t.french && !reported && (written.ends_with("rait") || written.ends_with("raient"))
}

/// A verb of ceasing, which a negation turns into continuing.
fn ceased(w: &str) -> bool {
    matches!(
        w,
        "stopped"
            | "stop"
            | "stops"
            | "ceased"
            | "cease"
            | "ceases"
            | "cesse"
            | "cessent"
            | "cessait"
    )
}

/// A denial covers what follows it: "denied a report that it was in talks",
/// "a démenti toute ingérence".
fn denial(w: &str) -> bool {
    matches!(
        w,
        "denied"
            | "denies"
            | "deny"
            | "denying"
            | "dementi"
            | "dement"
            | "dementent"
            | "nie"
            | "nient"
    )
}

/// A demand or call: what it asks for is not (yet) done ("a U.S. demand to let
/// American drones strike", "exhorté Budapest à lever son veto").
fn directive(w: &str) -> bool {
    matches!(
        w,
        "demand"
            | "demands"
            | "demanded"
            | "call"
            | "calls"
            | "called"
            | "appeal"
            | "appeals"
            | "urge"
            | "urged"
            | "urges"
            | "asked"
            | "asks"
            | "exhorte"
            | "exhortent"
            | "appele"
            | "appelle"
            | "appel"
            | "demande"
            | "demandent"
            | "exige"
            | "exigent"
    )
}

/// "and" / "et" followed by a verb: a coordinated verb, outside the scope before it.
fn coordinated(r: &Reader, q: usize) -> bool {
    r.has(q, Class::CONJ) && (r.verbish(q + 1) || r.verbish(q + 2))
}

/// "cautioned X against", "a mis en garde … contre": a warning verb before `p`.
fn warns(r: &Reader, p: usize) -> bool {
    (p.saturating_sub(6)..p).any(|q| {
        let w = r.word(q);
        w.starts_with("caution") || w.starts_with("warn") || w == "garde"
    })
}

/// An accusation verb at `p`, whose complement (after "of" / "de") is the accused act.
fn accusation(r: &Reader, p: usize) -> bool {
    r.c.toks.get(p).is_some_and(|&k| {
        r.t.toks[k]
            .cue
            .is_some_and(|(e, _)| cues::has_form(e, "accus*"))
    }) && r.verbish(p)
}
