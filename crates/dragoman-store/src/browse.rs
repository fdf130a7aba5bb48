//! Reading for the web workbench (`dragoman serve`): counts, recent
//! documents, full-text search (schema 7's `search` table), one actor's
//! names and roles, and events and proposals by page with more filters.
//! Every value from a user is a bound parameter; full-text queries are built
//! by [`fts_query`], which quotes each word, so no input is read as FTS5
//! syntax.

use crate::read::{doc_row, found, DOC_COLUMNS};
use crate::tables::{columns, Table};
use crate::{DocRow, Found, Store, StoreError};
use dragoman_model::Event;
use rusqlite::{params, OptionalExtension};
use std::path::Path;

/// How many rows of each kind the store holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Documents.
    pub documents: i64,
    /// Entity mentions.
    pub entities: i64,
    /// Quotes.
    pub quotes: i64,
    /// Events.
    pub events: i64,
    /// Proposals.
    pub proposals: i64,
    /// Stories (0 before `dragoman restory`).
    pub stories: i64,
}

/// A full-text query with its filters (all optional but the words).
#[derive(Clone, Debug, Default)]
pub struct SearchQuery {
    /// The words, as the user typed them.
    pub words: String,
    /// Only rows of this kind: `report`, `quote` or `name`.
    pub kind: Option<String>,
    /// Reports dated on or after this ISO day.
    pub since: Option<String>,
    /// Reports dated on or before this ISO day.
    pub until: Option<String>,
    /// Reports of this outlet.
    pub outlet: Option<String>,
    /// Reports naming this actor (actor id, or part of a canonical name).
    pub actor: Option<String>,
    /// Reports holding a quote of this sourcing (for a quote row: that quote).
    pub sourcing: Option<String>,
    /// Reports holding an event of this PLOVER type.
    pub event_type: Option<String>,
    /// Page size.
    pub limit: usize,
    /// Rows skipped.
    pub offset: usize,
    /// Best match first (bm25, which reads every match); otherwise the most
    /// recently stored documents first (reads only the page's rows).
    pub relevance: bool,
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Hit {
    /// `report`, `quote` or `name`.
    pub kind: String,
    /// The item's position in its layer (quotes, entities), none for a report.
    pub n: Option<i64>,
    /// The matching passage; matched words between U+0002 and U+0003.
    pub snippet: String,
    /// The document.
    pub doc: DocRow,
}

/// Filters of [`Store::events_page`].
#[derive(Clone, Debug, Default)]
pub struct EventQuery {
    /// Actor or recipient name containing this (case-insensitive).
    pub actor: Option<String>,
    /// On or after this ISO day (the event's day, else the report's).
    pub since: Option<String>,
    /// On or before this ISO day.
    pub until: Option<String>,
    /// PLOVER type.
    pub kind: Option<String>,
    /// Only the events of this story's reports.
    pub story: Option<i64>,
    /// Page size.
    pub limit: usize,
    /// Rows skipped.
    pub offset: usize,
}

/// The SQL condition on document `d` of the story filter, parameter
/// `param`: the story tables are named only when the filter is set, so a
/// database older than them (schema 5, read-only) still answers.
fn story_clause(story: Option<i64>, param: usize) -> String {
    match story {
        Some(_) => format!("d.id IN (SELECT doc_id FROM story_members WHERE story_id = ?{param})"),
        None => format!("?{param} IS NULL"),
    }
}

/// An event reduced to what the charts draw.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct EventPoint {
    /// The event's day, else the report's (`YYYY-MM-DD`), if any.
    pub day: Option<String>,
    /// PLOVER type.
    pub kind: String,
    /// The actor's name.
    pub actor: Option<String>,
    /// The recipient's name.
    pub recipient: Option<String>,
}

/// One name or role of an actor, with how often and when it is seen.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ActorRole {
    /// The canonical name as written.
    pub name: String,
    /// The role held (from the actor table or the text).
    pub role: Option<String>,
    /// The country.
    pub country: Option<String>,
    /// Mentions with this name and role.
    pub mentions: i64,
    /// Earliest report date.
    pub first_date: Option<String>,
    /// Latest report date.
    pub last_date: Option<String>,
}

