//! What the commands print under `--json`: one typed view per output, so
//! each shape is declared in one place (and documented by its fields).
//!
//! `docs --json` prints the store's [`dragoman_store::DocRow`], `events --json`
//! the export crate's JSON Lines record (the same as `export --format jsonl`),
//! `ingest --json` the [`crate::process::Tally`], and `annotate` the contract.

use dragoman_actors::Actors;
use dragoman_contract::Output;
use dragoman_model::Date;
use dragoman_store::{ActorRow, DocRow, Found, QuoteRow, StoreError};
use serde::Serialize;

/// `show --json`: the contract's output (offsets in code points of the clean
/// text), the document's row in the store, and what cleaning removed.
#[derive(Debug, Serialize)]
pub(crate) struct ShowView<'a> {
    #[serde(flatten)]
    pub output: Output<'a>,
    pub doc: &'a DocRow,
    pub removed: Vec<RemovedView<'a>>,
}

/// A raw range removed by cleaning.
#[derive(Debug, Serialize)]
pub(crate) struct RemovedView<'a> {
    /// Byte range of the raw text.
    pub raw: [usize; 2],
    pub reason: &'a str,
}

impl<'a> RemovedView<'a> {
    pub fn of(removed: &'a [(std::ops::Range<usize>, String)]) -> Vec<RemovedView<'a>> {
        removed
            .iter()
            .map(|(r, why)| RemovedView {
                raw: [r.start, r.end],
                reason: why,
            })
            .collect()
    }
}

/// `quotes --json`: one attribution with its text.
#[derive(Debug, Serialize)]
pub(crate) struct QuoteView<'a> {
    pub doc: i64,
    /// When it was said, else the report's date.
    pub date: Option<&'a str>,
    pub report_date: Option<&'a str>,
    pub outlet: Option<&'a str>,
    pub speaker: Option<&'a str>,
    pub sourcing: &'static str,
    pub kind: &'static str,
    /// The outer sources' names, outermost first.
    pub via: Vec<&'a str>,
    pub content: Vec<&'a str>,
    pub cue: Vec<&'a str>,
    pub source: Vec<&'a str>,
}

impl<'a> QuoteView<'a> {
    pub fn of(r: &'a QuoteRow) -> QuoteView<'a> {
        let q = &r.quote;
        let texts = |spans: &[dragoman_model::Span]| spans.iter().map(|s| s.of(&r.text)).collect();
        QuoteView {
            doc: r.doc.id,
            date: q.date.as_deref().or(r.doc.date.as_deref()),
            report_date: r.doc.date.as_deref(),
            outlet: r.doc.outlet.as_deref(),
            speaker: q.speaker.as_deref(),
            sourcing: q.sourcing.as_str(),
            kind: q.kind.as_str(),
            via: q.via.iter().filter_map(|v| v.speaker.as_deref()).collect(),
            content: texts(&q.content),
            cue: texts(&q.cue),
            source: texts(&q.source),
        }
    }
}

/// `actors --json`: an actor with its mentions.
#[derive(Debug, Serialize)]
pub(crate) struct ActorView<'a> {
    pub actor: &'a str,
    pub name: String,
    pub country: Option<String>,
    /// Person, state, organisation, ... (from the actor table).
    pub kind: Option<&'static str>,
    /// The role held on the latest report's date, else the actor's main role.
    pub role: Option<String>,
    pub mentions: i64,
    pub docs: &'a [i64],
    pub written_as: &'a [String],
    pub first_date: Option<&'a str>,
    pub last_date: Option<&'a str>,
}

impl<'a> ActorView<'a> {
    /// The row, with name, country, kind and role from the actor table
    /// (else the first name the reports write).
    pub fn of(r: &'a ActorRow, table: &'a Actors) -> ActorView<'a> {
        let actor = table.get(&r.actor);
        let last: Option<Date> = r.last_date.as_deref().and_then(|d| d.parse().ok());
        let role = actor.and_then(|a| last.and_then(|d| a.role_at(d)).or_else(|| a.main_role()));
        ActorView {
            actor: &r.actor,
            name: actor.map_or_else(
                || r.names.first().cloned().unwrap_or_default(),
                |a| a.name.clone(),
            ),
            country: actor.and_then(|a| a.country.clone()),
            kind: actor.map(|a| a.kind.as_str()),
            role: role.map(|x| x.to_string()),
            mentions: r.mentions,
            docs: &r.docs,
            written_as: &r.names,
            first_date: r.first_date.as_deref(),
            last_date: r.last_date.as_deref(),
        }
    }
}

/// `proposals --json`: a plan with its report.
#[derive(Debug, Serialize)]
pub(crate) struct ProposalView<'a> {
    pub name: &'a str,
    pub proposer: Option<&'a str>,
    pub points: Option<u32>,
    pub sections: Vec<&'a str>,
    /// How far it got: drafted, presented, accepted or rejected.
    pub status: Option<&'a str>,
    /// When it took that step (TIMEX3), if the report says.
    pub status_date: Option<&'a str>,
    /// How many times the report names it.
    pub mentions: usize,
    pub doc: i64,
    pub date: Option<&'a str>,
    pub outlet: Option<&'a str>,
}

impl<'a> ProposalView<'a> {
    pub fn of(f: &'a Found<dragoman_model::Proposal>) -> ProposalView<'a> {
        let p = &f.item;
        ProposalView {
            name: &p.name,
            proposer: p.proposer.as_deref(),
            points: p.points,
            sections: p.sections.iter().map(|s| s.title.as_str()).collect(),
            status: p.status.as_deref(),
            status_date: p.date.as_deref(),
            mentions: p.mentions.len().max(1),
            doc: f.doc.id,
            date: f.doc.date.as_deref(),
            outlet: f.doc.outlet.as_deref(),
        }
    }
}

/// A failed command under `--json`: `{"error": "...", "kind": "..."}`.
#[derive(Debug, Serialize)]
pub(crate) struct ErrorView {
    /// The message, with its causes (as on standard error).
    pub error: String,
    /// `not_found` (a document, a database file), `database` (cannot be
    /// opened or used), `corrupt` (damaged file or stored data), `io` or `other`.
    pub kind: &'static str,
}

/// A document, or another thing named on the command line, that is not there.
#[derive(Debug)]
pub(crate) struct NotFound(pub String);

impl std::fmt::Display for NotFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NotFound {}

impl ErrorView {
    pub fn of(e: &anyhow::Error) -> ErrorView {
        ErrorView {
            error: format!("{e:#}"),
            kind: kind(e),
        }
    }
}

/// What sort of failure `e` is, from the first cause that says.
fn kind(e: &anyhow::Error) -> &'static str {
    for cause in e.chain() {
        if cause.is::<NotFound>() {
            return "not_found";
        }
        if let Some(s) = cause.downcast_ref::<StoreError>() {
            return match s {
                StoreError::Missing { .. } => "not_found",
                StoreError::Corrupt { .. }
                | StoreError::Undecodable { .. }
                | StoreError::Damaged(_) => "corrupt",
                _ => "database",
            };
        }
        if cause.is::<std::io::Error>() {
            return "io";
        }
    }
    "other"
}
