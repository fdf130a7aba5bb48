//! Walking sources: paths, directories and standard input, streamed report by
//! report with bounded memory (one file, or one JSON line, at a time).

use crate::decode::decode;
use crate::error::{IngestError, Reason};
use crate::format::Format;
use crate::jsonl::parse_input_line;
use crate::report::{Payload, Report};
use dragoman_model::Meta;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The largest report accepted by default, in bytes (a file, a WARC record,
/// a JSON line): far above any news report, and low enough that the stages
/// finish one within the default time budget (a 50 MB single-line "report"
/// is rejected at once rather than read for minutes).
pub const MAX_REPORT_BYTES: u64 = 16 << 20;

/// Limits and declarations that apply to every input.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest file or record accepted, in bytes.
    pub max_bytes: u64,
    /// The encoding of plain-text inputs without a byte-order mark (UTF-8 when `None`).
    pub encoding: Option<String>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: MAX_REPORT_BYTES,
            encoding: None,
        }
    }
}

type Item = Result<Report, IngestError>;

/// Reads every report from `paths` (files, directories, `-` for standard input), in order.
pub fn read_sources(paths: Vec<PathBuf>, limits: Limits) -> impl Iterator<Item = Item> {
    paths.into_iter().flat_map(move |p| {
        let limits = limits.clone();
        expand(p).flat_map(move |file| match file {
            Ok(path) => read_file(path, limits.clone()),
            Err(e) => Box::new(std::iter::once(Err(e))),
        })
    })
}

/// The files under a path: itself, every file below a directory (sorted, hidden ones skipped), or `-`.
fn expand(path: PathBuf) -> Box<dyn Iterator<Item = Result<PathBuf, IngestError>>> {
    if path.as_os_str() == "-" || !path.is_dir() {
        return Box::new(std::iter::once(Ok(path)));
    }
    let walk = walkdir::WalkDir::new(path)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| match e {
            Ok(e) if e.file_type().is_dir() => None,
            Ok(e) => Some(Ok(e.into_path())),
            Err(e) => {
                let source = e
                    .path()
                    .map_or_else(|| "?".to_string(), |p| p.display().to_string());
                Some(Err(IngestError {
                    source,
                    record: None,
                    reason: Reason::Unreadable(e.to_string()),
                }))
            }
        });
    Box::new(walk)
}

fn fail(source: &str, record: Option<String>, reason: Reason) -> Box<dyn Iterator<Item = Item>> {
    Box::new(std::iter::once(Err(IngestError {
        source: source.to_string(),
        record,
        reason,
    })))
}

fn read_file(path: PathBuf, limits: Limits) -> Box<dyn Iterator<Item = Item>> {
    let source = path.display().to_string();
    let stdin = path.as_os_str() == "-";
    if !stdin {
        match std::fs::metadata(&path) {
            Err(e) => return fail(&source, None, Reason::Unreadable(e.to_string())),
            Ok(m) if !m.is_file() => {
                return fail(
                    &source,
                    None,
                    Reason::Unreadable("not a regular file".into()),
                )
            }
            Ok(m) if m.len() > limits.max_bytes => {
                // JSON Lines files may be large: the limit applies to each record.
                if Format::detect(&path, &[]) != Format::JsonLines {
                    return fail(
                        &source,
                        None,
                        Reason::TooLarge {
                            size: m.len(),
                            limit: limits.max_bytes,
                        },
                    );
                }
            }
            Ok(_) => {}
        }
    }
    let reader: Box<dyn Read> = if stdin {
        Box::new(std::io::stdin())
    } else {
        match File::open(&path) {
            Ok(f) => Box::new(f),
            Err(e) => return fail(&source, None, Reason::Unreadable(e.to_string())),
        }
    };
    read_stream(source, &path, stdin, reader, limits)
}

