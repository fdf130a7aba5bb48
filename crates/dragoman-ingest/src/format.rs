//! Input formats and how a file's format is recognized.

use std::path::Path;

/// The format of an input file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One report of plain text.
    Text,
    /// One report per line, in the annotate contract's input form.
    JsonLines,
    /// One HTML page.
    Html,
    /// A WARC archive (optionally gzipped).
    Warc,
    /// An RSS or Atom feed.
    Feed,
}

impl Format {
    /// Recognizes a format by the file name, then by the first bytes.
    pub fn detect(path: &Path, head: &[u8]) -> Format {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let ext = |e: &str| name.ends_with(e);
        if ext(".jsonl") || ext(".ndjson") {
            return Format::JsonLines;
        }
        if ext(".warc") || ext(".warc.gz") {
            return Format::Warc;
        }
        if ext(".html") || ext(".htm") || ext(".xhtml") {
            return Format::Html;
        }
        if ext(".rss") || ext(".atom") {
            return Format::Feed;
        }
        Format::sniff(head).unwrap_or(if ext(".xml") {
            Format::Feed
        } else {
            Format::Text
        })
    }

    /// Recognizes a format by content alone, when it is unmistakable.
    pub fn sniff(head: &[u8]) -> Option<Format> {
        let start = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(head.len());
        let s =
            String::from_utf8_lossy(&head[start..head.len().min(start + 512)]).to_ascii_lowercase();
        if s.starts_with("warc/1.") || head.starts_with(&[0x1f, 0x8b]) {
            return Some(Format::Warc);
        }
        if s.starts_with("<!doctype html") || s.starts_with("<html") {
            return Some(Format::Html);
        }
        if s.starts_with("<?xml") && (s.contains("<rss") || s.contains("<feed"))
            || s.starts_with("<rss")
            || s.starts_with("<feed")
        {
            return Some(Format::Feed);
        }
        if s.starts_with("{\"") && s.contains("\"id\"") {
            return Some(Format::JsonLines);
        }
        None
    }

    /// A name for messages.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::JsonLines => "JSON Lines",
            Format::Html => "HTML",
            Format::Warc => "WARC",
            Format::Feed => "feed",
        }
    }
}
