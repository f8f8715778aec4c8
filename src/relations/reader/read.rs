//! Reading one sentence into statements: for every cue of every clause, its actors
//! (`args`), the links they make by the cue's frame, and whether the clause negates or
//! supposes them (`modality`). docs/relations.md describes the rules.

use std::ops::Range;

use super::actors::absorbed;
use super::grammar::{cue_pos, subject_position, verbish};
use super::phrases::{Group, Memory, Reader};

use super::clauses;

use super::cues::{self, Frame, Pos};

use super::nouns::noun_args;
use super::pairs::{Args, pairs};
use super::verbs::verb_args;

use super::modality;

use super::tokens::Tokens;

use super::words::Class;

use crate::model::RelationKind;

/// One link a sentence states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Statement {
    pub from: usize,
    pub to: usize,
    pub kind: RelationKind,
    pub negated: bool,
    /// Byte range of the cue in the sentence.
    pub cue: Range<usize>,
}

/// What a sentence leaves for the next: its subject and its last pair.
#[derive(Debug, Clone, Default)]
pub(crate) struct Read {
    pub statements: Vec<Statement>,
    pub subject: Vec<usize>,
    pub pair: Vec<usize>,
    /// The sentence's actors, for co-mentions: every actor named as such (not a
    /// demonym of a title, not a place), and every end of a statement.
    pub actors: Vec<usize>,
}

/// Read a tokenized sentence.
#[allow(clippy::needless_range_loop)] // `k` indexes both the tokens and `absorbed`
pub(crate) fn read(t: &Tokens, mem: &Memory) -> Read {
    let absorbed = absorbed(t);
    let mut out = Read::default();
    for clause in clauses::split(t) {
        let r = Reader {
            t,
            c: &clause,
            absorbed: &absorbed,
            mem,
        };
        read_clause(&r, &mut out);
    }
    for k in 0..t.len() {
        if let Some(a) = t.actor(k)
            && !a.place
            && !absorbed[k]
            && !out.actors.contains(&a.end)
        {
            out.actors.push(a.end);
        }
    }
    for s in &out.statements {
        for e in [s.from, s.to] {
            if !out.actors.contains(&e) {
                out.actors.push(e);
            }
        }
    }
    // The sentence's subject: its first actor in subject position.
    if let Some(k) = (0..t.len()).find(|&k| {
        t.actor(k).is_some_and(|a| !a.place || k == 0) && !absorbed[k] && subject_position(t, k)
    }) && let Some(a) = t.actor(k)
    {
        out.subject = vec![a.end];
    }
    out
}

fn read_clause(r: &Reader, out: &mut Read) {
    let mut governed: Vec<(usize, usize)> = Vec::new();
    let mut stated = false;
    let mut p = 0;
    while p < r.len() {
        let k = r.tok(p);
        let Some((entry, span)) = r.t.toks[k].cue else {
            p += 1;
            continue;
        };
        let cw = cues::entry(entry);
        // The cue's span in clause positions (its tokens are consecutive).
        let width = (p..r.len())
            .take_while(|&q| r.tok(q) < k + span)
            .count()
            .max(1);
        let gov = governed.iter().find(|g| g.0 == p).map(|g| g.1);
        let pos = if gov.is_some() {
            Pos::Noun
        } else {
            cue_pos(r.t, k, cw.pos)
        };
        let kind = cw.kind;
        let args = if compound_of_actor(r, p) {
            hyphen_args(r, p, width)
        } else if pos == Pos::Verb {
            if k > 0 && r.t.has(k - 1, Class::DET | Class::POSS) && !verbish(r.t, k) {
                p += width;
                continue;
            }
            match verb_args(r, p, width, cw.frame, kind) {
                Ok(a) => Some(a),
                Err(q) => {
                    governed.push((q, p));
                    p += width;
                    continue;
                }
            }
        } else if modifier(r, p, width) {
            None
        } else {
            Some(noun_args(r, p, width, cw.frame, gov))
        };
        if let Some(args) = args.filter(|a| cw.frame != Frame::Ties || a.kind.is_some()) {
            let kind = args.kind.unwrap_or(kind);
            let negated =
                modality::negated(r, args.anchor, p, cw.frame, args.respond) || args.negated;
            let first = r.t.toks[k].range.start;
            let last = r.t.toks[(k + span - 1).min(r.t.len() - 1)].range.end;
            for (from, to, kind) in pairs(cw.frame, kind, &args) {
                out.statements.push(Statement {
                    from,
                    to,
                    kind,
                    negated,
                    cue: first..last,
                });
            }
            // "The two countries" will mean the parties of the last mutual statement
            // (not its mediator).
            let parties = if args.all.len() >= 2 {
                args.all.clone()
            } else if cw.frame == Frame::Mediate {
                Vec::new()
            } else {
                args.parties()
            };
            if parties.len() >= 2 && !pairs(cw.frame, kind, &args).is_empty() {
                stated = true;
                out.pair = parties;
            }
        }
        p += width;
    }
    // Else the last list of two or more actors named as such (not places).
    let mut q = 0;
    while q < r.len() && !stated {
        match r.group_right(q) {
            Some(g) => {
                let places = g.ends.len() == 1
                    || (g.start..=g.end).any(|x| {
                        r.c.toks
                            .get(x)
                            .and_then(|&k| r.t.actor(k))
                            .is_some_and(|a| a.place)
                    });
                if g.ends.len() >= 2 && !places {
                    out.pair = g.ends.clone();
                }
                q = g.end + 1;
            }
            None => q += 1,
        }
    }
}

