//! Fuzz target: any bytes through decoding, cleaning and the standard
//! pipeline must not panic, and every span must map back to the raw text.
#![no_main]

use dragoman_model::Meta;
use dragoman_pipeline::Pipeline;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(Pipeline::standard);

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = dragoman_ingest::decode(data, None) else { return };
    let raw = decoded.text;
    let out = PIPELINE.process_text("fuzz", raw.clone(), Meta::default());
    let doc = &out.doc;
    for t in &doc.tokens {
        let r = doc.alignment.to_raw(t.span.range());
        assert!(r.end <= raw.len() && raw.is_char_boundary(r.start) && raw.is_char_boundary(r.end));
        assert!(doc.text.is_char_boundary(t.span.start as usize) && doc.text.is_char_boundary(t.span.end as usize));
    }
    for (r, _) in &out.removed {
        assert!(r.end <= raw.len());
    }
});
