//! Fuzz target: any bytes as a WARC file: the reader yields records or errors
//! and always ends.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let reader = dragoman_warc::Reader::new(data);
    for (i, _) in reader.enumerate() {
        assert!(i < 1_000_000);
    }
});
