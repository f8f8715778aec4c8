//! Argument frames (docs/relations.md, "Argument frames"): for a verb or noun cue, its
//! agents and its targets or partners, by the cue's frame; then the pairs they make.

use super::args::{Group, Reader};
use super::cues::{self, Frame};
use super::words::Class;
use crate::model::{EntityKind, RelationKind};

/// A cue's actors.
#[derive(Debug, Clone, Default)]
pub struct Args {
    /// The agent side: the subject, "by X", "US sanctions", "sanctions américaines".
    pub agents: Vec<usize>,
    /// The other side: object, target, recipient, partner.
    pub others: Vec<usize>,
    /// "between A and B": every party with every other.
    pub all: Vec<usize>,
    /// "joint operations against X": each party in tension with X.
    pub against: Vec<usize>,
    /// Where the cue's negation scope starts (clause position).
    pub anchor: usize,
    /// A verb answering the cue ("rejected a demand").
    pub respond: Option<usize>,
    /// A kind other than the cue's own (a trade agreement, goods that are sold).
    pub kind: Option<RelationKind>,
    /// Negated by the way the actors are written ("sells no gas").
    pub negated: bool,
    /// Agents with no counterpart are linked with each other: "A and B met", "A and B
    /// trade"; but not "A and B export wine".
    pub reciprocal: bool,
}

fn add(v: &mut Vec<usize>, g: Option<Group>) {
    if let Some(g) = g {
        for e in g.ends {
            if !v.contains(&e) {
                v.push(e);
            }
        }
    }
}

fn pp(pps: &[(String, Group)], preps: &[&str]) -> Option<Group> {
    let mut out: Option<Group> = None;
    for (p, g) in pps {
        if preps.contains(&p.as_str()) {
            match &mut out {
                Some(o) => o.ends.extend(g.ends.iter().copied()),
                None => out = Some(g.clone()),
            }
        }
    }
    out
}

const TARGET: &[&str] = &[
    "on",
    "against",
    "at",
    "into",
    "upon",
    "targeting",
    "toward",
    "towards",
    "contre",
    "sur",
    "visant",
    "envers",
    "encontre",
    "a",
    "au",
    "aux",
];
const TO: &[&str] = &[
    "to", "for", "a", "au", "aux", "pour", "toward", "towards", "vers",
];
const WITH: &[&str] = &["with", "avec", "among", "amongst", "parmi", "alongside"];
const BETWEEN: &[&str] = &["between", "entre"];
const BY: &[&str] = &["by", "par"];
const OF: &[&str] = &["of", "de", "d", "du", "des"];
const INTO: &[&str] = &["in", "into", "a", "au", "aux", "en", "dans"];
const TRADE: &[&str] = &[
    "from", "to", "with", "a", "au", "aux", "avec", "vers", "depuis", "aupres",
];
const SELL_TO: &[&str] = &["to", "a", "au", "aux", "vers"];
const BUY_FROM: &[&str] = &["from", "depuis", "aupres", "a", "au", "aux"];

/// The prepositions of an exchange verb's counterpart: "sold to", "bought from",
/// "traded with".
fn exchange_preps(verb: &str) -> &'static [&'static str] {
    const SELL: &[&str] = &["sell", "sold", "export", "ship", "vend", "export", "livr"];
    const BUY: &[&str] = &["buy", "bought", "purchas", "import", "achet", "achat"];
    if SELL.iter().any(|s| verb.starts_with(s)) {
        SELL_TO
    } else if BUY.iter().any(|s| verb.starts_with(s)) {
        BUY_FROM
    } else {
        WITH
    }
}

