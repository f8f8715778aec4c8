//! The cue lexicon: words that give a relation its kind, in English and French.
//!
//! Words are compared folded (`text::fold_str`: lower case, accents stripped, as the
//! entity matcher folds), so `coopération` and `cooperation` are one cue. A pattern word ending in `*` is a stem and matches any
//! word it begins (`sanction*`: sanction, sanctions, sanctionner, sanctioned); other
//! pattern words match exactly (stems that would catch unrelated words, like
//! `import*` → important, are spelt out). Multi-word cues match consecutive words;
//! elided articles are words of their own (`livraison d'armes` → livraison, d, armes).
//! The full table is documented in docs/relations.md.

use std::ops::Range;
use std::sync::LazyLock;

use crate::model::RelationKind;
use crate::text::{fold_into, is_word_char};

/// One entry of the lexicon.
pub struct CueWord {
    pub pattern: &'static [&'static str],
    pub kind: RelationKind,
    /// A weak cue (energy words) only gives the kind when no ordinary cue is eligible:
    /// "coopération énergétique" is cooperation because of "coopération".
    pub weak: bool,
}

const fn cue(pattern: &'static [&'static str], kind: RelationKind) -> CueWord {
    CueWord {
        pattern,
        kind,
        weak: false,
    }
}

const fn weak(pattern: &'static [&'static str], kind: RelationKind) -> CueWord {
    CueWord {
        pattern,
        kind,
        weak: true,
    }
}

use RelationKind::*;

/// The lexicon, most specific kinds first (the order breaks ties between cues at the
/// same distance).
pub const LEXICON: &[CueWord] = &[
    cue(&["sanction*"], Sanctions),
    cue(&["embargo*"], Sanctions),
    cue(&["blacklist*"], Sanctions),
    cue(&["liste*", "noire*"], Sanctions),
    cue(&["pression*"], Pressure),
    cue(&["pressur*"], Pressure),
    cue(&["ultimatum*"], Pressure),
    cue(&["coerc*"], Pressure),
    cue(&["chantage*"], Pressure),
    cue(&["aid"], Aid),
    cue(&["aids"], Aid),
    cue(&["aide"], Aid),
    cue(&["aides"], Aid),
    cue(&["assistance"], Aid),
    cue(&["livraison*", "d", "arme*"], Aid),
    cue(&["arms", "deliver*"], Aid),
    cue(&["weapons", "deliver*"], Aid),
    cue(&["allian*"], Alliance),
    cue(&["allie"], Alliance),
    cue(&["allies"], Alliance),
    cue(&["alliee"], Alliance),
    cue(&["alliees"], Alliance),
    cue(&["ally"], Alliance),
    cue(&["allied"], Alliance),
    cue(&["partenariat*"], Alliance),
    cue(&["partnership*"], Alliance),
    cue(&["pact"], Alliance),
    cue(&["pacts"], Alliance),
    cue(&["pacte"], Alliance),
    cue(&["pactes"], Alliance),
    cue(&["projet*", "conjoint*"], Cooperation),
    cue(&["joint", "project*"], Cooperation),
    cue(&["joint", "venture*"], Cooperation),
    cue(&["coopera*"], Cooperation),
    cue(&["coopere*"], Cooperation),
    cue(&["cooperer"], Cooperation),
    cue(&["collabor*"], Cooperation),
    cue(&["accord"], Cooperation),
    cue(&["accords"], Cooperation),
    cue(&["agreement*"], Cooperation),
    cue(&["gazoduc*"], Cooperation),
    cue(&["gas", "pipeline*"], Cooperation),
    cue(&["oleoduc*"], Cooperation),
    cue(&["oil", "pipeline*"], Cooperation),
    // "échanges" alone are exchanges of every kind; "échanges commerciaux" are trade.
    cue(&["echanges"], Cooperation),
    cue(&["echange"], Cooperation),
    weak(&["energ*"], Cooperation),
    cue(&["dialog*"], Dialogue),
    cue(&["sommet*"], Dialogue),
    cue(&["summit*"], Dialogue),
    cue(&["talk*"], Dialogue),
    cue(&["entretiens"], Dialogue),
    cue(&["entretien"], Dialogue),
    cue(&["rencontr*"], Dialogue),
    cue(&["met"], Dialogue),
    cue(&["meet*"], Dialogue),
    cue(&["visit*"], Dialogue),
    cue(&["discussion*"], Dialogue),
    cue(&["discut*"], Dialogue),
    cue(&["negoci*"], Dialogue),
    cue(&["negotiat*"], Dialogue),
    cue(&["pourparlers"], Dialogue),
    cue(&["rapproch*"], Rapprochement),
    cue(&["normalis*"], Rapprochement),
    cue(&["normaliz*"], Rapprochement),
    cue(&["detente"], Rapprochement),
    cue(&["thaw*"], Rapprochement),
    cue(&["reconcil*"], Rapprochement),
    cue(&["tension*"], Tension),
    cue(&["conflit*"], Tension),
    cue(&["conflict*"], Tension),
    cue(&["warn*"], Tension),
    cue(&["avert*"], Tension),
    cue(&["menac*"], Tension),
    cue(&["threat*"], Tension),
    cue(&["accus*"], Tension),
    cue(&["condamn*"], Tension),
    cue(&["condemn*"], Tension),
    cue(&["clash*"], Tension),
    cue(&["affrontement*"], Tension),
    cue(&["hostil*"], Tension),
    cue(&["differend*"], Tension),
    cue(&["dispute*"], Tension),
    cue(&["commerc*"], Trade),
    cue(&["trade"], Trade),
    cue(&["trades"], Trade),
    cue(&["traded"], Trade),
    cue(&["trading"], Trade),
    cue(&["echange*", "commerc*"], Trade),
    cue(&["export*"], Trade),
    cue(&["import"], Trade),
    cue(&["imports"], Trade),
    cue(&["imported"], Trade),
    cue(&["importation*"], Trade),
    cue(&["importe"], Trade),
    cue(&["importent"], Trade),
    cue(&["tarif*"], Trade),
    cue(&["tariff*"], Trade),
    cue(&["droits", "de", "douane"], Trade),
    cue(&["douan*"], Trade),
];

