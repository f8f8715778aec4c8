//! Scores brief's recognition and relation inference against the hand-written gold of
//! the development corpus (tests/corpus/README.md gives the gold format). Shared by the
//! `score` example, which prints the tables, and by the accuracy test, which holds the
//! floors; both include this file with `#[path]`, so there is one scorer.

#![allow(dead_code)] // each includer uses a different part

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use brief::entities::{Gazetteer, rollup_all};
use brief::model::{Briefing, EntityKind, RelationKind};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gold {
    pub article: String,
    pub language: String,
    pub genre: String,
    pub subject: String,
    pub region: String,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub people: Vec<Actor>,
    #[serde(default)]
    pub organizations: Vec<Actor>,
    #[serde(default)]
    pub links: Vec<GoldLink>,
    #[serde(default)]
    pub negated: Vec<GoldLink>,
    #[serde(default)]
    pub uncertain: Vec<GoldLink>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub name: String,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldLink {
    pub from: String,
    pub to: String,
    pub kind: RelationKind,
    pub sentence: String,
}

/// Hits out of a total: precision or recall counts.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Ratio {
    pub hit: usize,
    pub of: usize,
}

impl Ratio {
    pub fn add(&mut self, other: Ratio) {
        self.hit += other.hit;
        self.of += other.of;
    }

    /// As a fraction; 1 when there is nothing to count.
    pub fn value(self) -> f64 {
        if self.of == 0 {
            1.0
        } else {
            self.hit as f64 / self.of as f64
        }
    }

    fn count(&mut self, ok: bool) {
        self.of += 1;
        self.hit += usize::from(ok);
    }
}

/// The figures of one article, or summed over several.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub countries_p: Ratio,
    pub countries_r: Ratio,
    pub people_r: Ratio,
    pub orgs_r: Ratio,
    /// People and organisations found that gold names (see `actor_precision`).
    pub people_p: Ratio,
    pub orgs_p: Ratio,
    /// Typed links between the actors as the text names them.
    pub links_p: Ratio,
    pub links_r: Ratio,
    /// The same, both ends rolled up to their countries (the country view).
    pub country_links_p: Ratio,
    pub country_links_r: Ratio,
    /// Of the true typed links found (actor level), those with a right kind.
    pub kind: Ratio,
    /// Of those with a right directed kind, those pointing the right way.
    pub direction: Ratio,
    /// Evidence sentences of true links that state the link.
    pub evidence_p: Ratio,
    /// What went wrong, for `--verbose`.
    pub notes: Vec<String>,
}

impl Score {
    pub fn add(&mut self, o: &Score) {
        self.countries_p.add(o.countries_p);
        self.countries_r.add(o.countries_r);
        self.people_r.add(o.people_r);
        self.orgs_r.add(o.orgs_r);
        self.people_p.add(o.people_p);
        self.orgs_p.add(o.orgs_p);
        self.links_p.add(o.links_p);
        self.links_r.add(o.links_r);
        self.country_links_p.add(o.country_links_p);
        self.country_links_r.add(o.country_links_r);
        self.kind.add(o.kind);
        self.direction.add(o.direction);
        self.evidence_p.add(o.evidence_p);
    }
}

/// Accents, case and apostrophes folded, white space collapsed: how names are compared.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        let c = match c {
            '’' | '‘' | 'ʼ' => '\'',
            '\u{a0}' | '\u{202f}' | '\u{2009}' => ' ',
            '\u{2010}' | '\u{2011}' => '-',
            c => c,
        };
        out.extend(c.to_lowercase());
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The articles of one corpus directory with their gold, in name order.
pub fn articles(dir: &Path) -> Vec<(PathBuf, Gold)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    let mut golds: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.yaml"))
        .collect();
    golds.sort();
    for path in golds {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let gold: Gold =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        out.push((dir.join(&gold.article), gold));
    }
    out
}

/// A problem with a gold file itself (an unknown id, a sentence not in the text).
pub fn check_gold(article: &Path, gold: &Gold, gazetteer: &Gazetteer) -> Vec<String> {
    let mut problems = Vec::new();
    let text = match std::fs::read_to_string(article) {
        Ok(t) => t,
        Err(e) => return vec![format!("{}: {e}", article.display())],
    };
    let countries: BTreeSet<&str> = gazetteer
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Country)
        .map(|e| e.id.as_str())
        .collect();
    let actors: BTreeSet<String> = gold
        .people
        .iter()
        .chain(&gold.organizations)
        .map(|a| fold(&a.name))
        .collect();
    for id in gold.countries.iter().chain(
        gold.people
            .iter()
            .chain(&gold.organizations)
            .filter_map(|a| a.country.as_ref()),
    ) {
        if !countries.contains(id.as_str()) {
            problems.push(format!("unknown country id `{id}`"));
        }
    }
    for l in gold
        .links
        .iter()
        .chain(&gold.negated)
        .chain(&gold.uncertain)
    {
        for end in [&l.from, &l.to] {
            if !countries.contains(end.as_str()) && !actors.contains(&fold(end)) {
                problems.push(format!(
                    "link end `{end}` is no country id nor listed actor"
                ));
            }
        }
        match text.matches(l.sentence.as_str()).count() {
            1 => {}
            0 => problems.push(format!("sentence not in the article: {:?}", l.sentence)),
            _ => problems.push(format!("sentence not unique: {:?}", l.sentence)),
        }
    }
    problems
}

