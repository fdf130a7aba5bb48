//! News outlets and agencies, and the one rule that finds them.
//!
//! **The rule.** Words are compared as written, case kept (many outlet names
//! are common words: "Times", "Guardian", "The Hill"), except that periods
//! are dropped and "the" matches "The". An entry written with a leading
//! "The" ("The Hill", "The Atlantic") needs it; any other entry may have
//! "the" in front of it in the text ("the Financial Times").
//!
//! **One outlet, several names.** Names on one line of the table are one
//! outlet ("AP | Associated Press"); [`Outlets::canonical`] gives the first,
//! and [`outlet_key`] is the form in which two names of outlets are compared
//! (a quote's `via` against the outlet of a stored report).

use crate::load::lines;
use std::collections::HashMap;
use std::sync::LazyLock;

const OUTLET_NAMES: &str = include_str!("../data/outlets.txt");
const OUTLET_KINDS: &str = include_str!("../data/outlet_kinds.txt");

/// The common nouns of kinds of outlets, parsed on first use.
static KINDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(OUTLET_KINDS).map(str::trim).collect());

/// True when the lower-case `phrase` (one or two words) is a kind of
/// outlet ("news agency", "broadcaster").
pub fn is_outlet_kind(phrase: &str) -> bool {
    KINDS.contains(&phrase)
}

/// True when the words `before` a name end with a kind of outlet ("the
/// state news agency", "public broadcaster"): the name is an outlet's.
/// Words are compared in lower case, two words before one.
pub fn ends_with_outlet_kind(before: &[&str]) -> bool {
    let lower: Vec<String> = before
        .iter()
        .rev()
        .take(2)
        .map(|w| w.to_lowercase())
        .collect();
    let two = (lower.len() == 2).then(|| format!("{} {}", lower[1], lower[0]));
    two.as_deref().is_some_and(is_outlet_kind) || lower.first().is_some_and(|w| is_outlet_kind(w))
}

/// The outlet list, parsed on first use.
pub static OUTLETS: LazyLock<Outlets> = LazyLock::new(|| Outlets::parse(OUTLET_NAMES));

/// The outlets, as word lists (each with its line), indexed by first word.
#[derive(Debug, Default)]
pub struct Outlets {
    by_first: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// The first name of each line.
    first_names: Vec<&'static str>,
    /// Every name as written, in table order.
    written: Vec<&'static str>,
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
    fn parse(text: &'static str) -> Outlets {
        let mut by_first: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
        let mut first_names = Vec::new();
        let mut written = Vec::new();
        for line in lines(text) {
            let outlet = first_names.len();
            let mut names = line.split(" | ").map(str::trim).filter(|n| !n.is_empty());
            let Some(first) = names.next() else { continue };
            first_names.push(first);
            for name in std::iter::once(first).chain(names) {
                written.push(name);
                let words: Vec<String> = name.split_whitespace().map(word_key).collect();
                by_first
                    .entry(words[0].clone())
                    .or_default()
                    .push((words, outlet));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Outlets {
            by_first,
            first_names,
            written,
        }
    }

    /// The longest outlet name that starts `words`: its length in words and
    /// its outlet's line.
    fn entry_at(&self, words: &[&str]) -> Option<(usize, usize)> {
        let first = word_key(words.first()?);
        self.by_first
            .get(&first)?
            .iter()
            .find_map(|(entry, outlet)| {
                let fits = entry.len() <= words.len()
                    && entry.iter().zip(words).all(|(e, w)| *e == word_key(w));
                fits.then_some((entry.len(), *outlet))
            })
    }

    /// Every outlet name as the table writes it ("AP", "Associated Press"), in table order.
    pub fn written(&self) -> &[&'static str] {
        &self.written
    }

    /// The number of words of the longest outlet name that starts `words`.
    pub fn at(&self, words: &[&str]) -> Option<usize> {
        self.entry_at(words).map(|(n, _)| n)
    }

    /// The outlet a whole name stands for, by the first name of its line
    /// ("the Associated Press" → "AP"); `None` when it is no outlet's name.
    pub fn canonical(&self, name: &str) -> Option<&'static str> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let whole = |w: &[&str]| match self.entry_at(w) {
            Some((n, outlet)) if n == w.len() && !w.is_empty() => Some(self.first_names[outlet]),
            _ => None,
        };
        whole(&words).or_else(|| {
            (words.len() > 1 && word_key(words[0]) == "the")
                .then(|| whole(&words[1..]))
                .flatten()
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

/// The form in which names of outlets are compared: a known outlet's first
/// name, else the name itself; lower case, periods and a leading "the"
/// dropped, single spaces ("The Meridian Post" and "Meridian Post" meet, as
/// do "Associated Press" and "AP").
pub fn outlet_key(name: &str) -> String {
    crate::match_key(OUTLETS.canonical(name).unwrap_or(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_outlets_before_a_name() {
        assert!(ends_with_outlet_kind(&["the", "state", "news", "agency"]));
        assert!(ends_with_outlet_kind(&["public", "Broadcaster"]));
        assert!(!ends_with_outlet_kind(&["the", "nuclear", "agency"]));
        assert!(!ends_with_outlet_kind(&[]));
    }

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
    fn names_of_one_outlet_meet() {
        let o = &*OUTLETS;
        assert_eq!(o.canonical("the Associated Press"), Some("AP"));
        assert_eq!(o.canonical("AP"), Some("AP"));
        assert_eq!(o.canonical("EIR News"), Some("EIR"));
        assert_eq!(o.canonical("Reuters"), Some("Reuters"));
        assert_eq!(o.canonical("Associated"), None);
        assert_eq!(outlet_key("Associated Press"), outlet_key("A.P."));
        assert_eq!(outlet_key("EIRNS"), "eir");
        let written = o.written();
        assert!(written.contains(&"AP") && written.contains(&"Associated Press"));
        assert_eq!(
            outlet_key("The Meridian Post"),
            outlet_key("Meridian  Post")
        );
        assert_ne!(outlet_key("Reuters"), outlet_key("AP"));
        assert!(o.is_outlet("Executive Intelligence Review"));
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
