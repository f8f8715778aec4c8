//! The relations table of the Markdown digest (`brief export --format markdown`).

use std::fmt::Write;

use crate::model::{Analysis, Briefing};

/// One table row per link: ends, kind (with an arrow when directed), weight, label,
/// declared or inferred, and the evidence as `section#n «cue»`. The digest supplies
/// the heading; the table is empty when there are no links.
pub fn markdown_table(briefing: &Briefing, analysis: &Analysis) -> String {
    if analysis.links.is_empty() {
        return String::new();
    }
    let mut out = String::from("| From | Relation | To | Weight | Label | Source | Evidence |\n");
    out.push_str("|---|---|---|---:|---|---|---|\n");
    let name = |i: usize| analysis.entities.get(i).map_or("?", |e| e.name.as_str());
    for l in &analysis.links {
        let evidence: Vec<String> = l
            .evidence
            .iter()
            .map(|e| {
                let section = briefing
                    .sections
                    .get(e.loc.section as usize)
                    .map_or("?", |s| s.id.as_str());
                match &e.cue {
                    Some(cue) => format!("{section}#{} «{cue}»", e.sentence),
                    None => format!("{section}#{}", e.sentence),
                }
            })
            .collect();
        let kind = if l.directed {
            format!("{} →", l.kind.as_str())
        } else {
            l.kind.as_str().to_string()
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            cell(name(l.from)),
            kind,
            cell(name(l.to)),
            l.weight,
            cell(&l.label),
            if l.declared { "declared" } else { "inferred" },
            cell(&evidence.join(", ")),
        );
    }
    out
}

/// A table cell: pipes escaped, line breaks flattened.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relations::testutil::{analyse, doc};

    #[test]
    fn one_row_per_link_with_evidence() {
        let b = doc(
            "en",
            &["US sanctions on Russia hit hard. Russia and Kazakhstan talks went on."],
        );
        let md = markdown_table(&b, &analyse(&b));
        let rows: Vec<&str> = md
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| From"))
            .collect();
        assert_eq!(
            rows,
            [
                "| Russia | dialogue | Kazakhstan | 1 | Russia–Kazakhstan dialogue | inferred | s0#1 «talks» |",
                "| United States | sanctions → | Russia | 1 | United States sanctions on Russia | inferred | s0#0 «sanctions» |",
            ]
        );
    }

    #[test]
    fn pipes_are_escaped_and_empty_means_nothing() {
        assert_eq!(cell("a|b\nc"), "a\\|b c");
        let b = doc("en", &["Nothing here."]);
        assert_eq!(markdown_table(&b, &analyse(&b)), "");
    }
}
