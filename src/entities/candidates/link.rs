//! From runs to entities and mentions, once the whole text has been read: which runs
//! make candidates, and which names link to whom. A full name links to its candidate;
//! a person's surname alone links to the person, a candidate or a known person the
//! text names in full ("Saar" after "Gideon Saar"). When two people share a surname,
//! the surname alone goes to the one named in full last before it in the same
//! paragraph, and to nobody when neither is.

use std::collections::HashMap;

use super::words::{self, Class, class};
use super::{Candidates, MAX_NAME_WORDS};
use crate::model::{Briefing, Entity, EntityKind, Loc, Mention, Part};
use crate::text::{fold_into, fold_str, slug};

/// A title or paragraph: (section, part).
type Where = (u32, Part);

/// A known person (gazetteer or declared) named by two words or more.
pub(super) struct KnownFull {
    at: Where,
    start: u32,
    end: u32,
    entity: u32,
}

impl KnownFull {
    /// Record the mention `range` of the known person `entity` when it is a full name.
    pub(super) fn record(
        list: &mut Vec<KnownFull>,
        entity: u32,
        at: Where,
        text: &str,
        range: std::ops::Range<usize>,
    ) {
        if text[range.clone()].contains(char::is_whitespace) {
            list.push(KnownFull {
                at,
                start: range.start as u32,
                end: range.end as u32,
                entity,
            });
        }
    }
}

impl KnownFull {
    /// The same mention `base` bytes further into its paragraph (a window's finds).
    pub(super) fn shift(&mut self, base: u32) {
        self.start += base;
        self.end += base;
    }
}

/// What an acronym in brackets stands for: the run of a name (by its key), or a
/// known organisation.
#[derive(Debug, Clone, Copy)]
pub(super) enum LongForm {
    Run(u32),
    Known(u32),
}

/// Whom a name links to: a candidate (index among candidates) or a known entity
/// (index in the universe).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Target {
    Cand(u32),
    Known(u32),
}

/// A candidate while the runs are read: where its name is first written, and what
/// the rules found.
pub(super) struct Candidate {
    /// Section, part, start and end of the name in the text.
    name: (u32, Part, u32, u32),
    kind: EntityKind,
    affiliation: Option<u32>,
    /// The surname of a person's name of two words or more: the last word with the
    /// particles before it ("Da Costa", "von der Leyen").
    surname: Option<(u32, u32)>,
    /// The acronym bound to the name, when it is the long form of one.
    acronym: Option<u32>,
}

/// The folded names that link.
#[derive(Default)]
struct Names {
    full: HashMap<String, Target>,
    surnames: HashMap<String, Vec<Target>>,
}

impl Names {
    fn add_surname(&mut self, key: String, target: Target) {
        let targets = self.surnames.entry(key).or_default();
        if !targets.contains(&target) {
            targets.push(target);
        }
    }
}

/// How many of a name's last words make its surname: the last word and the particles
/// before it ("Da Costa", "von der Leyen"), never the first word.
fn surname_len(words: &[&str]) -> usize {
    let Some((_, rest)) = words.split_last() else {
        return 0;
    };
    1 + rest
        .iter()
        .skip(1)
        .rev()
        .take_while(|w| class(&fold_str(w)).has(Class::PARTICLE))
        .count()
}

/// The folded surname keys of a name's words: the last word, and with the particles
/// before it when there are any ("costa" and "da costa").
fn surname_keys(words: &[&str]) -> Vec<String> {
    let n = surname_len(words);
    let mut keys: Vec<String> = words.last().map(|w| fold_str(w)).into_iter().collect();
    if n > 1 {
        keys.push(fold_str(&words[words.len() - n..].join(" ")));
    }
    keys
}

