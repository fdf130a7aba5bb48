//! `dragoman quotes`: who said what, across documents.

use crate::args::QuotesArgs;
use crate::cmd::docs::one_line;
use crate::views::QuoteView;
use crate::Outcome;
use dragoman_store::Store;
use std::io::Write;

pub(crate) fn run(store: &Store, args: QuotesArgs) -> anyhow::Result<Outcome> {
    let rows = store.quotes(
        args.speaker.as_deref(),
        args.doc,
        args.limit.saturating_add(1),
    )?;
    let rows = crate::cmd::cut(rows, args.limit, "quotes");
    let mut out = std::io::stdout().lock();
    for r in &rows {
        let q = &r.quote;
        let v = QuoteView::of(r);
        if args.json {
            serde_json::to_writer(&mut out, &v)?;
            writeln!(out)?;
            continue;
        }
        let (content, via) = (v.content, v.via);
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
