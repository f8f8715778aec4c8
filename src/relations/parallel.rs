//! Inference over ranges of sections on several threads, joined into the links one
//! pass over the whole text gives: same links, same order (by first evidence), same
//! evidence order. Sections are independent (a sentence never spans two), so each
//! range is inferred by `infer::infer` as it is.

use std::collections::HashMap;

use super::infer;
use crate::model::{Briefing, Entity, Link, Mention};
use crate::work::{self, Control};

/// Every inferred link of the briefing, in order of first evidence.
pub(super) fn infer(
    briefing: &Briefing,
    entities: &[Entity],
    mentions: &[Mention],
    control: &Control,
) -> Vec<Link> {
    let pieces = work::map_chunks(briefing, |sections| {
        infer::infer(briefing, entities, mentions, sections, control)
    });
    join(pieces)
}

/// Links of consecutive ranges as one list: a link found again in a later range gains
/// its evidence (after the earlier range's) and weight.
fn join(pieces: Vec<Vec<Link>>) -> Vec<Link> {
    let mut pieces = pieces.into_iter();
    let mut out = pieces.next().unwrap_or_default();
    let mut index: HashMap<_, usize> = out.iter().enumerate().map(|(i, l)| (l.key(), i)).collect();
    for link in pieces.flatten() {
        match index.get(&link.key()) {
            Some(&i) => {
                out[i].weight += link.weight;
                out[i].evidence.extend(link.evidence);
            }
            None => {
                index.insert(link.key(), out.len());
                out.push(link);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Gazetteer;
    use crate::model::Section;

    /// Regression guard for the split: many sections over `work::PARALLEL_BYTES`, so
    /// that they are inferred on several threads, give what one range gives.
    #[test]
    fn ranges_joined_equal_one_pass() {
        // Each section opens on the pair the one before it ends with: the split must
        // carry that memory over its cut.
        let para = "The two countries signed a trade deal. France sanctioned Russia. \
                    Talks between China and Japan resumed in Beijing.";
        let sections: Vec<Section> = (0..(work::PARALLEL_BYTES / para.len() + 50))
            .map(|i| Section {
                id: format!("s{i}"),
                title: format!("Part {i}"),
                body: vec![para.to_owned()],
            })
            .collect();
        let n = sections.len();
        let b = Briefing::new("t", "en", sections);
        let (entities, mentions) = crate::entities::index(&b, &Gazetteer::builtin());
        let control = Control::new();
        let whole = infer::infer(&b, &entities, &mentions, 0..n, &control);
        let split = join(vec![
            infer::infer(&b, &entities, &mentions, 0..n / 3, &control),
            infer::infer(&b, &entities, &mentions, n / 3..n, &control),
        ]);
        assert_eq!(whole, split);
        assert_eq!(whole, super::infer(&b, &entities, &mentions, &control));
        assert!(whole.iter().map(|l| l.weight).sum::<u32>() as usize >= n * 2);
        let china = entities.iter().position(|e| e.id == "china");
        let japan = entities.iter().position(|e| e.id == "japan");
        let pair = |l: &&Link| {
            l.kind == crate::model::RelationKind::Trade
                && [Some(l.from), Some(l.to)].contains(&china)
                && [Some(l.from), Some(l.to)].contains(&japan)
        };
        let trade = whole.iter().find(pair).expect("China–Japan trade");
        assert_eq!(trade.weight as usize, n - 1, "every section but the first");
    }
}
