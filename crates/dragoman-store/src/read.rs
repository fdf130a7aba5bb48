//! Reading: document lists, whole documents, quotes.

use crate::{Store, StoreError};
use dragoman_model::{
    each_layer, Date, Doc, Entity, Event, LayerItem, LayerVisitor, Meta, Proposal, Quote, Span,
};
use rusqlite::{params, OptionalExtension, Row};

/// A document's row in a listing.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct DocRow {
    /// Store id.
    pub id: i64,
    /// The caller's id.
    pub ext_id: Option<String>,
    /// Source path.
    pub source: String,
    /// Record inside the source.
    pub record: Option<String>,
    /// Content hash.
    pub hash: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Length of the clean text in bytes.
    pub clean_bytes: i64,
    /// When it was stored.
    pub ingested_at: String,
    /// The first words of the clean text.
    pub snippet: String,
}

/// An event or a proposal with the document it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found<T> {
    /// The document.
    pub doc: DocRow,
    /// The document's URL, if known.
    pub url: Option<String>,
    /// The annotation (spans index `text`).
    pub item: T,
    /// The document's clean text.
    pub text: String,
}

/// Filters of [`Store::events`].
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    /// Only events whose actor or recipient name contains this (case-insensitive).
    pub actor: Option<String>,
    /// Only events on or after this ISO date (the event's date, else the report's).
    pub since: Option<String>,
    /// Only this PLOVER type.
    pub kind: Option<String>,
    /// How many at most.
    pub limit: usize,
}

/// An actor as the store knows it: how often and where it is mentioned.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ActorRow {
    /// The actor id (see `dragoman-actors`).
    pub actor: String,
    /// How many mentions resolve to it.
    pub mentions: i64,
    /// The documents that mention it, in id order.
    pub docs: Vec<i64>,
    /// The names it is written as (the fullest name in each document).
    pub names: Vec<String>,
    /// The earliest and latest report date mentioning it.
    pub first_date: Option<String>,
    /// See `first_date`.
    pub last_date: Option<String>,
}

/// A quote with the document it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteRow {
    /// The document.
    pub doc: DocRow,
    /// The quote (spans index the document's clean text).
    pub quote: Quote,
    /// The document's clean text.
    pub text: String,
}

const DOC_COLUMNS: &str =
    "id, ext_id, source, record, hash, title, date, outlet, length(CAST(clean AS BLOB)), ingested_at, substr(clean, 1, 100)";

fn doc_row(r: &Row<'_>) -> rusqlite::Result<DocRow> {
    Ok(DocRow {
        id: r.get(0)?,
        ext_id: r.get(1)?,
        source: r.get(2)?,
        record: r.get(3)?,
        hash: r.get(4)?,
        title: r.get(5)?,
        date: r.get(6)?,
        outlet: r.get(7)?,
        clean_bytes: r.get(8)?,
        ingested_at: r.get(9)?,
        snippet: r.get(10)?,
    })
}

