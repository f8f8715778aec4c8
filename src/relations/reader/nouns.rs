//! The actors of a noun cue: the actors written before and after it, its
//! prepositional phrases, and the verb that governs it (docs/relations.md, "Nouns").

use super::cues::{self, Frame};
use super::modifiers::{governing_verb, kind_override, postmod, premod};
use super::pairs::{Args, BETWEEN, BY, OF, TARGET, TO, TRADE, WITH, add, pp};
use super::phrases::{Group, Reader};
use super::verbs::goods;
use super::words::Class;
use crate::model::RelationKind;

/// The actors of the noun cue at `p`; `gov` is the verb that governs it, when a verb
/// cue already found it.
pub(super) fn noun_args(
    r: &Reader,
    p: usize,
    width: usize,
    frame: Frame,
    gov: Option<usize>,
) -> Args {
    let (pre, start) = premod(r, p);
    let post = postmod(r, p + width);
    let mut pps = r.pps(p + width);
    // "by" / "par" names the noun's agent right after it or after a participle
    // ("sanctions by the EU", "droits imposés par Washington"), not after another
    // verb ("exportations … transitent par le port").
    pps.retain(|(prep, g)| {
        if !BY.contains(&prep.as_str()) {
            return true;
        }
        let b = (g.start.saturating_sub(3)..g.start)
            .rev()
            .find(|&b| r.word(b) == prep);
        b.is_some_and(|b| {
            b <= p + width + 2
                || b.checked_sub(1)
                    .is_some_and(|q| r.c.toks.get(q).is_some_and(|&k| r.t.toks[k].participle))
        })
    });
    let mut a = Args {
        reciprocal: true,
        kind: kind_override(r, p, width),
        ..Args::default()
    };
    let w = r.word(p);
    let relational = matches!(
        w,
        "ally" | "allies" | "allie" | "alliee" | "alliees" | "partner" | "partners"
    ) || w.starts_with("partenaire")
        || w.starts_with("supplier")
        || w.starts_with("fournisseur")
        || w.starts_with("client")
        || w.starts_with("customer");
    let compound = pre.as_ref().is_some_and(|g| g.ends.len() >= 2);
    add(&mut a.agents, pre);
    add(&mut a.agents, post);
    let of = pp(&pps, OF);
    match frame {
        Frame::Act => {
            add(&mut a.agents, pp(&pps, BY));
            add(&mut a.others, pp(&pps, TARGET));
            add(&mut a.others, pp(&pps, &["with", "avec", "to"]));
            add(&mut a.all, pp(&pps, BETWEEN));
        }
        Frame::Give | Frame::Transfer => {
            add(&mut a.agents, pp(&pps, BY));
            add(&mut a.agents, pp(&pps, &["from"]));
            add(&mut a.others, pp(&pps, TO));
            if frame == Frame::Transfer {
                a.kind = goods(r, p);
            }
        }
        Frame::Exchange => {
            // "tariffs imposed by the United States on goods from Cambodia".
            add(&mut a.agents, pp(&pps, BY));
            add(&mut a.others, pp(&pps, TRADE));
            add(&mut a.others, pp(&pps, &["on", "sur", "against", "contre"]));
            add(&mut a.others, of.clone());
            add(&mut a.all, pp(&pps, BETWEEN));
        }
        Frame::Mediate => {
            // "sous l'égide du Brésil", "under the auspices of the AU": the mediator.
            add(&mut a.agents, pp(&pps, BY));
            if a.agents.is_empty() {
                add(&mut a.agents, of.clone());
            }
            add(&mut a.all, pp(&pps, BETWEEN));
        }
        Frame::Mutual | Frame::Ties => {
            add(&mut a.agents, pp(&pps, BY));
            add(&mut a.others, pp(&pps, WITH));
            if relational && matches!(r.word(p + width), "of" | "de" | "d" | "du" | "des") {
                add(&mut a.others, r.np_from(p + width + 1));
            }
            add(&mut a.all, pp(&pps, BETWEEN));
            add(&mut a.against, pp(&pps, &["against", "contre"]));
        }
        Frame::Visit | Frame::Into => {
            add(
                &mut a.others,
                pp(&pps, &["to", "a", "au", "aux", "en", "in", "dans", "into"]),
            );
        }
        Frame::Host => {}
    }
    if frame == Frame::Ties {
        a.kind = ties_target(r, p + width);
    }
    let mutual = matches!(
        frame,
        Frame::Mutual | Frame::Ties | Frame::Exchange | Frame::Mediate
    );
    let mut from_subject = false;
    let (mut found, object, partner) = governing_verb(r, start);
    if found.is_none() && gov.is_none() {
        // "a deal it struck with the Trump administration": a relative clause with
        // no pronoun, whose verb governs the noun.
        let n = p + width;
        let by = r.has(n, Class::PRON) || r.actor_end(n).is_some();
        if by
            && let Some(v) = (n + 1..(n + 3).min(r.len())).find(|&v| r.verbish(v) && !r.aux_like(v))
        {
            found = Some(v);
        }
    }
    let gov = gov.or(found);
    if frame == Frame::Act && a.others.is_empty() {
        // "added Sovcomflot to its asset-freeze list": the verb's object.
        add(&mut a.others, object);
    }
    let noun =
        r.c.toks
            .get(p)
            .and_then(|&k| r.t.toks[k].cue)
            .map(|(e, _)| cues::entry(e));
    if let Some(g) = gov {
        let subject = r.subject(g, 0);
        a.anchor = subject
            .as_ref()
            .filter(|s| s.end < g)
            .map_or(0, |s| s.end + 1);
        // A light verb or copula ("signed an agreement", "is the EU's supplier"), or a
        // verb cue of the noun's own kind ("pledged … aid").
        let verb_cue =
            r.c.toks
                .get(g)
                .and_then(|&k| r.t.toks[k].cue)
                .map(|(e, _)| cues::entry(e));
        let light = r.has(g, Class::LIGHT | Class::BE)
            || verb_cue.is_some_and(|v| noun.is_some_and(|n| v.kind == n.kind));
        // "négocie un accord commercial", "talks on a trade deal": what is negotiated
        // is not yet agreed.
        if verb_cue.is_some_and(|v| v.kind == RelationKind::Dialogue)
            && noun.is_some_and(|n| n.kind != RelationKind::Dialogue)
        {
            return Args::default();
        }
        if frame == Frame::Ties && a.kind.is_none() {
            a.kind = cues::ties_kind(r.word(g));
        }
        if r.has(g, Class::REPORT) && mutual && a.agents.is_empty() && !a.others.is_empty() {
            // "Israeli officials said security cooperation with Egypt would continue":
            // the speaker is the other party.
            add(&mut a.agents, subject);
        } else if r.has(g, Class::RESPOND) {
            a.respond = Some(g);
            if a.others.is_empty() && matches!(frame, Frame::Act | Frame::Give | Frame::Transfer) {
                add(&mut a.others, subject);
            }
        } else if !r.has(g, Class::OBSERVE | Class::REPORT | Class::INTEND) || light {
            if light && mutual && !compound && !a.agents.is_empty() {
                // "A signed B's agreement", "Norway is the EU's largest supplier": the
                // subject on one side, the noun's actors on the other.
                let own = std::mem::take(&mut a.agents);
                for e in own {
                    if !a.others.contains(&e) {
                        a.others.push(e);
                    }
                }
                add(&mut a.agents, subject);
            } else if a.agents.is_empty() && (light || !a.others.is_empty()) {
                from_subject = subject.is_some();
                add(&mut a.agents, subject);
            }
            if light {
                // "signed with Ouagadougou an agreement", "a accordé au Bénin un prêt".
                add(&mut a.others, partner.clone());
                for (prep, grp) in r.pps(g + 1) {
                    if grp.end >= p {
                        break;
                    }
                    let w = prep.as_str();
                    if WITH.contains(&w) || TO.contains(&w) {
                        add(&mut a.others, Some(grp));
                    }
                }
            }
        }
    } else if r.c.apposition {
        if a.agents.is_empty() {
            add(&mut a.agents, r.group_right(0));
        }
    } else if !(0..start)
        .any(|q| r.verbish(q) || r.clause_subject(start).is_some_and(|g| g.start == q))
    {
        // In subject position: "Iraqi mediation brought X and Y together", "relations
        // between A and B broke down", "la crise qui oppose X et Y".
        if let Some(v) = (p + width..r.len())
            .find(|&q| r.verbish(q) && !r.has(q, Class::AUX | Class::MODAL | Class::NEG))
        {
            if frame == Frame::Ties && a.kind.is_none() {
                a.kind = cues::ties_kind(r.word(v));
            }
            let chain = p + width..(v + 2).min(r.len());
            a.negated |= chain.clone().any(|q| {
                (r.has(q, Class::NEG) && r.word(q) != "plus")
                    || r.has(q, Class::REFUSE | Class::MODAL)
            });
            let acts = matches!(frame, Frame::Give | Frame::Transfer)
                || (frame == Frame::Act && !a.agents.is_empty());
            if a.others.is_empty() && acts {
                // "Humanitarian aid from Egypt reached the provinces of Iran", "New US
                // sanctions hit Russia".
                if let Ok(g) = r.object(v) {
                    add(&mut a.others, g);
                }
            }
            if a.agents.is_empty() && !a.others.is_empty() && frame == Frame::Mutual {
                // "Le partenariat avec X offre à la Russie …": the partner is who the
                // verb's object or recipient is.
                let to = r
                    .pps(v + 1)
                    .into_iter()
                    .find(|(w, _)| TO.contains(&w.as_str()))
                    .map(|x| x.1);
                add(&mut a.agents, to.or_else(|| r.object(v).ok().flatten()));
            }
            if a.others.is_empty()
                && a.all.is_empty()
                && matches!(frame, Frame::Mutual | Frame::Mediate | Frame::Act)
                && let Ok(Some(g)) = r.object(v)
            {
                if frame == Frame::Mediate {
                    add(&mut a.others, Some(g));
                } else if g.ends.len() >= 2 {
                    add(&mut a.all, Some(g));
                }
            }
        }
    } else if frame == Frame::Mediate && a.others.is_empty() && a.all.is_empty() {
        // "X and Y met … under the auspices of Z": the parties are the subject.
        if let Some(v) = (0..start).rev().find(|&q| r.verbish(q) && !r.aux_like(q)) {
            add(&mut a.others, r.subject(v, 0));
        }
    } else if a.agents.is_empty() && !a.others.is_empty() {
        // "… a package of aid for Kyiv" in a clause whose subject gives it; "officials
        // in Seoul point to the country's dependence on trade with China".
        let v = (0..start)
            .rev()
            .find(|&q| r.verbish(q) && !r.has(q, Class::OBSERVE | Class::REPORT | Class::RESPOND));
        let subject = r.subject(v.unwrap_or(p), 0).or_else(|| topic(r));
        a.anchor = subject
            .as_ref()
            .filter(|s| s.end < p)
            .map_or(0, |s| s.end + 1);
        a.borrowed = true;
        add(&mut a.agents, subject);
    }
    if matches!(frame, Frame::Act | Frame::Give | Frame::Transfer) {
        // "l'appel de l'AIEA": the agent; "Iran's backing of the Houthis": the target
        // of an agent already named. Goods after a light verb's subject ("la livraison
        // de deux systèmes") are neither.
        if a.agents.is_empty() {
            add(&mut a.agents, of);
        } else if !from_subject {
            add(&mut a.others, of);
        }
    }
    if frame == Frame::Ties && a.kind.is_none() {
        a.kind = ties_adjective(r, p + width);
    }
    a
}

