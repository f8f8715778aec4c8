//! The clause reader's view of a clause and its phrases: lists of actors ("Iraq and
//! Kazakhstan", "au Niger et au Mali"), the first noun phrase naming an actor, and the
//! prepositional phrases after a word (docs/relations.md, "Arguments").
//!
//! Positions are indexes into the clause (`Clause::toks`), so a spliced antecedent
//! reads as if written in place. Every walk is bounded by a few tokens: a sentence is
//! read in linear time.

use super::clauses::Clause;
use super::cues::{self, Pos};
use super::grammar::{cue_pos, verbish};
use super::tokens::{Kind, Tokens};
use super::words::Class;

/// Actors found in one argument position: their link ends, and the positions they
/// span in the clause.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Group {
    pub ends: Vec<usize>,
    pub start: usize,
    pub end: usize,
    /// Resolved from "the two countries", "both sides".
    pub pair: bool,
}

/// What the reader remembers from earlier sentences, for pronouns and "the two
/// countries".
#[derive(Debug, Clone, Default)]
pub(crate) struct Memory {
    /// The subject of the last sentence that had one.
    pub subject: Vec<usize>,
    /// The last two or more actors named together or linked.
    pub pair: Vec<usize>,
}

/// The clause reader: one clause of one sentence, with what it needs to resolve
/// pronouns.
pub(super) struct Reader<'a> {
    pub t: &'a Tokens,
    pub c: &'a Clause,
    /// Per token: a demonym or possessive that belongs to the person or organisation
    /// named right after it ("le président russe Vladimir Poutine").
    pub absorbed: &'a [bool],
    pub mem: &'a Memory,
}

impl<'a> Reader<'a> {
    pub(super) fn len(&self) -> usize {
        self.c.toks.len()
    }

    pub(super) fn tok(&self, p: usize) -> usize {
        self.c.toks[p]
    }

    pub(super) fn word(&self, p: usize) -> &str {
        self.c.toks.get(p).map_or("", |&k| self.t.word(k))
    }

    pub(super) fn has(&self, p: usize, c: Class) -> bool {
        self.c.toks.get(p).is_some_and(|&k| self.t.has(k, c))
    }

    pub(super) fn is_punct(&self, p: usize, ch: char) -> bool {
        self.c.toks.get(p).is_some_and(|&k| self.t.is_punct(k, ch))
    }

    pub(super) fn verbish(&self, p: usize) -> bool {
        self.c.toks.get(p).is_some_and(|&k| verbish(self.t, k))
    }

    /// An actor at `p` that can stand in an argument (not a demonym of a title).
    pub(super) fn actor_end(&self, p: usize) -> Option<usize> {
        let k = *self.c.toks.get(p)?;
        if self.absorbed.get(k).copied().unwrap_or(false) {
            return None;
        }
        self.t.actor(k).map(|a| a.end)
    }

    pub(super) fn is_actor(&self, p: usize) -> bool {
        self.c
            .toks
            .get(p)
            .is_some_and(|&k| self.t.actor(k).is_some())
    }

    /// A word that can be part of a noun phrase.
    pub(super) fn np_word(&self, p: usize) -> bool {
        let Some(&k) = self.c.toks.get(p) else {
            return false;
        };
        match self.t.kind(k) {
            Some(Kind::Num) => true,
            Some(Kind::Punct(ch)) => matches!(ch, '-' | '%' | '$' | '£' | '€' | '.' | '\'' | '’'),
            Some(Kind::Word) => {
                !verbish(self.t, k)
                    && !self.t.has(
                        k,
                        Class::PREP
                            | Class::CONJ
                            | Class::REL
                            | Class::SPLIT
                            | Class::REPORT
                            | Class::PRON,
                    )
            }
            _ => false,
        }
    }

