//! Contract runner for the quote stage alone: reads annotate input JSON Lines
//! (`id`, `text`, `date`) on stdin and writes output lines with `quotes`
//! filled (code-point offsets), every other list empty and `meta` nulls.
//! It tokenizes the text as given: no cleaning and no entities, so its scores
//! differ a little from the product command's (`dragoman annotate`).
//!
//! From the workspace root:
//! `cargo build --release -p dragoman-quotes --example quotes_annotate &&
//!  python3 ../shared/eval/run --cmd "target/release/examples/quotes_annotate" --tasks quotes`

use dragoman_model::{CharIndex, Doc, Quote, Span, Stage};
use dragoman_quotes::QuoteStage;
use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, Write};

fn main() -> io::Result<()> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let stage = QuoteStage::new();
    for line in stdin.lines() {
        let line = line?;
        let value = serde_json::from_str::<Value>(&line).ok();
        let id = value
            .as_ref()
            .and_then(|v| v.get("id"))
            .cloned()
            .unwrap_or(Value::Null);
        let text = value
            .as_ref()
            .and_then(|v| v.get("text"))
            .and_then(Value::as_str);
        let Some(text) = text else {
            writeln!(out, "{}", json!({"id": id, "error": "no text"}))?;
            continue;
        };
        let mut doc = Doc::from_text(id.as_str().unwrap_or_default(), text);
        tokenize(&mut doc);
        stage.run(&mut doc);
        let index = CharIndex::new(&doc.text);
        let quotes: Vec<Value> = doc.quotes.iter().map(|q| quote_json(&index, q)).collect();
        let record = json!({
            "id": id,
            "meta": {"title": null, "date": null, "outlet": null, "author": null, "dateline": null},
            "entities": [], "timexes": [], "quotes": quotes, "events": [], "proposals": [],
        });
        writeln!(out, "{record}")?;
    }
    out.flush()
}

/// Tokens and sentences.
fn tokenize(doc: &mut Doc) {
    doc.tokens = dragoman_tokenize::tokens(&doc.text);
    doc.sentences = dragoman_tokenize::sentences(&doc.text, &doc.tokens);
}

fn spans(index: &CharIndex, spans: &[Span]) -> Value {
    spans
        .iter()
        .map(|s| {
            json!([
                index.char_of(s.start as usize),
                index.char_of(s.end as usize)
            ])
        })
        .collect()
}

fn quote_json(index: &CharIndex, q: &Quote) -> Value {
    let via: Vec<Value> = q
        .via
        .iter()
        .map(|v| json!({"source": v.source.map(|s| spans(index, &[s])), "speaker": v.speaker}))
        .collect();
    json!({
        "content": spans(index, &q.content),
        "cue": spans(index, &q.cue),
        "source": spans(index, &q.source),
        "speaker": q.speaker,
        "kind": q.kind.as_str(),
        "sourcing": q.sourcing.as_str(),
        "via": via,
    })
}
