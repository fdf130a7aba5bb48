//! Fuzz target: any line through the JSON Lines input parser must give an
//! input object or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(line) = std::str::from_utf8(data) {
        let _ = dragoman_ingest::parse_input_line(line);
    }
});
