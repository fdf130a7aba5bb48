//! A read-only view of a document's tokens made for attribution rules:
//! lower-cased words, the quotation region and paragraph of every token.

use crate::marks::{regions, Region};
use dragoman_model::{Doc, Span, Token, TokenKind};

/// Marks a lower-cased range that lies in `View::lowered`.
const LOWERED: u32 = 1 << 31;

/// The region of a token outside every quotation region.
const NO_REGION: u32 = u32::MAX;

/// Tokens with what the rules ask of them.
pub struct View<'d> {
    /// The clean text.
    pub text: &'d str,
    /// The tokens.
    pub tokens: &'d [Token],
    /// Lower-cased text of the tokens that have capitals, one after another.
    lowered: String,
    /// Per token: its lower-cased text's byte range, in `lowered` when the
    /// token has capitals (the high bit set), else in `text`.
    lower: Vec<(u32, u32)>,
    /// Quotation regions, in order.
    pub regions: Vec<Region>,
    /// The region each token lies in, [`NO_REGION`] when none (four bytes a
    /// token: an `Option<u32>` takes eight).
    region_of: Vec<u32>,
    /// The tokens that open a new paragraph, in order: a token's paragraph
    /// number is how many of them lie at or before it (found by bisection,
    /// so the view keeps nothing per token for paragraphs).
    paragraph_starts: Vec<u32>,
}

impl<'d> View<'d> {
    /// Builds the view of `doc` (tokens must be filled).
    pub fn new(doc: &'d Doc) -> View<'d> {
        let text = doc.text.as_str();
        let tokens = doc.tokens.as_slice();
        let regions = regions(text);
        let mut region_of = Vec::with_capacity(tokens.len());
        let mut paragraph_starts = Vec::new();
        let mut lower = Vec::with_capacity(tokens.len());
        let mut lowered = String::new();
        let (mut r, mut prev_end) = (0usize, 0usize);
        for (i, t) in tokens.iter().enumerate() {
            let s = t.span.of(text);
            let has_upper = if s.is_ascii() {
                s.bytes().any(|b| b.is_ascii_uppercase())
            } else {
                s.chars().any(char::is_uppercase)
            };
            lower.push(if has_upper {
                let start = lowered.len();
                lowered.push_str(&s.to_lowercase());
                (start as u32 | LOWERED, lowered.len() as u32)
            } else {
                (t.span.start, t.span.end)
            });
            // A new paragraph after a line break, and after the dateline
            // ("LONDON:", "KYIV, Nov 21 (Reuters) -"): no source, cue or
            // quote spans it.
            let after_dateline = doc
                .meta
                .dateline
                .is_some_and(|d| (prev_end..=t.span.start as usize).contains(&(d.end as usize)));
            if text[prev_end..t.span.start as usize].contains('\n') || after_dateline {
                paragraph_starts.push(i as u32);
            }
            prev_end = t.span.end as usize;
            while r < regions.len() && regions[r].span.end <= t.span.start {
                r += 1;
            }
            let inside = r < regions.len() && regions[r].span.start <= t.span.start;
            region_of.push(if inside { r as u32 } else { NO_REGION });
        }
        paragraph_starts.shrink_to_fit();
        View {
            text,
            tokens,
            lower,
            lowered,
            regions,
            region_of,
            paragraph_starts,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The lower-cased text of token `i`.
    pub fn lower(&self, i: usize) -> &str {
        let (start, end) = self.lower[i];
        if start & LOWERED != 0 {
            &self.lowered[(start & !LOWERED) as usize..end as usize]
        } else {
            &self.text[start as usize..end as usize]
        }
    }

    /// The text of token `i` as written.
    pub fn word(&self, i: usize) -> &'d str {
        self.tokens[i].span.of(self.text)
    }

    /// The span of token `i`.
    pub fn span(&self, i: usize) -> Span {
        self.tokens[i].span
    }

    /// The kind of token `i`.
    pub fn kind(&self, i: usize) -> TokenKind {
        self.tokens[i].kind
    }

    /// The quotation region token `i` lies in.
    pub fn region_of(&self, i: usize) -> Option<usize> {
        let r = self.region_of[i];
        (r != NO_REGION).then_some(r as usize)
    }

    /// True when tokens `i` and `j` are in the same paragraph.
    pub fn same_paragraph(&self, i: usize, j: usize) -> bool {
        self.paragraph(i) == self.paragraph(j)
    }

    /// The paragraph number of token `i`.
    pub fn paragraph(&self, i: usize) -> u32 {
        self.paragraph_starts.partition_point(|&s| s as usize <= i) as u32
    }

    /// True when token `i` is a word or number.
    /// An apostrophe glued to a number ("in ‘08", "the ‘90s") is part of it.
    pub fn is_wordlike(&self, i: usize) -> bool {
        matches!(self.kind(i), TokenKind::Word | TokenKind::Number) || self.elides_century(i)
    }

    /// True when token `i` is an opening single mark glued to the number
    /// after it: the apostrophe of an elided century.
    fn elides_century(&self, i: usize) -> bool {
        self.word(i) == "‘"
            && i + 1 < self.tokens.len()
            && self.span(i).end == self.span(i + 1).start
            && self.word(i + 1).starts_with(|c: char| c.is_ascii_digit())
    }

    /// True when token `i` starts with a capital letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.kind(i) == TokenKind::Word
            && self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// True when token `i` is the given punctuation.
    pub fn is(&self, i: usize, s: &str) -> bool {
        self.word(i) == s
    }

    /// True when token `i` opens quotation region `r`.
    pub fn opens_region(&self, i: usize) -> Option<usize> {
        let r = self.region_of(i)?;
        (self.regions[r].span.start == self.tokens[i].span.start).then_some(r)
    }

    /// True when token `i` closes its quotation region.
    pub fn closes_region(&self, i: usize) -> Option<usize> {
        let r = self.region_of(i)?;
        (self.regions[r].span.end == self.tokens[i].span.end).then_some(r)
    }

    /// The span from the start of token `first` to the end of token `last` (inclusive).
    pub fn cover(&self, first: usize, last: usize) -> Span {
        Span {
            start: self.tokens[first].span.start,
            end: self.tokens[last].span.end,
        }
    }

    /// The first token index at or after byte `pos`.
    pub fn token_at_or_after(&self, pos: u32) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }
}
