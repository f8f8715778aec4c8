//! Words of one paragraph for the candidate rules: known mentions as single tokens,
//! French elisions split off (l’Ouzbékistan → l’ + Ouzbékistan), English possessives
//! dropped (Putin's → Putin), and what separates each token from the previous one.
//! Where sentences start is the splitter's (`text::Sentences::through_quotes`: a
//! capital after `prêts. ` inside a quotation still opens a sentence), not a guess of
//! this tokenizer's own: `Dr. Smith` is one run here exactly when it is one sentence
//! there.

use std::iter::Peekable;
use std::ops::Range;

use super::words::{Class, class, is_elision, is_name_prefix};
use crate::text::{Sentences, fold_into, fold_str, is_word_char};

/// What lies between a token and the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Gap {
    /// Only spaces: the two may belong to one name.
    Space,
    /// Punctuation (a comma, a bracket, a quote): they do not.
    Punct,
    /// A colon: what follows may open with a capital as a sentence does (`Il a dit :
    /// Nous…`), so the rules treat it like a sentence start.
    Clause,
    /// A sentence starts at this token (or the token opens the paragraph).
    Sentence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A known entity (index in the matcher's universe).
    Mention(u32),
    /// A capitalised word, or a name glued to a lowercase prefix (al-Sharaa).
    Cap,
    /// Any other word.
    Lower,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    pub gap: Gap,
    /// The word's classes (empty for mentions).
    pub class: Class,
    /// A full stop follows the token ("Jr.", "U.S."), which the splitter may not have
    /// taken for a sentence end.
    pub dotted: bool,
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '\u{2010}' | '\u{2011}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Tokenize `text` into `out` (cleared first). `found` are the known mentions, sorted.
pub(crate) fn tokenize(
    text: &str,
    found: &[(u32, Range<usize>)],
    buf: &mut String,
    out: &mut Vec<Tok>,
) {
    out.clear();
    let mut mentions = found.iter().peekable();
    let mut starts = Sentences::through_quotes(text).map(|r| r.start).peekable();
    let mut gap = Gap::Space;
    let mut i = 0;
    while i < text.len() {
        let next_mention = mentions.peek().map_or(text.len(), |(_, r)| r.start);
        if i == next_mention
            && let Some((entity, r)) = mentions.next()
        {
            out.push(Tok {
                start: r.start as u32,
                end: r.end as u32,
                kind: Kind::Mention(*entity),
                gap: sentence_gap(&mut starts, i, gap),
                class: Class::default(),
                dotted: text[r.end..].starts_with('.'),
            });
            gap = Gap::Space;
            i = r.end.max(i + 1);
            continue;
        }
        let Some(c) = char_at(text, i) else {
            break;
        };
        if !is_word_char(c) {
            // The apostrophe of an elision before a known name ("l’Afrique", "d'Iran")
            // joins words as a space does.
            let elided = is_apostrophe(c)
                && out.last().is_some_and(|t| {
                    t.end as usize == i && {
                        buf.clear();
                        fold_into(&text[t.start as usize..i], buf);
                        is_elision(buf)
                    }
                });
            if !elided {
                gap = gap.max(separator(c));
            }
            i += c.len_utf8();
            continue;
        }
        let end = word_end(text, i, next_mention);
        push_word(text, i..end, sentence_gap(&mut starts, i, gap), buf, out);
        gap = possessor_gap(text, out, end, buf);
        i = end;
    }
}

/// The gap after the word just pushed that ended at byte `end`: a possessive that
/// ends a name of two capitalised words or more ends its run ("the Commerce
/// Department's Bureau of Industry and Security" names two bodies), one after a single
/// word stays in it ("People's Liberation Army", "Swiss People's Party").
fn possessor_gap(text: &str, out: &[Tok], end: usize, buf: &mut String) -> Gap {
    let n = out.len();
    let possessive = n >= 2 && (out[n - 1].end as usize) < end;
    let name = possessive
        && out[n - 1].kind == Kind::Cap
        && out[n - 1].gap == Gap::Space
        && out[n - 2].kind == Kind::Cap
        && !class(fold_tok(text, &out[n - 2], buf)).has(Class::STOP);
    if name { Gap::Punct } else { Gap::Space }
}

/// `Gap::Sentence` when a sentence starts between the last token and the one at
/// byte `at` (its first word may follow an opening quote), else `gap`.
fn sentence_gap(starts: &mut Peekable<impl Iterator<Item = usize>>, at: usize, gap: Gap) -> Gap {
    let mut started = false;
    while starts.next_if(|&s| s <= at).is_some() {
        started = true;
    }
    if started { Gap::Sentence } else { gap }
}

/// The char at byte `i` (a char boundary), decoding only non-ASCII bytes.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// Where the word starting at `start` ends: letters, digits and marks, joined by
/// hyphens and apostrophes that sit between two of them, never into a mention.
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut k = start;
    while k < limit {
        // Plain ASCII letters and digits, the bulk of any word, without decoding.
        if bytes[k].is_ascii_alphanumeric() {
            k += 1;
            end = k;
            continue;
        }
        let Some(c) = char_at(text, k) else {
            break;
        };
        let next = k + c.len_utf8();
        if is_word_char(c) {
            k = next;
            end = k;
        } else if is_joiner(c) && next < limit && char_at(text, next).is_some_and(is_word_char) {
            k = next;
        } else {
            break;
        }
    }
    end
}

