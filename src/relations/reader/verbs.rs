//! The actors of a verb cue: its subject, object and prepositional phrases read by
//! its frame, active or passive (docs/relations.md, "Verbs").

use super::cues::{self, Frame};
use super::money::sum_at;
use super::pairs::{Args, BETWEEN, BY, INTO, OF, TARGET, TO, WITH, add, pp};
use super::phrases::{Group, Reader};
use super::words::Class;
use crate::model::{EntityKind, RelationKind};

const SELL_TO: &[&str] = &["to", "a", "au", "aux", "vers"];
const BUY_FROM: &[&str] = &["from", "depuis", "aupres", "a", "au", "aux"];

/// Whether the verb at `p` (spanning `width`) is passive: after "was", "been", "été",
/// "est" (not "s'est"), or followed by "by" / "par".
pub(super) fn passive(r: &Reader, p: usize, width: usize) -> bool {
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
pub(super) fn verb_args(
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
                    .map(|(e, _)| cues::entry(e));
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
            // "approved €20 million from its Peace Facility": an actor after the sum
            // is where the money comes from, never who gets it.
            let sum_object = obj.as_ref().is_some_and(|g| {
                (last + 1..g.start).any(|q| r.c.toks.get(q).is_some_and(|&k| sum_at(r.t, k)))
            });
            if to.is_some() {
                add(&mut a.others, to);
            } else if !(sum_object || (frame == Frame::Transfer && adjective_object)) {
                add(&mut a.others, obj.clone());
            }
            if a.others.is_empty() {
                add(&mut a.others, patient);
            }
            // "qui lui a fourni des systèmes": a recipient pronoun before the verb.
            let clitic = (p.saturating_sub(3)..p)
                .find(|&q| matches!(r.word(q), "lui" | "leur") && r.t.french);
            if a.others.is_empty()
                && let Some(q) = clitic
            {
                add(&mut a.others, r.anaphor(q));
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
            // "achète du brut iranien": a partitive object, the goods' demonym after
            // them.
            let origin =
                (obj.is_none() && r.t.french && matches!(r.word(last + 1), "du" | "des" | "de"))
                    .then(|| r.np_from(last + 1))
                    .flatten()
                    .filter(|g| {
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
            } else if preps == BUY_FROM {
                add(&mut a.others, origin);
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
            // "a téléphoné à Pashinyan puis à Aliyev", "spoke to Ruto": a call's other
            // end (a meeting "à Alger" is a venue, so only calls take "à" / "to").
            if ["telephon", "phon", "spoke", "speak", "talked"]
                .iter()
                .any(|w| word.starts_with(w))
            {
                add(&mut a.others, pp(&pps, &["to", "a", "au", "aux"]));
            }
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

/// The prepositions of an exchange verb's counterpart: "sold to", "bought from",
/// "traded with".
pub(super) fn exchange_preps(verb: &str) -> &'static [&'static str] {
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

/// The country of envoys named after the verb: "the ambassador of Russia", "two
/// Russian diplomats", "leurs ambassadeurs en poste à Alger".
pub(super) fn envoys(r: &Reader, from: usize) -> Option<Group> {
    // "the U.S. chargé d'affaires", "le chargé d'affaires tchadien": an envoy too.
    let charge = |q: usize| r.word(q) == "charge" && r.word(q + 2) == "affaires";
    let role = (from..(from + 4).min(r.len())).find(|&q| r.has(q, Class::ROLE) || charge(q))?;
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
pub(super) fn complement(r: &Reader, from: usize) -> Option<Group> {
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
pub(super) fn goods(r: &Reader, at: usize) -> Option<RelationKind> {
    let window = at.saturating_sub(10)..(at + 10).min(r.len());
    let sold = window.clone().any(|q| r.has(q, Class::GOODS));
    let given = window.into_iter().any(|q| r.has(q, Class::SUPPORT));
    (sold && !given).then_some(RelationKind::Trade)
}
