//! The alias matcher: one leftmost-longest Aho-Corasick automaton over folded aliases,
//! run over folded text, with word boundaries and case rules checked on each match.
//! The rules are documented in `docs/entities.md`.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use crate::model::Entity;
use crate::text::{Folded, fold_str, is_word_char};

/// How the case of the original text must agree with an alias.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CaseRule {
    /// A lowercase alias (`russe`, `kazakh`): any case.
    Any,
    /// A capitalised alias (`Turkey`): the text must start with a capital too.
    Capital,
    /// A short all-caps alias (`US`, `U.S.`, `UN`, `NATO`): exactly one of these forms.
    Exact(Vec<Box<str>>),
}

impl CaseRule {
    /// The rule an alias imposes (see `docs/entities.md`).
    pub(crate) fn of(alias: &str) -> CaseRule {
        let letters = alias.chars().filter(|c| c.is_alphabetic());
        let (count, all_upper) =
            letters.fold((0, true), |(n, up), c| (n + 1, up && c.is_uppercase()));
        if count > 0 && count <= 5 && all_upper && !alias.contains(' ') {
            CaseRule::Exact(vec![alias.into()])
        } else if alias.chars().next().is_some_and(char::is_uppercase) {
            CaseRule::Capital
        } else {
            CaseRule::Any
        }
    }

    /// Two aliases of one entity fold alike: keep the more permissive rule.
    fn widen(&mut self, other: CaseRule) {
        match (&mut *self, other) {
            (CaseRule::Any, _) => {}
            (_, CaseRule::Any) => *self = CaseRule::Any,
            (CaseRule::Capital, _) => {}
            (_, CaseRule::Capital) => *self = CaseRule::Capital,
            (CaseRule::Exact(forms), CaseRule::Exact(more)) => forms.extend(more),
        }
    }

    fn accepts(&self, original: &str) -> bool {
        match self {
            CaseRule::Any => true,
            CaseRule::Capital => original.chars().next().is_some_and(char::is_uppercase),
            CaseRule::Exact(forms) => forms.iter().any(|f| **f == *original),
        }
    }
}

#[derive(Debug, Clone)]
struct Pattern {
    entity: u32,
    rule: CaseRule,
    /// The alias ends with a hyphen (`russo-`): it must be followed by a letter.
    prefix: bool,
}

/// Finds the aliases of a fixed set of entities in text. Build once per briefing.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
}

impl Matcher {
    /// An automaton over every entity's name and aliases. When two entities claim
    /// aliases that fold alike, the later entity wins (callers order entities so that
    /// overriding ones come last).
    ///
    /// A contiguous NFA, on texts of any length: a full DFA of the gazetteer took 80 ms
    /// to build and 19 MB, and indexed a 20 MB article no faster (1.0–1.3 s against
    /// 1.7 s on two busy cores, docs/performance.md): its tables do not stay in cache.
    pub fn new(entities: &[Entity]) -> Matcher {
        let mut keys: HashMap<String, usize> = HashMap::new();
        let mut folded: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        for (i, entity) in entities.iter().enumerate() {
            for alias in std::iter::once(&entity.name).chain(&entity.aliases) {
                let key = fold_str(alias.trim());
                if key.chars().filter(|c| c.is_alphanumeric()).count() < 2
                    || !key.starts_with(char::is_alphanumeric)
                {
                    continue;
                }
                let rule = CaseRule::of(alias.trim());
                let pattern = Pattern {
                    entity: i as u32,
                    rule: rule.clone(),
                    prefix: key.ends_with('-'),
                };
                match keys.get(&key) {
                    Some(&p) if patterns[p].entity == i as u32 => patterns[p].rule.widen(rule),
                    Some(&p) => patterns[p] = pattern,
                    None => {
                        keys.insert(key.clone(), patterns.len());
                        folded.push(key);
                        patterns.push(pattern);
                    }
                }
            }
        }
        Matcher {
            automaton: build(&folded),
            patterns,
        }
    }

