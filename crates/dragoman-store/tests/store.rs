//! The store: idempotent inserts, whole documents read back, the log, and schema versions.

use dragoman_model::{Doc, Meta, Quote, QuoteKind, Sourcing, Span, Timex, TimexType};
use dragoman_store::{
    CopyRow, Incoming, Inserted, LogStatus, NewDoc, Received, Store, StoreError, StoryMember,
};

fn new_doc(text: &str) -> NewDoc {
    let mut doc = Doc::from_text("r1", text);
    doc.meta.date = Some("2025-11-19".parse().unwrap());
    doc.timexes.push(Timex {
        span: Span::new(0, 6),
        kind: TimexType::Date,
        value: "2025-11-17".into(),
    });
    doc.quotes.push(Quote {
        content: vec![Span::new(8, 15)],
        cue: vec![],
        source: vec![],
        speaker: Some("Anton Varga".into()),
        kind: QuoteKind::Direct,
        sourcing: Sourcing::Named,
        via: vec![],
        date: None,
    });
    NewDoc {
        hash: format!("hash-of-{text}"),
        source: "test".into(),
        record: None,
        raw: text.as_bytes().to_vec(),
        encoding: "UTF-8".into(),
        doc,
        removed: vec![(0..2, "doubled".into())],
        html_map: vec![],
    }
}

#[test]
fn the_same_content_twice_is_one_document() {
    let mut s = Store::in_memory().unwrap();
    let run = s.begin_run().unwrap();
    assert_eq!(
        s.insert(Some(run), &new_doc("Monday: “Yes.”")).unwrap(),
        Inserted::New(1)
    );
    assert_eq!(
        s.insert(Some(run), &new_doc("Monday: “Yes.”")).unwrap(),
        Inserted::Duplicate(1)
    );
    s.log_rejected(Some(run), "bad.txt", None, "empty input")
        .unwrap();
    s.finish_run(run, 1, 1, 1).unwrap();
    assert_eq!(s.doc_count().unwrap(), 1);
    let log: Vec<LogStatus> = s.log(true).unwrap().into_iter().map(|e| e.status).collect();
    assert_eq!(
        log,
        [LogStatus::New, LogStatus::Duplicate, LogStatus::Rejected]
    );
}

#[test]
fn a_document_reads_back_whole() {
    let mut s = Store::in_memory().unwrap();
    let n = new_doc("Monday: “Yes.”");
    s.insert(None, &n).unwrap();
    let (row, doc) = s.doc(1).unwrap().unwrap();
    assert_eq!(row.date.as_deref(), Some("2025-11-19"));
    assert_eq!(doc.text, n.doc.text);
    assert_eq!(doc.timexes, n.doc.timexes);
    assert_eq!(doc.quotes, n.doc.quotes);
    assert_eq!(doc.alignment, n.doc.alignment);
    assert_eq!(s.raw(1).unwrap().unwrap(), n.raw);
    assert_eq!(s.removals(1).unwrap(), vec![(0..2, "doubled".to_string())]);
    let quotes = s.quotes(Some("varga"), None, 10).unwrap();
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].quote.content[0].of(&quotes[0].text), "“Yes.");
    assert!(s.quotes(Some("nobody"), None, 10).unwrap().is_empty());
}

