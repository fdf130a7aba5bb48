//! Learning the lemmatizer from the treebank: for every (tag, suffix) the
//! most frequent edit from form to lemma, kept where it differs from the
//! edit of the shorter suffix; then every (tag, form) whose lemma the rules
//! get wrong becomes an exception.

use super::conllu::Sentence;
use dragoman_model::Upos;
use dragoman_syntax::lemma::{LemmaRule, Lemmatizer, MAX_SUFFIX};
use std::collections::BTreeMap;

/// Learns the lemmatizer from `sents`.
pub fn learn(sents: &[Sentence]) -> Lemmatizer {
    let mut pairs: BTreeMap<(Upos, String), BTreeMap<String, u32>> = BTreeMap::new();
    for s in sents {
        for ((f, l), u) in s.forms.iter().zip(&s.lemmas).zip(&s.upos) {
            *pairs
                .entry((*u, f.clone()))
                .or_default()
                .entry(l.clone())
                .or_default() += 1;
        }
    }
    let best = |m: &BTreeMap<String, u32>| {
        m.iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(l, _)| l.clone())
            .unwrap_or_default()
    };
    let lemma_of: Vec<(Upos, String, String)> = pairs
        .iter()
        .map(|((u, f), m)| (*u, f.clone(), best(m)))
        .collect();
    let mut counts: BTreeMap<(Upos, String), BTreeMap<LemmaRule, u32>> = BTreeMap::new();
    for ((u, f), m) in &pairs {
        let lower: Vec<char> = f.to_lowercase().chars().collect();
        for (lemma, n) in m {
            let rule = LemmaRule::between(f, lemma);
            for k in 0..=MAX_SUFFIX.min(lower.len()) {
                let suffix: String = lower[lower.len() - k..].iter().collect();
                *counts
                    .entry((*u, suffix))
                    .or_default()
                    .entry(rule.clone())
                    .or_default() += n;
            }
        }
    }
    let chosen: BTreeMap<(Upos, String), LemmaRule> = counts
        .into_iter()
        .filter_map(|(k, m)| {
            let r = m
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?
                .0
                .clone();
            Some((k, r))
        })
        .collect();
    let rules: Vec<(Upos, String, LemmaRule)> = chosen
        .iter()
        .filter(|((u, s), r)| {
            let shorter: String = s.chars().skip(1).collect();
            s.is_empty() || chosen.get(&(*u, shorter)) != Some(r)
        })
        .map(|((u, s), r)| (*u, s.clone(), r.clone()))
        .collect();
    let by_rules = Lemmatizer::new(vec![], rules.clone());
    let mut out = String::new();
    let exceptions = lemma_of
        .into_iter()
        .filter(|(u, f, l)| {
            out.clear();
            by_rules.by_rule(f, &f.to_lowercase(), *u, &mut out);
            out != *l
        })
        .collect();
    Lemmatizer::new(exceptions, rules)
}
