//! Where a cue's actors are in its clause (docs/relations.md, "Arguments"): the
//! subject of a verb (left of it, past auxiliaries and adverbs; through "to" and
//! "and" to the subject of the verb before), its object (the first noun phrase after
//! it that names an actor), the phrases after prepositions, and the actors that
//! modify a noun ("US sanctions", "Iran's backing", "sanctions américaines").
//!
//! Positions are indexes into the clause (`Clause::toks`), so a spliced antecedent
//! reads as if written in place. Every walk is bounded by a few tokens: a sentence is
//! read in linear time.

use super::clauses::Clause;
use super::cues::{self, Pos};
use super::tokens::{Kind, Tokens};
use super::words::Class;

/// Actors found in one argument position: their link ends, and the positions they
/// span in the clause.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Group {
    pub ends: Vec<usize>,
    pub start: usize,
    pub end: usize,
    /// Resolved from "the two countries", "both sides".
    pub pair: bool,
}

/// What the reader remembers from earlier sentences, for pronouns and "the two
/// countries".
#[derive(Debug, Clone, Default)]
pub struct Memory {
    /// The subject of the last sentence that had one.
    pub subject: Vec<usize>,
    /// The last two or more actors named together or linked.
    pub pair: Vec<usize>,
}

/// Whether token `k` reads as a verb: an auxiliary, a word of a verb class, a verb
/// cue (an ambiguous one by the words around it), an English past form.
pub fn verbish(t: &Tokens, k: usize) -> bool {
    if !t.is_word(k) {
        return false;
    }
    let c = t.class(k);
    let w = t.word(k);
    if t.french && w == "a" {
        return french_has(t, k);
    }
    if c.has(Class::DET | Class::PREP) && !c.has(Class::AUX) {
        return false;
    }
    if k > 0 && (article(t, k - 1) || t.has(k - 1, Class::POSS)) && !t.has(k - 1, Class::AUX) {
        // "the armed forces", "l'envoyé spécial", "their talks": not verbs.
        return false;
    }
    if k > 0 && t.is_punct(k - 1, '-') && t.toks[k - 1].range.end == t.toks[k].range.start {
        // "state-owned", "army-backed": the end of a compound adjective.
        return false;
    }
    if let Some((entry, _)) = t.toks[k].cue {
        return cue_pos(t, k, cues::LEXICON[entry].pos) == Pos::Verb;
    }
    if c.has(
        Class::AUX
            | Class::MODAL
            | Class::LIGHT
            | Class::REPORT
            | Class::REFUSE
            | Class::RESPOND
            | Class::OBSERVE
            | Class::BE
            | Class::VERB,
    ) {
        return !t.has(k, Class::ROLE | Class::TIME);
    }
    if t.french {
        // A past participle after an auxiliary: "a convoqué", "ont été"; not an
        // adverb there ("se sont fortement dégradées").
        let mut j = k;
        while j > 1 && (t.has(j - 1, Class::ADV) || t.word(j - 1).ends_with("ment")) {
            j -= 1;
        }
        return j > 0
            && t.has(j - 1, Class::AUX | Class::NEG)
            && !t.toks[k].cap
            && !w.ends_with("ment");
    }
    // English past forms and participles: "agreed", "letting", "carrying"; not
    // right after another verb ("ignored repeated demands": an adjective).
    // "eleven upgraded frigates", "of liquefied natural gas", "the community policing
    // component": adjectives and nouns.
    let number = k > 0
        && (matches!(t.kind(k - 1), Some(Kind::Num))
            || matches!(
                t.word(k - 1),
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "eleven"
                    | "twelve"
                    | "several"
                    | "many"
                    | "few"
                    | "some"
                    | "most"
            ));
    let after_prep =
        k > 0 && t.has(k - 1, Class::PREP) && w.ends_with("ed") && t.word(k - 1) != "by";
    let after_noun = k > 0
        && w.ends_with("ing")
        && t.is_word(k - 1)
        && t.class(k - 1) == Class::default()
        && t.toks[k - 1].cue.is_none()
        && !t.toks[k - 1].cap;
    if number || after_prep || after_noun {
        return false;
    }
    let after_verb = k > 0
        && t.is_word(k - 1)
        && !t.has(k - 1, Class::AUX | Class::MODAL | Class::NEG | Class::ADV)
        && (t.has(
            k - 1,
            Class::LIGHT | Class::RESPOND | Class::REFUSE | Class::OBSERVE,
        ) || t.word(k - 1).ends_with("ed"));
    !t.toks[k].cap
        && !after_verb
        && w.len() > 4
        && (w.ends_with("ed") || (w.len() > 5 && w.ends_with("ing")))
        && !c.has(Class::ROLE | Class::TIME)
}

