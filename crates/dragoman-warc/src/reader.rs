//! The record iterator: finds each record's version line and headers, keeps `response` records
//! whose HTTP payload is HTML, counts the others, and recovers from damaged records.

use std::io::{self, BufRead, BufReader, Read};

use crate::http;
use crate::source::{GzipFault, Source};
use crate::{Limits, Record, Skipped, WarcError};

/// Longest header line read as one line.
const MAX_LINE: u64 = 64 << 10;
/// Most header bytes one record may have.
const MAX_HEADER: usize = 1 << 20;

/// Streams the HTML responses of a WARC file (plain or gzip), one record in memory at a time.
pub struct Reader<R: Read> {
    input: BufReader<Source<R>>,
    limits: Limits,
    skipped: Skipped,
    recovery: Option<Recovery>,
    done: bool,
}

/// How to find the next record after an error.
#[derive(Clone, Copy)]
enum Recovery {
    /// Skip to the next gzip member.
    NextMember,
    /// Skip lines up to the next `WARC/` version line.
    NextVersionLine,
}

/// What one step of reading found.
enum Step {
    Record(Record),
    Skipped,
    End,
}

impl<R: Read> Reader<R> {
    /// Reads `input` with the default [`Limits`].
    pub fn new(input: R) -> Reader<R> {
        Reader::with_limits(input, Limits::default())
    }

    /// Reads `input` with explicit limits.
    pub fn with_limits(input: R, limits: Limits) -> Reader<R> {
        Reader {
            input: BufReader::with_capacity(64 << 10, Source::new(input)),
            limits,
            skipped: Skipped::default(),
            recovery: None,
            done: false,
        }
    }

    /// Records passed over so far, by reason.
    pub fn skipped(&self) -> Skipped {
        self.skipped
    }

    /// Decompressed position of the next unread byte.
    fn stream_position(&self) -> u64 {
        self.input.get_ref().produced() - self.input.buffer().len() as u64
    }

    fn recover(&mut self) -> Result<bool, WarcError> {
        match self.recovery.take() {
            Some(Recovery::NextMember) => {
                let buffered = self.input.buffer().len();
                self.input.consume(buffered);
                self.input.get_mut().skip_damaged_member()?;
                Ok(false)
            }
            Some(Recovery::NextVersionLine) => Ok(true),
            None => Ok(false),
        }
    }

    fn step(&mut self) -> Result<Step, WarcError> {
        let scanning = self.recover()?;
        let mut line = Vec::new();
        let start = loop {
            let start = self.stream_position();
            line.clear();
            if self.read_line(&mut line, start)? == 0 {
                return Ok(Step::End);
            }
            let text = trim_line_end(&line);
            if text.starts_with(b"WARC/") {
                break start;
            }
            if !text.is_empty() && !scanning {
                let offset = self.input.get_mut().file_offset(start);
                self.recovery = Some(Recovery::NextVersionLine);
                return Err(WarcError::Corrupt {
                    offset,
                    reason: "expected a WARC/1.x version line".to_owned(),
                });
            }
        };
        let offset = self.input.get_mut().file_offset(start);
        let headers = self.read_headers(offset)?;
        let header = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        };
        let Some(length) = header("Content-Length").and_then(|v| v.parse::<u64>().ok()) else {
            self.recovery = Some(Recovery::NextVersionLine);
            return Err(WarcError::Corrupt {
                offset,
                reason: "missing or invalid Content-Length".to_owned(),
            });
        };
        let is_response = header("WARC-Type").is_some_and(|t| t.eq_ignore_ascii_case("response"));
        if !is_response || length > self.limits.max_record_bytes {
            self.skip_block(length, offset)?;
            if !is_response {
                self.skipped.non_response += 1;
                return Ok(Step::Skipped);
            }
            return Err(WarcError::TooLarge {
                offset,
                length,
                limit: self.limits.max_record_bytes,
            });
        }
        let block = self.read_block(length, offset)?;
        let target_uri = header("WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_owned());
        let date = header("WARC-Date").and_then(|d| d.parse::<jiff::Timestamp>().ok());
        let (http_status, content_type, http_charset, payload) =
            match http::parse(&block, self.limits.max_record_bytes as usize) {
                Some(r) => (r.status, r.media_type, r.charset, r.body),
                None => {
                    let (media_type, charset) =
                        header("Content-Type").map(http::split_content_type).unzip();
                    (None, media_type, charset.flatten(), block)
                }
            };
        if !is_html(content_type.as_deref(), &payload) {
            self.skipped.non_html += 1;
            return Ok(Step::Skipped);
        }
        Ok(Step::Record(Record {
            offset,
            target_uri,
            date,
            http_status,
            http_charset,
            content_type,
            payload,
        }))
    }

