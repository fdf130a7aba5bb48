//! `dragoman docs`: list stored documents.

use crate::args::DocsArgs;
use crate::Outcome;
use dragoman_store::Store;
use std::io::Write;

pub(crate) fn run(store: &Store, args: DocsArgs) -> anyhow::Result<Outcome> {
    let rows = store.docs(args.limit, args.offset)?;
    let mut out = std::io::stdout().lock();
    for r in &rows {
        if args.json {
            serde_json::to_writer(&mut out, r)?;
            writeln!(out)?;
        } else {
            let heading = r.title.clone().unwrap_or_else(|| one_line(&r.snippet, 70));
            writeln!(
                out,
                "{:>5}  {:<10}  {:<12}  {}",
                r.id,
                r.date.as_deref().unwrap_or("-"),
                one_line(r.outlet.as_deref().unwrap_or("-"), 12),
                heading
            )?;
        }
    }
    if !args.json {
        writeln!(out, "({} of {} documents)", rows.len(), store.doc_count()?)?;
    }
    Ok(Outcome::Ok)
}

/// `s` on one line, cut to `max` chars with an ellipsis.
pub(crate) fn one_line(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}
