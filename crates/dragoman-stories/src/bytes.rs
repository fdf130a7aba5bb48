//! A small binary codec for saved indexes: unsigned LEB128 varints, zigzag
//! for signed numbers, floats by their bits, strings with their length.
//! Reading checks every length against what is left, so damaged bytes are an
//! error, never a panic or a huge allocation.

use crate::error::StoryError;

/// Appends values to a byte buffer.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    pub(crate) buf: Vec<u8>,
}

impl Writer {
    pub(crate) fn u64(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }

    pub(crate) fn usize(&mut self, v: usize) {
        self.u64(v as u64);
    }

    pub(crate) fn i64(&mut self, v: i64) {
        self.u64(((v << 1) ^ (v >> 63)) as u64);
    }

    pub(crate) fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_bits().to_le_bytes());
    }

    pub(crate) fn fixed64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.usize(s.len());
        self.buf.extend_from_slice(s.as_bytes());
    }
}

/// Reads values back in the order they were written.
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    buf: &'a [u8],
}

const DAMAGED: StoryError = StoryError::Snapshot("truncated or malformed");

impl<'a> Reader<'a> {
    pub(crate) fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf }
    }

    pub(crate) fn u64(&mut self) -> Result<u64, StoryError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let (&b, rest) = self.buf.split_first().ok_or(DAMAGED)?;
            self.buf = rest;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(DAMAGED)
    }

    pub(crate) fn u32(&mut self) -> Result<u32, StoryError> {
        u32::try_from(self.u64()?).map_err(|_| DAMAGED)
    }

    pub(crate) fn i32(&mut self) -> Result<i32, StoryError> {
        let z = self.u64()?;
        let v = ((z >> 1) as i64) ^ -((z & 1) as i64);
        i32::try_from(v).map_err(|_| DAMAGED)
    }

    /// A count of items each at least `min_bytes` long, checked against
    /// what is left.
    pub(crate) fn count(&mut self, min_bytes: usize) -> Result<usize, StoryError> {
        let n = usize::try_from(self.u64()?).map_err(|_| DAMAGED)?;
        if n.saturating_mul(min_bytes.max(1)) > self.buf.len() {
            return Err(DAMAGED);
        }
        Ok(n)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], StoryError> {
        if n > self.buf.len() {
            return Err(DAMAGED);
        }
        let (head, rest) = self.buf.split_at(n);
        self.buf = rest;
        Ok(head)
    }

    pub(crate) fn f32(&mut self) -> Result<f32, StoryError> {
        let b = self.take(4)?;
        Ok(f32::from_bits(u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
    }

    pub(crate) fn fixed64(&mut self) -> Result<u64, StoryError> {
        let mut a = [0u8; 8];
        a.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(a))
    }

    pub(crate) fn string(&mut self) -> Result<String, StoryError> {
        let n = self.count(1)?;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| DAMAGED)
    }

    /// Fails unless every byte was read.
    pub(crate) fn finish(&self) -> Result<(), StoryError> {
        if self.buf.is_empty() {
            Ok(())
        } else {
            Err(StoryError::Snapshot("trailing bytes"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back_and_damage_is_an_error() {
        let mut w = Writer::default();
        w.u64(300);
        w.i64(-5);
        w.f32(0.25);
        w.str("doc 7");
        w.fixed64(u64::MAX);
        let mut r = Reader::new(&w.buf);
        assert_eq!(r.u64().unwrap(), 300);
        assert_eq!(r.i32().unwrap(), -5);
        assert_eq!(r.f32().unwrap(), 0.25);
        assert_eq!(r.string().unwrap(), "doc 7");
        assert_eq!(r.fixed64().unwrap(), u64::MAX);
        r.finish().unwrap();
        let mut cut = Reader::new(&w.buf[..w.buf.len() - 3]);
        cut.u64().unwrap();
        cut.i32().unwrap();
        cut.f32().unwrap();
        cut.string().unwrap();
        assert!(cut.fixed64().is_err());
        let mut huge = Reader::new(&[0xff, 0xff, 0xff, 0x0f]);
        assert!(huge.count(1).is_err());
    }
}
