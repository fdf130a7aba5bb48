//! Lemmas: a table of exceptions learned from the training treebank, keyed
//! by part of speech and form, and suffix rules for every other word (strip
//! some characters, append others, perhaps lower-case first), also learned
//! from it; the longest suffix with a rule wins.

use crate::codec::{Reader, Writer};
use crate::hash::hash_str;
use crate::ModelError;
use dragoman_model::Upos;
use std::collections::HashMap;

/// How to turn a form into its lemma.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LemmaRule {
    /// Lower-case the form first.
    pub lower: bool,
    /// Characters to remove from the end.
    pub strip: u8,
    /// What to append.
    pub append: String,
}

impl LemmaRule {
    /// The rule that turns `form` into `lemma` (the shortest edit at the end,
    /// lower-casing when that makes it shorter).
    pub fn between(form: &str, lemma: &str) -> LemmaRule {
        let edit = |f: &str| {
            let common = f
                .chars()
                .zip(lemma.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let strip = f.chars().count() - common;
            let append: String = lemma.chars().skip(common).collect();
            (strip, append)
        };
        let (s1, a1) = edit(form);
        let lowered = form.to_lowercase();
        let (s2, a2) = edit(&lowered);
        if lowered != form && s2 + a2.chars().count() < s1 + a1.chars().count() {
            LemmaRule {
                lower: true,
                strip: s2.min(255) as u8,
                append: a2,
            }
        } else {
            LemmaRule {
                lower: false,
                strip: s1.min(255) as u8,
                append: a1,
            }
        }
    }

    /// Applies the rule to `form`, writing the lemma to `out`; `false` (and
    /// nothing written) when the form is too short for it.
    pub fn apply(&self, form: &str, out: &mut String) -> bool {
        let n = form.chars().count();
        let strip = usize::from(self.strip);
        if strip > n || (strip == n && self.append.is_empty()) {
            return false;
        }
        let keep = form
            .char_indices()
            .nth(n - strip)
            .map_or(form.len(), |(i, _)| i);
        if self.lower {
            out.extend(form[..keep].chars().flat_map(char::to_lowercase));
        } else {
            out.push_str(&form[..keep]);
        }
        out.push_str(&self.append);
        true
    }
}

/// Longest suffix (in characters) a rule is keyed by.
pub const MAX_SUFFIX: usize = 5;

/// The lemmatizer's tables.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lemmatizer {
    /// (tag, form) → lemma, sorted: where the rules are wrong.
    exceptions: Vec<(Upos, String, String)>,
    /// (tag, lower-cased suffix) → rule, sorted.
    rules: Vec<(Upos, String, LemmaRule)>,
    exception_index: HashMap<u64, u32>,
    rule_index: HashMap<u64, u32>,
}

fn key(upos: Upos, s: &str) -> u64 {
    hash_str(upos.index() as u64, s)
}

impl Lemmatizer {
    /// A lemmatizer from its tables (sorted here).
    pub fn new(
        mut exceptions: Vec<(Upos, String, String)>,
        mut rules: Vec<(Upos, String, LemmaRule)>,
    ) -> Lemmatizer {
        exceptions.sort();
        rules.sort();
        let exception_index = exceptions
            .iter()
            .enumerate()
            .map(|(i, (u, f, _))| (key(*u, f), i as u32))
            .collect();
        let rule_index = rules
            .iter()
            .enumerate()
            .map(|(i, (u, s, _))| (key(*u, s), i as u32))
            .collect();
        Lemmatizer {
            exceptions,
            rules,
            exception_index,
            rule_index,
        }
    }

    /// The lemma that the suffix rules alone give (`lower`: the form
    /// lower-cased, for suffix look-up).
    pub fn by_rule(&self, form: &str, lower: &str, upos: Upos, out: &mut String) {
        let n = lower.chars().count();
        for k in (0..=MAX_SUFFIX.min(n)).rev() {
            let start = lower
                .char_indices()
                .nth(n - k)
                .map_or(lower.len(), |(i, _)| i);
            if let Some(&i) = self.rule_index.get(&key(upos, &lower[start..])) {
                if self.rules[i as usize].2.apply(form, out) {
                    return;
                }
            }
        }
        out.push_str(form);
    }

