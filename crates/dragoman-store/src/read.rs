//! Reading: document lists, whole documents, quotes.

use crate::codec;
use crate::tables::{self, columns, Table};
use crate::{Store, StoreError};
use dragoman_model::{
    Alignment, Date, Doc, Entity, Event, LayerItem, Meta, Proposal, Quote, Span, Timex,
};
use rusqlite::types::ValueRef;
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
    /// Its position in its document's layer (its index in the document's
    /// list of that layer): with the document, what identifies it.
    pub n: usize,
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

/// The columns of a [`DocRow`], of `documents d`.
pub(crate) const DOC_COLUMNS: &str =
    "d.id, d.ext_id, d.source, d.record, d.hash, d.title, d.date, d.outlet,
     length(CAST(d.clean AS BLOB)), d.ingested_at, substr(d.clean, 1, 100)";

/// How many columns [`DOC_COLUMNS`] has.
pub(crate) const DOC_WIDTH: usize = 11;

pub(crate) fn doc_row(r: &Row<'_>) -> rusqlite::Result<DocRow> {
    doc_row_at(r, 0)
}

/// A [`DocRow`] from the [`DOC_COLUMNS`] that start at column `at`.
pub(crate) fn doc_row_at(r: &Row<'_>, at: usize) -> rusqlite::Result<DocRow> {
    Ok(DocRow {
        id: r.get(at)?,
        ext_id: r.get(at + 1)?,
        source: r.get(at + 2)?,
        record: r.get(at + 3)?,
        hash: r.get(at + 4)?,
        title: r.get(at + 5)?,
        date: r.get(at + 6)?,
        outlet: r.get(at + 7)?,
        clean_bytes: r.get(at + 8)?,
        ingested_at: r.get(at + 9)?,
        snippet: r.get(at + 10)?,
    })
}

/// A document's row as stored, before decoding.
struct Stored {
    row: DocRow,
    raw: Vec<u8>,
    raw_codec: Option<String>,
    encoding: String,
    clean: String,
    /// JSON text (schema 1 to 4) or the compact form of `codec` (schema 5).
    alignment: StoredBytes,
    meta: Meta,
    source_text: Option<String>,
}

/// A column that holds JSON text in older rows and compact bytes in newer ones.
enum StoredBytes {
    Text(String),
    Deflated(Vec<u8>),
}

impl StoredBytes {
    fn from_value(v: ValueRef<'_>) -> rusqlite::types::FromSqlResult<StoredBytes> {
        match v {
            ValueRef::Blob(b) => Ok(StoredBytes::Deflated(b.to_vec())),
            other => Ok(StoredBytes::Text(other.as_str()?.to_string())),
        }
    }

    fn alignment(self) -> Result<Alignment, codec::CodecError> {
        match self {
            StoredBytes::Text(s) => {
                serde_json::from_str(&s).map_err(|e| codec::CodecError::Alignment(e.to_string()))
            }
            StoredBytes::Deflated(b) => codec::decode_alignment(&b),
        }
    }
}

const STORED_COLUMNS: &str =
    "d.raw, d.raw_codec, d.encoding, d.clean, d.alignment, d.author, d.url, d.place,
     d.dateline_start, d.dateline_end, d.source_text";

fn stored(r: &Row<'_>) -> rusqlite::Result<Stored> {
    let row = doc_row(r)?;
    let at = |i: usize| DOC_WIDTH + i;
    let dateline = match (
        r.get::<_, Option<u32>>(at(8))?,
        r.get::<_, Option<u32>>(at(9))?,
    ) {
        (Some(s), Some(e)) => Some(Span { start: s, end: e }),
        _ => None,
    };
    let meta = Meta {
        title: row.title.clone(),
        date: row.date.as_deref().and_then(|d| d.parse::<Date>().ok()),
        outlet: row.outlet.clone(),
        author: r.get(at(5))?,
        url: r.get(at(6))?,
        dateline,
        place: r.get(at(7))?,
    };
    Ok(Stored {
        raw: r.get(at(0))?,
        raw_codec: r.get(at(1))?,
        encoding: r.get(at(2))?,
        clean: r.get(at(3))?,
        alignment: StoredBytes::from_value(r.get_ref(at(4))?)?,
        meta,
        source_text: r.get(at(10))?,
        row,
    })
}

