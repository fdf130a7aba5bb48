//! The averaged perceptron's weights and updates, and the seeded shuffling
//! that keeps training deterministic.

use dragoman_entities::hash::finish;
use dragoman_entities::tags::N_TAGS;
use dragoman_entities::Model;

/// A splitmix64 generator: small, seeded, the same everywhere.
pub struct Rng(pub u64);

impl Rng {
    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        finish(self.0)
    }

    /// Shuffles `v` in place.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Perceptron weights with the sums for averaging.
pub struct Perceptron {
    bits: u32,
    weights: Vec<i32>,
    /// Sum of `step × delta` of every update, so that the average is `w - acc / steps`.
    acc: Vec<i64>,
    /// Examples seen (the averaging clock).
    pub steps: i64,
}

impl Perceptron {
    /// Zero weights with `2^bits` rows.
    pub fn new(bits: u32) -> Perceptron {
        let n = (1usize << bits) * N_TAGS;
        Perceptron {
            bits,
            weights: vec![0; n],
            acc: vec![0; n],
            steps: 1,
        }
    }

    /// The scores of every tag for `features`.
    pub fn scores(&self, features: &[u64]) -> [i32; N_TAGS] {
        let mut s = [0i32; N_TAGS];
        for &f in features {
            let row = Model::bucket(self.bits, f) * N_TAGS;
            for (x, &w) in s.iter_mut().zip(&self.weights[row..row + N_TAGS]) {
                *x += w;
            }
        }
        s
    }

    /// Moves the weights of `features` towards `gold` and away from `predicted`.
    pub fn update(&mut self, features: &[u64], gold: u8, predicted: u8) {
        for &f in features {
            let row = Model::bucket(self.bits, f) * N_TAGS;
            for (tag, delta) in [(gold, 1), (predicted, -1)] {
                let k = row + usize::from(tag);
                self.weights[k] += delta;
                self.acc[k] += self.steps * i64::from(delta);
            }
        }
    }

    /// The averaged weights, quantized to `i16`.
    pub fn averaged(&self) -> Vec<i16> {
        let steps = self.steps as f64;
        let avg: Vec<f64> = self
            .weights
            .iter()
            .zip(&self.acc)
            .map(|(&w, &a)| f64::from(w) - a as f64 / steps)
            .collect();
        let max = avg.iter().fold(0f64, |m, x| m.max(x.abs())).max(1e-9);
        let scale = f64::from(i16::MAX) / max;
        avg.iter().map(|x| (x * scale).round() as i16).collect()
    }
}