/// Whether the verb at `p` (spanning `width`) is passive: after "was", "been", "été",
/// "est" (not "s'est"), or followed by "by" / "par".
fn passive(r: &Reader, p: usize, width: usize) -> bool {
    let mut q = p;
    while q > 0 && r.has(q - 1, Class::ADV | Class::NEG) {
        q -= 1;
    }
    // French "être" also makes compound tenses ("sont convenus", "s'est rendu"): a
    // French passive needs "été" or "par".
    let be = q > 0
        && ((r.has(q - 1, Class::BE) && r.has(q - 1, Class::AUX) && !r.t.french)
            || matches!(r.word(q - 1), "been" | "ete" | "being"));
    // "sanctioned by", "reçu jeudi à Bakou par": "by" / "par" before any other verb
    // or clause mark.
    let mut n = p + width;
    while n < r.len()
        && (r.has(n, Class::ADV | Class::TIME)
            || matches!(
                r.word(n),
                "en" | "partie" | "in" | "part" | "a" | "au" | "at"
            )
            || r.actor_end(n).is_some())
        && !BY.contains(&r.word(n))
        && n < p + width + 5
    {
        n += 1;
    }
    let by = BY.contains(&r.word(n));
    be || by
}

/// The actors of the verb cue at `p`; `Err(q)` when it only governs the noun cue at
/// `q` ("signed an agreement", "imposed sanctions"), which then reads them itself.
pub fn verb_args(
    r: &Reader,
    p: usize,
    width: usize,
    frame: Frame,
    kind: RelationKind,
) -> Result<Args, usize> {
    let last = p + width - 1;
    let obj = match r.object(last) {
        Ok(g) => g,
        Err(q) => {
            let noun =
                r.c.toks
                    .get(q)
                    .and_then(|&k| r.t.toks[k].cue)
                    .map(|(e, _)| &cues::LEXICON[e]);
            let light = r.has(p, Class::LIGHT | Class::BE) || noun.is_some_and(|n| n.kind == kind);
            if light {
                return Err(q);
            }
            None
        }
    };
    let passive = passive(r, p, width);
    let pps = r.pps(last + 1);
    let by = pp(&pps, BY);
    let subject = r.subject(p, 0);
    let anchor = subject
        .as_ref()
        .filter(|g| g.end < p)
        .map_or(0, |g| g.end + 1);
    let mut a = Args {
        anchor,
        ..Args::default()
    };
    // A participle without an auxiliary ("convoys sent by", "imposées par") is about
    // the noun right before it, an actor only if it is one.
    let reduced = passive && !(p > 0 && r.has(p - 1, Class::AUX | Class::BE | Class::ADV));
    let (agent, patient) = if passive {
        let patient = if reduced {
            p.checked_sub(1).and_then(|q| r.group_left(q))
        } else {
            subject.clone()
        };
        (by.clone(), patient)
    } else {
        (subject.clone(), None)
    };
    let word = r.word(p).to_string();
    match frame {
        Frame::Act => {
            // "X and Y clashed", "se sont affrontés": each with the other.
            a.reciprocal = ["clash", "affront", "fight", "fought"]
                .iter()
                .any(|w| word.starts_with(w));
            add(&mut a.agents, agent);
            add(&mut a.others, patient);
            let envoy = ["summon", "convoqu", "expel", "expuls", "recall", "rappel"]
                .iter()
                .any(|w| word.starts_with(w));
            // "summoned the ambassador of X", "a expulsé deux diplomates russes",
            // "recalled their ambassadors in Algiers": the envoys' country; a body
            // summoned by its own state is no target.
            // "Gnassingbe has pressed both sides": sides he is not on.
            let obj = obj.filter(|g| !(g.pair && g.ends.iter().any(|e| a.agents.contains(e))));
            if envoy {
                add(&mut a.others, envoys(r, last + 1));
            } else {
                add(&mut a.others, obj);
            }
            if kind == RelationKind::Pressure {
                add(&mut a.others, pp(&pps, &["on", "a", "au", "aux", "sur"]));
                if a.others.is_empty() && r.has(p, Class::INTEND) {
                    add(&mut a.others, complement(r, last + 1));
                }
            } else {
                add(&mut a.others, pp(&pps, TARGET));
            }
            if kind == RelationKind::Sanctions {
                // "froze the assets of X", "gèlent les avoirs de X".
                add(&mut a.others, pp(&pps, OF));
            }
            add(&mut a.all, pp(&pps, BETWEEN));
        }
        Frame::Give | Frame::Transfer => {
            add(&mut a.agents, agent);
            if a.agents.is_empty() {
                add(&mut a.agents, pp(&pps, &["from"]));
            }
            let to = pp(&pps, TO);
            let adjective_object = obj.as_ref().is_some_and(|g| {
                r.c.toks
                    .get(g.start)
                    .and_then(|&k| r.t.actor(k))
                    .is_some_and(|x| x.adjective)
            });
            if to.is_some() {
                add(&mut a.others, to);
            } else if !(frame == Frame::Transfer && adjective_object) {
                add(&mut a.others, obj.clone());
            }
            if a.others.is_empty() {
                add(&mut a.others, patient);
            }
            if frame == Frame::Transfer {
                a.kind = goods(r, last);
            }
        }
        Frame::Exchange => {
            add(&mut a.agents, agent);
            add(&mut a.agents, patient);
            a.reciprocal = ["trad", "commerc", "echang"]
                .iter()
                .any(|w| word.starts_with(w));
            let preps = exchange_preps(&word);
            let partner = pp(&pps, preps);
            let adjective_object = obj.as_ref().is_some_and(|g| {
                r.c.toks
                    .get(g.start)
                    .and_then(|&k| r.t.actor(k))
                    .is_some_and(|x| x.adjective)
            });
            // "sold drones to Niger": the partner, not the goods; "buys Russian oil":
            // the origin of the goods.
            if partner.is_some() {
                add(&mut a.others, partner);
            } else if adjective_object || preps == WITH {
                add(&mut a.others, obj);
            }
            add(&mut a.all, pp(&pps, BETWEEN));
            a.negated = (last + 1..(last + 3).min(r.len()))
                .any(|q| matches!(r.word(q), "no" | "aucun" | "aucune"));
        }
        Frame::Mutual | Frame::Ties => {
            a.reciprocal = true;
            add(&mut a.agents, agent);
            if !passive {
                add(&mut a.agents, patient);
            }
            // "set up the Multilateral Sanctions Monitoring Team": what is founded is
            // no partner.
            if !matches!(word.as_str(), "set" | "founded" | "formed") {
                add(&mut a.others, obj);
            }
            add(&mut a.others, pp(&pps, WITH));
            add(&mut a.all, pp(&pps, BETWEEN));
            add(&mut a.against, pp(&pps, &["against", "contre"]));
            if r.c.place && a.others.is_empty() && a.all.is_empty() {
                // "the triangle where Sudan, Libya and Egypt meet": geography.
                a.agents.clear();
            }
        }
        Frame::Visit => {
            add(&mut a.agents, agent);
            add(&mut a.others, obj);
            add(
                &mut a.others,
                pp(&pps, &["to", "a", "au", "aux", "en", "in"]),
            );
        }
        Frame::Host => {
            add(&mut a.agents, agent);
            add(&mut a.others, patient);
            add(&mut a.others, obj);
        }
        Frame::Mediate => {
            add(&mut a.agents, agent);
            add(&mut a.others, obj);
            add(&mut a.others, pp(&pps, WITH));
            add(&mut a.all, pp(&pps, BETWEEN));
        }
        Frame::Into => {
            add(&mut a.agents, agent);
            add(&mut a.others, pp(&pps, INTO));
        }
    }
    if frame == Frame::Into {
        // Investing in a country or a company, not in a named field or region.
        a.others.retain(|&e| {
            r.t.actors.iter().any(|x| {
                x.end == e
                    && matches!(
                        x.kind,
                        EntityKind::Country | EntityKind::Organization | EntityKind::Place
                    )
            })
        });
    }
    Ok(a)
}

