//! WARC reader.
