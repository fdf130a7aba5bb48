//! Stories in the store: each document's story, the stories made from their
//! members, and copies with their shared passages (schema 6). Written whole
//! by [`Store::replace_stories`] (`dragoman restory`), read by
//! [`Store::stories`].

use crate::{Store, StoreError};
use rusqlite::params;

/// A copy linked to its original, with the passages they share.
#[derive(Clone, Debug, PartialEq)]
pub struct CopyRow {
    /// The copy's document id.
    pub copy: i64,
    /// The original's document id.
    pub original: i64,
    /// The share of the smaller document's shingles found in the other.
    pub containment: f64,
    /// Shared passages: byte ranges of each clean text, `[copy_start,
    /// copy_end, original_start, original_end]`.
    pub passages: Vec<[usize; 4]>,
}

/// A document's place in a story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoryMember {
    /// The document id.
    pub doc: i64,
    /// The story id.
    pub story: i64,
    /// The report's date as clustering used it (`YYYY-MM-DD`).
    pub date: Option<String>,
}

/// A report of a story, for its briefing.
#[derive(Clone, Debug, PartialEq)]
pub struct MemberRow {
    /// The document id.
    pub doc: i64,
    /// The report's date.
    pub date: Option<String>,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Its headline, or the first words of its text.
    pub title: String,
    /// The original it copies, with the containment.
    pub copy_of: Option<(i64, f64)>,
}

/// Which stories [`Store::stories_where`] lists.
#[derive(Clone, Debug, Default)]
pub struct StoryFilter {
    /// At most this many.
    pub limit: usize,
    /// Only this story.
    pub id: Option<i64>,
    /// Only stories whose last report is dated on or after this day (`YYYY-MM-DD`).
    pub since: Option<String>,
    /// Only stories with an event whose actor or recipient, or an entity
    /// whose canonical name or actor, contains this (case-insensitive).
    pub actor: Option<String>,
}

/// One story as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorySummary {
    /// Story id.
    pub id: i64,
    /// The first report's headline.
    pub title: Option<String>,
    /// The earliest report date.
    pub first_date: Option<String>,
    /// The latest report date.
    pub last_date: Option<String>,
    /// How many documents it holds.
    pub size: i64,
    /// Its first report's document id.
    pub first_doc: Option<i64>,
    /// The outlets of its documents, sorted.
    pub outlets: Vec<String>,
    /// How many of its documents are copies of another.
    pub copies: i64,
}

impl Store {
    /// Replaces every story, membership and copy link: `members` gives each
    /// document's story number. One transaction.
    pub fn replace_stories(
        &mut self,
        members: &[StoryMember],
        copies: &[CopyRow],
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute_batch(
            "DELETE FROM copies; DELETE FROM story_members; DELETE FROM stories;
             DELETE FROM story_index;",
        )?;
        {
            let mut story =
                tx.prepare("INSERT OR IGNORE INTO stories (id, size) VALUES (?1, 0)")?;
            let mut member = tx.prepare(
                "INSERT INTO story_members (doc_id, story_id, date) VALUES (?1, ?2, ?3)",
            )?;
            for m in members {
                story.execute([m.story])?;
                member.execute(params![m.doc, m.story, m.date])?;
            }
            let mut copy = tx.prepare(
                "INSERT INTO copies (copy_id, original_id, containment, passages) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for c in copies {
                let passages = serde_json::to_string(&c.passages).expect("numbers serialize");
                copy.execute(params![c.copy, c.original, c.containment, passages])?;
            }
        }
        tx.execute_batch(&summarize("1"))?;
        tx.commit()?;
        Ok(())
    }

    /// Stories, largest first (then by first date), at most `limit`.
    pub fn stories(&self, limit: usize) -> Result<Vec<StorySummary>, StoreError> {
        self.stories_where(&StoryFilter {
            limit,
            ..StoryFilter::default()
        })
    }

