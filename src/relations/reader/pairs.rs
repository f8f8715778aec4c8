//! A cue's actors as found in its clause (`Args`), and the links they make by the
//! cue's frame (docs/relations.md, "Argument frames"): agent to target for directed
//! frames, parties pairwise for mutual ones, a mediator with each party.

use super::cues::Frame;
use super::phrases::Group;
use crate::model::RelationKind;

/// A cue's actors.
#[derive(Debug, Clone, Default)]
pub(super) struct Args {
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
    /// The agents are the subject of a verb that does not govern the cue ("ont fait
    /// le point sur l'accord conclu avec l'UE"): one side, never paired with itself.
    pub borrowed: bool,
}

pub(super) fn add(v: &mut Vec<usize>, g: Option<Group>) {
    if let Some(g) = g {
        for e in g.ends {
            if !v.contains(&e) {
                v.push(e);
            }
        }
    }
}

pub(super) fn pp(pps: &[(String, Group)], preps: &[&str]) -> Option<Group> {
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

pub(super) const TARGET: &[&str] = &[
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
pub(super) const TO: &[&str] = &[
    "to", "for", "a", "au", "aux", "pour", "toward", "towards", "vers",
];
pub(super) const WITH: &[&str] = &["with", "avec", "among", "amongst", "parmi", "alongside"];
pub(super) const BETWEEN: &[&str] = &["between", "entre"];
pub(super) const BY: &[&str] = &["by", "par"];
pub(super) const OF: &[&str] = &["of", "de", "d", "du", "des"];
pub(super) const INTO: &[&str] = &["in", "into", "a", "au", "aux", "en", "dans"];
pub(super) const TRADE: &[&str] = &[
    "from", "to", "with", "a", "au", "aux", "avec", "vers", "depuis", "aupres",
];

impl Args {
    /// Every actor of the statement.
    pub(super) fn parties(&self) -> Vec<usize> {
        let mut all: Vec<usize> = Vec::new();
        for e in self.agents.iter().chain(&self.others).chain(&self.all) {
            if !all.contains(e) {
                all.push(*e);
            }
        }
        all
    }
}

/// The links a cue's actors make, by its frame.
pub(super) fn pairs(
    frame: Frame,
    kind: RelationKind,
    a: &Args,
) -> Vec<(usize, usize, RelationKind)> {
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
                if a.others.is_empty() && a.reciprocal && !a.borrowed {
                    pairwise(&a.agents, &mut push);
                }
                if frame == Frame::Mutual && !a.others.is_empty() && !a.borrowed {
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