/// The words of a user's query as an FTS5 query: each word quoted (so
/// nothing is read as syntax), all required. `None` when it has no word.
pub fn fts_query(words: &str) -> Option<String> {
    let quoted: Vec<String> = words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
        .map(|w| format!("\"{w}\""))
        .collect();
    (!quoted.is_empty()).then(|| quoted.join(" "))
}

/// The filters of a search row joined to `documents d`; `kind` and `n`
/// are the row's kind and position (a literal for report rows).
fn filters(kind: &str, n: &str) -> String {
    format!(
        "(?3 IS NULL OR substr(d.date, 1, 10) >= ?3)
         AND (?4 IS NULL OR substr(d.date, 1, 10) <= ?4)
         AND (?5 IS NULL OR d.outlet = ?5)
         AND (?6 IS NULL OR EXISTS (SELECT 1 FROM layer_entity e WHERE e.doc_id = d.id
              AND (e.actor = ?6 OR e.canonical LIKE '%' || ?6 || '%')))
         AND (?7 IS NULL OR EXISTS (SELECT 1 FROM layer_quote q WHERE q.doc_id = d.id
              AND q.sourcing = lower(?7) AND ({kind} <> 'quote' OR q.n = {n})))
         AND (?8 IS NULL OR EXISTS (SELECT 1 FROM layer_event e WHERE e.doc_id = d.id
              AND e.type = upper(?8)))"
    )
}

/// The search tables: (kind, table, the column of the document id, of n,
/// the column snippets are taken from: -1 for the best).
const TABLES: [(&str, &str, &str, &str, i32); 3] = [
    ("report", "search_report", "rowid", "NULL", -1),
    ("quote", "search_quote", "doc_id", "n", 0),
    ("name", "search_name", "doc_id", "n", 0),
];

/// Search rows by relevance: every match of each asked kind is ranked
/// (bm25), then filtered. Parameters: ?1 the FTS5 query, ?2 the kind, ?3–?8
/// the filters, ?9 the page size, ?10 the offset, ?11 their sum.
fn ranked_sql(q: &SearchQuery) -> String {
    let documents = [
        &q.since,
        &q.until,
        &q.outlet,
        &q.actor,
        &q.sourcing,
        &q.event_type,
    ];
    // Without a filter on the document, a constant condition stands in for the join.
    let join = if documents.iter().any(|f| f.is_some()) {
        format!(
            "JOIN documents d ON d.id = doc WHERE {}",
            filters("kind", "n")
        )
    } else {
        "WHERE coalesce(?3, ?4, ?5, ?6, ?7, ?8) IS NULL".into()
    };
    let branches: Vec<String> = TABLES
        .iter()
        .map(|(kind, table, doc, n, _)| {
            format!(
                "SELECT '{kind}' AS kind, {n} AS n, {doc} AS doc, rowid AS fts, NULL AS snip, bm25({table}) AS score
                 FROM {table} WHERE {table} MATCH ?1 AND (?2 IS NULL OR ?2 = '{kind}')"
            )
        })
        .collect();
    format!(
        "SELECT kind, n, doc, fts, snip FROM ({}) {join} AND ?11 >= 0
         ORDER BY score LIMIT ?9 OFFSET ?10",
        branches.join(" UNION ALL ")
    )
}

