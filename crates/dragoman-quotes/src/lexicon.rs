//! The vocabularies of the stage, read once from the crate's `data/` files.
//!
//! Every file is plain text, one entry a line, `#` starts a comment (read by
//! `dragoman_lexicon::load`). Words are matched against lower-cased tokens.
//! Outlets and titles are the shared tables of `dragoman-lexicon`.

use dragoman_lexicon::TITLES;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// How a cue relates its source and its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// A reporting verb: "X said ...", "“...,” X said", "..., said X".
    Speech,
    /// A verb of thought, stance or finding: "X believes ...", "polls show ...".
    Belief,
    /// A verb that tells a view without its holder: "X seemed to ...", "X is
    /// expected to ..." (no source; the subject is part of the content).
    Raising,
    /// A preposition naming the source after it: "according to X", "citing X".
    According,
    /// Words that start like a cue but are none: "pledged delegates",
    /// "found himself" (longest match wins, so they mask the cue).
    NotCue,
}

/// One cue entry: its words and class.
#[derive(Clone, Debug)]
pub struct Cue {
    /// Lower-case words, in order.
    pub words: Vec<&'static str>,
    /// What the cue does.
    pub class: CueClass,
}

/// All vocabularies.
#[derive(Debug)]
pub struct Lexicon {
    /// Cues by first word, longest first.
    cues: HashMap<&'static str, Vec<Cue>>,
    /// Phrases (as word lists) that make a source anonymous.
    pub anonymous: Vec<Vec<&'static str>>,
    /// Capitalized last words of outlet names.
    pub outlet_heads: HashSet<&'static str>,
    /// Common nouns of outlets' reports.
    pub outlet_nouns: HashSet<&'static str>,
    /// Common nouns of documents.
    pub documents: HashSet<&'static str>,
    /// Words allowed between a source and its cue.
    pub skippable: HashSet<&'static str>,
    /// Words that end a source phrase read backwards.
    pub boundaries: HashSet<&'static str>,
    /// Pronouns by kind: "person", "group", "relative".
    pub pronouns: HashMap<&'static str, &'static str>,
    /// Words that never belong to a name.
    pub determiners: HashSet<&'static str>,
    /// Prepositions and particles.
    pub prepositions: HashSet<&'static str>,
    /// Words of time that may follow a cue at the end of its clause.
    pub time_words: HashSet<&'static str>,
    /// Words that open a line with a colon without naming a source.
    pub not_sources: HashSet<&'static str>,
    /// Conjunctions that open a new clause after a quotation.
    pub conjunctions: HashSet<&'static str>,
    /// Auxiliary and modal verbs.
    pub auxiliaries: HashSet<&'static str>,
    /// Words that open an adverbial after a verb's object.
    pub adverbial_starts: HashSet<&'static str>,
    /// Adverbs that open a sentence before its subject.
    pub sentence_adverbs: HashSet<&'static str>,
}

/// The lexicon built from the crate's data files.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    dragoman_lexicon::load::lines(file)
}

fn phrases(file: &'static str) -> Vec<Vec<&'static str>> {
    entries(file)
        .map(|l| l.split_whitespace().collect())
        .collect()
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut cues: HashMap<&'static str, Vec<Cue>> = HashMap::new();
        let cue_lines = entries(include_str!("../data/cues.txt"))
            .chain(entries(include_str!("../data/learned_cues.txt")));
        let excluded: HashSet<&str> = entries(include_str!("../data/cue_exclusions.txt")).collect();
        for line in cue_lines {
            let mut words = line.split_whitespace();
            let class = match words.next() {
                Some("speech") => CueClass::Speech,
                Some("belief") => CueClass::Belief,
                Some("raising") => CueClass::Raising,
                Some("according") => CueClass::According,
                Some("none") => CueClass::NotCue,
                other => panic!("data/cues.txt or learned_cues.txt: unknown cue class {other:?}"),
            };
            let words: Vec<&'static str> = words.collect();
            if excluded.contains(words.join(" ").as_str()) {
                continue;
            }
            cues.entry(words[0]).or_default().push(Cue { words, class });
        }
        for list in cues.values_mut() {
            list.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
        }
        let pronouns = entries(include_str!("../data/pronouns.txt"))
            .filter_map(|l| l.split_once(' ').map(|(kind, word)| (word.trim(), kind)))
            .collect();
        Lexicon {
            cues,
            anonymous: phrases(include_str!("../data/anonymous.txt")),
            outlet_heads: entries(include_str!("../data/outlet_heads.txt")).collect(),
            outlet_nouns: entries(include_str!("../data/outlet_nouns.txt")).collect(),
            documents: entries(include_str!("../data/documents.txt")).collect(),
            skippable: entries(include_str!("../data/skippable.txt")).collect(),
            boundaries: entries(include_str!("../data/boundaries.txt")).collect(),
            pronouns,
            determiners: entries(include_str!("../data/determiners.txt")).collect(),
            prepositions: entries(include_str!("../data/prepositions.txt")).collect(),
            time_words: entries(include_str!("../data/time_words.txt")).collect(),
            not_sources: entries(include_str!("../data/not_sources.txt")).collect(),
            conjunctions: entries(include_str!("../data/conjunctions.txt")).collect(),
            auxiliaries: entries(include_str!("../data/auxiliaries.txt")).collect(),
            adverbial_starts: entries(include_str!("../data/adverbial_starts.txt")).collect(),
            sentence_adverbs: entries(include_str!("../data/sentence_adverbs.txt")).collect(),
        }
    }

    /// The longest cue whose words start the lower-cased `words`, if any.
    pub fn cue_at<'w>(&self, words: impl Fn(usize) -> Option<&'w str>) -> Option<&Cue> {
        let first = words(0)?;
        self.cues.get(first)?.iter().find(|c| {
            c.words
                .iter()
                .enumerate()
                .all(|(k, w)| words(k) == Some(*w))
        })
    }

    /// True when the lower-case `word` is a word of a title or an honorific
    /// ("minister", "secretary", "of", "state", "gen.").
    pub fn is_title(&self, word: &str) -> bool {
        TITLES.in_title(word) || TITLES.is_honorific(word)
    }

    /// The kind of pronoun `word` (lower case) is: "person", "group", "relative".
    pub fn pronoun(&self, word: &str) -> Option<&'static str> {
        self.pronouns.get(word).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_cue_wins() {
        let words = ["said", "in", "a", "statement", "that"];
        let cue = LEXICON.cue_at(|k| words.get(k).copied()).unwrap();
        assert_eq!(cue.words, ["said", "in", "a", "statement"]);
        assert_eq!(cue.class, CueClass::Speech);
    }

    #[test]
    fn every_file_loads() {
        assert!(LEXICON.skippable.contains("also"));
        assert!(LEXICON.documents.contains("memo"));
        assert_eq!(LEXICON.pronoun("he"), Some("person"));
        assert!(LEXICON.is_title("envoy") && LEXICON.is_title("mr."));
    }
}
