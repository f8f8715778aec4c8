//! Unit tests of inference on whole sentences, read with the built-in gazetteer and
//! matcher (as `brief` reads an article).

use crate::entities::Gazetteer;
use crate::model::{Briefing, RelationKind, Section};

/// (from id, to id, kind, negated) of every typed link of a one-paragraph article.
pub fn read(lang: &str, text: &str) -> Vec<(String, String, RelationKind, bool)> {
    let section = Section {
        id: "s".into(),
        title: "T".into(),
        body: text.split('\n').map(str::to_string).collect(),
    };
    let b = Briefing::new("T", lang, vec![section]);
    let a = crate::analysis::analyse(&b, &Gazetteer::builtin());
    let mut out: Vec<_> = a
        .links
        .iter()
        .filter(|l| l.kind != RelationKind::CoMention)
        .map(|l| {
            let (f, t) = (a.entities[l.from].id.clone(), a.entities[l.to].id.clone());
            let (f, t) = if l.kind.is_directed() || f <= t {
                (f, t)
            } else {
                (t, f)
            };
            (f, t, l.kind, l.negated)
        })
        .collect();
    out.sort();
    out
}

/// Prints the reading of `BRIEF_SENTENCE` (language `BRIEF_LANG`, default `en`):
/// `BRIEF_SENTENCE='…' cargo test --lib debug_sentence -- --ignored --nocapture`.
#[test]
#[ignore]
fn debug_sentence() {
    let all = std::env::var("BRIEF_SENTENCE").unwrap_or_default();
    let lang = std::env::var("BRIEF_LANG").unwrap_or_else(|_| "en".into());
    for text in all.split("||") {
        debug_one(text.trim(), &lang);
    }
}

fn debug_one(text: &str, lang: &str) {
    let text = text.to_string();
    println!("=== {text}");
    let section = Section {
        id: "s".into(),
        title: "T".into(),
        body: vec![text.clone()],
    };
    let b = Briefing::new("T", lang, vec![section]);
    let a = crate::analysis::analyse(&b, &Gazetteer::builtin());
    for m in &a.mentions {
        let e = &a.entities[m.entity as usize];
        println!(
            "mention {:?} → {} ({:?})",
            &text[m.loc.range()],
            e.id,
            e.kind
        );
    }
    let ents = super::super::tokens::Ents::new(&a.entities);
    let mentions: Vec<_> = a
        .mentions
        .iter()
        .map(|m| (m.loc.range(), m.entity as usize))
        .collect();
    let t = super::super::tokens::Tokens::new(&text, &mentions, &ents, lang == "fr");
    let kinds: Vec<String> = (0..t.len())
        .map(|k| {
            format!(
                "{}{}",
                &text[t.toks[k].range.clone()],
                if t.actor(k).is_some() { "@" } else { "" }
            )
        })
        .collect();
    println!("tokens: {}", kinds.join(" "));
    for c in super::super::clauses::split(&t) {
        let words: Vec<&str> = c
            .toks
            .iter()
            .map(|&k| &text[t.toks[k].range.clone()])
            .collect();
        println!("clause: {}", words.join(" "));
    }
    for l in a.links.iter().filter(|l| l.kind != RelationKind::CoMention) {
        println!(
            "{} {} {} negated={} cue={:?}",
            a.entities[l.from].id,
            l.kind.as_str(),
            a.entities[l.to].id,
            l.negated,
            l.evidence[0].cue
        );
    }
}
