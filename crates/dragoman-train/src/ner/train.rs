//! Training: a greedy averaged perceptron over BILOU tags, with a gazetteer
//! built by cross-validation so that training sees it as unreliable as it
//! is on new text.
//!
//! Deterministic: documents are shuffled by a fixed-seed generator and the
//! perceptron is updated in one thread.

use super::perceptron::{Perceptron, Rng};
use super::score::{evaluate, Score};
use dragoman_entities::clusters::WordClusters;
use dragoman_entities::decode::{best_allowed, decode, Choice};
use dragoman_entities::feature_cache::{StaticFeatures, Statics};
use dragoman_entities::features::{prepare, Prepared};
use dragoman_entities::gazetteer::Gazetteer;
use dragoman_entities::stacked::Stacked;
use dragoman_entities::tags::{self, type_index};
use dragoman_entities::{Model, Tagger};
use dragoman_model::{EntityType, Span};
use dragoman_tokenize::{sentences, tokens};
use rayon::prelude::*;
use std::ops::Range;

/// A training or evaluation document: text and gold entities (byte spans).
#[derive(Clone, Debug)]
pub struct GoldDoc {
    /// The text.
    pub text: String,
    /// Gold entities.
    pub entities: Vec<(Span, EntityType)>,
}

/// What training learns from besides the gold documents.
#[derive(Clone, Debug, Default)]
pub struct Resources {
    /// Names from other sources (see [`super::lexicon`]).
    pub lexicon: Gazetteer,
    /// Word clusters from unlabeled text.
    pub clusters: WordClusters,
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// log2 of the number of weight rows.
    pub bits: u32,
    /// Passes over the data.
    pub epochs: usize,
    /// Folds for the cross-validated gazetteer.
    pub folds: usize,
    /// Seed of the shuffling.
    pub seed: u64,
    /// Train a second pass that reads the first pass's tags over the document.
    pub two_pass: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            bits: 19,
            epochs: 12,
            folds: 10,
            seed: 0x5eed,
            two_pass: true,
        }
    }
}

/// A document tokenized, prepared, with gold tags.
struct Example {
    doc: Prepared,
    gold: Vec<u8>,
    /// Gold entities as token ranges with type indices, for the gazetteer.
    entities: Vec<(Range<usize>, usize)>,
}

/// How the gold spans fit our tokens.
#[derive(Clone, Copy, Debug, Default)]
pub struct AlignmentReport {
    /// Entities whose edges are not token edges (snapped to covering tokens).
    pub misaligned: usize,
    /// Entities crossing a sentence boundary (cut at it).
    pub cross_sentence: usize,
    /// Entities in all.
    pub total: usize,
}

fn example(doc: &GoldDoc, clusters: &WordClusters, report: &mut AlignmentReport) -> Example {
    let toks = tokens(&doc.text);
    let sents = sentences(&doc.text, &toks);
    let mut entities = Vec::new();
    for &(span, kind) in &doc.entities {
        report.total += 1;
        let first = toks.partition_point(|t| t.span.end <= span.start);
        let end = toks.partition_point(|t| t.span.start < span.end);
        if first >= end {
            report.misaligned += 1;
            continue;
        }
        if toks[first].span.start != span.start || toks[end - 1].span.end != span.end {
            report.misaligned += 1;
        }
        let mut start = first;
        for s in &sents {
            let (a, b) = (s.first_token as usize, s.end_token as usize);
            if a < end && start < b && start >= a && end > b {
                report.cross_sentence += 1;
                entities.push((start..b, type_index(kind)));
                start = b;
            }
        }
        entities.push((start..end, type_index(kind)));
    }
    let gold = tags::encode(toks.len(), &entities);
    Example {
        doc: prepare(&doc.text, &toks, &sents, clusters),
        gold,
        entities,
    }
}

fn gazetteer_of<'a>(examples: impl Iterator<Item = &'a Example>) -> Gazetteer {
    let mut g = Gazetteer::default();
    let mut keys = Vec::new();
    for ex in examples {
        for (r, ty) in &ex.entities {
            keys.clear();
            keys.extend(ex.doc.tokens[r.clone()].iter().map(|t| t.norm));
            g.insert(&keys, *ty);
        }
    }
    g
}

