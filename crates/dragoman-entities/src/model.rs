//! The trained model: hashed feature weights and the gazetteer, and their
//! compact binary file format.
//!
//! Format (little endian): the magic `DRGNER01`; `u32` bucket bits; `u32`
//! tag count; the gazetteer's phrases, its members, the lexicon's phrases and
//! its members, each as a `u32` count and that many (`u64` hash, `u8`
//! flags); the word clusters as a `u32` count and that many (`u64` word
//! key, `u16` coarse, `u16` fine); a `u32` pass count; then
//! per pass the `i16` weight table, `rows × tags`, run-length coded:
//! repeated (varint zero run, varint literal count, that many zigzag varints)
//! until the table is full.

use crate::clusters::WordClusters;
use crate::gazetteer::Gazetteer;
use crate::hash::finish;
use crate::tags::N_TAGS;
use thiserror::Error;

const MAGIC: &[u8; 8] = b"DRGNER01";

/// Why a model file could not be read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ModelError {
    /// The file does not start with the magic bytes.
    #[error("not a dragoman NER model (bad magic)")]
    BadMagic,
    /// The file ends too early.
    #[error("model file truncated at byte {0}")]
    Truncated(usize),
    /// The header does not fit this build.
    #[error("model has {tags} tags and {bits} bucket bits; this build expects {N_TAGS} tags and at most 28 bits")]
    Shape {
        /// Tags in the file.
        tags: u32,
        /// Bucket bits in the file.
        bits: u32,
    },
    /// The number of weight tables is not 1 or 2.
    #[error("model has {0} passes; 1 or 2 expected")]
    Passes(u32),
    /// The weight table does not decode to its declared size.
    #[error("weight table decodes to {0} values, not rows × tags")]
    TableSize(usize),
}

/// Hashed feature weights (`rows × N_TAGS`, quantized) of one or two
/// passes (the second reads the first's tags) and a gazetteer.
#[derive(Clone, Debug)]
pub struct Model {
    bits: u32,
    passes: Vec<Vec<i16>>,
    /// Entity names learnt from the training data.
    pub gazetteer: Gazetteer,
    /// Names from other sources, with a class each (country, person, organisation).
    pub lexicon: Gazetteer,
    /// Word clusters learnt from unlabeled text.
    pub clusters: WordClusters,
}

impl Model {
    /// A model from its parts; every table must hold `2^bits × N_TAGS` weights.
    pub fn new(
        bits: u32,
        passes: Vec<Vec<i16>>,
        gazetteer: Gazetteer,
        lexicon: Gazetteer,
    ) -> Model {
        assert!((1..=2).contains(&passes.len()), "one or two passes");
        assert!(
            passes.iter().all(|w| w.len() == (1usize << bits) * N_TAGS),
            "weight table size"
        );
        Model {
            bits,
            passes,
            gazetteer,
            lexicon,
            clusters: WordClusters::default(),
        }
    }

    /// The model with word clusters.
    pub fn with_clusters(mut self, clusters: WordClusters) -> Model {
        self.clusters = clusters;
        self
    }

    /// Number of passes (weight tables).
    pub fn passes(&self) -> usize {
        self.passes.len()
    }

    /// The row of the weight table a feature hash falls in.
    #[inline]
    pub fn bucket(bits: u32, feature: u64) -> usize {
        (finish(feature) >> (64 - bits)) as usize
    }

    /// Bucket bits.
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Adds the weights of `feature` in pass `pass` to `scores`.
    #[inline]
    pub fn add(&self, pass: usize, feature: u64, scores: &mut [i32; N_TAGS]) {
        let row = Self::bucket(self.bits, feature) * N_TAGS;
        let w = &self.passes[pass][row..row + N_TAGS];
        for (s, &x) in scores.iter_mut().zip(w) {
            *s += i32::from(x);
        }
    }

