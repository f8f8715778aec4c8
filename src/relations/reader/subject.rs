//! Who a verb's subject and object are, and what pronouns, "the two countries" and
//! descriptions ("the government", "son président") stand for (docs/relations.md,
//! "Subjects and objects", "Pronouns").

use super::grammar::subject_position;
use super::phrases::{Group, Reader};
use super::tokens::Kind;
use super::words::Class;

impl<'a> Reader<'a> {
    /// The subject of the verb at `v`: the nearest actor list to its left in subject
    /// position, past auxiliaries, adverbs and time phrases; through "to" / "de" or a
    /// gerund to the subject of the verb before ("agreed to restore", "denied
    /// arming"), and through "and" to the subject of a coordinated verb. `None` when
    /// the clause gives none.
    pub(super) fn subject(&self, v: usize, depth: usize) -> Option<Group> {
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

    /// The subject of a verb in a phrase fronted before its clause's subject, which
    /// names no actor before it: "Rather than sanction Iran, France …", "Plutôt que de
    /// sanctionner l'Iran, la France …", "Longtemps liée à la Russie …, l'Arménie …".
    pub(super) fn fronted(&self, v: usize) -> Option<Group> {
        if (0..v).any(|q| self.is_actor(q)) {
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
    pub(super) fn description(&self, j: usize) -> Option<Group> {
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
    pub(super) fn counted(&self, j: usize) -> bool {
        let count = |q: usize| matches!(self.word(q), "two" | "deux" | "both" | "three" | "trois");
        (j >= 1 && count(j - 1))
            || (j >= 2 && count(j - 2) && !self.verbish(j - 1) && !self.is_actor(j - 1))
    }

    pub(super) fn aux_like(&self, p: usize) -> bool {
        self.aux(p)
    }

    pub(super) fn aux(&self, p: usize) -> bool {
        self.has(p, Class::AUX | Class::MODAL | Class::NEG | Class::ADV)
            && !self.has(p, Class::LIGHT)
            || (self.has(p, Class::AUX) && self.has(p, Class::BE))
    }

    /// Verb-chain material between a verb and the verb it controls.
    pub(super) fn chain(&self, p: usize) -> bool {
        self.aux(p)
            || matches!(
                self.word(p),
                "to" | "de" | "d" | "a" | "not" | "ne" | "n" | "pas" | "from" | "short" | "of"
            )
            || self.has(p, Class::NEG | Class::ADV | Class::TIME)
    }

    pub(super) fn is_stop(&self, p: usize) -> bool {
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
    pub(super) fn in_pp(&self, s: usize) -> bool {
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

    /// The clause's subject before `p`: its first actor list in subject position.
    pub(super) fn clause_subject(&self, p: usize) -> Option<Group> {
        let mut q = 0;
        while q < p {
            match self.group_right(q) {
                Some(g) if self.in_pp(g.start) || g.start > 0 && self.verbish(g.start - 1) => {
                    q = g.end + 1
                }
                Some(g) => return Some(g),
                None => q += 1,
            }
        }
        None
    }

    /// A pronoun at `p`: the nearest actor list before it in the sentence in subject
    /// position, else the subject of the sentence before.
    pub(super) fn anaphor(&self, p: usize) -> Option<Group> {
        // The clause's own subject first ("Washington tightened its sanctions"), but not
        // for an object pronoun ("l'Inde, qui lui a fourni": not India itself).
        let object = matches!(self.word(p), "lui" | "leur" | "him" | "them" | "her");
        let own = (0..p).find(|&q| self.names_subject(self.tok(q)));
        let own_end = own.and_then(|q| self.actor_end(q));
        if !object && let Some(e) = own_end {
            // "India and Turkey … have said they will keep buying": a plural pronoun
            // stands for the whole list.
            let plural = matches!(self.word(p), "they" | "ils" | "elles");
            if plural
                && let Some(g) = own
                    .and_then(|q| self.group_right(q))
                    .filter(|g| g.ends.len() >= 2)
            {
                return Some(Group {
                    ends: g.ends,
                    start: p,
                    end: p,
                    pair: false,
                });
            }
            return Some(self.one(e, p));
        }
        let best = (0..self.tok(p))
            .rev()
            .find(|&k| self.names_subject(k) && self.t.actor(k).map(|a| a.end) != own_end);
        let ends = match best.and_then(|k| self.t.actor(k)) {
            Some(a) => vec![a.end],
            None => self.mem.subject.clone(),
        };
        (!ends.is_empty()).then_some(Group {
            ends,
            start: p,
            end: p,
            pair: false,
        })
    }

    /// An actor at token `k` that a pronoun can stand for: in subject position, a
    /// name, or a demonym of the subject's head noun ("Le gouvernement arménien").
    fn names_subject(&self, k: usize) -> bool {
        let t = self.t;
        let Some(a) = t.actor(k) else {
            return false;
        };
        let named = !a.adjective || (k > 0 && t.has(k - 1, Class::ROLE));
        named && !self.absorbed[k] && subject_position(t, k)
    }

    fn one(&self, e: usize, p: usize) -> Group {
        Group {
            ends: vec![e],
            start: p,
            end: p,
            pair: false,
        }
    }

    /// "The two countries", "les deux pays", "both sides": the last pair named (of
    /// countries, for "countries", "neighbours", "capitals").
    pub(super) fn pair_anaphor(&self, p: usize) -> Option<Group> {
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
            // "Poutine accueille son homologue kazakh … entre leurs deux pays": the
            // two actors the sentence has named, if it has named two.
            let mut named: Vec<usize> = Vec::new();
            let mut states = true;
            for k in 0..here {
                if let Some(a) = t.actor(k)
                    && !self.absorbed[k]
                    && !named.contains(&a.end)
                {
                    states &= a.kind == crate::model::EntityKind::Country || a.place;
                    named.push(a.end);
                }
            }
            if named.len() == size && states {
                ends = named;
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
    pub(super) fn object(&self, v: usize) -> Result<Option<Group>, usize> {
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
}
