//! Scoring a tagger against gold documents: exact span and type, counted
//! over all entities and per type (PER, ORG, LOC, MISC), as the project's
//! scorer (`../shared/eval/score.py ner`) counts them.

use super::train::GoldDoc;
use dragoman_entities::tags::{type_index, TYPES};
use dragoman_entities::Tagger;
use dragoman_tokenize::{sentences, tokens};
use rayon::prelude::*;
use std::fmt;
use std::ops::AddAssign;

/// Exact-match precision, recall and F1 of entity spans with types.
#[derive(Clone, Copy, Debug, Default)]
pub struct Score {
    /// Matched / predicted.
    pub precision: f64,
    /// Matched / gold.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
}

impl Score {
    fn of(c: Tally) -> Score {
        let precision = c.matched as f64 / c.predicted.max(1) as f64;
        let recall = c.matched as f64 / c.gold.max(1) as f64;
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Score {
            precision,
            recall,
            f1,
        }
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.4} R {:.4} F1 {:.4}",
            self.precision, self.recall, self.f1
        )
    }
}

/// Entities matched, predicted and in the gold, of one kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Predicted with the gold span and type.
    pub matched: usize,
    /// Predicted.
    pub predicted: usize,
    /// In the gold.
    pub gold: usize,
}

impl AddAssign for Tally {
    fn add_assign(&mut self, o: Tally) {
        self.matched += o.matched;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }
}

/// Tallies over all entities and per type (indexed like [`TYPES`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Every entity.
    pub all: Tally,
    /// One per type.
    pub by_type: [Tally; 4],
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.all += o.all;
        for (a, b) in self.by_type.iter_mut().zip(o.by_type) {
            *a += b;
        }
    }
}

impl Counts {
    /// The micro-averaged score.
    pub fn score(&self) -> Score {
        Score::of(self.all)
    }

    /// The score of type `t` (an index of [`TYPES`]).
    pub fn score_of(&self, t: usize) -> Score {
        Score::of(self.by_type[t])
    }

    /// One line per type after the micro-average, for logs.
    pub fn report(&self) -> String {
        let mut out = format!("all {}", self.score());
        for (t, ty) in TYPES.iter().enumerate() {
            out += &format!("\n  {:<4} {}", ty.as_str(), self.score_of(t));
        }
        out
    }
}

/// Counts `predicted` entities against `gold` ones of one document.
pub fn count<T: PartialEq + Clone>(
    gold: &[(T, dragoman_model::EntityType)],
    predicted: &[(T, dragoman_model::EntityType)],
) -> Counts {
    let mut c = Counts::default();
    let mut pred = predicted.to_vec();
    for p in &pred {
        c.all.predicted += 1;
        c.by_type[type_index(p.1)].predicted += 1;
    }
    for g in gold {
        c.all.gold += 1;
        c.by_type[type_index(g.1)].gold += 1;
        if let Some(k) = pred.iter().position(|p| p == g) {
            pred.swap_remove(k);
            c.all.matched += 1;
            c.by_type[type_index(g.1)].matched += 1;
        }
    }
    c
}

/// Tallies `tagger` on `docs` (exact span and type).
pub fn tally(tagger: &Tagger, docs: &[GoldDoc]) -> Counts {
    docs.par_iter()
        .map(|d| {
            let toks = tokens(&d.text);
            let sents = sentences(&d.text, &toks);
            count(&d.entities, &tagger.entities(&d.text, &toks, &sents))
        })
        .reduce(Counts::default, |mut a, b| {
            a += b;
            a
        })
}

/// Scores `tagger` on `docs` (exact span and type, micro-averaged).
pub fn evaluate(tagger: &Tagger, docs: &[GoldDoc]) -> Score {
    tally(tagger, docs).score()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::EntityType::{Loc, Org, Per};

    #[test]
    fn counts_exact_matches_per_type() {
        let gold = [(0..5, Per), (10..14, Org), (20..25, Loc)];
        let predicted = [(0..5, Per), (10..14, Loc), (30..31, Org)];
        let c = count(&gold, &predicted);
        assert_eq!(
            c.all,
            Tally {
                matched: 1,
                predicted: 3,
                gold: 3
            }
        );
        let org = c.by_type[type_index(Org)];
        assert_eq!((org.matched, org.predicted, org.gold), (0, 1, 1));
        let s = c.score();
        assert!((s.f1 - 1.0 / 3.0).abs() < 1e-9, "{s}");
    }
}