/// The country of envoys named after the verb: "the ambassador of Russia", "two
/// Russian diplomats", "leurs ambassadeurs en poste à Alger".
fn envoys(r: &Reader, from: usize) -> Option<Group> {
    let role = (from..(from + 4).min(r.len())).find(|&q| r.has(q, Class::ROLE))?;
    let mut q = from;
    while q < r.len() && q < role + 6 {
        if r.is_punct(q, ',') || r.is_punct(q, ';') || (q > role && r.verbish(q)) {
            return None;
        }
        if let Some(g) = r.group_right(q) {
            return Some(g);
        }
        q += 1;
    }
    None
}

/// The first actor of a threat's or warning's complement: "threatened to penalise
/// Chinese buyers", "a averti qu'il frapperait les sites iraniens".
fn complement(r: &Reader, from: usize) -> Option<Group> {
    let mut q = from;
    while q < r.len() && q < from + 14 {
        if r.is_punct(q, ';') || r.has(q, Class::SPLIT) {
            return None;
        }
        if q > 0 && matches!(r.word(q - 1), "in" | "by" | "par" | "from" | "dans") {
            q += 1;
            continue;
        }
        if let Some(g) = r.group_right(q) {
            return Some(g);
        }
        q += 1;
    }
    None
}

/// Goods that are sold make a transfer trade: "shipped 41 cargoes", "livre du gaz",
/// "1.6 million barrels a day … shipped to China".
fn goods(r: &Reader, at: usize) -> Option<RelationKind> {
    let window = at.saturating_sub(10)..(at + 10).min(r.len());
    let sold = window.clone().any(|q| r.has(q, Class::GOODS));
    let given = window.into_iter().any(|q| r.has(q, Class::SUPPORT));
    (sold && !given).then_some(RelationKind::Trade)
}