/// Search rows newest stored first: each table is read backwards by rowid
/// (FTS5 walks its doclists in that order; rows are added in document
/// order) and stops after `?11` rows that pass the filters, so the cost
/// follows the page, not the number of matches. Snippets are taken on the
/// way, from the rows read.
fn recent_sql(_: &SearchQuery) -> String {
    let branches: Vec<String> = TABLES
        .iter()
        .map(|(kind, table, doc, n, column)| {
            let (doc, n) = (
                format!("t.{doc}"),
                if *n == "NULL" {
                    "NULL".to_string()
                } else {
                    format!("t.{n}")
                },
            );
            let filters = filters(&format!("'{kind}'"), &n);
            format!(
                "SELECT * FROM (
                   SELECT '{kind}' AS kind, {n} AS n, {doc} AS doc, t.rowid AS fts,
                          snippet({table}, {column}, char(2), char(3), '…', 24) AS snip
                   FROM {table} t JOIN documents d ON d.id = {doc}
                   WHERE {table} MATCH ?1 AND (?2 IS NULL OR ?2 = '{kind}') AND {filters}
                   ORDER BY t.rowid DESC LIMIT ?11)"
            )
        })
        .collect();
    format!(
        "SELECT kind, n, doc, fts, snip FROM ({}) ORDER BY doc DESC, kind DESC, fts DESC LIMIT ?9 OFFSET ?10",
        branches.join(" UNION ALL ")
    )
}

