//! Pieces: the tokens as the grammar reads them.
//!
//! A hyphenated token is split at its hyphens ("third-quarter" is "third"
//! and "quarter", "mid-1996" is "mid" and "1996"), and every piece carries
//! its [`Lex`]: what it means to the time grammar.

use crate::lexicon::{lookup, number, short_decade, Lex};
use dragoman_model::{Span, Token, TokenKind};

/// One piece of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Where it stands in the text.
    pub span: Span,
    /// What it means.
    pub lex: Lex,
    /// True when it starts with an upper-case letter.
    pub capitalized: bool,
    /// True when a hyphen joins it to the next piece.
    pub hyphen_after: bool,
}

/// The pieces of `tokens` (of `text`), in order.
pub fn pieces(text: &str, tokens: &[Token]) -> Vec<Piece> {
    let mut out = Vec::with_capacity(tokens.len() + tokens.len() / 8);
    for token in tokens {
        let span = token.span;
        let word = span.of(text);
        match token.kind {
            TokenKind::Word | TokenKind::Number | TokenKind::Quote => {
                split(word, span.start, &mut out)
            }
            TokenKind::Punct if word == "," => out.push(plain(span, Lex::Comma)),
            _ if word == "/" => out.push(plain(span, Lex::Slash)),
            _ => out.push(plain(span, Lex::Mark)),
        }
    }
    out
}

fn plain(span: Span, lex: Lex) -> Piece {
    Piece {
        span,
        lex,
        capitalized: false,
        hyphen_after: false,
    }
}

/// Splits a word at its hyphens and classifies each part.
fn split(word: &str, start: u32, out: &mut Vec<Piece>) {
    let mut offset = 0usize;
    let mut parts = word.split('-').peekable();
    while let Some(part) = parts.next() {
        let hyphen_after = parts.peek().is_some();
        if !part.is_empty() {
            let from = start as usize + offset;
            out.push(Piece {
                span: Span::new(from, from + part.len()),
                lex: classify(part),
                capitalized: part.starts_with(|c: char| c.is_uppercase()),
                hyphen_after,
            });
        }
        offset += part.len() + 1;
    }
}

/// The meaning of one part of a token.
fn classify(part: &str) -> Lex {
    let first = part.as_bytes()[0];
    if first.is_ascii_digit() {
        return number(part);
    }
    if !part.chars().any(char::is_alphanumeric) {
        // A quotation mark ("``", "''").
        return Lex::Mark;
    }
    if matches!(part.chars().next(), Some('\'' | '’')) && part.len() > 2 {
        let decade = short_decade(part);
        if decade != Lex::Other {
            return decade;
        }
    }
    let part = part.strip_suffix('.').unwrap_or(part);
    let mut buf = [0u8; 16];
    if part.len() > buf.len() || !part.is_ascii() {
        return lookup_wide(part);
    }
    let lower = &mut buf[..part.len()];
    lower.copy_from_slice(part.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).map_or(Lex::Other, lookup)
}

/// Lookup for the rare long or non-ASCII word (only the curly possessive matters).
fn lookup_wide(part: &str) -> Lex {
    if part == "’s" || part == "’S" {
        lookup("'s")
    } else {
        Lex::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{Unit, Word};

    fn lexes(text: &str) -> Vec<Lex> {
        let tokens = dragoman_tokenize::tokens(text);
        pieces(text, &tokens).into_iter().map(|p| p.lex).collect()
    }

    #[test]
    fn hyphenated_words_are_split() {
        assert_eq!(
            lexes("third-quarter"),
            [Lex::Ordinal(3), Lex::Unit(Unit::Quarter, false)]
        );
        assert_eq!(lexes("mid-1996"), [Lex::Word(Word::Mid), Lex::Number(1996)]);
        assert_eq!(
            lexes("10-hour"),
            [Lex::Number(10), Lex::Unit(Unit::Hour, false)]
        );
    }

    #[test]
    fn abbreviations_decades_and_clocks() {
        assert_eq!(lexes("Nov. 17"), [Lex::Month(11), Lex::Number(17)]);
        assert_eq!(lexes("the 1990s"), [Lex::Word(Word::The), Lex::Decade(199)]);
        assert_eq!(
            lexes("7:15 p.m."),
            [Lex::Clock(7, 15), Lex::Word(Word::Meridiem(true))]
        );
    }
}
