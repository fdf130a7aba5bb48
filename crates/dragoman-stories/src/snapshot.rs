//! The incremental index saved as bytes and read back, so that a store can
//! keep it between runs (`dragoman ingest` places each run's reports in the
//! index the previous run left). Reading back gives an index that places
//! every later report exactly as the one saved would have (terms keep their
//! ids, postings their order, weights their bits).

use crate::bytes::{Reader, Writer};
use crate::error::StoryError;
use crate::index::{IndexConfig, Posting, Story, StoryIndex};
use crate::vector::Vocab;
use ahash::AHashMap;

/// The format's first bytes, with its version: 2 keeps each story's year.
const MAGIC: &[u8; 4] = b"DSI2";
/// Version 1, read as stories of no known year.
const MAGIC_1: &[u8; 4] = b"DSI1";

/// Written for a story of no known year.
const NO_YEAR: i32 = i32::MIN;

impl StoryIndex {
    /// The index as bytes (settings, vocabulary, postings, stories, reports).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.write(true)
    }

    /// The index as bytes of the current format, or of format 1 (no
    /// story's year) when `with_years` is false.
    fn write(&self, with_years: bool) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf
            .extend_from_slice(if with_years { MAGIC } else { MAGIC_1 });
        save_config(&mut w, &self.config);
        self.vocab.save(&mut w);
        let mut terms: Vec<&u32> = self.postings.keys().collect();
        terms.sort_unstable();
        w.usize(terms.len());
        for term in terms {
            let list = &self.postings[term];
            w.u64(u64::from(*term));
            w.usize(list.len());
            for p in list {
                w.u64(u64::from(p.story));
                w.i64(i64::from(p.day));
            }
        }
        w.usize(self.stories.len());
        for s in &self.stories {
            w.u64(u64::from(s.size));
            let (lo, hi) = s.days.unwrap_or((i32::MIN, i32::MIN));
            w.i64(i64::from(lo));
            w.i64(i64::from(hi));
            if with_years {
                w.i64(i64::from(s.year.map_or(NO_YEAR, i32::from)));
            }
            w.usize(s.centroid.len());
            for &(t, x) in &s.centroid {
                w.u64(u64::from(t));
                w.f32(x);
            }
        }
        let mut reports: Vec<(&String, &u32)> = self.reports.iter().collect();
        reports.sort_unstable();
        w.usize(reports.len());
        for (id, story) in reports {
            w.str(id);
            w.u64(u64::from(*story));
        }
        w.buf
    }

    /// Reads an index [`StoryIndex::to_bytes`] wrote; damaged bytes are an
    /// error.
    pub fn from_bytes(bytes: &[u8]) -> Result<StoryIndex, StoryError> {
        let (body, with_years) = match (bytes.strip_prefix(MAGIC), bytes.strip_prefix(MAGIC_1)) {
            (Some(body), _) => (body, true),
            (None, Some(body)) => (body, false),
            _ => return Err(StoryError::Snapshot("not a saved story index")),
        };
        let mut r = Reader::new(body);
        let config = load_config(&mut r)?;
        config.validate()?;
        let vocab = Vocab::load(&mut r)?;
        let mut postings = AHashMap::new();
        for _ in 0..r.count(2)? {
            let term = r.u32()?;
            let list = (0..r.count(2)?)
                .map(|_| {
                    Ok(Posting {
                        story: r.u32()?,
                        day: r.i32()?,
                    })
                })
                .collect::<Result<Vec<_>, StoryError>>()?;
            postings.insert(term, list);
        }
        let stories = (0..r.count(4)?)
            .map(|_| load_story(&mut r, with_years))
            .collect::<Result<Vec<_>, _>>()?;
        let mut reports = AHashMap::new();
        for _ in 0..r.count(2)? {
            let id = r.string()?;
            let story = r.u32()?;
            if story as usize >= stories.len() {
                return Err(StoryError::Snapshot("a report in no story"));
            }
            reports.insert(id, story);
        }
        r.finish()?;
        Ok(StoryIndex {
            config,
            vocab,
            postings,
            stories,
            reports,
        })
    }
}