/// One end of a gold link, resolved: the analysis entity it names, if found, and its
/// country (gold's word for it).
struct End {
    entity: Option<usize>,
    country: Option<String>,
}

/// Scores one article.
pub fn score(article: &Path, gold: &Gold, gazetteer: &Gazetteer) -> Score {
    let mut s = Score::default();
    let loaded = match brief::load::load_path(article) {
        Ok(l) => l,
        Err(problems) => {
            s.notes.push(format!("does not load: {problems:?}"));
            return s;
        }
    };
    let briefing = loaded.briefing;
    let analysis = brief::analysis::analyse(&briefing, gazetteer);
    let ents = &analysis.entities;
    let rollup = rollup_all(ents);

    // Mention texts per entity, folded: how an entity is known by what the text says.
    let mut texts: Vec<BTreeSet<String>> = vec![BTreeSet::new(); ents.len()];
    for m in &analysis.mentions {
        if let Some(t) = briefing.text_at(&m.loc) {
            texts[m.entity as usize].insert(fold(t));
        }
    }

    // Countries: named directly (not only through a capital or a leader).
    let found: BTreeSet<&str> = analysis
        .mentions
        .iter()
        .map(|m| &ents[m.entity as usize])
        .filter(|e| e.kind == EntityKind::Country)
        .map(|e| e.id.as_str())
        .collect();
    let gold_countries: BTreeSet<&str> = gold.countries.iter().map(String::as_str).collect();
    for c in &found {
        let ok = gold_countries.contains(c);
        s.countries_p.count(ok);
        if !ok {
            s.notes.push(format!("country found, not in gold: {c}"));
        }
    }
    for c in &gold_countries {
        let ok = found.contains(c);
        s.countries_r.count(ok);
        if !ok {
            s.notes.push(format!("country missed: {c}"));
        }
    }

    // People and organisations: recognised by their whole name, with a fitting kind.
    let named = |name: &str, kinds: &[EntityKind]| -> Option<usize> {
        let f = fold(name);
        (0..ents.len()).find(|&i| {
            kinds.contains(&ents[i].kind)
                && (texts[i].contains(&f)
                    || fold(&ents[i].name) == f
                    || ents[i].aliases.iter().any(|a| fold(a) == f))
        })
    };
    for p in &gold.people {
        let ok = named(&p.name, &[EntityKind::Person]).is_some();
        s.people_r.count(ok);
        if !ok {
            s.notes.push(format!("person missed: {}", p.name));
        }
    }
    for o in &gold.organizations {
        let ok = named(&o.name, &[EntityKind::Organization]).is_some();
        s.orgs_r.count(ok);
        if !ok {
            s.notes
                .push(format!("organisation missed (whole name): {}", o.name));
        }
    }

    actor_precision(&mut s, gold, ents, &texts);

    // Link ends: a country id, else a listed actor found by any of its names.
    let actor = |name: &str| -> Option<&Actor> {
        let f = fold(name);
        gold.people
            .iter()
            .chain(&gold.organizations)
            .find(|a| fold(&a.name) == f)
    };
    let resolve = |name: &str| -> End {
        if let Some(i) = ents
            .iter()
            .position(|e| e.kind == EntityKind::Country && e.id == name)
        {
            return End {
                entity: Some(i),
                country: Some(name.to_string()),
            };
        }
        let Some(a) = actor(name) else {
            return End {
                entity: None,
                country: None,
            };
        };
        let any = [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Other,
            EntityKind::Place,
            EntityKind::Event,
            EntityKind::Country,
        ];
        let entity = std::iter::once(&a.name)
            .chain(&a.aliases)
            .find_map(|n| named(n, &any));
        End {
            entity,
            country: a.country.clone(),
        }
    };

    // Gold, as sets of keys: actor pairs (entity indexes) and country pairs (ids).
    type Pair<T> = (T, T);
    let key = |a: usize, b: usize| -> Pair<usize> { (a.min(b), a.max(b)) };
    let ckey = |a: &str, b: &str| -> Pair<String> {
        if a <= b {
            (a.into(), b.into())
        } else {
            (b.into(), a.into())
        }
    };
    let mut gold_pairs: BTreeMap<Pair<usize>, Vec<&GoldLink>> = BTreeMap::new();
    let mut gold_unresolved = Vec::new();
    let mut gold_cpairs: BTreeSet<Pair<String>> = BTreeSet::new();
    let mut skip_pairs: BTreeSet<Pair<usize>> = BTreeSet::new();
    let mut skip_cpairs: BTreeSet<Pair<String>> = BTreeSet::new();
    for (list, positive) in [
        (&gold.links, true),
        (&gold.negated, false),
        (&gold.uncertain, false),
    ] {
        for l in list {
            let (a, b) = (resolve(&l.from), resolve(&l.to));
            if let (Some(ca), Some(cb)) = (&a.country, &b.country)
                && ca != cb
            {
                if positive {
                    gold_cpairs.insert(ckey(ca, cb));
                } else {
                    skip_cpairs.insert(ckey(ca, cb));
                }
            }
            match (a.entity, b.entity) {
                (Some(x), Some(y)) if positive => gold_pairs.entry(key(x, y)).or_default().push(l),
                (Some(x), Some(y)) => {
                    skip_pairs.insert(key(x, y));
                }
                _ if positive => gold_unresolved.push(l),
                _ => {}
            }
        }
    }
    // A negated or uncertain pair that is also stated elsewhere is judged as stated.
    skip_pairs.retain(|p| !gold_pairs.contains_key(p));
    skip_cpairs.retain(|p| !gold_cpairs.contains(p));

    // The system's typed links.
    let typed: Vec<&brief::model::Link> = analysis.links.iter().filter(|l| is_typed(l)).collect();
    let mut sys_pairs: BTreeMap<Pair<usize>, Vec<&brief::model::Link>> = BTreeMap::new();
    let mut sys_cpairs: BTreeSet<Pair<String>> = BTreeSet::new();
    for l in &typed {
        sys_pairs.entry(key(l.from, l.to)).or_default().push(l);
        if let (Some(a), Some(b)) = (rollup[l.from], rollup[l.to])
            && a != b
        {
            sys_cpairs.insert(ckey(&ents[a].id, &ents[b].id));
        }
    }
    let name = |i: usize| ents[i].name.as_str();

    for (pair, links) in &sys_pairs {
        if skip_pairs.contains(pair) {
            continue;
        }
        let truth = gold_pairs.get(pair);
        s.links_p.count(truth.is_some());
        let Some(golds) = truth else {
            for l in links {
                s.notes.push(format!(
                    "false link: {} {} {} — {}",
                    name(l.from),
                    l.kind.as_str(),
                    name(l.to),
                    first_sentence(&briefing, l)
                ));
            }
            continue;
        };
        for l in links {
            let kind_ok = golds.iter().any(|g| g.kind == l.kind);
            s.kind.count(kind_ok);
            if !kind_ok {
                s.notes.push(format!(
                    "wrong kind: {}–{} {} (gold {})",
                    name(l.from),
                    name(l.to),
                    l.kind.as_str(),
                    golds
                        .iter()
                        .map(|g| g.kind.as_str())
                        .collect::<Vec<_>>()
                        .join("/")
                ));
            } else if l.kind.is_directed() {
                let ok = golds.iter().any(|g| {
                    g.kind == l.kind
                        && resolve(&g.from).entity == Some(l.from)
                        && resolve(&g.to).entity == Some(l.to)
                });
                s.direction.count(ok);
                if !ok {
                    s.notes.push(format!(
                        "wrong direction: {} {} {}",
                        name(l.from),
                        l.kind.as_str(),
                        name(l.to)
                    ));
                }
            }
            for e in &l.evidence {
                let text = briefing.text_at(&e.loc).unwrap_or("");
                let ok = golds.iter().any(|g| text.contains(g.sentence.as_str()));
                s.evidence_p.count(ok);
                if !ok {
                    s.notes.push(format!(
                        "evidence not stating {}–{}: {}",
                        name(l.from),
                        name(l.to),
                        text
                    ));
                }
            }
        }
    }
    for (pair, golds) in &gold_pairs {
        let ok = sys_pairs.contains_key(pair);
        s.links_r.count(ok);
        if !ok {
            let g = golds[0];
            s.notes.push(format!(
                "link missed: {} {} {} — {}",
                g.from,
                g.kind.as_str(),
                g.to,
                g.sentence
            ));
        }
    }
    for g in gold_unresolved {
        s.links_r.count(false);
        s.notes.push(format!(
            "link missed (an end not recognised): {} {} {} — {}",
            g.from,
            g.kind.as_str(),
            g.to,
            g.sentence
        ));
    }
    for p in &sys_cpairs {
        if !skip_cpairs.contains(p) {
            s.country_links_p.count(gold_cpairs.contains(p));
        }
    }
    for p in &gold_cpairs {
        s.country_links_r.count(sys_cpairs.contains(p));
    }
    s
}