    /// Append to `out` every mention in `original` (folded into `folded` by the caller)
    /// as (entity index, original byte range), in order and never overlapping.
    pub fn find(&self, original: &str, folded: &Folded, out: &mut Vec<(u32, Range<usize>)>) {
        let hay = folded.text();
        let mut pos = 0;
        while pos < hay.len() {
            let Some(first) = self.automaton.find(Input::new(hay).span(pos..hay.len())) else {
                break;
            };
            let start = first.start();
            if !starts_word(hay, start) {
                pos = next_word_start(hay, start);
                continue;
            }
            // The longest alias here may fail its checks while a shorter one passes.
            let mut candidate = Some(first);
            let mut accepted = None;
            while let Some(m) = candidate {
                let pattern = &self.patterns[m.pattern().as_usize()];
                let range = folded.orig_range(original, m.range());
                if ends_ok(hay, m.end(), pattern.prefix)
                    && pattern.rule.accepts(&original[range.clone()])
                {
                    accepted = Some((pattern.entity, range, m.end()));
                    break;
                }
                candidate = (m.end() > start + 1)
                    .then(|| {
                        let input = Input::new(hay)
                            .range(start..m.end() - 1)
                            .anchored(Anchored::Yes);
                        self.automaton.find(input)
                    })
                    .flatten();
            }
            match accepted {
                Some((entity, range, end)) => {
                    out.push((entity, range));
                    pos = end;
                }
                None => pos = next_word_start(hay, start),
            }
        }
    }
}

fn build(patterns: &[String]) -> AhoCorasick {
    let mut builder = AhoCorasick::builder();
    builder
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Both);
    // Fall back to the builder's own choice when the requested kind would be too large.
    builder
        .clone()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(patterns)
        .or_else(|_| builder.build(patterns))
        .unwrap_or_else(|_| {
            // Only an absurd number of patterns can fail; match nothing rather than panic.
            AhoCorasick::new(Vec::<String>::new()).expect("an empty automaton always builds")
        })
}

/// Whether a word starts at `at`: the previous char, if any, is not part of a word.
/// Apostrophes and hyphens separate words, so `l'ouzbekistan`, `d'alger` and the
/// `syriennes` of `russo-syriennes` start words.
fn starts_word(hay: &str, at: usize) -> bool {
    !hay[..at].chars().next_back().is_some_and(is_word_char)
}

fn ends_ok(hay: &str, end: usize, prefix: bool) -> bool {
    let next = hay[end..].chars().next();
    if prefix {
        next.is_some_and(char::is_alphabetic)
    } else {
        !next.is_some_and(is_word_char) || !hay[..end].chars().next_back().is_some_and(is_word_char)
    }
}

