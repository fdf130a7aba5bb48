//! `read_bytes` reads a file's bytes as `read_sources` reads the file: the
//! same reports, records and rejections (the Spark job's entry point).

use dragoman_ingest::{read_bytes, read_sources, Limits};
use std::fs;

fn outline(
    items: impl Iterator<Item = Result<dragoman_ingest::Report, dragoman_ingest::IngestError>>,
) -> Vec<String> {
    items
        .map(|i| match i {
            Ok(r) => format!("{} {:?} {} {}", r.source, r.record, r.id, r.hash()),
            Err(e) => e.to_string(),
        })
        .collect()
}

#[test]
fn bytes_read_as_the_file_they_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let lines = "{\"id\": \"a\", \"text\": \"Envoys of Chile met in Lima on Monday.\"}\n\
                 {\"id\": \"b\", \"text\": \"cut\n\
                 \n\
                 {\"id\": \"c\", \"date\": \"2026-03-02\", \"html\": \"<p>Talks in Oslo ended.</p>\"}\n";
    let path = dir.path().join("in.jsonl");
    fs::write(&path, lines).unwrap();
    let source = path.display().to_string();
    let from_file = outline(read_sources(vec![path], Limits::default()));
    let from_bytes = outline(read_bytes(
        &source,
        lines.as_bytes().to_vec(),
        Limits::default(),
    ));
    assert_eq!(from_bytes, from_file);
    assert_eq!(from_bytes.len(), 3);
    assert!(from_bytes[1].contains("line 2"), "{}", from_bytes[1]);
}

#[test]
fn a_file_over_the_limit_is_refused_unless_json_lines() {
    let limits = Limits {
        max_bytes: 8,
        encoding: None,
    };
    let text = b"Envoys of Chile met in Lima.".to_vec();
    let got = outline(read_bytes("a.txt", text, limits.clone()));
    assert_eq!(got.len(), 1);
    assert!(
        got[0].contains("a.txt") && got[0].contains("8"),
        "{}",
        got[0]
    );
    let line = b"{\"id\": 1, \"text\": \"Lima.\"}\n".to_vec();
    let got = outline(read_bytes("a.jsonl", line, limits));
    assert!(got[0].contains("line 1"), "{}", got[0]);
}
