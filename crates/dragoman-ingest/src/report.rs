//! [`Report`]: one report as read, before cleaning.

use dragoman_model::Meta;

/// What a report's bytes are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Payload {
    /// Decoded plain text.
    Text(String),
    /// A whole HTML page, undecoded (the page declares its own charset).
    Html {
        /// The page's bytes.
        bytes: Vec<u8>,
        /// The charset the transport declared (an HTTP header in a WARC record).
        charset: Option<String>,
    },
}

/// One report, as read from its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The file path, or `-` for standard input.
    pub source: String,
    /// The record inside the source ("line 3"), when it holds many.
    pub record: Option<String>,
    /// The report's id: the JSON `id`, or the path.
    pub id: String,
    /// The raw bytes of the report, as they arrived.
    pub raw: Vec<u8>,
    /// The encoding the text was decoded with.
    pub encoding: &'static str,
    /// The content.
    pub payload: Payload,
    /// What the source said about it (JSON fields; nothing for plain files).
    pub meta: Meta,
}

impl Report {
    /// The content hash that identifies the report in the store.
    pub fn hash(&self) -> String {
        content_hash(&self.raw)
    }
}

/// The content hash of bytes: blake3, hex.
pub fn content_hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}
