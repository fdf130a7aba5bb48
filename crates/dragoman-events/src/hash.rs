//! A fast hasher for the short word keys of the lexicon (FNV-1a): the
//! tables are built from our own data, so no flooding defence is needed.

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a over the bytes written.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A `HashMap` keyed by words.
pub(crate) type WordMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;
