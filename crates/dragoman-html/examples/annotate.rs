//! Reads `{"id", "html", "url"?}` JSON lines on stdin and writes one annotate-contract line per
//! input line (text and meta filled, the other lists empty), single-threaded, to measure
//! extraction with `shared/eval/run --tasks extract`.

use std::io::{BufRead, BufWriter, Write};

use serde_json::{json, Value};

fn main() -> std::io::Result<()> {
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let reply = match serde_json::from_str::<Value>(&line) {
            Ok(input) => annotate(&input),
            Err(e) => json!({"id": null, "error": format!("not JSON: {e}")}),
        };
        serde_json::to_writer(&mut out, &reply)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

fn annotate(input: &Value) -> Value {
    let id = input.get("id").cloned().unwrap_or(Value::Null);
    let Some(html) = input.get("html").and_then(Value::as_str) else {
        return json!({"id": id, "error": "no html"});
    };
    let url = input.get("url").and_then(Value::as_str);
    match dragoman_html::extract(html.as_bytes(), None, url) {
        Ok(article) => json!({
            "id": id,
            "text": article.text,
            "meta": {
                "title": article.meta.title,
                "date": article.meta.date.map(|d| d.to_string()),
                "outlet": article.meta.outlet,
                "author": article.meta.author,
                "dateline": null,
            },
            "entities": [], "timexes": [], "quotes": [], "events": [], "proposals": [],
        }),
        Err(e) => json!({"id": id, "error": e.to_string()}),
    }
}