/// "Iran-backed", "Turkish-built": a verb cue glued by a hyphen to the word before.
fn compound_of_actor(r: &Reader, p: usize) -> bool {
    p >= 2 && r.is_punct(p - 1, '-') && {
        let (a, b) = (r.tok(p - 2), r.tok(p - 1));
        r.t.toks[a].range.end == r.t.toks[b].range.start
    }
}

/// "Iran-backed Houthis": the actor before the hyphen gives to the actor after the
/// compound. Any other compound ("army-backed government") is an adjective.
fn hyphen_args(r: &Reader, p: usize, width: usize) -> Option<Args> {
    let agent = r.actor_end(p - 2)?;
    let target: Group = r.np_from(p + width)?;
    Some(Args {
        agents: vec![agent],
        others: target.ends,
        anchor: p,
        ..Args::default()
    })
}

/// A cue noun used as a modifier, not an act: followed by a role noun ("a sanctions
/// lawyer", "the trade minister", "sanctions regime expert"), or after a role noun and
/// "de" / "dans" / "en" ("le ministre du Commerce", "un avocat spécialisé dans les
/// sanctions").
#[allow(clippy::explicit_counter_loop)] // at most two words on, `q` moves by one
fn modifier(r: &Reader, p: usize, width: usize) -> bool {
    let mut q = p + width;
    for _ in 0..2 {
        // French adjectives follow their noun: "alliance militaire" is an alliance.
        if r.t.french {
            break;
        }
        if r.has(q, Class::ROLE) && !r.has(q, Class::PREP) {
            return true;
        }
        let plain = r.word(q).len() > 1
            && r.c
                .toks
                .get(q)
                .is_some_and(|&k| r.t.is_word(k) && r.t.class(k) == Class::default())
            && !r
                .c
                .toks
                .get(q)
                .is_some_and(|&k| r.t.toks[k].cue.is_some() || r.t.toks[k].cap);
        if !plain || r.t.french {
            break;
        }
        q += 1;
    }
    // French: a role noun a few words before, joined by "de", "dans", "en".
    let mut q = p;
    let mut joined = false;
    for _ in 0..4 {
        if q == 0 {
            break;
        }
        q -= 1;
        let w = r.word(q);
        if matches!(
            w,
            "de" | "du"
                | "des"
                | "d"
                | "dans"
                | "en"
                | "specialise"
                | "specialiste"
                | "specialisee"
                | "le"
                | "la"
                | "les"
                | "l"
                | "in"
                | "on"
                | "of"
        ) {
            joined |= matches!(
                w,
                "de" | "du" | "des" | "d" | "dans" | "en" | "in" | "on" | "of"
            );
            continue;
        }
        if r.has(q, Class::ROLE) && joined && !r.has(q, Class::PREP) {
            return r.word(q) != "forces" && r.word(q) != "troops";
        }
        if !r.c.toks.get(q).is_some_and(|&k| r.t.is_word(k)) || verbish(r.t, r.tok(q)) {
            break;
        }
    }
    false
}