    /// The actors listed from `p` on: "Iraq and Kazakhstan", "Tokyo, Seoul, Canberra
    /// and Manila", "au Niger et au Mali", "à X puis à Y", "ASEAN-Republic of Korea".
    pub(super) fn group_right(&self, p: usize) -> Option<Group> {
        let first = self.actor_end(p)?;
        let mut g = Group {
            ends: vec![first],
            start: p,
            end: p,
            pair: false,
        };
        let mut joined = false;
        let mut q = p + 1;
        loop {
            let mut r = q;
            let mut glued = false;
            let mut comma = false;
            let mut in_title = false;
            let mut conj_here = false;
            while r < self.len() && r < q + if in_title { 12 } else { 6 } {
                let w = self.word(r);
                let conj = matches!(
                    w,
                    "and" | "et" | "or" | "ou" | "puis" | "as" | "well" | "ainsi" | "que"
                ) && !self.c.toks.get(r).is_some_and(|&k| self.t.is_where(k));
                // ", and" joins a list only once it has two items ("A, B, and C"):
                // after one, it starts a new clause ("to the EU, and Novartis …").
                if conj && comma && g.ends.len() < 2 {
                    break;
                }
                // A list ends with its "and": "entre Damas et Washington, le Kremlin
                // estime" names two.
                if self.is_punct(r, ',') && joined && !glued {
                    break;
                }
                // "X and his Iranian counterpart Y": a title between.
                let title = glued
                    && (self.has(r, Class::POSS | Class::ROLE)
                        || self
                            .c
                            .toks
                            .get(r)
                            .is_some_and(|&k| self.absorbed.get(k).copied().unwrap_or(false))
                        // "Australia's Minister for International Development and the
                        // Pacific, Helen Carrick": the rest of a title.
                        || (in_title
                            && (self
                                .c
                                .toks
                                .get(r)
                                .and_then(|&k| self.t.actor(k))
                                .is_some_and(|a| a.kind != crate::model::EntityKind::Person)
                                || self.c.toks.get(r).is_some_and(|&k| self.t.toks[k].cap && self.t.is_word(k))
                                || matches!(w, "for" | "of" | "and" | "the" | "de" | "des" | "du" | "et"))));
                in_title |= title;
                let glue = self.is_punct(r, ',')
                    || self.is_punct(r, '-')
                    || self.is_punct(r, '–')
                    || conj
                    || title
                    || (glued
                        && (self.has(r, Class::DET)
                            || matches!(
                                w,
                                "to" | "a"
                                    | "au"
                                    | "aux"
                                    | "de"
                                    | "du"
                                    | "des"
                                    | "d"
                                    | "of"
                                    | "with"
                                    | "avec"
                                    | "celle"
                                    | "celui"
                                    | "ceux"
                                    | "celles"
                                    | "those"
                            )));
                if !glue {
                    break;
                }
                comma |= self.is_punct(r, ',');
                conj_here |= conj;
                glued = true;
                r += 1;
            }
            // "arméno-azerbaïdjanaise": a prefix form glued to the next actor.
            let prefix = !glued && r == q && self.prefix(q);
            let glued = glued || prefix;
            match (glued, self.actor_end(r)) {
                (true, Some(e)) => {
                    joined |= conj_here;
                    if !g.ends.contains(&e) {
                        g.ends.push(e);
                    }
                    g.end = r;
                    q = r + 1;
                }
                _ => break,
            }
        }
        Some(g)
    }

    /// The token before `q` is an actor written right against it ("arméno-" in
    /// "arméno-azerbaïdjanaise").
    pub(super) fn prefix(&self, q: usize) -> bool {
        q > 0
            && self
                .c
                .toks
                .get(q - 1)
                .zip(self.c.toks.get(q))
                .is_some_and(|(&a, &b)| {
                    self.t.actor(a).is_some()
                        && b == a + 1
                        && self.t.toks[b].range.start == self.t.toks[a].range.end
                })
    }

    /// The list that ends with the actor at `p`, read leftwards.
    pub(super) fn group_left(&self, p: usize) -> Option<Group> {
        self.actor_end(p)?;
        let mut start = p;
        let mut q = p;
        while q > 0 {
            let mut r = q - 1;
            let mut glued = false;
            while r > 0 && r + 4 > q {
                let w = self.word(r);
                let glue = self.is_punct(r, ',')
                    || self.is_punct(r, '-')
                    || self.is_punct(r, '–')
                    || matches!(w, "and" | "et" | "or" | "ou" | "puis")
                    || (self.has(r, Class::DET) && r + 1 == q)
                    || (matches!(w, "a" | "au" | "aux" | "de" | "du" | "des" | "d" | "of")
                        && r + 1 == q);
                if !glue {
                    break;
                }
                glued |= self.is_punct(r, ',')
                    || self.is_punct(r, '-')
                    || self.is_punct(r, '–')
                    || self.has(r, Class::CONJ);
                r -= 1;
            }
            if glued && self.actor_end(r).is_some() {
                start = r;
                q = r;
            } else if self.prefix(q) && self.actor_end(q - 1).is_some() {
                start = q - 1;
                q -= 1;
            } else {
                break;
            }
        }
        self.group_right(start)
    }

    /// The first noun phrase from `p` on that names an actor, past articles,
    /// numbers, nouns and adjectives, "of"/"de" and a place after a noun ("buyers in
    /// Germany"): its actors, or `None` at a verb, a clause mark or a cue noun (which
    /// then governs its own actors).
    pub(super) fn np_from(&self, p: usize) -> Option<Group> {
        let mut q = p;
        while q < self.len() && q < p + 9 {
            if self.is_actor(q) {
                if let Some(g) = self.group_right(q) {
                    return Some(g);
                }
                q += 1;
                continue;
            }
            if q > p && self.cue_noun(q) {
                return None;
            }
            if self.has(q, Class::GROUP) && self.counted(q) {
                // "entre les deux voisins", "between the two countries".
                return self.pair_anaphor(q);
            }
            if q == p && self.has(q, Class::PRON) {
                // "imposed on it by the Security Council".
                return self.anaphor(q);
            }
            let w = self.word(q);
            // "buyers in Thailand", "sinistrés au Niger": people of a place; "the
            // policing component in Solomon Islands": a country.
            let country = self
                .c
                .toks
                .get(q + 1)
                .and_then(|&k| self.t.actor(k))
                .is_some_and(|a| a.kind == crate::model::EntityKind::Country);
            let people = q > 0 && (self.has(q - 1, Class::ROLE) || (country && q > p));
            let inner = matches!(w, "of" | "de" | "d" | "du" | "des" | "from")
                || (people && matches!(w, "in" | "au" | "aux" | "en" | "dans" | "a"))
                || (self.has(q, Class::CONJ) && !self.verbish(q + 1));
            if !(self.np_word(q) || inner) {
                return None;
            }
            q += 1;
        }
        None
    }