impl Store {
    /// Documents in id order, `limit` at most, from `offset`.
    pub fn docs(&self, limit: usize, offset: usize) -> Result<Vec<DocRow>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DOC_COLUMNS} FROM documents ORDER BY id LIMIT ?1 OFFSET ?2"
        ))?;
        let rows = stmt.query_map(params![limit as i64, offset as i64], doc_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many documents are stored.
    pub fn doc_count(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?)
    }

    /// One document, rebuilt with all its stored annotations.
    pub fn doc(&self, id: i64) -> Result<Option<(DocRow, Doc)>, StoreError> {
        let found = self
            .conn
            .query_row(
                &format!(
                    "SELECT {DOC_COLUMNS}, raw, encoding, clean, alignment, author, url, place, dateline_start, dateline_end,
                            source_text
                     FROM documents WHERE id = ?1"
                ),
                [id],
                |r| {
                    let row = doc_row(r)?;
                    let raw: Vec<u8> = r.get(11)?;
                    let encoding: String = r.get(12)?;
                    let clean: String = r.get(13)?;
                    let alignment: String = r.get(14)?;
                    let dateline = match (r.get::<_, Option<u32>>(18)?, r.get::<_, Option<u32>>(19)?) {
                        (Some(s), Some(e)) => Some(Span { start: s, end: e }),
                        _ => None,
                    };
                    let meta = Meta {
                        title: row.title.clone(),
                        date: row.date.as_deref().and_then(|d| d.parse::<Date>().ok()),
                        outlet: row.outlet.clone(),
                        author: r.get(15)?,
                        url: r.get(16)?,
                        dateline,
                        place: r.get(17)?,
                    };
                    let source_text: Option<String> = r.get(20)?;
                    Ok((row, raw, encoding, clean, alignment, meta, source_text))
                },
            )
            .optional()?;
        let Some((row, raw, encoding, clean, alignment, meta, source_text)) = found else {
            return Ok(None);
        };
        let corrupt = |what| {
            move |source| StoreError::Corrupt {
                doc: id,
                what,
                source,
            }
        };
        let mut doc = Doc {
            id: row.ext_id.clone().unwrap_or_else(|| id.to_string()),
            // For a page, the alignment indexes the extracted text, not the HTML.
            raw: source_text.unwrap_or_else(|| decode(&raw, &encoding)),
            text: clean,
            alignment: serde_json::from_str(&alignment).map_err(corrupt("alignment"))?,
            meta,
            ..Doc::default()
        };
        let mut stmt = self.conn.prepare("SELECT layer, data FROM annotations WHERE doc_id = ?1 AND layer != 'removal' ORDER BY id")?;
        let mut rows = stmt.query([id])?;
        while let Some(r) = rows.next()? {
            let layer: String = r.get(0)?;
            let data: String = r.get(1)?;
            let mut load = Load {
                doc: &mut doc,
                layer: &layer,
                data: &data,
                failed: None,
            };
            each_layer(&mut load);
            if let Some((what, source)) = load.failed {
                return Err(corrupt(what)(source));
            }
        }
        Ok(Some((row, doc)))
    }

    /// The raw bytes of a document, as they arrived.
    pub fn raw(&self, id: i64) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT raw FROM documents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Raw ranges removed by cleaning, with their reasons.
    pub fn removals(&self, id: i64) -> Result<Vec<(std::ops::Range<usize>, String)>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT start, end, label FROM annotations WHERE doc_id = ?1 AND layer = 'removal' ORDER BY start")?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)? as usize..r.get::<_, i64>(1)? as usize,
                r.get(2)?,
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Quotes, newest document first, optionally only from one document or of
    /// speakers whose name contains `speaker` (case-insensitive).
    pub fn quotes(
        &self,
        speaker: Option<&str>,
        doc: Option<i64>,
        limit: usize,
    ) -> Result<Vec<QuoteRow>, StoreError> {
        // The quote rows come from a subquery without an `id` column, so the
        // document columns need no table prefix.
        let quote = Quote::NAME;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DOC_COLUMNS}, q.data, clean FROM documents
             JOIN (SELECT doc_id, start, value, data FROM annotations WHERE layer = '{quote}') q ON q.doc_id = documents.id
             WHERE (?1 IS NULL OR q.value LIKE '%' || ?1 || '%') AND (?2 IS NULL OR documents.id = ?2)
             ORDER BY date DESC, documents.id, q.start LIMIT ?3"
        ))?;
        let rows = stmt.query_map(params![speaker, doc, limit as i64], |r| {
            Ok((
                doc_row(r)?,
                r.get::<_, String>(11)?,
                r.get::<_, String>(12)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (doc, data, text) = row?;
            let quote = serde_json::from_str(&data).map_err(|source| StoreError::Corrupt {
                doc: doc.id,
                what: Quote::NAME,
                source,
            })?;
            out.push(QuoteRow { doc, quote, text });
        }
        Ok(out)
    }

    /// Events in time order: the day the event's own date starts on ("2026-W11"
    /// sorts as its Monday), else the report's date.
    pub fn events(&self, f: &EventFilter) -> Result<Vec<Found<Event>>, StoreError> {
        let event = Event::NAME;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DOC_COLUMNS}, url, e.data, clean FROM documents
             JOIN (SELECT doc_id, start, label, data,
                          timex_start(json_extract(data, '$.date')) AS when_
                   FROM annotations WHERE layer = '{event}') e ON e.doc_id = documents.id
             WHERE (?1 IS NULL OR json_extract(e.data, '$.actor.name') LIKE '%' || ?1 || '%'
                               OR json_extract(e.data, '$.recipient.name') LIKE '%' || ?1 || '%')
               AND (?2 IS NULL OR coalesce(e.when_, substr(date, 1, 10)) >= ?2)
               AND (?3 IS NULL OR e.label = upper(?3))
             ORDER BY coalesce(e.when_, substr(date, 1, 10)), documents.id, e.start
             LIMIT ?4"
        ))?;
        found(
            &mut stmt,
            params![f.actor, f.since, f.kind, f.limit as i64],
            Event::NAME,
        )
    }

    /// Proposals, by document and position.
    pub fn proposals(&self, limit: usize) -> Result<Vec<Found<Proposal>>, StoreError> {
        let proposal = Proposal::NAME;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DOC_COLUMNS}, url, p.data, clean FROM documents
             JOIN (SELECT doc_id, start, data FROM annotations WHERE layer = '{proposal}') p ON p.doc_id = documents.id
             ORDER BY date, documents.id, p.start LIMIT ?1"
        ))?;
        found(&mut stmt, params![limit as i64], Proposal::NAME)
    }

    /// Actors mentioned in the stored documents, most mentioned first;
    /// `name` keeps those written with a name containing it (case-insensitive).
    pub fn actors(&self, name: Option<&str>, limit: usize) -> Result<Vec<ActorRow>, StoreError> {
        // group_concat(DISTINCT x) joins with commas only, so commas inside
        // names are replaced by spaces first.
        let entity = Entity::NAME;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT actor, count(*), group_concat(DISTINCT doc_id), group_concat(DISTINCT value), min(date), max(date)
             FROM (SELECT json_extract(a.data, '$.actor') AS actor, a.doc_id, replace(a.value, ',', ' ') AS value, d.date
                   FROM annotations a JOIN documents d ON d.id = a.doc_id
                   WHERE a.layer = '{entity}' AND json_extract(a.data, '$.actor') IS NOT NULL
                   ORDER BY a.doc_id)
             GROUP BY actor
             HAVING ?1 IS NULL OR group_concat(DISTINCT value) LIKE '%' || ?1 || '%' OR actor LIKE '%' || ?1 || '%'
             ORDER BY count(*) DESC, actor LIMIT ?2"
        ))?;
        let rows = stmt.query_map(params![name, limit as i64], |r| {
            let docs: String = r.get(2)?;
            let names: Option<String> = r.get(3)?;
            Ok(ActorRow {
                actor: r.get(0)?,
                mentions: r.get(1)?,
                docs: docs.split(',').filter_map(|d| d.parse().ok()).collect(),
                names: names
                    .map(|n| n.split(',').map(str::to_string).collect())
                    .unwrap_or_default(),
                first_date: r.get(4)?,
                last_date: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The ingest log of the latest run, or of all runs.
    pub fn log(&self, latest_run_only: bool) -> Result<Vec<crate::LogEntry>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT source, record, status, reason, doc_id, report_id, meta FROM ingest_log
             WHERE (?1 = 0 OR run_id = (SELECT max(id) FROM ingest_runs)) ORDER BY id",
        )?;
        let rows = stmt.query_map([latest_run_only as i64], |r| {
            let status: String = r.get(2)?;
            Ok(crate::LogEntry {
                source: r.get(0)?,
                record: r.get(1)?,
                status: match status.as_str() {
                    "new" => crate::LogStatus::New,
                    "duplicate" => crate::LogStatus::Duplicate,
                    _ => crate::LogStatus::Rejected,
                },
                reason: r.get(3)?,
                doc_id: r.get(4)?,
                report_id: r.get(5)?,
                meta: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Adds one stored row to its layer of `doc` (rows of unknown layers are skipped).
struct Load<'a> {
    doc: &'a mut Doc,
    layer: &'a str,
    data: &'a str,
    failed: Option<(&'static str, serde_json::Error)>,
}

impl LayerVisitor for Load<'_> {
    fn layer<L: LayerItem>(&mut self) {
        if L::NAME != self.layer {
            return;
        }
        match serde_json::from_str::<L>(self.data) {
            Ok(item) => L::of_mut(self.doc).push(item),
            Err(e) => self.failed = Some((L::NAME, e)),
        }
    }
}

/// Rows of document columns, then url, annotation JSON and clean text.
fn found<T: serde::de::DeserializeOwned>(
    stmt: &mut rusqlite::Statement<'_>,
    params: impl rusqlite::Params,
    what: &'static str,
) -> Result<Vec<Found<T>>, StoreError> {
    let rows = stmt.query_map(params, |r| {
        Ok((
            doc_row(r)?,
            r.get::<_, Option<String>>(11)?,
            r.get::<_, String>(12)?,
            r.get::<_, String>(13)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (doc, url, data, text) = row?;
        let item = serde_json::from_str(&data).map_err(|source| StoreError::Corrupt {
            doc: doc.id,
            what,
            source,
        })?;
        out.push(Found {
            doc,
            url,
            item,
            text,
        });
    }
    Ok(out)
}

fn decode(raw: &[u8], encoding: &str) -> String {
    match encoding_rs::Encoding::for_label(encoding.as_bytes()) {
        Some(enc) => enc.decode_without_bom_handling(raw).0.into_owned(),
        None => String::from_utf8_lossy(raw).into_owned(),
    }
}
