//! Candidate entities: runs of capitalised words the gazetteer does not know
//! (Vladimir Poutine, Dmitry Peskov, Ahmed al-Sharaa, Rosneft), classified by the
//! simple rules of `docs/entities.md`, and their later mentions (Poutine, Tokayev).
//!
//! `scan` sees each title and paragraph once, right after the matcher, and keeps only
//! the runs (word spans and what the rules decided); `finish` turns them into
//! entities and mentions once the whole text has been seen, so a surname used before
//! the full name still links.

mod pieces;
#[cfg(test)]
mod tests;
pub(crate) mod tokens;
mod words;

use std::collections::HashMap;
use std::ops::Range;

use tokens::{Gap, Kind, Tok, tokenize};
use words::Class;

use super::rollup::rollup_all;
use crate::model::{Briefing, Entity, EntityKind, Loc, Mention, Part};
use crate::text::{FnvMap, fold_into, fold_str, slug, unique};

/// Tokens looked at before a name for a title ("le président russe", "spokesman").
const LOOKBACK: usize = 6;
/// Tokens looked at before a name for a company noun ("entreprises russes").
const ORG_LOOKBACK: usize = 10;
/// Longest name linked inside a longer run of capitalised words.
const MAX_NAME_WORDS: usize = 4;

/// One run of capitalised words, after titles and stop words are stripped.
#[derive(Debug, Clone)]
struct Run {
    section: u32,
    part: Part,
    /// Range into `Candidates::words`.
    words: Range<u32>,
    /// Interned folded key of the whole run.
    key: u32,
    /// What the rules make of the run on its own, if anything.
    kind: Option<EntityKind>,
    /// The country a title names (`président russe`), as a universe index.
    affiliation: Option<u32>,
}

/// The candidate finder for one briefing.
pub(crate) struct Candidates<'a> {
    universe: &'a [Entity],
    country: Vec<Option<u32>>,
    runs: Vec<Run>,
    words: Vec<(u32, u32)>,
    keys: FnvMap<String, u32>,
    /// The interned keys, by id.
    key_names: Vec<String>,
    toks: Vec<Tok>,
    buf: String,
    key_buf: String,
}

/// A candidate while the runs are read: where its name is first written, and what
/// the rules found.
struct Candidate {
    /// Section, part, start and end of the name in the text.
    name: (u32, Part, u32, u32),
    kind: EntityKind,
    affiliation: Option<u32>,
    /// The last word of a person's name of two words or more.
    surname: Option<(u32, u32)>,
}

