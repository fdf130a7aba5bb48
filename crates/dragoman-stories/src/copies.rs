//! Copies: near-duplicates and syndication.
//!
//! A report's words (lower-cased letters and digits, each with its byte
//! range) make overlapping shingles of [`SHINGLE`] words; a MinHash signature
//! of the shingles, cut into LSH bands, proposes candidate pairs, and a pair
//! is a copy when the smaller report's shingles are mostly inside the other's
//! (containment, so a trimmed copy or one with paragraphs added still counts).
//! Copies form groups; each group's original is the report that credits a
//! wire in a dateline or credit line, else the earliest dated, else the first
//! given; each other member is linked to it with the shared passages as byte
//! ranges in both reports.

use crate::error::{in_range, StoryError};
use ahash::{AHashMap, AHashSet};
use jiff::civil::Date;
use std::ops::Range;

/// Words per shingle.
pub const SHINGLE: usize = 5;
/// MinHash functions: [`BANDS`] bands of [`ROWS`] rows.
const BANDS: usize = 32;
const ROWS: usize = 2;

/// A report as the copy finder sees it.
#[derive(Clone, Debug)]
pub struct Text<'a> {
    /// The report's id.
    pub id: &'a str,
    /// Its text; passages are byte ranges of it.
    pub text: &'a str,
    /// Its date, when known.
    pub date: Option<Date>,
}

/// One passage two reports share: a byte range in each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    /// The range in the copy.
    pub copy: Range<usize>,
    /// The range in the original.
    pub original: Range<usize>,
}

/// A copy linked to its original.
#[derive(Clone, Debug, PartialEq)]
pub struct CopyLink {
    /// The copy's position in the input.
    pub copy: usize,
    /// The original's position in the input.
    pub original: usize,
    /// The share of the smaller report's shingles found in the other.
    pub containment: f32,
    /// The passages they share, in the copy's order.
    pub passages: Vec<Passage>,
}

/// When two reports are copies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CopyConfig {
    /// The least share of the smaller report's shingles inside the other's.
    pub min_containment: f32,
    /// The fewest shingles two reports must share.
    pub min_shared: usize,
}

impl Default for CopyConfig {
    fn default() -> Self {
        CopyConfig {
            min_containment: 0.5,
            min_shared: 8,
        }
    }
}

impl CopyConfig {
    /// Checks the settings.
    pub fn validate(&self) -> Result<(), StoryError> {
        in_range(
            "min_containment",
            f64::from(self.min_containment),
            0.0,
            1.0,
            "0 to 1",
        )
    }
}

/// A report's shingles: hash and byte range of each, in order.
pub(crate) struct Shingled {
    hashes: Vec<u64>,
    ranges: Vec<Range<usize>>,
    set: AHashSet<u64>,
}

/// The words of a text with their byte ranges.
pub fn words(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s..i, text[s..i].to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// A 64-bit mix (splitmix64's finalizer): hashes and MinHash permutations.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A stable hash of a word (FNV-1a, then mixed).
fn word_hash(w: &str) -> u64 {
    mix(w.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    }))
}

pub(crate) fn shingle(text: &str) -> Shingled {
    let ws = words(text);
    let hs: Vec<u64> = ws.iter().map(|(_, w)| word_hash(w)).collect();
    let n = ws.len().saturating_sub(SHINGLE - 1);
    let hashes: Vec<u64> = (0..n)
        .map(|i| {
            hs[i..i + SHINGLE]
                .iter()
                .fold(0u64, |h, &w| mix(h.rotate_left(17) ^ w))
        })
        .collect();
    let ranges = (0..n)
        .map(|i| ws[i].0.start..ws[i + SHINGLE - 1].0.end)
        .collect();
    let set = hashes.iter().copied().collect();
    Shingled {
        hashes,
        ranges,
        set,
    }
}

/// The MinHash signature of a set of shingles.
fn signature(set: &AHashSet<u64>) -> [u64; BANDS * ROWS] {
    let mut sig = [u64::MAX; BANDS * ROWS];
    for &h in set {
        for (k, s) in sig.iter_mut().enumerate() {
            *s = (*s).min(mix(h ^ (k as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)));
        }
    }
    sig
}

/// Candidate pairs: reports that share a whole band of their signatures.
fn candidates(shingled: &[Shingled]) -> Vec<(usize, usize)> {
    let mut buckets: AHashMap<(usize, u64), Vec<usize>> = AHashMap::new();
    for (i, s) in shingled.iter().enumerate() {
        if s.set.is_empty() {
            continue;
        }
        let sig = signature(&s.set);
        for (b, band) in sig.chunks(ROWS).enumerate() {
            let key = band.iter().fold(0u64, |h, &x| mix(h ^ x));
            buckets.entry((b, key)).or_default().push(i);
        }
    }
    let mut pairs: AHashSet<(usize, usize)> = AHashSet::new();
    for members in buckets.values() {
        for (k, &a) in members.iter().enumerate() {
            pairs.extend(members[k + 1..].iter().map(|&b| (a.min(b), a.max(b))));
        }
    }
    let mut pairs: Vec<_> = pairs.into_iter().collect();
    pairs.sort_unstable();
    pairs
}