fn save_config(w: &mut Writer, c: &IndexConfig) {
    w.f32(c.join_cut);
    w.u64(u64::from(c.window_days));
    w.f32(c.near_bonus);
    for v in [c.query_terms, c.scan, c.candidates, c.centroid_terms] {
        w.usize(v);
    }
    w.u64(u64::from(c.prior_docs));
}

fn load_config(r: &mut Reader<'_>) -> Result<IndexConfig, StoryError> {
    let join_cut = r.f32()?;
    let window_days = r.u32()?;
    let near_bonus = r.f32()?;
    let mut next = || -> Result<usize, StoryError> { Ok(r.u32()? as usize) };
    Ok(IndexConfig {
        join_cut,
        window_days,
        near_bonus,
        query_terms: next()?,
        scan: next()?,
        candidates: next()?,
        centroid_terms: next()?,
        prior_docs: r.u32()?,
    })
}

fn load_story(r: &mut Reader<'_>, with_year: bool) -> Result<Story, StoryError> {
    let size = r.u32()?;
    let (lo, hi) = (r.i32()?, r.i32()?);
    let year = if with_year { read_year(r)? } else { None };
    let centroid = (0..r.count(5)?)
        .map(|_| Ok((r.u32()?, r.f32()?)))
        .collect::<Result<Vec<_>, StoryError>>()?;
    Ok(Story {
        centroid,
        size,
        days: (lo != i32::MIN).then_some((lo, hi)),
        year,
    })
}

/// A story's year as [`StoryIndex::to_bytes`] wrote it.
fn read_year(r: &mut Reader<'_>) -> Result<Option<i16>, StoryError> {
    let raw = r.i32()?;
    if raw == NO_YEAR {
        return Ok(None);
    }
    i16::try_from(raw)
        .map(Some)
        .map_err(|_| StoryError::Snapshot("a story's year out of range"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::archive;

    #[test]
    fn an_index_read_back_places_later_reports_as_the_original_does() {
        let a = archive(600, 3);
        let (first, later) = a.profiles.split_at(300);
        let mut index = StoryIndex::new(IndexConfig::default()).unwrap();
        for p in first {
            index.add(p).unwrap();
        }
        let bytes = index.to_bytes();
        let mut back = StoryIndex::from_bytes(&bytes).unwrap();
        assert_eq!(back.to_bytes(), bytes);
        for p in later {
            assert_eq!(index.add(p).unwrap(), back.add(p).unwrap());
        }
        assert_eq!(index.to_bytes(), back.to_bytes());
    }

    #[test]
    fn a_storys_year_is_kept_and_format_1_reads_as_no_year() {
        let a = archive(80, 5);
        let mut index = StoryIndex::new(IndexConfig::default()).unwrap();
        for (k, p) in a.profiles.iter().enumerate() {
            let mut p = p.clone();
            p.year = Some(2020 + (k % 3) as i16);
            index.add(&p).unwrap();
        }
        let back = StoryIndex::from_bytes(&index.to_bytes()).unwrap();
        let years = |i: &StoryIndex| i.stories.iter().map(|s| s.year).collect::<Vec<_>>();
        assert!(years(&index).iter().all(Option::is_some));
        assert_eq!(years(&back), years(&index));
        let old = StoryIndex::from_bytes(&index.write(false)).unwrap();
        assert!(years(&old).iter().all(Option::is_none));
        assert_eq!(old.write(false), index.write(false));
    }

    #[test]
    fn damaged_bytes_are_an_error() {
        let a = archive(50, 4);
        let mut index = StoryIndex::new(IndexConfig::default()).unwrap();
        for p in &a.profiles {
            index.add(p).unwrap();
        }
        let bytes = index.to_bytes();
        for cut in [0, 3, 10, bytes.len() / 2, bytes.len() - 1] {
            assert!(
                StoryIndex::from_bytes(&bytes[..cut]).is_err(),
                "cut at {cut}"
            );
        }
    }
}
