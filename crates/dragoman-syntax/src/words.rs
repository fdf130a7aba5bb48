//! A table from word hashes (`Lex::word`) to a 32-bit value, kept sorted for
//! the file and hashed for look-ups: the ambiguity classes (the tags a word
//! took in training) and the word clusters (learned from unlabeled text).

use crate::codec::{Reader, Writer};
use crate::ModelError;
use std::collections::HashMap;

/// Word hash → value.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct WordTable {
    sorted: Vec<(u64, u32)>,
    map: HashMap<u64, u32>,
}

impl WordTable {
    /// A table of `entries` (sorted here; a word listed twice keeps its
    /// smallest value).
    pub fn new(mut entries: Vec<(u64, u32)>) -> WordTable {
        entries.sort_unstable();
        entries.dedup_by_key(|(k, _)| *k);
        WordTable {
            map: entries.iter().copied().collect(),
            sorted: entries,
        }
    }

    /// The value of word hash `word`.
    #[inline]
    pub fn get(&self, word: u64) -> Option<u32> {
        self.map.get(&word).copied()
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    /// The entries, sorted by word hash.
    pub fn entries(&self) -> &[(u64, u32)] {
        &self.sorted
    }

    /// Bytes held in memory (the sorted list and the hash map, roughly).
    pub fn heap_bytes(&self) -> usize {
        self.sorted.len() * 12 + self.map.capacity() * 16
    }

    /// Writes the table.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.sorted.len() as u32);
        for (k, v) in &self.sorted {
            w.u64(*k);
            w.u32(*v);
        }
    }

    /// Reads a table written by [`WordTable::write`].
    pub fn read(r: &mut Reader) -> Result<WordTable, ModelError> {
        let n = r.u32()? as usize;
        let mut entries = Vec::with_capacity(n.min(1 << 22));
        for _ in 0..n {
            entries.push((r.u64()?, r.u32()?));
        }
        if entries.windows(2).any(|w| w[0].0 >= w[1].0) {
            return Err(ModelError::Invalid("word table order"));
        }
        Ok(WordTable::new(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_keeps_one_value_per_word() {
        let t = WordTable::new(vec![(9, 1), (3, 7), (9, 0)]);
        assert_eq!(t.entries(), [(3, 7), (9, 0)]);
        assert_eq!(t.get(9), Some(0));
        assert_eq!(t.get(4), None);
        let mut w = Writer::default();
        t.write(&mut w);
        assert_eq!(WordTable::read(&mut Reader::new(&w.out)).unwrap(), t);
    }
}