    /// A noun cue starts at `p`.
    pub(super) fn cue_noun(&self, p: usize) -> bool {
        let Some(&k) = self.c.toks.get(p) else {
            return false;
        };
        self.t.toks[k]
            .cue
            .is_some_and(|(e, _)| cue_pos(self.t, k, cues::entry(e).pos) == Pos::Noun)
    }

    /// The prepositional phrases from `from` on, up to the next verb of another clause
    /// part, clause mark or other cue: (preposition, its actors).
    pub(super) fn pps(&self, from: usize) -> Vec<(String, Group)> {
        let mut out = Vec::new();
        let mut q = from;
        let mut steps = 0;
        while q < self.len() && steps < 18 {
            steps += 1;
            if self.is_stop(q) || self.has(q, Class::REL | Class::SPLIT) {
                break;
            }
            if self.is_punct(q, ',') && !self.is_actor(q + 1) {
                // ", à Saint-Vincent-et-les-Grenadines, entre X et Y": a short place
                // aside is read through.
                let aside = matches!(self.word(q + 1), "in" | "a" | "au" | "en" | "at")
                    && (q + 2..(q + 6).min(self.len())).any(|c| self.is_punct(c, ','));
                if !aside {
                    break;
                }
                q = (q + 2..(q + 6).min(self.len()))
                    .find(|&c| self.is_punct(c, ','))
                    .unwrap_or(q)
                    + 1;
                continue;
            }
            if q > from
                && self
                    .c
                    .toks
                    .get(q)
                    .is_some_and(|&k| self.t.toks[k].cue.is_some())
            {
                break;
            }
            // "US sanctions target Rosneft", "les sanctions américaines visent …".
            let targets = matches!(
                self.word(q),
                "target"
                    | "targets"
                    | "targeted"
                    | "vise"
                    | "visent"
                    | "visait"
                    | "ciblent"
                    | "cible"
                    | "ciblait"
            ) && q > 0
                && !self.has(q - 1, Class::DET);
            if !targets && self.verbish(q) && !self.aux(q) {
                // A participle that opens a reduced relative ("imposed by", "imposées
                // par", "destiné à") is read through; any other verb ends the phrase.
                let next = q + 1;
                let reduced = self.has(next, Class::PREP) && !(q > 0 && self.aux(q - 1));
                if !reduced {
                    break;
                }
                q += 1;
                continue;
            }
            if targets || (self.has(q, Class::PREP) && !(self.word(q) == "a" && self.verbish(q))) {
                let prep = if targets {
                    "targeting".to_string()
                } else {
                    self.word(q).to_string()
                };
                let mut r = q + 1;
                // "de la part de", "on behalf of": the last preposition of the run.
                if let Some(mut g) = self.np_from(r) {
                    // "une aide de 10 millions d'euros au Liban": the preposition right
                    // before the actor, unless it follows people ("to buyers in
                    // Thailand").
                    let last = (r..g.start)
                        .rev()
                        .find(|&c| self.has(c, Class::PREP) && self.word(c) != "d");
                    let prep = match last {
                        Some(c)
                            if c > q
                                && !self.has(c - 1, Class::ROLE)
                                && !matches!(self.word(c), "of" | "de" | "du" | "des") =>
                        {
                            self.word(c).to_string()
                        }
                        _ => prep.clone(),
                    };
                    // "between STC units and Yemeni government troops": a second
                    // phrase after the nouns of the first.
                    if matches!(prep.as_str(), "between" | "entre") && g.ends.len() == 1 {
                        let and = (g.end + 1..(g.end + 4).min(self.len()))
                            .find(|&c| matches!(self.word(c), "and" | "et"));
                        if let Some(second) = and.and_then(|c| self.np_from(c + 1)) {
                            for e in second.ends {
                                if !g.ends.contains(&e) {
                                    g.ends.push(e);
                                }
                            }
                            g.end = second.end;
                        }
                    }
                    let end = g.end;
                    out.push((prep, g));
                    q = end + 1;
                    continue;
                }
                while r < self.len() && r < q + 3 && !self.is_actor(r) {
                    r += 1;
                }
            }
            q += 1;
        }
        out
    }
}
