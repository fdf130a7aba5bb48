//! Amounts ("three", "twenty four", "a few", "48") and the modifiers that
//! approximate them ("about", "more than", "at least", "up to").

use super::Grammar;
use crate::expr::Amount;
use crate::lexicon::{Lex, Word};

/// How an amount was written, which decides what may follow it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Counted {
    /// One past its last piece.
    pub end: usize,
    /// Its value.
    pub amount: Amount,
    /// True for the article "a"/"an" standing for one.
    pub article: bool,
}

impl Grammar<'_> {
    /// Skips an approximating modifier at `i`: "about", "nearly", "more than",
    /// "less than", "at least", "up to", "no more than".
    pub(super) fn approx(&self, i: usize) -> usize {
        match self.lex(i) {
            Lex::Word(Word::Approx) => i + 1,
            Lex::Word(Word::More | Word::Less) if self.is(i + 1, Word::Than) => i + 2,
            Lex::Word(Word::At) if self.is(i + 1, Word::Least) => i + 2,
            Lex::Word(Word::Up) if self.is(i + 1, Word::To) => i + 2,
            _ => i,
        }
    }

    /// `i + 3` when "and a half" stands at `i`.
    pub(super) fn and_a_half(&self, i: usize) -> Option<usize> {
        (self.is(i, Word::And) && self.is(i + 1, Word::A) && self.is(i + 2, Word::Half))
            .then_some(i + 3)
    }

    /// An amount at `i`.
    pub(super) fn amount(&self, i: usize) -> Option<Counted> {
        let counted = |end, amount, article| {
            Some(Counted {
                end,
                amount,
                article,
            })
        };
        match self.lex(i) {
            Lex::Number(_) => {
                let (end, n) = self.compound(i);
                // "2 1/2"
                let half = self.lex(end) == Lex::Number(1)
                    && self.lex(end + 1) == Lex::Slash
                    && self.lex(end + 2) == Lex::Number(2);
                if half {
                    return counted(end + 3, Amount::Exact(f64::from(n) + 0.5), false);
                }
                counted(end, Amount::Exact(f64::from(n)), false)
            }
            Lex::Word(Word::A) => match self.lex(i + 1) {
                Lex::Word(Word::Few) => counted(i + 2, Amount::Vague, false),
                Lex::Word(Word::Couple) => {
                    counted(self.skip(i + 2, Word::Of), Amount::Exact(2.0), false)
                }
                Lex::Number(100 | 1000) => {
                    let (end, n) = self.compound(i + 1);
                    counted(end, Amount::Exact(f64::from(n)), false)
                }
                _ => counted(i + 1, Amount::Exact(1.0), true),
            },
            Lex::Word(Word::Several | Word::Few) => counted(i + 1, Amount::Vague, false),
            // "the next couple of years"
            Lex::Word(Word::Couple) if self.is(i + 1, Word::Of) => {
                counted(i + 2, Amount::Exact(2.0), false)
            }
            _ => None,
        }
    }

    /// A number written in one or more words from piece `i`: "48",
    /// "twenty four", "ninety-six", "hundred", "two thousand".
    pub(super) fn compound(&self, i: usize) -> (usize, u32) {
        let mut end = i + 1;
        let mut n = self.number_at(i);
        if matches!(n, 20 | 30 | 40 | 50 | 60 | 70 | 80 | 90) {
            if let Lex::Number(unit @ 1..=9) = self.lex(end) {
                n += unit;
                end += 1;
            }
        }
        if let Lex::Number(scale @ (100 | 1000)) = self.lex(end) {
            if n < 100 {
                n *= scale;
                end += 1;
            }
        }
        (end, n)
    }

    fn number_at(&self, i: usize) -> u32 {
        match self.lex(i) {
            Lex::Number(n) => n,
            _ => 0,
        }
    }
}
