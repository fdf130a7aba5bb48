//! Byte offsets to Unicode code-point offsets and back.
//!
//! dragoman works in bytes; JSON consumers (Python slicing) index code points.
//! [`CharIndex`] answers both directions in O(log n) after one O(n) pass, and
//! in O(1) for pure-ASCII texts.

/// A lookup table between byte offsets and code-point offsets of one text.
#[derive(Clone, Debug, Default)]
pub struct CharIndex {
    /// Byte offset of every multi-byte char, in order; empty for ASCII text.
    wide: Vec<u32>,
    /// `extra[k]`: bytes saved by the first `k` wide chars (len - 1 each).
    extra: Vec<u32>,
    len_bytes: usize,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> CharIndex {
        let mut wide = Vec::new();
        let mut extra = vec![0u32];
        if !text.is_ascii() {
            let mut acc = 0u32;
            for (i, c) in text.char_indices() {
                let n = c.len_utf8() as u32;
                if n > 1 {
                    wide.push(i as u32);
                    acc += n - 1;
                    extra.push(acc);
                }
            }
        }
        CharIndex {
            wide,
            extra,
            len_bytes: text.len(),
        }
    }

    /// The code-point offset of byte offset `byte` (a char boundary).
    pub fn char_of(&self, byte: usize) -> usize {
        debug_assert!(byte <= self.len_bytes);
        if self.wide.is_empty() {
            return byte;
        }
        let k = self.wide.partition_point(|&b| (b as usize) < byte);
        byte - self.extra[k] as usize
    }

    /// The byte offset of code-point offset `ch`.
    pub fn byte_of(&self, ch: usize) -> usize {
        if self.wide.is_empty() {
            return ch;
        }
        // Code-point offset of the k-th wide char is wide[k] - extra[k].
        let (mut lo, mut hi) = (0usize, self.wide.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if ((self.wide[mid] - self.extra[mid]) as usize) < ch {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let k = lo;
        ch + self.extra[k] as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ascii_is_identity() {
        let ix = CharIndex::new("hello");
        assert_eq!(ix.char_of(3), 3);
        assert_eq!(ix.byte_of(3), 3);
    }

    #[test]
    fn wide_chars_shift_offsets() {
        let t = "a“b”c—d";
        let ix = CharIndex::new(t);
        for (ci, (bi, _)) in t.char_indices().enumerate() {
            assert_eq!(ix.char_of(bi), ci);
            assert_eq!(ix.byte_of(ci), bi);
        }
        assert_eq!(ix.char_of(t.len()), t.chars().count());
    }

    proptest! {
        #[test]
        fn round_trip(s in "\\PC{0,40}") {
            let ix = CharIndex::new(&s);
            let mut n = 0;
            for (bi, _) in s.char_indices() {
                prop_assert_eq!(ix.char_of(bi), n);
                prop_assert_eq!(ix.byte_of(n), bi);
                n += 1;
            }
            prop_assert_eq!(ix.char_of(s.len()), n);
            prop_assert_eq!(ix.byte_of(n), s.len());
        }
    }
}
