//! International bodies (the U.N., the EU, the African Union, NATO, the
//! IAEA, ...) with the CAMEO actor code the event-data convention gives them
//! (`IGO`, `NGO`): a body of states has no state's country, and a person
//! its title ties to a body ("U.N. mediator X") acts for the body.
//!
//! **The rule.** Names are compared as written, case kept ("WHO" is a body,
//! "who" is not), except that periods are dropped ("U.N." is "UN") and a
//! leading "the"/"The" is skipped.

use crate::load::rows;
use std::collections::HashMap;
use std::sync::LazyLock;

const BODY_ROWS: &str = include_str!("../data/bodies.tsv");

/// The body table, parsed on first use.
pub static BODIES: LazyLock<Bodies> = LazyLock::new(|| Bodies::parse(BODY_ROWS));

/// Every name of every body, in its matching form, with the body's code.
#[derive(Debug, Default)]
pub struct Bodies {
    by_name: HashMap<String, &'static str>,
}

/// A name in its matching form: periods dropped, a leading article skipped,
/// spaces normalized, case kept.
fn name_key(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let rest = match words.split_first() {
        Some((&("the" | "The"), rest)) => rest,
        _ => &words[..],
    };
    rest.join(" ").chars().filter(|&c| c != '.').collect()
}

impl Bodies {
    fn parse(text: &'static str) -> Bodies {
        let mut by_name = HashMap::new();
        for row in rows(text) {
            let (Some(&code), Some(names)) = (row.first(), row.get(1)) else {
                continue;
            };
            for name in names.split('|').map(str::trim).filter(|n| !n.is_empty()) {
                by_name.insert(name_key(name), code);
            }
        }
        Bodies { by_name }
    }

    /// The code of the body `name` names ("the U.N." → `IGO`), if any.
    pub fn code(&self, name: &str) -> Option<&'static str> {
        self.by_name.get(&name_key(name)).copied()
    }

    /// True when `name` names an international body.
    pub fn is_body(&self, name: &str) -> bool {
        self.code(name).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_by_name_and_abbreviation() {
        let b = &*BODIES;
        assert_eq!(b.code("the U.N."), Some("IGO"));
        assert_eq!(b.code("The United Nations"), Some("IGO"));
        assert_eq!(b.code("African Union"), Some("IGO"));
        assert_eq!(b.code("NATO"), Some("IGO"));
        assert_eq!(b.code("E.U."), Some("IGO"));
        assert_eq!(b.code("EU"), Some("IGO"));
        assert_eq!(b.code("Human Rights Watch"), Some("NGO"));
    }

    #[test]
    fn case_is_kept() {
        assert!(BODIES.is_body("WHO"));
        assert!(!BODIES.is_body("who"));
        assert!(!BODIES.is_body("Union"));
        assert!(!BODIES.is_body("Russia"));
    }

    #[test]
    fn every_row_has_a_known_code() {
        for row in rows(BODY_ROWS) {
            assert!(matches!(row[0], "IGO" | "NGO"), "{row:?}");
            assert_eq!(row.len(), 2, "{row:?}");
        }
    }
}