/// The first word start after `at` (or the end of `hay`).
fn next_word_start(hay: &str, at: usize) -> usize {
    let mut prev_word = true;
    for (i, c) in hay[at..].char_indices() {
        let word = is_word_char(c);
        if word && !prev_word && i > 0 {
            return at + i;
        }
        prev_word = word;
    }
    hay.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;

    fn entity(id: &str, aliases: &[&str]) -> Entity {
        Entity {
            id: id.into(),
            name: aliases[0].into(),
            kind: EntityKind::Country,
            iso: None,
            aliases: aliases[1..].iter().map(|a| a.to_string()).collect(),
            affiliation: None,
            short: None,
        }
    }

    fn world() -> Vec<Entity> {
        vec![
            entity("niger", &["Niger", "nigérien"]),
            entity("nigeria", &["Nigeria", "nigérian"]),
            entity("mali", &["Mali"]),
            entity("somalia", &["Somalia"]),
            entity("russia", &["Russia", "Russie", "russe", "russes", "russo-"]),
            entity("syria", &["Syrie", "syrien", "syriennes"]),
            entity("us", &["United States", "US", "U.S.", "États-Unis"]),
            entity("uzbekistan", &["Ouzbékistan"]),
            entity("algeria", &["Alger"]),
            entity("turkey", &["Turkey"]),
            entity("un", &["UN"]),
            entity("sharaa", &["al-Sharaa"]),
        ]
    }

    /// (entity id, text) of every mention.
    fn find(text: &str) -> Vec<(String, String)> {
        let entities = world();
        let matcher = Matcher::new(&entities);
        let mut folded = Folded::new();
        folded.fold(text);
        let mut out = Vec::new();
        matcher.find(text, &folded, &mut out);
        out.into_iter()
            .map(|(e, r)| (entities[e as usize].id.clone(), text[r].to_string()))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn no_match_inside_a_longer_word() {
        assert_eq!(
            find("Nigeria and Niger"),
            pairs(&[("nigeria", "Nigeria"), ("niger", "Niger")])
        );
        assert_eq!(
            find("Somalia, not Mali"),
            pairs(&[("somalia", "Somalia"), ("mali", "Mali")])
        );
        assert_eq!(find("Nigerians, Malian, Russians"), pairs(&[]));
        assert_eq!(find("les Nigériens"), pairs(&[]));
    }

    #[test]
    fn accents_and_case_fold_but_map_back_exactly() {
        assert_eq!(
            find("ETATS-UNIS, États-Unis, Etats-Unis"),
            pairs(&[
                ("us", "ETATS-UNIS"),
                ("us", "États-Unis"),
                ("us", "Etats-Unis")
            ])
        );
        assert_eq!(
            find("RUSSIE, russes"),
            pairs(&[("russia", "RUSSIE"), ("russia", "russes")])
        );
    }

    #[test]
    fn elided_articles_and_both_apostrophes() {
        assert_eq!(
            find("l’Ouzbékistan et l'Ouzbékistan, d'Alger et d’Alger"),
            pairs(&[
                ("uzbekistan", "Ouzbékistan"),
                ("uzbekistan", "Ouzbékistan"),
                ("algeria", "Alger"),
                ("algeria", "Alger"),
            ])
        );
        assert_eq!(find("Russia's"), pairs(&[("russia", "Russia")]));
    }

    #[test]
    fn hyphenated_compounds() {
        assert_eq!(
            find("relations russo-syriennes"),
            pairs(&[("russia", "russo-"), ("syria", "syriennes")])
        );
        // A prefix alias needs a word after it.
        assert_eq!(find("russo- et"), pairs(&[]));
        assert_eq!(find("Ahmed al-Sharaa"), pairs(&[("sharaa", "al-Sharaa")]));
    }

    #[test]
    fn case_rules() {
        // A capitalised alias needs a capital in the text.
        assert_eq!(find("Turkey, not turkey"), pairs(&[("turkey", "Turkey")]));
        // Short all-caps aliases match exactly.
        assert_eq!(find("the US told us"), pairs(&[("us", "US")]));
        assert_eq!(find("U.S. and u.s. and Us"), pairs(&[("us", "U.S.")]));
        assert_eq!(find("un accord de l'UN"), pairs(&[("un", "UN")]));
        // A lowercase alias matches any case.
        assert_eq!(
            find("Russe et RUSSE"),
            pairs(&[("russia", "Russe"), ("russia", "RUSSE")])
        );
    }

    #[test]
    fn a_shorter_alias_is_tried_when_the_longest_fails() {
        let entities = vec![entity("a", &["New Guinea"]), entity("b", &["new"])];
        let matcher = Matcher::new(&entities);
        let mut folded = Folded::new();
        let text = "new guinea";
        folded.fold(text);
        let mut out = Vec::new();
        matcher.find(text, &folded, &mut out);
        assert_eq!(out, vec![(1, 0..3)]);
    }

    #[test]
    fn later_entities_win_an_alias() {
        let entities = vec![
            entity("a", &["Alpha", "Shared"]),
            entity("b", &["Beta", "shared"]),
        ];
        let matcher = Matcher::new(&entities);
        let mut folded = Folded::new();
        folded.fold("Shared");
        let mut out = Vec::new();
        matcher.find("Shared", &folded, &mut out);
        assert_eq!(out, vec![(1, 0..6)]);
    }
}
