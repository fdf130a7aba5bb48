//! Ingest: from paths and streams to [`Report`]s, one per report, with errors
//! that name the file, the record and the reason.
//!
//! Sources are files, directories (walked recursively, in sorted order) and
//! standard input (`-`). Each file is routed by its [`Format`]: plain text, or
//! JSON Lines in the annotate contract's input form (`id`, `text`|`html`,
//! `date`, `url`, `title`, `outlet`). HTML pages, WARC archives and feeds have
//! their own formats here so that their readers slot in beside these.
//!
//! Nothing here cleans or annotates: a [`Report`] carries the raw bytes, the
//! decoded text and what the source said about it. A bad input becomes an
//! [`IngestError`] in the stream; the stream goes on.

mod decode;
mod error;
mod feed;
mod format;
mod jsonl;
mod report;
mod sources;

pub use decode::{decode, Decoded};
pub use error::{IngestError, Reason};
pub use feed::{parse_feed, Feed, FeedError, FeedItem};
pub use format::Format;
pub use jsonl::{parse_input_line, parse_input_value, InputLine};
pub use report::{content_hash, Payload, Report};
pub use sources::{read_bytes, read_sources, Limits, MAX_REPORT_BYTES};
