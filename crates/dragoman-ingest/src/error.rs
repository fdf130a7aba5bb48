//! [`IngestError`]: a rejected input, naming where it was and why.

use std::fmt;

/// Why an input was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Reason {
    /// The path could not be read.
    #[error("cannot read: {0}")]
    Unreadable(String),
    /// Nothing in it (or only white space).
    #[error("empty input")]
    Empty,
    /// Larger than the configured limit.
    #[error("{size} bytes is over the limit of {limit} bytes (see --max-bytes)")]
    TooLarge {
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Looks like binary data, not text.
    #[error("binary data, not text ({0})")]
    Binary(String),
    /// Not valid UTF-8 and no encoding declared.
    #[error(
        "invalid UTF-8 at byte {offset} (declare the encoding with --encoding if it is not UTF-8)"
    )]
    InvalidUtf8 {
        /// First bad byte.
        offset: usize,
    },
    /// The declared encoding does not fit the bytes.
    #[error("bytes are not valid {encoding}, as declared, at byte {offset}")]
    WrongEncoding {
        /// The declared encoding.
        encoding: String,
        /// First bad byte.
        offset: usize,
    },
    /// An encoding label nobody knows.
    #[error("unknown encoding {0:?}")]
    UnknownEncoding(String),
    /// A JSON line that is not a valid input object.
    #[error("malformed JSON line: {0}")]
    BadJson(String),
    /// A damaged WARC record (the message names its offset); the records around it are read.
    #[error("{0}")]
    Warc(String),
    /// A feed that is not well-formed XML.
    #[error("{0}")]
    BadFeed(String),
}

/// A rejected input: which source, which record in it, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    /// The file path, or `-` for standard input.
    pub source: String,
    /// The record inside it ("line 12"), when the source holds many.
    pub record: Option<String>,
    /// Why.
    pub reason: Reason,
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.record {
            Some(r) => write!(f, "{}: {}: {}", self.source, r, self.reason),
            None => write!(f, "{}: {}", self.source, self.reason),
        }
    }
}

impl std::error::Error for IngestError {}
