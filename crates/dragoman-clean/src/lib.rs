//! Cleaning of scraped news text.
//!
//! Input: the decoded raw text of a report. Output: [`Cleaned`], the clean
//! text every stage reads, its [`Alignment`] back to the raw text, the
//! [`Dateline`] found (with its span, date, outlet and place), and a record of
//! every passage removed ([`Removal`]). Nothing is lost: the raw text keeps
//! all of it, and the alignment says where each clean byte came from.
//!
//! The steps, in order:
//! 1. `paragraphs`: split into paragraphs (blank lines, or one per line when
//!    the text has none; hard-wrapped blocks are joined);
//! 2. `doubled`: a paragraph that is another paragraph twice (`A A`, `AA`, or
//!    `A` + dateline + `A`) keeps one copy;
//! 3. `contained`: a paragraph 90% or more contained in another is dropped,
//!    keeping the fuller copy;
//! 4. `dateline`: a dateline at the start of one of the first paragraphs is
//!    parsed ("Nov. 19, 2025 (EIRNS)—", "MOSCOW, Nov 20 (Reuters) -");
//! 5. `emit`: whitespace folded, Unicode NFC, invisible characters dropped,
//!    paragraphs joined by a blank line.

mod contained;
mod dateline;
mod doubled;
mod emit;
mod long;
mod paragraphs;

use dragoman_model::{Doc, Meta, Span};
use dragoman_text::Alignment;
use std::ops::Range;

pub use dateline::{parse_dateline, Dateline};

/// Why a passage of the raw text is not in the clean text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemovalReason {
    /// The second copy of a doubled paragraph.
    Doubled,
    /// A paragraph contained in a fuller one (raw range of the fuller one).
    Contained {
        /// The raw range of the paragraph kept instead.
        kept: Range<usize>,
    },
}

/// A passage of the raw text that cleaning removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removal {
    /// Where it is in the raw text.
    pub raw: Range<usize>,
    /// Why it went.
    pub reason: RemovalReason,
}

/// Options of the cleaner.
#[derive(Clone, Debug)]
pub struct Options {
    /// Fraction of a paragraph's word bigrams found in another paragraph
    /// above which it counts as contained (0.9).
    pub containment: f64,
    /// Paragraphs with fewer words are never dropped as contained (8): short
    /// lines repeat legitimately ("He declined.").
    pub min_words_contained: usize,
    /// How many leading paragraphs may carry a dateline (3).
    pub dateline_paragraphs: usize,
    /// Paragraphs longer than this many bytes are split, at a sentence end
    /// where there is one ([`MAX_PARAGRAPH_BYTES`]; at least 256).
    pub max_paragraph_bytes: usize,
}

/// The default longest paragraph, in bytes: far above any paragraph of news.
pub const MAX_PARAGRAPH_BYTES: usize = 64 << 10;

impl Default for Options {
    fn default() -> Self {
        Options {
            containment: 0.9,
            min_words_contained: 8,
            dateline_paragraphs: 3,
            max_paragraph_bytes: MAX_PARAGRAPH_BYTES,
        }
    }
}

/// The result of cleaning one raw text.
#[derive(Clone, Debug)]
pub struct Cleaned {
    /// The clean text.
    pub text: String,
    /// Clean-to-raw alignment.
    pub alignment: Alignment,
    /// Spans of the paragraphs in the clean text.
    pub paragraphs: Vec<Span>,
    /// The dateline, if one was found (its span indexes the clean text).
    pub dateline: Option<Dateline>,
    /// What was removed, and why.
    pub removed: Vec<Removal>,
    /// How many paragraphs were split for being longer than the limit.
    pub split_paragraphs: usize,
    /// That limit, in bytes.
    pub paragraph_limit: usize,
}

/// Cleans `raw` with default options.
pub fn clean(raw: &str) -> Cleaned {
    clean_with(raw, &Options::default())
}

/// Cleans `raw`.
pub fn clean_with(raw: &str, opts: &Options) -> Cleaned {
    let (paras, split_paragraphs) =
        long::cap(raw, paragraphs::split(raw), opts.max_paragraph_bytes);
    let mut removed = Vec::new();
    let mut kept: Vec<paragraphs::Para> = Vec::with_capacity(paras.len());
    let mut raw_dateline = None;
    for p in paras {
        match doubled::undouble(raw, &p) {
            Some(u) => {
                removed.push(Removal {
                    raw: u.removed.clone(),
                    reason: RemovalReason::Doubled,
                });
                if raw_dateline.is_none() {
                    raw_dateline = u.dateline;
                }
                kept.push(u.kept);
            }
            None => kept.push(p),
        }
    }
    let mut dropped = vec![false; kept.len()];
    for (i, fuller) in contained::find(raw, &kept, opts) {
        dropped[i] = true;
        removed.push(Removal {
            raw: kept[i].range(),
            reason: RemovalReason::Contained {
                kept: kept[fuller].range(),
            },
        });
    }
    let kept: Vec<_> = kept
        .into_iter()
        .zip(dropped)
        .filter_map(|(p, gone)| (!gone).then_some(p))
        .collect();
    if raw_dateline.is_none() {
        raw_dateline = kept
            .iter()
            .take(opts.dateline_paragraphs)
            .find_map(|p| parse_dateline(&raw[p.range()]).map(|d| d.shifted(p.start)));
    }
    removed.sort_by_key(|r| r.raw.start);
    let (text, alignment, paragraphs) = emit::emit(raw, &kept);
    // The dateline was found in raw coordinates; find its clean span.
    let dateline = raw_dateline.and_then(|d| {
        let span = emit::clean_span_of(&alignment, d.span.range())?;
        Some(Dateline { span, ..d })
    });
    Cleaned {
        text,
        alignment,
        paragraphs,
        dateline,
        removed,
        split_paragraphs,
        paragraph_limit: opts.max_paragraph_bytes.max(long::MIN_LIMIT),
    }
}

impl Cleaned {
    /// Builds a [`Doc`] from the cleaning result: raw and clean text, the
    /// alignment, and metadata where `meta` (what the caller knew) is completed
    /// by the dateline (date, outlet, place) when it says nothing.
    pub fn into_doc(self, id: impl Into<String>, raw: String, mut meta: Meta) -> Doc {
        if let Some(d) = &self.dateline {
            meta.dateline = Some(d.span);
            if meta.date.is_none() {
                meta.date = d.date;
            }
            if meta.outlet.is_none() {
                meta.outlet = d.outlet.clone();
            }
            if meta.place.is_none() {
                meta.place = d.place.clone();
            }
        }
        let mut doc = Doc {
            id: id.into(),
            raw,
            text: self.text,
            alignment: self.alignment,
            meta,
            ..Doc::default()
        };
        if self.split_paragraphs > 0 {
            let message = format!(
                "{} paragraph(s) longer than {} bytes split at sentence ends (or spaces)",
                self.split_paragraphs, self.paragraph_limit
            );
            doc.note("clean", message, None);
        }
        doc
    }
}
