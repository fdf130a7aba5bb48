//! A batch mixing good files with every kind of bad input: the good ones are
//! read, each bad one is named with its reason, and the stream goes on.

use dragoman_ingest::{read_sources, Limits, Payload, Reason};
use std::fs;

#[test]
fn good_and_bad_inputs_in_one_batch() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n);
    fs::write(p("a_good.txt"), "Envoys met in Vienna on Tuesday.\n").unwrap();
    fs::write(p("b_empty.txt"), "  \n").unwrap();
    fs::write(p("c_latin1.txt"), b"Caf\xe9 talks resumed.").unwrap();
    fs::write(p("d_binary.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    fs::write(p("e_big.txt"), "x".repeat(2000)).unwrap();
    fs::write(
        p("f_lines.jsonl"),
        "{\"id\": \"r1\", \"text\": \"Talks went on.\", \"date\": \"2025-11-19\"}\n{broken\n{\"id\": \"r3\"}\n{\"id\": \"r4\", \"html\": \"<p>Hi</p>\"}\n",
    )
    .unwrap();
    fs::create_dir(p("g_sub")).unwrap();
    fs::write(p("g_sub/h_good.txt"), "A second report.").unwrap();
    let mut paths = vec![dir.path().to_path_buf()];
    paths.push(p("missing.txt"));

    let out: Vec<_> = read_sources(
        paths,
        Limits {
            max_bytes: 1000,
            encoding: None,
        },
    )
    .collect();
    let summary: Vec<String> = out
        .iter()
        .map(|r| match r {
            Ok(rep) => format!(
                "ok {} {}",
                rep.id,
                matches!(rep.payload, Payload::Html { .. })
            ),
            Err(e) => format!(
                "err {} {:?} {}",
                e.source.rsplit('/').next().unwrap(),
                e.record,
                e.reason
            ),
        })
        .collect();
    assert_eq!(
        summary,
        [
            "ok a_good.txt false",
            "err b_empty.txt None empty input",
            "err c_latin1.txt None invalid UTF-8 at byte 3 (declare the encoding with --encoding if it is not UTF-8)",
            "err d_binary.txt None binary data, not text (NUL byte at 8)",
            "err e_big.txt None 2000 bytes is over the limit of 1000 bytes (see --max-bytes)",
            "ok r1 false",
            "err f_lines.jsonl Some(\"line 2\") malformed JSON line: not JSON: key must be a string at line 1 column 2",
            "err f_lines.jsonl Some(\"line 3\") malformed JSON line: none of `text`, `html`, `tokens`",
            "ok r4 true",
            "ok h_good.txt false",
            "err missing.txt None cannot read: No such file or directory (os error 2)",
        ]
    );
}

#[test]
fn a_declared_encoding_decodes_or_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("latin1.txt");
    fs::write(&f, b"Caf\xe9 talks resumed.").unwrap();
    let ok: Vec<_> = read_sources(
        vec![f.clone()],
        Limits {
            encoding: Some("latin1".into()),
            ..Limits::default()
        },
    )
    .collect();
    assert!(
        matches!(&ok[0].as_ref().unwrap().payload, Payload::Text(t) if t == "Café talks resumed.")
    );
    let bad: Vec<_> = read_sources(
        vec![f],
        Limits {
            encoding: Some("utf-8".into()),
            ..Limits::default()
        },
    )
    .collect();
    assert!(matches!(
        &bad[0].as_ref().unwrap_err().reason,
        Reason::WrongEncoding { offset: 3, .. }
    ));
}

#[test]
fn feeds_give_one_report_per_item() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("wire.rss");
    fs::write(
        &f,
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>Envoys meet</title><link>https://example.org/1</link><pubDate>Wed, 04 Mar 2026 10:00:00 +0000</pubDate>
        <description>&lt;p&gt;Envoys met in Geneva.&lt;/p&gt;</description></item>
        <item><title>Empty</title></item></channel></rss>"#,
    )
    .unwrap();
    let out: Vec<_> = read_sources(vec![f], Limits::default()).collect();
    assert_eq!(out.len(), 2);
    let first = out[0].as_ref().unwrap();
    assert_eq!(first.id, "https://example.org/1");
    // The outlet is the channel that publishes the item, not the link's host.
    assert_eq!(first.meta.outlet.as_deref(), Some("Wire"));
    assert_eq!(
        first.meta.date.map(|d| d.to_string()).as_deref(),
        Some("2026-03-04")
    );
    assert!(
        matches!(&first.payload, Payload::Html { bytes, .. } if bytes == b"<p>Envoys met in Geneva.</p>")
    );
    let second = out[1].as_ref().unwrap_err();
    assert_eq!(
        (second.record.as_deref(), &second.reason),
        (Some("item 2"), &Reason::Empty)
    );
}

#[test]
fn an_empty_or_truncated_feed_is_named_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.rss");
    fs::write(&empty, "<rss><channel><title>Wire</title></channel></rss>").unwrap();
    let cut = dir.path().join("cut.rss");
    fs::write(
        &cut,
        "<rss><channel><title>Wire</title><item><title>One</title><description>Text.</description></item>",
    )
    .unwrap();
    let out: Vec<_> = read_sources(vec![empty, cut], Limits::default()).collect();
    let reasons: Vec<String> = out
        .iter()
        .map(|r| r.as_ref().unwrap_err().to_string())
        .collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(
        reasons[0].ends_with("empty.rss: the feed has no items"),
        "{}",
        reasons[0]
    );
    assert!(
        reasons[1].contains("cut.rss") && reasons[1].contains("truncated"),
        "{}",
        reasons[1]
    );
}
