//! Government bodies: the nouns that head a body named by common words
//! ("foreign ministry", "the army") and the words that make an organisation
//! a government body ("Kremlin", "Security Council").

use crate::load::rows;
use std::collections::HashSet;
use std::sync::LazyLock;

const BODY_ROWS: &str = include_str!("../data/bodies.tsv");

/// The body list, parsed on first use.
pub static BODIES: LazyLock<Bodies> = LazyLock::new(|| Bodies::parse(BODY_ROWS));

/// The body list, by what callers ask of it.
#[derive(Debug, Default)]
pub struct Bodies {
    /// Nouns that head a body ("ministry").
    heads: HashSet<&'static str>,
    /// Heads and names that make an organisation a government body
    /// ("ministry", "security council"; not "office").
    government: Vec<&'static str>,
}

impl Bodies {
    fn parse(text: &'static str) -> Bodies {
        let mut b = Bodies::default();
        for row in rows(text) {
            let [kind, words] = row[..] else {
                panic!("bodies.tsv: a row must have two columns: {row:?}");
            };
            match kind {
                "head" => {
                    b.heads.insert(words);
                    b.government.push(words);
                }
                "head-any" => {
                    b.heads.insert(words);
                }
                "name" => b.government.push(words),
                other => panic!("bodies.tsv: unknown kind {other:?}"),
            }
        }
        b
    }

    /// True when the lower-case `word` is the noun that heads a body, or
    /// its plural ("ministry", "ministries", "offices").
    pub fn is_head(&self, word: &str) -> bool {
        self.heads.contains(word) || singular(word).is_some_and(|s| self.heads.contains(s.as_str()))
    }

    /// True when `name` (any case) holds a government word or phrase
    /// between word boundaries ("Russian Foreign Ministry", "the
    /// Kremlin's"; not "Armyworm Institute").
    pub fn is_government(&self, name: &str) -> bool {
        let lower = name.to_lowercase();
        self.government.iter().any(|p| contains_words(&lower, p))
    }
}

/// True when `phrase` occurs in `haystack` with no letter or digit right
/// before or after it.
fn contains_words(haystack: &str, phrase: &str) -> bool {
    haystack.match_indices(phrase).any(|(i, m)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + m.len()..].chars().next();
        [before, after]
            .iter()
            .all(|c| c.is_none_or(|c| !c.is_alphanumeric()))
    })
}

/// The singular of a plural noun ("ministries" → "ministry", "offices" →
/// "office"), or `None` for a word that does not end in "s".
fn singular(word: &str) -> Option<String> {
    if let Some(stem) = word.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    word.strip_suffix('s').map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_and_their_plurals() {
        let b = &*BODIES;
        assert!(b.is_head("ministry") && b.is_head("ministries"));
        assert!(b.is_head("offices") && b.is_head("army"));
        assert!(!b.is_head("kremlin") && !b.is_head("minister"));
    }

    #[test]
    fn government_words_are_whole_words() {
        let b = &*BODIES;
        assert!(b.is_government("Russian Foreign Ministry"));
        assert!(b.is_government("the Kremlin"));
        assert!(b.is_government("U.N. Security Council"));
        assert!(!b.is_government("Council of Europe"));
        assert!(!b.is_government("Armyworm Research Institute"));
        assert!(!b.is_government("International Labour Office"));
    }
}