impl<'a> Candidates<'a> {
    pub(crate) fn new(universe: &'a [Entity]) -> Candidates<'a> {
        let country = rollup_all(universe)
            .into_iter()
            .map(|c| c.map(|c| c as u32))
            .collect();
        Candidates {
            universe,
            country,
            runs: Vec::new(),
            words: Vec::new(),
            keys: FnvMap::default(),
            key_names: Vec::new(),
            toks: Vec::new(),
            buf: String::new(),
            key_buf: String::new(),
        }
    }

    /// Record the runs of one title or paragraph; `found` are its known mentions.
    pub(crate) fn scan(
        &mut self,
        section: u32,
        part: Part,
        text: &str,
        found: &[(u32, Range<usize>)],
    ) {
        // No capital, no run: skip the tokenizer.
        if !text.chars().any(char::is_uppercase) {
            return;
        }
        let mut toks = std::mem::take(&mut self.toks);
        tokenize(text, found, &mut self.buf, &mut toks);
        tokens::classify(text, &mut toks, ORG_LOOKBACK, &mut self.buf);
        let mut i = 0;
        while i < toks.len() {
            if toks[i].kind != Kind::Cap {
                i += 1;
                continue;
            }
            let end = run_end(&toks, i);
            self.add_run(section, part, text, &toks, i..end);
            i = end;
        }
        self.toks = toks;
    }

    /// Trim one run of capitalised words, apply the rules to it and record it.
    fn add_run(&mut self, section: u32, part: Part, text: &str, toks: &[Tok], run: Range<usize>) {
        let mut first = run.start;
        let mut last = run.end;
        let mut titled = false;
        while first < last
            && (toks[first].class.has(Class::TITLE) || toks[first].class.has(Class::STOP))
        {
            titled |= toks[first].class.has(Class::TITLE);
            first += 1;
        }
        while last > first
            && (toks[last - 1].class.has(Class::STOP) || toks[last - 1].kind != Kind::Cap)
        {
            last -= 1;
        }
        if first == last {
            return;
        }
        let sentence_start = first == run.start && toks[first].gap >= Gap::Clause;
        let (kind, affiliation) = if part == Part::Title {
            // Headings (Title Case in English) only link to names found in the body.
            (None, None)
        } else {
            self.rules(text, toks, first..last, titled, sentence_start)
        };
        let (words, key) = self.intern(text, &toks[first..last]);
        self.runs.push(Run {
            section,
            part,
            words,
            key,
            kind,
            affiliation,
        });
    }

    /// What the rules of docs/entities.md make of the trimmed run `toks[run]`: a kind
    /// (or nothing) and, for people and companies, a country.
    fn rules(
        &self,
        text: &str,
        toks: &[Tok],
        run: Range<usize>,
        titled: bool,
        sentence_start: bool,
    ) -> (Option<EntityKind>, Option<u32>) {
        let (first, n) = (run.start, run.len());
        let any = |c: Class| toks[run.clone()].iter().any(|t| t.class.has(c));
        let word = |t: &Tok| &text[t.start as usize..t.end as usize];
        // A ship: a capitalised navy prefix and a name ("BRP Sierra Madre", "USS
        // Ronald Reagan"), whatever the name's words would otherwise suggest.
        if n >= 2
            && toks[first].class.has(Class::VESSEL)
            && !word(&toks[first]).chars().any(char::is_lowercase)
        {
            return (Some(EntityKind::Other), None);
        }
        let generic = Class::ORG.union(Class::PLACE).union(Class::EVENT);
        if n == 1 && toks[first].class.has(generic) {
            return (None, None);
        }
        // A lone word glued to a known name that follows it ("Grand" of "Grand
        // Ethiopian Renaissance Dam") is a piece of a longer name, not an entity.
        if n == 1
            && toks
                .get(run.end)
                .is_some_and(|t| matches!(t.kind, Kind::Mention(_)) && t.gap == Gap::Space)
        {
            return (None, None);
        }
        let (title, affiliation) = self.title_before(toks, first);
        let title = title || titled;
        if !title
            && n <= 3
            && let Some(country) = self.company_before(toks, first)
        {
            return (Some(EntityKind::Organization), Some(country));
        }
        let all_caps = n == 1 && {
            let w = word(&toks[first]);
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        };
        if any(Class::ORG) || all_caps {
            (Some(EntityKind::Organization), None)
        } else if any(Class::EVENT) {
            (Some(EntityKind::Event), None)
        } else if any(Class::PLACE) || place_head_before(toks, first) {
            (Some(EntityKind::Place), None)
        } else if title || (2..=3).contains(&n) {
            (Some(EntityKind::Person), affiliation)
        } else if n >= 4 || !sentence_start {
            (Some(EntityKind::Other), None)
        } else {
            (None, None)
        }
    }

    /// Record the words of a run and intern its folded key.
    fn intern(&mut self, text: &str, toks: &[Tok]) -> (Range<u32>, u32) {
        let w0 = self.words.len() as u32;
        self.key_buf.clear();
        for t in toks {
            if !self.key_buf.is_empty() {
                self.key_buf.push(' ');
            }
            fold_into(&text[t.start as usize..t.end as usize], &mut self.key_buf);
            self.words.push((t.start, t.end));
        }
        let key = key_id(&mut self.keys, &mut self.key_names, &self.key_buf);
        (w0..self.words.len() as u32, key)
    }

    /// Whether a title precedes token `at` in its sentence, and the country it names
    /// ("le président russe", "Russian President", "porte-parole du Kremlin").
    fn title_before(&self, toks: &[Tok], at: usize) -> (bool, Option<u32>) {
        let mut title = false;
        let mut affiliation = None;
        let mut others = 0;
        let mut after_title = 0;
        let mut k = at;
        for _ in 0..LOOKBACK {
            if k == 0 || toks[k].gap >= Gap::Clause {
                break;
            }
            k -= 1;
            let t = &toks[k];
            match t.kind {
                Kind::Mention(e) => {
                    if affiliation.is_none() {
                        affiliation = self.country.get(e as usize).copied().flatten();
                    }
                }
                _ if t.class.has(Class::TITLE) => title = true,
                _ if t.class.has(Class::CONNECTOR) => {}
                Kind::Lower if !title && others < 2 => others += 1,
                _ => break,
            }
            if title {
                after_title += 1;
                if after_title > 2 {
                    break;
                }
            }
        }
        (title, if title { affiliation } else { None })
    }

    /// The country of a company noun before token `at` in its sentence, when a
    /// demonym qualifies it ("les entreprises russes du secteur énergétique, notamment
    /// Rosneft et Lukoil", "Russian companies such as Rosneft").
    fn company_before(&self, toks: &[Tok], at: usize) -> Option<u32> {
        let mut k = at;
        for _ in 0..ORG_LOOKBACK {
            if k == 0 || toks[k].gap >= Gap::Clause {
                return None;
            }
            k -= 1;
            if toks[k].class.has(Class::ORG_NOUN) {
                let country = |t: Option<&Tok>| match t.map(|t| t.kind) {
                    Some(Kind::Mention(e)) => self.country.get(e as usize).copied().flatten(),
                    _ => None,
                };
                return country(toks.get(k + 1))
                    .or_else(|| country(k.checked_sub(1).and_then(|p| toks.get(p))));
            }
        }
        None
    }

    /// Turn the runs into candidate entities and mentions. Entity indexes in the
    /// mentions count from 0 among the returned entities.
    pub(crate) fn finish(self, briefing: &Briefing) -> (Vec<Entity>, Vec<Mention>) {
        let text = |s: u32, p: Part| -> &str {
            let Some(section) = briefing.sections.get(s as usize) else {
                return "";
            };
            match p {
                Part::Title => &section.title,
                Part::Para(i) => section.body.get(i as usize).map_or("", String::as_str),
            }
        };
        let (cands, aliases) = self.decide(&text);
        let mentions = self.link(&aliases, &text);
        (self.entities(&cands, &text), mentions)
    }

    /// The candidates the runs make, and the folded names that link to them.
    fn decide<'t>(
        &self,
        text: &impl Fn(u32, Part) -> &'t str,
    ) -> (Vec<Candidate>, HashMap<String, usize>) {
        let mut by_key: HashMap<u32, usize> = HashMap::new();
        let mut cands: Vec<Candidate> = Vec::new();
        let mut surnames: HashMap<String, Option<usize>> = HashMap::new();
        // Names of several words first, so a lone surname can link to them.
        for multi in [true, false] {
            for run in &self.runs {
                let n = run.words.len();
                let Some(kind) = run.kind else { continue };
                if (n >= 2) != multi {
                    continue;
                }
                match by_key.get(&run.key) {
                    Some(&c) => {
                        let cand = &mut cands[c];
                        if cand.kind == EntityKind::Other && kind != EntityKind::Other {
                            cand.kind = kind;
                        }
                        if cand.affiliation.is_none() {
                            cand.affiliation = run.affiliation;
                        }
                    }
                    None if !multi && surnames.contains_key(&self.key_names[run.key as usize]) => {}
                    None => {
                        let first = self.words[run.words.start as usize];
                        let last = self.words[run.words.end as usize - 1];
                        by_key.insert(run.key, cands.len());
                        cands.push(Candidate {
                            name: (run.section, run.part, first.0, last.1),
                            kind,
                            affiliation: run.affiliation,
                            surname: (n >= 2 && kind == EntityKind::Person).then_some(last),
                        });
                    }
                }
            }
            if multi {
                // Two people sharing a surname: the surname alone links to neither.
                for (c, cand) in cands.iter().enumerate() {
                    if let Some((s, e)) = cand.surname {
                        let key = fold_str(&text(cand.name.0, cand.name.1)[s as usize..e as usize]);
                        surnames
                            .entry(key)
                            .and_modify(|v| *v = None)
                            .or_insert(Some(c));
                    }
                }
            }
        }
        (cands, self.aliases(&by_key, surnames))
    }

