//! What was said: content before or after the cue, and the quotations that
//! continue an attribution.

use super::{Extractor, Found, MAX_ATTRIBUTION_TAIL};
use crate::extent::{content_end, content_start, cue_follows, is_cue_word, object_end, trim_end};
use crate::lexicon::LEXICON;
use dragoman_model::Span;

impl Extractor<'_, '_> {
    /// Content of sentence `a..b` before the separator `sep` for the cue and
    /// source in `found`, then the quotations that continue it. When the
    /// source stands before the cue (`parenthetical`) and the clause goes on
    /// after a comma at `after`, the rest of it too: "Acts of protest, he said,
    /// are ..." (but not the apposition of "..., said Ann Lee, an aide").
    pub(super) fn fronted_content(
        &mut self,
        (a, b): (usize, usize),
        sep: usize,
        after: usize,
        mut found: Found,
        parenthetical: bool,
    ) -> Option<(Found, usize)> {
        let v = self.v;
        found.content.push(self.content_left(a, sep)?);
        let goes_on = after + 1 < b
            && v.is(after, ",")
            && v.is_wordlike(after + 1)
            && !is_cue_word(v, after + 1)
            // "..., the ministry said, but Baku insisted ...": another's attribution.
            && !cue_follows(v, after + 1, b)
            // "..., an official said, as Israel accused ...": the narrator's setting.
            && !matches!(v.lower(after + 1), "as" | "amid" | "while" | "after" | "when" | "since")
            && v.lower(after + 1) != "according"
            // "..., an official said, speaking on condition of anonymity": how it was said.
            && !is_participle(v.word(after + 1));
        if parenthetical && goes_on && v.closes_region(sep).is_none() {
            let e = content_end(v, after + 1, b);
            found.content.push(v.cover(after + 1, e));
            return Some((found, e + 1));
        }
        let resume = self.continuation(&mut found, after);
        Some((found, resume))
    }

    /// Content before the separator `sep`: a quotation closing there, or the clause from `a`.
    pub(super) fn content_left(&mut self, a: usize, sep: usize) -> Option<Span> {
        let v = self.v;
        let e = if v.closes_region(sep).is_some() {
            sep
        } else {
            sep.checked_sub(1)?
        };
        if let Some(r) = v.closes_region(e) {
            if !self.used[r] {
                self.used[r] = true;
                return Some(self.with_lead_in(a, r));
            }
        }
        if e < a {
            return None;
        }
        let e = trim_end(v, a, e + 1);
        let start = self.clause_start(a).min(e);
        let start = if v.is_wordlike(start) || v.region_of(start).is_some() {
            start
        } else {
            a
        };
        Some(v.cover(start, e))
    }

    /// Quotation `r` closing fronted content, with the words of its clause
    /// before it ("This is a “raw time,” she said"), not those of an
    /// attribution already read.
    fn with_lead_in(&self, a: usize, r: usize) -> Span {
        let v = self.v;
        let span = v.regions[r].span;
        let open = v.token_at_or_after(span.start);
        let taken = self
            .out
            .iter()
            .flat_map(|f| f.content.iter().chain(f.source.iter()).chain([&f.cue]))
            .filter(|s| s.end <= span.start && s.end > v.span(a).start)
            .map(|s| s.end)
            .max();
        let start = match taken {
            Some(end) => v.token_at_or_after(end),
            None => self.clause_start(a),
        };
        let lead = (start..open).find(|&j| v.is_wordlike(j) && v.region_of(j).is_none());
        match lead {
            // (Not a fronted adverbial: "In an interview on “Face the Nation,” she said".)
            Some(j)
                if !LEXICON.prepositions.contains(v.lower(j))
                    && (j..open).all(|k| v.region_of(k).is_none() && !v.is(k, ":")) =>
            {
                Span {
                    start: v.span(j).start,
                    end: span.end,
                }
            }
            _ => span,
        }
    }

    /// Content after the cue ending at `ce`.
    /// With `object`, content that is not a "that" clause stops at the end of
    /// the verb's object ("described X as “Y”, after ...").
    pub(super) fn content_right(
        &mut self,
        b: usize,
        ce: usize,
        word: &str,
        object: bool,
    ) -> Option<(Vec<Span>, usize)> {
        let mut s = content_start(self.v, ce, b, word);
        // "said on Friday:" closing the sentence, the quotation after it.
        if let Some(colon) = (s..b.min(s + 10))
            .find(|&j| self.v.is(j, ":"))
            .filter(|&c| c + 1 >= b || self.v.opens_region(c + 1).is_some())
        {
            s = colon + 1;
        }
        if s < b && LEXICON.auxiliaries.contains(self.v.lower(s)) {
            return None; // "Health worries have dogged": the cue word was a noun
        }
        if s < b && self.v.lower(s) != "to" && LEXICON.prepositions.contains(self.v.lower(s)) {
            // "said on the other hand, “...”" reads on after the comma; "backed out" is no
            // attribution, and neither is "agreed on the text, the ministry said": the
            // clause after the comma is another source's attribution, the words before
            // it its content.
            let comma = (s..b.min(s + 10))
                .find(|&j| self.v.is(j, ","))
                .filter(|&j| j + 1 < b && !cue_follows(self.v, j + 1, b))?;
            s = comma + 1;
        }
        if s >= b {
            // "He said:" closing a sentence or paragraph: the quotation after it.
            let r = self
                .v
                .opens_region(b.min(self.v.len().checked_sub(1)?))
                .filter(|&r| !self.used[r])?;
            self.used[r] = true;
            let mut found = Found::new(vec![self.v.regions[r].span], Span::default(), None);
            let end = self.v.token_at_or_after(self.v.regions[r].span.end);
            let resume = self.continuation(&mut found, end);
            return Some((found.content, resume.max(b)));
        }
        self.content_from(s, b, object)
    }

