//! Graphviz output of the link chart (`brief export --format dot`).
//!
//! One `digraph`: directed kinds draw an arrow from actor to target (`dir=forward`),
//! mutual kinds a plain line (`dir=none`). Colour and line style tell the kinds apart;
//! a negated link is dotted and labelled "not …"; pen width grows with the weight. Labels are escaped for dot's quoted strings.

use std::collections::BTreeSet;
use std::fmt::Write;

use crate::model::{Analysis, Briefing, RelationKind};

/// Graphviz `dot` text of the briefing's links.
pub fn to_dot(briefing: &Briefing, analysis: &Analysis) -> String {
    let mut out = String::from("digraph brief {\n");
    let _ = writeln!(out, "  label=\"{}\";", escape(&briefing.title));
    out.push_str("  labelloc=t;\n  node [shape=box, style=rounded];\n");
    let nodes: BTreeSet<usize> = analysis.links.iter().flat_map(|l| [l.from, l.to]).collect();
    for &n in &nodes {
        let (id, name) = analysis
            .entities
            .get(n)
            .map_or((n.to_string(), "?"), |e| (e.id.clone(), e.name.as_str()));
        let _ = writeln!(out, "  \"{}\" [label=\"{}\"];", escape(&id), escape(name));
    }
    for l in &analysis.links {
        let id = |i: usize| {
            analysis
                .entities
                .get(i)
                .map_or(i.to_string(), |e| e.id.clone())
        };
        let (color, style) = look(l.kind);
        // A negated link: dotted, "not sanctions".
        let style = if l.negated { "dotted" } else { style };
        let not = if l.negated { "not " } else { "" };
        let text = if l.weight > 1 {
            format!("{not}{} ({})", l.kind.as_str(), l.weight)
        } else {
            format!("{not}{}", l.kind.as_str())
        };
        let _ = writeln!(
            out,
            "  \"{}\" -> \"{}\" [label=\"{}\", tooltip=\"{}\", dir={}, color=\"{color}\", fontcolor=\"{color}\", style={style}, penwidth={}];",
            escape(&id(l.from)),
            escape(&id(l.to)),
            escape(&text),
            escape(&l.label),
            if l.directed { "forward" } else { "none" },
            1 + l.weight.min(4),
        );
    }
    out.push_str("}\n");
    out
}

/// Colour and line style of a kind: hostile kinds red, cooperative blue and green.
fn look(kind: RelationKind) -> (&'static str, &'static str) {
    use RelationKind::*;
    match kind {
        Sanctions => ("firebrick", "bold"),
        Pressure => ("darkorange", "bold"),
        Aid => ("darkgreen", "bold"),
        Alliance => ("navy", "bold"),
        Cooperation => ("royalblue", "solid"),
        Dialogue => ("steelblue", "dashed"),
        Rapprochement => ("seagreen", "dashed"),
        Tension => ("red", "dashed"),
        Trade => ("purple", "solid"),
        CoMention => ("gray50", "dotted"),
    }
}

/// Escape for a dot double-quoted string: quotes and backslashes, line breaks as `\n`.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relations::testutil::{analyse, doc};

    #[test]
    fn arrows_for_directed_kinds_lines_for_mutual_ones() {
        let b = doc(
            "en",
            &["US sanctions on Russia hit hard. Russia and Kazakhstan talks went on."],
        );
        let dot = to_dot(&b, &analyse(&b));
        assert!(dot.starts_with("digraph brief {\n"), "{dot}");
        assert!(
            dot.contains("\"us\" -> \"ru\" [label=\"sanctions\""),
            "{dot}"
        );
        assert!(dot.contains("dir=forward"), "{dot}");
        assert!(
            dot.contains("\"ru\" -> \"kz\" [label=\"dialogue\""),
            "{dot}"
        );
        assert!(dot.contains("dir=none"), "{dot}");
        assert!(dot.contains("\"kz\" [label=\"Kazakhstan\"]"), "{dot}");
        assert!(dot.ends_with("}\n"));
    }

    #[test]
    fn labels_are_escaped() {
        assert_eq!(escape("a \"b\" \\ c\nd\u{7}"), "a \\\"b\\\" \\\\ c\\nd");
        let mut b = doc("en", &["Russia and Kazakhstan talks went on."]);
        b.title = "The \"big\" deal".into();
        let dot = to_dot(&b, &analyse(&b));
        assert!(dot.contains("label=\"The \\\"big\\\" deal\";"), "{dot}");
    }
}
