//! What modifies a noun cue: actors written before it ("US sanctions", "the EU's
//! embargo", "their alliance"), a French adjective after it ("sanctions
//! américaines"), a word that changes its kind ("trade agreement"), and the verb it
//! is the object of.

use super::cues::{self};
use super::phrases::{Group, Reader};

use super::words::Class;
use crate::model::RelationKind;

/// The actors written before a noun cue ("US sanctions", "the EU's embargo", "Iraqi
/// mediation", "its ties"): the list, and where the noun phrase starts. A place
/// written before the noun without a possessive is where it happens ("the Vienna
/// talks"), not an actor.
pub(super) fn premod(r: &Reader, p: usize) -> (Option<Group>, usize) {
    let mut q = p;
    let mut steps = 0;
    while q > 0 && steps < 4 {
        let j = q - 1;
        if r.c.toks.get(j).and_then(|&k| r.t.actor(k)).is_some() {
            let k = r.tok(j);
            let a = r.t.actor(k).copied();
            let poss = r.t.toks[k].poss;
            if a.is_some_and(|a| a.place && !poss) {
                return (None, j);
            }
            // Past other words, only a demonym or a possessive modifies the noun
            // ("Russian oil imports", "the EU's new quota deal"); "Warsaw still bans
            // imports" has a verb in between.
            if steps > 0 && !poss && a.is_some_and(|a| !a.adjective) {
                return (None, q);
            }
            let g = r.group_left(j);
            let start = g.as_ref().map_or(j, |g| g.start);
            return (g, det_start(r, start));
        }
        let w = r.word(j);
        if r.has(j, Class::POSS) {
            // The clause's subject first ("Les États-Unis maintiennent leurs
            // sanctions"), else the pair or actor named before.
            let g = r.clause_subject(j).or_else(|| {
                if matches!(w, "their" | "leur" | "leurs") {
                    cataphor(r, j, p)
                        .or_else(|| r.pair_anaphor(j))
                        .or_else(|| r.anaphor(j))
                } else {
                    r.anaphor(j)
                }
            });
            return (g, j);
        }
        if r.has(j, Class::DET) {
            return (None, j);
        }
        let filler = r.is_punct(j, '-')
            || r.c
                .toks
                .get(j)
                .is_some_and(|&k| matches!(r.t.kind(k), Some(super::tokens::Kind::Num)))
            || (r.c.toks.get(j).is_some_and(|&k| r.t.is_word(k))
                && !r.verbish(j)
                && !r.has(
                    j,
                    Class::PREP | Class::CONJ | Class::REL | Class::NEG | Class::SPLIT,
                ));
        if !filler {
            return (None, q);
        }
        q = j;
        steps += 1;
    }
    (None, q)
}

/// "After transforming their alliance into a confederation, Mali, Burkina Faso and
/// Niger …": a possessive in a phrase before the subject it refers to.
pub(super) fn cataphor(r: &Reader, j: usize, p: usize) -> Option<Group> {
    if (0..j).any(|q| r.actor_end(q).is_some()) {
        return None;
    }
    let comma = (p..r.len()).find(|&q| r.is_punct(q, ','))?;
    let g = r
        .group_right(comma + 1)
        .or_else(|| r.group_right(comma + 2))?;
    let verb = (g.end + 1..(g.end + 4).min(r.len())).any(|v| r.verbish(v));
    (verb && g.ends.len() >= 2).then_some(g)
}

pub(super) fn det_start(r: &Reader, mut s: usize) -> usize {
    while s > 0 && (r.has(s - 1, Class::DET) || r.word(s - 1) == "l") {
        s -= 1;
    }
    s
}

/// A French adjective after the noun: "sanctions américaines", "l'embargo pétrolier
/// américain", "le veto hongrois".
pub(super) fn postmod(r: &Reader, q: usize) -> Option<Group> {
    let adjective = |p: usize| {
        r.c.toks
            .get(p)
            .and_then(|&k| r.t.actor(k))
            .is_some_and(|a| a.adjective)
    };
    // "le sommet UE-CELAC", "l'accord UE-Mercosur": two actors glued by a hyphen
    // right after the noun are its parties.
    let glued = |a: usize, b: usize| {
        matches!((r.c.toks.get(a), r.c.toks.get(b)), (Some(&x), Some(&y))
            if r.t.toks[x].range.end == r.t.toks[y].range.start)
    };
    if r.is_actor(q)
        && r.is_punct(q + 1, '-')
        && glued(q, q + 1)
        && glued(q + 1, q + 2)
        && let Some(g) = r.group_right(q).filter(|g| g.ends.len() >= 2)
    {
        return Some(g);
    }
    if !r.t.french {
        return None;
    }
    if adjective(q) {
        return r.group_right(q);
    }
    let plain =
        r.c.toks
            .get(q)
            .is_some_and(|&k| r.t.is_word(k) && !r.t.toks[k].cap)
            && !r.has(q, Class::PREP | Class::DET | Class::CONJ)
            && !r.verbish(q);
    if plain && adjective(q + 1) {
        return r.group_right(q + 1);
    }
    None
}

