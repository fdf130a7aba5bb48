//! The runtime weight table: feature hash → a sparse row of per-class
//! weights, each row quantized to `i8` with its own power-of-two step, in an
//! open-addressing table that is read straight from the model file (no
//! rebuilding at load).

use crate::codec::{Reader, Writer};
use crate::quant::{quantize_row, Quantized};
use crate::ModelError;

/// Quantized perceptron weights for `n_classes` classes.
///
/// Laid out for few cache misses per look-up: one `u64` per slot holds the
/// feature's fingerprint (high half; 0 for an empty slot), the row's step
/// (bits 28..32: weights are `value << step` quanta) and where its row
/// starts (bits 0..28; the row ends where the next slot's starts); one
/// `u16` per weight holds the class (high byte) and the `i8` value (low
/// byte). A feature's home slot is `feature × slots / 2⁶⁴` (any table size,
/// not only powers of two); its fingerprint is its low 32 bits.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    n_classes: usize,
    /// What one quantum is worth (a weight is `(value << step) as f32 * scale`).
    scale: f32,
    /// The number of slots (`slots.len() - 1`).
    n_slots: usize,
    /// One more than the number of slots (the last one closes the last row).
    slots: Vec<u64>,
    entries: Vec<u16>,
}

const FP: u64 = 0xFFFF_FFFF_0000_0000;
const START: u64 = 0x0FFF_FFFF;
/// Slots per kept feature: a load of 2/3, so that a feature the table does
/// not hold (most of the parser's) is known absent after a few probes.
const SLOTS_PER_FEATURE: (usize, usize) = (3, 2);

#[inline]
fn fingerprint(feature: u64) -> u64 {
    (feature | 1) << 32
}

#[inline]
fn home(feature: u64, n_slots: usize) -> usize {
    ((u128::from(feature) * n_slots as u128) >> 64) as usize
}

/// Where a found row's weights are: start (with the row's step in bits
/// 28..32) and end, as indices into the entries.
pub type Row = (u32, u32);

impl Weights {
    /// Builds the table from rows of `(feature, [(class, weight)])`, sorted
    /// by feature: weights are quantized against the largest (see
    /// [`crate::quant`]), those under `min_quanta` are dropped, and rows
    /// left empty are dropped.
    pub fn build(n_classes: usize, rows: &[(u64, Vec<(u8, f32)>)], min_quanta: i16) -> Weights {
        let max = rows
            .iter()
            .flat_map(|(_, r)| r.iter().map(|(_, w)| w.abs()))
            .fold(0f32, f32::max);
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let kept: Vec<(u64, Quantized)> = rows
            .iter()
            .filter_map(|(f, r)| Some((*f, quantize_row(r, scale, min_quanta)?)))
            .collect();
        let (a, b) = SLOTS_PER_FEATURE;
        let n_slots = kept.len() * a / b + 1;
        let mut at: Vec<Option<usize>> = vec![None; n_slots];
        for (k, (f, _)) in kept.iter().enumerate() {
            let mut i = home(*f, n_slots);
            while at[i].is_some() {
                i = if i + 1 == n_slots { 0 } else { i + 1 };
            }
            at[i] = Some(k);
        }
        let mut slots = Vec::with_capacity(n_slots + 1);
        let mut entries = vec![];
        for slot in &at {
            let start = entries.len() as u64;
            match slot {
                Some(k) => {
                    let (f, q) = &kept[*k];
                    slots.push(fingerprint(*f) | u64::from(q.step) << 28 | start);
                    entries.extend_from_slice(&q.entries);
                }
                None => slots.push(start),
            }
        }
        slots.push(entries.len() as u64);
        Weights {
            n_classes,
            scale,
            n_slots,
            slots,
            entries,
        }
    }

    /// The number of classes.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// The number of features kept.
    pub fn n_features(&self) -> usize {
        self.slots[..self.n_slots]
            .iter()
            .filter(|s| **s & FP != 0)
            .count()
    }

    /// The number of weights kept.
    pub fn n_weights(&self) -> usize {
        self.entries.len()
    }

    /// Bytes held in memory.
    pub fn heap_bytes(&self) -> usize {
        self.slots.len() * 8 + self.entries.len() * 2
    }

