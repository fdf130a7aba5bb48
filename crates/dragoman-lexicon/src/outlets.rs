//! News outlets and agencies, and the one rule that finds them.
//!
//! **The rule.** Words are compared as written, case kept (many outlet names
//! are common words: "Times", "Guardian", "The Hill"), except that periods
//! are dropped and "the" matches "The". An entry written with a leading
//! "The" ("The Hill", "The Atlantic") needs it; any other entry may have
//! "the" in front of it in the text ("the Financial Times").

use crate::load::lines;
use std::collections::HashMap;
use std::sync::LazyLock;

const OUTLET_NAMES: &str = include_str!("../data/outlets.txt");

/// The outlet list, parsed on first use.
pub static OUTLETS: LazyLock<Outlets> = LazyLock::new(|| Outlets::parse(OUTLET_NAMES));

/// The outlets, as word lists, indexed by first word.
#[derive(Debug, Default)]
pub struct Outlets {
    by_first: HashMap<String, Vec<Vec<String>>>,
}

/// A word in its matching form: periods dropped, "The" as "the".
fn word_key(word: &str) -> String {
    let w: String = word.chars().filter(|&c| c != '.').collect();
    if w == "The" {
        "the".to_string()
    } else {
        w
    }
}

impl Outlets {
    fn parse(text: &str) -> Outlets {
        let mut by_first: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for name in lines(text) {
            let words: Vec<String> = name.split_whitespace().map(word_key).collect();
            by_first.entry(words[0].clone()).or_default().push(words);
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        Outlets { by_first }
    }

    /// The number of words of the longest outlet name that starts `words`.
    pub fn at(&self, words: &[&str]) -> Option<usize> {
        let first = word_key(words.first()?);
        self.by_first.get(&first)?.iter().find_map(|entry| {
            let fits = entry.len() <= words.len()
                && entry.iter().zip(words).all(|(e, w)| *e == word_key(w));
            fits.then_some(entry.len())
        })
    }

    /// The first outlet name among `words`: its word range.
    pub fn find_in(&self, words: &[&str]) -> Option<std::ops::Range<usize>> {
        (0..words.len()).find_map(|i| self.at(&words[i..]).map(|n| i..i + n))
    }

    /// True when the whole of `name` is an outlet's name.
    pub fn is_outlet(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split_whitespace().collect();
        let whole = |w: &[&str]| self.at(w) == Some(w.len()) && !w.is_empty();
        whole(&words) || (words.len() > 1 && word_key(words[0]) == "the" && whole(&words[1..]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_as_written() {
        let o = &*OUTLETS;
        assert!(o.is_outlet("the Financial Times"));
        assert!(o.is_outlet("Reuters"));
        assert!(o.is_outlet("The Hill"));
        assert!(!o.is_outlet("Hill"));
        assert!(!o.is_outlet("the financial times"));
        assert!(!o.is_outlet("Finance Ministry"));
        assert!(!o.is_outlet(""));
    }

    #[test]
    fn outlets_are_found_among_words() {
        let words = [
            "a", "report", "in", "the", "Wall", "Street", "Journal", "said",
        ];
        assert_eq!(OUTLETS.find_in(&words), Some(4..7));
        assert_eq!(OUTLETS.find_in(&["Capitol", "Hill", "aides"]), None);
        assert_eq!(OUTLETS.find_in(&["told", "The", "Hill"]), Some(1..3));
        assert_eq!(OUTLETS.at(&["A.F.P."]), Some(1));
        assert_eq!(OUTLETS.at(&["Reuters", "said"]), Some(1));
    }
}
