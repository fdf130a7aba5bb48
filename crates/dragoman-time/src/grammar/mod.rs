//! The recognizer: finds time expressions in the pieces of one sentence.
//!
//! Every rule is a small hand-written parser that, from a starting piece,
//! returns where its expression ends and what it means ([`Expr`]). At each
//! position all rules are tried and the longest match wins; the scan then
//! resumes after it. Spans follow the TimeML conventions of TimeBank: a
//! determiner ("the") and an approximating modifier ("about", "more than")
//! belong to the expression, a preposition ("on", "in") does not.

mod amount;
mod calendar;
mod clock;
mod relative;

use crate::expr::Expr;
use crate::lexicon::{Lex, Word};
use crate::pieces::Piece;

/// A time expression found in the pieces: `pieces[start..end]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Index of its first piece.
    pub start: usize,
    /// One past the index of its last piece.
    pub end: usize,
    /// What it says.
    pub expr: Expr,
}

/// A rule's answer: the end of its match and its meaning.
type Parsed = Option<(usize, Expr)>;

/// Finds every time expression in `pieces` (one sentence), left to right.
pub fn recognize(pieces: &[Piece]) -> Vec<Found> {
    let g = Grammar { p: pieces };
    let mut out = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        if !can_start(pieces[i].lex) {
            i += 1;
            continue;
        }
        match g.longest(i) {
            Some((end, expr)) if g.titled(i, end, &expr) => i = end,
            Some((end, expr)) => {
                out.push(Found {
                    start: i,
                    end,
                    expr,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// False for a piece no rule starts with (most words), which the scan skips.
fn can_start(lex: Lex) -> bool {
    !matches!(
        lex,
        Lex::Other
            | Lex::Comma
            | Lex::Slash
            | Lex::Mark
            | Lex::Word(
                Word::In
                    | Word::On
                    | Word::Of
                    | Word::Since
                    | Word::Old
                    | Word::And
                    | Word::Or
                    | Word::So
                    | Word::Than
                    | Word::To
                    | Word::Least
                    | Word::Ended
                    | Word::Eve
                    | Word::Possessive
                    | Word::Scale
                    | Word::Zone
                    | Word::Meridiem(_)
                    | Word::Period
                    | Word::Ago
            )
    )
}

/// The pieces of one sentence, and the rules that read them.
struct Grammar<'p> {
    p: &'p [Piece],
}

impl Grammar<'_> {
    /// The longest match of any rule at `i`.
    fn longest(&self, i: usize) -> Parsed {
        let rules: [fn(&Self, usize) -> Parsed; 10] = [
            Self::rate,
            Self::vague,
            Self::deictic,
            Self::relative,
            Self::quarter,
            Self::calendar,
            Self::ago,
            Self::duration,
            Self::clock,
            Self::set,
        ];
        let mut best: Parsed = None;
        for rule in rules {
            if let Some((end, expr)) = rule(self, i) {
                if best.as_ref().is_none_or(|(b, _)| end > *b) {
                    best = Some((end, expr));
                }
            }
        }
        best
    }

    /// True when `pieces[start..end]` is part of a title or a name, not a
    /// time: a unit, a part of the day or "today" written with a capital
    /// inside a sentence ("ABC's "This Week"", "60 Minutes", "High Noon",
    /// "USA Today"). The days
    /// of holidays ("Thanksgiving Day") are times.
    fn titled(&self, start: usize, end: usize, expr: &Expr) -> bool {
        if matches!(expr, Expr::Holiday(..)) {
            return false;
        }
        // After a full stop or an opening quote, a capital says nothing.
        let opens_sentence = |i: usize| i == 0 || self.lex(i - 1) == Lex::Mark;
        (start..end).any(|i| {
            let timely = matches!(
                self.lex(i),
                Lex::Unit(..)
                    | Lex::PartOfDay(_)
                    | Lex::Word(
                        Word::Noon
                            | Word::Midnight
                            | Word::Today
                            | Word::Tonight
                            | Word::Tomorrow
                            | Word::Yesterday
                    )
            );
            timely && self.capitalized(i) && !opens_sentence(i)
        })
    }

    /// The meaning of piece `i` ([`Lex::Other`] past the end).
    fn lex(&self, i: usize) -> Lex {
        self.p.get(i).map_or(Lex::Other, |p| p.lex)
    }

    /// True when piece `i` is the function word `w`.
    fn is(&self, i: usize, w: Word) -> bool {
        self.lex(i) == Lex::Word(w)
    }

    /// `i + 1` when piece `i` is `w`, else `i`: skips an optional word.
    fn skip(&self, i: usize, w: Word) -> usize {
        if self.is(i, w) {
            i + 1
        } else {
            i
        }
    }

    /// True when a hyphen joins piece `i` to the next.
    fn hyphen_after(&self, i: usize) -> bool {
        self.p.get(i).is_some_and(|p| p.hyphen_after)
    }

    /// True when piece `i` starts with a capital letter.
    fn capitalized(&self, i: usize) -> bool {
        self.p.get(i).is_some_and(|p| p.capitalized)
    }
}