    /// Writes the lemma of `form` (tagged `upos`) to `out`; `lower` is a
    /// scratch string.
    pub fn lemma(&self, form: &str, upos: Upos, lower: &mut String, out: &mut String) {
        if let Some(&i) = self.exception_index.get(&key(upos, form)) {
            out.push_str(&self.exceptions[i as usize].2);
            return;
        }
        lower.clear();
        lower.extend(form.chars().flat_map(char::to_lowercase));
        self.by_rule(form, lower, upos, out);
    }

    /// The number of exceptions and of rules.
    pub fn sizes(&self) -> (usize, usize) {
        (self.exceptions.len(), self.rules.len())
    }

    /// Writes the tables.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.exceptions.len() as u32);
        for (u, f, l) in &self.exceptions {
            w.u8(u.index() as u8);
            w.str(f);
            w.str(l);
        }
        w.u32(self.rules.len() as u32);
        for (u, s, r) in &self.rules {
            w.u8(u.index() as u8);
            w.str(s);
            w.u8(u8::from(r.lower));
            w.u8(r.strip);
            w.str(&r.append);
        }
    }

    /// Reads tables written by [`Lemmatizer::write`].
    pub fn read(r: &mut Reader) -> Result<Lemmatizer, ModelError> {
        let upos = |r: &mut Reader| {
            Upos::from_index(usize::from(r.u8()?)).ok_or(ModelError::Invalid("lemma tag"))
        };
        let n = r.u32()? as usize;
        let mut exceptions = Vec::with_capacity(n.min(1 << 20));
        for _ in 0..n {
            exceptions.push((upos(r)?, r.str()?.to_string(), r.str()?.to_string()));
        }
        let n = r.u32()? as usize;
        let mut rules = Vec::with_capacity(n.min(1 << 20));
        for _ in 0..n {
            let (u, s) = (upos(r)?, r.str()?.to_string());
            let rule = LemmaRule {
                lower: r.u8()? != 0,
                strip: r.u8()?,
                append: r.str()?.to_string(),
            };
            rules.push((u, s, rule));
        }
        Ok(Lemmatizer::new(exceptions, rules))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(r: &LemmaRule, form: &str) -> String {
        let mut s = String::new();
        assert!(r.apply(form, &mut s));
        s
    }

    #[test]
    fn rules_are_the_shortest_edit() {
        let r = LemmaRule::between("talks", "talk");
        assert_eq!(
            r,
            LemmaRule {
                lower: false,
                strip: 1,
                append: String::new()
            }
        );
        assert_eq!(run(&r, "meetings"), "meeting");
        let r = LemmaRule::between("Said", "say");
        assert!(r.lower);
        assert_eq!(run(&r, "Paid"), "pay");
        assert_eq!(run(&LemmaRule::between("was", "be"), "was"), "be");
    }

    #[test]
    fn exceptions_before_rules_and_the_longest_suffix_wins() {
        let strip_s = LemmaRule::between("talks", "talk");
        let keep = LemmaRule::between("news", "news");
        let l = Lemmatizer::new(
            vec![(Upos::Verb, "met".into(), "meet".into())],
            vec![
                (Upos::Noun, "s".into(), strip_s),
                (Upos::Noun, "ews".into(), keep),
            ],
        );
        let (mut lower, mut out) = (String::new(), String::new());
        let mut lem = |f: &str, u| {
            out.clear();
            l.lemma(f, u, &mut lower, &mut out);
            out.clone()
        };
        assert_eq!(lem("met", Upos::Verb), "meet");
        assert_eq!(lem("talks", Upos::Noun), "talk");
        assert_eq!(lem("news", Upos::Noun), "news");
        assert_eq!(lem("Moscow", Upos::Propn), "Moscow");
    }
}
