//! Schema 8: a schema-6 database (stories made by the batch `restory`, no
//! search index, no saved story index) migrates and keeps its stories; the
//! incremental writes (a member, a copy link replaced, the saved index) read
//! back, and a failed update under the write lock leaves nothing behind.

use dragoman_store::{CopyRow, Store, StoryFilter, StoryMember};

fn schema_6(path: &std::path::Path) {
    let store = Store::open(path).unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "DROP TABLE story_index;
         DROP TRIGGER search_report_insert; DROP TRIGGER search_report_delete;
         DROP TRIGGER search_quote_insert; DROP TRIGGER search_name_insert;
         DROP TABLE search_report; DROP TABLE search_quote; DROP TABLE search_name;
         PRAGMA user_version = 6;
         INSERT INTO documents (id, hash, source, raw, encoding, clean, alignment, ingested_at, date, outlet)
         VALUES (1, 'h1', 't', x'', 'utf-8', 'Talks in Geneva.', x'', '2026-03-04', '2026-03-04', 'NWS'),
                (2, 'h2', 't', x'', 'utf-8', 'Talks in Geneva again.', x'', '2026-03-05', '2026-03-05', 'Ledger');
         INSERT INTO stories (id, size) VALUES (1, 2);
         INSERT INTO story_members (doc_id, story_id, date) VALUES (1, 1, '2026-03-04'), (2, 1, '2026-03-05');",
    )
    .unwrap();
}

#[test]
fn a_schema_6_database_migrates_and_keeps_its_stories() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v6.db");
    schema_6(&path);
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        dragoman_store::SCHEMA_VERSION
    );
    assert_eq!(store.story_members().unwrap(), [(1, 1), (2, 1)]);
    assert!(
        store.story_index().unwrap().is_none(),
        "the story_index table exists (schema 8) and holds no index yet"
    );
    assert_eq!(store.story_of(2).unwrap(), Some(1));
}

#[test]
fn incremental_writes_read_back_and_a_failed_update_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v6.db");
    schema_6(&path);
    let store = Store::open(&path).unwrap();
    store
        .write_locked(|s| -> Result<(), dragoman_store::StoreError> {
            s.clear_stories()?;
            for doc in [1, 2] {
                s.add_story_member(&StoryMember {
                    doc,
                    story: 3,
                    date: Some(format!("2026-03-0{}", doc + 3)),
                })?;
            }
            let mut copy = CopyRow {
                copy: 2,
                original: 1,
                containment: 0.5,
                passages: vec![[0, 5, 0, 5]],
            };
            s.put_copy(&copy)?;
            copy.containment = 0.75;
            s.put_copy(&copy)?;
            s.summarize_stories(&[3])?;
            s.save_story_index(2, b"state")
        })
        .unwrap();
    assert_eq!(store.story_index().unwrap(), Some((2, b"state".to_vec())));
    let (summary, members) = store.story(3).unwrap().unwrap();
    assert_eq!((summary.size, summary.copies), (2, 1));
    assert_eq!(summary.first_date.as_deref(), Some("2026-03-04"));
    assert_eq!(members[1].copy_of, Some((1, 0.75)));
    let peers = store.story_peers(3, 9, 1).unwrap();
    assert_eq!(
        peers.iter().map(|p| (p.doc, p.copy_of)).collect::<Vec<_>>(),
        [(1, None), (2, Some(1))],
        "the latest member, and the original it copies"
    );
    assert_eq!(store.outlets().unwrap(), ["Ledger", "NWS"]);
    assert_eq!(
        store
            .outlet_docs("nws", "2026-03-01", "2026-03-05", 2)
            .unwrap(),
        [(1, "2026-03-04".to_string())]
    );
    let since = |d: &str| StoryFilter {
        limit: 10,
        since: Some(d.into()),
        ..StoryFilter::default()
    };
    assert_eq!(store.stories_where(&since("2026-03-05")).unwrap().len(), 1);
    assert!(store
        .stories_where(&since("2026-03-06"))
        .unwrap()
        .is_empty());
    let failed: Result<(), dragoman_store::StoreError> = store.write_locked(|s| {
        s.clear_stories()?;
        Err(dragoman_store::StoreError::Damaged("stop".into()))
    });
    assert!(failed.is_err());
    assert_eq!(store.story_members().unwrap().len(), 2, "rolled back");
}
