//! `/export/events?format=jsonl|plover|gdelt&…`: the events of a filter (the
//! events page's parameters) in the formats of `dragoman export`, at most
//! [`MAX_EXPORT`] events, as a download.

use crate::pages::events::Params;
use crate::reply::Want;
use crate::{params, App, WebError};
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use dragoman_export::{gdelt, jsonl, plover, EventRecord};
use dragoman_store::Store;
use std::fmt::Write;

/// The most events one export gives.
pub const MAX_EXPORT: usize = 10_000;

fn write(store: &Store, p: &Params, format: &str) -> Result<String, WebError> {
    let mut q = p.query()?;
    (q.limit, q.offset) = (MAX_EXPORT, 0);
    let rows = store.events_page(&q)?;
    let mut out = String::new();
    if format == "gdelt" {
        out.push_str(&gdelt::COLUMNS.join("\t"));
        out.push('\n');
    }
    for (n, f) in rows.iter().enumerate() {
        let r = EventRecord {
            doc_id: f.doc.id,
            doc_hash: &f.doc.hash,
            doc_date: f.doc.date.as_deref(),
            url: f.url.as_deref(),
            text: &f.text,
            event: &f.item,
            index: f.n,
        };
        let line = match format {
            "plover" => plover::record(&r).map(|v| v.to_string()),
            "gdelt" => Some(gdelt::row(&r, n as u64 + 1)),
            _ => serde_json::to_string(&jsonl::record(&r)).ok(),
        };
        if let Some(line) = line {
            let _ = writeln!(out, "{line}");
        }
    }
    Ok(out)
}

/// `/export/events`.
pub async fn handler(State(app): State<App>, want: Want, RawQuery(raw): RawQuery) -> Response {
    let parsed = params::query::<Params>(raw.as_deref()).and_then(|p| {
        let format = params::one_of("format", p.format.clone(), &["jsonl", "plover", "gdelt"])?
            .unwrap_or_else(|| "jsonl".into());
        p.query()?;
        Ok((p, format))
    });
    let (p, format) = match parsed {
        Ok(x) => x,
        Err(e) => return want.error(&e),
    };
    let fmt = format.clone();
    match app.pool.read(move |s| write(s, &p, &fmt)).await {
        Ok(body) => {
            let (kind, ext) = match format.as_str() {
                "gdelt" => ("text/tab-separated-values; charset=utf-8", "tsv"),
                _ => ("application/x-ndjson; charset=utf-8", "jsonl"),
            };
            let disposition = format!("attachment; filename=\"events-{format}.{ext}\"");
            (
                [
                    (header::CONTENT_TYPE, kind.to_string()),
                    (header::CONTENT_DISPOSITION, disposition),
                ],
                body,
            )
                .into_response()
        }
        Err(e) => want.error(&e),
    }
}
