//! Parts of speech the reader needs and a POS tagger would give: whether a word
//! reads as a verb (`verbish`), whether an ambiguous cue is a noun or a verb
//! (`cue_pos`), whether an actor stands where a subject stands. Word classes
//! (`words`) and a few endings decide; no dictionary of verbs.

use super::cues::{self, Pos};
use super::tokens::{Kind, Tokens};
use super::words::Class;

/// Whether token `k` reads as a verb: an auxiliary, a word of a verb class, a verb
/// cue (an ambiguous one by the words around it), an English past form.
pub(super) fn verbish(t: &Tokens, k: usize) -> bool {
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
        return cue_pos(t, k, cues::entry(entry).pos) == Pos::Verb;
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
        // A present or imperfect form right after a subject clitic or "qui": "qui
        // maintiennent", "il accuse", "ils ne signeraient".
        let clitic = k > 0
            && matches!(
                t.word(k - 1),
                "qui" | "il" | "elle" | "ils" | "elles" | "on" | "ne" | "n" | "se" | "s"
            );
        let finite = ["ent", "e", "ait", "aient", "a", "ont"]
            .iter()
            .any(|e| w.ends_with(e))
            && !w.ends_with("ment");
        if clitic && finite && !t.has(k, Class::DET | Class::PREP | Class::PRON) {
            return true;
        }
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
pub(super) fn cue_pos(t: &Tokens, k: usize, pos: Pos) -> Pos {
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
    if !t.french && t.word(k).ends_with("ing") && t.has(p, Class::LIGHT | Class::INTEND) {
        // "will keep purchasing Russian oil", "plans trading with": a verb's
        // gerund complement.
        return Pos::Verb;
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
    // "the Nigerien authorities accuse Abuja", "le président accuse la Commission":
    // after the head noun of a subject, with a name or an article right after, a verb.
    let head = t.is_word(p) && !t.toks[p].cap && t.class(p).has(Class::ROLE);
    // "… et accuse Kiev", "and accuses Brussels of": a second verb of the subject
    // before; "l'armée malienne accuse l'Algérie": a French subject ends on its
    // demonym, and a noun would need an article of its own.
    let coordinated = t.has(p, Class::CONJ);
    let demonym = t.french && t.actor(p).is_some_and(|a| a.adjective) && p > 0 && t.is_word(p - 1);
    if (head || coordinated || demonym) && object_follows(t, k + 1) {
        return Pos::Verb;
    }
    Pos::Noun
}

/// Whether an object starts at token `n`: a name (not a demonym) or a determiner.
fn object_follows(t: &Tokens, n: usize) -> bool {
    t.actor(n).is_some_and(|a| !a.adjective) || t.has(n, Class::DET | Class::POSS)
}

/// Whether the actor at token `k` stands where a subject stands: not after a
/// preposition or verb in its phrase.
pub(super) fn subject_position(t: &Tokens, k: usize) -> bool {
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