impl Candidates<'_> {
    /// Turn the runs into candidate entities and mentions. Entity indexes in the
    /// candidates' mentions count from 0 among the returned entities; the other
    /// mentions are of known people (universe indexes) by their surname alone.
    pub(crate) fn finish(self, briefing: &Briefing) -> (Vec<Entity>, Vec<Mention>, Vec<Mention>) {
        let text = |s: u32, p: Part| -> &str {
            let Some(section) = briefing.sections.get(s as usize) else {
                return "";
            };
            match p {
                Part::Title => &section.title,
                Part::Para(i) => section.body.get(i as usize).map_or("", String::as_str),
            }
        };
        let (cands, names) = self.decide(&text);
        let (new, known) = self.link(&names, &text);
        (self.entities(&cands, &text), new, known)
    }

    /// The candidates the runs make, and the folded names that link to them.
    fn decide<'t>(&self, text: &impl Fn(u32, Part) -> &'t str) -> (Vec<Candidate>, Names) {
        let mut by_key: HashMap<u32, usize> = HashMap::new();
        let mut cands: Vec<Candidate> = Vec::new();
        let mut names = Names::default();
        let shared = self.shared_names();
        for k in &self.known_people {
            let t = text(k.at.0, k.at.1);
            let words: Vec<&str> = t[k.start as usize..k.end as usize]
                .split_whitespace()
                .collect();
            for key in surname_keys(&words) {
                names.add_surname(key, Target::Known(k.entity));
            }
        }
        // Names of several words first, so a lone surname can link to them.
        for multi in [true, false] {
            for run in &self.runs {
                let n = run.words.len();
                let Some(kind) = run.kind else { continue };
                if (n >= 2) != multi || shared.contains_key(&self.key_names[run.key as usize]) {
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
                    None if !multi && {
                        let key = &self.key_names[run.key as usize];
                        names.surnames.contains_key(key) || names.full.contains_key(key)
                    } => {}
                    None => {
                        let words = &self.words[run.words.start as usize..run.words.end as usize];
                        let (first, last) = (words[0], words[n - 1]);
                        by_key.insert(run.key, cands.len());
                        cands.push(Candidate {
                            name: (run.section, run.part, first.0, last.1),
                            kind,
                            affiliation: run.affiliation,
                            surname: None,
                            acronym: None,
                        });
                    }
                }
            }
            if multi {
                self.bind_acronyms(&by_key, &mut cands, &mut names);
                for (c, cand) in cands.iter_mut().enumerate() {
                    if cand.kind != EntityKind::Person {
                        continue;
                    }
                    let (s, p, start, end) = cand.name;
                    let name = &text(s, p)[start as usize..end as usize];
                    let words: Vec<&str> = name.split_whitespace().collect();
                    if words.len() < 2 {
                        continue;
                    }
                    // The surname's words end the name: its start is that of its first.
                    let first = words[words.len() - surname_len(&words)];
                    let offset = first.as_ptr() as usize - name.as_ptr() as usize;
                    cand.surname = Some((start + offset as u32, end));
                    for key in surname_keys(&words) {
                        names.add_surname(key, Target::Cand(c as u32));
                    }
                }
            }
        }
        for (&key, &c) in &by_key {
            names
                .full
                .insert(self.key_names[key as usize].clone(), Target::Cand(c as u32));
        }
        names.full.extend(shared);
        (cands, names)
    }

    /// The shared names and demonyms (`words::SHARED`) of a pair of countries of which
    /// the text names exactly one, each with that country.
    fn shared_names(&self) -> HashMap<String, Target> {
        let mut out = HashMap::new();
        for (forms, ids) in words::SHARED {
            let named: Vec<u32> = self
                .named
                .iter()
                .copied()
                .filter(|&e| {
                    self.universe
                        .get(e as usize)
                        .is_some_and(|x| ids.contains(&x.id.as_str()))
                })
                .collect();
            if let [one] = named.as_slice() {
                for form in *forms {
                    out.insert((*form).to_string(), Target::Known(*one));
                }
            }
        }
        out
    }

    /// Acronyms in brackets link to the name before them, a candidate or a known
    /// organisation, unless the text gives one acronym to two names.
    fn bind_acronyms(
        &self,
        by_key: &HashMap<u32, usize>,
        cands: &mut [Candidate],
        names: &mut Names,
    ) {
        let mut bound: HashMap<u32, Option<Target>> = HashMap::new();
        for &(acronym, long) in &self.acronyms {
            let target = match long {
                LongForm::Run(key) => by_key.get(&key).map(|&c| Target::Cand(c as u32)),
                LongForm::Known(e) => Some(Target::Known(e)),
            };
            let Some(target) = target else { continue };
            bound
                .entry(acronym)
                .and_modify(|t| {
                    if *t != Some(target) {
                        *t = None;
                    }
                })
                .or_insert(Some(target));
        }
        for (acronym, target) in bound {
            let Some(target) = target else { continue };
            if let Target::Cand(c) = target {
                cands[c as usize].acronym = Some(acronym);
            }
            names
                .full
                .insert(self.key_names[acronym as usize].clone(), target);
        }
    }

    /// Mentions: in every run, the longest sequences of words (up to
    /// `MAX_NAME_WORDS`) that are a candidate's full name or a person's surname.
    /// Returns the candidates' mentions and the known people's.
    fn link<'t>(
        &self,
        names: &Names,
        text: &impl Fn(u32, Part) -> &'t str,
    ) -> (Vec<Mention>, Vec<Mention>) {
        let mut new = Vec::new();
        let mut known = Vec::new();
        // Where each person was last named in full.
        let mut last_full: HashMap<Target, (Where, u32)> = HashMap::new();
        let mut fulls = self.known_people.iter().peekable();
        let mut buf = String::new();
        for run in &self.runs {
            let here = (run.section, run.part);
            let t = text(run.section, run.part);
            let words = &self.words[run.words.start as usize..run.words.end as usize];
            while let Some(k) = fulls.next_if(|k| (k.at, k.start) < (here, words[0].0)) {
                last_full.insert(Target::Known(k.entity), (k.at, k.start));
            }
            // A whole name, however long ("Commission électorale nationale autonome").
            if let Some(&target) = names.full.get(&self.key_names[run.key as usize]) {
                let loc = Loc {
                    section: run.section,
                    part: run.part,
                    start: words[0].0,
                    end: words[words.len() - 1].1,
                };
                last_full.insert(target, (here, loc.start));
                match target {
                    Target::Cand(c) => new.push(Mention { entity: c, loc }),
                    Target::Known(e) => known.push(Mention { entity: e, loc }),
                }
                continue;
            }
            let mut i = 0;
            while i < words.len() {
                let at = words[i].0;
                // The surname of several people goes to the one named in full last,
                // earlier in this paragraph.
                let resolve = |targets: &Vec<Target>| match targets.as_slice() {
                    [one] => Some(*one),
                    many => many
                        .iter()
                        .filter_map(|t| {
                            let (w, start) = last_full.get(t)?;
                            (*w == here && *start < at).then_some((*start, *t))
                        })
                        .max_by_key(|(start, _)| *start)
                        .map(|(_, t)| t),
                };
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
                        if let Some(&target) = names.full.get(buf.as_str()) {
                            return Some((Some(target), j, true));
                        }
                        let targets = names.surnames.get(buf.as_str())?;
                        Some((resolve(targets), j, false))
                    });
                let Some((target, j, full)) = hit else {
                    i += 1;
                    continue;
                };
                if let Some(target) = target {
                    if full {
                        last_full.insert(target, (here, at));
                    }
                    let loc = Loc {
                        section: run.section,
                        part: run.part,
                        start: at,
                        end: words[j - 1].1,
                    };
                    match target {
                        Target::Cand(c) => new.push(Mention { entity: c, loc }),
                        Target::Known(e) => known.push(Mention { entity: e, loc }),
                    }
                }
                i = j;
            }
        }
        (new, known)
    }

    fn entities<'t>(
        &self,
        cands: &[Candidate],
        text: &impl Fn(u32, Part) -> &'t str,
    ) -> Vec<Entity> {
        let mut taken: crate::text::Ids = self.universe.iter().map(|e| e.id.clone()).collect();
        cands
            .iter()
            .map(|c| {
                let t = text(c.name.0, c.name.1);
                let name = t[c.name.2 as usize..c.name.3 as usize].to_string();
                let surname = c
                    .surname
                    .map(|(s, e)| t[s as usize..e as usize].to_string());
                let acronym = c.acronym.map(|k| self.key_names[k as usize].to_uppercase());
                let id = taken.unique(slug(&name, "candidate"));
                Entity {
                    id,
                    name,
                    kind: c.kind,
                    iso: None,
                    aliases: surname
                        .into_iter()
                        .chain(acronym)
                        .filter(|a| crate::text::is_matchable(&fold_str(a)))
                        .collect(),
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