/// Every report in the bytes of one file read elsewhere (a Spark task's
/// `binaryFile` row, say), as `read_sources` reads that file: `source`
/// names it (its extension picks the format, as a path's does), the same
/// limits apply, and the records are named alike.
pub fn read_bytes(source: &str, bytes: Vec<u8>, limits: Limits) -> Box<dyn Iterator<Item = Item>> {
    let path = Path::new(source);
    if bytes.len() as u64 > limits.max_bytes && Format::detect(path, &[]) != Format::JsonLines {
        let size = bytes.len() as u64;
        let limit = limits.max_bytes;
        return fail(source, None, Reason::TooLarge { size, limit });
    }
    let reader: Box<dyn Read> = Box::new(std::io::Cursor::new(bytes));
    read_stream(source.to_string(), path, false, reader, limits)
}

/// The reports of one opened file (or standard input), by its format.
fn read_stream(
    source: String,
    path: &Path,
    stdin: bool,
    reader: Box<dyn Read>,
    limits: Limits,
) -> Box<dyn Iterator<Item = Item>> {
    let mut reader = BufReader::with_capacity(64 << 10, reader);
    let head = match reader.fill_buf() {
        Ok(h) => h.to_vec(),
        Err(e) => return fail(&source, None, Reason::Unreadable(e.to_string())),
    };
    let format = if stdin {
        Format::sniff(&head).unwrap_or(Format::Text)
    } else {
        Format::detect(path, &head)
    };
    match format {
        Format::JsonLines => Box::new(JsonLines {
            source,
            reader,
            line: 0,
            limits,
        }),
        Format::Text | Format::Html => match read_bounded(&mut reader, limits.max_bytes) {
            Ok(bytes) => Box::new(std::iter::once(whole_file(&source, bytes, format, &limits))),
            Err(reason) => fail(&source, None, reason),
        },
        Format::Warc => Box::new(WarcPages::new(source, reader, &limits)),
        Format::Feed => match read_bounded(&mut reader, limits.max_bytes) {
            Ok(bytes) => feed_items(source, &bytes),
            Err(reason) => fail(&source, None, reason),
        },
    }
}

/// Reports from the items of an RSS or Atom feed.
fn feed_items(source: String, bytes: &[u8]) -> Box<dyn Iterator<Item = Item>> {
    let feed = match crate::feed::parse_feed(bytes) {
        Ok(feed) => feed,
        Err(e) => return fail(&source, None, Reason::BadFeed(e.to_string())),
    };
    if feed.items.is_empty() {
        return fail(
            &source,
            None,
            Reason::BadFeed("the feed has no items".into()),
        );
    }
    let outlet = feed.title;
    Box::new(feed.items.into_iter().map(move |item| {
        let record = Some(format!("item {}", item.index));
        if item.html.trim().is_empty() {
            return Err(IngestError {
                source: source.clone(),
                record,
                reason: Reason::Empty,
            });
        }
        let id = item
            .link
            .clone()
            .unwrap_or_else(|| format!("{source}#{}", item.index));
        let meta = Meta {
            title: item.title,
            date: item.date,
            url: item.link,
            outlet: outlet.clone(),
            ..Meta::default()
        };
        let raw = item.html.into_bytes();
        Ok(Report {
            source: source.clone(),
            record,
            id,
            encoding: "UTF-8",
            payload: Payload::Html {
                bytes: raw.clone(),
                charset: Some("utf-8".into()),
            },
            raw,
            meta,
        })
    }))
}

/// Reports from the HTML responses of a WARC archive, one record at a time.
struct WarcPages<R: Read> {
    source: String,
    reader: dragoman_warc::Reader<R>,
}

impl<R: Read> WarcPages<R> {
    fn new(source: String, input: R, limits: &Limits) -> Self {
        let warc_limits = dragoman_warc::Limits {
            max_record_bytes: limits.max_bytes,
        };
        WarcPages {
            source,
            reader: dragoman_warc::Reader::with_limits(input, warc_limits),
        }
    }
}