/// An article (not a demonstrative: "that restored ties" has a verb after "that").
fn article(t: &Tokens, k: usize) -> bool {
    matches!(
        t.word(k),
        "the" | "a" | "an" | "le" | "la" | "les" | "l" | "un" | "une" | "des" | "du"
    ) && !(t.french && t.word(k) == "a")
}

/// French "a": the auxiliary ("a signé", "n'a pas") rather than the preposition à
/// (folded alike).
fn french_has(t: &Tokens, k: usize) -> bool {
    let before = k > 0
        && matches!(
            t.word(k - 1),
            "n" | "il" | "elle" | "on" | "y" | "qui" | "l"
        );
    let next = k + 1;
    let after = t.is_word(next)
        && !t.toks[next].cap
        && !t.has(next, Class::DET | Class::PREP | Class::POSS)
        && !matches!(t.word(next), "l" | "d" | "un" | "une");
    before || after || (k > 0 && t.actor(k - 1).is_some() && t.is_word(next) && !t.toks[next].cap)
}

/// The part of speech of a cue word at token `k` whose lexicon says `pos`.
pub fn cue_pos(t: &Tokens, k: usize, pos: Pos) -> Pos {
    if matches!(t.word(k), "ties") && (t.actor(k + 1).is_some() || t.has(k + 1, Class::DET)) {
        // "the arrangement that ties French, Australian and New Zealand responses".
        return Pos::Verb;
    }
    if pos != Pos::Either {
        return pos;
    }
    if k == 0 {
        return Pos::Noun;
    }
    if !t.french && t.word(k).ends_with("ed") && !t.has(k - 1, Class::DET | Class::POSS) {
        // "clashed", "attacked", "disputed": past forms.
        return Pos::Verb;
    }
    let p = k - 1;
    if t.toks[p].poss || matches!(t.kind(p), Some(Kind::Num)) {
        return Pos::Noun;
    }
    let pw = t.word(p);
    if matches!(pw, "to" | "se" | "s" | "n" | "ne" | "y" | "lui" | "qui") {
        return Pos::Verb;
    }
    if t.has(p, Class::AUX | Class::MODAL | Class::NEG | Class::PRON) && !t.has(p, Class::DET) {
        return Pos::Verb;
    }
    if t.french && pw == "a" && french_has(t, p) {
        return Pos::Verb;
    }
    if t.actor(p).is_some_and(|a| !a.adjective) || t.has(p, Class::ADV) {
        // A French noun takes an article: after a name it is the verb ("Niamey
        // accuse"). "the EU sanctions Russia" is a verb when an object follows at once,
        // "US sanctions target Rosneft" a noun.
        if t.french {
            return Pos::Verb;
        }
        let n = k + 1;
        let object = t.actor(n).is_some()
            || t.has(n, Class::DET | Class::POSS | Class::ADV)
            || t.word(n) == "that";
        return if object { Pos::Verb } else { Pos::Noun };
    }
    Pos::Noun
}

/// The clause reader: one clause of one sentence, with what it needs to resolve
/// pronouns.
pub struct Reader<'a> {
    pub t: &'a Tokens,
    pub c: &'a Clause,
    /// Per token: a demonym or possessive that belongs to the person or organisation
    /// named right after it ("le président russe Vladimir Poutine").
    pub absorbed: &'a [bool],
    pub mem: &'a Memory,
}

impl<'a> Reader<'a> {
    pub fn len(&self) -> usize {
        self.c.toks.len()
    }

    pub fn tok(&self, p: usize) -> usize {
        self.c.toks[p]
    }

