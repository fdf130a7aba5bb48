//! The five tables, one record batch each from a partition's documents:
//! `documents`, `entities`, `quotes`, `events`, `proposals`.
//!
//! Every row carries `doc_key` (the report's key, derived from its content
//! hash: [`super::doc_key`]), the key every table joins on; layer rows add
//! `n` (the item's position in the document's layer, as in the store);
//! `documents` adds `doc_id`, the store's row number (null outside a store); spans are bytes of the clean text (`start`,
//! `end`) and code points (`char_start`, `char_end`); TIMEX3 values stay
//! strings (`date`) beside the day they name, when they name one (`day`).

use super::columns::{days, offsets, timex_day, Cols, Offsets};
use super::ExportDoc;
use arrow_array::RecordBatch;
use arrow_schema::ArrowError;
use dragoman_model::{Doc, Participant, Span};
use dragoman_text::CharIndex;

/// A document with the index of its clean text's code points.
pub(crate) struct Indexed<'a> {
    pub(crate) doc: &'a ExportDoc,
    pub(crate) idx: CharIndex,
}

impl Indexed<'_> {
    fn at(&self, span: Span) -> Offsets {
        offsets(span, &self.idx)
    }

    fn covered(&self, span: Span) -> &str {
        self.doc.doc.text.get(span.range()).unwrap_or_default()
    }
}

/// One layer's items over all documents: (document, position, item).
fn items<'a, T>(
    docs: &'a [Indexed<'a>],
    layer: impl Fn(&'a Doc) -> &'a [T],
) -> Vec<(&'a Indexed<'a>, usize, &'a T)> {
    docs.iter()
        .flat_map(|d| {
            layer(&d.doc.doc)
                .iter()
                .enumerate()
                .map(move |(n, t)| (d, n, t))
        })
        .collect()
}

