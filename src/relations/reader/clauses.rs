//! Clauses of a sentence (docs/relations.md, "Clauses"). A sentence is cut at `;`
//! and `:` and at connectives that start a clause of their own (", while", "whereas",
//! ", but", "tandis que", "alors que", "mais"); a condition ("if", "unless", "si") opens
//! a clause that is marked conditional. Relative clauses (", which …,", "qui …",
//! "that …" after a noun), parentheses, dashes, asides naming a source (", according
//! to …,", ", officials said") and descriptive appositions (", the largest buyer of
//! …,") are lifted out as clauses of their own; a relative clause or apposition gets
//! its antecedent spliced in, as subject ("Washington, which listed …" reads
//! "Washington listed …") or, when the relative pronoun is the object, after the verb
//! ("the agreement that Congo and Rwanda signed" reads "Congo and Rwanda signed the
//! agreement").

use super::tokens::{Kind, Tokens};
use super::words::Class;

/// One clause: token indexes in reading order (a spliced antecedent included).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Clause {
    pub toks: Vec<usize>,
    /// Opened by "if", "unless", "si": nothing it states holds.
    pub conditional: bool,
    /// A lifted apposition: its noun cues have the antecedent as their actor.
    pub apposition: bool,
    /// A relative clause of place ("where …", "où …"): actors meeting there are
    /// geography, not a meeting.
    pub place: bool,
}

/// The clauses of a sentence, main clauses first in reading order, then lifted ones.
pub(crate) fn split(t: &Tokens) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut lifted = Vec::new();
    let mut start = 0;
    for end in boundaries(t) {
        if start < end {
            segment(t, start, end, &mut out, &mut lifted);
        }
        start = end;
    }
    out.extend(lifted);
    out.retain(|c| !c.toks.is_empty());
    out
}

/// Where segments start: after `;` `:`, at clause connectives and conditions. Each
/// boundary is the index of the first token of the next segment; the last is the end.
fn boundaries(t: &Tokens) -> Vec<usize> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    for i in 0..t.len() {
        match t.kind(i) {
            Some(Kind::Punct('(' | '[')) => depth += 1,
            Some(Kind::Punct(')' | ']')) => depth = (depth - 1).max(0),
            Some(Kind::Punct(';' | ':')) if depth == 0 => out.push(i + 1),
            Some(Kind::Word) if depth == 0 && i > 0 && starts_clause(t, i) => out.push(i),
            _ => {}
        }
    }
    out.push(t.len());
    out
}

/// A connective or condition that opens a clause at token `i`.
fn starts_clause(t: &Tokens, i: usize) -> bool {
    let w = t.word(i);
    let after_comma = t.is_punct(i - 1, ',');
    if t.has(i, Class::IF) {
        return true;
    }
    if after_comma && matches!(w, "and" | "et") && new_subject(t, i) {
        return true;
    }
    match w {
        "whereas" | "whilst" | "tandis" | "although" => true,
        "while" | "but" | "yet" | "mais" | "though" | "because" => after_comma,
        "alors" | "bien" | "parce" => t.word(i + 1) == "que" || t.word(i + 1) == "qu",
        _ => false,
    }
}

/// ", and Guyana shipped rice": after a clause with a verb of its own, ", and" /
/// ", et" opening an actor with its own verb starts a clause with its own subject
/// (not a list: "Mali, Niger, and Chad signed" has no verb before the "and").
fn new_subject(t: &Tokens, i: usize) -> bool {
    let mut j = i + 1;
    while t.has(j, Class::DET) {
        j += 1;
    }
    if t.actor(j).is_none() {
        return false;
    }
    while t.actor(j).is_some()
        || (t.has(j, Class::CONJ) && t.actor(j + 1).is_some())
        || t.has(j, Class::ADV | Class::AUX | Class::MODAL | Class::NEG)
    {
        if t.actor(j).is_none() && super::grammar::verbish(t, j) {
            break;
        }
        j += 1;
    }
    let verb_after = super::grammar::verbish(t, j);
    // The clause before has a verb of its own, since the last clause mark.
    let verb_before = (0..i)
        .rev()
        .take_while(|&k| !matches!(t.kind(k), Some(Kind::Punct(';' | ':'))))
        .any(|k| super::grammar::verbish(t, k));
    verb_after && verb_before
}

/// Cut one segment into its main clause and lifted clauses.
fn segment(t: &Tokens, start: usize, end: usize, out: &mut Vec<Clause>, lifted: &mut Vec<Clause>) {
    let conditional =
        t.has(start, Class::IF) || (t.is_punct(start, ',') && t.has(start + 1, Class::IF));
    let mut main = Clause {
        conditional,
        ..Clause::default()
    };
    let mut i = start;
    while i < end {
        if let Some((to, clause)) = lift(t, i, end) {
            lifted.push(clause);
            i = to;
            continue;
        }
        if !matches!(t.kind(i), Some(Kind::Punct(')' | ']'))) {
            main.toks.push(i);
        }
        i += 1;
    }
    if conditional {
        // The condition runs to the first comma; what follows is the main clause.
        if let Some(p) = main.toks.iter().position(|&k| t.is_punct(k, ',')) {
            // A sentence opened by a condition states its consequence only under
            // it: "If Beijing closed its ports, the trade would shrink".
            let rest = main.toks.split_off(p + 1);
            out.push(main);
            main = Clause {
                toks: rest,
                conditional: t.has(start, Class::IF),
                ..Clause::default()
            };
        }
    }
    out.push(main);
}