    /// Stories that pass a filter, largest first (then by first date).
    pub fn stories_where(&self, f: &StoryFilter) -> Result<Vec<StorySummary>, StoreError> {
        if self.schema_version()? < crate::schema::STORIES {
            return Ok(Vec::new()); // a read-only schema-5 database: no stories yet
        }
        let mut stmt = self.conn.prepare(
            "SELECT s.id, s.title, s.first_date, s.last_date, s.size, s.first_doc,
                    (SELECT group_concat(o, char(31)) FROM (SELECT DISTINCT d.outlet AS o
                       FROM story_members m JOIN documents d ON d.id = m.doc_id
                       WHERE m.story_id = s.id AND d.outlet IS NOT NULL ORDER BY 1)),
                    (SELECT count(*) FROM copies c JOIN story_members m ON m.doc_id = c.copy_id
                       WHERE m.story_id = s.id)
             FROM stories s
             WHERE (?2 IS NULL OR s.id = ?2) AND (?3 IS NULL OR s.last_date >= ?3)
               AND (?4 IS NULL OR EXISTS (
                     SELECT 1 FROM story_members m JOIN layer_event e ON e.doc_id = m.doc_id
                     WHERE m.story_id = s.id
                       AND (e.actor LIKE '%' || ?4 || '%' OR e.recipient LIKE '%' || ?4 || '%'))
                    OR EXISTS (
                     SELECT 1 FROM story_members m JOIN layer_entity n ON n.doc_id = m.doc_id
                     WHERE m.story_id = s.id
                       AND (n.canonical LIKE '%' || ?4 || '%' OR n.actor LIKE '%' || ?4 || '%')))
             ORDER BY s.size DESC, s.first_date, s.id LIMIT ?1",
        )?;
        let limit = i64::try_from(f.limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map(params![limit, f.id, f.since, f.actor], |r| {
            let outlets: Option<String> = r.get(6)?;
            Ok(StorySummary {
                id: r.get(0)?,
                title: r.get(1)?,
                first_date: r.get(2)?,
                last_date: r.get(3)?,
                size: r.get(4)?,
                first_doc: r.get(5)?,
                outlets: outlets
                    .map(|o| o.split('\u{1f}').map(str::to_string).collect())
                    .unwrap_or_default(),
                copies: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One story and its reports in date order (undated last).
    pub fn story(&self, id: i64) -> Result<Option<(StorySummary, Vec<MemberRow>)>, StoreError> {
        if self.schema_version()? < crate::schema::STORIES {
            return Ok(None);
        }
        let Some(summary) = self
            .stories_where(&StoryFilter {
                id: Some(id),
                limit: 1,
                ..StoryFilter::default()
            })?
            .into_iter()
            .next()
        else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare(&format!(
            "SELECT m.doc_id, coalesce(m.date, d.date), d.outlet,
                    {HEADLINE}, c.original_id, c.containment
             FROM story_members m JOIN documents d ON d.id = m.doc_id
             LEFT JOIN copies c ON c.copy_id = m.doc_id
             WHERE m.story_id = ?1
             ORDER BY coalesce(m.date, d.date) IS NULL, coalesce(m.date, d.date), m.doc_id"
        ))?;
        let rows = stmt.query_map([id], |r| {
            let original: Option<i64> = r.get(4)?;
            let containment: Option<f64> = r.get(5)?;
            Ok(MemberRow {
                doc: r.get(0)?,
                date: r.get(1)?,
                outlet: r.get(2)?,
                title: r.get(3)?,
                copy_of: original.zip(containment),
            })
        })?;
        Ok(Some((summary, rows.collect::<Result<_, _>>()?)))
    }

    /// Each document's story number (document id, story id), by document.
    pub fn story_members(&self) -> Result<Vec<(i64, i64)>, StoreError> {
        if self.schema_version()? < crate::schema::STORIES {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare("SELECT doc_id, story_id FROM story_members ORDER BY doc_id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// A document's headline in SQL (over `documents d`): its title, else the
/// first 80 characters of its text after a dateline that opens it.
const HEADLINE: &str = "coalesce(d.title, CASE WHEN d.dateline_start = 0
    THEN substr(ltrim(CAST(substr(CAST(d.clean AS BLOB), d.dateline_end + 1) AS TEXT)), 1, 80)
    ELSE substr(d.clean, 1, 80) END)";

/// Fills the size, dates, first document and title (the first report's
/// headline; else the headline of the earliest report that has one; else the
/// first report's first line that is not a URL) of the stories matching
/// `which` (an SQL condition on `stories`) from their members.
pub(crate) fn summarize(which: &str) -> String {
    format!(
        "
UPDATE stories SET
    size = (SELECT count(*) FROM story_members m WHERE m.story_id = stories.id),
    first_date = (SELECT min(coalesce(m.date, d.date)) FROM story_members m
                  JOIN documents d ON d.id = m.doc_id WHERE m.story_id = stories.id),
    last_date = (SELECT max(coalesce(m.date, d.date)) FROM story_members m
                 JOIN documents d ON d.id = m.doc_id WHERE m.story_id = stories.id),
    first_doc = (SELECT m.doc_id FROM story_members m JOIN documents d ON d.id = m.doc_id
                 WHERE m.story_id = stories.id
                 ORDER BY coalesce(m.date, d.date) IS NULL, coalesce(m.date, d.date), m.doc_id
                 LIMIT 1)
WHERE {which};
UPDATE stories SET title = coalesce(
    (SELECT d.title FROM documents d WHERE d.id = stories.first_doc),
    (SELECT d.title FROM story_members m JOIN documents d ON d.id = m.doc_id
     WHERE m.story_id = stories.id AND d.title IS NOT NULL
     ORDER BY coalesce(m.date, d.date) IS NULL, coalesce(m.date, d.date), m.doc_id
     LIMIT 1),
    (SELECT {HEADLINE} FROM documents d WHERE d.id = stories.first_doc))
WHERE {which};
-- A first line that is only a URL is no headline: the line after it is.
UPDATE stories SET title = (SELECT substr(d.clean, instr(d.clean, char(10)) + 1, 80)
                            FROM documents d WHERE d.id = stories.first_doc)
WHERE {which} AND (title LIKE 'http%' OR title LIKE 'www%')
  AND (SELECT d.title IS NULL AND instr(d.clean, char(10)) > 0
       FROM documents d WHERE d.id = stories.first_doc);
"
    )
}

#[cfg(test)]
mod tests {
    use crate::Store;

    #[test]
    fn a_read_only_schema_5_database_is_read_and_has_no_stories() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v5.db");
        {
            let store = Store::open(&path).unwrap();
            store
                .conn
                .execute_batch(
                    "DROP TABLE story_index; DROP TABLE copies; DROP TABLE story_members; DROP TABLE stories;
                     PRAGMA user_version = 5;",
                )
                .unwrap();
        }
        let store = Store::read_only(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), 5);
        assert_eq!(store.doc_count().unwrap(), 0);
        assert!(store.stories(10).unwrap().is_empty());
        assert!(store.story_members().unwrap().is_empty());
    }
}
