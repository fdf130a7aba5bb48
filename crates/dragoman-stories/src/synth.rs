//! Generated archives for tests and benchmarks: profiles of reports grouped
//! into stories (each story with its own names and words, dated within a few
//! days, over a background of common words), with the true story of each.
//! No real text is involved.

use crate::profile::{Profile, Term};
use jiff::civil::Date;

/// A small deterministic generator (splitmix64).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// A number below `n`, small ones far likelier (roughly Zipf).
    pub fn skewed(&mut self, n: u64) -> u64 {
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(u) - 1.0) as u64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
}

/// A generated archive: profiles in date order and each one's true story.
#[derive(Clone, Debug)]
pub struct Archive {
    /// The reports.
    pub profiles: Vec<Profile>,
    /// The true story of each report.
    pub stories: Vec<u32>,
}

/// The story-specific terms of story `s`.
fn story_terms(rng: &mut Rng, s: u64) -> Vec<String> {
    let mut terms: Vec<String> = (0..4)
        .map(|_| format!("e:name{}", rng.below(200_000)))
        .collect();
    terms.extend((0..6).map(|_| format!("w:topic{}", rng.below(50_000))));
    terms.push(format!("e:place{}", s % 5_000));
    terms
}

/// An archive of `reports` reports in stories of about six, spread over
/// three years.
pub fn archive(reports: usize, seed: u64) -> Archive {
    let mut rng = Rng::new(seed);
    let stories = (reports / 6).max(1) as u64;
    let starts: Vec<i64> = (0..stories).map(|_| rng.below(3 * 365) as i64).collect();
    let terms: Vec<Vec<String>> = (0..stories).map(|s| story_terms(&mut rng, s)).collect();
    let mut out: Vec<(i64, Profile, u32)> = (0..reports)
        .map(|k| {
            let s = rng.below(stories);
            let day = starts[s as usize] + rng.below(5) as i64;
            (
                day,
                report(&mut rng, &format!("r{k}"), &terms[s as usize], day),
                s as u32,
            )
        })
        .collect();
    out.sort_by_key(|(day, p, _)| (*day, p.id.clone()));
    Archive {
        stories: out.iter().map(|(_, _, s)| *s).collect(),
        profiles: out.into_iter().map(|(_, p, _)| p).collect(),
    }
}

/// One report of a story: most of the story's terms and background words.
pub fn report(rng: &mut Rng, id: &str, story: &[String], day: i64) -> Profile {
    let mut counts: ahash::AHashMap<String, f32> = ahash::AHashMap::new();
    for t in story {
        if !rng.chance(0.7) {
            continue;
        }
        *counts.entry(t.clone()).or_default() += 1.0 + rng.below(3) as f32;
    }
    for _ in 0..80 {
        *counts
            .entry(format!("w:common{}", rng.skewed(20_000)))
            .or_default() += 1.0;
    }
    let mut terms: Vec<Term> = counts
        .into_iter()
        .map(|(text, weight)| Term { text, weight })
        .collect();
    terms.sort_by(|a, b| a.text.cmp(&b.text));
    let date = Date::new(2023, 1, 1)
        .ok()
        .and_then(|d| d.checked_add(jiff::Span::new().days(day)).ok());
    Profile {
        id: id.to_string(),
        date,
        terms,
        year: None,
    }
}

/// A generated paragraph of `words` words drawn from a skewed vocabulary
/// of made-up words (so chance overlaps between reports look like news:
/// frequent words recur, rare ones do not).
pub fn paragraph(rng: &mut Rng, words: usize) -> String {
    let mut out = String::new();
    for k in 0..words {
        if k > 0 {
            out.push(' ');
        }
        let w = rng.skewed(30_000);
        out.push_str(&format!("w{w}"));
        if rng.chance(0.08) {
            out.push(if rng.chance(0.7) { ',' } else { '.' });
        }
    }
    out.push('.');
    out
}

/// A generated report: a headline and `paragraphs` paragraphs.
pub fn text(rng: &mut Rng, paragraphs: usize) -> String {
    let mut ps = vec![paragraph(rng, 8)];
    ps.extend((0..paragraphs).map(|_| {
        let n = 25 + rng.below(40) as usize;
        paragraph(rng, n)
    }));
    ps.join("\n")
}

/// A copy of a report as outlets make them: re-headlined, trimmed, with
/// paragraphs dropped or added (each at random, at least one of them).
pub fn copy_of(rng: &mut Rng, original: &str) -> String {
    let mut ps: Vec<String> = original.split('\n').map(str::to_string).collect();
    let (mut changed, mut tries) = (false, 0);
    while !changed && tries < 8 {
        tries += 1;
        if rng.chance(0.5) && !ps.is_empty() {
            ps[0] = paragraph(rng, 9);
            changed = true;
        }
        if rng.chance(0.4) && ps.len() > 4 {
            let keep = ps.len() - ps.len() * (1 + rng.below(3) as usize) / 10;
            ps.truncate(keep.max(3));
            changed = true;
        }
        if rng.chance(0.4) && ps.len() > 4 {
            let k = 1 + rng.below(ps.len() as u64 - 1) as usize;
            ps.remove(k);
            changed = true;
        }
        if rng.chance(0.4) {
            let k = 1 + rng.below(ps.len() as u64) as usize;
            let n = 20 + rng.below(30) as usize;
            ps.insert(k.min(ps.len()), paragraph(rng, n));
            changed = true;
        }
    }
    ps.join("\n")
}

/// A rewrite: a report of its own that quotes one passage of another (the
/// same story told again, not a copy).
pub fn rewrite_of(rng: &mut Rng, original: &str) -> String {
    let mut own = text(rng, 6);
    let quoted = original.split('\n').nth(1).unwrap_or_default();
    let words: Vec<&str> = quoted.split(' ').take(20).collect();
    own.push('\n');
    own.push_str(&words.join(" "));
    own
}
