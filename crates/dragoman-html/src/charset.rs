//! Character-encoding detection: byte-order mark, the HTTP header's charset, `<meta charset>`,
//! then a check of the bytes themselves (valid UTF-8, else windows-1252).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How many leading bytes the `<meta>` prescan looks at.
const PRESCAN_BYTES: usize = 8192;

/// The encoding chosen for a page and why.
#[derive(Debug)]
pub(crate) struct Detected {
    pub(crate) encoding: &'static Encoding,
    /// Length of the byte-order mark to skip.
    pub(crate) bom_len: usize,
    /// Set when a declared charset was overridden or unknown.
    pub(crate) warning: Option<String>,
}

/// Chooses the encoding of `html`, given the charset of the HTTP `Content-Type`, if any.
pub(crate) fn detect(html: &[u8], http_charset: Option<&str>) -> Detected {
    if let Some((encoding, bom_len)) = Encoding::for_bom(html) {
        return Detected {
            encoding,
            bom_len,
            warning: None,
        };
    }
    let mut warning = None;
    let declared = http_charset
        .map(|label| (label.to_owned(), "HTTP header"))
        .or_else(|| meta_charset(&html[..html.len().min(PRESCAN_BYTES)]).map(|l| (l, "<meta>")));
    if let Some((label, origin)) = declared {
        match Encoding::for_label(label.trim().as_bytes()) {
            // A page cannot declare itself UTF-16 from inside (WHATWG), it means UTF-8.
            Some(encoding) if encoding.is_ascii_compatible() || origin == "HTTP header" => {
                return confirm(html, encoding, origin);
            }
            Some(_) => {}
            None => warning = Some(format!("unknown charset {label:?} in the {origin}")),
        }
    }
    let encoding = if std::str::from_utf8(html).is_ok() {
        UTF_8
    } else {
        WINDOWS_1252
    };
    Detected {
        encoding,
        bom_len: 0,
        warning,
    }
}

/// Keeps a declared encoding unless the page is plainly UTF-8 with non-ASCII text in it,
/// the most common wrong declaration.
fn confirm(html: &[u8], declared: &'static Encoding, origin: &str) -> Detected {
    let plainly_utf8 = declared != UTF_8
        && declared.is_ascii_compatible()
        && !html.is_ascii()
        && std::str::from_utf8(html).is_ok();
    if plainly_utf8 {
        let warning = format!(
            "the {origin} declares {} but the page is valid UTF-8; read as UTF-8",
            declared.name()
        );
        return Detected {
            encoding: UTF_8,
            bom_len: 0,
            warning: Some(warning),
        };
    }
    Detected {
        encoding: declared,
        bom_len: 0,
        warning: None,
    }
}

/// The charset named by the first `<meta charset=...>` or `<meta content="...; charset=...">`.
fn meta_charset(head: &[u8]) -> Option<String> {
    let mut rest = head;
    while let Some(at) = find_ascii_ci(rest, b"<meta") {
        let tag = &rest[at..];
        let end = memchr::memchr(b'>', tag).unwrap_or(tag.len());
        let tag = &tag[..end];
        if let Some(pos) = find_ascii_ci(tag, b"charset") {
            let value = tag[pos + 7..]
                .iter()
                .skip_while(|b| {
                    b.is_ascii_whitespace() || **b == b'=' || **b == b'"' || **b == b'\''
                })
                .take_while(|b| !(b.is_ascii_whitespace() || b"\"';/>".contains(b)))
                .copied()
                .collect::<Vec<u8>>();
            if !value.is_empty() {
                return Some(String::from_utf8_lossy(&value).into_owned());
            }
        }
        rest = &rest[at + 5..];
    }
    None
}

/// Position of `needle` (lower-case ASCII) in `haystack`, ignoring ASCII case.
pub(crate) fn find_ascii_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    let mut from = 0;
    while let Some(pos) = memchr::memchr2(first, first.to_ascii_uppercase(), &haystack[from..]) {
        let at = from + pos;
        if haystack.len() - at >= needle.len()
            && haystack[at..at + needle.len()].eq_ignore_ascii_case(needle)
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins_over_everything() {
        let page = b"\xEF\xBB\xBF<meta charset=iso-8859-2><p>x";
        let found = detect(page, Some("koi8-r"));
        assert_eq!(found.encoding, UTF_8);
        assert_eq!(found.bom_len, 3);
    }

    #[test]
    fn http_header_then_meta() {
        let page = b"<meta charset=iso-8859-2><p>caf\xE9";
        assert_eq!(detect(page, Some("koi8-r")).encoding.name(), "KOI8-R");
        assert_eq!(detect(page, None).encoding.name(), "ISO-8859-2");
    }

    #[test]
    fn http_equiv_content_charset() {
        let page = b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>";
        assert_eq!(detect(page, None).encoding.name(), "Shift_JIS");
    }

    #[test]
    fn utf8_page_declared_latin1_is_read_as_utf8() {
        let page = "<meta charset=iso-8859-1><p>caf\u{e9}".as_bytes();
        let found = detect(page, None);
        assert_eq!(found.encoding, UTF_8);
        assert!(found.warning.is_some());
    }

    #[test]
    fn undeclared_invalid_utf8_falls_back_to_windows_1252() {
        assert_eq!(detect(b"<p>caf\xE9", None).encoding, WINDOWS_1252);
        assert_eq!(detect(b"<p>plain", None).encoding, UTF_8);
    }

    #[test]
    fn unknown_label_warns() {
        let found = detect(b"<meta charset=klingon><p>x", None);
        assert_eq!(found.encoding, UTF_8);
        assert!(found.warning.unwrap().contains("klingon"));
    }
}
