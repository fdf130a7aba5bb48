//! Fuzz target: any bytes ingested into a store (decoding, cleaning, the
//! standard pipeline, the store's codecs for raw bytes and alignment) come
//! back whole: the raw bytes byte for byte, the clean text and every layer
//! as annotated; a second ingest of the same bytes is a duplicate.
#![no_main]

use dragoman_model::Meta;
use dragoman_pipeline::Pipeline;
use dragoman_store::{Inserted, NewDoc, Store};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(Pipeline::standard);

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = dragoman_ingest::decode(data, None) else { return };
    let out = PIPELINE.process_text("fuzz", decoded.text, Meta::default());
    let new = NewDoc {
        hash: format!("{:x}", data.len()) + &String::from_utf8_lossy(&data[..data.len().min(16)]),
        source: "fuzz".into(),
        record: None,
        raw: data.to_vec(),
        encoding: "UTF-8".into(),
        doc: out.doc,
        removed: out.removed,
        html_map: out.html_map,
    };
    let mut store = Store::in_memory().expect("an in-memory store");
    assert_eq!(store.insert(None, &new).expect("stored"), Inserted::New(1));
    assert_eq!(store.insert(None, &new).expect("known"), Inserted::Duplicate(1));
    let (_, doc) = store.doc(1).expect("readable").expect("stored");
    assert_eq!(store.raw(1).expect("readable").expect("raw"), new.raw);
    assert_eq!(doc.text, new.doc.text);
    assert_eq!(doc.entities, new.doc.entities);
    assert_eq!(doc.timexes, new.doc.timexes);
    assert_eq!(doc.quotes, new.doc.quotes);
    assert_eq!(doc.events, new.doc.events);
    assert_eq!(doc.proposals, new.doc.proposals);
    assert_eq!(doc.alignment, new.doc.alignment);
});
