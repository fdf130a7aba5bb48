//! Features of the map (seas, islands, rivers, shoals), known by the last
//! word of their names: a place that holds no party. The entities stage
//! types such a name as a place; the events stage never makes one the
//! party an event is done to ("warned against patrols in the South China
//! Sea").

use crate::load::lines;
use std::sync::LazyLock;

const FEATURE_HEADS: &str = include_str!("../data/features.txt");

/// The feature words, parsed on first use.
pub static FEATURES: LazyLock<Features> = LazyLock::new(|| Features {
    heads: lines(FEATURE_HEADS).map(str::trim).collect(),
});

/// The last words of the names of features of the map, as written.
#[derive(Debug, Default)]
pub struct Features {
    heads: Vec<&'static str>,
}

impl Features {
    /// True when `name` has two words or more and its last word is a
    /// feature's ("Red Sea", "Scarborough Shoal"; "Sea" alone is not). A
    /// sentence's closing period kept in the name is no part of the word.
    pub fn is_feature(&self, name: &str) -> bool {
        let mut words = name.split_whitespace().rev();
        let last = words.next().unwrap_or("").trim_end_matches('.');
        words.next().is_some() && self.heads.contains(&last)
    }

    /// True when `word`, as written, ends the names of features.
    pub fn is_head(&self, word: &str) -> bool {
        self.heads.contains(&word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_by_their_last_word() {
        let f = &*FEATURES;
        assert!(f.is_feature("South China Sea"));
        assert!(f.is_feature("Second Thomas Shoal"));
        assert!(f.is_feature("Yellow Sea."));
        assert!(!f.is_feature("Sea"));
        assert!(!f.is_feature("Sea Shepherd"));
        assert!(!f.is_feature("Russia"));
        assert!(f.is_head("Strait"));
        assert!(!f.is_head("strait"));
    }
}
