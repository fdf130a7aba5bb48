//! The decompressed byte stream of a WARC file: plain, one gzip stream, or one gzip member per
//! record. It remembers where each gzip member starts, so records can be located in the file,
//! and can jump past a damaged member to the next one.

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read};

use flate2::bufread::GzDecoder;

/// The first bytes of a gzip member (magic number and the deflate method).
const GZIP_MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

const NOT_GZIP: &str = "data between gzip members is not gzip";

/// A buffered reader that counts the bytes consumed from it.
pub(crate) struct Counted<R> {
    inner: BufReader<R>,
    position: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.position += n as u64;
        Ok(n)
    }
}

impl<R: Read> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.inner.consume(amount);
        self.position += amount as u64;
    }
}

/// A gzip problem met while reading, kept for the record layer to report.
#[derive(Debug)]
pub(crate) enum GzipFault {
    Corrupt { member: u64, error: io::Error },
    Truncated { member: u64 },
}

enum State<R> {
    /// Before the first read, which tells plain from gzip.
    Undetected(Counted<R>),
    Plain(Counted<R>),
    /// Between gzip members.
    Idle(Counted<R>),
    Inflating(GzDecoder<Counted<R>>),
    /// Only while switching states.
    Empty,
}

/// The decompressed stream.
pub(crate) struct Source<R> {
    state: State<R>,
    /// Bytes produced so far.
    produced: u64,
    /// `(decompressed start, file offset)` of the gzip members not yet left behind.
    members: VecDeque<(u64, u64)>,
    fault: Option<GzipFault>,
}

impl<R: Read> Source<R> {
    /// Wraps `input`; its first bytes tell whether it is gzip.
    pub(crate) fn new(input: R) -> Source<R> {
        let counted = Counted {
            inner: BufReader::with_capacity(64 << 10, input),
            position: 0,
        };
        Source {
            state: State::Undetected(counted),
            produced: 0,
            members: VecDeque::new(),
            fault: None,
        }
    }

    fn detect(&mut self) -> io::Result<()> {
        let State::Undetected(counted) = &mut self.state else {
            return Ok(());
        };
        let gzip = counted.fill_buf()?.starts_with(&GZIP_MAGIC[..2]);
        self.state = match std::mem::replace(&mut self.state, State::Empty) {
            State::Undetected(counted) if gzip => State::Idle(counted),
            State::Undetected(counted) => State::Plain(counted),
            other => other,
        };
        Ok(())
    }

    /// Bytes of decompressed data produced so far.
    pub(crate) fn produced(&self) -> u64 {
        self.produced
    }

    /// The file offset of the data at decompressed position `at`: itself for plain files, the
    /// start of the gzip member holding it otherwise. Members before it are forgotten.
    pub(crate) fn file_offset(&mut self, at: u64) -> u64 {
        if matches!(self.state, State::Plain(_) | State::Undetected(_)) {
            return at;
        }
        while self.members.len() > 1 && self.members[1].0 <= at {
            self.members.pop_front();
        }
        self.members.front().map_or(0, |&(_, offset)| offset)
    }

    /// The gzip problem behind the last read error, if that is what it was.
    pub(crate) fn take_fault(&mut self) -> Option<GzipFault> {
        self.fault.take()
    }

    /// After a gzip fault: drops the damaged member and moves to the next gzip header.
    pub(crate) fn skip_damaged_member(&mut self) -> io::Result<()> {
        let mut counted = match std::mem::replace(&mut self.state, State::Empty) {
            State::Inflating(decoder) => decoder.into_inner(),
            State::Idle(counted) | State::Plain(counted) | State::Undetected(counted) => counted,
            State::Empty => return Ok(()),
        };
        let result = seek_magic(&mut counted);
        self.state = State::Idle(counted);
        result
    }

    fn read_gzip(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            match std::mem::replace(&mut self.state, State::Empty) {
                State::Idle(mut counted) => {
                    let at_member = {
                        let available = counted.fill_buf()?;
                        if available.is_empty() {
                            self.state = State::Idle(counted);
                            return Ok(0);
                        }
                        available.starts_with(&GZIP_MAGIC[..2])
                    };
                    if !at_member {
                        let member = counted.position;
                        self.state = State::Idle(counted);
                        let error = || io::Error::new(io::ErrorKind::InvalidData, NOT_GZIP);
                        self.fault = Some(GzipFault::Corrupt {
                            member,
                            error: error(),
                        });
                        return Err(error());
                    }
                    self.members.push_back((self.produced, counted.position));
                    self.state = State::Inflating(GzDecoder::new(counted));
                }
                State::Inflating(mut decoder) => match decoder.read(buf) {
                    Ok(0) => self.state = State::Idle(decoder.into_inner()),
                    Ok(n) => {
                        self.produced += n as u64;
                        self.state = State::Inflating(decoder);
                        return Ok(n);
                    }
                    Err(error) => {
                        let member = self.members.back().map_or(0, |&(_, offset)| offset);
                        self.fault = Some(if error.kind() == io::ErrorKind::UnexpectedEof {
                            GzipFault::Truncated { member }
                        } else {
                            GzipFault::Corrupt {
                                member,
                                error: io::Error::new(error.kind(), error.to_string()),
                            }
                        });
                        self.state = State::Inflating(decoder);
                        return Err(error);
                    }
                },
                other => {
                    self.state = other;
                    return Ok(0);
                }
            }
        }
    }
}

impl<R: Read> Read for Source<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.detect()?;
        if let State::Plain(counted) = &mut self.state {
            let n = counted.read(buf)?;
            self.produced += n as u64;
            return Ok(n);
        }
        self.read_gzip(buf)
    }
}

/// Skips at least one byte, then up to the next gzip header (or the end). A header split across
/// two buffer fills is not seen; the search then stops at the following one.
fn seek_magic<R: Read>(counted: &mut Counted<R>) -> io::Result<()> {
    let mut first = true;
    loop {
        let available = counted.fill_buf()?;
        if available.is_empty() {
            return Ok(());
        }
        let from = usize::from(first);
        first = false;
        let found = memchr::memmem::find(&available[from.min(available.len())..], &GZIP_MAGIC);
        match found {
            Some(at) => {
                counted.consume(from + at);
                return Ok(());
            }
            None => {
                let all = available.len();
                counted.consume(all);
            }
        }
    }
}
