//! Candidate entities: runs of capitalised words the gazetteer does not know
//! (Vladimir Poutine, Dmitry Peskov, Ahmed al-Sharaa, Rosneft), classified by the
//! simple rules of `docs/entities.md`, and their later mentions (Poutine, Tokayev).
//!
//! `scan` sees each title and paragraph once, right after the matcher, and keeps only
//! the runs (word spans and what the rules decided); `finish` turns them into
//! entities and mentions once the whole text has been seen, so a surname used before
//! the full name still links.

mod cues;
mod link;
mod orgs;
mod people;
mod pieces;
#[cfg(test)]
mod tests;
pub(crate) mod tokens;
mod words;

use std::ops::Range;

use tokens::{Gap, Kind, Tok, tokenize};
use words::Class;

use super::rollup::rollup_all;
use crate::model::{Entity, EntityKind, Part};
use crate::text::{FnvMap, fold_into};

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
    /// Mentions of known people by a name of two words or more ("Gideon Saar"), in
    /// text order: their surnames alone link to them too.
    known_people: Vec<link::KnownFull>,
    /// Acronyms in brackets after a name, and the name: (key of the acronym, what it
    /// stands for).
    acronyms: Vec<(u32, link::LongForm)>,
    /// Whether the text is French: names run on over lowercase adjectives.
    french: bool,
    /// The countries of `words::SHARED` (universe indexes) and those the text names.
    shared: Vec<u32>,
    named: Vec<u32>,
}

