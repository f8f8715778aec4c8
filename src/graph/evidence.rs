//! A link's evidence as the pane lists it: each supporting sentence with the title
//! of its section, read from the briefing through the evidence's `Loc`.

use crate::model::{Briefing, Link, Loc};

/// One supporting sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Item {
    pub(crate) loc: Loc,
    pub(crate) section_title: String,
    /// The sentence as written; empty when the `Loc` points outside the briefing.
    pub(crate) text: String,
    pub(crate) cue: Option<String>,
}

/// The evidence of `link`, in its order.
pub(crate) fn items(briefing: &Briefing, link: &Link) -> Vec<Item> {
    link.evidence
        .iter()
        .map(|e| Item {
            loc: e.loc,
            section_title: briefing
                .sections
                .get(e.loc.section as usize)
                .map(|s| s.title.clone())
                .unwrap_or_default(),
            text: loc_text(briefing, e.loc).unwrap_or_default().to_string(),
            cue: e.cue.clone(),
        })
        .collect()
}

/// The text at `loc`, or `None` when it is not a char range of the briefing.
pub fn loc_text(briefing: &Briefing, loc: Loc) -> Option<&str> {
    briefing.text_at(&loc)
}
