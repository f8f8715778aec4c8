//! Relations: declared in the briefing and inferred from sentences, with evidence.

use crate::model::{Briefing, Entity, Link, Mention};

/// Every link of the briefing, declared and inferred, heaviest first.
pub fn links(_briefing: &Briefing, _entities: &[Entity], _mentions: &[Mention]) -> Vec<Link> {
    Vec::new()
}

/// The relations an imported briefing should declare: the inferred links, as YAML
/// relations with their evidence.
pub fn curate(
    briefing: &Briefing,
    _analysis: &crate::model::Analysis,
) -> Vec<crate::model::Relation> {
    briefing.relations.clone()
}

/// Graphviz `dot` text of the briefing's links (`brief export --format dot`).
pub fn to_dot(_briefing: &Briefing, _analysis: &crate::model::Analysis) -> String {
    String::from("digraph brief {\n}\n")
}

/// A Markdown table of the links, for the `--format markdown` digest.
pub fn markdown_table(_briefing: &Briefing, _analysis: &crate::model::Analysis) -> String {
    String::new()
}
