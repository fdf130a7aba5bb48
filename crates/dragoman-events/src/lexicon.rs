//! The vocabulary as data: CAMEO verb blocks and patterns, synonym sets, event
//! nouns, the CAMEO → PLOVER table and agent nouns, parsed once from `data/`.

use crate::hash::WordMap;
use dragoman_lexicon::load::rows;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One word of a pattern or a multi-word form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    /// The token must be this word.
    Exact(Box<str>),
    /// The token must start with this word (PETRARCH's stemless matching).
    Prefix(Box<str>),
    /// The token must start one of the members of a synonym set.
    Set(u16),
}

impl Word {
    /// A pattern word: `_` at the end or fewer than four letters match exactly.
    fn parse(word: &str, sets: &HashMap<String, u16>) -> Word {
        if word.starts_with('&') {
            return sets
                .get(word.trim_end_matches('_'))
                .map_or(Word::Exact(word.into()), |&i| Word::Set(i));
        }
        match word.strip_suffix('_') {
            Some(exact) => Word::Exact(exact.into()),
            None if word.chars().count() < 4 => Word::Exact(word.into()),
            None => Word::Prefix(word.into()),
        }
    }
}

/// A CAMEO code as the dictionary gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Code {
    /// Index into [`Lexicon::cameo`]; `None` means "this is no event".
    pub cameo: Option<u16>,
    /// The pattern codes the event from the recipient's side (`[:xxx]`).
    pub swapped: bool,
}

/// A pattern of a verb block: words before and after the verb.
#[derive(Debug)]
pub(crate) struct Pattern {
    pub code: Code,
    pub before: Vec<Word>,
    pub after: Vec<Word>,
}

/// A verb block: verbs sharing a default code and patterns.
#[derive(Debug, Default)]
pub(crate) struct Block {
    pub code: Option<Code>,
    pub patterns: Vec<Pattern>,
    /// Patterns by their first word after the verb, when it is exact.
    by_word: WordMap<Box<str>, Vec<u16>>,
    /// Patterns by the first four letters of that word, when it is a prefix.
    by_stem: WordMap<Box<str>, Vec<u16>>,
    /// Patterns with no word after the verb, or a nested set there.
    unindexed: Vec<u16>,
}

/// The index of a word's first two letters when both are a–z.
fn start_key(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    let letter = |i: usize| {
        b.get(i)
            .filter(|c| c.is_ascii_lowercase())
            .map(|c| usize::from(c - b'a'))
    };
    Some(letter(0)? * 26 + letter(1)?)
}

/// The first four characters of a word: the key of [`Block::by_stem`].
fn stem(word: &str) -> &str {
    word.char_indices().nth(4).map_or(word, |(i, _)| &word[..i])
}

impl Block {
    /// Indexes the patterns by the first word they need after the verb.
    fn index(&mut self, sets: &[Vec<Vec<Word>>]) {
        for (k, p) in self.patterns.iter().enumerate() {
            let k = k as u16;
            let firsts: Vec<&Word> = match p.after.first() {
                Some(Word::Set(i)) => sets[*i as usize].iter().filter_map(|m| m.first()).collect(),
                Some(w) => vec![w],
                None => Vec::new(),
            };
            if firsts.is_empty() || firsts.iter().any(|w| matches!(w, Word::Set(_))) {
                self.unindexed.push(k);
                continue;
            }
            for w in firsts {
                match w {
                    Word::Exact(w) => self.by_word.entry(w.clone()).or_default().push(k),
                    Word::Prefix(w) => self.by_stem.entry(stem(w).into()).or_default().push(k),
                    Word::Set(_) => {}
                }
            }
        }
    }

    /// The patterns that may match when `words` follow the verb, in order.
    pub fn candidates<'w>(&self, words: impl Iterator<Item = &'w str>) -> Vec<u16> {
        let mut found = self.unindexed.clone();
        for w in words {
            found.extend(self.by_word.get(w).into_iter().flatten());
            found.extend(self.by_stem.get(stem(w)).into_iter().flatten());
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// One surface form of a verb: its words after the first, block and own code.
#[derive(Debug)]
pub(crate) struct VerbForm {
    pub rest: Vec<Box<str>>,
    pub block: u16,
    pub code: Option<Code>,
}

/// A CAMEO code with its PLOVER coding.
#[derive(Debug)]
pub(crate) struct CameoEntry {
    pub cameo: Box<str>,
    pub plover: Box<str>,
    pub mode: Option<Box<str>>,
}

impl CameoEntry {
    /// True for a code of intent (CAMEO 03x: "plans to impose", "agreed to
    /// lift"), whose event is still to come.
    pub fn is_intent(&self) -> bool {
        self.cameo.starts_with("03")
    }
}

/// An event noun: its words after the first and its code.
#[derive(Debug)]
pub(crate) struct NounForm {
    pub rest: Vec<Word>,
    pub code: Code,
}

/// Everything the coder looks words up in.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    pub verbs: WordMap<Box<str>, Vec<VerbForm>>,
    pub blocks: Vec<Block>,
    pub sets: Vec<Vec<Vec<Word>>>,
    pub nouns: Vec<(Word, NounForm)>,
    pub cameo: Vec<CameoEntry>,
    cameo_index: WordMap<Box<str>, u16>,
    pub agents: WordMap<Box<str>, Box<str>>,
    /// Which two-letter starts (a–z) an event noun may have.
    noun_starts: Vec<bool>,
}

/// The lexicon, parsed on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        Lexicon::parse(
            include_str!("../data/cameo_plover.tsv"),
            include_str!("../data/synonyms.tsv"),
            [
                include_str!("../data/verbs.tsv"),
                include_str!("../data/patterns_added.tsv"),
            ],
            include_str!("../data/verb_overrides.tsv"),
            include_str!("../data/nouns.tsv"),
            [
                include_str!("../data/agents.tsv"),
                include_str!("../data/agents_added.tsv"),
            ],
        )
    })
}