/// Trains a model on `docs` with `resources` (a lexicon of names and word
/// clusters); `log` hears progress, and the scores on `dev`
/// every third epoch when `dev` is not empty.
pub fn train(
    docs: &[GoldDoc],
    resources: &Resources,
    dev: &[GoldDoc],
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> Model {
    let (lexicon, clusters) = (&resources.lexicon, &resources.clusters);
    let mut report = AlignmentReport::default();
    let examples: Vec<Example> = docs
        .iter()
        .map(|d| example(d, clusters, &mut report))
        .collect();
    log(&format!(
        "{} documents, {} entities ({} not on token edges, {} across sentences)",
        examples.len(),
        report.total,
        report.misaligned,
        report.cross_sentence
    ));
    let folds = opts.folds.max(2);
    let fold_of = |d: usize| d % folds;
    let fold_gazetteers: Vec<Gazetteer> = (0..folds)
        .into_par_iter()
        .map(|k| {
            gazetteer_of(
                examples
                    .iter()
                    .enumerate()
                    .filter(|&(d, _)| fold_of(d) != k)
                    .map(|(_, e)| e),
            )
        })
        .collect();
    let gazetteer = gazetteer_of(examples.iter());
    log(&format!(
        "gazetteer: {} phrases and prefixes",
        gazetteer.len()
    ));
    let every: Vec<usize> = (0..examples.len()).collect();
    let statics: Vec<StaticFeatures> = examples
        .par_iter()
        .enumerate()
        .map(|(d, ex)| StaticFeatures::new(&ex.doc, &fold_gazetteers[fold_of(d)], lexicon))
        .collect();
    let setup = Setup {
        examples: &examples,
        statics: &statics,
        opts,
    };
    let dev_score = |passes: Vec<Vec<i16>>| {
        evaluate(
            &Tagger::new(
                Model::new(opts.bits, passes, gazetteer.clone(), lexicon.clone())
                    .with_clusters(clusters.clone()),
            ),
            dev,
        )
    };
    log("pass 1");
    let first = setup.train_pass(
        &every,
        None,
        &mut |w| (!dev.is_empty()).then(|| dev_score(vec![w])),
        log,
    );
    if !opts.two_pass {
        return Model::new(opts.bits, vec![first], gazetteer, lexicon.clone())
            .with_clusters(clusters.clone());
    }
    log(&format!(
        "pass 1 again on {folds} folds, to tag each fold unseen"
    ));
    let stacked = setup.stacked(folds, &fold_gazetteers, resources);
    log("pass 2");
    let second = setup.train_pass(
        &every,
        Some(&stacked),
        &mut |w| (!dev.is_empty()).then(|| dev_score(vec![first.clone(), w])),
        log,
    );
    Model::new(opts.bits, vec![first, second], gazetteer, lexicon.clone())
        .with_clusters(clusters.clone())
}

/// What every training pass shares.
struct Setup<'a> {
    examples: &'a [Example],
    /// The static features of each example, with the gazetteer of its fold
    /// (built without that fold's documents).
    statics: &'a [StaticFeatures],
    opts: &'a TrainOptions,
}

impl Setup<'_> {
    /// Each example tagged by a first pass trained without its fold (with
    /// that fold's gazetteer): the second pass's input, as it will be at run
    /// time, on text the first pass has not seen.
    fn stacked(
        &self,
        folds: usize,
        fold_gazetteers: &[Gazetteer],
        resources: &Resources,
    ) -> Vec<Stacked> {
        let (examples, statics, opts) = (self.examples, self.statics, self.opts);
        let (lexicon, clusters) = (&resources.lexicon, &resources.clusters);
        let fold_of = |d: usize| d % folds;
        let every: Vec<usize> = (0..examples.len()).collect();
        let mut stacked: Vec<(usize, Stacked)> = (0..folds)
            .into_par_iter()
            .flat_map_iter(|k| {
                let train_on: Vec<usize> =
                    every.iter().copied().filter(|&d| fold_of(d) != k).collect();
                let w = self.train_pass(&train_on, None, &mut |_| None, &mut |_| {});
                let tagger = Tagger::new(
                    Model::new(
                        opts.bits,
                        vec![w],
                        fold_gazetteers[k].clone(),
                        lexicon.clone(),
                    )
                    .with_clusters(clusters.clone()),
                );
                every
                    .iter()
                    .filter(|&&d| fold_of(d) == k)
                    .map(|&d| {
                        (
                            d,
                            Stacked::new(
                                &examples[d].doc,
                                tagger.tags_with(&examples[d].doc, Statics::Listed(&statics[d])),
                            ),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        stacked.sort_by_key(|(d, _)| *d);
        stacked.into_iter().map(|(_, s)| s).collect()
    }

    /// Trains one pass on the documents `train_on` (indices), with the first
    /// pass's findings when `stacked` is given (indexed like the examples);
    /// returns the averaged quantized weights. `dev_score` is asked every
    /// third epoch for a line in the log.
    fn train_pass(
        &self,
        train_on: &[usize],
        stacked: Option<&[Stacked]>,
        dev_score: &mut dyn FnMut(Vec<i16>) -> Option<Score>,
        log: &mut dyn FnMut(&str),
    ) -> Vec<i16> {
        let mut p = Perceptron::new(self.opts.bits);
        let mut order = train_on.to_vec();
        let mut rng = Rng(self.opts.seed);
        for epoch in 1..=self.opts.epochs {
            rng.shuffle(&mut order);
            let (mut errors, mut seen) = (0usize, 0usize);
            for &d in &order {
                let ex = &self.examples[d];
                let st = stacked.map(|s| &s[d]);
                decode(
                    &ex.doc,
                    Statics::Listed(&self.statics[d]),
                    st,
                    |i, features, last, prev| {
                        let predicted = best_allowed(&p.scores(features), prev, last);
                        let gold = ex.gold[i];
                        if predicted != gold {
                            p.update(features, gold, predicted);
                            errors += 1;
                        }
                        p.steps += 1;
                        seen += 1;
                        Choice {
                            predicted,
                            followed: gold,
                        }
                    },
                );
            }
            let mut line = format!(
                "epoch {epoch}: token error rate {:.4}",
                errors as f64 / seen.max(1) as f64
            );
            if epoch % 3 == 0 || epoch == self.opts.epochs {
                if let Some(s) = dev_score(p.averaged()) {
                    line += &format!(
                        "; dev P {:.4} R {:.4} F1 {:.4}",
                        s.precision, s.recall, s.f1
                    );
                }
            }
            log(&line);
        }
        p.averaged()
    }
}
