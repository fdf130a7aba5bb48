//! The incremental story path in the store (schema 8): the saved index, the
//! write lock it is updated under, and the row-at-a-time writes of
//! `dragoman ingest` (a member, a copy link) with the summaries of the
//! stories they touched.

use crate::stories::{summarize, CopyRow, StoryMember};
use crate::{Store, StoreError};
use rusqlite::{params, OptionalExtension};

/// A report of a story placed earlier: its document, the original it copies
/// and its date as the stories saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peer {
    /// The document id.
    pub doc: i64,
    /// The original it copies, if any.
    pub copy_of: Option<i64>,
    /// Its date (`YYYY-MM-DD`), if known.
    pub date: Option<String>,
}

impl Store {
    /// Runs `f` in one write transaction taken at its start (`BEGIN
    /// IMMEDIATE`: a second writer waits), committed when `f` succeeds and
    /// rolled back when it fails. `f` must not open transactions itself.
    pub fn write_locked<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, E>,
    ) -> Result<T, E> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(StoreError::from)?;
        match f(self) {
            Ok(v) => {
                self.conn
                    .execute_batch("COMMIT")
                    .map_err(StoreError::from)?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// The saved index: the last document placed and the index's bytes.
    pub fn story_index(&self) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT last_doc, state FROM story_index WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// Saves the index after placing documents up to `last_doc`.
    pub fn save_story_index(&self, last_doc: i64, state: &[u8]) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO story_index (id, last_doc, state) VALUES (1, ?1, ?2)",
            params![last_doc, state],
        )?;
        Ok(())
    }

    /// Empties the stories, their members, the copy links and the index.
    pub fn clear_stories(&self) -> Result<(), StoreError> {
        self.conn.execute_batch(
            "DELETE FROM copies; DELETE FROM story_members; DELETE FROM stories;
             DELETE FROM story_index;",
        )?;
        Ok(())
    }

    /// The ids of the documents stored after `last`, in order.
    pub fn doc_ids_after(&self, last: i64) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM documents WHERE id > ?1 ORDER BY id")?;
        let rows = stmt.query_map([last], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Places one document in a story (opening the story row if new).
    pub fn add_story_member(&self, m: &StoryMember) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR IGNORE INTO stories (id, size) VALUES (?1, 0)",
            [m.story],
        )?;
        self.conn.execute(
            "INSERT INTO story_members (doc_id, story_id, date) VALUES (?1, ?2, ?3)",
            params![m.doc, m.story, m.date],
        )?;
        Ok(())
    }

    /// The latest `limit` members of a story placed before document `before`,
    /// oldest first, each with the original it copies; then those originals
    /// not among them, so every copy's original is in the list.
    pub fn story_peers(
        &self,
        story: i64,
        before: i64,
        limit: usize,
    ) -> Result<Vec<Peer>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT m.doc_id, c.original_id, m.date FROM story_members m
             LEFT JOIN copies c ON c.copy_id = m.doc_id
             WHERE m.story_id = ?1 AND m.doc_id < ?2 ORDER BY m.doc_id DESC LIMIT ?3",
        )?;
        let peer = |r: &rusqlite::Row<'_>| {
            Ok(Peer {
                doc: r.get(0)?,
                copy_of: r.get(1)?,
                date: r.get(2)?,
            })
        };
        let mut peers: Vec<Peer> = stmt
            .query_map(params![story, before, limit as i64], peer)?
            .collect::<Result<_, _>>()?;
        let missing: Vec<i64> = peers
            .iter()
            .filter_map(|p| p.copy_of)
            .filter(|o| !peers.iter().any(|p| p.doc == *o))
            .collect();
        let mut one = self.conn.prepare(
            "SELECT m.doc_id, c.original_id, m.date FROM story_members m
             LEFT JOIN copies c ON c.copy_id = m.doc_id WHERE m.doc_id = ?1",
        )?;
        for o in missing {
            if let Some(p) = one.query_row([o], peer).optional()? {
                if !peers.iter().any(|q| q.doc == p.doc) {
                    peers.push(p);
                }
            }
        }
        peers.sort_by_key(|p| p.doc);
        Ok(peers)
    }

    /// The story a document is in.
    pub fn story_of(&self, doc: i64) -> Result<Option<i64>, StoreError> {
        if self.schema_version()? < crate::schema::STORIES {
            return Ok(None);
        }
        Ok(self
            .conn
            .query_row(
                "SELECT story_id FROM story_members WHERE doc_id = ?1",
                [doc],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The stories holding a proposal whose name or proposer contains
    /// `name` (case-insensitive), in story order.
    pub fn stories_with_proposal(&self, name: &str) -> Result<Vec<i64>, StoreError> {
        if self.schema_version()? < crate::schema::STORIES {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT m.story_id FROM layer_proposal p
             JOIN story_members m ON m.doc_id = p.doc_id
             WHERE p.name LIKE '%' || ?1 || '%' OR p.proposer LIKE '%' || ?1 || '%'
             ORDER BY 1",
        )?;
        let rows = stmt.query_map([name], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The outlets of the stored documents, each once.
    pub fn outlets(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY 1")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Documents of an outlet (case-insensitive) dated from `from` to `to`
    /// (`YYYY-MM-DD`, both included), with their dates, other than `not`.
    pub fn outlet_docs(
        &self,
        outlet: &str,
        from: &str,
        to: &str,
        not: i64,
    ) -> Result<Vec<(i64, String)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, substr(date, 1, 10) FROM documents
             WHERE outlet = ?1 COLLATE NOCASE AND substr(date, 1, 10) BETWEEN ?2 AND ?3
               AND id <> ?4 ORDER BY date, id LIMIT 64",
        )?;
        let rows = stmt.query_map(params![outlet, from, to, not], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A document's clean text.
    pub fn clean_text(&self, id: i64) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT clean FROM documents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Writes a copy link, replacing the copy's earlier one.
    pub fn put_copy(&self, c: &CopyRow) -> Result<(), StoreError> {
        let passages = serde_json::to_string(&c.passages).expect("numbers serialize");
        self.conn.execute(
            "INSERT OR REPLACE INTO copies (copy_id, original_id, containment, passages)
             VALUES (?1, ?2, ?3, ?4)",
            params![c.copy, c.original, c.containment, passages],
        )?;
        Ok(())
    }

    /// Recomputes size, dates, first document and title of these stories.
    pub fn summarize_stories(&self, ids: &[i64]) -> Result<(), StoreError> {
        self.conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS touched (id INTEGER PRIMARY KEY);
             DELETE FROM temp.touched;",
        )?;
        let mut add = self
            .conn
            .prepare("INSERT OR IGNORE INTO temp.touched (id) VALUES (?1)")?;
        for id in ids {
            add.execute([id])?;
        }
        self.conn
            .execute_batch(&summarize("id IN (SELECT id FROM temp.touched)"))?;
        Ok(())
    }
}
