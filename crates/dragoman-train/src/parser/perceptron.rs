//! The averaged perceptron used in training: sparse rows of per-class
//! weights with lazily updated sums for averaging (Collins 2002; the
//! time-stamp trick), turned into a runtime [`Weights`] table at the end.

use dragoman_syntax::weights::Weights;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Features are already hashes: use them as they are.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) | u64::from(*b);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

#[derive(Clone, Copy)]
struct Param {
    class: u8,
    w: f32,
    total: f64,
    stamp: u64,
}

/// Weights being learned.
pub struct Perceptron {
    n_classes: usize,
    rows: HashMap<u64, (u32, Vec<Param>), BuildHasherDefault<IdHasher>>,
    time: u64,
}

impl Perceptron {
    /// An empty model over `n_classes` classes.
    pub fn new(n_classes: usize) -> Perceptron {
        Perceptron {
            n_classes,
            rows: HashMap::default(),
            time: 0,
        }
    }

    /// Adds the current weights of `feats` to `scores` (cleared first).
    pub fn score(&self, feats: &[u64], scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.n_classes, 0.0);
        for f in feats {
            if let Some((_, row)) = self.rows.get(f) {
                for p in row {
                    scores[usize::from(p.class)] += p.w;
                }
            }
        }
    }

    /// One step of time (call once per decision).
    pub fn tick(&mut self) {
        self.time += 1;
    }

    /// Rewards `truth` and penalizes `guess` on `feats`.
    pub fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        let time = self.time;
        for f in feats {
            let (count, row) = self.rows.entry(*f).or_default();
            *count += 1;
            for (class, delta) in [(truth as u8, 1.0f32), (guess as u8, -1.0)] {
                let i = match row.iter().position(|p| p.class == class) {
                    Some(i) => i,
                    None => {
                        row.push(Param {
                            class,
                            w: 0.0,
                            total: 0.0,
                            stamp: time,
                        });
                        row.len() - 1
                    }
                };
                let p = &mut row[i];
                p.total += f64::from(p.w) * (time - p.stamp) as f64;
                p.stamp = time;
                p.w += delta;
            }
        }
    }

    /// The averaged weights, each row with how often its feature was
    /// updated; sorted by feature, so the result does not depend on
    /// hash-map order.
    pub fn averaged(&self) -> Vec<Averaged> {
        let time = self.time.max(1) as f64;
        let mut rows: Vec<Averaged> = self
            .rows
            .iter()
            .map(|(f, (count, row))| {
                let mut r: Vec<(u8, f32)> = row
                    .iter()
                    .map(|p| {
                        let total = p.total + f64::from(p.w) * (self.time - p.stamp) as f64;
                        (p.class, (total / time) as f32)
                    })
                    .filter(|(_, w)| *w != 0.0)
                    .collect();
                r.sort_by_key(|(c, _)| *c);
                (*f, *count, r)
            })
            .collect();
        rows.sort_unstable_by_key(|(f, _, _)| *f);
        rows
    }

    /// The number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
}

/// A feature, how often it was updated, and its averaged weights by class.
pub type Averaged = (u64, u32, Vec<(u8, f32)>);

/// A runtime table of the rows updated at least `min_updates` times, with
/// weights below `min_quanta` quanta dropped.
pub fn pruned(n_classes: usize, rows: &[Averaged], min_updates: u32, min_quanta: i16) -> Weights {
    let kept: Vec<(u64, Vec<(u8, f32)>)> = rows
        .iter()
        .filter(|(_, n, _)| *n >= min_updates)
        .map(|(f, _, r)| (*f, r.clone()))
        .collect();
    Weights::build(n_classes, &kept, min_quanta)
}