/// The containment of the smaller set in the larger, and the shared count.
pub(crate) fn containment(a: &Shingled, b: &Shingled) -> (f32, usize) {
    let (small, large) = if a.set.len() <= b.set.len() {
        (a, b)
    } else {
        (b, a)
    };
    let shared = small.set.iter().filter(|h| large.set.contains(h)).count();
    (shared as f32 / small.set.len().max(1) as f32, shared)
}

/// The passages `copy` shares with `original`: runs of shingles that follow
/// each other in both, as byte ranges.
pub(crate) fn passages(copy: &Shingled, original: &Shingled) -> Vec<Passage> {
    let mut first: AHashMap<u64, usize> = AHashMap::new();
    for (j, &h) in original.hashes.iter().enumerate() {
        first.entry(h).or_insert(j);
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < copy.hashes.len() {
        let Some(&j) = first.get(&copy.hashes[i]) else {
            i += 1;
            continue;
        };
        let mut k = 1;
        while i + k < copy.hashes.len()
            && j + k < original.hashes.len()
            && copy.hashes[i + k] == original.hashes[j + k]
        {
            k += 1;
        }
        out.push(Passage {
            copy: copy.ranges[i].start..copy.ranges[i + k - 1].end,
            original: original.ranges[j].start..original.ranges[j + k - 1].end,
        });
        i += k;
    }
    out
}

/// Whether a report credits a news agency in its opening or closing lines
/// ("MOSCOW, Nov 20 (Reuters) -", "(AP)", "/TASS/", "Reporting by …").
pub fn credits_wire(text: &str) -> bool {
    const WIRES: [&str; 9] = [
        "(Reuters)",
        "(AP)",
        "(AFP)",
        "/TASS/",
        "(Xinhua)",
        "(dpa)",
        "(Bloomberg)",
        "(Interfax)",
        "Associated Press",
    ];
    let head = &text[..floor_char(text, 300)];
    let tail = &text[floor_char(text, text.len().saturating_sub(300))..];
    WIRES.iter().any(|w| head.contains(w) || tail.contains(w)) || tail.contains("Reporting by")
}

/// The largest char boundary at or below `i`.
fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Finds the copies among a batch of reports and links each to its original.
pub fn find_copies(texts: &[Text<'_>], config: &CopyConfig) -> Result<Vec<CopyLink>, StoryError> {
    config.validate()?;
    let shingled: Vec<Shingled> = texts.iter().map(|t| shingle(t.text)).collect();
    let mut verified: AHashMap<(usize, usize), f32> = AHashMap::new();
    for (a, b) in candidates(&shingled) {
        let (c, shared) = containment(&shingled[a], &shingled[b]);
        if c >= config.min_containment && shared >= config.min_shared {
            verified.insert((a, b), c);
        }
    }
    let groups = groups(texts.len(), verified.keys().copied());
    let mut links = Vec::new();
    for group in groups.into_iter().filter(|g| g.len() > 1) {
        let original = original_of(texts, &group);
        for &m in group.iter().filter(|&&m| m != original) {
            let key = (m.min(original), m.max(original));
            let c = verified
                .get(&key)
                .copied()
                .unwrap_or_else(|| containment(&shingled[m], &shingled[original]).0);
            links.push(CopyLink {
                copy: m,
                original,
                containment: c,
                passages: passages(&shingled[m], &shingled[original]),
            });
        }
    }
    links.sort_by_key(|l| l.copy);
    Ok(links)
}

/// Connected groups of reports (union-find over the verified pairs).
fn groups(n: usize, pairs: impl Iterator<Item = (usize, usize)>) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for (a, b) in pairs {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        parent[ra.max(rb)] = ra.min(rb);
    }
    let mut out: AHashMap<usize, Vec<usize>> = AHashMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        out.entry(r).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = out.into_values().collect();
    out.sort_unstable_by_key(|g| g[0]);
    out
}

/// A group's original: a wire-credited report first, then the earliest
/// dated, then the first given.
fn original_of(texts: &[Text<'_>], group: &[usize]) -> usize {
    *group
        .iter()
        .min_by_key(|&&i| rank(&texts[i], i))
        .expect("a group has members")
}

/// How a report ranks as an original, lowest first: a wire credit, then a
/// date, then the earliest date, then the earliest given.
pub(crate) fn rank(t: &Text<'_>, order: usize) -> (bool, bool, Option<Date>, usize) {
    (!credits_wire(t.text), t.date.is_none(), t.date, order)
}
