//! One module per command; [`run`] dispatches.

mod actors;
mod annotate;
mod briefing;
mod briefing_text;
mod demo;
mod docs;
mod events;
mod export;
mod ingest;
pub(crate) mod place;
mod quotes;
mod serve;
mod show;
mod stories;
mod stories_eval;

use crate::args::{Cli, Command};
use crate::Outcome;
use anyhow::Context;
use dragoman_store::Store;
use std::path::{Path, PathBuf};

/// Runs the command the user asked for.
pub(crate) fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let db = |default: &str| cli.db.clone().unwrap_or_else(|| PathBuf::from(default));
    match cli.command {
        Command::Ingest(a) => ingest::run(&mut open(&db("dragoman.db"))?, a),
        Command::Docs(a) => docs::run(&open_existing(&db("dragoman.db"))?, a),
        Command::Show(a) => show::run(&open_existing(&db("dragoman.db"))?, a),
        Command::Quotes(a) => quotes::run(&open_existing(&db("dragoman.db"))?, a),
        Command::Actors(a) => actors::run(&open_existing(&db("dragoman.db"))?, a),
        Command::Events(a) => events::run(&open_existing(&db("dragoman.db"))?, a),
        Command::Proposals(a) => events::proposals(&open_existing(&db("dragoman.db"))?, a),
        Command::Export(a) => export::run(&open_existing(&db("dragoman.db"))?, a),
        Command::Annotate(a) => annotate::run(a),
        Command::StoriesEval(a) => stories_eval::run(a),
        Command::Restory(a) => stories::restory(&mut open(&db("dragoman.db"))?, a),
        Command::Stories(a) => stories::list(&open_existing(&db("dragoman.db"))?, a),
        Command::Story(a) => stories::show(&open_existing(&db("dragoman.db"))?, a),
        Command::Serve(a) => serve::run(&db("dragoman.db"), a),
        Command::Demo => {
            let path = db("dragoman-demo.db");
            demo::run(&mut open(&path)?, &path)
        }
    }
}

/// Cuts `rows` (fetched with one row more than `limit`) to `limit`, saying on
/// standard error when more matched, so a listing is never cut in silence.
pub(crate) fn cut<T>(mut rows: Vec<T>, limit: usize, what: &str) -> Vec<T> {
    if rows.len() > limit {
        rows.truncate(limit);
        eprintln!(
            "showing the first {limit} {what}; more match (raise --limit, or narrow the filters)"
        );
    }
    rows
}

/// Opens (creating if needed) the database a writing command fills.
fn open(path: &Path) -> anyhow::Result<Store> {
    Store::open(path).with_context(|| format!("opening the database {}", path.display()))
}

/// Opens the database a reading command reads: it must exist, and may be read-only.
fn open_existing(path: &Path) -> anyhow::Result<Store> {
    Ok(Store::open_existing(path)?)
}