impl Lexicon {
    fn parse(
        cameo: &str,
        synonyms: &str,
        [verbs, added]: [&str; 2],
        overrides: &str,
        nouns: &str,
        agents: [&str; 2],
    ) -> Lexicon {
        let mut lex = Lexicon::default();
        lex.read_cameo(cameo);
        let set_names = lex.read_synonyms(synonyms);
        let names = lex.read_verbs(verbs, &set_names);
        lex.add_patterns(added, &set_names, &names);
        let sets = std::mem::take(&mut lex.sets);
        lex.blocks.iter_mut().for_each(|b| b.index(&sets));
        lex.sets = sets;
        lex.blocks.push(Block::default());
        for row in rows(overrides) {
            if let [forms, code] = row[..] {
                lex.override_verb(forms, code);
            }
        }
        lex.read_nouns(nouns);
        for row in agents.into_iter().flat_map(rows) {
            if let [noun, sector] = row[..] {
                lex.agents.insert(noun.into(), sector.into());
            }
        }
        lex
    }

    /// The CAMEO codes with their PLOVER type and mode.
    fn read_cameo(&mut self, cameo: &str) {
        for row in rows(cameo) {
            let [code, plover, mode, ..] = row[..] else {
                continue;
            };
            self.cameo_index
                .insert(code.into(), self.cameo.len() as u16);
            let mode = (!mode.is_empty()).then(|| mode.into());
            self.cameo.push(CameoEntry {
                cameo: code.into(),
                plover: plover.into(),
                mode,
            });
        }
    }

    /// The word sets (`&NAME` in patterns); returns each set's index by name.
    fn read_synonyms(&mut self, synonyms: &str) -> HashMap<String, u16> {
        let set_names: HashMap<String, u16> = rows(synonyms)
            .enumerate()
            .map(|(i, row)| (row[0].to_string(), i as u16))
            .collect();
        for row in rows(synonyms) {
            let members = row.get(1).copied().unwrap_or("").split('|');
            self.sets.push(
                members
                    .map(|m| m.split(' ').map(|w| Word::parse(w, &set_names)).collect())
                    .collect(),
            );
        }
        set_names
    }

    /// The verb blocks: `B` opens a block, `V` lists its forms, `P` adds a
    /// pattern. Returns each block's index by its name.
    fn read_verbs(
        &mut self,
        verbs: &str,
        set_names: &HashMap<String, u16>,
    ) -> HashMap<String, usize> {
        let mut names = HashMap::new();
        for row in rows(verbs) {
            match row[..] {
                ["B", name, code] => {
                    let code = self.code(code);
                    names.insert(name.to_string(), self.blocks.len());
                    self.blocks.push(Block {
                        code,
                        ..Block::default()
                    });
                }
                ["V", code, forms] => self.add_verb(code, forms),
                ["P", code, before, after] => {
                    let pattern = self.pattern(code, before, after, set_names);
                    if let Some(block) = self.blocks.last_mut() {
                        block.patterns.push(pattern);
                    }
                }
                _ => {}
            }
        }
        names
    }

    /// Patterns written by hand (`block`, code, words before, words after),
    /// added to the dictionary's block of that name.
    fn add_patterns(
        &mut self,
        added: &str,
        set_names: &HashMap<String, u16>,
        names: &HashMap<String, usize>,
    ) {
        for row in rows(added) {
            let [block, code, before, after] = row[..] else {
                continue;
            };
            let pattern = self.pattern(code, before, after, set_names);
            if let Some(block) = names.get(block).and_then(|&k| self.blocks.get_mut(k)) {
                block.patterns.push(pattern);
            }
        }
    }

