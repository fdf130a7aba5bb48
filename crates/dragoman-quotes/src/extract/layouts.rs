//! Attributions with a layout of their own: headlines signed with a colon,
//! quotations passed on by an outer source, quotations signed with a dash,
//! quotations introduced by a colon, and a statement attributed after it by
//! the next sentence ("... This was reported by X, citing Y.").

use super::{Extractor, Found};

/// The fewest words of a quotation read as the content of the clause and colon before it.
const MIN_COLON_QUOTATION_WORDS: usize = 4;
use crate::extent::{content_start, is_cue_word, skip_back, trim_end};
use crate::lexicon::LEXICON;
use crate::view::View;
use dragoman_model::{Span, TokenKind};

/// Passive reporting verbs of "This was reported by X".
const PASSIVE_CUES: [&str; 7] = [
    "reported",
    "stated",
    "said",
    "announced",
    "confirmed",
    "written",
    "disclosed",
];

/// Verbs of an outlet passing a statement on, after the statement's source.
const PASSING_ON: [&str; 4] = ["reports", "reported", "writes", "wrote"];

/// "..., reports UNN" or "..., UNN reports" closing the sentence `..b` at
/// the comma `k`: the outlet's span.
fn passed_on_by(v: &View, k: usize, b: usize) -> Option<Span> {
    if k + 2 >= b || !v.is(k, ",") {
        return None;
    }
    let last = trim_end(v, k + 1, b);
    let words = |from: usize, to: usize| (from..=to).all(|j| v.is_wordlike(j));
    if PASSING_ON.contains(&v.lower(k + 1)) && words(k + 2, last) {
        return Some(v.cover(k + 2, last));
    }
    (PASSING_ON.contains(&v.lower(last)) && last > k + 1 && words(k + 1, last - 1))
        .then(|| v.cover(k + 1, last - 1))
}

impl Extractor<'_, '_> {
    /// "C. This was reported by X, citing Y.": the sentence before (in the
    /// same paragraph) is the content; Y speaks via X, or X speaks.
    pub(super) fn reported_by_next(
        &mut self,
        prev: Option<(usize, usize)>,
        a: usize,
        b: usize,
    ) -> Option<Found> {
        let v = self.v;
        let (pa, pb) = prev?;
        let opens = a + 2 < b
            && matches!(v.lower(a), "this" | "that" | "it")
            && matches!(v.lower(a + 1), "was" | "has" | "had" | "is");
        if !opens {
            return None;
        }
        let cue = (a + 2..b.min(a + 5)).find(|&j| PASSIVE_CUES.contains(&v.lower(j)))?;
        if cue + 2 >= b || v.lower(cue + 1) != "by" || !v.same_paragraph(pa, a) {
            return None;
        }
        let end = (cue + 2..b)
            .find(|&j| v.is(j, ",") || v.is(j, "."))
            .unwrap_or(b)
            .checked_sub(1)?;
        if end < cue + 2 {
            return None;
        }
        let outer = v.cover(cue + 2, end);
        let content = v.cover(pa, trim_end(v, pa, pb));
        let mut found = Found::new(vec![content], v.cover(a + 1, cue + 1), Some(outer));
        if end + 3 < b && v.lower(end + 2) == "citing" {
            let inner_end = trim_end(v, end + 3, b);
            found.source = Some(v.cover(end + 3, inner_end));
            found.via = vec![outer];
        } else if let Some(via) = passed_on_by(v, end + 1, b) {
            // "This was stated by X, reports UNN": X speaks via the outlet.
            found.via = vec![via];
        }
        Some(found)
    }

    /// A headline or lead-in signed by its source: "Ann Lee: Talks Will Go On"
    /// (at least three words after the colon; not "Update: ..." nor "The
    /// Latest: ...").
    pub(super) fn headline(&mut self, a: usize, b: usize) -> Option<Found> {
        let v = self.v;
        let colon = (a..b.min(a + 5)).find(|&j| v.is(j, ":"))?;
        let words_after = (colon + 1..b)
            .filter(|&j| v.kind(j) == dragoman_model::TokenKind::Word)
            .count();
        if colon == a
            || words_after < 3
            || !(a..colon).all(|j| v.is_capitalized(j))
            || LEXICON.not_sources.contains(v.lower(a))
            || LEXICON.not_sources.contains(v.lower(colon - 1))
        {
            return None;
        }
        let e = trim_end(v, colon + 1, b);
        Some(Found::new(
            vec![v.cover(colon + 1, e)],
            v.span(colon),
            Some(v.cover(a, colon - 1)),
        ))
    }

