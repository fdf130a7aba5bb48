//! Decoding to UTF-8 while remembering where each decoded byte came from, so that ranges found
//! in the decoded page can be given back as ranges of the raw input.

use std::borrow::Cow;
use std::ops::Range;

use encoding_rs::{CoderResult, UTF_8};

use crate::charset::Detected;

/// Chunk size for encodings where `<` and `>` are not single bytes (UTF-16).
const WIDE_CHUNK: usize = 256;

/// The page as UTF-8 (mostly; UTF-8 input with bad bytes is passed through) plus the way back.
pub(crate) struct Decoded<'a> {
    pub(crate) bytes: Cow<'a, [u8]>,
    map: OffsetMap,
    raw_len: usize,
}

enum OffsetMap {
    /// Decoded offset + shift = raw offset (UTF-8 input; the shift is the BOM).
    Shift(usize),
    /// `(decoded start, raw start)` of each decoded segment, both increasing.
    Segments(Vec<(usize, usize)>),
}

impl Decoded<'_> {
    /// The raw-input range that produced the decoded `range`.
    pub(crate) fn raw_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.raw_offset(range.start);
        start..self.raw_offset(range.end).max(start)
    }

    fn raw_offset(&self, decoded: usize) -> usize {
        match &self.map {
            OffsetMap::Shift(shift) => (decoded + shift).min(self.raw_len),
            OffsetMap::Segments(segments) => {
                let index = segments.partition_point(|&(start, _)| start <= decoded);
                let Some(&(decoded_start, raw_start)) = index.checked_sub(1).map(|i| &segments[i])
                else {
                    return 0;
                };
                let raw_end = segments.get(index).map_or(self.raw_len, |&(_, raw)| raw);
                (raw_start + (decoded - decoded_start)).min(raw_end)
            }
        }
    }
}

/// Decodes `html` with the detected encoding; `warnings` gets a note on replaced bytes.
pub(crate) fn decode<'a>(
    html: &'a [u8],
    detected: &Detected,
    warnings: &mut Vec<String>,
) -> Decoded<'a> {
    let body = &html[detected.bom_len..];
    if detected.encoding == UTF_8 {
        return Decoded {
            bytes: Cow::Borrowed(body),
            map: OffsetMap::Shift(detected.bom_len),
            raw_len: html.len(),
        };
    }
    let mut decoder = detected.encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(body.len() + body.len() / 2);
    let mut segments = Vec::new();
    let mut replaced = false;
    let ascii_compatible = detected.encoding.is_ascii_compatible();
    let mut start = 0;
    while start < body.len() {
        let end = if ascii_compatible {
            // `<` and `>` never occur inside a multi-byte character of these encodings.
            memchr::memchr2(b'<', b'>', &body[start + 1..]).map_or(body.len(), |p| start + 1 + p)
        } else {
            (start + WIDE_CHUNK).min(body.len())
        };
        segments.push((out.len(), detected.bom_len + start));
        replaced |= decode_into(&mut decoder, &body[start..end], &mut out, false);
        start = end;
    }
    replaced |= decode_into(&mut decoder, &[], &mut out, true);
    if replaced {
        warnings.push(format!(
            "bytes not valid in {} were replaced",
            detected.encoding.name()
        ));
    }
    Decoded {
        bytes: Cow::Owned(out.into_bytes()),
        map: OffsetMap::Segments(segments),
        raw_len: html.len(),
    }
}

/// Decodes one piece; true when malformed bytes were replaced.
fn decode_into(
    decoder: &mut encoding_rs::Decoder,
    mut input: &[u8],
    out: &mut String,
    last: bool,
) -> bool {
    let mut replaced = false;
    loop {
        let room = decoder
            .max_utf8_buffer_length(input.len())
            .unwrap_or(input.len() * 3 + 16);
        out.reserve(room);
        let (result, read, had_errors) = decoder.decode_to_string(input, out, last);
        replaced |= had_errors;
        input = &input[read..];
        if result == CoderResult::InputEmpty {
            return replaced;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charset::detect;

    /// The decoded page and the raw range of every decoded character boundary.
    fn decoded(html: &[u8], charset: Option<&str>) -> (String, Vec<Range<usize>>) {
        let detected = detect(html, charset);
        let d = decode(html, &detected, &mut Vec::new());
        let text = String::from_utf8(d.bytes.to_vec()).unwrap();
        let probes = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .map(|i| d.raw_range(i..i))
            .collect();
        (text, probes)
    }

    #[test]
    fn latin1_text_maps_back_exactly_at_tag_boundaries() {
        let html = b"<p>caf\xE9 cr\xE8me</p><b>x</b>";
        let detected = detect(html, Some("windows-1252"));
        let d = decode(html, &detected, &mut Vec::new());
        let text = std::str::from_utf8(&d.bytes).unwrap();
        assert_eq!(text, "<p>café crème</p><b>x</b>");
        let p_text = 3..text.find("</p>").unwrap();
        assert_eq!(d.raw_range(p_text), 3..13);
        let b_start = text.find("<b>").unwrap();
        assert_eq!(d.raw_range(b_start..text.len()), 17..html.len());
    }

    #[test]
    fn utf16_ranges_stay_inside_the_input() {
        let mut html = vec![0xFF, 0xFE];
        for unit in "<p>hello</p>".encode_utf16() {
            html.extend_from_slice(&unit.to_le_bytes());
        }
        let (text, probes) = decoded(&html, None);
        assert_eq!(text, "<p>hello</p>");
        assert!(probes.iter().all(|raw| raw.end <= html.len()));
    }
}
