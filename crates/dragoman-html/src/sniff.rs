//! Rejects payloads that are plainly not HTML (images, PDFs, archives, other binary data).

use crate::HtmlError;

/// Magic numbers of common non-HTML payloads.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1F\x8B", "gzip-compressed data"),
    (b"RIFF", "a RIFF (WebP, WAV, AVI) file"),
    (b"\x00\x00\x01\x00", "an icon"),
];

/// How many leading bytes the binary check looks at.
const SNIFF_BYTES: usize = 1024;

/// `Err` when `bytes` is certainly not HTML; `utf16` says the page is declared UTF-16 (whose
/// ASCII text is half zero bytes).
pub(crate) fn check(bytes: &[u8], utf16: bool) -> Result<(), HtmlError> {
    if let Some((_, what)) = SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        return Err(HtmlError::NotHtml(what));
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let utf16 = utf16 || head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF");
    let controls = head
        .iter()
        .filter(|&&b| b < 0x09 || (0x0E..0x20).contains(&b) && b != 0x1B)
        .count();
    if !utf16 && controls * 10 > head.len() {
        return Err(HtmlError::NotHtml("binary data"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_refused_and_text_passes() {
        let pdf = check(b"%PDF-1.7 ...", false);
        assert_eq!(pdf, Err(HtmlError::NotHtml("a PDF document")));
        assert_eq!(
            check(&[0u8; 64], false),
            Err(HtmlError::NotHtml("binary data"))
        );
        assert_eq!(check(b"<!doctype html><p>hi", false), Ok(()));
        assert_eq!(check(b"just some words", false), Ok(()));
        assert_eq!(check(b"<\0p\0>\0h\0i\0", true), Ok(()));
    }
}
