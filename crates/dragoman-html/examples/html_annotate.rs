//! Reads `{"id", "html", "url"?}` JSON lines on stdin and writes one annotate-contract line per
//! input line (text and meta filled, the other lists empty), single-threaded, to measure
//! extraction with `shared/eval/run --tasks extract`.

use std::borrow::Cow;
use std::io::{BufRead, BufWriter, Write};

use serde::Deserialize;
use serde_json::{json, Value};

/// The input fields this example reads (borrowed from the line where no unescaping is needed).
#[derive(Deserialize)]
struct Input<'a> {
    #[serde(default)]
    id: Value,
    #[serde(borrow, default)]
    html: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    url: Option<Cow<'a, str>>,
}

fn main() -> std::io::Result<()> {
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let reply = match serde_json::from_str::<Input>(&line) {
            Ok(input) => annotate(&input),
            Err(e) => json!({"id": null, "error": format!("not JSON: {e}")}),
        };
        serde_json::to_writer(&mut out, &reply)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

fn annotate(input: &Input) -> Value {
    let id = input.id.clone();
    let Some(html) = input.html.as_deref() else {
        return json!({"id": id, "error": "no html"});
    };
    let url = input.url.as_deref();
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
