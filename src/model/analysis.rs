//! What analysis adds to a loaded briefing: entity mentions and relations with their
//! evidence, as positions in the text. Computed once per load (`crate::analysis`),
//! read by the reader, `export` and `import`.

use super::{Entity, RelationKind};

/// Which string of a section a position is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// The section heading.
    Title,
    /// Paragraph `n` of the body (zero-based).
    Para(u32),
}

/// A byte range in one string of one section. `start..end` always falls on char
/// boundaries of that string. Fields are `u32` because a 20 MB article holds hundreds
/// of thousands of mentions and memory must stay within a few times the input size
/// (sections and paragraphs are capped far below 4 GiB by `load::MAX_FILE_BYTES`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Loc {
    /// Index into `Briefing::sections`.
    pub section: u32,
    pub part: Part,
    pub start: u32,
    pub end: u32,
}

/// One place where the text names an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Index into `Analysis::entities`.
    pub entity: u32,
    pub loc: Loc,
}

/// One sentence that supports a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// Zero-based sentence index within the section body.
    pub sentence: usize,
    /// The sentence's range (its `loc.section` is the section).
    pub loc: Loc,
    /// The cue word that gave the kind, as written in the text.
    pub cue: Option<String>,
}

/// An edge of the link chart, between two entities (countries after roll-up unless the
/// briefing declares otherwise).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Indexes into `Analysis::entities`.
    pub from: usize,
    pub to: usize,
    pub kind: RelationKind,
    pub directed: bool,
    pub label: String,
    /// How strongly the text supports it: the number of evidence sentences, at least 1.
    pub weight: u32,
    /// Declared in the briefing (curated) rather than inferred from the text.
    pub declared: bool,
    /// Stated only to be denied, refused or supposed (see `Relation::negated`).
    pub negated: bool,
    pub evidence: Vec<Evidence>,
}

/// The result of analysing one briefing: built once per load, never per frame.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// The briefing's entities first, in its order, then gazetteer entities that the
    /// text mentions, then candidates found in the text.
    pub entities: Vec<Entity>,
    /// Sorted by `loc`; never overlapping.
    pub mentions: Vec<Mention>,
    /// Sorted by weight, heaviest first.
    pub links: Vec<Link>,
}

impl Link {
    /// What makes two links one: their ends (ordered for directed kinds), kind and
    /// whether they are negated.
    pub fn key(&self) -> (usize, usize, RelationKind, bool) {
        let (a, b) = if self.kind.is_directed() {
            (self.from, self.to)
        } else {
            (self.from.min(self.to), self.from.max(self.to))
        };
        (a, b, self.kind, self.negated)
    }
}

impl Loc {
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl Analysis {
    /// Mentions of `entity` per section, indexed by section.
    pub(crate) fn mentions_per_section(&self, entity: usize, sections: usize) -> Vec<usize> {
        let mut counts = vec![0; sections];
        for m in self.mentions.iter().filter(|m| m.entity as usize == entity) {
            if let Some(c) = counts.get_mut(m.loc.section as usize) {
                *c += 1;
            }
        }
        counts
    }
}
