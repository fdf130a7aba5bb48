//! `dragoman export`: every stored event as PLOVER JSON, GDELT 2.0 event
//! rows, or dragoman's JSON Lines.

use crate::args::{ExportArgs, ExportFormat};
use crate::cmd::events::record;
use crate::Outcome;
use anyhow::Context;
use dragoman_export::{gdelt, jsonl, plover};
use dragoman_store::{EventFilter, Store};
use std::io::{BufWriter, Write};

pub(crate) fn run(store: &Store, args: ExportArgs) -> anyhow::Result<Outcome> {
    let rows = store.events(&EventFilter {
        limit: usize::MAX >> 1,
        ..EventFilter::default()
    })?;
    let sink: Box<dyn Write> = match &args.output {
        Some(p) if p.as_os_str() != "-" => {
            Box::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?)
        }
        _ => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    if args.format == ExportFormat::Gdelt && args.header {
        writeln!(out, "{}", gdelt::COLUMNS.join("\t"))?;
    }
    let mut last_doc = None;
    let mut index = 0;
    let mut without_actor = 0;
    for (n, f) in rows.iter().enumerate() {
        index = if last_doc == Some(f.doc.id) {
            index + 1
        } else {
            0
        };
        last_doc = Some(f.doc.id);
        let r = record(f, index);
        match args.format {
            ExportFormat::Plover => match plover::record(&r) {
                Some(v) => writeln!(out, "{v}")?,
                None => without_actor += 1,
            },
            ExportFormat::Jsonl => writeln!(out, "{}", serde_json::to_string(&jsonl::record(&r))?)?,
            ExportFormat::Gdelt => writeln!(out, "{}", gdelt::row(&r, n as u64 + 1))?,
        }
    }
    out.flush()?;
    if without_actor > 0 {
        eprintln!(
            "left out {without_actor} event(s) without an actor: PLOVER records need one \
             (`--format jsonl` keeps them)"
        );
    }
    Ok(Outcome::Ok)
}
