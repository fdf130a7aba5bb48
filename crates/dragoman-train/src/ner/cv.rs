//! Cross-validation on the training data: how model choices (cluster counts,
//! epochs, passes, feature options) are made without reading a dev set.
//!
//! The training documents are cut into `k` contiguous blocks (CoNLL's
//! pseudo-documents of one Reuters story sit next to each other, so
//! contiguous blocks keep a story on one side); each block in turn is held
//! out, a model is trained on the others with the same options as the
//! shipped one, and the held-out block is scored. The counts of all held-out
//! blocks are pooled into one score per type.

use super::score::{tally, Counts};
use super::train::{train, GoldDoc, Resources, TrainOptions};
use dragoman_entities::Tagger;
use std::ops::Range;

/// The documents of block `i` of `k` over `n` documents.
pub fn block(n: usize, k: usize, i: usize) -> Range<usize> {
    i * n / k..(i + 1) * n / k
}

/// Trains on all blocks but one, for the first `runs` of `k` blocks, and
/// returns the pooled counts on the held-out blocks, one per decoder in
/// `beams` (hypotheses kept per sentence: 1 is greedy decoding; the same
/// models decode with each); `log` hears each block's score.
pub fn cross_validate(
    docs: &[GoldDoc],
    resources: &Resources,
    opts: &TrainOptions,
    (k, runs): (usize, usize),
    beams: &[usize],
    log: &mut dyn FnMut(&str),
) -> Vec<Counts> {
    let k = k.max(2);
    let mut pooled = vec![Counts::default(); beams.len()];
    for i in 0..runs.clamp(1, k) {
        let held = block(docs.len(), k, i);
        let rest: Vec<GoldDoc> = docs[..held.start]
            .iter()
            .chain(&docs[held.end..])
            .cloned()
            .collect();
        let model = train(&rest, resources, &[], opts, &mut |_| {});
        for (&width, pool) in beams.iter().zip(&mut pooled) {
            let tagger = Tagger::new(model.clone()).with_beam(width);
            let counts = tally(&tagger, &docs[held.clone()]);
            log(&format!(
                "fold {}/{k} (documents {}..{}), beam {width}: {}",
                i + 1,
                held.start,
                held.end,
                counts.score()
            ));
            *pool += counts;
        }
    }
    pooled
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_cover_every_document_once() {
        let n = 1405;
        let mut seen = vec![0; n];
        for i in 0..5 {
            for d in block(n, 5, i) {
                seen[d] += 1;
            }
        }
        assert!(seen.iter().all(|&s| s == 1));
        assert_eq!(block(n, 5, 0), 0..281);
    }
}
