//! A loaded briefing and what analysis found in it: the unit the reader, its layouts
//! and the picker share (behind an `Arc`, as it is read-only once loaded).

use super::{Analysis, Briefing};

#[derive(Debug, Clone)]
pub struct Doc {
    pub briefing: Briefing,
    pub analysis: Analysis,
}
