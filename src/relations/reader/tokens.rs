//! The tokens of one sentence for the clause reader: its words (folded, with their
//! word classes and cues), its punctuation, and each actor mention as one token.
//!
//! Which mentions are actors (docs/relations.md, "Actors"): countries, organisations,
//! people and other groups are; a place is not, except a place that belongs to a
//! country (a capital: "Ankara denies"), which stands for that country's government
//! when the reader finds it in an argument position. Regions, seas and events are
//! read as plain words, so "Free Trade Agreement" still says "trade agreement".

use std::ops::Range;

use super::actors::{Actor, Ents};
use super::cues;
use super::listing;
use super::money;

use super::words::{Class, class};

use crate::text::{fold_into, is_word_char};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    /// A word starting with a digit ("120", "2025").
    Num,
    Punct(char),
    /// An actor mention: an index into `Tokens::actors`.
    Actor(usize),
}

/// One token of a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// Byte range in the sentence.
    pub range: Range<usize>,
    folded: Range<usize>,
    pub kind: Kind,
    pub class: Class,
    /// Written with a capital first letter.
    pub cap: bool,
    /// Followed by an English possessive `'s`.
    pub poss: bool,
    /// A cue starts here: its lexicon index and how many tokens it spans.
    pub cue: Option<(usize, usize)>,
    /// The word is French "où" (a relative pronoun, folded like "ou").
    where_: bool,
    /// Written like a past participle: French "-é(e)(s)", English "-ed".
    pub participle: bool,
}

/// A sentence as tokens.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    pub toks: Vec<Tok>,
    pub actors: Vec<Actor>,
    buf: String,
    pub french: bool,
}

impl Tokens {
    /// Tokenize `text` (a sentence) with its actor mentions: `mentions` are
    /// (sentence-relative byte range, entity), sorted, not overlapping.
    pub(crate) fn new(
        text: &str,
        mentions: &[(Range<usize>, usize)],
        ents: &Ents,
        french: bool,
    ) -> Tokens {
        let mut t = Tokens {
            toks: Vec::with_capacity(text.len() / 5 + 4),
            actors: Vec::new(),
            buf: String::with_capacity(text.len()),
            french,
        };
        let belgium = ents
            .belgium
            .is_some_and(|b| mentions.iter().any(|m| m.1 == b));
        let bytes = text.as_bytes();
        let mut m = 0;
        let mut i = 0;
        while i < text.len() {
            while m < mentions.len() && mentions[m].0.end <= i {
                m += 1;
            }
            if let Some((range, e)) = mentions.get(m).filter(|x| x.0.start <= i) {
                let range = range.clone();
                // "US$30", "A$12": a currency, not the country.
                let currency = text[range.end..].starts_with('$');
                if let Some(actor) = text
                    .get(range.clone())
                    .filter(|_| !currency)
                    .and_then(|s| ents.actor(*e, s, belgium))
                {
                    t.actors.push(actor);
                    t.push(range.clone(), Kind::Actor(t.actors.len() - 1), text);
                    i = range.end;
                    m += 1;
                    continue;
                }
                m += 1;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let next_mention = mentions.get(m).map_or(text.len(), |x| x.0.start.max(i + 1));
            if is_word_char(c) {
                let mut end = i;
                let digits = c.is_ascii_digit();
                for (j, c) in text[i..].char_indices() {
                    // "2,5", "3.5", "1.000": one number.
                    let decimal = digits
                        && matches!(c, ',' | '.')
                        && text[i + j + 1..].starts_with(|d: char| d.is_ascii_digit());
                    if (!is_word_char(c) && !decimal) || i + j >= next_mention {
                        break;
                    }
                    end = i + j + c.len_utf8();
                }
                let kind = if c.is_ascii_digit() {
                    Kind::Num
                } else {
                    Kind::Word
                };
                t.push(i..end, kind, text);
                i = end;
            } else if c.is_whitespace() {
                i += c.len_utf8();
            } else if matches!(c, '\'' | '’' | '‘' | 'ʼ') {
                // An English possessive ('s) marks the token before it; an elision
                // (l', d', qu') leaves its word as a word of its own.
                let after = i + c.len_utf8();
                let s_word = bytes.get(after).is_some_and(|b| *b == b's' || *b == b'S')
                    && !text[after + 1..].chars().next().is_some_and(is_word_char);
                let glued = t.toks.last().is_some_and(|p| p.range.end == i);
                if s_word && glued && !french {
                    if let Some(p) = t.toks.last_mut() {
                        p.poss = true;
                    }
                    i = after + 1;
                } else {
                    i = after;
                }
            } else {
                t.push(i..i + c.len_utf8(), Kind::Punct(c), text);
                i += c.len_utf8();
            }
        }
        t.find_cues();
        t.money_cues();
        t.governments(ents);
        t
    }

    fn push(&mut self, range: Range<usize>, kind: Kind, text: &str) {
        let from = self.buf.len();
        let s = &text[range.clone()];
        if kind == Kind::Word || kind == Kind::Num {
            fold_into(s, &mut self.buf);
        }
        let folded = from..self.buf.len();
        let where_ = s == "où" || s == "Où";
        let class = if where_ {
            Class::REL
        } else if kind == Kind::Word {
            class(&self.buf[folded.clone()], self.french)
        } else {
            Class::default()
        };
        self.toks.push(Tok {
            range,
            folded,
            kind,
            class,
            cap: s.chars().next().is_some_and(char::is_uppercase),
            poss: false,
            cue: None,
            where_,
            participle: ["é", "ée", "és", "ées", "ed"]
                .iter()
                .any(|e| s.ends_with(e)),
        });
    }

    /// The folded form of token `i` ("" for punctuation and actors).
    pub(crate) fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.buf[t.folded.clone()])
    }

    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    pub(crate) fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub(crate) fn class(&self, i: usize) -> Class {
        self.toks.get(i).map_or(Class::default(), |t| t.class)
    }

    pub(crate) fn has(&self, i: usize, c: Class) -> bool {
        self.class(i).has(c)
    }

    pub(crate) fn actor(&self, i: usize) -> Option<&Actor> {
        match self.kind(i)? {
            Kind::Actor(a) => self.actors.get(a),
            _ => None,
        }
    }

    pub(crate) fn is_punct(&self, i: usize, p: char) -> bool {
        self.kind(i) == Some(Kind::Punct(p))
    }

    /// French "où" (folded like "ou", "or").
    pub(crate) fn is_where(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.where_)
    }

    /// A word token (not punctuation, number or actor).
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// Mark every cue: at each word, the longest lexicon entry whose words follow
    /// (hyphens between them are skipped: "libre-échange", "co-operation").
    fn find_cues(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            if self.toks[i].kind != Kind::Word {
                i += 1;
                continue;
            }
            // Token indexes of the words from i on, over hyphens, up to four.
            let mut at = [usize::MAX; 4];
            let mut k = i;
            for slot in &mut at {
                while self.is_punct(k, '-')
                    && self.toks[k].range.start == self.toks[k - 1].range.end
                {
                    k += 1;
                }
                if !self.is_word(k) {
                    break;
                }
                *slot = k;
                k += 1;
            }
            let found = cues::find(self.french, |j| {
                at.get(j)
                    .filter(|&&x| x != usize::MAX)
                    .map(|&x| self.word(x))
            });
            match found {
                Some((entry, n)) => {
                    let last = at[n - 1];
                    self.toks[i].cue = Some((entry, last + 1 - i));
                    i = last + 1;
                }
                None => i += 1,
            }
        }
    }
}

