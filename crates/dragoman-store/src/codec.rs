//! Compact encodings of a document's stored bytes (schema 5).
//!
//! - Raw bytes as edits of the clean text ([`RAW_EDITS`]): most of a report's
//!   raw bytes are verbatim copies of its clean text, which the store keeps
//!   anyway, so the raw bytes are written as a list of copies from the clean
//!   text and literal runs, deflated. Every copy is checked against the raw
//!   bytes when it is written, so decoding gives the input back byte for byte
//!   whatever the alignment says (a page's alignment indexes its extracted
//!   text, not the HTML: then the list is one literal run, deflated).
//! - The alignment as deflated JSON, stored as a BLOB where older rows hold
//!   JSON text.

use flate2::{read::DeflateDecoder, write::DeflateEncoder, Compression};
use std::io::{Read, Write};

/// `documents.raw_codec` of raw bytes stored by [`encode_raw`]; `NULL` means
/// the column holds the bytes themselves.
pub(crate) const RAW_EDITS: &str = "edits+deflate";

/// The operation that copies a range of the clean text.
const COPY: u8 = 0;
/// The operation that writes the bytes that follow it.
const LITERAL: u8 = 1;

/// Why stored bytes could not be decoded.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CodecError {
    /// The deflate stream is damaged.
    #[error("deflate stream: {0}")]
    Inflate(#[from] std::io::Error),
    /// The edit list is damaged (truncated, unknown operation, out of range).
    #[error("edit list damaged at byte {0}")]
    Edits(usize),
    /// A codec this build does not know.
    #[error("unknown codec {0:?}")]
    Unknown(String),
}

/// A verbatim stretch: `len` bytes of the clean text from `clean` stand at
/// `raw` in the raw text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Verbatim {
    pub clean: usize,
    pub raw: usize,
    pub len: usize,
}

/// The raw bytes as copies from `clean` (where `hints` say the bytes are the
/// same, and they are) and literal runs, deflated.
pub(crate) fn encode_raw(
    raw: &[u8],
    clean: &str,
    hints: impl Iterator<Item = Verbatim>,
) -> Vec<u8> {
    let clean = clean.as_bytes();
    let mut ops = Vec::with_capacity(64);
    let mut at = 0;
    for v in hints {
        let same = v.len > 0
            && v.raw >= at
            && raw
                .get(v.raw..v.raw + v.len)
                .is_some_and(|r| Some(r) == clean.get(v.clean..v.clean + v.len));
        if !same {
            continue;
        }
        literal(&mut ops, &raw[at..v.raw]);
        ops.push(COPY);
        varint(&mut ops, v.clean);
        varint(&mut ops, v.len);
        at = v.raw + v.len;
    }
    literal(&mut ops, &raw[at..]);
    deflate(&ops)
}

/// The raw bytes back from [`encode_raw`]'s output and the same clean text.
pub(crate) fn decode_raw(stored: &[u8], clean: &str) -> Result<Vec<u8>, CodecError> {
    let ops = inflate(stored)?;
    let clean = clean.as_bytes();
    let mut out = Vec::with_capacity(clean.len() + 64);
    let mut i = 0;
    while i < ops.len() {
        let op = ops[i];
        i += 1;
        let piece = match op {
            COPY => {
                let start = read_varint(&ops, &mut i)?;
                let len = read_varint(&ops, &mut i)?;
                clean.get(start..start.saturating_add(len))
            }
            LITERAL => {
                let len = read_varint(&ops, &mut i)?;
                let piece = ops.get(i..i.saturating_add(len));
                i = i.saturating_add(len);
                piece
            }
            _ => None,
        };
        out.extend_from_slice(piece.ok_or(CodecError::Edits(i))?);
    }
    Ok(out)
}

/// The raw bytes of a stored document, whatever the codec.
pub(crate) fn raw_bytes(
    stored: Vec<u8>,
    codec: Option<&str>,
    clean: &str,
) -> Result<Vec<u8>, CodecError> {
    match codec {
        None => Ok(stored),
        Some(RAW_EDITS) => decode_raw(&stored, clean),
        Some(other) => Err(CodecError::Unknown(other.to_string())),
    }
}

fn literal(ops: &mut Vec<u8>, bytes: &[u8]) {
    if bytes.is_empty() {
        return;
    }
    ops.push(LITERAL);
    varint(ops, bytes.len());
    ops.extend_from_slice(bytes);
}

/// LEB128: seven bits a byte, low bits first.
fn varint(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn read_varint(bytes: &[u8], i: &mut usize) -> Result<usize, CodecError> {
    let mut n: usize = 0;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*i).ok_or(CodecError::Edits(*i))?;
        *i += 1;
        n |= ((b & 0x7f) as usize)
            .checked_shl(shift)
            .ok_or(CodecError::Edits(*i))?;
        if b < 0x80 {
            return Ok(n);
        }
    }
    Err(CodecError::Edits(*i))
}

/// Deflated bytes (raw deflate, no header: the column says what it is).
pub(crate) fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut enc = DeflateEncoder::new(
        Vec::with_capacity(bytes.len() / 3 + 16),
        Compression::fast(),
    );
    enc.write_all(bytes)
        .expect("writing to a Vec does not fail");
    enc.finish().expect("writing to a Vec does not fail")
}

/// Inflated bytes.
pub(crate) fn inflate(bytes: &[u8]) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(bytes.len() * 4);
    DeflateDecoder::new(bytes).read_to_end(&mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hint(clean: usize, raw: usize, len: usize) -> Verbatim {
        Verbatim { clean, raw, len }
    }

    #[test]
    fn raw_bytes_come_back_from_copies_and_literals() {
        let raw = b"Talks  resume\r\non Monday.\r\n";
        let clean = "Talks resume\non Monday.\n";
        let hints = [hint(0, 0, 5), hint(5, 6, 7), hint(13, 15, 10)];
        let stored = encode_raw(raw, clean, hints.into_iter());
        assert_eq!(decode_raw(&stored, clean).unwrap(), raw);
    }

    #[test]
    fn wrong_hints_are_not_trusted() {
        // A page's alignment indexes its extracted text, not the HTML bytes.
        let raw = b"<p>Envoys met.</p>";
        let clean = "Envoys met.";
        let hints = [hint(0, 0, 11), hint(0, 100, 11), hint(3, 1, 0)];
        let stored = encode_raw(raw, clean, hints.into_iter());
        assert_eq!(decode_raw(&stored, clean).unwrap(), raw);
        let none = encode_raw(b"", "", std::iter::empty());
        assert_eq!(decode_raw(&none, "").unwrap(), b"");
    }

    #[test]
    fn damaged_edit_lists_are_errors_not_panics() {
        let clean = "short";
        for ops in [
            vec![COPY, 0, 50],
            vec![LITERAL, 9, b'x'],
            vec![7],
            vec![COPY, 0x80],
        ] {
            let err = decode_raw(&deflate(&ops), clean).unwrap_err();
            assert!(matches!(err, CodecError::Edits(_)), "{ops:?}: {err}");
        }
        assert!(matches!(
            decode_raw(b"\xff\xff", clean),
            Err(CodecError::Inflate(_))
        ));
        assert!(matches!(
            raw_bytes(vec![], Some("zstd"), clean),
            Err(CodecError::Unknown(_))
        ));
    }

    #[test]
    fn varints_round_trip() {
        for n in [0, 1, 127, 128, 300, 1 << 20, usize::MAX >> 1] {
            let mut v = Vec::new();
            varint(&mut v, n);
            assert_eq!(read_varint(&v, &mut 0).unwrap(), n);
        }
    }
}