/// A lifted clause starting at token `i` (a bracket, a spaced dash, a comma opening a
/// relative clause, aside or apposition, or a relative pronoun right after a noun):
/// where the main clause resumes, and the clause.
fn lift(t: &Tokens, i: usize, end: usize) -> Option<(usize, Clause)> {
    let open = t.kind(i)?;
    let spaced = i > 0 && t.toks[i - 1].range.end < t.toks[i].range.start;
    let dash = matches!(open, Kind::Punct('—' | '–')) && spaced;
    if matches!(open, Kind::Punct('(' | '[')) || dash {
        let close = (i + 1..end)
            .find(|&k| {
                if dash {
                    t.kind(k) == Some(open)
                } else {
                    matches!(t.kind(k), Some(Kind::Punct(')' | ']')))
                }
            })
            .unwrap_or(end);
        let mut toks = antecedent(t, i);
        toks.extend(i + 1..close);
        let resume = (close + 1).min(end);
        return Some((resume, clause(toks)));
    }
    let comma = t.is_punct(i, ',');
    let first = if comma { i + 1 } else { i };
    if first >= end || i == 0 {
        return None;
    }
    let w = t.word(first);
    let relative = (comma && t.has(first, Class::REL))
        || ((matches!(
            w,
            "that" | "que" | "qu" | "qui" | "which" | "who" | "dont" | "where"
        ) || t.is_where(first))
            && follows_noun(t, i - 1));
    if !comma && !relative {
        return None;
    }
    let close = next_comma(t, first + 1, end);
    let resume = if comma { (close + 1).min(end) } else { close };
    if relative {
        // "…, ce qu'Athènes a condamné": "ce" is what the clause before states, and
        // its subject what the relative clause is about.
        let ante = if first > 0 && t.word(first - 1) == "ce" {
            (0..first)
                .find(|&k| t.actor(k).is_some())
                .map_or(Vec::new(), |k| vec![k])
        } else {
            antecedent(t, i)
        };
        if ante.is_empty() {
            return None;
        }
        let body: Vec<usize> = (first + 1..close).collect();
        // French "qui" and English "who" are subjects; "que", "that", "which" either.
        let subject = matches!(w, "qui" | "who");
        let mut c = clause(if subject {
            let mut toks = ante;
            toks.extend(body);
            toks
        } else {
            splice(t, ante, body)
        });
        c.place = w == "where" || t.is_where(first);
        return Some((resume, c));
    }
    // ", led by X," / ", conduits par X,": a participle phrase about the antecedent.
    // ", signé en 2024,": a participle phrase with no verb of its own.
    let participle = close < end
        && t.is_punct(close, ',')
        && t.is_word(first)
        && !t.toks[first].cap
        && (matches!(t.word(first + 1), "by" | "par")
            || (t.toks[first].participle
                && (first + 1..close).all(|k| !super::grammar::verbish(t, k))));
    if participle {
        let mut toks = antecedent(t, i);
        toks.extend(first..close);
        return Some((resume, clause(toks)));
    }
    // ", according to …," / ", selon …," / ", two diplomats said."
    let aside = t.has(first, Class::REPORT)
        || (close - first <= 6
            && (first..close).any(|k| t.has(k, Class::REPORT))
            && (close == end || t.is_punct(close, ',')));
    if aside {
        return Some((resume, clause((first..close).collect())));
    }
    // ", the largest buyers of the cargoes," after an actor: an apposition.
    let quantifier = matches!(
        t.word(first),
        "both" | "all" | "tous" | "toutes" | "deux" | "two"
    );
    let descriptive = (t.has(first, Class::DET | Class::POSS)
        || quantifier
        || t.toks[first].cue.is_some()
        || (t.actor(first).is_some() && t.toks[first].poss))
        // ", the Philippines," / ", the Lao PDR and Myanmar since …" are items of a
        // list.
        && (first..close)
            .find(|&k| !t.has(k, Class::DET))
            .is_some_and(|k| t.actor(k).is_none() || t.toks[k].poss);
    let closed = close < end && t.is_punct(close, ',');
    let verbless = (first..close).all(|k| !super::grammar::verbish(t, k));
    let ante = antecedent(t, i);
    // ", Togo's President Faure Gnassingbe," after "the mediator" names it: kept.
    let names = ante.last().is_some_and(|&k| t.actor(k).is_none())
        && (first..close).any(|k| {
            t.actor(k)
                .is_some_and(|a| a.kind == crate::model::EntityKind::Person)
        });
    if descriptive && closed && verbless && !names && ante.iter().any(|&k| t.actor(k).is_some()) {
        let mut toks = ante;
        toks.extend(first..close);
        let mut c = clause(toks);
        c.apposition = true;
        return Some((close + 1, c));
    }
    None
}