/// The actors of the noun cue at `p`; `gov` is the verb that governs it, when a verb
/// cue already found it.
pub fn noun_args(r: &Reader, p: usize, width: usize, frame: Frame, gov: Option<usize>) -> Args {
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
            .map(|(e, _)| &cues::LEXICON[e]);
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
                .map(|(e, _)| &cues::LEXICON[e]);
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
    } else if !(0..start).any(|q| r.verbish(q)) {
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
            {
                if let Ok(Some(g)) = r.object(v) {
                    if frame == Frame::Mediate {
                        add(&mut a.others, Some(g));
                    } else if g.ends.len() >= 2 {
                        add(&mut a.all, Some(g));
                    }
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
fn ties_target(r: &Reader, from: usize) -> Option<RelationKind> {
    let mut q = from;
    while q < r.len() && q < from + 8 {
        if matches!(r.word(q), "to" | "a" | "en" | "into") {
            for n in q + 1..(q + 5).min(r.len()) {
                if let Some((e, _)) = r.c.toks.get(n).and_then(|&k| r.t.toks[k].cue)
                    && cues::LEXICON[e].frame != Frame::Ties
                {
                    return Some(cues::LEXICON[e].kind);
                }
            }
        }
        q += 1;
    }
    None
}

/// An adjective that makes relations a tension: "relations … restent délicates",
/// "at their lowest", "strained".
fn ties_adjective(r: &Reader, from: usize) -> Option<RelationKind> {
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

/// The actors written before a noun cue ("US sanctions", "the EU's embargo", "Iraqi
/// mediation", "its ties"): the list, and where the noun phrase starts. A place
/// written before the noun without a possessive is where it happens ("the Vienna
/// talks"), not an actor.
fn premod(r: &Reader, p: usize) -> (Option<Group>, usize) {
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
            let g = if matches!(w, "their" | "leur" | "leurs") {
                cataphor(r, j, p)
                    .or_else(|| r.pair_anaphor(j))
                    .or_else(|| r.anaphor(j))
            } else {
                r.anaphor(j)
            };
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

/// "In Colombia, relations with the United States …": the country a clause opens
/// with, as its topic.
fn topic(r: &Reader) -> Option<Group> {
    let at = matches!(r.word(0), "in" | "au" | "en" | "a" | "aux");
    let g = r.group_right(1).filter(|g| r.is_punct(g.end + 1, ','))?;
    let country =
        r.c.toks
            .get(1)
            .and_then(|&k| r.t.actor(k))
            .is_some_and(|a| a.kind == crate::model::EntityKind::Country);
    (at && country).then_some(g)
}

/// "After transforming their alliance into a confederation, Mali, Burkina Faso and
/// Niger …": a possessive in a phrase before the subject it refers to.
fn cataphor(r: &Reader, j: usize, p: usize) -> Option<Group> {
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

fn det_start(r: &Reader, mut s: usize) -> usize {
    while s > 0 && (r.has(s - 1, Class::DET) || r.word(s - 1) == "l") {
        s -= 1;
    }
    s
}

/// A French adjective after the noun: "sanctions américaines", "l'embargo pétrolier
/// américain", "le veto hongrois".
fn postmod(r: &Reader, q: usize) -> Option<Group> {
    let adjective = |p: usize| {
        r.c.toks
            .get(p)
            .and_then(|&k| r.t.actor(k))
            .is_some_and(|a| a.adjective)
    };
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
fn governing_verb(r: &Reader, s: usize) -> (Option<usize>, Option<Group>, Option<Group>) {
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
        ) || r.c.toks.get(q).is_some_and(|&k| {
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
fn kind_override(r: &Reader, p: usize, width: usize) -> Option<RelationKind> {
    let k = r.tok(p);
    let entry = r.t.toks[k].cue.map(|(e, _)| &cues::LEXICON[e])?;
    let generic = entry.kind == RelationKind::Cooperation && entry.frame == Frame::Mutual
        || matches!(
            r.word(p),
            "pact"
                | "pacts"
                | "pacte"
                | "treaty"
                | "treaties"
                | "traite"
                | "traites"
                | "partnership"
                | "partenariat"
        );
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
            return Some(cues::LEXICON[e].kind);
        }
    }
    None
}

/// The links a cue's actors make, by its frame.
pub fn pairs(frame: Frame, kind: RelationKind, a: &Args) -> Vec<(usize, usize, RelationKind)> {
    let mut out = Vec::new();
    let mut push = |x: usize, y: usize, k: RelationKind| {
        if x != y && !out.contains(&(x, y, k)) {
            out.push((x, y, k));
        }
    };
    let pairwise = |v: &[usize], push: &mut dyn FnMut(usize, usize, RelationKind)| {
        for (i, &x) in v.iter().enumerate() {
            for &y in &v[i + 1..] {
                push(x, y, kind);
            }
        }
    };
    if !a.all.is_empty() {
        pairwise(&a.all, &mut push);
        if frame == Frame::Mediate {
            for &m in &a.agents {
                for &x in &a.all {
                    push(m, x, kind);
                }
            }
        }
        return out;
    }
    let directed = matches!(
        frame,
        Frame::Act | Frame::Give | Frame::Transfer | Frame::Visit | Frame::Host | Frame::Into
    );
    if directed {
        if a.others.is_empty() && a.reciprocal {
            pairwise(&a.agents, &mut push);
        }
        for &x in &a.agents {
            for &y in &a.others {
                push(x, y, kind);
            }
        }
        return out;
    }
    match frame {
        Frame::Mediate => {
            for &m in &a.agents {
                for &x in &a.others {
                    push(m, x, kind);
                }
            }
            pairwise(&a.others, &mut push);
        }
        Frame::Exchange if !a.others.is_empty() => {
            for &x in &a.agents {
                for &y in &a.others {
                    push(x, y, kind);
                }
            }
        }
        _ => {
            if !a.agents.is_empty() {
                if a.others.is_empty() && a.reciprocal {
                    pairwise(&a.agents, &mut push);
                }
                if frame == Frame::Mutual && !a.others.is_empty() {
                    // "Le Maroc et le Nigeria ont convenu, avec la CEDEAO, …".
                    pairwise(&a.agents, &mut push);
                }
                for &x in &a.agents {
                    for &y in &a.others {
                        push(x, y, kind);
                    }
                }
            }
            if kind == RelationKind::Cooperation {
                for &x in &a.agents {
                    for &y in &a.against {
                        push(x, y, RelationKind::Tension);
                    }
                }
            }
        }
    }
    out
}
