//! Analysis of a loaded briefing, run once per load: entity mentions (see `entities`)
//! then relations (see `relations`).

use crate::entities::Gazetteer;
use crate::model::{Analysis, Briefing};

/// Recognise the entities of `briefing` and the links between them.
pub fn analyse(briefing: &Briefing, gazetteer: &Gazetteer) -> Analysis {
    let (entities, mentions) = crate::entities::index(briefing, gazetteer);
    let links = crate::relations::links(briefing, &entities, &mentions);
    Analysis {
        entities,
        mentions,
        links,
    }
}

/// Write what analysis found back into the briefing as curatable entities and
/// relations (used by `brief import`, so an analyst starts from them).
pub fn enrich(briefing: &mut Briefing, analysis: &Analysis) {
    briefing.entities = crate::entities::curate(briefing, analysis);
    briefing.relations = crate::relations::curate(briefing, analysis);
}