    /// A pattern of code `code` with the words `before` and `after` the verb.
    fn pattern(
        &self,
        code: &str,
        before: &str,
        after: &str,
        set_names: &HashMap<String, u16>,
    ) -> Pattern {
        let words = |s: &str| {
            s.split_whitespace()
                .map(|w| Word::parse(w, set_names))
                .collect()
        };
        Pattern {
            code: self.code(code).unwrap_or(Code {
                cameo: None,
                swapped: false,
            }),
            before: words(before),
            after: words(after),
        }
    }

    /// Event nouns (a trailing `*` matches any ending) and the index of their first words.
    fn read_nouns(&mut self, nouns: &str) {
        for row in rows(nouns) {
            let [noun, code] = row[..] else { continue };
            let Some(code) = self.code(code) else {
                continue;
            };
            let mut words = noun.split(' ').map(|w| match w.strip_suffix('*') {
                Some(stem) => Word::Prefix(stem.into()),
                None => Word::Exact(w.into()),
            });
            let Some(first) = words.next() else { continue };
            self.nouns.push((
                first,
                NounForm {
                    rest: words.collect(),
                    code,
                },
            ));
        }
        self.noun_starts = vec![false; 26 * 26];
        for (head, _) in &self.nouns {
            if let Word::Exact(w) | Word::Prefix(w) = head {
                if let Some(k) = start_key(w) {
                    self.noun_starts[k] = true;
                }
            }
        }
    }

    /// A code of the data files: `-`/`---` none, `~xxx` swapped.
    fn code(&self, code: &str) -> Option<Code> {
        let (code, swapped) = match code.strip_prefix('~') {
            Some(c) => (c, true),
            None => (code, false),
        };
        if code.starts_with('-') {
            return None;
        }
        Some(Code {
            cameo: self.cameo_id(code),
            swapped,
        })
    }

    /// The table entry of a CAMEO code, or of its nearest coded parent.
    pub fn cameo_entry(&self, code: &str) -> Option<&CameoEntry> {
        self.cameo_id(code).map(|i| &self.cameo[i as usize])
    }

    /// The table row of a CAMEO code, or of its nearest coded parent.
    fn cameo_id(&self, code: &str) -> Option<u16> {
        (2..=code.len())
            .rev()
            .find_map(|n| self.cameo_index.get(&code[..n]).copied())
    }

    fn add_verb(&mut self, code: &str, forms: &str) {
        let code = self.code(code);
        let block = self.blocks.len().saturating_sub(1) as u16;
        for form in forms.split('|') {
            let mut words = form.split(' ');
            let Some(first) = words.next() else { continue };
            let rest = words.map(Into::into).collect();
            self.verbs
                .entry(first.into())
                .or_default()
                .push(VerbForm { rest, block, code });
        }
    }

    /// Gives the verb of `forms` the default `code`, adding it when the
    /// dictionary lacks it (into the last, pattern-less block).
    fn override_verb(&mut self, forms: &str, code: &str) {
        let code = match code {
            "none" => Some(Code {
                cameo: None,
                swapped: false,
            }),
            _ => self.code(code),
        };
        let spare = self.blocks.len() as u16 - 1;
        for form in forms.split('|') {
            let mut words = form.split(' ');
            let Some(first) = words.next() else { continue };
            let rest: Vec<Box<str>> = words.map(Into::into).collect();
            let entries = self.verbs.entry(first.into()).or_default();
            // A verb listed in several blocks ("add" in both "add" and
            // "grant") takes the override in every one of them.
            let mut found = false;
            for existing in entries.iter_mut().filter(|f| f.rest == rest) {
                existing.code = code;
                found = true;
            }
            if !found {
                entries.push(VerbForm {
                    rest,
                    block: spare,
                    code,
                });
            }
        }
    }

    /// False when no event noun can start like `word` (a quick filter).
    pub fn may_be_noun(&self, word: &str) -> bool {
        start_key(word).is_none_or(|k| self.noun_starts[k])
    }

    /// True when `word` (lower case) matches the pattern word.
    pub fn matches(&self, pattern: &Word, word: &str) -> bool {
        match pattern {
            Word::Exact(w) => **w == *word,
            Word::Prefix(w) => word.starts_with(&**w),
            Word::Set(i) => self.sets[*i as usize]
                .iter()
                .any(|m| m.first().is_some_and(|w| self.matches(w, word))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse() {
        let lex = lexicon();
        assert!(lex.verbs.len() > 3000);
        assert!(lex.blocks.len() > 300);
        assert!(lex.nouns.len() > 20);
        assert!(lex.agents.contains_key("soldier"));
        let meet = &lex.verbs["met"][0];
        let code = lex.blocks[meet.block as usize].code.unwrap();
        assert_eq!(&*lex.cameo[code.cameo.unwrap() as usize].plover, "CONSULT");
    }

    #[test]
    fn four_digit_codes_fall_back_to_their_parent() {
        let lex = lexicon();
        let id = lex.cameo_id("0461").unwrap();
        assert_eq!(&*lex.cameo[id as usize].cameo, "046");
    }
}