fn push_word(text: &str, range: Range<usize>, gap: Gap, buf: &mut String, out: &mut Vec<Tok>) {
    let word = &text[range.clone()];
    let mut start = range.start;
    let mut end = range.end;
    // French elision: l’Ouzbékistan, d'Alger, qu'il.
    if let Some((k, a)) = word.char_indices().find(|&(_, c)| is_apostrophe(c)) {
        buf.clear();
        fold_into(&word[..k], buf);
        if is_elision(buf) {
            out.push(Tok {
                start: start as u32,
                end: (start + k) as u32,
                kind: Kind::Lower,
                gap,
                class: class(buf),
                dotted: false,
            });
            start += k + a.len_utf8();
            return push_word(text, start..end, Gap::Space, buf, out);
        }
    }
    // English possessive: Putin's, Tokayev’s.
    for suffix in ["'s", "\u{2019}s"] {
        if text[start..end].ends_with(suffix) && end - suffix.len() > start {
            end -= suffix.len();
        }
    }
    // "Jr." and "Sr." keep their full stop: it is part of the name.
    let dotted = text[end..].starts_with('.');
    if dotted && matches!(&text[start..end], "Jr" | "Sr") {
        end += 1;
    }
    let word = &text[start..end];
    let kind = if word.chars().next().is_some_and(char::is_uppercase) {
        Kind::Cap
    } else if let Some((prefix, rest)) = word.split_once('-')
        && rest.chars().next().is_some_and(char::is_uppercase)
        && is_name_prefix(&fold_str(prefix))
    {
        Kind::Cap
    } else {
        Kind::Lower
    };
    out.push(Tok {
        start: start as u32,
        end: end as u32,
        kind,
        gap,
        // Filled by `classify` where the rules will look.
        class: Class::default(),
        dotted,
    });
}

/// The folded text of a token, in `buf`.
pub(crate) fn fold_tok<'b>(text: &str, t: &Tok, buf: &'b mut String) -> &'b str {
    buf.clear();
    fold_into(&text[t.start as usize..t.end as usize], buf);
    buf
}

/// Fill in the classes of the tokens the candidate rules read: every capitalised
/// word and the `window` tokens before it. Most words of a text are never looked at.
pub(crate) fn classify(text: &str, toks: &mut [Tok], window: usize, buf: &mut String) {
    let mut done = 0;
    for i in 0..toks.len() {
        if toks[i].kind != Kind::Cap {
            continue;
        }
        for t in &mut toks[done.max(i.saturating_sub(window))..=i] {
            if matches!(t.kind, Kind::Mention(_)) {
                continue;
            }
            buf.clear();
            fold_into(&text[t.start as usize..t.end as usize], buf);
            t.class = class(buf);
        }
        done = i + 1;
    }
}

/// The gap a non-word char opens. A full stop that ends no sentence (`Dr.`, `M.`,
/// `U.S.`) only spaces words, so a title stays in its name's run.
fn separator(c: char) -> Gap {
    match c {
        c if c.is_whitespace() => Gap::Space,
        '.' => Gap::Space,
        ':' => Gap::Clause,
        _ => Gap::Punct,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, Kind, Gap)> {
        let mut out = Vec::new();
        tokenize(text, &[], &mut String::new(), &mut out);
        out.iter()
            .map(|t| {
                (
                    text[t.start as usize..t.end as usize].to_string(),
                    t.kind,
                    t.gap,
                )
            })
            .collect()
    }

    #[test]
    fn elisions_possessives_and_name_prefixes() {
        let w = words("avec l’Ouzbékistan. Putin's aide met al-Sharaa");
        let texts: Vec<&str> = w.iter().map(|(t, _, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "avec",
                "l",
                "Ouzbékistan",
                "Putin",
                "aide",
                "met",
                "al-Sharaa"
            ]
        );
        assert_eq!(w[2].1, Kind::Cap);
        assert_eq!(w[3].2, Gap::Sentence);
        assert_eq!(w[6].1, Kind::Cap);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let w = words("by Dr. Smith, then M. Dupont.");
        let gaps: Vec<Gap> = w.iter().map(|(_, _, g)| *g).collect();
        assert_eq!(
            gaps,
            [
                Gap::Sentence,
                Gap::Space,
                Gap::Space,
                Gap::Punct,
                Gap::Space,
                Gap::Space
            ]
        );
    }
}