/// "upgraded its ties … to strategic partnerships": the kind of the cue the ties
/// become.
pub(super) fn ties_target(r: &Reader, from: usize) -> Option<RelationKind> {
    let mut q = from;
    while q < r.len() && q < from + 8 {
        if matches!(r.word(q), "to" | "a" | "en" | "into") {
            for n in q + 1..(q + 5).min(r.len()) {
                if let Some((e, _)) = r.c.toks.get(n).and_then(|&k| r.t.toks[k].cue)
                    && cues::entry(e).frame != Frame::Ties
                {
                    return Some(cues::entry(e).kind);
                }
            }
        }
        q += 1;
    }
    None
}

/// An adjective that makes relations a tension: "relations … restent délicates",
/// "at their lowest", "strained".
pub(super) fn ties_adjective(r: &Reader, from: usize) -> Option<RelationKind> {
    (from..(from + 10).min(r.len()))
        .any(|q| {
            matches!(
                r.word(q),
                "delicates"
                    | "tendues"
                    | "glaciales"
                    | "difficiles"
                    | "strained"
                    | "tense"
                    | "lowest"
                    | "frosty"
                    | "froid"
            )
        })
        .then_some(RelationKind::Tension)
}

/// "In Colombia, relations with the United States …": the country a clause opens
/// with, as its topic.
pub(super) fn topic(r: &Reader) -> Option<Group> {
    let at = matches!(r.word(0), "in" | "au" | "en" | "a" | "aux");
    let g = r.group_right(1).filter(|g| r.is_punct(g.end + 1, ','))?;
    let country =
        r.c.toks
            .get(1)
            .and_then(|&k| r.t.actor(k))
            .is_some_and(|a| a.kind == crate::model::EntityKind::Country);
    (at && country).then_some(g)
}