    /// Mentions of the candidates: in every run, the longest sequences of words (up to
    /// `MAX_NAME_WORDS`) that are a candidate's full name or surname.
    fn link<'t>(
        &self,
        aliases: &HashMap<String, usize>,
        text: &impl Fn(u32, Part) -> &'t str,
    ) -> Vec<Mention> {
        let mut mentions = Vec::new();
        let mut buf = String::new();
        for run in &self.runs {
            let t = text(run.section, run.part);
            let words = &self.words[run.words.start as usize..run.words.end as usize];
            let mut i = 0;
            while i < words.len() {
                let hit = (i + 1..=(i + MAX_NAME_WORDS).min(words.len()))
                    .rev()
                    .find_map(|j| {
                        buf.clear();
                        for (n, w) in words[i..j].iter().enumerate() {
                            if n > 0 {
                                buf.push(' ');
                            }
                            fold_into(&t[w.0 as usize..w.1 as usize], &mut buf);
                        }
                        aliases.get(buf.as_str()).map(|&c| (c, j))
                    });
                let Some((c, j)) = hit else {
                    i += 1;
                    continue;
                };
                mentions.push(Mention {
                    entity: c as u32,
                    loc: Loc {
                        section: run.section,
                        part: run.part,
                        start: words[i].0,
                        end: words[j - 1].1,
                    },
                });
                i = j;
            }
        }
        mentions
    }

    /// Folded full names and unambiguous surnames → candidate.
    fn aliases(
        &self,
        by_key: &HashMap<u32, usize>,
        surnames: HashMap<String, Option<usize>>,
    ) -> HashMap<String, usize> {
        let mut out: HashMap<String, usize> = HashMap::new();
        for (&key, &c) in by_key {
            out.insert(self.key_names[key as usize].clone(), c);
        }
        for (key, c) in surnames {
            if let Some(c) = c {
                out.entry(key).or_insert(c);
            }
        }
        out
    }

    fn entities<'t>(
        &self,
        cands: &[Candidate],
        text: &impl Fn(u32, Part) -> &'t str,
    ) -> Vec<Entity> {
        let mut taken: std::collections::HashSet<String> =
            self.universe.iter().map(|e| e.id.clone()).collect();
        cands
            .iter()
            .map(|c| {
                let t = text(c.name.0, c.name.1);
                let name = t[c.name.2 as usize..c.name.3 as usize].to_string();
                let surname = c
                    .surname
                    .map(|(s, e)| t[s as usize..e as usize].to_string());
                let id = unique(slug(&name, "candidate"), &mut taken);
                Entity {
                    id,
                    name,
                    kind: c.kind,
                    iso: None,
                    aliases: surname.into_iter().collect(),
                    affiliation: c
                        .affiliation
                        .and_then(|a| self.universe.get(a as usize))
                        .map(|e| e.id.clone()),
                    short: None,
                }
            })
            .collect()
    }
}