/// Precision of people and organisations: every entity of that kind the text mentions
/// is right when its name or a mention of it is a gold name or alias of that kind. A
/// person may be named in part ("Marcos" of "Ferdinand R. Marcos Jr."); an organisation
/// must be named whole, so a fragment counts as false.
fn actor_precision(
    s: &mut Score,
    gold: &Gold,
    ents: &[brief::model::Entity],
    texts: &[BTreeSet<String>],
) {
    let words = |n: &str| -> Vec<String> {
        fold(n)
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    let part_of = |part: &[String], whole: &[String]| {
        !part.is_empty() && whole.windows(part.len()).any(|w| w == part)
    };
    let people: Vec<Vec<String>> = gold.people.iter().map(|p| words(&p.name)).collect();
    let orgs: BTreeSet<String> = gold
        .organizations
        .iter()
        .flat_map(|o| std::iter::once(&o.name).chain(&o.aliases))
        .map(|n| fold(n))
        .collect();
    for (e, forms) in ents.iter().zip(texts) {
        if forms.is_empty() {
            continue;
        }
        let names = || std::iter::once(fold(&e.name)).chain(forms.iter().cloned());
        match e.kind {
            EntityKind::Person => {
                let ok = names().any(|n| people.iter().any(|p| part_of(&words(&n), p)));
                s.people_p.count(ok);
                if !ok {
                    s.notes
                        .push(format!("person found, not in gold: {}", e.name));
                }
            }
            EntityKind::Organization => {
                let ok = names().any(|n| orgs.contains(&n));
                s.orgs_p.count(ok);
                if !ok {
                    s.notes
                        .push(format!("organisation found, not in gold: {}", e.name));
                }
            }
            _ => {}
        }
    }
}

/// A link the text states (not a mere co-mention, not negated).
fn is_typed(l: &brief::model::Link) -> bool {
    l.kind != RelationKind::CoMention && !l.negated
}

fn first_sentence(briefing: &Briefing, l: &brief::model::Link) -> String {
    l.evidence
        .first()
        .and_then(|e| briefing.text_at(&e.loc))
        .unwrap_or("")
        .to_string()
}

/// The corpus directory.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// Scores every article of `set` ("dev" or "heldout"): per article, then the sum.
pub fn score_set(set: &str, gazetteer: &Gazetteer) -> (Vec<(String, Score)>, Score) {
    let mut rows = Vec::new();
    let mut total = Score::default();
    for (path, gold) in articles(&corpus().join(set)) {
        let problems = check_gold(&path, &gold, gazetteer);
        assert!(
            problems.is_empty(),
            "{}: bad gold:\n{}",
            path.display(),
            problems.join("\n")
        );
        let s = score(&path, &gold, gazetteer);
        total.add(&s);
        rows.push((gold.article.clone(), s));
    }
    (rows, total)
}

fn pct(r: Ratio) -> String {
    if r.of == 0 {
        "   –".into()
    } else {
        format!("{:>4.0}", 100.0 * r.value())
    }
}

/// The table of one set, one row per article then the micro-average.
pub fn table(rows: &[(String, Score)], total: &Score) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| article | ctry P | ctry R | link P | link R | c-link P | c-link R | kind | dir | evid P | people P | people R | org P | org R |"
    );
    let _ = writeln!(
        out,
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    );
    let line = |name: &str, s: &Score| {
        format!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            pct(s.countries_p),
            pct(s.countries_r),
            pct(s.links_p),
            pct(s.links_r),
            pct(s.country_links_p),
            pct(s.country_links_r),
            pct(s.kind),
            pct(s.direction),
            pct(s.evidence_p),
            pct(s.people_p),
            pct(s.people_r),
            pct(s.orgs_p),
            pct(s.orgs_r)
        )
    };
    for (name, s) in rows {
        let _ = writeln!(out, "{}", line(name, s));
    }
    let _ = writeln!(out, "{}", line("**micro-average**", total));
    out
}

/// Counts behind the micro-average, for the record.
pub fn counts(total: &Score) -> String {
    let r = |x: Ratio| format!("{}/{}", x.hit, x.of);
    format!(
        "countries P {} R {} · links P {} R {} · country links P {} R {} · kind {} · direction {} · evidence {} · people P {} R {} · organisations P {} R {}",
        r(total.countries_p),
        r(total.countries_r),
        r(total.links_p),
        r(total.links_r),
        r(total.country_links_p),
        r(total.country_links_r),
        r(total.kind),
        r(total.direction),
        r(total.evidence_p),
        r(total.people_p),
        r(total.people_r),
        r(total.orgs_p),
        r(total.orgs_r)
    )
}