/// A word of a sentence: its byte range there and where its folded form is in
/// `Words::folded`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub range: Range<usize>,
    folded: Range<usize>,
}

/// The words of a sentence, their folded forms in one buffer (one allocation per
/// sentence, not per word).
#[derive(Debug, Clone, Default)]
pub struct Words {
    pub list: Vec<Word>,
    buf: String,
}

impl Words {
    /// The folded form of word `i`.
    pub fn folded(&self, i: usize) -> &str {
        self.list.get(i).map_or("", |w| &self.buf[w.folded.clone()])
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }
}

/// A cue found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub kind: RelationKind,
    pub weak: bool,
    /// Indexes of its first and last words in the word list.
    pub words: Range<usize>,
    /// Byte range of the cue in the sentence, as written.
    pub range: Range<usize>,
}

/// The words of `text` (runs of letters and digits), each folded.
pub fn words(text: &str) -> Words {
    let mut out = Words {
        list: Vec::new(),
        buf: String::with_capacity(text.len()),
    };
    let mut start = None;
    let push = |out: &mut Words, range: Range<usize>| {
        let from = out.buf.len();
        fold_into(&text[range.clone()], &mut out.buf);
        let folded = from..out.buf.len();
        out.list.push(Word { range, folded });
    };
    for (i, c) in text.char_indices() {
        match (start, is_word_char(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                push(&mut out, s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push(&mut out, s..text.len());
    }
    out
}

fn matches(pattern: &str, word: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == pattern,
    }
}

/// Lexicon entries by the first two letters of their first word: a word is only
/// compared with the few entries that can match it (a table, not a hash: this runs
/// for every word of every sentence naming two countries). Every first pattern word
/// starts with two ASCII letters (checked by a test).
fn candidates(word: &str) -> &'static [usize] {
    static TABLE: LazyLock<Vec<Vec<usize>>> = LazyLock::new(|| {
        let mut table = vec![Vec::new(); 26 * 26];
        for (k, c) in LEXICON.iter().enumerate() {
            if let Some(slot) = slot(c.pattern[0]) {
                table[slot].push(k);
            }
        }
        table
    });
    slot(word).map_or(&[], |i| TABLE[i].as_slice())
}

fn slot(word: &str) -> Option<usize> {
    match word.as_bytes() {
        [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => {
            Some((a - b'a') as usize * 26 + (b - b'a') as usize)
        }
        _ => None,
    }
}

/// Every cue among `words`, in order; where two cues start at one word the longer wins.
pub fn find(words: &Words) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let best = candidates(words.folded(i))
            .iter()
            .map(|&k| &LEXICON[k])
            .filter(|c| {
                c.pattern.len() <= words.len() - i
                    && c.pattern
                        .iter()
                        .enumerate()
                        .all(|(j, p)| matches(p, words.folded(i + j)))
            })
            .max_by_key(|c| (c.pattern.len(), std::cmp::Reverse(c.kind)));
        match best {
            Some(c) => {
                let last = i + c.pattern.len() - 1;
                hits.push(Hit {
                    kind: c.kind,
                    weak: c.weak,
                    words: i..last + 1,
                    range: words.list[i].range.start..words.list[last].range.end,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(RelationKind, &str)> {
        find(&words(text))
            .into_iter()
            .map(|h| (h.kind, &text[h.range]))
            .collect()
    }

    #[test]
    fn french_and_english_inflections() {
        assert_eq!(
            kinds("Les sanctions, sanctionnées; the US sanctioned them"),
            [
                (Sanctions, "sanctions"),
                (Sanctions, "sanctionnées"),
                (Sanctions, "sanctioned")
            ]
        );
        assert_eq!(
            kinds("la Coopération et la cooperation, cooperating"),
            [
                (Cooperation, "Coopération"),
                (Cooperation, "cooperation"),
                (Cooperation, "cooperating")
            ]
        );
        assert_eq!(
            kinds("ils ont rencontré, they met"),
            [(Dialogue, "rencontré"), (Dialogue, "met")]
        );
    }

    #[test]
    fn multi_word_cues_are_kept_as_written() {
        assert_eq!(
            kinds("des projets conjoints et la livraison d’armes"),
            [
                (Cooperation, "projets conjoints"),
                (Aid, "livraison d’armes")
            ]
        );
        assert_eq!(kinds("a gas pipeline"), [(Cooperation, "gas pipeline")]);
    }

    #[test]
    fn spelt_out_forms_do_not_overreach() {
        assert!(kinds("an important accordingly metal meta").is_empty());
        assert_eq!(
            kinds("imports, exportations"),
            [(Trade, "imports"), (Trade, "exportations")]
        );
        assert_eq!(
            kinds("les échanges, les échanges commerciaux"),
            [(Cooperation, "échanges"), (Trade, "échanges commerciaux")]
        );
    }

    #[test]
    fn first_pattern_words_are_long_enough_to_index() {
        for c in LEXICON {
            assert!(
                c.pattern[0].trim_end_matches('*').len() >= 3,
                "{:?}",
                c.pattern
            );
        }
    }

    #[test]
    fn every_cue_is_documented() {
        let doc = include_str!("../../docs/relations.md");
        for c in LEXICON {
            let written = format!("`{}`", c.pattern.join(" "));
            assert!(
                doc.contains(&written),
                "{written} missing from docs/relations.md"
            );
        }
    }

    #[test]
    fn energy_words_are_weak() {
        let hits = find(&words("énergie"));
        assert!(hits[0].weak);
        assert_eq!(hits[0].kind, Cooperation);
    }
}
