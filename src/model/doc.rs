//! A loaded briefing and what analysis found in it: the unit the reader, its layouts
//! and the picker share (behind an `Arc`, as it is read-only once loaded). The
//! briefing is shared on its own too, with the worker thread that analyses it.

use std::sync::Arc;

use super::{Analysis, Briefing};

#[derive(Debug, Clone)]
pub struct Doc {
    pub briefing: Arc<Briefing>,
    /// Empty while `pending`.
    pub analysis: Analysis,
    /// The analysis is still being computed, in the background: what needs it waits.
    pub pending: bool,
    /// The file it was read from, and the hash of its bytes then: what the reader's
    /// memory and the file watcher key on. `None`: no file (the seed, a test's text).
    pub origin: Option<Arc<crate::memory::Origin>>,
}

impl Doc {
    /// A briefing and its analysis.
    pub fn new(briefing: impl Into<Arc<Briefing>>, analysis: Analysis) -> Doc {
        Doc {
            briefing: briefing.into(),
            analysis,
            pending: false,
            origin: None,
        }
    }

    /// A briefing whose analysis is yet to come.
    pub fn pending(briefing: impl Into<Arc<Briefing>>) -> Doc {
        Doc {
            briefing: briefing.into(),
            analysis: Analysis::default(),
            pending: true,
            origin: None,
        }
    }

    /// The same doc, read from `origin`.
    pub fn with_origin(mut self, origin: crate::memory::Origin) -> Doc {
        self.origin = Some(Arc::new(origin));
        self
    }

    /// A briefing loaded from `path`, its analysis to come, with its origin: the reader
    /// remembers it across runs and reloads it when it changes.
    pub fn from_file(path: &std::path::Path, briefing: Briefing) -> Doc {
        let doc = Doc::pending(briefing);
        match crate::memory::Origin::of(path) {
            Some(origin) => doc.with_origin(origin),
            None => doc,
        }
    }
}
