//! The country view of the links: every end rolled up to its country (a minister to
//! their state, a state company to its state), so the chart can show how countries
//! are linked when the text names people, agencies and companies. Ends that reach no
//! country (the UN, an unaffiliated person) stay themselves.

use std::collections::HashMap;

use super::merge::unite;
use crate::model::{Entity, Link};

/// `links` with both ends rolled up to countries, those that become one country's link
/// to itself dropped, and the links that now coincide (same ends, kind and negation)
/// merged: evidence united sentence by sentence, weight the number of sentences,
/// declared if any was. Heaviest first, ties in the order of `links`.
pub fn country_view(links: &[Link], entities: &[Entity]) -> Vec<Link> {
    let country = crate::entities::rollup_all(entities);
    let up = |i: usize| country.get(i).copied().flatten().unwrap_or(i);
    let mut out: Vec<Link> = Vec::new();
    let mut index: HashMap<_, usize> = HashMap::new();
    for link in links {
        let (from, to) = (up(link.from), up(link.to));
        if from == to {
            continue;
        }
        let rolled = Link {
            from,
            to,
            evidence: link.evidence.clone(),
            label: if (from, to) == (link.from, link.to) {
                link.label.clone()
            } else {
                String::new()
            },
            ..link.clone()
        };
        match index.get(&rolled.key()) {
            Some(&i) => {
                let l: &mut Link = &mut out[i];
                unite(&mut l.evidence, rolled.evidence);
                l.declared |= rolled.declared;
                if l.label.is_empty() {
                    l.label = rolled.label;
                }
            }
            None => {
                index.insert(rolled.key(), out.len());
                out.push(rolled);
            }
        }
    }
    for l in &mut out {
        l.weight = (l.evidence.len() as u32).max(1);
    }
    out.sort_by_key(|l| std::cmp::Reverse(l.weight));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, LinkEvidence, Loc, Part, RelationKind};

    fn entity(id: &str, kind: EntityKind, affiliation: Option<&str>) -> Entity {
        Entity {
            id: id.into(),
            name: id.into(),
            kind,
            iso: None,
            aliases: Vec::new(),
            affiliation: affiliation.map(Into::into),
            short: None,
        }
    }

    fn link(from: usize, to: usize, kind: RelationKind, sentences: &[usize]) -> Link {
        Link {
            from,
            to,
            kind,
            directed: kind.is_directed(),
            label: String::new(),
            weight: sentences.len() as u32,
            declared: false,
            negated: false,
            evidence: sentences
                .iter()
                .map(|&s| LinkEvidence {
                    sentence: s,
                    loc: Loc {
                        section: 0,
                        part: Part::Para(0),
                        start: 10 * s as u32,
                        end: 10 * s as u32 + 5,
                    },
                    cue: None,
                })
                .collect(),
        }
    }

    #[test]
    fn ends_roll_up_and_coinciding_links_merge() {
        use EntityKind::*;
        let entities = [
            entity("us", Country, None),
            entity("ru", Country, None),
            entity("rosneft", Organization, Some("ru")),
            entity("lukoil", Organization, Some("ru")),
            entity("un", Organization, None),
            entity("putin", Person, Some("ru")),
        ];
        let links = [
            link(0, 2, RelationKind::Sanctions, &[1]),
            link(0, 3, RelationKind::Sanctions, &[1, 2]),
            link(5, 1, RelationKind::Dialogue, &[3]),
            link(4, 5, RelationKind::Dialogue, &[4]),
        ];
        let view = country_view(&links, &entities);
        // Rosneft and Lukoil become Russia: one sanctions link, sentences 1 and 2 once each.
        assert_eq!((view[0].from, view[0].to), (0, 1));
        assert_eq!(view[0].kind, RelationKind::Sanctions);
        assert_eq!(view[0].weight, 2);
        // Putin talking to Russia is Russia talking to itself: gone. The UN stays itself.
        assert_eq!(view.len(), 2);
        assert_eq!((view[1].from, view[1].to), (4, 1));
    }

    #[test]
    fn a_negated_link_stays_apart_from_a_stated_one() {
        let entities = [
            entity("a", EntityKind::Country, None),
            entity("b", EntityKind::Country, None),
        ];
        let mut denied = link(0, 1, RelationKind::Trade, &[2]);
        denied.negated = true;
        let view = country_view(&[link(0, 1, RelationKind::Trade, &[1]), denied], &entities);
        assert_eq!(view.len(), 2);
        assert!(view.iter().any(|l| l.negated) && view.iter().any(|l| !l.negated));
    }
}
