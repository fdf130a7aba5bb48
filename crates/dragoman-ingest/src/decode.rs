//! Decoding bytes to text: BOM first, then a declared encoding, else strict
//! UTF-8. Binary data is refused rather than decoded into noise.

use crate::Reason;
use encoding_rs::{Encoding, UTF_8};

/// Decoded text and how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding's name ("UTF-8", "windows-1252").
    pub encoding: &'static str,
}

/// Decodes `bytes`. `declared` is an encoding label the user or the source
/// gave; a byte-order mark wins over it.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, Reason> {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return strict(enc, &bytes[bom..]);
    }
    if let Some(why) = binary(bytes) {
        return Err(Reason::Binary(why));
    }
    match declared {
        Some(label) => {
            let enc = Encoding::for_label(label.trim().as_bytes())
                .ok_or_else(|| Reason::UnknownEncoding(label.to_string()))?;
            strict(enc, bytes)
        }
        None => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(Decoded {
                text: s.to_string(),
                encoding: UTF_8.name(),
            }),
            Err(e) => Err(Reason::InvalidUtf8 {
                offset: e.valid_up_to(),
            }),
        },
    }
}

fn strict(enc: &'static Encoding, bytes: &[u8]) -> Result<Decoded, Reason> {
    if enc == UTF_8 {
        return match std::str::from_utf8(bytes) {
            Ok(s) => Ok(Decoded {
                text: s.to_string(),
                encoding: enc.name(),
            }),
            Err(e) => Err(Reason::WrongEncoding {
                encoding: enc.name().to_string(),
                offset: e.valid_up_to(),
            }),
        };
    }
    match enc.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok(Decoded {
            text: text.into_owned(),
            encoding: enc.name(),
        }),
        None => {
            // Find the first malformed byte for the message.
            let mut decoder = enc.new_decoder_without_bom_handling();
            let mut out = String::with_capacity(bytes.len() * 3);
            let (_, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
            Err(Reason::WrongEncoding {
                encoding: enc.name().to_string(),
                offset: read,
            })
        }
    }
}

/// Why `bytes` look binary, if they do: NUL bytes, or many control characters.
fn binary(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(at) = head.iter().position(|&b| b == 0) {
        return Some(format!("NUL byte at {at}"));
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    (head.len() >= 32 && controls * 10 > head.len())
        .then(|| format!("{controls} control bytes in the first {}", head.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode("Kyiv “talks”".as_bytes(), None).unwrap().text,
            "Kyiv “talks”"
        );
        assert_eq!(decode(b"\xEF\xBB\xBFabc", None).unwrap().text, "abc");
    }

    #[test]
    fn utf16_by_bom() {
        let d = decode(b"\xFF\xFEa\x00b\x00", None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("ab", "UTF-16LE"));
    }

    #[test]
    fn invalid_utf8_names_the_byte() {
        assert_eq!(
            decode(b"caf\xE9 talks", None),
            Err(Reason::InvalidUtf8 { offset: 3 })
        );
    }

    #[test]
    fn declared_encodings_decode_or_are_refused() {
        assert_eq!(decode(b"caf\xE9", Some("latin1")).unwrap().text, "café");
        assert_eq!(
            decode(b"caf\xE9 talks", Some("utf-8")),
            Err(Reason::WrongEncoding {
                encoding: "UTF-8".into(),
                offset: 3
            })
        );
        assert_eq!(
            decode(b"\x82\xa0", Some("shift_jis")).unwrap().encoding,
            "Shift_JIS"
        );
        assert!(matches!(
            decode(b"\x82", Some("shift_jis")),
            Err(Reason::WrongEncoding { .. })
        ));
        assert_eq!(
            decode(b"x", Some("klingon")),
            Err(Reason::UnknownEncoding("klingon".into()))
        );
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(
            decode(b"PK\x03\x04\x00\x00", None),
            Err(Reason::Binary(_))
        ));
    }
}
