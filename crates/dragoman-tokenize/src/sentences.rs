//! The sentence splitter: reads tokens and the whitespace between them.

use crate::abbrev::{precedes_name, STARTERS};
use dragoman_model::{Sentence, Span, Token, TokenKind};

/// Splits the sentence that holds the byte offset `at` between two of its
/// tokens there: a dateline ("KYIV, Nov 21 (Reuters) -") is a sentence of
/// its own, so no source, cue or tense of the story reaches into it.
pub fn split_at(sentences: &mut Vec<Sentence>, tokens: &[Token], at: u32) {
    let Some(k) = sentences
        .iter()
        .position(|s| s.span.start < at && at < s.span.end)
    else {
        return;
    };
    let s = sentences[k];
    let range = s.first_token as usize..s.end_token as usize;
    let Some(inside) = tokens.get(range.clone()) else {
        return;
    };
    let cut = inside.partition_point(|t| t.span.end <= at);
    if cut == 0 || cut == inside.len() || inside[cut].span.start < at {
        return;
    }
    let cut = range.start + cut;
    let head = Sentence {
        span: Span::new(s.span.start as usize, tokens[cut - 1].span.end as usize),
        first_token: s.first_token,
        end_token: cut as u32,
    };
    let tail = Sentence {
        span: Span::new(tokens[cut].span.start as usize, s.span.end as usize),
        first_token: cut as u32,
        end_token: s.end_token,
    };
    sentences.splice(k..=k, [head, tail]);
}

/// Splits tokens into sentences.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0usize;
    let mut i = 0usize;
    while i < tokens.len() {
        let t = tokens[i];
        let mut end = i + 1; // one past the last token of the candidate sentence
        let boundary;
        if ends_sentence(text, tokens, i) {
            // Closing quotes and brackets belong to the sentence they close.
            while end < tokens.len()
                && is_closer(text, tokens[end])
                && !gap_has_newline(text, tokens[end - 1], tokens[end])
            {
                end += 1;
            }
            boundary = match tokens.get(end) {
                None => true,
                Some(&next) => {
                    gap_has_newline(text, tokens[end - 1], next)
                        || starts_sentence(text, tokens, i, next)
                }
            };
        } else if let Some(&next) = tokens.get(i + 1) {
            boundary = gap_has_newline(text, t, next);
        } else {
            boundary = true;
        }
        if boundary {
            push(&mut out, tokens, first, end);
            first = end;
        }
        i = end;
    }
    if first < tokens.len() {
        push(&mut out, tokens, first, tokens.len());
    }
    out
}

fn push(out: &mut Vec<Sentence>, tokens: &[Token], first: usize, end: usize) {
    let span = Span {
        start: tokens[first].span.start,
        end: tokens[end - 1].span.end,
    };
    out.push(Sentence {
        span,
        first_token: first as u32,
        end_token: end as u32,
    });
}

fn gap_has_newline(text: &str, a: Token, b: Token) -> bool {
    text.as_bytes()[a.span.end as usize..b.span.start as usize].contains(&b'\n')
}

fn is_closer(text: &str, t: Token) -> bool {
    match t.kind {
        TokenKind::Quote => matches!(t.span.of(text), "\"" | "”" | "’" | "'" | "»" | "›" | "“"),
        TokenKind::Bracket => matches!(t.span.of(text), ")" | "]" | "}"),
        _ => false,
    }
}

/// True when token `i` can end a sentence.
fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    let s = t.span.of(text);
    match t.kind {
        TokenKind::Punct => matches!(s, "." | "!" | "?"),
        TokenKind::Ellipsis => true,
        // An abbreviation with its period: "U.S." may end a sentence, "Gen." may not.
        TokenKind::Word => s.len() > 1 && s.ends_with('.') && !precedes_name(&s[..s.len() - 1]),
        _ => false,
    }
}

/// True when `next` begins a new sentence after the terminal token `i`.
fn starts_sentence(text: &str, tokens: &[Token], i: usize, next: Token) -> bool {
    let term = tokens[i].span.of(text);
    let n = next.span.of(text);
    let first = n.chars().next().unwrap_or(' ');
    let capital_like = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(
            next.kind,
            TokenKind::Quote | TokenKind::Bracket | TokenKind::Dash
        );
    if !capital_like {
        return false;
    }
    // No space after the period ("end.Next" is a typo; "U.S." handled as one token).
    if tokens[i].span.end == next.span.start && next.kind == TokenKind::Word && term == "." {
        return true;
    }
    if tokens[i].kind == TokenKind::Word {
        // Abbreviation or initial with its period: split only before a typical sentence starter.
        if names_the_platform(text, tokens, i) {
            return true;
        }
        let word = &term[..term.len() - 1];
        let initial = word.chars().count() == 1;
        return !initial && STARTERS.contains(&n);
    }
    if tokens[i].kind == TokenKind::Ellipsis {
        return first.is_uppercase();
    }
    true
}

/// True when token `i` is "X." after "on": the platform ("wrote on X."),
/// not an initial, so its period may end the sentence.
fn names_the_platform(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens[i].span.of(text) == "X."
        && i > 0
        && tokens[i - 1].span.of(text).eq_ignore_ascii_case("on")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens;

    fn split(text: &str) -> Vec<&str> {
        let t = tokens(text);
        sentences(text, &t)
            .iter()
            .map(|s| s.span.of(text))
            .collect()
    }

    #[test]
    fn periods_end_sentences_but_abbreviations_do_not() {
        assert_eq!(
            split("Gen. Smith arrived on Nov. 19. He left."),
            ["Gen. Smith arrived on Nov. 19.", "He left."]
        );
        assert_eq!(
            split("It is a U.S. plan. The talks go on."),
            ["It is a U.S. plan.", "The talks go on."]
        );
        assert_eq!(
            split("They met in the U.S. The talks went on."),
            ["They met in the U.S.", "The talks went on."]
        );
        assert_eq!(split("John F. Kennedy spoke."), ["John F. Kennedy spoke."]);
        // Regression: "on X." is the platform, and its period ends the sentence.
        assert_eq!(
            split("The minister wrote on X. Chile's embassy agreed."),
            ["The minister wrote on X.", "Chile's embassy agreed."]
        );
        assert_eq!(
            split("Malcolm X. Little spoke."),
            ["Malcolm X. Little spoke."]
        );
        assert_eq!(
            split("Rep. Ann Berg (D-N.Y.) said so. Talks go on."),
            ["Rep. Ann Berg (D-N.Y.) said so.", "Talks go on."]
        );
    }

    #[test]
    fn quotes_close_with_their_sentence() {
        assert_eq!(
            split("He said, “It is over.” Then he left."),
            ["He said, “It is over.”", "Then he left."]
        );
        assert_eq!(split("“It is over,” he said."), ["“It is over,” he said."]);
    }

    #[test]
    fn paragraph_breaks_end_sentences() {
        assert_eq!(
            split("A headline\n\nThe body starts"),
            ["A headline", "The body starts"]
        );
    }

    #[test]
    fn lowercase_after_period_continues() {
        assert_eq!(
            split("Prices rose 3.5 percent. and so on"),
            ["Prices rose 3.5 percent. and so on"]
        );
    }
}
