//! The briefing model: plain serde types shared by loading, analysis and the reader.
//! Nothing here knows about the terminal.

mod analysis;
mod briefing;
mod doc;

pub use analysis::{Analysis, Evidence as LinkEvidence, Link, Loc, Mention, Part};
pub use briefing::{Briefing, Entity, EntityKind, RelationKind, Section};
pub(crate) use briefing::{Evidence, Relation, Short};
pub use doc::Doc;
