//! Clock times: "3 p.m.", "around 7:15 p.m.", "10 p.m. Wednesday",
//! "5 p.m. EST, Nov. 9", "noon Thursday", "midnight", "at 4 in the morning".

use super::{Grammar, Parsed};
use crate::expr::{Anchor, DayTime, Direction, Expr, YearPart};
use crate::lexicon::{Lex, PartOfDay, Unit, Word};

impl Grammar<'_> {
    /// A clock time, with the day it falls on when one follows.
    pub(super) fn clock(&self, i: usize) -> Parsed {
        let j = self.approx(i);
        let (end, hour, minute) = self.time_of_day(j)?;
        let mut k = self.skip(end, Word::Zone);
        let after_comma = if self.lex(k) == Lex::Comma { k + 1 } else { k };
        let day = match self.day_after(after_comma) {
            Some((e, day)) => {
                k = e;
                day
            }
            None => Expr::Shift(Unit::Day, 0, Anchor::Mentioned),
        };
        Some((k, Expr::Time(DayTime::Clock(hour, minute), Box::new(day))))
    }

    /// "3 p.m.", "7:15 p.m.", "7:15", "noon", "midnight".
    fn time_of_day(&self, i: usize) -> Option<(usize, u8, u8)> {
        let meridiem = |at: usize| match self.lex(at) {
            Lex::Word(Word::Meridiem(pm)) => Some(pm),
            _ => None,
        };
        let to24 = |h: u8, pm: bool| match (h, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
        match self.lex(i) {
            Lex::Word(Word::Noon) => Some((i + 1, 12, 0)),
            Lex::Word(Word::Midnight) => Some((i + 1, 24, 0)),
            Lex::Clock(h, m) => match meridiem(i + 1) {
                Some(pm) if (1..=12).contains(&h) => Some((i + 2, to24(h, pm), m)),
                _ => Some((i + 1, h, m)),
            },
            Lex::Number(h @ 1..=12) => match meridiem(i + 1) {
                Some(pm) => Some((i + 2, to24(h as u8, pm), 0)),
                None => self.hour_of_part(i, h as u8),
            },
            _ => None,
        }
    }

    /// "(at) 4 in the morning", "(at) 9 in the evening", "(at) 11 at
    /// night": an hour told with its part of the day, after "at".
    fn hour_of_part(&self, i: usize, h: u8) -> Option<(usize, u8, u8)> {
        if i == 0 || !self.is(i - 1, Word::At) {
            return None;
        }
        let (end, part) = match (self.lex(i + 1), self.lex(i + 2), self.lex(i + 3)) {
            (Lex::Word(Word::In), Lex::Word(Word::The), Lex::PartOfDay(p)) => (i + 4, p),
            (Lex::Word(Word::At), Lex::PartOfDay(p @ PartOfDay::Night), _) => (i + 3, p),
            _ => return None,
        };
        let hour = match part {
            PartOfDay::Morning => h % 12,
            PartOfDay::Night if h < 5 || h == 12 => h % 12,
            _ => h % 12 + 12,
        };
        Some((end, hour, 0))
    }

    /// The day a time falls on, written after it: "Wednesday", "yesterday", "Nov. 9".
    fn day_after(&self, i: usize) -> Option<(usize, Expr)> {
        match self.lex(i) {
            Lex::Weekday(w) => Some((i + 1, Expr::Weekday(w, Direction::Implicit))),
            Lex::Word(Word::Today | Word::Yesterday | Word::Tomorrow) => self.deictic(i),
            Lex::Month(_) => match self.calendar(i)? {
                (end, date @ Expr::Date(YearPart::Month(_, Some(_)), _)) => Some((end, date)),
                _ => None,
            },
            _ => None,
        }
    }
}
