//! Compact encodings of a document's stored bytes (schema 5).
//!
//! - Raw bytes as edits of the clean text ([`RAW_EDITS`]): most of a report's
//!   raw bytes are verbatim copies of its clean text, which the store keeps
//!   anyway, so the raw bytes are written as a list of copies from the clean
//!   text and literal runs, deflated. Every copy is checked against the raw
//!   bytes when it is written, so decoding gives the input back byte for byte
//!   whatever the alignment says (a page's alignment indexes its extracted
//!   text, not the HTML: then the list is one literal run, deflated).
//! - The alignment as a list of its pieces in varints, deflated, stored as a
//!   BLOB where older rows hold JSON text: a piece's clean start follows from
//!   the one before (the pieces tile the clean text), its raw start is a gap
//!   after the one before (mostly 0), and a verbatim piece's raw length is its
//!   clean length. Every encoding is decoded and compared when it is written;
//!   an alignment that would not come back the same is stored as deflated
//!   JSON instead.

use dragoman_model::Alignment;
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
    /// The alignment does not decode.
    #[error("alignment: {0}")]
    Alignment(String),
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

/// The raw bytes as stored, and their codec: edits of the clean text where
/// the alignment's verbatim pieces index the raw bytes (text input in UTF-8),
/// deflated; `None` (the bytes themselves) where that would not be smaller or
/// would not decode to the same bytes.
pub(crate) fn compact_raw(
    raw: &[u8],
    clean: &str,
    alignment: &Alignment,
) -> (Vec<u8>, Option<&'static str>) {
    let hints = alignment
        .pieces()
        .iter()
        .filter(|p| p.verbatim)
        .map(|p| Verbatim {
            clean: p.clean as usize,
            raw: p.raw as usize,
            len: p.clean_len as usize,
        });
    let edits = encode_raw(raw, clean, hints);
    let smaller = edits.len() < raw.len();
    if smaller && decode_raw(&edits, clean).is_ok_and(|back| back == raw) {
        (edits, Some(RAW_EDITS))
    } else {
        (raw.to_vec(), None)
    }
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

/// The first byte of an alignment encoded as pieces (deflated JSON starts with `{`).
const PIECES: u8 = 1;

/// The alignment as stored: its pieces in varints, deflated (or deflated JSON
/// when that would not decode to the same alignment).
pub(crate) fn encode_alignment(a: &Alignment) -> Vec<u8> {
    let mut out = vec![PIECES];
    varint(&mut out, a.clean_len());
    varint(&mut out, a.raw_len());
    varint(&mut out, a.pieces().len());
    let mut raw_end = 0;
    for p in a.pieces() {
        let (raw, clean_len, raw_len) = (p.raw as usize, p.clean_len as usize, p.raw_len as usize);
        varint(&mut out, raw.wrapping_sub(raw_end));
        varint(&mut out, clean_len);
        let same = p.verbatim && raw_len == clean_len;
        varint(
            &mut out,
            if same {
                0
            } else {
                (raw_len << 1 | p.verbatim as usize) + 1
            },
        );
        raw_end = raw + raw_len;
    }
    match decode_pieces(&out) {
        Ok(back) if back == *a => deflate(&out),
        _ => deflate(
            serde_json::to_string(a)
                .expect("an alignment serializes")
                .as_bytes(),
        ),
    }
}

/// An alignment from [`encode_alignment`]'s output.
pub(crate) fn decode_alignment(stored: &[u8]) -> Result<Alignment, CodecError> {
    let bytes = inflate(stored)?;
    match bytes.first() {
        Some(&PIECES) => decode_pieces(&bytes),
        _ => serde_json::from_slice(&bytes).map_err(|e| CodecError::Alignment(e.to_string())),
    }
}

fn decode_pieces(bytes: &[u8]) -> Result<Alignment, CodecError> {
    let mut i = 1;
    let clean_len = read_varint(bytes, &mut i)?;
    let raw_len = read_varint(bytes, &mut i)?;
    let count = read_varint(bytes, &mut i)?;
    let mut pieces = Vec::with_capacity(count.min(bytes.len()));
    let (mut clean, mut raw_end) = (0usize, 0usize);
    for _ in 0..count {
        let raw = raw_end.wrapping_add(read_varint(bytes, &mut i)?);
        let len = read_varint(bytes, &mut i)?;
        let (piece_raw_len, verbatim) = match read_varint(bytes, &mut i)? {
            0 => (len, true),
            v => ((v - 1) >> 1, (v - 1) & 1 == 1),
        };
        pieces.push(serde_json::json!({
            "clean": clean, "raw": raw, "clean_len": len, "raw_len": piece_raw_len, "verbatim": verbatim
        }));
        clean += len;
        raw_end = raw.wrapping_add(piece_raw_len);
    }
    let value = serde_json::json!({ "pieces": pieces, "clean_len": clean_len, "raw_len": raw_len });
    serde_json::from_value(value).map_err(|e| CodecError::Alignment(e.to_string()))
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
    fn alignments_come_back_the_same() {
        let json = r#"{"pieces":[{"clean":0,"raw":0,"clean_len":5,"raw_len":5,"verbatim":true},
            {"clean":5,"raw":7,"clean_len":1,"raw_len":0,"verbatim":false},
            {"clean":6,"raw":7,"clean_len":3,"raw_len":6,"verbatim":false},
            {"clean":9,"raw":13,"clean_len":4,"raw_len":4,"verbatim":true}],"clean_len":13,"raw_len":17}"#;
        let a: Alignment = serde_json::from_str(json).unwrap();
        let stored = encode_alignment(&a);
        assert_eq!(inflate(&stored).unwrap()[0], PIECES);
        assert_eq!(decode_alignment(&stored).unwrap(), a);
        let identity = Alignment::identity(40);
        assert_eq!(
            decode_alignment(&encode_alignment(&identity)).unwrap(),
            identity
        );
    }

    #[test]
    fn an_alignment_the_pieces_cannot_say_is_stored_as_json() {
        // Pieces that leave a gap in the clean text break the invariant the
        // compact form relies on: stored as JSON, it still comes back.
        let json = r#"{"pieces":[{"clean":2,"raw":0,"clean_len":3,"raw_len":3,"verbatim":true}],"clean_len":5,"raw_len":3}"#;
        let a: Alignment = serde_json::from_str(json).unwrap();
        let stored = encode_alignment(&a);
        assert_eq!(inflate(&stored).unwrap()[0], b'{');
        assert_eq!(decode_alignment(&stored).unwrap(), a);
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