fn clause(toks: Vec<usize>) -> Clause {
    Clause {
        toks,
        ..Clause::default()
    }
}

/// The first comma at or after `from` outside brackets, or `end`.
fn next_comma(t: &Tokens, from: usize, end: usize) -> usize {
    let mut depth = 0;
    for k in from..end {
        match t.kind(k) {
            Some(Kind::Punct('(' | '[')) => depth += 1,
            Some(Kind::Punct(')' | ']')) => depth -= 1,
            // A comma inside a list ("where Sudan, Libya and Egypt meet") goes on.
            Some(Kind::Punct(','))
                if depth <= 0
                    && !(k > 0 && t.actor(k - 1).is_some() && t.actor(k + 1).is_some()) =>
            {
                return k;
            }
            _ => {}
        }
    }
    end
}

/// Words that make a conjunction with "que".
#[rustfmt::skip]
const CONJUNCTIONS: &[&str] = &[
    "plutot", "ainsi", "alors", "bien", "parce", "tandis", "lors", "afin", "tant", "plus",
    "moins", "autant", "meme", "tel", "telle", "so", "such", "now",
];

/// Whether token `k` ends a noun phrase (so "that"/"que" after it opens a relative
/// clause rather than a complement): an actor, or a word that is no verb.
fn follows_noun(t: &Tokens, k: usize) -> bool {
    match t.kind(k) {
        Some(Kind::Actor(_)) => true,
        Some(Kind::Word) => {
            // "plutôt que", "ainsi que", "alors que", "parce que": conjunctions;
            // "said on Wednesday that": a complement after a reporting verb.
            let reported = (k.saturating_sub(4)..k).any(|j| t.has(j, Class::REPORT));
            let other =
                Class::PREP | Class::CONJ | Class::ADV | Class::NEG | Class::CONTRAST | Class::TIME;
            !CONJUNCTIONS.contains(&t.word(k))
                && !reported
                && !super::grammar::verbish(t, k)
                && !t.has(k, other)
        }
        _ => false,
    }
}

/// The noun phrase right before token `i` (skipping a comma): its token indexes, for
/// splicing into a lifted clause. An actor list is taken whole; otherwise the phrase
/// runs back over words that are no verb, articles, numbers and "of"/"de".
pub(super) fn antecedent(t: &Tokens, i: usize) -> Vec<usize> {
    let mut k = i;
    if k > 0 && t.is_punct(k - 1, ',') {
        k -= 1;
    }
    // Past a bracket: "The Southern Transitional Council (STC), which …".
    if k > 0 && matches!(t.kind(k - 1), Some(Kind::Punct(')' | ']'))) {
        while k > 0 && !matches!(t.kind(k - 1), Some(Kind::Punct('(' | '['))) {
            k -= 1;
        }
        k = k.saturating_sub(1);
    }
    let end = k;
    let mut start = k;
    let mut steps = 0;
    while start > 0 && steps < 8 {
        let j = start - 1;
        let ok = match t.kind(j) {
            Some(Kind::Actor(_)) => true,
            Some(Kind::Num) => true,
            Some(Kind::Punct('-')) => true,
            Some(Kind::Punct(',')) => t.actor(j + 1).is_some() && j > 0 && t.actor(j - 1).is_some(),
            Some(Kind::Word) => {
                let w = t.word(j);
                !super::grammar::verbish(t, j)
                    && (!t.has(j, Class::PREP) || matches!(w, "of" | "de" | "d" | "du" | "des"))
                    && !t.has(j, Class::REL | Class::SPLIT | Class::REPORT)
            }
            _ => false,
        };
        if !ok {
            break;
        }
        start = j;
        steps += 1;
    }
    // Do not begin on a preposition or a list comma.
    while start < end
        && (t.has(start, Class::PREP) || t.is_punct(start, ',') || t.is_punct(start, '-'))
    {
        start += 1;
    }
    (start..end).collect()
}

/// A relative clause with its antecedent spliced in: as subject when a verb follows
/// the pronoun, else after the verb group of the clause's own subject.
fn splice(t: &Tokens, ante: Vec<usize>, body: Vec<usize>) -> Vec<usize> {
    let verb_first = body.first().is_some_and(|&k| {
        super::grammar::verbish(t, k)
            || t.has(k, Class::ADV | Class::NEG | Class::AUX | Class::MODAL)
    }) || body
        .first()
        .is_some_and(|&k| t.has(k, Class::PRON) && t.word(k) == "se");
    if verb_first || body.is_empty() {
        let mut toks = ante;
        toks.extend(body);
        return toks;
    }
    // Object relative: "[that] Congo and Rwanda signed …" → after the verb group.
    let mut p = 0;
    while p < body.len() && !super::grammar::verbish(t, body[p]) {
        p += 1;
    }
    while p < body.len()
        && (super::grammar::verbish(t, body[p]) || t.has(body[p], Class::ADV | Class::NEG))
    {
        p += 1;
    }
    let mut toks: Vec<usize> = body[..p].to_vec();
    toks.extend(ante);
    toks.extend(&body[p..]);
    toks
}
