//! The Markdown digest of `brief export --format markdown`: what an analyst pastes
//! into a report.

use std::collections::HashMap;
use std::io::{self, Write};

use super::group;
use crate::entities::rollup_all;
use crate::model::{Analysis, Briefing};

// Every string from the file goes through the one Markdown escape (issue 12 item 9).
use crate::text::markdown::inline as cell;

/// Title, metadata, per-section entity counts, the entities table and the relations
/// table (`relations::markdown_table`).
pub fn to_markdown(briefing: &Briefing, analysis: &Analysis) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail, and only `str`s are written.
    let _ = write_markdown(briefing, analysis, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// `to_markdown`, written straight to `out`: the digest of a long article is
/// megabytes, and nothing but counts is kept while writing it.
fn write_markdown(
    briefing: &Briefing,
    analysis: &Analysis,
    out: &mut impl Write,
) -> io::Result<()> {
    write_markdown_annotated(briefing, analysis, &[], out)
}

/// `write_markdown`, then the reader's marks and notes (`export::annotations`), each
/// with its section and the sentence quoted.
pub(crate) fn write_markdown_annotated(
    briefing: &Briefing,
    analysis: &Analysis,
    annotations: &[super::AnnotationExport],
    out: &mut impl Write,
) -> io::Result<()> {
    write_digest(briefing, analysis, out)?;
    if annotations.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n## Notes and marks\n")?;
    for a in annotations {
        let section = match a.section_number {
            Some(n) => format!("§{n} {}", cell(&a.section_title)),
            None => format!("{} (no longer in the file)", cell(&a.section_title)),
        };
        match &a.note {
            Some(note) => writeln!(out, "- **Note** ({section}): {}", cell(note))?,
            None => writeln!(out, "- **Mark** ({section})")?,
        }
        writeln!(out, "  > {}", cell(&a.quote))?;
    }
    Ok(())
}

fn write_digest(briefing: &Briefing, analysis: &Analysis, out: &mut impl Write) -> io::Result<()> {
    let entities = &analysis.entities;
    // An id stands for its first entity (its name, its total), as in the export
    // sorted by id; mentions of entities that do not exist are not counted.
    let mut first_of: HashMap<&str, usize> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        first_of.entry(e.id.as_str()).or_insert(i);
    }
    let known = |m: &crate::model::Mention| (m.entity as usize) < entities.len();
    let mut totals = vec![0u32; entities.len()];
    for m in analysis.mentions.iter().filter(|m| known(m)) {
        totals[m.entity as usize] += 1;
    }
    writeln!(out, "# {}\n", cell(briefing.title.trim()))?;
    writeln!(out, "- Language: {}", cell(&briefing.language))?;
    if let Some(date) = &briefing.date {
        writeln!(out, "- Date: {}", cell(date))?;
    }
    if let Some(source) = &briefing.source {
        writeln!(out, "- Source: {}", cell(source.trim()))?;
    }
    writeln!(
        out,
        "- Sections: {}, entities: {}, mentions: {}, relations: {}",
        briefing.sections.len(),
        entities.len(),
        analysis.mentions.len(),
        analysis.links.len()
    )?;
    if let Some(summary) = &briefing.summary {
        writeln!(out, "\n{}", cell(summary.trim()))?;
    }

    out.write_all(b"\n## Sections\n\n| Section | Entities mentioned |\n| --- | --- |\n")?;
    let sections = briefing.sections.len();
    let (by_section, starts) = group(&analysis.mentions, sections, |m| {
        let s = m.loc.section as usize;
        (known(m) && s < sections).then_some(s)
    });
    let mut list = String::new();
    for (i, s) in briefing.sections.iter().enumerate() {
        let mut counts: HashMap<&str, u32> = HashMap::new();
        for &m in &by_section[starts[i]..starts[i + 1]] {
            let e = analysis.mentions[m as usize].entity as usize;
            *counts.entry(entities[e].id.as_str()).or_default() += 1;
        }
        let mut counts: Vec<(&str, u32)> = counts.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        list.clear();
        for (n, (id, count)) in counts.iter().enumerate() {
            if n > 0 {
                list.push_str(", ");
            }
            let name = first_of.get(id).map_or(*id, |&e| entities[e].name.as_str());
            list.push_str(&format!("{} ({count})", cell(name)));
        }
        writeln!(out, "| {} | {} |", cell(&s.title), list)?;
    }

    out.write_all(
        b"\n## Entities\n\n| Entity | Kind | Counts for | Mentions |\n| --- | --- | --- | ---: |\n",
    )?;
    let up = rollup_all(entities);
    let mut rows: Vec<(u32, &str, &str, &str, &str)> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let total = totals[first_of[e.id.as_str()]];
            let country = up[i]
                .filter(|&c| c != i)
                .map_or("", |c| entities[c].name.as_str());
            (
                total,
                e.name.as_str(),
                e.kind.as_str(),
                e.id.as_str(),
                country,
            )
        })
        .collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.3.cmp(b.3)));
    for (total, name, kind, _, country) in rows {
        writeln!(
            out,
            "| {} | {kind} | {} | {total} |",
            cell(name),
            cell(country)
        )?;
    }

    out.write_all(b"\n## Relations\n\n")?;
    if analysis.links.is_empty() {
        out.write_all(b"No relations found.\n")?;
    } else {
        crate::relations::write_markdown_table(briefing, analysis, out)?;
    }
    Ok(())
}