    /// "As the Evening Post wrote at the time, “Aide Y also repeated that ...”": a whole
    /// quotation passed on by an outer source, with the inner source inside it.
    pub(super) fn passed_on_quotation(&mut self, a: usize, b: usize) -> Option<Found> {
        let v = self.v;
        if v.lower(a) != "as" {
            return None;
        }
        let comma = (a + 1..b.min(a + 12)).find(|&j| v.is(j, ","))?;
        let outer_cue = (a + 1..comma).find(|&j| is_cue_word(v, j))?;
        let outer_end = skip_back(v, Some(outer_cue - 1), a + 1)?;
        let r = (comma + 1 < v.len())
            .then(|| v.opens_region(comma + 1))
            .flatten()?;
        let region = v.regions[r].span;
        let first = comma + 2;
        let inner_cue = (first..v.len())
            .take_while(|&j| v.region_of(j) == Some(r))
            .find(|&j| is_cue_word(v, j))?;
        let p = skip_back(v, inner_cue.checked_sub(1), first)?;
        if p - first > 8 || !(first..=p).all(|j| v.is_wordlike(j)) {
            return None;
        }
        let start = content_start(v, inner_cue + 1, v.len(), v.lower(inner_cue));
        let content = Span {
            start: v.span(start).start,
            end: region.end,
        };
        self.used[r] = true;
        Some(Found {
            content: vec![content],
            cue: v.span(inner_cue),
            source: Some(v.cover(first, p)),
            via: vec![v.cover(a + 1, outer_end)],
        })
    }

    /// Quotations signed with a dash and a name closing their paragraph or
    /// followed by the next quotation (“...” ― Ann Lee): the dash is the cue,
    /// the name the source.
    pub(super) fn signed_quotations(&mut self) {
        let v = self.v;
        for r in 0..v.regions.len() {
            if self.used[r] {
                continue;
            }
            let dash = v.token_at_or_after(v.regions[r].span.end);
            let first = dash + 1;
            if first >= v.len()
                || v.kind(dash) != TokenKind::Dash
                || v.word(dash) == "-"
                || !v.is_capitalized(first)
            {
                continue;
            }
            // The name ends its paragraph, or the next signed quotation follows it
            // on the same line (“...” ― Ann Lee “...” ― Tomas Berg).
            let ends_name = |j: usize| {
                j >= v.len() || !v.same_paragraph(first, j) || v.opens_region(j).is_some()
            };
            let mut last = first;
            while !ends_name(last + 1) && last - first < 6 {
                last += 1;
            }
            // Before a quotation on the same line, only a name in capitals signs.
            let in_line = last + 1 < v.len() && v.same_paragraph(first, last + 1);
            let name_word = |j: usize| {
                if in_line {
                    v.is_capitalized(j)
                } else {
                    v.is_wordlike(j) || v.is(j, ".") || v.is(j, ",")
                }
            };
            if ends_name(last + 1) && (first..=last).all(name_word) {
                self.used[r] = true;
                self.out.push(Found::new(
                    vec![v.regions[r].span],
                    v.span(dash),
                    Some(v.cover(first, trim_end(v, first, last + 1))),
                ));
            }
        }
    }

    /// Quotations of a sentence or more introduced by a clause ending with a
    /// colon and no cue ("The memo makes it plain: “...”"): the colon is the
    /// cue, the subject of the clause the source.
    pub(super) fn colon_quotations(&mut self) {
        let v = self.v;
        for r in 0..v.regions.len() {
            let span = v.regions[r].span;
            let o = v.token_at_or_after(span.start);
            if self.used[r] || o < 2 || !v.is(o - 1, ":") || v.region_of(o - 1).is_some() {
                continue;
            }
            let words = (o..v.len())
                .take_while(|&j| v.region_of(j) == Some(r))
                .filter(|&j| v.is_wordlike(j))
                .count();
            let colon = o - 1;
            let taken = self.out.iter().any(|f| {
                f.content
                    .iter()
                    .any(|c| c.start < span.end && span.start < c.end)
            });
            if words < MIN_COLON_QUOTATION_WORDS || taken || !v.same_paragraph(colon, o) {
                continue;
            }
            let si = self
                .sentences
                .partition_point(|s| s.end_token as usize <= colon);
            let Some(a) = self.sentences.get(si).map(|s| s.first_token as usize) else {
                continue;
            };
            // After a heading: "POLLS AND TURNOUT - Ann Lee and Tomas Berg: “...”".
            let a = (a..colon)
                .rfind(|&j| v.kind(j) == TokenKind::Dash)
                .map_or(a, |j| j + 1);
            let Some(source) = self
                .subject_phrase(a, colon)
                .filter(|s| names_a_holder(v, v.token_at_or_after(s.start)))
            else {
                continue;
            };
            self.used[r] = true;
            self.out
                .push(Found::new(vec![span], v.span(colon), Some(source)));
        }
    }
}

/// True when the phrase opening at token `j` can hold a view: not a heading
/// in capitals, not a question word or conjunction ("What", "Or").
fn names_a_holder(v: &View, j: usize) -> bool {
    let w = v.word(j);
    let heading = w.len() > 1 && !w.chars().any(char::is_lowercase);
    let function_word = LEXICON.determiners.contains(v.lower(j))
        && !matches!(v.lower(j), "the" | "a" | "an")
        && LEXICON.pronoun(v.lower(j)).is_none();
    !heading && !function_word
}