impl Store {
    /// Opens an existing database read-only (the server's connections): a
    /// missing file is an error, and nothing is migrated or written.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        if !path.is_file() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let store = Store::read_only(path)?;
        store.conn.pragma_update(None, "query_only", true)?;
        Ok(store)
    }

    /// Whether the database has the full-text table (schema 7 and later).
    pub fn has_search(&self) -> Result<bool, StoreError> {
        Ok(self.schema_version()? >= crate::schema::SEARCH)
    }

    /// Rows of each kind.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let count = |table: &str| -> Result<i64, StoreError> {
            let sql = format!("SELECT count(*) FROM {table}");
            Ok(self.conn.query_row(&sql, [], |r| r.get(0))?)
        };
        let stories = if self.schema_version()? >= crate::schema::STORIES {
            count("stories")?
        } else {
            0
        };
        Ok(Counts {
            documents: count("documents")?,
            entities: count("layer_entity")?,
            quotes: count("layer_quote")?,
            events: count("layer_event")?,
            proposals: count("layer_proposal")?,
            stories,
        })
    }

    /// Documents, newest report date first (undated last).
    pub fn recent_docs(&self, limit: usize, offset: usize) -> Result<Vec<DocRow>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DOC_COLUMNS} FROM documents d
             ORDER BY d.date IS NULL, d.date DESC, d.id DESC LIMIT ?1 OFFSET ?2"
        ))?;
        let rows = stmt.query_map(params![limit as i64, offset as i64], doc_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Full-text search, newest stored first or best match first (see
    /// [`SearchQuery::relevance`]). Empty when the query has no word or the
    /// database predates schema 7.
    pub fn search(&self, q: &SearchQuery) -> Result<Vec<Hit>, StoreError> {
        let Some(matched) = fts_query(&q.words) else {
            return Ok(Vec::new());
        };
        if !self.has_search()? {
            return Ok(Vec::new());
        }
        let sql = if q.relevance {
            ranked_sql(q)
        } else {
            recent_sql(q)
        };
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let args = params![
            matched,
            q.kind,
            q.since,
            q.until,
            q.outlet,
            q.actor,
            q.sourcing,
            q.event_type,
            q.limit as i64,
            q.offset as i64,
            (q.limit + q.offset) as i64
        ];
        type Row = (String, Option<i64>, i64, i64, Option<String>);
        let ranked: Vec<Row> = stmt
            .query_map(args, |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<Result<_, _>>()?;
        ranked
            .into_iter()
            .map(|(kind, n, doc, fts, snip)| {
                let snippet = match snip {
                    Some(s) => s,
                    None => self.snippet(&matched, &kind, fts)?,
                };
                let doc = self
                    .conn
                    .prepare_cached(&format!(
                        "SELECT {DOC_COLUMNS} FROM documents d WHERE d.id = ?1"
                    ))?
                    .query_row([doc], doc_row)?;
                Ok(Hit {
                    kind,
                    n,
                    snippet,
                    doc,
                })
            })
            .collect()
    }

    /// The snippet of one row of the search tables.
    fn snippet(&self, matched: &str, kind: &str, rowid: i64) -> Result<String, StoreError> {
        let (table, column) = match kind {
            "report" => ("search_report", -1),
            "quote" => ("search_quote", 0),
            _ => ("search_name", 0),
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT snippet({table}, {column}, char(2), char(3), '…', 24) FROM {table}
             WHERE {table} MATCH ?1 AND rowid = ?2"
        ))?;
        Ok(stmt
            .query_row(params![matched, rowid], |r| r.get(0))
            .optional()?
            .unwrap_or_default())
    }

    /// Events in time order with a date range and paging (see [`Store::events`]).
    pub fn events_page(&self, f: &EventQuery) -> Result<Vec<Found<Event>>, StoreError> {
        let (cols, table) = (columns::<Event>("e"), Event::TABLE);
        let story = story_clause(f.story, 7);
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DOC_COLUMNS}, d.url, d.clean, e.n, {cols}
             FROM documents d JOIN {table} e ON e.doc_id = d.id
             WHERE (?1 IS NULL OR e.actor LIKE '%' || ?1 || '%' OR e.recipient LIKE '%' || ?1 || '%')
               AND (?2 IS NULL OR coalesce(timex_start(e.date), substr(d.date, 1, 10)) >= ?2)
               AND (?3 IS NULL OR coalesce(timex_start(e.date), substr(d.date, 1, 10)) <= ?3)
               AND (?4 IS NULL OR e.type = upper(?4))
               AND {story}
             ORDER BY coalesce(timex_start(e.date), substr(d.date, 1, 10)), d.id, e.start
             LIMIT ?5 OFFSET ?6"
        ))?;
        found(
            &mut stmt,
            params![
                f.actor,
                f.since,
                f.until,
                f.kind,
                f.limit as i64,
                f.offset as i64,
                f.story
            ],
        )
    }

    /// The events of `f` as chart points (day, type, actor, recipient),
    /// without their texts; `f.limit` bounds them.
    pub fn event_points(&self, f: &EventQuery) -> Result<Vec<EventPoint>, StoreError> {
        let story = story_clause(f.story, 6);
        let mut stmt = self.conn.prepare(&format!(
            "SELECT day, type, actor, recipient FROM (
               SELECT coalesce(timex_start(e.date), substr(d.date, 1, 10)) AS day, e.type, e.actor, e.recipient
               FROM layer_event e JOIN documents d ON d.id = e.doc_id
               WHERE (?1 IS NULL OR e.actor LIKE '%' || ?1 || '%' OR e.recipient LIKE '%' || ?1 || '%')
                 AND (?4 IS NULL OR e.type = upper(?4)) AND {story})
             WHERE (?2 IS NULL OR day >= ?2) AND (?3 IS NULL OR day <= ?3)
             ORDER BY day LIMIT ?5"
        ))?;
        let args = params![f.actor, f.since, f.until, f.kind, f.limit as i64, f.story];
        let rows = stmt.query_map(args, |r| {
            Ok(EventPoint {
                day: r.get(0)?,
                kind: r.get(1)?,
                actor: r.get(2)?,
                recipient: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// An actor's names and roles, most mentioned first: the entities
    /// resolved to actor id `actor`, or, for people the actor table does not
    /// know, written with the canonical name `actor`. Empty when none is.
    pub fn actor_roles(&self, actor: &str) -> Result<Vec<ActorRole>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT coalesce(e.canonical, ''), e.role, e.country, count(*), min(d.date), max(d.date)
             FROM layer_entity e JOIN documents d ON d.id = e.doc_id
             WHERE e.actor = ?1 OR e.canonical = ?1 GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1 LIMIT 50",
        )?;
        let rows = stmt.query_map([actor], |r| {
            Ok(ActorRole {
                name: r.get(0)?,
                role: r.get(1)?,
                country: r.get(2)?,
                mentions: r.get(3)?,
                first_date: r.get(4)?,
                last_date: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