    pub fn word(&self, p: usize) -> &str {
        self.c.toks.get(p).map_or("", |&k| self.t.word(k))
    }

    pub fn has(&self, p: usize, c: Class) -> bool {
        self.c.toks.get(p).is_some_and(|&k| self.t.has(k, c))
    }

    pub fn is_punct(&self, p: usize, ch: char) -> bool {
        self.c.toks.get(p).is_some_and(|&k| self.t.is_punct(k, ch))
    }

    pub fn verbish(&self, p: usize) -> bool {
        self.c.toks.get(p).is_some_and(|&k| verbish(self.t, k))
    }

    /// An actor at `p` that can stand in an argument (not a demonym of a title).
    pub fn actor_end(&self, p: usize) -> Option<usize> {
        let k = *self.c.toks.get(p)?;
        if self.absorbed.get(k).copied().unwrap_or(false) {
            return None;
        }
        self.t.actor(k).map(|a| a.end)
    }

    fn is_actor(&self, p: usize) -> bool {
        self.c
            .toks
            .get(p)
            .is_some_and(|&k| self.t.actor(k).is_some())
    }

    /// A word that can be part of a noun phrase.
    fn np_word(&self, p: usize) -> bool {
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
    pub fn group_right(&self, p: usize) -> Option<Group> {
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

    /// The list that ends with the actor at `p`, read leftwards.
    pub fn group_left(&self, p: usize) -> Option<Group> {
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
    pub fn np_from(&self, p: usize) -> Option<Group> {
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
    pub fn cue_noun(&self, p: usize) -> bool {
        let Some(&k) = self.c.toks.get(p) else {
            return false;
        };
        self.t.toks[k]
            .cue
            .is_some_and(|(e, _)| cue_pos(self.t, k, cues::LEXICON[e].pos) == Pos::Noun)
    }

    /// The subject of the verb at `v`: the nearest actor list to its left in subject
    /// position, past auxiliaries, adverbs and time phrases; through "to" / "de" or a
    /// gerund to the subject of the verb before ("agreed to restore", "denied
    /// arming"), and through "and" to the subject of a coordinated verb. `None` when
    /// the clause gives none.
    pub fn subject(&self, v: usize, depth: usize) -> Option<Group> {
        if depth > 3 {
            return None;
        }
        if let Some(g) = self.fronted(v) {
            return Some(g);
        }
        let mut j = v;
        let mut steps = 0;
        while j > 0 && steps < 16 {
            j -= 1;
            steps += 1;
            if self.is_actor(j) {
                let Some(g) = self.group_left(j) else {
                    continue;
                };
                if self.in_pp(g.start) {
                    j = g.start;
                    continue;
                }
                return Some(g);
            }
            let w = self.word(j);
            if self.has(j, Class::PRON)
                && !matches!(w, "them" | "him" | "lui" | "itself" | "themselves")
            {
                return self.anaphor(j);
            }
            if self.has(j, Class::GROUP) && self.counted(j) {
                return self.pair_anaphor(j);
            }
            if let Some(g) = self.description(j) {
                return Some(g);
            }
            if self.has(j, Class::REL | Class::SPLIT) || self.is_stop(j) {
                return None;
            }
            if self.has(j, Class::CONJ) && !self.is_actor(j + 1) {
                // "X accused Y … and expelled Z": the subject of the verb before.
                if let Some(q) = (0..j).rev().find(|&q| self.verbish(q) && !self.aux(q)) {
                    return self.subject(q, depth + 1);
                }
            }
            if self.verbish(j) && !self.aux(j) {
                let chain = (j + 1..v).all(|q| self.chain(q));
                if chain {
                    return self.subject(j, depth + 1);
                }
            }
        }
        None
    }

    /// The subject of a verb in a phrase fronted before its clause's subject: "Rather
    /// than sanction Iran, France …", "Plutôt que de sanctionner l'Iran, la France …",
    /// "Après avoir signé l'accord, le Mali …".
    fn fronted(&self, v: usize) -> Option<Group> {
        let opener = matches!(
            self.word(0),
            "rather"
                | "instead"
                | "plutot"
                | "apres"
                | "avant"
                | "afin"
                | "pour"
                | "after"
                | "before"
                | "au"
        );
        if !opener || (0..v).any(|q| self.is_actor(q)) {
            return None;
        }
        let comma = (v..self.len()).find(|&q| self.is_punct(q, ','))?;
        let g = (comma + 1..(comma + 4).min(self.len())).find_map(|q| self.group_right(q))?;
        (g.end + 1..(g.end + 4).min(self.len()))
            .any(|q| self.verbish(q))
            .then_some(g)
    }

    /// A subject written as a description of an actor named before: "its foreign
    /// ministry", "son président" (the possessor), "the government", "the company",
    /// "le groupe" (the actor last written with that word, else the subject before).
    fn description(&self, j: usize) -> Option<Group> {
        const HEADS: &[&str] = &[
            "government",
            "administration",
            "kingdom",
            "country",
            "company",
            "firm",
            "group",
            "producer",
            "carrier",
            "operator",
            "utility",
            "generator",
            "giant",
            "major",
            "gouvernement",
            "royaume",
            "pays",
            "groupe",
            "societe",
            "entreprise",
            "compagnie",
            "armateur",
            "constructeur",
            "fabricant",
            "operateur",
            "regime",
        ];
        let w = self.word(j);
        let opens = |q: usize| q == 0 || self.is_punct(q - 1, ',') || self.has(q - 1, Class::CONJ);
        // "its foreign ministry", "son président": a possessive opening the subject.
        if self.has(j, Class::POSS) && opens(j) && self.has(j + 1, Class::ROLE | Class::ADV)
            || (self.has(j, Class::POSS) && opens(j) && self.has(j + 2, Class::ROLE))
        {
            return self.anaphor(j);
        }
        if !HEADS.contains(&w) {
            return None;
        }
        let mut d = j;
        while d > 0
            && self.c.toks.get(d - 1).is_some_and(|&k| {
                self.t.is_word(k) && self.t.class(k) == Class::default() && !self.t.toks[k].cap
            })
        {
            d -= 1;
        }
        if d == 0 || !matches!(self.word(d - 1), "the" | "le" | "la" | "l") {
            return None;
        }
        // The same word written earlier with an actor: "Yemeni government troops …
        // and the government accused".
        let here = self.tok(j);
        let t = self.t;
        for k in (1..here).rev() {
            if t.word(k) == w
                && let Some(a) = t.actor(k - 1)
                && !self.absorbed[k - 1]
            {
                return Some(Group {
                    ends: vec![a.end],
                    start: j,
                    end: j,
                    pair: false,
                });
            }
        }
        self.anaphor(j)
    }

    /// "the two countries", "les deux pays", "the two foreign ministers", "both
    /// sides": a group word after a count.
    pub fn counted(&self, j: usize) -> bool {
        let count = |q: usize| matches!(self.word(q), "two" | "deux" | "both" | "three" | "trois");
        (j >= 1 && count(j - 1))
            || (j >= 2 && count(j - 2) && !self.verbish(j - 1) && !self.is_actor(j - 1))
    }

    pub fn aux_like(&self, p: usize) -> bool {
        self.aux(p)
    }

    fn aux(&self, p: usize) -> bool {
        self.has(p, Class::AUX | Class::MODAL | Class::NEG | Class::ADV)
            && !self.has(p, Class::LIGHT)
            || (self.has(p, Class::AUX) && self.has(p, Class::BE))
    }

    /// Verb-chain material between a verb and the verb it controls.
    fn chain(&self, p: usize) -> bool {
        self.aux(p)
            || matches!(
                self.word(p),
                "to" | "de" | "d" | "a" | "not" | "ne" | "n" | "pas" | "from" | "short" | "of"
            )
            || self.has(p, Class::NEG | Class::ADV | Class::TIME)
    }

    fn is_stop(&self, p: usize) -> bool {
        self.c.toks.get(p).is_some_and(|&k| {
            matches!(
                self.t.kind(k),
                Some(Kind::Punct(
                    ';' | ':' | '(' | ')' | '"' | '«' | '»' | '“' | '”'
                ))
            )
        })
    }

    /// Whether the list starting at `s` sits in a prepositional phrase that is not its
    /// clause's subject ("in Moscow", "with Beijing"); "officials in Delhi", "envoys of
    /// the United States" and "ministers from Japan" are subjects all the same.
    fn in_pp(&self, s: usize) -> bool {
        let mut q = s;
        while q > 0 && (self.has(q - 1, Class::DET) || self.word(q - 1) == "l") {
            q -= 1;
        }
        if q == 0 || !self.has(q - 1, Class::PREP) {
            return false;
        }
        let prep = self.word(q - 1);
        // "since the United States sanctioned …": a conjunction, not a preposition.
        if matches!(prep, "since" | "after" | "before" | "until" | "as" | "once") {
            let end = self.group_right(s).map_or(s, |g| g.end);
            if (end + 1..end + 4).any(|v| self.verbish(v)) {
                return false;
            }
        }
        let of = matches!(prep, "of" | "from" | "de" | "d" | "du" | "des");
        let at = matches!(prep, "in" | "a" | "au" | "aux" | "en" | "dans");
        if !(of || at) {
            return true;
        }
        // A role noun heads the phrase: right before, or (for "of"/"de") a few
        // nouns back ("les ministres chargés de l'Énergie du Royaume du Maroc").
        let reach = if of { 6 } else { 1 };
        let mut k = q - 1;
        for _ in 0..reach {
            if k == 0 {
                return true;
            }
            k -= 1;
            if self.has(k, Class::ROLE) {
                return false;
            }
            if self.verbish(k) || self.is_actor(k) || self.is_punct(k, ',') {
                return true;
            }
        }
        true
    }

    /// A pronoun at `p`: the nearest actor list before it in the sentence in subject
    /// position, else the subject of the sentence before.
    pub fn anaphor(&self, p: usize) -> Option<Group> {
        let here = self.tok(p);
        let t = self.t;
        // The clause's own subject first ("Washington tightened its sanctions").
        let own = (0..p).find(|&q| {
            let k = self.tok(q);
            t.actor(k).is_some_and(|a| !a.adjective) && !self.absorbed[k] && subject_position(t, k)
        });
        if let Some(q) = own
            && let Some(e) = self.actor_end(q)
        {
            return Some(Group {
                ends: vec![e],
                start: p,
                end: p,
                pair: false,
            });
        }
        let mut best: Option<usize> = None;
        for k in (0..here).rev() {
            if t.actor(k).is_some_and(|a| !a.adjective)
                && !self.absorbed[k]
                && subject_position(t, k)
            {
                best = Some(k);
                break;
            }
        }
        let ends = match best {
            Some(k) => vec![t.actor(k)?.end],
            None => self.mem.subject.clone(),
        };
        (!ends.is_empty()).then_some(Group {
            ends,
            start: p,
            end: p,
            pair: false,
        })
    }

    /// "The two countries", "les deux pays", "both sides": the last pair named (of
    /// countries, for "countries", "neighbours", "capitals").
    pub fn pair_anaphor(&self, p: usize) -> Option<Group> {
        let here = self.tok(p);
        let t = self.t;
        let three = (p.saturating_sub(2)..p).any(|q| matches!(self.word(q), "three" | "trois"));
        let size = if three { 3 } else { 2 };
        let states = matches!(
            self.word(p),
            "countries"
                | "states"
                | "neighbours"
                | "neighbors"
                | "nations"
                | "capitals"
                | "pays"
                | "etats"
                | "voisins"
                | "capitales"
        );
        let fits = |list: &[usize]| {
            !states
                || list.iter().all(|&e| {
                    t.actors.iter().any(|a| {
                        a.end == e && (a.kind == crate::model::EntityKind::Country || a.place)
                    })
                })
        };
        // The last list of two or more in the sentence before `p`, else memory.
        let mut ends: Vec<usize> = Vec::new();
        let mut k = 0;
        while k < here {
            if t.actor(k).is_some() {
                let mut list = vec![t.actor(k)?.end];
                let mut j = k + 1;
                while j + 1 < here && (t.is_punct(j, ',') || matches!(t.word(j), "and" | "et")) {
                    let mut n = j + 1;
                    while n < here
                        && (t.has(n, Class::DET) || matches!(t.word(n), "l" | "du" | "de"))
                    {
                        n += 1;
                    }
                    match t.actor(n) {
                        Some(a) => {
                            if !list.contains(&a.end) {
                                list.push(a.end);
                            }
                            j = n + 1;
                        }
                        None => break,
                    }
                }
                if list.len() >= size && fits(&list) {
                    ends = list;
                }
                k = j;
            } else {
                k += 1;
            }
        }
        if ends.len() < size {
            ends = self.mem.pair.clone();
        }
        (ends.len() >= size).then_some(Group {
            ends,
            start: p,
            end: p,
            pair: true,
        })
    }

    /// The object of the verb at `v`: the first noun phrase after it that names an
    /// actor, past adverbs and particles. `Err(p)` when a noun cue at `p` comes first
    /// (the verb governs it).
    pub fn object(&self, v: usize) -> Result<Option<Group>, usize> {
        let mut q = v + 1;
        // "financera pendant douze mois le versement…": past a time phrase.
        if matches!(
            self.word(q),
            "pendant" | "during" | "for" | "depuis" | "since"
        ) {
            let end = (q + 1..(q + 5).min(self.len())).find(|&c| self.has(c, Class::TIME));
            if let Some(e) = end {
                q = e + 1;
            }
        }
        // Past adverbs and auxiliaries (not French "à", folded like "a").
        while q < self.len()
            && ((self.aux(q) && (self.verbish(q) || !self.has(q, Class::PREP)))
                || self.has(q, Class::TIME)
                || matches!(self.word(q), "off" | "out" | "up"))
        {
            q += 1;
        }
        // "signed with Ouagadougou an agreement", "a accordé au Bénin un prêt".
        if matches!(self.word(q), "with" | "avec" | "a" | "au" | "aux")
            && let Some(g) = self.np_from(q + 1)
        {
            // The noun phrase after it: "un nouveau contrat".
            let mut n = g.end + 1;
            while n < self.len() && n < g.end + 4 && !self.cue_noun(n) && self.np_word(n) {
                n += 1;
            }
            if self.cue_noun(n) {
                return Err(n);
            }
            // "a reçu à Damas son homologue": the object after a place.
            let place = self
                .c
                .toks
                .get(g.start)
                .and_then(|&k| self.t.actor(k))
                .is_some_and(|a| a.place);
            if place && !matches!(self.word(q), "with" | "avec") {
                return Ok(self.np_from(g.end + 1));
            }
        }
        if self.cue_noun(q) {
            return Err(q);
        }
        let mut r = q;
        while r < self.len() && r < q + 9 {
            if self.cue_noun(r) {
                return Err(r);
            }
            if self.is_actor(r) || !self.np_word(r) {
                break;
            }
            r += 1;
        }
        if self.has(q, Class::PREP) {
            return Ok(None);
        }
        match self.np_from(q) {
            // "condemned the Manila memorandum": the actor modifies the cue.
            Some(g) if self.cue_noun(g.end + 1) => Err(g.end + 1),
            g => Ok(g),
        }
    }

    /// The prepositional phrases from `from` on, up to the next verb of another clause
    /// part, clause mark or other cue: (preposition, its actors).
    pub fn pps(&self, from: usize) -> Vec<(String, Group)> {
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

/// Whether the actor at token `k` stands where a subject stands: not after a
/// preposition or verb in its phrase.
pub fn subject_position(t: &Tokens, k: usize) -> bool {
    let mut j = k;
    while j > 0 {
        j -= 1;
        match t.kind(j) {
            Some(Kind::Punct(',' | ';' | ':')) => return true,
            Some(Kind::Punct(_)) | Some(Kind::Num) => continue,
            Some(Kind::Actor(_)) => continue,
            _ => {}
        }
        if t.has(j, Class::PREP) || verbish(t, j) {
            return false;
        }
        if t.has(j, Class::CONJ | Class::SPLIT | Class::REL)
            || matches!(
                t.word(j),
                "that"
                    | "que"
                    | "qu"
                    | "how"
                    | "why"
                    | "when"
                    | "whether"
                    | "comment"
                    | "pourquoi"
                    | "quand"
            )
        {
            return true;
        }
    }
    true
}
