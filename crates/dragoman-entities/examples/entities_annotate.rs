//! Contract JSON Lines in, contract JSON Lines out, with only `entities` filled:
//! the entity stage measured alone by `../shared/eval/run --tasks ner`.
//!
//! `cargo build --release -p dragoman-entities --example entities_annotate &&
//!  python3 ../shared/eval/run --cmd target/release/examples/entities_annotate --tasks ner`

use dragoman_entities::EntityStage;
use dragoman_model::{CharIndex, Doc, Stage};
use dragoman_tokenize::Tokenize;
use rayon::prelude::*;
use serde_json::{json, Value};
use std::io::{BufRead, BufWriter, Write};

fn annotate(line: &str, stage: &EntityStage) -> (Value, bool) {
    let input: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            return (
                json!({"id": null, "error": format!("not JSON: {e}")}),
                false,
            )
        }
    };
    let id = input.get("id").cloned().unwrap_or(Value::Null);
    let Some(text) = input.get("text").and_then(Value::as_str) else {
        return (json!({"id": id, "error": "no text"}), false);
    };
    let mut doc = Doc::from_text(id.as_str().unwrap_or_default(), text);
    Tokenize.run(&mut doc);
    stage.run(&mut doc);
    let index = CharIndex::new(&doc.text);
    let entities: Vec<Value> = doc
        .entities
        .iter()
        .map(|e| {
            let mut v = json!({
                "start": index.char_of(e.span.start as usize),
                "end": index.char_of(e.span.end as usize),
                "type": e.kind.as_str(),
            });
            for (key, value) in [
                ("subtype", &e.subtype),
                ("canonical", &e.canonical),
                ("role", &e.role),
                ("country", &e.country),
            ] {
                if let Some(x) = value {
                    v[key] = json!(x);
                }
            }
            v
        })
        .collect();
    let out = json!({
        "id": id,
        "meta": {"title": null, "date": null, "outlet": null, "author": null, "dateline": null},
        "entities": entities,
        "timexes": [], "quotes": [], "events": [], "proposals": [],
    });
    (out, true)
}

fn main() -> std::io::Result<()> {
    let stage = EntityStage::new();
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut rejected = false;
    let mut lines = stdin.lines();
    loop {
        let batch: Vec<String> = lines.by_ref().take(512).collect::<Result<_, _>>()?;
        if batch.is_empty() {
            break;
        }
        let results: Vec<(Value, bool)> = batch.par_iter().map(|l| annotate(l, &stage)).collect();
        for (v, ok) in results {
            rejected |= !ok;
            serde_json::to_writer(&mut out, &v)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    if rejected {
        std::process::exit(2);
    }
    Ok(())
}
