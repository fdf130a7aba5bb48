//! PLOVER event types to quad classes, from `data/plover_quads.tsv`.

use dragoman_lexicon::load;
use std::collections::HashMap;
use std::sync::OnceLock;

const QUADS: &str = include_str!("../data/plover_quads.tsv");

/// The PLOVER event types, in the order of the PLOVER manual.
pub fn plover_types() -> impl Iterator<Item = &'static str> {
    rows().map(|(kind, _)| kind)
}

/// The rows of the table: a type and its quad.
fn rows() -> impl Iterator<Item = (&'static str, u8)> {
    load::rows(QUADS).filter_map(|row| match row[..] {
        [k, q, ..] => Some((k, q.trim().parse().ok()?)),
        _ => None,
    })
}

/// The quad class of a PLOVER event type: 1 verbal cooperation, 2 material
/// cooperation, 3 verbal conflict, 4 material conflict.
pub fn quad_class(kind: &str) -> Option<u8> {
    static TABLE: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    let table = TABLE.get_or_init(|| rows().collect());
    table.get(kind).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_plover_type_has_its_quad() {
        assert_eq!(quad_class("CONSULT"), Some(1));
        assert_eq!(quad_class("AID"), Some(2));
        assert_eq!(quad_class("REJECT"), Some(3));
        assert_eq!(quad_class("ASSAULT"), Some(4));
        assert_eq!(quad_class("nope"), None);
        assert_eq!(plover_types().count(), 16);
    }
}
