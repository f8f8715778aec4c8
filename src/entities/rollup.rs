//! Affiliation roll-up: the country a mention counts for. A capital, a leader, a
//! company or an institution counts for the country its affiliation chain reaches
//! (Moscou → Russia, Poutine → Russia, Kremlin → Russia, Washington → United States).

use std::collections::HashMap;

use crate::model::{Entity, EntityKind};

/// Longest affiliation chain followed; a longer one is a cycle in curated data.
const MAX_CHAIN: usize = 16;

/// The index in `entities` of the country entity `idx` counts for: itself when it is a
/// country, else the first country along its affiliation chain; `None` when the chain
/// reaches no country (an international organisation, an unaffiliated person).
pub fn rollup(entities: &[Entity], idx: usize) -> Option<usize> {
    let mut at = idx;
    for _ in 0..MAX_CHAIN {
        let entity = entities.get(at)?;
        if entity.kind == EntityKind::Country {
            return Some(at);
        }
        let parent = entity.affiliation.as_deref()?;
        at = entities.iter().position(|e| e.id == parent)?;
    }
    None
}

/// `rollup` for every entity at once, in linear time: for callers that roll up many
/// mentions.
pub fn rollup_all(entities: &[Entity]) -> Vec<Option<usize>> {
    let by_id: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    (0..entities.len())
        .map(|idx| {
            let mut at = idx;
            for _ in 0..MAX_CHAIN {
                let entity = &entities[at];
                if entity.kind == EntityKind::Country {
                    return Some(at);
                }
                at = *by_id.get(entity.affiliation.as_deref()?)?;
            }
            None
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn follows_affiliations_to_a_country() {
        let e = vec![
            entity("russia", EntityKind::Country, None),
            entity("kremlin", EntityKind::Organization, Some("russia")),
            entity("peskov", EntityKind::Person, Some("kremlin")),
            entity("un", EntityKind::Organization, None),
            entity("loop-a", EntityKind::Person, Some("loop-b")),
            entity("loop-b", EntityKind::Person, Some("loop-a")),
            entity("lost", EntityKind::Person, Some("nowhere")),
        ];
        let expected = vec![Some(0), Some(0), Some(0), None, None, None, None];
        assert_eq!(
            (0..e.len()).map(|i| rollup(&e, i)).collect::<Vec<_>>(),
            expected
        );
        assert_eq!(rollup_all(&e), expected);
        assert_eq!(rollup(&e, 99), None);
    }
}
