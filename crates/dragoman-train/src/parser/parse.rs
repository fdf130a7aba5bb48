//! Training the parser: an averaged perceptron over labeled arc-hybrid moves,
//! following its own predictions after the first epoch (exploration with the
//! dynamic oracle in `oracle`), on tags predicted by a jackknifed tagger.

use super::oracle::costs;
use super::perceptron::{Averaged, Perceptron};
use super::tagger::argmax_f;
use dragoman_syntax::decode::{allowed, move_of};
use dragoman_syntax::features::{parser_features, ParseCtx};
use dragoman_syntax::lex::Lex;
use dragoman_syntax::model::n_parser_classes;
use dragoman_syntax::system::{Move, State};

/// One training sentence, ready for the parser.
pub struct Example<'a> {
    /// Token attributes.
    pub lex: &'a [Lex],
    /// Predicted tags.
    pub tags: Vec<u8>,
    /// Gold heads by node (index 0 unused), and label indices by node.
    pub gold: Vec<u32>,
    /// Gold label indices by node.
    pub labels: Vec<u8>,
}

/// Parser training settings.
pub struct Settings {
    /// Passes over the data.
    pub epochs: usize,
    /// Shuffling seed.
    pub seed: u64,
    /// Probability of following the model's own move from epoch 2 on.
    pub explore: f64,
}

/// Trains the parser over `n_labels` labels (`root_label` the root's).
pub fn train(data: &[Example], n_labels: usize, root_label: u8, set: &Settings) -> Vec<Averaged> {
    let n_classes = n_parser_classes(n_labels);
    let mut p = Perceptron::new(n_classes);
    let mut rng = fastrand::Rng::with_seed(set.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let (mut feats, mut scores, mut cost) = (vec![], vec![], vec![0u32; n_classes]);
    let mut st = State::default();
    for epoch in 0..set.epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let ex = &data[k];
            let ctx = ParseCtx {
                lex: ex.lex,
                tags: &ex.tags,
            };
            st.reset(ex.lex.len());
            while !st.is_final() {
                parser_features(&ctx, &st, &mut feats);
                p.score(&feats, &mut scores);
                let ok = |c: usize| allowed(&st, c, n_labels, root_label);
                let guess = best(&scores, ok);
                let moves = costs(&st, &ex.gold);
                let s0 = st.stack_at(0) as usize;
                for (c, slot) in cost.iter_mut().enumerate() {
                    *slot = if ok(c) {
                        class_cost(c, n_labels, &moves, ex, s0)
                    } else {
                        u32::MAX
                    };
                }
                let min = *cost.iter().min().unwrap_or(&0);
                let truth = best(&scores, |c| cost[c] == min);
                if cost[guess] > min {
                    p.update(&feats, truth, guess);
                }
                p.tick();
                let follow = epoch > 0 && rng.f64() < set.explore;
                let (mv, label) = move_of(if follow { guess } else { truth }, n_labels);
                st.apply(mv, label);
            }
        }
    }
    p.averaged()
}

fn class_cost(c: usize, n_labels: usize, moves: &[u32; 3], ex: &Example, s0: usize) -> u32 {
    let (mv, label) = move_of(c, n_labels);
    let base = moves[mv as usize];
    if mv == Move::Shift {
        return base;
    }
    base + u32::from(label != ex.labels[s0])
}

fn best(scores: &[f32], ok: impl Fn(usize) -> bool) -> usize {
    let mut b: Option<usize> = None;
    for (c, s) in scores.iter().enumerate() {
        if ok(c) && b.is_none_or(|x| *s > scores[x]) {
            b = Some(c);
        }
    }
    b.unwrap_or_else(|| argmax_f(scores))
}
