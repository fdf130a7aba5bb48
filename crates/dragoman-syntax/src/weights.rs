//! The runtime weight table: feature hash → a sparse row of per-class
//! weights, quantized to `i16`, in an open-addressing table that is read
//! straight from the model file (no rebuilding at load).

use crate::codec::{Reader, Writer};
use crate::ModelError;

/// Quantized perceptron weights for `n_classes` classes.
///
/// Laid out for few cache misses per look-up: one `u64` per slot holds the
/// feature's fingerprint (high half; 0 for an empty slot) and where its row
/// starts (low half; the row ends where the next slot's starts); one `u32`
/// per weight holds the class (bits 16..24) and the `i16` value (low half).
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    n_classes: usize,
    /// What one quantum is worth (weights are `value as f32 * scale`).
    scale: f32,
    mask: usize,
    /// One more than the number of slots (the last one closes the last row).
    slots: Vec<u64>,
    entries: Vec<u32>,
}

#[inline]
fn fingerprint(feature: u64) -> u64 {
    ((feature >> 32) | 1) << 32
}

const FP: u64 = 0xFFFF_FFFF_0000_0000;

impl Weights {
    /// Builds the table from rows of `(feature, [(class, weight)])`, sorted
    /// by feature: weights are quantized to `i16` against the largest, and
    /// those that round below `min_quanta` are dropped, with rows left empty.
    pub fn build(n_classes: usize, rows: &[(u64, Vec<(u8, f32)>)], min_quanta: i16) -> Weights {
        let max = rows
            .iter()
            .flat_map(|(_, r)| r.iter().map(|(_, w)| w.abs()))
            .fold(0f32, f32::max);
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let kept: Vec<(u64, Vec<u32>)> = rows
            .iter()
            .filter_map(|(f, r)| {
                let q: Vec<u32> = r
                    .iter()
                    .map(|&(c, w)| (c, (w / scale).round() as i16))
                    .filter(|(_, q)| q.unsigned_abs() >= min_quanta.unsigned_abs())
                    .map(|(c, q)| (u32::from(c) << 16) | u32::from(q as u16))
                    .collect();
                (!q.is_empty()).then_some((*f, q))
            })
            .collect();
        let n_slots = (kept.len() * 4 / 3 + 1).next_power_of_two();
        let mask = n_slots - 1;
        let mut at: Vec<Option<usize>> = vec![None; n_slots];
        for (k, (f, _)) in kept.iter().enumerate() {
            let mut i = (*f as usize) & mask;
            while at[i].is_some() {
                i = (i + 1) & mask;
            }
            at[i] = Some(k);
        }
        let mut slots = Vec::with_capacity(n_slots + 1);
        let mut entries = vec![];
        for slot in &at {
            let start = entries.len() as u64;
            match slot {
                Some(k) => {
                    slots.push(fingerprint(kept[*k].0) | start);
                    entries.extend_from_slice(&kept[*k].1);
                }
                None => slots.push(start),
            }
        }
        slots.push(entries.len() as u64);
        Weights {
            n_classes,
            scale,
            mask,
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
        self.slots[..self.mask + 1]
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
        self.slots.len() * 8 + self.entries.len() * 4
    }

    /// Adds the rows of all `features` to `scores`: first every row is
    /// found (independent loads the processor can overlap), then added;
    /// `rows` is a reused buffer.
    #[inline]
    pub fn add_all(&self, features: &[u64], scores: &mut [i32], rows: &mut Vec<(u32, u32)>) {
        rows.clear();
        // Touch every feature's home slot first, for the same reason as below.
        let mut touch = 0u64;
        for &f in features {
            touch ^= self.slots[(f as usize) & self.mask];
        }
        std::hint::black_box(touch);
        for &f in features {
            if let Some(r) = self.find(f) {
                rows.push(r);
            }
        }
        // Touch each row's first weight: independent loads that the
        // processor overlaps, so the adding below finds them in cache.
        let mut touch = 0u32;
        for &(a, _) in rows.iter() {
            touch ^= self.entries.get(a as usize).copied().unwrap_or(0);
        }
        std::hint::black_box(touch);
        for &(a, b) in rows.iter() {
            for e in &self.entries[a as usize..b as usize] {
                if let Some(x) = scores.get_mut((*e >> 16) as usize) {
                    *x += i32::from(*e as u16 as i16);
                }
            }
        }
    }

    #[inline]
    fn find(&self, feature: u64) -> Option<(u32, u32)> {
        let fp = fingerprint(feature);
        let mut i = (feature as usize) & self.mask;
        loop {
            let s = self.slots[i];
            if s & FP == fp {
                return Some(((s & !FP) as u32, (self.slots[i + 1] & !FP) as u32));
            }
            if s & FP == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the row of `feature` (if it was seen in training) to `scores`.
    #[inline]
    pub fn add(&self, feature: u64, scores: &mut [i32]) {
        let fp = fingerprint(feature);
        let mut i = (feature as usize) & self.mask;
        loop {
            let s = self.slots[i];
            if s & FP == fp {
                let (a, b) = ((s & !FP) as usize, (self.slots[i + 1] & !FP) as usize);
                for e in &self.entries[a..b] {
                    if let Some(x) = scores.get_mut((*e >> 16) as usize) {
                        *x += i32::from(*e as u16 as i16);
                    }
                }
                return;
            }
            if s & FP == 0 {
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Writes the table.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        w.u64s(&self.slots);
        w.u32s(&self.entries);
    }

    /// Reads a table written by [`Weights::write`].
    pub fn read(r: &mut Reader) -> Result<Weights, ModelError> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let slots = r.u64s()?;
        let entries = r.u32s()?;
        let n = slots.len().saturating_sub(1);
        let ok = n.is_power_of_two()
            && slots.windows(2).all(|w| w[0] & !FP <= w[1] & !FP)
            && slots
                .last()
                .is_some_and(|e| (e & !FP) as usize == entries.len())
            && slots[..n].iter().any(|s| s & FP == 0)
            && entries.iter().all(|e| ((e >> 16) as usize) < n_classes);
        if !ok {
            return Err(ModelError::Invalid("weight table"));
        }
        Ok(Weights {
            n_classes,
            scale,
            mask: n - 1,
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
        assert_eq!(s, [32767, 0, -16384]);
        back.add(12345, &mut s);
        assert_eq!(s, [32767, 0, -16384], "an unseen feature adds nothing");
    }
}
