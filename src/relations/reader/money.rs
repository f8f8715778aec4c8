//! Sums of money given (docs/relations.md, "Money"): a verb whose object is a sum
//! gives it, whatever the verb — "released US$20 million for Somalia", "approved a $30
//! million credit for Haiti", "a accordé deux milliards d'euros à Thyssenkrupp". The
//! verb is read with the give frame, so only a recipient in "to", "for", "à", "pour"
//! makes a link ("spent $2 billion on Russian gas", "borrowed $1 billion from China"
//! name none).

use super::grammar::verbish;
use super::tokens::{Kind, Tokens};
use super::words::Class;

/// Words that can stand between a verb and its sum: "a further", "plus de", "près
/// d'un", "about", "a total of".
fn quantifier(t: &Tokens, k: usize) -> bool {
    t.has(k, Class::DET | Class::ADV)
        || matches!(
            t.word(k),
            "further"
                | "additional"
                | "another"
                | "extra"
                | "total"
                | "of"
                | "about"
                | "around"
                | "roughly"
                | "nearly"
                | "almost"
                | "some"
                | "over"
                | "more"
                | "than"
                | "up"
                | "to"
                | "plus"
                | "pres"
                | "de"
                | "d"
                | "environ"
                | "quelque"
                | "supplementaires"
        )
}

/// Number words that open a sum ("deux milliards", "one billion").
fn number_word(w: &str) -> bool {
    matches!(
        w,
        "un" | "une"
            | "deux"
            | "trois"
            | "quatre"
            | "cinq"
            | "dix"
            | "cent"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "ten"
            | "hundred"
    )
}

fn scale(w: &str) -> bool {
    matches!(
        w,
        "million" | "millions" | "milliard" | "milliards" | "billion" | "billions" | "bn" | "mn"
    )
}

fn currency(w: &str) -> bool {
    matches!(
        w,
        "dollars"
            | "dollar"
            | "euros"
            | "euro"
            | "pounds"
            | "livres"
            | "francs"
            | "yuan"
            | "yen"
            | "roubles"
            | "rubles"
            | "rupees"
            | "roupies"
            | "dirhams"
            | "usd"
            | "eur"
    )
}

fn sign(t: &Tokens, k: usize) -> bool {
    ['$', '£', '€', '¥'].iter().any(|&c| t.is_punct(k, c))
}

/// Whether a sum of money starts at token `k`: a currency sign before a number
/// ("$30", "US$20", "€2.5"), a number with a currency ("48 euros", "deux milliards
/// d'euros"), or a number with a scale that heads its phrase ("850 millions à", "a
/// further 48 million,"; not "2 million people").
pub(super) fn sum_at(t: &Tokens, k: usize) -> bool {
    let glued = |a: usize, b: usize| t.toks[a].range.end == t.toks[b].range.start;
    if sign(t, k) {
        return t.kind(k + 1) == Some(Kind::Num);
    }
    if t.is_word(k) && t.word(k).len() <= 3 && sign(t, k + 1) && glued(k, k + 1) {
        return t.kind(k + 2) == Some(Kind::Num);
    }
    let number = t.kind(k) == Some(Kind::Num) || (t.is_word(k) && number_word(t.word(k)));
    if !number {
        return false;
    }
    let mut q = k + 1;
    let scaled = scale(t.word(q));
    if scaled {
        q += 1;
    }
    if matches!(t.word(q), "de" | "d" | "of") {
        q += 1;
    }
    currency(t.word(q))
        || (scaled
            && (q >= t.len()
                || t.has(q, Class::PREP)
                || t.kind(q).is_some_and(|k| matches!(k, Kind::Punct(_)))))
}

/// Whether the word at `k` is a verb whose object is a sum: the sum right after it,
/// past a few quantifiers. Verbs whose subject takes or owes the sum are left out.
pub(super) fn gives_sum(t: &Tokens, k: usize) -> bool {
    let mut q = k + 1;
    while q < t.len() && q < k + 5 && !sum_at(t, q) && quantifier(t, q) {
        q += 1;
    }
    if q >= t.len() || !sum_at(t, q) {
        return false;
    }
    let w = t.word(k);
    const TAKE: &[&str] = &[
        "receiv", "recu", "obtain", "obten", "obtenu", "owe", "doi", "borrow", "emprunt", "rais",
        "lev", "earn", "gagn", "los", "lost", "perd", "cost", "spen", "depens", "sought", "seek",
        "request", "demand", "need",
    ];
    !t.has(
        k,
        Class::AUX | Class::MODAL | Class::BE | Class::REPORT | Class::REFUSE | Class::OBSERVE,
    ) && !TAKE.iter().any(|s| w.starts_with(s))
        && verbish(t, k)
}