/// `doc_key` and `n`, the first columns of every layer table.
fn keys<T>(rows: &[(&Indexed<'_>, usize, T)]) -> Cols {
    let mut c = Cols::default();
    c.int("doc_key", rows.iter().map(|r| r.0.doc.key()));
    c.int("n", rows.iter().map(|r| r.1 as i64));
    c
}

/// One row per document: keys, metadata and the clean text.
pub(crate) fn documents(docs: &[Indexed<'_>]) -> Result<RecordBatch, ArrowError> {
    let mut c = Cols::default();
    let d = || docs.iter().map(|d| d.doc);
    c.int("doc_key", d().map(ExportDoc::key));
    c.opt_int("doc_id", d().map(|d| d.doc_id));
    c.text("hash", d().map(|d| d.hash.as_str()));
    c.opt_text("ext_id", d().map(|d| d.ext_id.as_deref()));
    c.text("source", d().map(|d| d.source.as_str()));
    c.opt_text("record", d().map(|d| d.record.as_deref()));
    let meta = || d().map(|d| &d.doc.meta);
    c.date("date", meta().map(|m| m.date.map(days)));
    c.opt_text("title", meta().map(|m| m.title.as_deref()));
    c.opt_text("outlet", meta().map(|m| m.outlet.as_deref()));
    c.opt_text("author", meta().map(|m| m.author.as_deref()));
    c.opt_text("url", meta().map(|m| m.url.as_deref()));
    c.opt_text("place", meta().map(|m| m.place.as_deref()));
    c.text("text", d().map(|d| d.doc.text.as_str()));
    c.batch()
}

/// Entity mentions with type, subtype, canonical name, role, country, actor.
pub(crate) fn entities(docs: &[Indexed<'_>]) -> Result<RecordBatch, ArrowError> {
    let rows = items(docs, |d| &d.entities);
    let mut c = keys(&rows);
    let spans: Vec<Offsets> = rows.iter().map(|(d, _, e)| d.at(e.span)).collect();
    c.spans("", &spans);
    c.text("text", rows.iter().map(|(d, _, e)| d.covered(e.span)));
    c.text("type", rows.iter().map(|r| r.2.kind.as_str()));
    c.opt_text("subtype", rows.iter().map(|r| r.2.subtype.as_deref()));
    c.opt_text("canonical", rows.iter().map(|r| r.2.canonical.as_deref()));
    c.opt_text("role", rows.iter().map(|r| r.2.role.as_deref()));
    c.opt_text("country", rows.iter().map(|r| r.2.country.as_deref()));
    c.opt_text("actor", rows.iter().map(|r| r.2.actor.as_deref()));
    c.batch()
}

/// Quotes: content, cue and source as lists of spans, the speaker, kind,
/// sourcing, date, and `via` as a list of `{speaker, start, end, …}`.
pub(crate) fn quotes(docs: &[Indexed<'_>]) -> Result<RecordBatch, ArrowError> {
    let rows = items(docs, |d| &d.quotes);
    let mut c = keys(&rows);
    let lists = |f: fn(&dragoman_model::Quote) -> &[Span]| -> Vec<Vec<Offsets>> {
        rows.iter()
            .map(|(d, _, q)| f(q).iter().map(|s| d.at(*s)).collect())
            .collect()
    };
    c.span_list("content", &lists(|q| &q.content))?;
    c.span_list("cue", &lists(|q| &q.cue))?;
    c.span_list("source", &lists(|q| &q.source))?;
    let joined = |d: &Indexed<'_>, spans: &[Span]| -> String {
        spans
            .iter()
            .map(|s| d.covered(*s))
            .collect::<Vec<_>>()
            .join(" … ")
    };
    let content: Vec<String> = rows.iter().map(|(d, _, q)| joined(d, &q.content)).collect();
    c.text("content_text", content.iter().map(String::as_str));
    c.opt_text("speaker", rows.iter().map(|r| r.2.speaker.as_deref()));
    c.text("kind", rows.iter().map(|r| r.2.kind.as_str()));
    c.text("sourcing", rows.iter().map(|r| r.2.sourcing.as_str()));
    c.opt_text("date", rows.iter().map(|r| r.2.date.as_deref()));
    c.date(
        "day",
        rows.iter().map(|r| r.2.date.as_deref().and_then(timex_day)),
    );
    let mut via = Cols::default();
    let all: Vec<_> = rows
        .iter()
        .flat_map(|(d, _, q)| q.via.iter().map(move |v| (d, v)))
        .collect();
    via.opt_text("speaker", all.iter().map(|(_, v)| v.speaker.as_deref()));
    let at: Vec<Option<Offsets>> = all.iter().map(|(d, v)| v.source.map(|s| d.at(s))).collect();
    via.opt_spans("", &at);
    let lengths: Vec<usize> = rows.iter().map(|r| r.2.via.len()).collect();
    c.list("via", &lengths, via)?;
    c.batch()
}

/// A list column of parties: `{name, country, sector, start, end, …}`.
fn parties(
    c: &mut Cols,
    name: &str,
    rows: &[(&Indexed<'_>, &[Participant])],
) -> Result<(), ArrowError> {
    let all: Vec<_> = rows
        .iter()
        .flat_map(|(d, ps)| ps.iter().map(move |p| (d, p)))
        .collect();
    let mut p = Cols::default();
    p.text("name", all.iter().map(|(_, p)| p.name.as_str()));
    p.opt_text("country", all.iter().map(|(_, p)| p.country.as_deref()));
    p.opt_text("sector", all.iter().map(|(_, p)| p.sector.as_deref()));
    let at: Vec<Option<Offsets>> = all.iter().map(|(d, p)| p.span.map(|s| d.at(s))).collect();
    p.opt_spans("", &at);
    let lengths: Vec<usize> = rows.iter().map(|r| r.1.len()).collect();
    c.list(name, &lengths, p)
}

/// The flat columns of one party: `{prefix}`, `{prefix}_country`, `{prefix}_sector`.
fn party(c: &mut Cols, prefix: &str, values: &[Option<&Participant>]) {
    c.opt_text(prefix, values.iter().map(|p| p.map(|p| p.name.as_str())));
    let country = format!("{prefix}_country");
    c.opt_text(
        &country,
        values.iter().map(|p| p.and_then(|p| p.country.as_deref())),
    );
    let sector = format!("{prefix}_sector");
    c.opt_text(
        &sector,
        values.iter().map(|p| p.and_then(|p| p.sector.as_deref())),
    );
}

/// Events: PLOVER type and mode, CAMEO code, actor and recipient (flat),
/// every coordinated party (`actors`, `recipients`), date, place, status,
/// trigger and evidence.
pub(crate) fn events(docs: &[Indexed<'_>]) -> Result<RecordBatch, ArrowError> {
    let rows = items(docs, |d| &d.events);
    let mut c = keys(&rows);
    c.text("type", rows.iter().map(|r| r.2.kind.as_str()));
    c.opt_text("mode", rows.iter().map(|r| r.2.mode.as_deref()));
    c.opt_text("cameo", rows.iter().map(|r| r.2.cameo.as_deref()));
    party(
        &mut c,
        "actor",
        &rows.iter().map(|r| r.2.actor.as_ref()).collect::<Vec<_>>(),
    );
    let recipient: Vec<_> = rows.iter().map(|r| r.2.recipient.as_ref()).collect();
    party(&mut c, "recipient", &recipient);
    let actors: Vec<_> = rows
        .iter()
        .map(|(d, _, e)| (*d, e.actors.as_slice()))
        .collect();
    parties(&mut c, "actors", &actors)?;
    let recipients: Vec<_> = rows
        .iter()
        .map(|(d, _, e)| (*d, e.recipients.as_slice()))
        .collect();
    parties(&mut c, "recipients", &recipients)?;
    c.opt_text("date", rows.iter().map(|r| r.2.date.as_deref()));
    c.date(
        "day",
        rows.iter().map(|r| r.2.date.as_deref().and_then(timex_day)),
    );
    c.opt_text("place", rows.iter().map(|r| r.2.place.as_deref()));
    c.text("status", rows.iter().map(|r| r.2.status.as_str()));
    let trigger: Vec<Offsets> = rows.iter().map(|(d, _, e)| d.at(e.trigger)).collect();
    c.spans("trigger_", &trigger);
    c.text("trigger", rows.iter().map(|(d, _, e)| d.covered(e.trigger)));
    let evidence: Vec<Offsets> = rows.iter().map(|(d, _, e)| d.at(e.evidence)).collect();
    c.spans("evidence_", &evidence);
    c.text(
        "evidence",
        rows.iter().map(|(d, _, e)| d.covered(e.evidence)),
    );
    c.opt_int("quote", rows.iter().map(|r| r.2.quote.map(|q| q as i64)));
    c.batch()
}

/// Proposals: name and span, proposer, points, sections, every mention,
/// how far it got (`status`) and when (`date`, `day`).
pub(crate) fn proposals(docs: &[Indexed<'_>]) -> Result<RecordBatch, ArrowError> {
    let rows = items(docs, |d| &d.proposals);
    let mut c = keys(&rows);
    c.text("name", rows.iter().map(|r| r.2.name.as_str()));
    let spans: Vec<Offsets> = rows.iter().map(|(d, _, p)| d.at(p.span)).collect();
    c.spans("", &spans);
    c.opt_text("proposer", rows.iter().map(|r| r.2.proposer.as_deref()));
    c.opt_int("points", rows.iter().map(|r| r.2.points.map(i64::from)));
    let all: Vec<_> = rows
        .iter()
        .flat_map(|(d, _, p)| p.sections.iter().map(move |s| (d, s)))
        .collect();
    let mut sections = Cols::default();
    sections.text("title", all.iter().map(|(_, s)| s.title.as_str()));
    sections.spans(
        "",
        &all.iter().map(|(d, s)| d.at(s.span)).collect::<Vec<_>>(),
    );
    let lengths: Vec<usize> = rows.iter().map(|r| r.2.sections.len()).collect();
    c.list("sections", &lengths, sections)?;
    let mentions: Vec<Vec<Offsets>> = rows
        .iter()
        .map(|(d, _, p)| p.mentions.iter().map(|s| d.at(*s)).collect())
        .collect();
    c.span_list("mentions", &mentions)?;
    c.opt_text("status", rows.iter().map(|r| r.2.status.as_deref()));
    c.opt_text("date", rows.iter().map(|r| r.2.date.as_deref()));
    c.date(
        "day",
        rows.iter().map(|r| r.2.date.as_deref().and_then(timex_day)),
    );
    c.batch()
}
