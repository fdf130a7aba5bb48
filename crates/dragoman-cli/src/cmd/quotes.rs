//! `dragoman quotes`: who said what, across documents.

use crate::args::QuotesArgs;
use crate::cmd::docs::one_line;
use crate::Outcome;
use dragoman_store::Store;
use std::io::Write;

pub(crate) fn run(store: &Store, args: QuotesArgs) -> anyhow::Result<Outcome> {
    let rows = store.quotes(args.speaker.as_deref(), args.doc, args.limit)?;
    let mut out = std::io::stdout().lock();
    for r in &rows {
        let q = &r.quote;
        let content: Vec<&str> = q.content.iter().map(|s| s.of(&r.text)).collect();
        let via: Vec<&str> = q.via.iter().filter_map(|v| v.speaker.as_deref()).collect();
        if args.json {
            let v = serde_json::json!({
                "doc": r.doc.id, "date": q.date.as_deref().or(r.doc.date.as_deref()), "report_date": r.doc.date, "outlet": r.doc.outlet,
                "speaker": q.speaker, "sourcing": q.sourcing.as_str(), "kind": q.kind.as_str(),
                "via": via, "content": content,
                "cue": q.cue.iter().map(|s| s.of(&r.text)).collect::<Vec<_>>(),
                "source": q.source.iter().map(|s| s.of(&r.text)).collect::<Vec<_>>(),
            });
            serde_json::to_writer(&mut out, &v)?;
            writeln!(out)?;
            continue;
        }
        let via = if via.is_empty() {
            String::new()
        } else {
            format!(" via {}", via.join(" > "))
        };
        writeln!(
            out,
            "{}  {} ({}, {}){}  [doc {}]",
            q.date.as_deref().or(r.doc.date.as_deref()).unwrap_or("-"),
            q.speaker.as_deref().unwrap_or("(unattributed)"),
            q.sourcing.as_str(),
            q.kind.as_str(),
            via,
            r.doc.id
        )?;
        writeln!(out, "    {}", one_line(&content.join(" … "), 300))?;
    }
    if !args.json && rows.is_empty() {
        writeln!(out, "no quotes found")?;
    }
    Ok(Outcome::Ok)
}