/// Coordinated parties of an event, and a plan's mentions, status and date,
/// come back as stored.
#[test]
fn coordinated_parties_and_a_plans_fate_read_back() {
    use dragoman_model::{Event, EventStatus, Participant, Proposal};
    let text = "Chile and Peru signed the plan.";
    let mut n = new_doc(text);
    let party = |name: &str, at: usize, country: &str| Participant {
        span: Some(Span::new(at, at + name.len())),
        name: name.into(),
        country: Some(country.into()),
        sector: None,
    };
    n.doc.events.push(Event {
        kind: "SUPPORT".into(),
        mode: None,
        cameo: Some("057".into()),
        actor: Some(party("Chile", 0, "CHL")),
        recipient: None,
        actors: vec![party("Chile", 0, "CHL"), party("Peru", 10, "PER")],
        recipients: vec![],
        date: None,
        place: None,
        trigger: Span::new(15, 21),
        evidence: Span::new(0, text.len()),
        status: EventStatus::Occurred,
        quote: None,
    });
    n.doc.proposals.push(Proposal {
        name: "the plan".into(),
        span: Span::new(22, 30),
        proposer: None,
        points: None,
        sections: vec![],
        mentions: vec![Span::new(22, 30), Span::new(22, 30)],
        status: Some("accepted".into()),
        date: Some("2026-03-02".into()),
    });
    let mut s = Store::in_memory().unwrap();
    s.insert(None, &n).unwrap();
    let (_, doc) = s.doc(1).unwrap().unwrap();
    assert_eq!(doc.events, n.doc.events);
    assert_eq!(doc.proposals, n.doc.proposals);
}

#[test]
fn a_database_file_reopens_and_a_newer_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    {
        let mut s = Store::open(&path).unwrap();
        s.insert(None, &new_doc("kept")).unwrap();
        assert_eq!(s.schema_version().unwrap(), dragoman_store::SCHEMA_VERSION);
    }
    let s = Store::open(&path).unwrap();
    assert_eq!(s.doc_count().unwrap(), 1);
    drop(s);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::TooNew {
            found: 99,
            supported: dragoman_store::SCHEMA_VERSION
        })
    ));
}

/// A copy of `tests/data/schema-v1.db` (written with schema version 1: one
/// document, one timex) in a temporary folder, kept alive by the first value.
fn schema_v1_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/schema-v1.db"),
        &path,
    )
    .unwrap();
    (dir, path)
}

#[test]
fn a_schema_v1_database_opens_and_migrates() {
    let (_dir, path) = schema_v1_copy();
    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), dragoman_store::SCHEMA_VERSION);
    let (row, doc) = s.doc(1).unwrap().unwrap();
    assert_eq!(row.outlet.as_deref(), Some("NWS"));
    assert_eq!(doc.raw, doc.text);
    assert_eq!(doc.timexes[0].span.of(&doc.text), "Tuesday");
}

#[test]
fn a_read_command_never_creates_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("typo.db");
    let err = Store::open_existing(&typo).unwrap_err();
    assert!(matches!(err, StoreError::Missing { .. }), "{err}");
    assert!(err.to_string().contains("dragoman ingest --db"), "{err}");
    assert!(!typo.exists(), "the typo must not become an empty database");
}

#[test]
fn a_read_command_opens_and_upgrades_an_existing_database() {
    let (_dir, path) = schema_v1_copy();
    let s = Store::open_existing(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), dragoman_store::SCHEMA_VERSION);
    assert_eq!(s.doc_count().unwrap(), 1);
}

#[test]
fn a_batch_keeps_every_report_received_with_its_own_id() {
    let mut s = Store::in_memory().unwrap();
    let run = s.begin_run().unwrap();
    let first = new_doc("Envoys met in Geneva.");
    let hash = first.hash.clone();
    let again = |id: &str, title: &str| Incoming::Known {
        hash: hash.clone(),
        received: Received {
            source: "feed.jsonl".into(),
            record: Some(format!("line {id}")),
            report_id: id.into(),
            meta: Meta {
                title: Some(title.into()),
                ..Meta::default()
            },
        },
    };
    let batch = [
        Incoming::Doc(Box::new(first)),
        again("b-2", "Second outlet's headline"),
        Incoming::Rejected {
            source: "feed.jsonl".into(),
            record: Some("line 3".into()),
            reason: "malformed JSON line".into(),
        },
    ];
    let out = s.write_batch(Some(run), &batch).unwrap();
    assert_eq!(
        out,
        [Some(Inserted::New(1)), Some(Inserted::Duplicate(1)), None]
    );
    assert_eq!(s.doc_count().unwrap(), 1);
    let log = s.log(true).unwrap();
    assert_eq!(log[1].report_id.as_deref(), Some("b-2"));
    assert!(log[1]
        .meta
        .as_deref()
        .unwrap()
        .contains("Second outlet's headline"));
    assert_eq!(log[1].doc_id, Some(1));
    let unknown = [again("c-3", "nothing stored")];
    let mut other = Store::in_memory().unwrap();
    assert!(matches!(
        other.write_batch(None, &unknown),
        Err(StoreError::UnknownHash(_))
    ));
    assert_eq!(
        other.log(false).unwrap().len(),
        0,
        "the failed batch left nothing"
    );
}

