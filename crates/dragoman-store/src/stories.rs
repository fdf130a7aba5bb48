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
        members: &[(i64, i64)],
        copies: &[CopyRow],
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute_batch("DELETE FROM copies; DELETE FROM story_members; DELETE FROM stories;")?;
        {
            let mut story =
                tx.prepare("INSERT OR IGNORE INTO stories (id, size) VALUES (?1, 0)")?;
            let mut member =
                tx.prepare("INSERT INTO story_members (doc_id, story_id) VALUES (?1, ?2)")?;
            for &(doc, s) in members {
                story.execute([s])?;
                member.execute([doc, s])?;
            }
            let mut copy = tx.prepare(
                "INSERT INTO copies (copy_id, original_id, containment, passages) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for c in copies {
                let passages = serde_json::to_string(&c.passages).expect("numbers serialize");
                copy.execute(params![c.copy, c.original, c.containment, passages])?;
            }
        }
        tx.execute_batch(SUMMARIZE)?;
        tx.commit()?;
        Ok(())
    }

    /// Stories, largest first (then by first date), at most `limit`.
    pub fn stories(&self, limit: usize) -> Result<Vec<StorySummary>, StoreError> {
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
             FROM stories s ORDER BY s.size DESC, s.first_date, s.id LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| {
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

/// Fills each story's size, dates, first document and title from its members.
const SUMMARIZE: &str = "
UPDATE stories SET
    size = (SELECT count(*) FROM story_members m WHERE m.story_id = stories.id),
    first_date = (SELECT min(d.date) FROM story_members m JOIN documents d ON d.id = m.doc_id
                  WHERE m.story_id = stories.id),
    last_date = (SELECT max(d.date) FROM story_members m JOIN documents d ON d.id = m.doc_id
                 WHERE m.story_id = stories.id),
    first_doc = (SELECT m.doc_id FROM story_members m JOIN documents d ON d.id = m.doc_id
                 WHERE m.story_id = stories.id
                 ORDER BY d.date IS NULL, d.date, m.doc_id LIMIT 1);
UPDATE stories SET title = (SELECT coalesce(d.title, substr(d.clean, 1, 80))
                            FROM documents d WHERE d.id = stories.first_doc);
";

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
                    "DROP TABLE copies; DROP TABLE story_members; DROP TABLE stories;
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