    /// Adds the rows of all `features` to `scores`: first every row is
    /// found (independent loads the processor can overlap), then added;
    /// `rows` is a reused buffer.
    #[inline]
    pub fn add_all(&self, features: &[u64], scores: &mut [i32], rows: &mut Vec<Row>) {
        rows.clear();
        // Touch every feature's home slot first, for the same reason as below.
        let mut touch = 0u64;
        for &f in features {
            touch ^= self.slots[home(f, self.n_slots)];
        }
        std::hint::black_box(touch);
        for &f in features {
            if let Some(r) = self.find(f) {
                rows.push(r);
            }
        }
        // Touch each row's first weight: independent loads that the
        // processor overlaps, so the adding below finds them in cache.
        let mut touch = 0u16;
        for &(a, _) in rows.iter() {
            let a = (u64::from(a) & START) as usize;
            touch ^= self.entries.get(a).copied().unwrap_or(0);
        }
        std::hint::black_box(touch);
        for &r in rows.iter() {
            self.add_row(r, scores);
        }
    }

    #[inline]
    fn add_row(&self, (a, b): Row, scores: &mut [i32]) {
        let step = a >> 28;
        let a = (u64::from(a) & START) as usize;
        for e in &self.entries[a..b as usize] {
            if let Some(x) = scores.get_mut(usize::from(*e >> 8)) {
                *x += i32::from(*e as u8 as i8) << step;
            }
        }
    }

    #[inline]
    fn find(&self, feature: u64) -> Option<Row> {
        let fp = fingerprint(feature);
        let mut i = home(feature, self.n_slots);
        loop {
            let s = self.slots[i];
            if s & FP == fp {
                return Some((s as u32, (self.slots[i + 1] & START) as u32));
            }
            if s & FP == 0 {
                return None;
            }
            i = if i + 1 == self.n_slots { 0 } else { i + 1 };
        }
    }

    /// Adds the row of `feature` (if it was seen in training) to `scores`.
    #[inline]
    pub fn add(&self, feature: u64, scores: &mut [i32]) {
        if let Some(r) = self.find(feature) {
            self.add_row(r, scores);
        }
    }

    /// Writes the table.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        w.u64s(&self.slots);
        w.u16s(&self.entries);
    }

    /// Reads a table written by [`Weights::write`].
    pub fn read(r: &mut Reader) -> Result<Weights, ModelError> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let slots = r.u64s()?;
        let entries = r.u16s()?;
        let n = slots.len().saturating_sub(1);
        let ok = n > 0
            && slots.windows(2).all(|w| w[0] & START <= w[1] & START)
            && slots.iter().all(|s| s & FP != 0 || s & !START == 0)
            && slots
                .last()
                .is_some_and(|e| (e & START) as usize == entries.len())
            && slots[..n].iter().any(|s| s & FP == 0)
            && entries.iter().all(|e| usize::from(e >> 8) < n_classes);
        if !ok {
            return Err(ModelError::Invalid("weight table"));
        }
        Ok(Weights {
            n_classes,
            scale,
            n_slots: n,
            slots,
            entries,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_round_trip_through_the_file() {
        let rows = vec![
            (3u64, vec![(0u8, 1.0f32), (2, -0.5)]),
            (99, vec![(1, 0.25)]),
            (1 << 40, vec![(1, 0.00001)]),
        ];
        let w = Weights::build(3, &rows, 1);
        assert_eq!(w.n_features(), 2, "the tiny weight rounds to nothing");
        let mut out = Writer::default();
        w.write(&mut out);
        let back = Weights::read(&mut Reader::new(&out.out)).unwrap();
        assert_eq!(back, w);
        let mut s = [0i32; 3];
        back.add(3, &mut s);
        assert_eq!(s, [64 << 9, 0, -32 << 9], "i8 values, step 9");
        back.add(12345, &mut s);
        assert_eq!(s, [64 << 9, 0, -32 << 9], "an unseen feature adds nothing");
        let mut s = [0i32; 3];
        back.add_all(&[99, 3, 7], &mut s, &mut vec![]);
        assert_eq!(s, [64 << 9, 64 << 7, -32 << 9]);
    }

    #[test]
    fn a_full_neighbourhood_wraps_around() {
        let rows: Vec<_> = (0..50u64)
            .map(|k| (u64::MAX - k, vec![(0u8, 1.0f32)]))
            .collect();
        let w = Weights::build(1, &rows, 1);
        for k in 0..50u64 {
            let mut s = [0i32; 1];
            w.add(u64::MAX - k, &mut s);
            assert!(s[0] > 0, "feature {k} found");
        }
    }
}
