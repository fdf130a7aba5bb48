//! The HTTP response inside a WARC `response` record: status line and headers, then the body,
//! with chunked transfer coding and gzip/deflate content coding undone (within a size bound).

use std::io::Read;

/// The parts of an HTTP response the reader hands on.
#[derive(Debug, Default)]
pub(crate) struct HttpResponse {
    /// The status code of the status line (`200`).
    pub(crate) status: Option<u16>,
    /// The `Content-Type` header's media type, lower-cased ("text/html").
    pub(crate) media_type: Option<String>,
    /// The `Content-Type` header's charset parameter.
    pub(crate) charset: Option<String>,
    pub(crate) body: Vec<u8>,
}

/// Splits an HTTP response; `None` when the block does not start with an HTTP status line.
pub(crate) fn parse(block: &[u8], max_body: usize) -> Option<HttpResponse> {
    if !block.starts_with(b"HTTP/") {
        return None;
    }
    let head_end = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|p| (p, p + 4))
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|p| (p, p + 2)))?;
    let head = String::from_utf8_lossy(&block[..head_end.0]);
    let mut response = HttpResponse {
        status: head
            .split_whitespace()
            .nth(1)
            .and_then(|code| code.parse().ok()),
        ..HttpResponse::default()
    };
    let (mut chunked, mut coding) = (false, None);
    for line in head.lines().skip(1) {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => {
                let (media_type, charset) = split_content_type(value);
                response.media_type = Some(media_type);
                response.charset = charset;
            }
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => coding = Some(value.to_ascii_lowercase()),
            _ => {}
        }
    }
    let mut body = block[head_end.1..].to_vec();
    if chunked {
        if let Some(joined) = dechunk(&body) {
            body = joined;
        }
    }
    if let Some(coding) = coding {
        if let Some(decoded) = decompress(&body, &coding, max_body) {
            body = decoded;
        }
    }
    response.body = body;
    Some(response)
}

/// `text/html; charset="UTF-8"` -> (`text/html`, `UTF-8`).
pub(crate) fn split_content_type(value: &str) -> (String, Option<String>) {
    let mut parts = value.split(';');
    let media_type = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts.find_map(|p| {
        let (key, value) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_owned())
            .filter(|v| !v.is_empty())
    });
    (media_type, charset)
}

/// Joins a chunked body; `None` when it is not well-formed chunked data.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let line_end = memchr::memchr(b'\n', data)?;
        let size_text = std::str::from_utf8(&data[..line_end]).ok()?;
        let size_text = size_text.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        data = &data[line_end + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
        data = data
            .strip_prefix(b"\r\n")
            .or_else(|| data.strip_prefix(b"\n"))
            .unwrap_or(data);
    }
}

/// Undoes gzip or deflate content coding, reading at most `max` bytes.
fn decompress(body: &[u8], coding: &str, max: usize) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let limit = max as u64 + 1;
    let result = match coding {
        "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(body)
            .take(limit)
            .read_to_end(&mut out),
        "deflate" => flate2::read::ZlibDecoder::new(body)
            .take(limit)
            .read_to_end(&mut out),
        _ => return None,
    };
    (result.is_ok() && out.len() <= max).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_and_body() {
        let block =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; Charset=\"ISO-8859-1\"\r\n\r\n<p>hi";
        let r = parse(block, 1 << 20).unwrap();
        assert_eq!(r.status, Some(200));
        assert_eq!(r.media_type.as_deref(), Some("text/html"));
        assert_eq!(r.charset.as_deref(), Some("ISO-8859-1"));
        assert_eq!(r.body, b"<p>hi");
    }

    #[test]
    fn chunked_body_is_joined() {
        let block = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n<p>\r\n2;x=y\r\nhi\r\n0\r\n\r\n";
        assert_eq!(parse(block, 1 << 20).unwrap().body, b"<p>hi");
    }

    #[test]
    fn gzip_body_is_inflated() {
        use std::io::Write;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(b"<p>hello</p>").unwrap();
        let mut block = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        block.extend(encoder.finish().unwrap());
        assert_eq!(parse(&block, 1 << 20).unwrap().body, b"<p>hello</p>");
    }

    #[test]
    fn not_http() {
        assert!(parse(b"<html>", 100).is_none());
    }
}
