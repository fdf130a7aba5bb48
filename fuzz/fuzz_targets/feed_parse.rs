//! Fuzz target: any bytes as an RSS or Atom feed: items or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = dragoman_ingest::parse_feed(data);
});
