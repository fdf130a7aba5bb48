//! Piecewise alignment between a clean text and the raw text it was made from.
//!
//! The clean text is a concatenation of *pieces*. A piece is either a verbatim
//! copy of a raw range (same length on both sides, mapped byte for byte) or a
//! replacement (a raw range rewritten as other text, e.g. a run of whitespace
//! folded to one space, or a decomposed letter composed by NFC). Raw ranges of
//! successive pieces never go backwards; the raw bytes between them were
//! removed (a doubled paragraph, a trailing space), and stay in the raw text.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One piece of the clean text and the raw range it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    /// Start of the piece in the clean text (bytes).
    pub clean: u32,
    /// Start of the raw range it came from (bytes).
    pub raw: u32,
    /// Length in the clean text (bytes).
    pub clean_len: u32,
    /// Length of the raw range (bytes).
    pub raw_len: u32,
    /// True when the clean bytes are a verbatim copy of the raw bytes.
    pub verbatim: bool,
}

/// Maps byte offsets of a clean text to byte offsets of its raw text.
///
/// Invariant: pieces are sorted, contiguous on the clean side (they tile it
/// exactly) and non-decreasing on the raw side.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alignment {
    pieces: Vec<Piece>,
    clean_len: u32,
    raw_len: u32,
}

impl Alignment {
    /// The identity alignment of a text with itself.
    pub fn identity(len: usize) -> Alignment {
        let len = len as u32;
        let pieces = if len == 0 {
            Vec::new()
        } else {
            vec![Piece {
                clean: 0,
                raw: 0,
                clean_len: len,
                raw_len: len,
                verbatim: true,
            }]
        };
        Alignment {
            pieces,
            clean_len: len,
            raw_len: len,
        }
    }

    /// The pieces, in clean-text order.
    pub fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    /// Length of the clean text in bytes.
    pub fn clean_len(&self) -> usize {
        self.clean_len as usize
    }

    /// Length of the raw text in bytes.
    pub fn raw_len(&self) -> usize {
        self.raw_len as usize
    }

    /// True when the clean text is the raw text, byte for byte.
    pub fn is_identity(&self) -> bool {
        self.clean_len == self.raw_len && self.pieces.iter().all(|p| p.verbatim && p.clean == p.raw)
    }

    /// The raw byte range that the clean byte range `clean` came from.
    ///
    /// A range inside a verbatim piece maps byte for byte; a range touching a
    /// replacement maps to the whole raw range of that replacement. An empty
    /// range maps to an empty raw range at the corresponding position.
    pub fn to_raw(&self, clean: Range<usize>) -> Range<usize> {
        assert!(
            clean.start <= clean.end && clean.end <= self.clean_len as usize,
            "span out of range"
        );
        if clean.start == clean.end {
            let at = self.raw_start(clean.start);
            return at..at;
        }
        let start = self.raw_start(clean.start);
        let end = self.raw_end(clean.end);
        start..end.max(start)
    }

    /// Raw offset where the clean byte at `pos` starts.
    fn raw_start(&self, pos: usize) -> usize {
        if pos >= self.clean_len as usize {
            return self
                .pieces
                .last()
                .map_or(0, |p| (p.raw + p.raw_len) as usize);
        }
        let p = self.piece_at(pos);
        if p.verbatim {
            (p.raw + (pos as u32 - p.clean)) as usize
        } else {
            p.raw as usize
        }
    }

    /// Raw offset where the clean range ending at `pos` (exclusive) ends.
    fn raw_end(&self, pos: usize) -> usize {
        debug_assert!(pos > 0);
        let p = self.piece_at(pos - 1);
        if p.verbatim {
            (p.raw + (pos as u32 - p.clean)) as usize
        } else {
            (p.raw + p.raw_len) as usize
        }
    }

    /// The clean byte range that stands for the raw range `raw`: the smallest
    /// clean range covering every piece that overlaps it, cut byte for byte
    /// inside verbatim pieces. `None` when nothing of `raw` reached the clean text.
    pub fn to_clean(&self, raw: Range<usize>) -> Option<Range<usize>> {
        let (rs, re) = (raw.start as u32, raw.end as u32);
        let first = self
            .pieces
            .iter()
            .position(|p| p.raw + p.raw_len > rs && (p.raw < re || (rs == re && p.raw == rs)))?;
        let last = self
            .pieces
            .iter()
            .rposition(|p| p.raw < re && p.raw + p.raw_len > rs)?;
        let (f, l) = (&self.pieces[first], &self.pieces[last]);
        let start = if f.verbatim && rs > f.raw {
            f.clean + (rs - f.raw)
        } else {
            f.clean
        };
        let end = if l.verbatim && re < l.raw + l.raw_len {
            l.clean + (re - l.raw)
        } else {
            l.clean + l.clean_len
        };
        Some(start as usize..end as usize)
    }

    fn piece_at(&self, pos: usize) -> &Piece {
        let pos = pos as u32;
        let i = self
            .pieces
            .partition_point(|p| p.clean + p.clean_len <= pos);
        &self.pieces[i]
    }