impl Stored {
    fn raw_bytes(&mut self) -> Result<Vec<u8>, StoreError> {
        let raw = std::mem::take(&mut self.raw);
        codec::raw_bytes(raw, self.raw_codec.as_deref(), &self.clean).map_err(|e| {
            StoreError::Undecodable {
                doc: self.row.id,
                what: "raw bytes",
                reason: e.to_string(),
            }
        })
    }

    /// The document without its annotation layers.
    fn into_doc(mut self) -> Result<(DocRow, Doc), StoreError> {
        let id = self.row.id;
        let raw = match self.source_text.take() {
            // For a page, the alignment indexes the extracted text, not the HTML.
            Some(text) => text,
            None => decode(&self.raw_bytes()?, &self.encoding),
        };
        let alignment = self
            .alignment
            .alignment()
            .map_err(|e| StoreError::Undecodable {
                doc: id,
                what: "alignment",
                reason: e.to_string(),
            })?;
        let doc = Doc {
            id: self.row.ext_id.clone().unwrap_or_else(|| id.to_string()),
            raw,
            text: self.clean,
            alignment,
            meta: self.meta,
            ..Doc::default()
        };
        Ok((self.row, doc))
    }
}

/// Every annotation layer of document `id` into `doc`.
fn read_layers(conn: &rusqlite::Connection, id: i64, doc: &mut Doc) -> rusqlite::Result<()> {
    tables::read::<Entity>(conn, id, doc)?;
    tables::read::<Timex>(conn, id, doc)?;
    tables::read::<Quote>(conn, id, doc)?;
    tables::read::<Event>(conn, id, doc)?;
    tables::read::<Proposal>(conn, id, doc)
}