    /// Content from token `s` to the end of its clause (or the quotation it opens).
    pub(super) fn content_from(
        &mut self,
        s: usize,
        b: usize,
        object: bool,
    ) -> Option<(Vec<Span>, usize)> {
        let v = self.v;
        let quotation = v.opens_region(s).filter(|&r| !self.used[r]);
        // A quotation that is the whole content (not one followed by more words: “X” and Y).
        let whole = quotation.filter(|&r| {
            let after = v.token_at_or_after(v.regions[r].span.end);
            after >= b
                || !v.is_wordlike(after)
                || !v.same_paragraph(s, after)
                || LEXICON.conjunctions.contains(v.lower(after))
        });
        if let Some(r) = whole {
            self.used[r] = true;
            let mut found = Found::new(vec![v.regions[r].span], Span::default(), None);
            let end = v.token_at_or_after(v.regions[r].span.end);
            let resume = self.continuation(&mut found, end);
            return Some((found.content, resume));
        }
        let mut e = content_end(v, s, b);
        if object && v.lower(s) != "that" {
            e = object_end(v, s, e);
        }
        let mut span = v.cover(s, e);
        if let Some(r) = v.region_of(e) {
            if v.regions[r].span.end > span.end && !self.used[r] {
                self.used[r] = true;
                span.end = v.regions[r].span.end;
            }
        }
        Some((vec![span], e + 1))
    }

    /// Adds the quotations that go on after an attribution from token `k`:
    /// `, “C2”` (interrupted), then quotations that follow in the same
    /// paragraph with no cue of their own. Returns where reading resumes.
    /// (The sentence splitter may leave an opening straight quote at the end
    /// of the sentence before, so this walks tokens, not sentences.) A
    /// quotation past the end of a sentence goes on only when it opens its
    /// own: inside another sentence ("The ministry called the measures
    /// “an act of aggression”") it belongs to that sentence's words.
    pub(super) fn continuation(&mut self, found: &mut Found, k: usize) -> usize {
        let v = self.v;
        let mut anchor = k.min(v.len().saturating_sub(1));
        let mut k = k;
        loop {
            // Past the rest of the attribution ("Melanie said to the TV.", "he said
            // when asked about it."), but not past another attribution.
            let mut j = k;
            let mut sentence_end = None;
            while j < v.len()
                && j < k + MAX_ATTRIBUTION_TAIL
                && v.opens_region(j).is_none()
                && (!is_cue_word(v, j) || self.subordinate(j))
                && v.region_of(j).is_none()
            {
                if matches!(v.word(j), "." | "?" | "!") {
                    sentence_end = Some(j);
                }
                j += 1;
            }
            if sentence_end.is_some_and(|e| j > e + 1) {
                break;
            }
            let Some(r) = (j < v.len())
                .then(|| v.opens_region(j))
                .flatten()
                .filter(|&r| !self.used[r])
            else {
                break;
            };
            let after = v.token_at_or_after(v.regions[r].span.end);
            // A paragraph that is one quotation, right after the attribution's, goes on with it.
            let whole_paragraph = (j == 0 || !v.same_paragraph(j - 1, j))
                && (after >= v.len() || !v.same_paragraph(after - 1, after));
            let next_paragraph =
                k > 0 && v.paragraph(j) == v.paragraph(k - 1) + 1 && whole_paragraph;
            if !(v.same_paragraph(anchor, j) || next_paragraph) || self.attributed_after(after) {
                break;
            }
            anchor = j;
            self.used[r] = true;
            found.content.push(v.regions[r].span);
            k = after;
        }
        k
    }

    /// True when the cue at `j` opens a subordinate clause ("when asked",
    /// "who said"), not an attribution of its own.
    pub(super) fn subordinate(&self, j: usize) -> bool {
        j > 0
            && matches!(
                self.v.lower(j - 1),
                "when" | "after" | "as" | "while" | "who" | "before" | "if"
            )
    }

    /// True when a cue follows token `from` (just after a quotation) before the
    /// sentence ends ("“...,” she said"); not when the quotation closed its
    /// sentence ("“... here.” She noted ...").
    pub(super) fn attributed_after(&self, from: usize) -> bool {
        let v = self.v;
        if from >= 2 && matches!(v.word(from - 2), "." | "?" | "!") {
            return false;
        }
        (from..v.len().min(from + 8))
            .take_while(|&j| {
                !matches!(v.word(j), "." | "?" | "!")
                    && from > 0
                    && v.same_paragraph(from - 1, j)
                    && v.opens_region(j).is_none()
            })
            .any(|j| is_cue_word(v, j))
    }
}

/// True for a participle that tells how or on what terms the words were
/// said ("speaking on condition of anonymity", "citing a report"), not a
/// gerund opening more of what was said ("replacing him would be costly").
fn is_participle(word: &str) -> bool {
    matches!(
        word,
        "speaking"
            | "citing"
            | "referring"
            | "declining"
            | "asking"
            | "requesting"
            | "responding"
            | "writing"
    )
}
