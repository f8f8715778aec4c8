//! A loaded briefing and what analysis found in it: the unit the reader, its layouts
//! and the picker share (behind an `Arc`, as it is read-only once loaded). The
//! briefing is shared on its own too, with the worker thread that analyses it.

use std::path::Path;
use std::sync::Arc;

use super::{Analysis, Briefing};

#[derive(Debug, Clone)]
pub struct Doc {
    pub briefing: Arc<Briefing>,
    /// Empty while `pending`.
    pub analysis: Analysis,
    /// The analysis is still being computed, in the background: what needs it waits.
    pub(crate) pending: bool,
    /// `Some(path)`: the briefing is the start of that large article, whose whole is
    /// being loaded in the background (`load::load_start`); its analysis waits for it.
    pub(crate) loading: Option<Arc<Path>>,
    /// The file it was read from, and the hash of its bytes then: what the reader's
    /// memory and the file watcher key on. `None`: no file (the seed, a test's text).
    pub(crate) origin: Option<Arc<crate::memory::Origin>>,
}

impl Doc {
    /// A briefing and its analysis.
    pub fn new(briefing: impl Into<Arc<Briefing>>, analysis: Analysis) -> Doc {
        Doc {
            briefing: briefing.into(),
            analysis,
            pending: false,
            loading: None,
            origin: None,
        }
    }

    /// A briefing whose analysis is yet to come.
    pub fn pending(briefing: impl Into<Arc<Briefing>>) -> Doc {
        Doc {
            briefing: briefing.into(),
            analysis: Analysis::default(),
            pending: true,
            loading: None,
            origin: None,
        }
    }

    /// The start of the large article at `path`, its whole to come.
    pub(crate) fn head(briefing: impl Into<Arc<Briefing>>, path: &Path) -> Doc {
        Doc {
            loading: Some(path.into()),
            ..Doc::pending(briefing)
        }
    }

    /// The same doc, read from `origin`.
    pub(crate) fn with_origin(mut self, origin: crate::memory::Origin) -> Doc {
        self.origin = Some(Arc::new(origin));
        self
    }

    /// A briefing loaded from `path`, its analysis to come, with its origin: the reader
    /// remembers it across runs and reloads it when it changes.
    pub(crate) fn from_file(path: &std::path::Path, briefing: Briefing) -> Doc {
        let doc = Doc::pending(briefing);
        match crate::memory::Origin::of(path) {
            Some(origin) => doc.with_origin(origin),
            None => doc,
        }
    }
}
