//! Which quote a trigger is said in, or which proposal it lies in, found by
//! bisection over the spans of every quote or proposal rather than by a scan
//! of all of them per event (a scan made the stage quadratic in a long
//! report with many quotes).

use dragoman_model::{Proposal, Quote, Span};

/// Spans of numbered items (quotes, proposals), sorted by start.
pub(crate) struct SpanIndex {
    /// (span, number of its item), sorted by start.
    spans: Vec<(Span, usize)>,
    /// `reach[i]`: the furthest end of `spans[..=i]`.
    reach: Vec<u32>,
}

impl SpanIndex {
    /// The content spans of `quotes`, numbered by quote.
    pub fn quotes(quotes: &[Quote]) -> SpanIndex {
        SpanIndex::new(
            quotes
                .iter()
                .enumerate()
                .flat_map(|(q, quote)| quote.content.iter().map(move |&c| (c, q))),
        )
    }

    /// The spans of `proposals` and of their sections, numbered by proposal.
    pub fn proposals(proposals: &[Proposal]) -> SpanIndex {
        SpanIndex::new(proposals.iter().enumerate().flat_map(|(k, p)| {
            std::iter::once((p.span, k))
                .chain(p.mentions.iter().map(move |m| (*m, k)))
                .chain(p.sections.iter().map(move |s| (s.span, k)))
        }))
    }

    fn new(items: impl Iterator<Item = (Span, usize)>) -> SpanIndex {
        let mut spans: Vec<(Span, usize)> = items.collect();
        spans.sort_by_key(|&(s, q)| (s.start, q));
        let reach = spans
            .iter()
            .scan(0u32, |far, (s, _)| {
                *far = (*far).max(s.end);
                Some(*far)
            })
            .collect();
        SpanIndex { spans, reach }
    }

    /// The first item (in the document's order) one of whose spans
    /// contains `span`, with the number of spans looked at.
    pub fn containing(&self, span: Span) -> (Option<usize>, usize) {
        let mut j = self.spans.partition_point(|(s, _)| s.start <= span.start);
        let mut best: Option<usize> = None;
        let mut looked = 0;
        while j > 0 && self.reach[j - 1] >= span.end {
            j -= 1;
            looked += 1;
            let (s, q) = self.spans[j];
            if s.contains(span) && best.is_none_or(|b| q < b) {
                best = Some(q);
            }
        }
        (best, looked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dragoman_model::{QuoteKind, Sourcing};

    fn quote(spans: &[(usize, usize)]) -> Quote {
        Quote {
            content: spans.iter().map(|&(a, b)| Span::new(a, b)).collect(),
            cue: Vec::new(),
            source: Vec::new(),
            speaker: None,
            kind: QuoteKind::Direct,
            sourcing: Sourcing::Named,
            via: Vec::new(),
            date: None,
        }
    }

    #[test]
    fn finds_the_first_quote_that_contains_a_span() {
        let quotes = [
            quote(&[(50, 60)]),
            quote(&[(0, 10), (20, 40)]),
            quote(&[(25, 30)]),
        ];
        let index = SpanIndex::quotes(&quotes);
        assert_eq!(index.containing(Span::new(26, 28)).0, Some(1));
        assert_eq!(index.containing(Span::new(52, 53)).0, Some(0));
        assert_eq!(index.containing(Span::new(12, 14)).0, None);
        assert_eq!(index.containing(Span::new(38, 45)).0, None);
    }

    #[test]
    fn regression_many_short_quotes_cost_a_few_steps_each() {
        // Ten thousand quotes one after another: a trigger near the end
        // looks at a span or two, not at all of them.
        let quotes: Vec<Quote> = (0..10_000)
            .map(|i| quote(&[(i * 10, i * 10 + 8)]))
            .collect();
        let index = SpanIndex::quotes(&quotes);
        let (found, looked) = index.containing(Span::new(99_982, 99_984));
        assert_eq!(found, Some(9_998));
        assert!(looked <= 2, "{looked}");
        let (found, looked) = index.containing(Span::new(99_989, 99_990));
        assert_eq!(found, None);
        assert!(looked <= 2, "{looked}");
    }
}
