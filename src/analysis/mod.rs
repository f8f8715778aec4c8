//! Analysis of a loaded briefing, run once per load: entity mentions (see `entities`)
//! then relations (see `relations`), each over ranges of sections on all cores
//! (`work`). The reader runs it on a worker thread (`Job`) so that the text shows at
//! once; `export` and `import` call `analyse` and wait.

mod job;

pub(crate) use job::{Job, Known, Outcome};

use crate::entities::{Gazetteer, Options};
use crate::model::{Analysis, Briefing};
use crate::work::{self, Control};

/// Recognise the entities of `briefing` and the links between them.
pub fn analyse(briefing: &Briefing, gazetteer: &Gazetteer) -> Analysis {
    analyse_controlled(briefing, gazetteer, &Control::new()).unwrap_or_default()
}

/// `analyse`, reporting progress to `control` (the text is gone through twice: once
/// to index, once to infer); `None` when `control` was cancelled before the end.
fn analyse_controlled(
    briefing: &Briefing,
    gazetteer: &Gazetteer,
    control: &Control,
) -> Option<Analysis> {
    control.expect(2 * work::text_bytes(briefing));
    let options = Options::for_briefing(briefing);
    let (entities, mentions) =
        crate::entities::index_controlled(briefing, gazetteer, options, control);
    if control.cancelled() {
        return None;
    }
    let links = crate::relations::links_controlled(briefing, &entities, &mentions, control);
    if control.cancelled() {
        return None;
    }
    Some(Analysis {
        entities,
        mentions,
        links,
    })
}

/// Write what analysis found back into the briefing as curatable entities and
/// relations (used by `brief import`, so an analyst starts from them).
pub(crate) fn enrich(briefing: &mut Briefing, analysis: &Analysis) {
    briefing.entities = crate::entities::curate(briefing, analysis);
    briefing.relations = crate::relations::curate(briefing, analysis);
}