impl Store {
    /// Documents in id order, `limit` at most, from `offset`.
    pub fn docs(&self, limit: usize, offset: usize) -> Result<Vec<DocRow>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DOC_COLUMNS} FROM documents d ORDER BY d.id LIMIT ?1 OFFSET ?2"
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

    fn stored(&self, id: i64) -> Result<Option<Stored>, StoreError> {
        let sql =
            format!("SELECT {DOC_COLUMNS}, {STORED_COLUMNS} FROM documents d WHERE d.id = ?1");
        Ok(self.conn.query_row(&sql, [id], stored).optional()?)
    }

    /// One document, rebuilt with all its stored annotations.
    pub fn doc(&self, id: i64) -> Result<Option<(DocRow, Doc)>, StoreError> {
        let Some(found) = self.stored(id)? else {
            return Ok(None);
        };
        let (row, mut doc) = found.into_doc()?;
        read_layers(&self.conn, id, &mut doc).map_err(|e| undecodable(id, T_ANNOTATION, e))?;
        Ok(Some((row, doc)))
    }

    /// A document's entities, events and proposals alone (no text, no other
    /// layer, `meta` empty): what a story's generated label reads, without
    /// decoding the document. `None` when no such document is stored.
    pub fn doc_facts(&self, id: i64) -> Result<Option<Doc>, StoreError> {
        let exists: Option<i64> = self
            .conn
            .query_row("SELECT id FROM documents WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        if exists.is_none() {
            return Ok(None);
        }
        let mut doc = Doc {
            id: id.to_string(),
            ..Doc::default()
        };
        let read = |doc: &mut Doc| -> rusqlite::Result<()> {
            tables::read::<Entity>(&self.conn, id, doc)?;
            tables::read::<Event>(&self.conn, id, doc)?;
            tables::read::<Proposal>(&self.conn, id, doc)
        };
        read(&mut doc).map_err(|e| undecodable(id, T_ANNOTATION, e))?;
        Ok(Some(doc))
    }

    /// The raw bytes of a document, as they arrived.
    pub fn raw(&self, id: i64) -> Result<Option<Vec<u8>>, StoreError> {
        self.stored(id)?.map(|mut s| s.raw_bytes()).transpose()
    }

    /// Raw ranges removed by cleaning, with their reasons.
    pub fn removals(&self, id: i64) -> Result<Vec<(std::ops::Range<usize>, String)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT start, end, reason FROM removals WHERE doc_id = ?1 ORDER BY start, n",
        )?;
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
        let (cols, table) = (columns::<Quote>("q"), Quote::TABLE);
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DOC_COLUMNS}, d.clean, {cols} FROM documents d JOIN {table} q ON q.doc_id = d.id
             WHERE (?1 IS NULL OR q.speaker LIKE '%' || ?1 || '%') AND (?2 IS NULL OR d.id = ?2)
             ORDER BY d.date DESC, d.id, q.start LIMIT ?3"
        ))?;
        let rows = stmt.query_map(params![speaker, doc, limit as i64], |r| {
            let (doc, text) = (doc_row(r)?, r.get(DOC_WIDTH)?);
            let quote =
                Quote::from_row(r, DOC_WIDTH + 1).map_err(|e| undecodable(doc.id, Quote::NAME, e));
            Ok(quote.map(|quote| QuoteRow { doc, quote, text }))
        })?;
        rows.map(|row| row?).collect()
    }

    /// Events in time order: the day the event's own date starts on ("2026-W11"
    /// sorts as its Monday), else the report's date.
    pub fn events(&self, f: &EventFilter) -> Result<Vec<Found<Event>>, StoreError> {
        let (cols, table) = (columns::<Event>("e"), Event::TABLE);
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DOC_COLUMNS}, d.url, d.clean, e.n, {cols}
             FROM documents d JOIN {table} e ON e.doc_id = d.id
             WHERE (?1 IS NULL OR e.actor LIKE '%' || ?1 || '%' OR e.recipient LIKE '%' || ?1 || '%')
               AND (?2 IS NULL OR coalesce(timex_start(e.date), substr(d.date, 1, 10)) >= ?2)
               AND (?3 IS NULL OR e.type = upper(?3))
             ORDER BY coalesce(timex_start(e.date), substr(d.date, 1, 10)), d.id, e.start
             LIMIT ?4"
        ))?;
        found(&mut stmt, params![f.actor, f.since, f.kind, f.limit as i64])
    }

    /// Proposals, by document and position.
    pub fn proposals(&self, limit: usize) -> Result<Vec<Found<Proposal>>, StoreError> {
        let (cols, table) = (columns::<Proposal>("p"), Proposal::TABLE);
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DOC_COLUMNS}, d.url, d.clean, p.n, {cols} FROM documents d JOIN {table} p ON p.doc_id = d.id
             ORDER BY d.date, d.id, p.start LIMIT ?1"
        ))?;
        found(&mut stmt, params![limit as i64])
    }

    /// Actors mentioned in the stored documents, most mentioned first;
    /// `name` keeps those written with a name containing it (case-insensitive).
    pub fn actors(&self, name: Option<&str>, limit: usize) -> Result<Vec<ActorRow>, StoreError> {
        // group_concat(DISTINCT x) joins with commas only, so commas inside
        // names are replaced by spaces first.
        let table = Entity::TABLE;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT actor, count(*), group_concat(DISTINCT doc_id), group_concat(DISTINCT value), min(date), max(date)
             FROM (SELECT e.actor, e.doc_id, replace(e.canonical, ',', ' ') AS value, d.date
                   FROM {table} e JOIN documents d ON d.id = e.doc_id
                   WHERE e.actor IS NOT NULL
                   ORDER BY e.doc_id)
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

/// Rows of document columns, then url, clean text and the item's columns.
pub(crate) fn found<T: Table>(
    stmt: &mut rusqlite::Statement<'_>,
    params: impl rusqlite::Params,
) -> Result<Vec<Found<T>>, StoreError> {
    let rows = stmt.query_map(params, |r| {
        let (doc, url, text) = (doc_row(r)?, r.get(DOC_WIDTH)?, r.get(DOC_WIDTH + 1)?);
        let n: i64 = r.get(DOC_WIDTH + 2)?;
        let item = T::from_row(r, DOC_WIDTH + 3).map_err(|e| undecodable(doc.id, T::NAME, e));
        Ok(item.map(|item| Found {
            doc,
            url,
            item,
            n: n as usize,
            text,
        }))
    })?;
    rows.map(|row| row?).collect()
}

/// What an annotation row of any layer is called in errors.
const T_ANNOTATION: &str = "annotation";

/// A stored value that does not read back as the model's type is the
/// database's fault ([`StoreError::Undecodable`]); other errors stay SQLite's.
fn undecodable(doc: i64, what: &'static str, e: rusqlite::Error) -> StoreError {
    match e {
        rusqlite::Error::FromSqlConversionFailure(_, _, reason) => StoreError::Undecodable {
            doc,
            what,
            reason: reason.to_string(),
        },
        e => e.into(),
    }
}

fn decode(raw: &[u8], encoding: &str) -> String {
    match encoding_rs::Encoding::for_label(encoding.as_bytes()) {
        Some(enc) => enc.decode_without_bom_handling(raw).0.into_owned(),
        None => String::from_utf8_lossy(raw).into_owned(),
    }
}