    /// The model in its file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.passes[0].len() / 4);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&(N_TAGS as u32).to_le_bytes());
        for entries in self
            .gazetteer
            .sorted_entries()
            .into_iter()
            .chain(self.lexicon.sorted_entries())
        {
            out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
            for (k, f) in entries {
                out.extend_from_slice(&k.to_le_bytes());
                out.push(f);
            }
        }
        let clusters = self.clusters.sorted_entries();
        out.extend_from_slice(&(clusters.len() as u32).to_le_bytes());
        for (k, coarse, fine) in clusters {
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&coarse.to_le_bytes());
            out.extend_from_slice(&fine.to_le_bytes());
        }
        out.extend_from_slice(&(self.passes.len() as u32).to_le_bytes());
        for w in &self.passes {
            write_table(&mut out, w);
        }
        out
    }

    /// Reads a model from its file format.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let bits = r.u32()?;
        let tags = r.u32()?;
        if tags as usize != N_TAGS || bits > 28 || bits == 0 {
            return Err(ModelError::Shape { tags, bits });
        }
        let gazetteer = Gazetteer::from_entries(r.entries()?, r.entries()?);
        let lexicon = Gazetteer::from_entries(r.entries()?, r.entries()?);
        let clusters = WordClusters::from_entries(r.clusters()?);
        let n_passes = r.u32()?;
        if !(1..=2).contains(&n_passes) {
            return Err(ModelError::Passes(n_passes));
        }
        let size = (1usize << bits) * N_TAGS;
        let passes = (0..n_passes)
            .map(|_| r.table(size))
            .collect::<Result<_, _>>()?;
        Ok(Model {
            bits,
            passes,
            gazetteer,
            lexicon,
            clusters,
        })
    }
}

fn write_table(out: &mut Vec<u8>, w: &[i16]) {
    let mut i = 0;
    while i < w.len() {
        let zeros = w[i..].iter().take_while(|&&x| x == 0).count();
        i += zeros;
        let literals = w[i..].iter().take_while(|&&x| x != 0).count();
        put_varint(out, zeros as u64);
        put_varint(out, literals as u64);
        for &x in &w[i..i + literals] {
            put_varint(out, zigzag(x));
        }
        i += literals;
    }
}

fn zigzag(x: i16) -> u64 {
    let x = i64::from(x);
    ((x << 1) ^ (x >> 63)) as u64
}

fn unzigzag(v: u64) -> i16 {
    ((v >> 1) as i64 ^ -((v & 1) as i64)) as i16
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let s = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or(ModelError::Truncated(self.at))?;
        self.at += n;
        Ok(s)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }

    fn entries(&mut self) -> Result<Vec<(u64, u8)>, ModelError> {
        let n = self.u32()? as usize;
        let mut entries = Vec::with_capacity(n.min(self.bytes.len() / 9));
        for _ in 0..n {
            let k = u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes"));
            entries.push((k, self.take(1)?[0]));
        }
        Ok(entries)
    }

    fn clusters(&mut self) -> Result<Vec<(u64, u16, u16)>, ModelError> {
        let n = self.u32()? as usize;
        let mut entries = Vec::with_capacity(n.min(self.bytes.len() / 12));
        for _ in 0..n {
            let k = u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes"));
            let coarse = u16::from_le_bytes(self.take(2)?.try_into().expect("2 bytes"));
            let fine = u16::from_le_bytes(self.take(2)?.try_into().expect("2 bytes"));
            entries.push((k, coarse, fine));
        }
        Ok(entries)
    }

    fn table(&mut self, size: usize) -> Result<Vec<i16>, ModelError> {
        let mut weights = Vec::with_capacity(size);
        while weights.len() < size {
            let zeros = self.varint()? as usize;
            let literals = self.varint()? as usize;
            if weights.len() + zeros + literals > size {
                return Err(ModelError::TableSize(weights.len() + zeros + literals));
            }
            weights.resize(weights.len() + zeros, 0);
            for _ in 0..literals {
                weights.push(unzigzag(self.varint()?));
            }
        }
        Ok(weights)
    }

    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(ModelError::Truncated(self.at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_format_round_trips() {
        let mut weights = vec![0i16; 4 * N_TAGS];
        weights[3] = -7;
        weights[4] = 300;
        weights[40] = i16::MIN;
        weights[67] = i16::MAX;
        let mut gaz = Gazetteer::default();
        gaz.insert(&[5, 6], 1);
        let m = Model::new(2, vec![weights.clone(), weights.clone()], gaz.clone(), gaz);
        let back = Model::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back.passes, vec![weights.clone(), weights]);
        assert_eq!(
            back.gazetteer.sorted_entries(),
            m.gazetteer.sorted_entries()
        );
        assert_eq!(back.lexicon.sorted_entries(), m.lexicon.sorted_entries());
    }

    #[test]
    fn bad_files_are_errors() {
        assert_eq!(
            Model::from_bytes(b"nonsense").unwrap_err(),
            ModelError::BadMagic
        );
        let m = Model::new(
            1,
            vec![vec![1; 2 * N_TAGS]],
            Gazetteer::default(),
            Gazetteer::default(),
        );
        let bytes = m.to_bytes();
        assert!(matches!(
            Model::from_bytes(&bytes[..bytes.len() - 1]),
            Err(ModelError::Truncated(_))
        ));
    }
}