#[test]
fn sql_views_give_typed_columns_the_text_and_character_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    Store::open(&path)
        .unwrap()
        .insert(None, &new_doc("Monday: “Yes.”"))
        .unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let timex: (String, i64, i64, String) = conn
        .query_row(
            "SELECT text, char_start, char_end, value FROM timexes",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(timex, ("Monday".into(), 0, 6, "2025-11-17".into()));
    // The quote's bytes are 8..15 (the opening mark takes three); its characters 8..13,
    // which is what SQLite's substr counts.
    let quote: (String, i64, i64, i64, String, String, String, String) = conn
        .query_row(
            "SELECT q.content, q.start, q.char_start, q.char_end, q.speaker, q.sourcing, q.kind,
                    substr(d.clean, q.char_start + 1, q.char_end - q.char_start)
             FROM quotes q JOIN documents d ON d.id = q.doc_id",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            },
        )
        .unwrap();
    assert_eq!(
        quote,
        (
            "“Yes.".into(),
            8,
            8,
            13,
            "Anton Varga".into(),
            "named".into(),
            "direct".into(),
            "“Yes.".into()
        )
    );
    for view in ["entities", "events", "proposals", "actors", "reports"] {
        conn.query_row(&format!("SELECT count(*) FROM {view}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap_or_else(|e| panic!("{view}: {e}"));
    }
}

#[test]
fn regression_processes_opening_a_new_database_at_once_migrate_it_once() {
    // Two ingests into a new file both saw version 0 and both created the
    // tables ("table documents already exists"). Eight openers at once, each
    // on its own connection, now all succeed.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.db");
    let start = std::sync::Arc::new(std::sync::Barrier::new(8));
    let openers: Vec<_> = (0..8)
        .map(|_| {
            let (path, start) = (path.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                Store::open(&path).map(|_| ())
            })
        })
        .collect();
    for o in openers {
        o.join()
            .unwrap()
            .expect("every opener gets a migrated store");
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        dragoman_store::SCHEMA_VERSION
    );
}

#[test]
fn regression_two_writers_on_one_database_wait_for_each_other() {
    // A deferred transaction read a hash, then failed at once with
    // "database is locked" when the other writer had committed meanwhile.
    // Two writers storing the same contents now both finish, and each
    // content is stored once.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.db");
    drop(Store::open(&path).unwrap());
    let start = std::sync::Arc::new(std::sync::Barrier::new(2));
    let writers: Vec<_> = (0..2)
        .map(|_| {
            let (path, start) = (path.clone(), start.clone());
            std::thread::spawn(move || -> Result<(), StoreError> {
                let mut store = Store::open(&path)?;
                start.wait();
                for i in 0..150 {
                    store.insert(None, &new_doc(&format!("Report {i} of the talks.")))?;
                }
                Ok(())
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap().expect("both writers finish");
    }
    assert_eq!(Store::open(&path).unwrap().doc_count().unwrap(), 150);
}

#[test]
fn raw_bytes_are_stored_as_edits_of_the_clean_text_and_come_back_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("raw.db");
    let mut s = Store::open(&path).unwrap();
    // A long report whose raw bytes are its clean text: a few bytes stored.
    let long = "The envoys met again on Thursday and agreed on nothing. ".repeat(200);
    s.insert(None, &new_doc(&long)).unwrap();
    // Bytes in another encoding: the identity alignment of the decoded text
    // does not index them, and they still come back byte for byte.
    let mut latin = new_doc("café talks");
    latin.raw = b"caf\xe9 talks".to_vec();
    latin.encoding = "windows-1252".into();
    latin.hash = "latin".into();
    s.insert(None, &latin).unwrap();
    assert_eq!(s.raw(1).unwrap().unwrap(), long.as_bytes());
    assert_eq!(s.raw(2).unwrap().unwrap(), b"caf\xe9 talks");
    assert_eq!(s.doc(2).unwrap().unwrap().1.raw, "café talks");
    drop(s);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let (stored, codec): (i64, String) = conn
        .query_row(
            "SELECT length(raw), raw_codec FROM documents WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(codec, "edits+deflate");
    assert!(
        stored < 32,
        "{stored} bytes stored for {} of raw input",
        long.len()
    );
}

/// A report of about 4.7 kB annotated as densely as news is (PolNeAR train
/// averages 62 entities, 12 time expressions, 16 quotes and 17 events in
/// 4.6 kB; this one has 64, 12, 17 and 16): sentences of our own, with
/// varying names so nothing repeats exactly.
fn dense_report(k: usize) -> NewDoc {
    use dragoman_model::{Entity, EntityType, Event, EventStatus, Participant};
    let sentence = |i: usize| {
        format!(
            "Minister Ada Quill{k}x{i} told envoys in Varnholm on Tuesday that talks on the \
             northern corridor would resume \u{201c}within days{i}\u{201d}, her aides told us. "
        )
    };
    let text: String = (0..32).map(sentence).collect();
    let mut n = new_doc(&text);
    n.hash = format!("dense-{k}");
    let starts: Vec<usize> = text.match_indices("Minister").map(|(i, _)| i).collect();
    for (i, &s) in starts.iter().enumerate() {
        let name = Span::new(s + 9, s + 20);
        for j in 0..2 {
            let mut e = Entity::new(Span::new(s + 9 * j, s + 20), EntityType::Per);
            e.canonical = Some(format!("Ada Quill{k}x{i}").into());
            e.country = Some("NRL".into());
            e.actor = (j == 0).then(|| format!("ada-quill-{i}").into());
            n.doc.entities.push(e);
        }
        if i % 3 == 0 {
            n.doc.timexes.push(Timex {
                span: Span::new(s + 52, s + 59),
                kind: TimexType::Date,
                value: "2026-03-03".into(),
            });
        }
        if i % 2 == 1 {
            continue;
        }
        n.doc.quotes.push(Quote {
            content: vec![Span::new(s + 60, s + 110)],
            cue: vec![Span::new(s + 21, s + 25)],
            source: vec![name],
            speaker: Some(format!("Ada Quill{k}x{i}")),
            kind: QuoteKind::Indirect,
            sourcing: Sourcing::Named,
            via: vec![],
            date: Some("2026-03-03".into()),
        });
        n.doc.events.push(Event {
            kind: "CONSULT".into(),
            mode: None,
            cameo: Some("043".into()),
            actor: Some(Participant {
                span: Some(name),
                name: format!("Ada Quill{k}x{i}"),
                country: Some("NRL".into()),
                sector: Some("GOV".into()),
            }),
            recipient: None,
            actors: vec![],
            recipients: vec![],
            date: Some("2026-03-03".into()),
            place: Some("Varnholm".into()),
            trigger: Span::new(s + 21, s + 25),
            evidence: Span::new(s, s + 130),
            status: EventStatus::Occurred,
            quote: Some(n.doc.quotes.len() - 1),
        });
    }
    n
}

#[test]
fn regression_the_database_stays_within_three_times_its_input() {
    // Schema 4 kept each annotation as a JSON row with two indexes: 8.9
    // times the input on PolNeAR train.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("size.db");
    let mut s = Store::open(&path).unwrap();
    let mut input = 0;
    for k in 0..150 {
        let n = dense_report(k);
        input += n.raw.len();
        s.insert(None, &n).unwrap();
    }
    drop(s);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")
        .unwrap();
    let size = std::fs::metadata(&path).unwrap().len() as usize;
    assert!(input > 500_000, "{input}");
    // Schema 7's full-text index is counted apart: it holds no copy of the
    // reports (external content), only the index and the short quote and
    // name texts.
    let search: usize = conn
        .query_row(
            "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'search%'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap() as usize;
    let ratio = (size - search) as f64 / input as f64;
    assert!(
        ratio < 3.0,
        "{} bytes stored for {input} of input: {ratio:.2}x",
        size - search
    );
    let index = search as f64 / input as f64;
    assert!(index < 1.2, "the search index is {index:.2}x the input");
}

#[test]
fn damaged_stored_values_are_reported_as_the_database_s_fault() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("damaged.db");
    let mut s = Store::open(&path).unwrap();
    s.insert(None, &new_doc("Monday: “Yes.”")).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE layer_quote SET kind = 'shouted'", [])
        .unwrap();
    let undecodable = |e: StoreError| match e {
        StoreError::Undecodable { doc, what, .. } => (doc, what),
        other => panic!("{other}"),
    };
    assert_eq!(undecodable(s.doc(1).unwrap_err()), (1, "annotation"));
    assert_eq!(
        undecodable(s.quotes(None, None, 5).unwrap_err()),
        (1, "quote")
    );
    conn.execute("UPDATE documents SET raw = x'ff00ff00'", [])
        .unwrap();
    assert_eq!(undecodable(s.raw(1).unwrap_err()), (1, "raw bytes"));
}

#[test]
fn stories_are_replaced_whole_and_listed_with_their_copies() {
    let mut store = Store::in_memory().unwrap();
    let texts = [
        (
            "Talks in Geneva resumed on the draft treaty.",
            "2025-11-18",
            "Wire",
        ),
        (
            "Talks in Geneva resumed on the draft treaty, officials said.",
            "2025-11-19",
            "Paper",
        ),
        (
            "Floods forced thousands from their homes.",
            "2025-11-20",
            "Paper",
        ),
    ];
    let mut ids = Vec::new();
    for (k, (text, date, outlet)) in texts.iter().enumerate() {
        let mut new = new_doc(text);
        new.hash = format!("h{k}");
        new.doc.meta.date = Some(date.parse().unwrap());
        new.doc.meta.outlet = Some(outlet.to_string());
        match store.insert(None, &new).unwrap() {
            Inserted::New(id) => ids.push(id),
            other => panic!("{other:?}"),
        }
    }
    let copy = CopyRow {
        copy: ids[1],
        original: ids[0],
        containment: 0.9,
        passages: vec![[0, 44, 0, 44]],
    };
    let member = |doc, story| StoryMember {
        doc,
        story,
        date: None,
    };
    let members = [member(ids[0], 1), member(ids[1], 1), member(ids[2], 2)];
    store.replace_stories(&members, &[copy]).unwrap();
    let listed = store.stories(10).unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!((listed[0].size, listed[0].copies), (2, 1));
    assert_eq!(listed[0].first_doc, Some(ids[0]));
    assert_eq!(listed[0].outlets, ["Paper", "Wire"]);
    assert_eq!(listed[0].first_date.as_deref(), Some("2025-11-18"));
    assert_eq!(listed[0].last_date.as_deref(), Some("2025-11-19"));
    let (summary, reports) = store.story(listed[0].id).unwrap().unwrap();
    assert_eq!(summary, listed[0]);
    assert_eq!(
        reports.iter().map(|r| r.doc).collect::<Vec<_>>(),
        [ids[0], ids[1]]
    );
    assert_eq!(reports[1].copy_of, Some((ids[0], 0.9)));
    assert!(store.story(99).unwrap().is_none());
    let dated = StoryMember {
        doc: ids[2],
        story: 7,
        date: Some("2025-10-01".into()),
    };
    store.replace_stories(&[dated], &[]).unwrap();
    assert_eq!(
        store.stories(1).unwrap()[0].first_date.as_deref(),
        Some("2025-10-01")
    );
    assert_eq!(store.story_members().unwrap(), [(ids[2], 7)]);
    assert_eq!(store.stories(10).unwrap().len(), 1);
}
