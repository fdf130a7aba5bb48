//! Training the UPOS tagger (greedy, left to right, averaged perceptron on
//! the features of `dragoman_syntax::features::tagger_features`), and
//! tagging with a trained table (for jackknifing).

use super::conllu::Sentence;
use super::perceptron::{pruned, Perceptron};
use dragoman_model::Upos;
use dragoman_syntax::decode::argmax;
use dragoman_syntax::features::{tagger_features, NO_TAG};
use dragoman_syntax::lex::{lex, Lex, LexBuf};
use dragoman_syntax::weights::Weights;
use std::collections::{BTreeMap, HashMap};

/// Words seen at least this often get an ambiguity class.
const MIN_COUNT: u32 = 2;

/// The token attributes of a sentence.
pub fn lexes(s: &Sentence) -> Vec<Lex> {
    let mut buf = LexBuf::default();
    s.forms
        .iter()
        .enumerate()
        .map(|(i, f)| lex(f, i == 0, &mut buf))
        .collect()
}

/// Ambiguity classes: for each word seen [`MIN_COUNT`] times, the set of tags it took.
pub fn ambiguity(sents: &[&Sentence], lx: &[&Vec<Lex>]) -> Vec<(u64, u32)> {
    let mut m: BTreeMap<u64, (u32, u32)> = BTreeMap::new();
    for (s, l) in sents.iter().zip(lx) {
        for (u, x) in s.upos.iter().zip(l.iter()) {
            let e = m.entry(x.word).or_default();
            e.0 += 1;
            e.1 |= 1 << u.index();
        }
    }
    m.into_iter()
        .filter(|(_, (n, _))| *n >= MIN_COUNT)
        .map(|(w, (_, a))| (w, a))
        .collect()
}

fn amb_of(amb: &HashMap<u64, u32>, lx: &[Lex]) -> Vec<u32> {
    lx.iter()
        .map(|l| amb.get(&l.word).copied().unwrap_or(0))
        .collect()
}

/// Trains a tagger on `sents` (with their attributes `lx`), `epochs` passes
/// in an order shuffled from `seed`; returns the table and the ambiguity classes.
pub fn train(
    sents: &[&Sentence],
    lx: &[&Vec<Lex>],
    epochs: usize,
    seed: u64,
) -> (Weights, Vec<(u64, u32)>) {
    let amb_table = ambiguity(sents, lx);
    let amb: HashMap<u64, u32> = amb_table.iter().copied().collect();
    let ambs: Vec<Vec<u32>> = lx.iter().map(|l| amb_of(&amb, l)).collect();
    let mut p = Perceptron::new(Upos::ALL.len());
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let (mut feats, mut scores) = (vec![], vec![]);
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let (s, l, a) = (sents[k], lx[k], &ambs[k]);
            let (mut p1, mut p2) = (NO_TAG, NO_TAG);
            for i in 0..l.len() {
                tagger_features(l, a, i, p1, p2, &mut feats);
                p.score(&feats, &mut scores);
                let guess = argmax_f(&scores);
                let truth = s.upos[i].index();
                if guess != truth {
                    p.update(&feats, truth, guess);
                }
                p.tick();
                (p2, p1) = (p1, guess as u8);
            }
        }
    }
    (pruned(p.n_classes(), &p.averaged(), 1, 1), amb_table)
}

/// Tags a sentence with a trained table, as decoding does.
pub fn tag(w: &Weights, amb: &HashMap<u64, u32>, lx: &[Lex]) -> Vec<u8> {
    let a = amb_of(amb, lx);
    let (mut feats, mut scores) = (vec![], vec![0i32; Upos::ALL.len()]);
    let (mut p1, mut p2) = (NO_TAG, NO_TAG);
    let mut out = Vec::with_capacity(lx.len());
    for i in 0..lx.len() {
        tagger_features(lx, &a, i, p1, p2, &mut feats);
        scores.fill(0);
        feats.iter().for_each(|f| w.add(*f, &mut scores));
        let best = argmax(&scores, |_| true) as u8;
        out.push(best);
        (p2, p1) = (p1, best);
    }
    out
}

/// The index of the highest score (lowest index on ties).
pub fn argmax_f(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, s) in scores.iter().enumerate() {
        if *s > scores[best] {
            best = i;
        }
    }
    best
}