impl<'a> Candidates<'a> {
    /// The candidate finder for a text in `language` (`fr`, `en-GB`…).
    pub(crate) fn new(universe: &'a [Entity], language: &str) -> Candidates<'a> {
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
            known_people: Vec::new(),
            acronyms: Vec::new(),
            french: language.to_ascii_lowercase().starts_with("fr"),
            shared: words::SHARED
                .iter()
                .flat_map(|(_, ids)| ids.iter())
                .filter_map(|id| universe.iter().position(|e| e.id == *id))
                .map(|i| i as u32)
                .collect(),
            named: Vec::new(),
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
        for (entity, range) in found {
            if self.shared.contains(entity) && !self.named.contains(entity) {
                self.named.push(*entity);
            }
            if self.universe.get(*entity as usize).map(|e| e.kind) == Some(EntityKind::Person) {
                link::KnownFull::record(
                    &mut self.known_people,
                    *entity,
                    (section, part),
                    text,
                    range.clone(),
                );
            }
        }
        // No capital, no run: skip the tokenizer.
        if !text.chars().any(char::is_uppercase) {
            return;
        }
        let mut toks = std::mem::take(&mut self.toks);
        tokenize(text, found, &mut self.buf, &mut toks);
        tokens::classify(text, &mut toks, ORG_LOOKBACK, &mut self.buf);
        let brackets = text.contains('(');
        let mut i = 0;
        while i < toks.len() {
            let chain_start = i == 0
                || toks[i].gap != Gap::Space
                || !orgs::part_of_name(self.universe, text, &toks[i - 1]);
            if chain_start && toks[i].kind != Kind::Lower {
                let reader = orgs::Reader {
                    universe: self.universe,
                    country: &self.country,
                    french: self.french,
                    brackets,
                };
                if let Some(org) = reader.org_at(text, &toks, i) {
                    let long = self.add_whole_run(
                        (section, part),
                        text,
                        &toks,
                        org.range.clone(),
                        (org.kind, org.affiliation),
                    );
                    if let Some(a) = org.acronym {
                        let (_, key) = self.intern(text, &toks[a..a + 1]);
                        self.acronyms.push((key, link::LongForm::Run(long)));
                    }
                    i = org.range.end;
                    continue;
                }
            }
            match toks[i].kind {
                Kind::Cap => {
                    let end = run_end(&toks, i);
                    self.add_run(section, part, text, &toks, i..end);
                    i = end;
                }
                Kind::Mention(_) => {
                    let end = people::first_name_end(self.universe, text, &toks, i, |j| {
                        run_end(&toks, j)
                    });
                    match end {
                        Some(end) => {
                            let affiliation = self.title_before(&toks, i).1;
                            self.add_whole_run(
                                (section, part),
                                text,
                                &toks,
                                i..end,
                                (EntityKind::Person, affiliation),
                            );
                            i = end;
                        }
                        None => {
                            self.known_acronym(text, &toks, i);
                            i += 1;
                        }
                    }
                }
                Kind::Lower => {
                    let reader = orgs::Reader {
                        universe: self.universe,
                        country: &self.country,
                        french: self.french,
                        brackets,
                    };
                    match reader.ministry_at(text, &toks, i) {
                        Some(org) => {
                            self.add_whole_run(
                                (section, part),
                                text,
                                &toks,
                                org.range.clone(),
                                (org.kind, org.affiliation),
                            );
                            i = org.range.end;
                        }
                        None => i += 1,
                    }
                }
            }
        }
        self.toks = toks;
    }

    /// Record the tokens `run` as one run of the kind given, as they are: a person
    /// whose first name is a place ("Chad Morrison", the place's mention then gives way
    /// to the person's, see `index`), an organisation's whole name. In a heading the
    /// run only links to a name the body gives. Returns the run's key.
    fn add_whole_run(
        &mut self,
        (section, part): (u32, Part),
        text: &str,
        toks: &[Tok],
        run: Range<usize>,
        (kind, affiliation): (EntityKind, Option<u32>),
    ) -> u32 {
        let (kind, affiliation) = if part == Part::Title {
            (None, None)
        } else {
            (Some(kind), affiliation)
        };
        self.push_run((section, part), text, &toks[run], (kind, affiliation))
    }

    /// Record a run of tokens as decided; returns its key.
    fn push_run(
        &mut self,
        (section, part): (u32, Part),
        text: &str,
        toks: &[Tok],
        (kind, affiliation): (Option<EntityKind>, Option<u32>),
    ) -> u32 {
        let (words, key) = self.intern(text, toks);
        // "[S In La Paz": a one-letter name would be refused by `brief check` once
        // imported (and would match everywhere).
        let kind = kind.filter(|_| crate::text::is_matchable(&self.key_names[key as usize]));
        self.runs.push(Run {
            section,
            part,
            words,
            key,
            kind,
            affiliation,
        });
        key
    }

    /// A known organisation followed by an acronym in brackets the gazetteer does not
    /// give it: later uses of the acronym are that organisation.
    fn known_acronym(&mut self, text: &str, toks: &[Tok], at: usize) {
        let Kind::Mention(e) = toks[at].kind else {
            return;
        };
        let organisation = self
            .universe
            .get(e as usize)
            .is_some_and(|x| x.kind == EntityKind::Organization);
        if let Some(a) = organisation
            .then(|| orgs::acronym_after(text, toks, at + 1))
            .flatten()
        {
            let (_, key) = self.intern(text, &toks[a..a + 1]);
            self.acronyms.push((key, link::LongForm::Known(e)));
        }
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
        self.push_run(
            (section, part),
            text,
            &toks[first..last],
            (kind, affiliation),
        );
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
        if !title
            && n <= 4
            && let Some(met) = cues::company(text, toks, run.clone())
        {
            let country = met
                .iter()
                .find_map(|&e| self.country.get(e as usize).copied().flatten());
            return (Some(EntityKind::Organization), country);
        }
        // An acronym makes a name an organisation: "AFP", "Petronet LNG", "LG Display".
        let acronym = toks[run.clone()].iter().any(|t| {
            let w = word(t);
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        });
        // A dateline: capitals opening the text's first sentence, then a dash or a
        // comma ("SINGAPORE —", "NAIROBI, 3 March").
        if run.start == 0
            && toks[run.clone()]
                .iter()
                .all(|t| !word(t).chars().any(char::is_lowercase))
        {
            let after = text[toks[run.end - 1].end as usize..].trim_start();
            if after.starts_with(['—', '–', '-', ',']) {
                return (Some(EntityKind::Place), None);
            }
        }
        let locative = !title && cues::locative_before(text, toks, first);
        if any(Class::ORG) || acronym {
            (Some(EntityKind::Organization), None)
        } else if any(Class::EVENT) {
            (Some(EntityKind::Event), None)
        } else if any(Class::PLACE) || place_head_before(toks, first) || locative {
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
            // After a full stop the splitter took for an abbreviation ("Marcos Jr.
            // The Leaders"), a function word opens a new sentence all the same.
            Kind::Cap if toks[j].class.has(Class::STOP) && toks[j - 1].dotted => break,
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
