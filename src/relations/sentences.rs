//! Sentence numbers of a section: what the `sentence` of evidence counts. The
//! boundaries themselves are `text::sentences`, the crate's one splitter.

use std::ops::Range;

use crate::model::Section;
use crate::text::sentences;

/// A sentence of a section body, located by paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceRef {
    /// Index of the paragraph in `Section::body`.
    pub para: usize,
    /// Byte range within that paragraph.
    pub range: Range<usize>,
}

/// The section-level sentence index: every sentence of the body, paragraphs in order.
/// A sentence's number (as in `Evidence::sentence`) is its position in this vector.
pub fn section_sentences(section: &Section) -> Vec<SentenceRef> {
    section
        .body
        .iter()
        .enumerate()
        .flat_map(|(para, text)| {
            sentences(text)
                .into_iter()
                .map(move |range| SentenceRef { para, range })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_index_counts_across_paragraphs() {
        let section = Section {
            id: "s".into(),
            title: "T".into(),
            body: vec!["Un. Deux.".into(), "".into(), "Trois.".into()],
        };
        let refs = section_sentences(&section);
        let got: Vec<(usize, &str)> = refs
            .iter()
            .map(|r| (r.para, &section.body[r.para][r.range.clone()]))
            .collect();
        assert_eq!(got, [(0, "Un."), (0, "Deux."), (2, "Trois.")]);
    }
}
