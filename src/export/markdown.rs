//! The Markdown digest of `brief export --format markdown`: what an analyst pastes
//! into a report.

use std::fmt::Write as _;

use super::export;
use crate::entities::rollup_all;
use crate::model::{Analysis, Briefing};

/// A cell's text with the characters that would break a table escaped.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// Title, metadata, per-section entity counts, the entities table and the relations
/// table (`relations::markdown_table`).
pub fn to_markdown(briefing: &Briefing, analysis: &Analysis) -> String {
    let ex = export(briefing, analysis);
    let name_of = |id: &str| {
        ex.entities
            .iter()
            .find(|e| e.id == id)
            .map_or_else(|| id.to_string(), |e| e.name.clone())
    };
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", briefing.title.trim());
    let _ = writeln!(out, "- Language: {}", briefing.language);
    if let Some(date) = &briefing.date {
        let _ = writeln!(out, "- Date: {date}");
    }
    if let Some(source) = &briefing.source {
        let _ = writeln!(out, "- Source: {}", source.trim());
    }
    let _ = writeln!(
        out,
        "- Sections: {}, entities: {}, mentions: {}, relations: {}",
        ex.sections.len(),
        ex.entities.len(),
        analysis.mentions.len(),
        ex.relations.len()
    );
    if let Some(summary) = &briefing.summary {
        let _ = writeln!(out, "\n{}", summary.trim());
    }

    out.push_str("\n## Sections\n\n| Section | Entities mentioned |\n| --- | --- |\n");
    for s in &ex.sections {
        let mut counts: Vec<(&String, &u32)> = s.mentions.iter().collect();
        counts.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        let list: Vec<String> = counts
            .iter()
            .map(|(id, n)| format!("{} ({n})", name_of(id)))
            .collect();
        let _ = writeln!(out, "| {} | {} |", cell(&s.title), cell(&list.join(", ")));
    }

    out.push_str(
        "\n## Entities\n\n| Entity | Kind | Counts for | Mentions |\n| --- | --- | --- | ---: |\n",
    );
    let up = rollup_all(&analysis.entities);
    let mut rows: Vec<(u32, &str, String, &str, String)> = analysis
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let total = ex
                .entities
                .iter()
                .find(|x| x.id == e.id)
                .map_or(0, |x| x.mentions.total);
            let country = up[i]
                .filter(|&c| c != i)
                .map_or_else(String::new, |c| analysis.entities[c].name.clone());
            (
                total,
                e.name.as_str(),
                e.kind.as_str().to_string(),
                e.id.as_str(),
                country,
            )
        })
        .collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.3.cmp(b.3)));
    for (total, name, kind, _, country) in rows {
        let _ = writeln!(
            out,
            "| {} | {kind} | {} | {total} |",
            cell(name),
            cell(&country)
        );
    }

    out.push_str("\n## Relations\n\n");
    let table = crate::relations::markdown_table(briefing, analysis);
    if table.trim().is_empty() {
        out.push_str("No relations found.\n");
    } else {
        out.push_str(&table);
        if !table.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}
