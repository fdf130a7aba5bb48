//! BILOU tags: the tag set, legal transitions, and conversion to and from token ranges.

use dragoman_model::EntityType;
use std::ops::Range;

/// The entity types in tag order.
pub const TYPES: [EntityType; 4] = [
    EntityType::Per,
    EntityType::Org,
    EntityType::Loc,
    EntityType::Misc,
];

/// Number of tags: `O` plus B, I, L, U for each of the four types.
pub const N_TAGS: usize = 1 + 4 * TYPES.len();

/// The outside tag.
pub const O: u8 = 0;

/// Where a token stands in its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// First of several.
    Begin,
    /// Inside, neither first nor last.
    Inside,
    /// Last of several.
    Last,
    /// The whole entity.
    Unit,
}

/// The tag of `position` in an entity of type index `ty` (into [`TYPES`]).
pub fn tag(ty: usize, position: Position) -> u8 {
    (1 + ty * 4 + position as usize) as u8
}

/// The type index and position of a tag, `None` for `O`.
pub fn split(tag: u8) -> Option<(usize, Position)> {
    if tag == O {
        return None;
    }
    let k = usize::from(tag - 1);
    let position = match k % 4 {
        0 => Position::Begin,
        1 => Position::Inside,
        2 => Position::Last,
        _ => Position::Unit,
    };
    Some((k / 4, position))
}

/// The type index of an entity type.
pub fn type_index(kind: EntityType) -> usize {
    TYPES.iter().position(|&t| t == kind).unwrap_or(0)
}

/// True when `next` may follow `prev` (`None` = sentence start); `last` says
/// `next` ends the sentence, where no entity may stay open.
pub fn allowed(prev: Option<u8>, next: u8, last: bool) -> bool {
    let open = prev
        .and_then(split)
        .filter(|(_, p)| matches!(p, Position::Begin | Position::Inside));
    match (open, split(next)) {
        (Some((ty, _)), Some((t, p))) => {
            t == ty && (p == Position::Last || (p == Position::Inside && !last))
        }
        (Some(_), None) => false,
        (None, None) => true,
        (None, Some((_, p))) => p == Position::Unit || (p == Position::Begin && !last),
    }
}

/// Tags for `n` tokens holding `entities` (token ranges with type indices);
/// overlapping entities after the first are dropped.
pub fn encode(n: usize, entities: &[(Range<usize>, usize)]) -> Vec<u8> {
    let mut tags = vec![O; n];
    for (r, ty) in entities {
        if r.is_empty() || r.end > n || tags[r.clone()].iter().any(|&t| t != O) {
            continue;
        }
        if r.len() == 1 {
            tags[r.start] = tag(*ty, Position::Unit);
            continue;
        }
        tags[r.start] = tag(*ty, Position::Begin);
        for t in &mut tags[r.start + 1..r.end - 1] {
            *t = tag(*ty, Position::Inside);
        }
        tags[r.end - 1] = tag(*ty, Position::Last);
    }
    tags
}

/// The entities (token ranges with type indices) a tag sequence holds. Reads
/// ill-formed sequences leniently: an entity ends where its type changes or a
/// `B`/`U`/`O` comes.
pub fn decode(tags: &[u8]) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (start, type)
    for (i, &t) in tags.iter().enumerate() {
        match split(t) {
            None => {
                if let Some((s, ty)) = open.take() {
                    out.push((s..i, ty));
                }
            }
            Some((ty, p)) => {
                let continues = matches!(open, Some((_, o)) if o == ty)
                    && matches!(p, Position::Inside | Position::Last);
                if !continues {
                    if let Some((s, o)) = open.take() {
                        out.push((s..i, o));
                    }
                    open = Some((i, ty));
                }
                if matches!(p, Position::Last | Position::Unit) {
                    let (s, ty) = open.take().unwrap_or((i, ty));
                    out.push((s..i + 1, ty));
                }
            }
        }
    }
    if let Some((s, ty)) = open {
        out.push((s..tags.len(), ty));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_then_decode_round_trips() {
        let ents = vec![(0..2, 0), (3..4, 2), (5..8, 1)];
        let tags = encode(9, &ents);
        assert_eq!(decode(&tags), ents);
    }

    #[test]
    fn transitions_keep_entities_closed() {
        let b_per = tag(0, Position::Begin);
        assert!(allowed(None, b_per, false));
        assert!(!allowed(None, b_per, true));
        assert!(!allowed(Some(b_per), O, false));
        assert!(allowed(Some(b_per), tag(0, Position::Last), true));
        assert!(!allowed(Some(b_per), tag(1, Position::Last), false));
        assert!(!allowed(Some(b_per), tag(0, Position::Inside), true));
    }

    #[test]
    fn lenient_decoding_of_broken_sequences() {
        let i_org = tag(1, Position::Inside);
        assert_eq!(decode(&[O, i_org, i_org]), vec![(1..3, 1)]);
        assert_eq!(
            decode(&[tag(0, Position::Begin), tag(2, Position::Last)]),
            vec![(0..1, 0), (1..2, 2)]
        );
    }
}
