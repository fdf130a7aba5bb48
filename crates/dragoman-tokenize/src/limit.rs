//! The sentence-length limit: a run of tokens with no full stop (a list of a
//! million words, a table flattened into one line) is cut into pieces of at
//! most [`MAX_SENTENCE_TOKENS`] tokens, so that every stage that looks over a
//! sentence looks over a bounded span. A cut falls after the last comma,
//! semicolon or colon in the second half of a piece when there is one.

use dragoman_model::{Sentence, Span, Token, TokenKind};

pub use dragoman_model::MAX_SENTENCE_TOKENS;

/// A sentence that was cut: its span before the cut and the number of pieces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    /// The whole run of tokens, as the splitter found it.
    pub span: Span,
    /// How many sentences it became.
    pub pieces: usize,
}

/// `sentences` with every sentence longer than `limit` tokens cut into
/// pieces of at most `limit` tokens, and the cuts made.
pub fn cut_long(
    text: &str,
    tokens: &[Token],
    sentences: Vec<Sentence>,
    limit: usize,
) -> (Vec<Sentence>, Vec<Cut>) {
    let limit = limit.max(2);
    if sentences.iter().all(|s| len(s) <= limit) {
        return (sentences, Vec::new());
    }
    let mut out = Vec::with_capacity(sentences.len());
    let mut cuts = Vec::new();
    for s in sentences {
        if len(&s) <= limit {
            out.push(s);
            continue;
        }
        let before = out.len();
        let (mut first, end) = (s.first_token as usize, s.end_token as usize);
        while end - first > limit {
            let cut = cut_point(text, &tokens[first..first + limit]) + first;
            out.push(sentence(tokens, first, cut));
            first = cut;
        }
        out.push(sentence(tokens, first, end));
        cuts.push(Cut {
            span: s.span,
            pieces: out.len() - before,
        });
    }
    (out, cuts)
}

fn len(s: &Sentence) -> usize {
    (s.end_token - s.first_token) as usize
}

/// Where to end a piece that starts with `window` (relative to its start):
/// after the last clause punctuation in the second half, else at the limit.
fn cut_point(text: &str, window: &[Token]) -> usize {
    let half = window.len() / 2;
    window[half..]
        .iter()
        .rposition(|t| t.kind == TokenKind::Punct && matches!(t.span.of(text), "," | ";" | ":"))
        .map_or(window.len(), |p| half + p + 1)
}

fn sentence(tokens: &[Token], first: usize, end: usize) -> Sentence {
    Sentence {
        span: Span {
            start: tokens[first].span.start,
            end: tokens[end - 1].span.end,
        },
        first_token: first as u32,
        end_token: end as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{sentences, tokens};

    #[test]
    fn regression_a_sentence_without_a_full_stop_is_cut_at_the_limit() {
        let text = "the envoy waited ".repeat(1000); // 3000 tokens, no stop
        let toks = tokens(&text);
        let (sents, cuts) = cut_long(&text, &toks, sentences(&text, &toks), 1000);
        assert_eq!(sents.len(), 3);
        assert!(sents.iter().all(|s| len(s) <= 1000));
        assert_eq!(
            cuts,
            [Cut {
                span: Span::new(0, text.trim_end().len()),
                pieces: 3
            }]
        );
        // The pieces still tile the tokens.
        assert_eq!(sents[0].first_token, 0);
        assert!(sents.windows(2).all(|w| w[0].end_token == w[1].first_token));
        assert_eq!(sents[2].end_token as usize, toks.len());
    }

    #[test]
    fn a_cut_prefers_the_last_comma_in_the_second_half() {
        let text = "one two three four, five six seven eight nine ten";
        let toks = tokens(text);
        let (sents, _) = cut_long(text, &toks, sentences(text, &toks), 8);
        assert_eq!(sents[0].span.of(text), "one two three four,");
    }

    #[test]
    fn short_sentences_are_left_alone() {
        let text = "Talks resumed. The envoy left.";
        let toks = tokens(text);
        let before = sentences(text, &toks);
        let (after, cuts) = cut_long(text, &toks, before.clone(), 1000);
        assert_eq!(after, before);
        assert!(cuts.is_empty());
    }
}