impl Tokens {
    /// Mark the verbs whose object is a sum of money (`money`) as give cues, and the
    /// verbs that put their object on a list (`listing`) as sanctions. After
    /// `find_cues`: a lexicon cue wins, and `verbish` reads the cues around.
    fn money_cues(&mut self) {
        for k in 0..self.toks.len() {
            if self.toks[k].kind != Kind::Word || self.toks[k].cue.is_some() {
                continue;
            }
            if money::gives_sum(self, k) {
                self.toks[k].cue = Some((cues::MONEY, 1));
            } else if listing::lists(self, k) {
                self.toks[k].cue = Some((cues::LISTING, 1));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str, french: bool) -> Vec<String> {
        let ents = Ents::new(&[]);
        let t = Tokens::new(text, &[], &ents, french);
        (0..t.len())
            .map(|i| match t.toks[i].kind {
                Kind::Punct(c) => c.to_string(),
                _ => {
                    let mut s = t.word(i).to_string();
                    if t.toks[i].poss {
                        s.push_str("+s");
                    }
                    if let Some((e, n)) = t.toks[i].cue {
                        s.push_str(&format!("<{}:{n}>", cues::entry(e).kind.as_str()));
                    }
                    s
                }
            })
            .collect()
    }

    #[test]
    fn words_punctuation_possessives_and_elisions() {
        assert_eq!(
            toks("The bloc's talks, l’embargo (d'armes).", false),
            [
                "the",
                "bloc+s",
                "talks<dialogue:1>",
                ",",
                "l",
                "embargo<sanctions:1>",
                "(",
                "d",
                "armes",
                ")",
                "."
            ]
        );
        assert_eq!(
            toks("accord de libre-échange, qu’il n’a", true),
            [
                "accord<cooperation:1>",
                "de",
                "libre<trade:3>",
                "-",
                "echange",
                ",",
                "qu",
                "il",
                "n",
                "a"
            ]
        );
    }

    #[test]
    fn cues_follow_the_language() {
        assert_eq!(
            toks("les sanctions exportent", true)[2],
            "exportent<trade:1>"
        );
        assert_eq!(toks("vendredi", true), ["vendredi"]);
        assert_eq!(toks("important", true), ["important"]);
    }
}