/// The verb whose object the noun phrase starting at `s` is: left of it, past
/// articles, numbers, amounts and "of" / "in" / "de", and past the verb's own object
/// before "to" ("added X to its list"), which it returns too.
pub(super) fn governing_verb(
    r: &Reader,
    s: usize,
) -> (Option<usize>, Option<Group>, Option<Group>) {
    let mut q = s;
    let mut steps = 0;
    let mut object = None;
    let mut partner: Option<Group> = None;
    while q > 0 && steps < 8 {
        q -= 1;
        steps += 1;
        if r.verbish(q) {
            return (Some(q), object, partner);
        }
        // A plain word right before an article is a verb: "multiplie les attaques",
        // "conducted joint operations" (a noun would need "of" / "de" first).
        let plain = r.c.toks.get(q).is_some_and(|&k| {
            r.t.is_word(k)
                && !r.t.toks[k].cap
                && r.t.class(k) == Class::default()
                && r.t.toks[k].cue.is_none()
        });
        if plain && r.has(q + 1, Class::DET | Class::POSS) {
            return (Some(q), object, partner);
        }
        if r.c.toks.get(q).is_some_and(|&k| r.t.actor(k).is_some()) {
            let g = r.group_left(q);
            let to = g.as_ref().is_some_and(|g| {
                let w = r.word(g.end + 1);
                w == "to" || (r.t.french && matches!(w, "a" | "au" | "aux"))
            });
            // "signé avec Ouagadougou une convention", "a accordé au Bénin un prêt",
            // "créer, avec la CEDEAO, une task force": a partner on the way.
            let with = g.as_ref().is_some_and(|g| {
                let mut b = g.start;
                while b > 0 && (r.has(b - 1, Class::DET) || r.word(b - 1) == "l") {
                    b -= 1;
                }
                b > 0 && matches!(r.word(b - 1), "with" | "avec" | "a" | "au" | "aux" | "to")
            });
            match g {
                Some(g) if with && g.start > 1 => {
                    let mut b = g.start;
                    partner = Some(g.clone());
                    while b > 0 && (r.has(b - 1, Class::DET) || r.word(b - 1) == "l") {
                        b -= 1;
                    }
                    // Resume left of the preposition.
                    q = b - 1;
                    continue;
                }
                Some(g) if to && object.is_none() && g.start > 0 => {
                    q = g.start;
                    object = Some(g);
                    continue;
                }
                Some(g) if g.start > 0 && r.verbish(g.start - 1) && partner.is_none() => {
                    // "granted Ghana a loan": the first of two objects.
                    return (Some(g.start - 1), object, Some(g));
                }
                Some(g) => {
                    // "Warsaw still bans imports": a plain word right after the
                    // subject (past adverbs) is its verb.
                    let mut v = g.end + 1;
                    while v < s && r.has(v, Class::ADV) {
                        v += 1;
                    }
                    let plain = v < s
                        && r.c.toks.get(v).is_some_and(|&k| {
                            r.t.is_word(k) && !r.t.toks[k].cap && r.t.class(k) == Class::default()
                        });
                    return if plain {
                        (Some(v), object, partner)
                    } else {
                        (None, None, None)
                    };
                }
                _ => return (None, None, None),
            }
        }
        let w = r.word(q);
        let ok = r.has(
            q,
            Class::DET | Class::NEG | Class::ADV | Class::TIME | Class::POSS,
        ) || matches!(
            w,
            "of" | "in" | "de" | "d" | "du" | "des" | "to" | "a" | "for" | "pour"
        )
            // "broke off relations", "set up a fund": a verb's particle.
            || (matches!(w, "off" | "up" | "out" | "down") && q > 0 && r.verbish(q - 1))
            // "liée à la Russie par une alliance": the means of a link.
            || (matches!(w, "par" | "by")
                && (q.saturating_sub(5)..q).any(|l| {
                    matches!(r.word(l), "lie" | "liee" | "lies" | "liees" | "tied" | "bound" | "linked")
                })) || r.c.toks.get(q).is_some_and(|&k| {
            matches!(
                r.t.kind(k),
                Some(
                    super::tokens::Kind::Num
                        | super::tokens::Kind::Punct('$' | '£' | '€' | '%' | '.' | ',' | '-')
                )
            ) || (r.t.is_word(k) && r.t.class(k) == Class::default() && r.t.toks[k].cue.is_none())
        });
        if !ok {
            return (None, None, None);
        }
    }
    (None, None, None)
}

/// A word next to a mutual noun that gives it another kind: "trade agreement",
/// "accord commercial", "accord de libre-échange", "defence pact".
/// Nouns of agreements, whatever they are about.
#[rustfmt::skip]
const AGREEMENTS: &[&str] = &[
    "accord", "agreement", "deal", "memorand", "framework", "convention", "pact", "treat",
    "traite", "partner", "partenariat", "arrangement", "protocol", "contract", "contrat",
];

pub(super) fn kind_override(r: &Reader, p: usize, width: usize) -> Option<RelationKind> {
    // Agreements of every kind, not cooperation itself ("coopération économique").
    let w = r.word(p);
    let generic = AGREEMENTS.iter().any(|a| w.starts_with(a));
    if !generic {
        return None;
    }
    let near =
        || (p.saturating_sub(3)..(p + width + 4).min(r.len())).filter(|&q| q < p || q >= p + width);
    let alliance_only = matches!(
        r.word(p),
        "pact" | "pacts" | "pacte" | "treaty" | "treaties" | "traite" | "traites"
    );
    for q in near() {
        if let Some(kind) = cues::kind_modifier(r.word(q)) {
            if kind == RelationKind::Alliance && !alliance_only {
                continue;
            }
            return Some(kind);
        }
    }
    for q in near() {
        // "accord de coopération", "package of sanctions": a cue after "de" / "of".
        if q > p + width
            && matches!(r.word(q - 1), "de" | "d" | "of")
            && let Some((e, _)) = r.c.toks.get(q).and_then(|&k| r.t.toks[k].cue)
        {
            return Some(cues::entry(e).kind);
        }
    }
    None
}