    fn read_headers(&mut self, offset: u64) -> Result<Vec<(String, String)>, WarcError> {
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut total = 0;
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = self.read_line(&mut line, offset)?;
            total += n;
            let corrupt = |reason: &str| WarcError::Corrupt {
                offset,
                reason: reason.to_owned(),
            };
            if n == 0 {
                return Err(WarcError::Truncated { offset, missing: 0 });
            }
            if total > MAX_HEADER {
                self.recovery = Some(Recovery::NextVersionLine);
                return Err(corrupt("header block too long"));
            }
            let text = String::from_utf8_lossy(trim_line_end(&line)).into_owned();
            if text.is_empty() {
                return Ok(headers);
            }
            if text.starts_with([' ', '\t']) {
                if let Some((_, value)) = headers.last_mut() {
                    value.push(' ');
                    value.push_str(text.trim());
                }
                continue;
            }
            let Some((name, value)) = text.split_once(':') else {
                self.recovery = Some(Recovery::NextVersionLine);
                return Err(corrupt("header line without a colon"));
            };
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
    }

    /// Reads one line (at most [`MAX_LINE`] bytes of it) into `line`; 0 at the end of input.
    fn read_line(&mut self, line: &mut Vec<u8>, offset: u64) -> Result<usize, WarcError> {
        let result = (&mut self.input).take(MAX_LINE).read_until(b'\n', line);
        result.map_err(|error| self.fail(error, offset))
    }

    fn read_block(&mut self, length: u64, offset: u64) -> Result<Vec<u8>, WarcError> {
        let mut block = Vec::with_capacity(length.min(1 << 20) as usize);
        (&mut self.input)
            .take(length)
            .read_to_end(&mut block)
            .map_err(|error| self.fail(error, offset))?;
        let missing = length - block.len() as u64;
        if missing > 0 {
            self.done = true;
            return Err(WarcError::Truncated { offset, missing });
        }
        self.skip_record_end(offset)?;
        Ok(block)
    }

    fn skip_block(&mut self, length: u64, offset: u64) -> Result<(), WarcError> {
        let copied = io::copy(&mut (&mut self.input).take(length), &mut io::sink())
            .map_err(|error| self.fail(error, offset))?;
        if copied < length {
            self.done = true;
            return Err(WarcError::Truncated {
                offset,
                missing: length - copied,
            });
        }
        self.skip_record_end(offset)
    }

    /// Consumes the blank lines (`\r\n\r\n`) that end a record.
    fn skip_record_end(&mut self, offset: u64) -> Result<(), WarcError> {
        for _ in 0..4 {
            let first = match self.input.fill_buf() {
                Ok(next) => next.first().copied(),
                Err(error) => return Err(self.fail(error, offset)),
            };
            if !matches!(first, Some(b'\r' | b'\n')) {
                break;
            }
            self.input.consume(1);
        }
        Ok(())
    }

    /// Turns a read error into the error to report, and sets up recovery.
    fn fail(&mut self, error: io::Error, offset: u64) -> WarcError {
        match self.input.get_mut().take_fault() {
            Some(GzipFault::Corrupt { member, error }) => {
                self.recovery = Some(Recovery::NextMember);
                WarcError::CorruptGzip {
                    offset: member,
                    source: error,
                }
            }
            Some(GzipFault::Truncated { member }) => {
                self.done = true;
                WarcError::TruncatedGzip { offset: member }
            }
            None => {
                self.done = true;
                if error.kind() == io::ErrorKind::UnexpectedEof {
                    WarcError::Truncated { offset, missing: 0 }
                } else {
                    WarcError::Io(error)
                }
            }
        }
    }
}

impl<R: Read> Iterator for Reader<R> {
    type Item = Result<Record, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.step() {
                Ok(Step::Record(record)) => return Some(Ok(record)),
                Ok(Step::Skipped) => {}
                Ok(Step::End) => self.done = true,
                Err(error) => return Some(Err(error)),
            }
        }
        None
    }
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let end = line
        .iter()
        .rposition(|b| !matches!(b, b'\r' | b'\n'))
        .map_or(0, |p| p + 1);
    &line[..end]
}

/// HTML by its media type, or, without one, by its first bytes.
fn is_html(media_type: Option<&str>, payload: &[u8]) -> bool {
    if let Some(media_type) = media_type {
        return media_type.contains("html");
    }
    let head = &payload[..payload.len().min(1024)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    head.contains("<html") || head.contains("<!doctype html")
}