/// The id of folded key `key`, interned on first sight.
fn key_id(keys: &mut FnvMap<String, u32>, names: &mut Vec<String>, key: &str) -> u32 {
    match keys.get(key) {
        Some(&k) => k,
        None => {
            let k = names.len() as u32;
            keys.insert(key.to_owned(), k);
            names.push(key.to_owned());
            k
        }
    }
}

/// The end (exclusive) of the run of capitalised words starting at token `i`: names
/// continue over spaces and over lowercase particles between two capitalised words
/// (Charles de Gaulle, Ahmed al Sharaa).
fn run_end(toks: &[Tok], i: usize) -> usize {
    let mut j = i + 1;
    while j < toks.len() && toks[j].gap == Gap::Space {
        match toks[j].kind {
            Kind::Cap => j += 1,
            Kind::Lower
                if toks[j].class.has(Class::PARTICLE)
                    && toks
                        .get(j + 1)
                        .is_some_and(|t| t.kind == Kind::Cap && t.gap == Gap::Space) =>
            {
                j += 2
            }
            _ => break,
        }
    }
    j
}

/// Whether a geographic head stands right before token `at`, in the same clause, with
/// at most two connectors in between: "le détroit d’Ormuz", "la région du Donbass",
/// "the Strait of Hormuz", "the island of Hainan".
fn place_head_before(toks: &[Tok], at: usize) -> bool {
    let mut k = at;
    for _ in 0..3 {
        if k == 0 || toks[k].gap != Gap::Space {
            return false;
        }
        k -= 1;
        let t = &toks[k];
        if t.class.has(Class::PLACE_HEAD) {
            return true;
        }
        if matches!(t.kind, Kind::Mention(_)) || !t.class.has(Class::CONNECTOR) {
            return false;
        }
    }
    false
}
