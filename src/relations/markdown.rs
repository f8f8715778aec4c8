//! The relations table of the Markdown digest (`brief export --format markdown`).

use std::io::{self, Write};

use crate::model::{Analysis, Briefing};

/// One table row per link: ends, kind (with an arrow when directed), weight, label,
/// declared or inferred, and the evidence as `section#n «cue»`. The digest supplies
/// the heading; the table is empty when there are no links.
pub fn markdown_table(briefing: &Briefing, analysis: &Analysis) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail, and only `str`s are written.
    let _ = write_markdown_table(briefing, analysis, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// `markdown_table`, written row by row to `out`: on a long article the table is
/// megabytes, and the digest streams it rather than holding it.
pub fn write_markdown_table(
    briefing: &Briefing,
    analysis: &Analysis,
    out: &mut impl Write,
) -> io::Result<()> {
    if analysis.links.is_empty() {
        return Ok(());
    }
    out.write_all(b"| From | Relation | To | Weight | Label | Source | Evidence |\n")?;
    out.write_all(b"|---|---|---|---:|---|---|---|\n")?;
    let name = |i: usize| analysis.entities.get(i).map_or("?", |e| e.name.as_str());
    let mut evidence = String::new();
    for l in &analysis.links {
        evidence.clear();
        for (n, e) in l.evidence.iter().enumerate() {
            let section = briefing
                .sections
                .get(e.loc.section as usize)
                .map_or("?", |s| s.id.as_str());
            if n > 0 {
                evidence.push_str(", ");
            }
            evidence.push_str(&cell(section));
            evidence.push('#');
            evidence.push_str(&e.sentence.to_string());
            if let Some(cue) = &e.cue {
                evidence.push_str(" «");
                evidence.push_str(&cell(cue));
                evidence.push('»');
            }
        }
        let arrow = if l.directed { " →" } else { "" };
        let not = if l.negated { "not " } else { "" };
        writeln!(
            out,
            "| {} | {not}{}{arrow} | {} | {} | {} | {} | {} |",
            cell(name(l.from)),
            l.kind.as_str(),
            cell(name(l.to)),
            l.weight,
            cell(&l.label),
            if l.declared { "declared" } else { "inferred" },
            evidence,
        )?;
    }
    Ok(())
}

/// A table cell: pipes escaped, line breaks flattened.
use crate::text::markdown::inline as cell;

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
