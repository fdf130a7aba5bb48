//! Schema 7's full-text search: rows of documents stored before the
//! migration are found, rows of documents stored after are added by the
//! triggers, filters apply, and no query text is read as FTS5 syntax.

use dragoman_model::{Doc, Entity, EntityType, Quote, QuoteKind, Sourcing, Span};
use dragoman_store::{fts_query, NewDoc, SearchQuery, Store};

fn new_doc(n: usize, text: &str, speaker: &str, sourcing: Sourcing) -> NewDoc {
    let mut doc = Doc::from_text(format!("r{n}"), text);
    doc.meta.date = Some(format!("2026-03-0{n}").parse().unwrap());
    doc.meta.outlet = Some(
        if n.is_multiple_of(2) {
            "Even Wire"
        } else {
            "Odd Post"
        }
        .into(),
    );
    let end = text.find(".").unwrap();
    doc.quotes.push(Quote {
        content: vec![Span::new(0, end)],
        cue: vec![],
        source: vec![],
        speaker: Some(speaker.into()),
        kind: QuoteKind::Indirect,
        sourcing,
        via: vec![],
        date: None,
    });
    let at = text.find(speaker).unwrap_or(0);
    doc.entities.push(Entity {
        span: Span::new(at, at + speaker.len()),
        kind: EntityType::Per,
        subtype: None,
        canonical: Some(speaker.into()),
        role: None,
        country: None,
        actor: None,
    });
    NewDoc {
        hash: format!("h{n}"),
        source: "test".into(),
        record: None,
        raw: text.as_bytes().to_vec(),
        encoding: "UTF-8".into(),
        doc,
        removed: vec![],
        html_map: vec![],
    }
}

fn query(words: &str) -> SearchQuery {
    SearchQuery {
        words: words.into(),
        limit: 20,
        ..SearchQuery::default()
    }
}

fn two_reports() -> Store {
    let mut s = Store::in_memory().unwrap();
    s.insert(
        None,
        &new_doc(
            1,
            "Talks on grain resume in Vienna. Said by Mara Okafor.",
            "Mara Okafor",
            Sourcing::Named,
        ),
    )
    .unwrap();
    s.insert(
        None,
        &new_doc(
            2,
            "Grain ships may sail soon. Two officials said so.",
            "two officials",
            Sourcing::Anonymous,
        ),
    )
    .unwrap();
    s
}

#[test]
fn search_finds_reports_quotes_and_names_with_filters() {
    let s = two_reports();
    let hits = s.search(&query("grain")).unwrap();
    let kinds: Vec<(&str, i64)> = hits.iter().map(|h| (h.kind.as_str(), h.doc.id)).collect();
    assert!(
        kinds.contains(&("report", 1)) && kinds.contains(&("report", 2)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("quote", 1)) && kinds.contains(&("quote", 2)),
        "{kinds:?}"
    );
    assert!(hits[0].snippet.contains("\u{2}"), "{:?}", hits[0].snippet);
    let names = s
        .search(&SearchQuery {
            kind: Some("name".into()),
            ..query("okafor")
        })
        .unwrap();
    assert_eq!(names.len(), 1);
    assert_eq!(names[0].snippet, "Mara \u{2}Okafor\u{3}");
    let anon = s
        .search(&SearchQuery {
            sourcing: Some("anonymous".into()),
            kind: Some("quote".into()),
            ..query("grain")
        })
        .unwrap();
    assert_eq!(anon.iter().map(|h| h.doc.id).collect::<Vec<_>>(), [2]);
    let late = s
        .search(&SearchQuery {
            since: Some("2026-03-02".into()),
            ..query("grain")
        })
        .unwrap();
    assert!(late.iter().all(|h| h.doc.id == 2));
    let outlet = s
        .search(&SearchQuery {
            outlet: Some("Odd Post".into()),
            ..query("grain")
        })
        .unwrap();
    assert!(!outlet.is_empty() && outlet.iter().all(|h| h.doc.id == 1));
    let actor = s
        .search(&SearchQuery {
            actor: Some("Okafor".into()),
            ..query("grain")
        })
        .unwrap();
    assert!(!actor.is_empty() && actor.iter().all(|h| h.doc.id == 1));
    let paged = s
        .search(&SearchQuery {
            limit: 1,
            offset: 1,
            ..query("grain")
        })
        .unwrap();
    assert_eq!(paged.len(), 1);
}

#[test]
fn newest_first_and_best_first_find_the_same_rows() {
    let s = two_reports();
    let hits = s.search(&query("grain")).unwrap();
    let mut by_rank = s
        .search(&SearchQuery {
            relevance: true,
            ..query("grain")
        })
        .unwrap();
    let mut recent = hits.clone();
    by_rank.sort_by_key(|h| (h.doc.id, h.kind.clone()));
    recent.sort_by_key(|h| (h.doc.id, h.kind.clone()));
    assert_eq!(by_rank, recent, "both orders find the same rows");
    assert!(
        hits.windows(2).all(|w| w[0].doc.id >= w[1].doc.id),
        "newest first"
    );
}

#[test]
fn query_text_is_never_syntax() {
    assert_eq!(
        fts_query("grain \"ships\" NEAR(a b) x* -y"),
        Some("\"grain\" \"ships\" \"NEAR\" \"a\" \"b\" \"x\" \"y\"".into())
    );
    assert_eq!(fts_query("\" * ( )"), None);
    let s = Store::in_memory().unwrap();
    for q in ["\"", "NEAR(", "a OR", "*", "AND NOT", "col:x", "^x"] {
        s.search(&query(q)).unwrap();
    }
}

#[test]
fn documents_stored_before_schema_7_are_searchable_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v4.db");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/schema-v4.db"),
        &path,
    )
    .unwrap();
    let s = Store::open(&path).unwrap();
    let docs = s.docs(100, 0).unwrap();
    let (_, doc) = s.doc(docs[0].id).unwrap().unwrap();
    let word: String = doc
        .text
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.len() > 6)
        .unwrap()
        .into();
    let hits = s
        .search(&SearchQuery {
            kind: Some("report".into()),
            ..query(&word)
        })
        .unwrap();
    assert!(
        hits.iter().any(|h| h.doc.id == docs[0].id),
        "{word}: {hits:?}"
    );
    if let Some(q) = doc.quotes.first() {
        let text = &doc.text[q.content[0].start as usize..q.content[0].end as usize];
        let w: String = text
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| w.len() > 3)
            .unwrap()
            .into();
        let quotes = s
            .search(&SearchQuery {
                kind: Some("quote".into()),
                ..query(&w)
            })
            .unwrap();
        assert!(quotes.iter().any(|h| h.doc.id == docs[0].id), "{w}");
    }
}
