//! Reads annotate-contract input JSON Lines (`id`, `text`, `date`) on stdin and
//! writes contract output with only `timexes` filled (code-point offsets), one
//! line per input line, in order: what `../shared/eval/run --tasks timex` scores.

use dragoman_model::{CharIndex, Date, Doc, Stage};
use dragoman_time::TimexStage;
use dragoman_tokenize::Tokenize;
use serde_json::{json, Value};
use std::io::{BufRead, BufWriter, Write};

fn main() -> std::io::Result<()> {
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        let input: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
        writeln!(out, "{}", annotate(&input))?;
    }
    out.flush()
}

/// The output object for one input object.
fn annotate(input: &Value) -> Value {
    let id = input.get("id").cloned().unwrap_or(Value::Null);
    let Some(text) = input.get("text").and_then(Value::as_str) else {
        return json!({"id": id, "error": "no text"});
    };
    let date = input
        .get("date")
        .and_then(Value::as_str)
        .and_then(parse_date);
    let mut doc = Doc::from_text(id.as_str().unwrap_or_default(), text);
    doc.meta.date = date;
    Tokenize.run(&mut doc);
    TimexStage.run(&mut doc);
    let chars = CharIndex::new(&doc.text);
    let timexes: Vec<Value> = doc
        .timexes
        .iter()
        .map(|t| {
            json!({
                "start": chars.char_of(t.span.start as usize),
                "end": chars.char_of(t.span.end as usize),
                "type": t.kind.as_str(),
                "value": t.value,
            })
        })
        .collect();
    json!({
        "id": id,
        "meta": {"title": null, "date": date.map(|d| d.to_string()), "outlet": null, "author": null, "dateline": null},
        "entities": [], "timexes": timexes, "quotes": [], "events": [], "proposals": [],
    })
}

/// The date part of an ISO 8601 date or timestamp.
fn parse_date(s: &str) -> Option<Date> {
    s.get(..10)?.parse().ok()
}