impl<R: Read> Iterator for WarcPages<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let item = match self.reader.next()? {
            Ok(rec) => {
                let record = Some(format!("record at byte {}", rec.offset));
                let id = rec
                    .target_uri
                    .clone()
                    .unwrap_or_else(|| format!("{}@{}", self.source, rec.offset));
                let meta = Meta {
                    url: rec.target_uri,
                    ..Meta::default()
                };
                Ok(Report {
                    source: self.source.clone(),
                    record,
                    id,
                    raw: rec.payload.clone(),
                    encoding: "",
                    payload: Payload::Html {
                        bytes: rec.payload,
                        charset: rec.http_charset,
                    },
                    meta,
                })
            }
            Err(e) => Err(IngestError {
                source: self.source.clone(),
                record: None,
                reason: Reason::Warc(e.to_string()),
            }),
        };
        Some(item)
    }
}

/// Reads everything, but refuses more than `max` bytes without holding them.
fn read_bounded(reader: &mut impl Read, max: u64) -> Result<Vec<u8>, Reason> {
    let mut bytes = Vec::new();
    reader
        .take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Reason::Unreadable(e.to_string()))?;
    if bytes.len() as u64 > max {
        return Err(Reason::TooLarge {
            size: bytes.len() as u64,
            limit: max,
        });
    }
    Ok(bytes)
}

fn whole_file(source: &str, bytes: Vec<u8>, format: Format, limits: &Limits) -> Item {
    let err = |reason| IngestError {
        source: source.to_string(),
        record: None,
        reason,
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(err(Reason::Empty));
    }
    let id = Path::new(source)
        .file_name()
        .map_or_else(|| source.to_string(), |n| n.to_string_lossy().into_owned());
    if format == Format::Html {
        return Ok(Report {
            source: source.into(),
            record: None,
            id,
            encoding: "",
            payload: Payload::Html {
                bytes: bytes.clone(),
                charset: None,
            },
            raw: bytes,
            meta: Meta::default(),
        });
    }
    let decoded = decode(&bytes, limits.encoding.as_deref()).map_err(err)?;
    if decoded.text.trim().is_empty() {
        return Err(err(Reason::Empty));
    }
    Ok(Report {
        source: source.into(),
        record: None,
        id,
        raw: bytes,
        encoding: decoded.encoding,
        payload: Payload::Text(decoded.text),
        meta: Meta::default(),
    })
}

/// Reports from a JSON Lines stream, one line at a time.
struct JsonLines<R> {
    source: String,
    reader: R,
    line: usize,
    limits: Limits,
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            let mut buf = Vec::new();
            self.line += 1;
            let record = Some(format!("line {}", self.line));
            let err = |reason| {
                Some(Err(IngestError {
                    source: self.source.clone(),
                    record: record.clone(),
                    reason,
                }))
            };
            match self
                .reader
                .by_ref()
                .take(self.limits.max_bytes + 1)
                .read_until(b'\n', &mut buf)
            {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => return err(Reason::Unreadable(e.to_string())),
            }
            if buf.len() as u64 > self.limits.max_bytes && !buf.ends_with(b"\n") {
                // Skip the rest of the oversized line.
                let mut rest = Vec::new();
                let _ = self.reader.read_until(b'\n', &mut rest);
                let size = (buf.len() + rest.len()) as u64;
                return err(Reason::TooLarge {
                    size,
                    limit: self.limits.max_bytes,
                });
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let Ok(text) = std::str::from_utf8(&buf) else {
                let offset = std::str::from_utf8(&buf).unwrap_err().valid_up_to();
                return err(Reason::InvalidUtf8 { offset });
            };
            let input = match parse_input_line(text) {
                Ok(i) => i,
                Err((_, why)) => return err(Reason::BadJson(why)),
            };
            let meta = input.meta();
            let (payload, raw) = match (input.text, input.html) {
                (Some(t), _) => (Payload::Text(t.clone()), t.into_bytes()),
                (None, Some(h)) => (
                    Payload::Html {
                        bytes: h.clone().into_bytes(),
                        charset: Some("utf-8".into()),
                    },
                    h.into_bytes(),
                ),
                (None, None) => unreachable!("parse_input_line requires text or html"),
            };
            if raw.iter().all(u8::is_ascii_whitespace) {
                return err(Reason::Empty);
            }
            return Some(Ok(Report {
                source: self.source.clone(),
                record,
                id: input.id,
                raw,
                encoding: "UTF-8",
                payload,
                meta,
            }));
        }
    }
}