    /// The raw ranges that no piece stands for: what cleaning removed.
    pub fn removed(&self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut at = 0u32;
        for p in &self.pieces {
            if p.raw > at {
                out.push(at as usize..p.raw as usize);
            }
            at = at.max(p.raw + p.raw_len);
        }
        if self.raw_len > at {
            out.push(at as usize..self.raw_len as usize);
        }
        out
    }
}

/// Builds a clean text and its [`Alignment`] from edits over a raw text.
///
/// Call [`copy`](Self::copy) for raw ranges kept verbatim and
/// [`replace`](Self::replace) for raw ranges rewritten; anything not named is
/// removed. Raw ranges must be given in non-decreasing order.
#[derive(Debug)]
pub struct AlignedBuilder<'a> {
    raw: &'a str,
    text: String,
    pieces: Vec<Piece>,
    raw_at: usize,
}

impl<'a> AlignedBuilder<'a> {
    /// Starts an empty clean text over `raw`.
    pub fn new(raw: &'a str) -> Self {
        assert!(raw.len() < u32::MAX as usize, "texts are limited to 4 GiB");
        AlignedBuilder {
            raw,
            text: String::with_capacity(raw.len()),
            pieces: Vec::new(),
            raw_at: 0,
        }
    }

    /// The clean text built so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Appends `raw[range]` verbatim.
    pub fn copy(&mut self, range: Range<usize>) {
        self.check(&range);
        if range.is_empty() {
            return;
        }
        let clean = self.text.len() as u32;
        self.text.push_str(&self.raw[range.clone()]);
        let len = range.len() as u32;
        // Merge with the previous piece when both are verbatim and adjacent.
        if let Some(last) = self.pieces.last_mut() {
            if last.verbatim
                && last.raw + last.raw_len == range.start as u32
                && last.clean + last.clean_len == clean
            {
                last.raw_len += len;
                last.clean_len += len;
                self.raw_at = range.end;
                return;
            }
        }
        self.pieces.push(Piece {
            clean,
            raw: range.start as u32,
            clean_len: len,
            raw_len: len,
            verbatim: true,
        });
        self.raw_at = range.end;
    }

    /// Appends `with` as the clean form of `raw[range]`.
    ///
    /// When `with` equals the raw bytes, this is a [`copy`](Self::copy).
    /// An empty `range` inserts text that stands for the raw position.
    pub fn replace(&mut self, range: Range<usize>, with: &str) {
        self.check(&range);
        if &self.raw[range.clone()] == with {
            return self.copy(range);
        }
        if with.is_empty() {
            self.raw_at = range.end;
            return;
        }
        let clean = self.text.len() as u32;
        self.text.push_str(with);
        self.pieces.push(Piece {
            clean,
            raw: range.start as u32,
            clean_len: with.len() as u32,
            raw_len: range.len() as u32,
            verbatim: false,
        });
        self.raw_at = range.end;
    }

    fn check(&self, range: &Range<usize>) {
        assert!(
            range.start <= range.end && range.end <= self.raw.len(),
            "raw range out of bounds"
        );
        assert!(
            range.start >= self.raw_at,
            "raw ranges must not go backwards"
        );
        assert!(self.raw.is_char_boundary(range.start) && self.raw.is_char_boundary(range.end));
    }

    /// Finishes: the clean text and its alignment to the raw text.
    pub fn finish(mut self) -> (String, Alignment) {
        // Both are kept with the document: no slack from doubling.
        self.pieces.shrink_to_fit();
        self.text.shrink_to_fit();
        let alignment = Alignment {
            pieces: self.pieces,
            clean_len: self.text.len() as u32,
            raw_len: self.raw.len() as u32,
        };
        (self.text, alignment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_maps_every_range_to_itself() {
        let a = Alignment::identity(10);
        assert_eq!(a.to_raw(2..7), 2..7);
        assert_eq!(a.to_raw(0..10), 0..10);
        assert!(a.is_identity());
        assert!(a.removed().is_empty());
    }

    #[test]
    fn removed_and_folded_ranges_map_back() {
        let raw = "A  b\n\nA  b\nc";
        let mut b = AlignedBuilder::new(raw);
        b.copy(0..1); // "A"
        b.replace(1..3, " "); // "  " -> " "
        b.copy(3..4); // "b"
        b.replace(4..6, "\n\n");
        b.copy(11..12); // "c"; 6..11 (the doubled paragraph) removed
        let (text, a) = b.finish();
        assert_eq!(text, "A b\n\nc");
        assert_eq!(a.to_raw(0..3), 0..4);
        assert_eq!(&raw[a.to_raw(2..3)], "b");
        assert_eq!(&raw[a.to_raw(5..6)], "c");
        assert_eq!(a.removed(), vec![6..11]);
        assert_eq!(a.to_clean(11..12), Some(5..6));
        assert_eq!(a.to_clean(0..4), Some(0..3));
        assert_eq!(a.to_clean(6..11), None);
        assert!(!a.is_identity());
    }

    #[test]
    fn replace_with_same_text_is_a_copy() {
        let raw = "abc";
        let mut b = AlignedBuilder::new(raw);
        b.replace(0..3, "abc");
        let (_, a) = b.finish();
        assert!(a.is_identity());
    }
}
