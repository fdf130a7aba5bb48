//! Reader tests on WARC files built here from small records, and on the shared dev WARC.

use std::io::Write;

use dragoman_warc::{Limits, Reader, Record, Skipped, WarcError};
use flate2::write::GzEncoder;
use flate2::Compression;
use proptest::prelude::*;

/// One WARC record with the given type, target and block.
fn record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-11-19T10:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http(content_type: &str, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn page(n: usize) -> Vec<u8> {
    record(
        "response",
        &format!("https://example.org/{n}"),
        &http(
            "text/html; charset=UTF-8",
            &format!("<html><p>Page {n}.</p></html>"),
        ),
    )
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

/// Per-record gzip: each record its own member; returns the file and each member's offset.
fn gzip_members(records: &[Vec<u8>]) -> (Vec<u8>, Vec<u64>) {
    let mut file = Vec::new();
    let mut offsets = Vec::new();
    for r in records {
        offsets.push(file.len() as u64);
        file.extend(gzip(r));
    }
    (file, offsets)
}

fn uris(results: &[Result<Record, WarcError>]) -> Vec<String> {
    results
        .iter()
        .map(|r| match r {
            Ok(record) => record.target_uri.clone().unwrap_or_default(),
            Err(e) => format!("error: {e}"),
        })
        .collect()
}

#[test]
fn plain_file_yields_html_responses_and_counts_the_rest() {
    let records = [
        record("warcinfo", "", b"software: test\r\n"),
        page(1),
        record(
            "request",
            "https://example.org/1",
            b"GET / HTTP/1.1\r\n\r\n",
        ),
        record(
            "response",
            "https://example.org/logo.png",
            &http("image/png", "PNG"),
        ),
        page(2),
    ];
    let file = records.concat();
    let mut reader = Reader::new(&file[..]);
    let results: Vec<_> = reader.by_ref().collect();
    assert_eq!(
        uris(&results),
        ["https://example.org/1", "https://example.org/2"]
    );
    let first = results[0].as_ref().unwrap();
    assert_eq!(first.offset, records[0].len() as u64);
    assert_eq!(first.http_charset.as_deref(), Some("UTF-8"));
    assert_eq!(first.http_status, Some(200));
    assert_eq!(first.content_type.as_deref(), Some("text/html"));
    assert_eq!(first.payload, b"<html><p>Page 1.</p></html>");
    assert_eq!(first.date.unwrap().to_string(), "2025-11-19T10:00:00Z");
    assert_eq!(
        reader.skipped(),
        Skipped {
            non_response: 2,
            non_html: 1
        }
    );
}

#[test]
fn corrupt_record_in_the_middle_of_a_plain_file() {
    let bad = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nsome bytes\r\n\r\n"
        .to_vec();
    let records = [page(1), bad, page(2)];
    let results: Vec<_> = Reader::new(&records.concat()[..]).collect();
    assert_eq!(results.len(), 3);
    assert!(results[0].is_ok() && results[2].is_ok());
    match &results[1] {
        Err(WarcError::Corrupt { offset, .. }) => assert_eq!(*offset, records[0].len() as u64),
        other => panic!("expected a corrupt record, got {other:?}"),
    }
}

#[test]
fn garbage_between_records_is_reported_once() {
    let records = [
        page(1),
        b"this is not a record\r\nnor this\r\n".to_vec(),
        page(2),
    ];
    let results: Vec<_> = Reader::new(&records.concat()[..]).collect();
    let errors = results.iter().filter(|r| r.is_err()).count();
    assert_eq!((results.len(), errors), (3, 1));
}

#[test]
fn corrupt_header_inside_a_gzip_member() {
    let bad = b"WARC/1.0\r\nWARC-Type response\r\n\r\n".to_vec();
    let (file, offsets) = gzip_members(&[page(1), bad, page(2)]);
    let results: Vec<_> = Reader::new(&file[..]).collect();
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().unwrap().offset, offsets[0]);
    assert!(matches!(results[1], Err(WarcError::Corrupt { offset, .. }) if offset == offsets[1]));
    assert_eq!(results[2].as_ref().unwrap().offset, offsets[2]);
}

#[test]
fn damaged_gzip_member_in_the_middle() {
    let (mut file, offsets) = gzip_members(&[page(1), page(2), page(3)]);
    // Overwrite the deflate data of the second member (after its 10-byte header).
    let start = offsets[1] as usize + 10;
    for byte in &mut file[start..start + 8] {
        *byte = 0xFF;
    }
    let results: Vec<_> = Reader::new(&file[..]).collect();
    let uris = uris(&results);
    assert_eq!(
        uris.first().map(String::as_str),
        Some("https://example.org/1")
    );
    assert_eq!(
        uris.last().map(String::as_str),
        Some("https://example.org/3")
    );
    assert!(
        matches!(results[1], Err(WarcError::CorruptGzip { offset, .. }) if offset == offsets[1])
    );
}

#[test]
fn whole_file_gzip() {
    let file = gzip(&[page(1), page(2), page(3)].concat());
    let results: Vec<_> = Reader::new(&file[..]).collect();
    assert_eq!(uris(&results).len(), 3);
    assert!(results.iter().all(Result::is_ok));
}

#[test]
fn truncated_gzip_gives_a_clear_error() {
    let (file, offsets) = gzip_members(&[page(1), page(2)]);
    let cut = &file[..offsets[1] as usize + (file.len() - offsets[1] as usize) / 2];
    let results: Vec<_> = Reader::new(cut).collect();
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    match &results[1] {
        Err(e @ WarcError::TruncatedGzip { offset }) => {
            assert_eq!(*offset, offsets[1]);
            assert!(e.to_string().contains("truncated gzip"));
        }
        other => panic!("expected truncated gzip, got {other:?}"),
    }
}

#[test]
fn truncated_plain_record() {
    let file = [page(1), page(2)].concat();
    let results: Vec<_> = Reader::new(&file[..file.len() - 20]).collect();
    assert!(results[0].is_ok());
    assert!(matches!(results[1], Err(WarcError::Truncated { missing, .. }) if missing > 0));
    assert_eq!(results.len(), 2);
}

#[test]
fn warc_1_1_and_oversized_records() {
    let mut big = page(1);
    big.splice(0..8, b"WARC/1.1".iter().copied());
    let file = [big.clone(), page(2)].concat();
    let limits = Limits {
        max_record_bytes: 20,
    };
    let results: Vec<_> = Reader::with_limits(&file[..], limits).collect();
    assert!(matches!(
        results[0],
        Err(WarcError::TooLarge { offset: 0, .. })
    ));
    assert_eq!(results.len(), 2);
    let results: Vec<_> = Reader::new(&big[..]).collect();
    assert_eq!(uris(&results), ["https://example.org/1"]);
}

#[test]
fn shared_dev_warc_streams_completely() {
    let Some(path) = dragoman_testkit::shared("data/extract/zyte-dev.warc.gz") else {
        return;
    };
    let file = std::fs::File::open(path).expect("the dev WARC opens");
    let mut reader = Reader::new(file);
    let mut responses = 0;
    for result in reader.by_ref() {
        let record = result.expect("every record of the dev WARC reads");
        assert!(record.target_uri.is_some_and(|u| u.starts_with("http")));
        assert_eq!(record.http_charset.as_deref(), Some("utf-8"));
        assert!(!record.payload.is_empty());
        responses += 1;
    }
    assert_eq!(responses, 90);
    assert_eq!(
        reader.skipped(),
        Skipped {
            non_response: 1,
            non_html: 0
        }
    );
}

proptest! {
    #[test]
    fn any_bytes_end_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let count = Reader::new(&bytes[..]).take(10_000).count();
        prop_assert!(count < 10_000);
    }

    #[test]
    fn any_damage_to_a_gzip_file_ends_without_panic(
        at in 0usize..400, value in any::<u8>(), cut in 0usize..400,
    ) {
        let (mut file, _) = gzip_members(&[page(1), page(2), page(3)]);
        let at = at % file.len();
        file[at] = value;
        file.truncate(file.len() - cut % file.len());
        let count = Reader::new(&file[..]).take(10_000).count();
        prop_assert!(count < 10_000);
    }
}
