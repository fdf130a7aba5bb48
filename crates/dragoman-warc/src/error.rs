//! Errors of the WARC reader. Every record-level error names the record's offset; reading goes
//! on with the next record after all of them except [`WarcError::Io`].

/// What went wrong with one record (or with the file).
#[derive(Debug, thiserror::Error)]
pub enum WarcError {
    /// The record at `offset` is malformed; the reader skips to the next record.
    #[error("corrupt WARC record at offset {offset}: {reason}")]
    Corrupt {
        /// Offset of the record (see [`crate::Record::offset`]).
        offset: u64,
        /// What is wrong.
        reason: String,
    },
    /// The gzip member at `offset` is damaged; the reader goes on at the next gzip member.
    #[error("corrupt gzip data in the member at offset {offset}: {source}")]
    CorruptGzip {
        /// Offset of the gzip member in the file.
        offset: u64,
        /// The decompressor's complaint.
        source: std::io::Error,
    },
    /// The file ends inside the gzip member at `offset`.
    #[error("truncated gzip data: the file ends inside the member at offset {offset}")]
    TruncatedGzip {
        /// Offset of the gzip member in the file.
        offset: u64,
    },
    /// The file ends inside the record at `offset`.
    #[error("truncated WARC record at offset {offset}: {missing} bytes of its block are missing")]
    Truncated {
        /// Offset of the record.
        offset: u64,
        /// Bytes announced by `Content-Length` but absent.
        missing: u64,
    },
    /// The record at `offset` is larger than the reader's limit; it was skipped.
    #[error("WARC record at offset {offset} has {length} bytes, over the limit of {limit}")]
    TooLarge {
        /// Offset of the record.
        offset: u64,
        /// Its `Content-Length`.
        length: u64,
        /// The limit in force.
        limit: u64,
    },
    /// Reading the underlying input failed; iteration stops.
    #[error("reading the WARC input failed: {0}")]
    Io(#[from] std::io::Error),
}
