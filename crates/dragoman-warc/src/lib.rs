//! A streaming WARC reader (WARC/1.0 and 1.1; plain, one gzip stream, or one gzip member per
//! record) that yields the HTML pages of `response` records.
//!
//! [`Reader`] holds one record in memory at a time. Records that are not `response` records,
//! or whose payload is not HTML, are counted in [`Reader::skipped`]. A damaged record is
//! reported as a [`WarcError`] naming its offset and reading goes on with the next record;
//! a truncated file ends the iteration after its error.
//!
//! ```no_run
//! let file = std::fs::File::open("crawl.warc.gz")?;
//! let mut reader = dragoman_warc::Reader::new(file);
//! for record in reader.by_ref() {
//!     match record {
//!         Ok(page) => println!("{:?}: {} bytes", page.target_uri, page.payload.len()),
//!         Err(e) => eprintln!("{e}"),
//!     }
//! }
//! println!("skipped: {:?}", reader.skipped());
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! Modules: `source` decompresses and tracks gzip members, `reader` parses records,
//! `http` splits the HTTP response inside a record.

mod error;
mod http;
mod reader;
mod source;

pub use error::WarcError;
pub use reader::Reader;

/// An HTML response from a WARC file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Where the record starts in the file: its byte offset in a plain file; the offset of the
    /// gzip member holding its start in a gzip file (so, per-record gzip as written by crawlers
    /// gives each record's own offset, and a file that is one gzip stream gives 0).
    pub offset: u64,
    /// `WARC-Target-URI`.
    pub target_uri: Option<String>,
    /// `WARC-Date`.
    pub date: Option<jiff::Timestamp>,
    /// The HTTP status code (`200`; error pages and redirects are HTML too, callers may skip them).
    pub http_status: Option<u16>,
    /// The charset of the HTTP `Content-Type` header.
    pub http_charset: Option<String>,
    /// The HTTP `Content-Type` media type, lower-cased (`text/html`).
    pub content_type: Option<String>,
    /// The HTTP body (chunked transfer and gzip/deflate content coding undone).
    pub payload: Vec<u8>,
}

/// Counts of records passed over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Skipped {
    /// `warcinfo`, `request`, `metadata`, `resource`, `revisit`... records.
    pub non_response: u64,
    /// `response` records whose payload is not HTML.
    pub non_html: u64,
}

/// Bounds on the memory one record may take.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Larger records are skipped with [`WarcError::TooLarge`].
    pub max_record_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_record_bytes: 64 << 20,
        }
    }
}
