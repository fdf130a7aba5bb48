//! Schema 4 to 5: the JSON annotation rows of an old database become typed
//! rows, and every document reads back as it was written.
//!
//! `tests/data/schema-v4.db` was written by the schema-4 ingest from the demo
//! reports and one report of our own (every layer, outer attributions,
//! events told inside quotes, removals).

use dragoman_model::{Doc, Entity, Event, LayerItem, Proposal, Quote, Timex};
use dragoman_store::Store;
use rusqlite::Connection;

/// A copy of the fixture in a temporary folder, kept alive by the first value.
fn v4_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v4.db");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/schema-v4.db");
    std::fs::copy(fixture, &path).unwrap();
    (dir, path)
}

/// What schema 4 holds for a document: its layers from the JSON rows, raw
/// bytes and removals, read with plain SQL before any migration.
struct Before {
    doc: Doc,
    raw: Vec<u8>,
    removed: Vec<(std::ops::Range<usize>, String)>,
}

fn layer<L: LayerItem>(conn: &Connection, id: i64) -> Vec<L> {
    let mut stmt = conn
        .prepare("SELECT data FROM annotations WHERE doc_id = ?1 AND layer = ?2 ORDER BY id")
        .unwrap();
    let rows = stmt.query_map(rusqlite::params![id, L::NAME], |r| r.get::<_, String>(0));
    rows.unwrap()
        .map(|d| serde_json::from_str(&d.unwrap()).unwrap())
        .collect()
}

fn before(conn: &Connection, id: i64) -> Before {
    let doc = Doc {
        entities: layer::<Entity>(conn, id),
        timexes: layer::<Timex>(conn, id),
        quotes: layer::<Quote>(conn, id),
        events: layer::<Event>(conn, id),
        proposals: layer::<Proposal>(conn, id),
        ..Doc::default()
    };
    let raw = conn
        .query_row("SELECT raw FROM documents WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .unwrap();
    let mut stmt = conn
        .prepare("SELECT start, end, label FROM annotations WHERE doc_id = ?1 AND layer = 'removal' ORDER BY start")
        .unwrap();
    let removed = stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)? as usize..r.get::<_, i64>(1)? as usize,
                r.get(2)?,
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    Before { doc, raw, removed }
}

#[test]
fn a_schema_v4_database_keeps_every_annotation_through_the_migration() {
    let (_dir, path) = v4_copy();
    let conn = Connection::open(&path).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 4, "the fixture is a schema-4 database");
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM documents ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let old: Vec<Before> = ids.iter().map(|&id| before(&conn, id)).collect();
    drop(conn);
    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), dragoman_store::SCHEMA_VERSION);
    let (mut items, mut removals) = (0, 0);
    for (&id, b) in ids.iter().zip(&old) {
        let (_, doc) = s.doc(id).unwrap().unwrap();
        assert_eq!(doc.entities, b.doc.entities, "doc {id}");
        assert_eq!(doc.timexes, b.doc.timexes, "doc {id}");
        assert_eq!(doc.quotes, b.doc.quotes, "doc {id}");
        assert_eq!(doc.events, b.doc.events, "doc {id}");
        assert_eq!(doc.proposals, b.doc.proposals, "doc {id}");
        assert_eq!(s.raw(id).unwrap().unwrap(), b.raw, "doc {id}");
        assert_eq!(s.removals(id).unwrap(), b.removed, "doc {id}");
        items += doc.entities.len() + doc.quotes.len() + doc.events.len() + doc.proposals.len();
        removals += b.removed.len();
    }
    assert!(
        items > 50 && removals > 0,
        "the fixture exercises the layers"
    );
    let via = old
        .iter()
        .flat_map(|b| &b.doc.quotes)
        .filter(|q| !q.via.is_empty());
    assert!(via.count() > 0, "the fixture has outer attributions");
}

#[test]
fn the_views_read_the_migrated_rows() {
    let (_dir, path) = v4_copy();
    drop(Store::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        count("SELECT count(*) FROM annotations WHERE layer = 'removal'"),
        6
    );
    // The documents were re-encoded as schema 5 writes them.
    let text_alignments = "SELECT count(*) FROM documents WHERE typeof(alignment) = 'text'";
    assert_eq!(count(text_alignments), 0);
    assert_eq!(
        count("SELECT count(*) FROM documents WHERE raw_codec IS NULL"),
        0
    );
    assert_eq!(
        count("SELECT count(*) FROM quotes WHERE via IS NOT NULL AND cue IS NOT NULL"),
        2
    );
    assert_eq!(count("SELECT count(*) FROM events WHERE quote IS NOT NULL AND evidence LIKE '%' || trigger || '%'"),
               count("SELECT count(*) FROM events WHERE quote IS NOT NULL"));
    assert_eq!(
        count("SELECT count(*) FROM proposals WHERE points = 7 AND text LIKE '%7-point%'"),
        1
    );
    assert_eq!(
        count("SELECT sections FROM proposals WHERE text = 'the draft'"),
        3
    );
}
