//! Titles and roles ("foreign minister", "special envoy"), the words they
//! are made of, and the honorifics written before names ("Mr.", "Gen.").

use crate::load::rows;
use std::collections::HashSet;
use std::sync::LazyLock;

const TITLE_ROWS: &str = include_str!("../data/titles.tsv");

/// The title list, parsed on first use.
pub static TITLES: LazyLock<Titles> = LazyLock::new(|| Titles::parse(TITLE_ROWS));

/// The title list, by what callers ask of it.
#[derive(Debug, Default)]
pub struct Titles {
    /// Every word of every title ("secretary", "of", "state").
    title_words: HashSet<&'static str>,
    /// The last word of every title.
    heads: HashSet<&'static str>,
    /// Words that join a head to make a title, and words that may stand
    /// before any title.
    parts: HashSet<&'static str>,
    honorifics: HashSet<&'static str>,
}

impl Titles {
    fn parse(text: &'static str) -> Titles {
        let mut t = Titles::default();
        for row in rows(text) {
            let [kind, words] = row[..] else {
                panic!("titles.tsv: a row must have two columns: {row:?}");
            };
            match kind {
                "title" => {
                    t.title_words.extend(words.split_whitespace());
                    t.heads.extend(words.split_whitespace().last());
                }
                "part" | "modifier" => {
                    t.parts.insert(words);
                }
                "honorific" => {
                    t.honorifics.insert(words);
                }
                other => panic!("titles.tsv: unknown kind {other:?}"),
            }
        }
        t
    }

    /// True when the lower-case `word` belongs to a title as listed
    /// ("prime", "minister", "of" in "secretary of state").
    pub fn in_title(&self, word: &str) -> bool {
        self.title_words.contains(word)
    }

    /// True when the lower-case `word` is a title's head ("minister").
    pub fn is_head(&self, word: &str) -> bool {
        self.heads.contains(word)
    }

    /// True when the lower-case `word` may be part of a title written before
    /// a name: a word of a listed title other than "of", a word that makes a
    /// title with a head ("finance"), or one that may stand before any title
    /// ("deputy").
    pub fn is_title_word(&self, word: &str) -> bool {
        word != "of" && (self.in_title(word) || self.parts.contains(word))
    }

    /// True when the lower-case `word` is an honorific ("mr.", "gen.").
    pub fn is_honorific(&self, word: &str) -> bool {
        self.honorifics.contains(word)
    }

    /// The title word `word` is (lower case, periods dropped, a head's plural
    /// made singular: "Envoys" → "envoy", "spokesmen" → "spokesman").
    pub fn title_word(&self, word: &str) -> Option<&'static str> {
        let w: String = word
            .chars()
            .filter(|&c| c != '.')
            .flat_map(char::to_lowercase)
            .collect();
        let singular = if w == "spokesmen" {
            "spokesman".to_string()
        } else if let Some(stem) = w.strip_suffix('s').filter(|s| self.is_head(s)) {
            stem.to_string()
        } else {
            w
        };
        if singular == "of" {
            return None;
        }
        self.title_words
            .get(singular.as_str())
            .or_else(|| self.parts.get(singular.as_str()))
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_words_and_honorifics() {
        let t = &*TITLES;
        assert!(t.is_head("minister") && t.is_head("state"));
        assert!(!t.is_head("foreign"));
        assert!(t.in_title("of") && !t.is_title_word("of"));
        assert!(t.is_title_word("deputy") && !t.in_title("deputy"));
        assert!(t.is_title_word("finance"));
        assert!(t.is_honorific("gen.") && !t.is_honorific("gen"));
        assert!(!t.is_title_word("weather"));
    }

    #[test]
    fn title_words_are_read_as_written() {
        let t = &*TITLES;
        assert_eq!(t.title_word("Envoys"), Some("envoy"));
        assert_eq!(t.title_word("spokesmen"), Some("spokesman"));
        assert_eq!(t.title_word("Sec.retary"), Some("secretary"));
        assert_eq!(t.title_word("Of"), None);
        assert_eq!(t.title_word("Moscow"), None);
    }
}
