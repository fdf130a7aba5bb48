//! Expressions counted from an anchor ("yesterday", "last week", "two days
//! ago", "the next day"), durations ("the past three months", "48 hours"),
//! recurrences ("every week", "daily") and vague references ("recently").

use super::{Grammar, Parsed};
use crate::expr::{Amount, Anchor, DayTime, Direction, Expr, YearOf, YearPart};
use crate::lexicon::{Lex, PartOfDay, Unit, Vague, Word};
use crate::period::period;

impl Grammar<'_> {
    /// "now", "recently", "more recently", "the past", "the future", "recent
    /// years", "the coming weeks", "these days", "the near term", "as soon as
    /// possible".
    pub(super) fn vague(&self, i: usize) -> Parsed {
        match self.lex(i) {
            Lex::Word(Word::These) if self.lex(i + 1) == Lex::Unit(Unit::Day, true) => {
                Some((i + 2, Expr::Vague(Vague::Present)))
            }
            Lex::Word(Word::As)
                if self.lex(i + 1) == Lex::Vague(Vague::Future)
                    && self.is(i + 2, Word::As)
                    && self.is(i + 3, Word::Possible) =>
            {
                Some((i + 4, Expr::Vague(Vague::Future)))
            }
            Lex::Vague(v) if self.vague_stands(i, v) => Some((i + 1, Expr::Vague(v))),
            Lex::Word(Word::Current) if !self.counts_on(i + 1) => {
                Some((i + 1, Expr::Vague(Vague::Present)))
            }
            Lex::Word(Word::More) if self.lex(i + 1) == Lex::Vague(Vague::Past) => {
                Some((i + 2, Expr::Vague(Vague::Past)))
            }
            Lex::Word(Word::The) => match self.lex(i + 1) {
                Lex::Word(Word::Past) if !self.counts_on(i + 2) => {
                    Some((i + 2, Expr::Vague(Vague::Past)))
                }
                Lex::Word(Word::Future) => Some((i + 2, Expr::Vague(Vague::Future))),
                Lex::Word(Word::Near) if self.is(i + 2, Word::Future) => {
                    Some((i + 3, Expr::Vague(Vague::Future)))
                }
                Lex::Word(Word::Near | Word::Short) if self.is(i + 2, Word::Term) => {
                    Some((i + 3, Expr::Vague(Vague::Future)))
                }
                Lex::Word(Word::Coming) if self.plural_unit(i + 2) => {
                    Some((i + 3, self.some_units(i + 2)))
                }
                _ => None,
            },
            Lex::Word(Word::Future) if i > 0 && self.is(i - 1, Word::In) => {
                Some((i + 1, Expr::Vague(Vague::Future)))
            }
            Lex::Word(Word::Coming | Word::Recent) if self.plural_unit(i + 1) => {
                Some((i + 2, self.some_units(i + 1)))
            }
            _ => None,
        }
    }

    /// "(recent) weeks", "(the coming) years": some of the plural unit at
    /// `i`, a length of time as TimeBank has it ("PXW").
    fn some_units(&self, i: usize) -> Expr {
        match self.lex(i) {
            Lex::Unit(unit, _) => Expr::Duration(Amount::Vague, unit),
            _ => Expr::Vague(Vague::Past),
        }
    }

    /// True when the vague word at `i` is a time expression: not "as soon
    /// as", "soon after", nor a sentence-opening "Now,".
    fn vague_stands(&self, i: usize, v: Vague) -> bool {
        let before = if i > 0 { self.lex(i - 1) } else { Lex::Mark };
        match v {
            Vague::Future => {
                !matches!(before, Lex::Word(Word::As))
                    && !matches!(self.lex(i + 1), Lex::Word(Word::As | Word::Since))
            }
            // "Now, ..." opening a sentence is a discourse marker.
            Vague::Present => !(before == Lex::Mark && self.lex(i + 1) == Lex::Comma),
            Vague::Past => true,
        }
    }

    /// True when piece `i` is a plural unit of days or longer ("weeks").
    fn plural_unit(&self, i: usize) -> bool {
        matches!(
            self.lex(i),
            Lex::Unit(
                Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade,
                true
            )
        )
    }

    /// True when a number or a unit follows at `i` ("the past three months").
    fn counts_on(&self, i: usize) -> bool {
        self.amount(i).is_some()
            || matches!(
                self.lex(i),
                Lex::Unit(..) | Lex::Season(_) | Lex::Weekday(_) | Lex::Month(_)
            )
    }

    /// "today", "yesterday morning", "late yesterday", "tomorrow", "tonight".
    pub(super) fn deictic(&self, i: usize) -> Parsed {
        let j = match self.lex(i) {
            Lex::Word(Word::Early | Word::Late | Word::Earlier | Word::Later) => i + 1,
            _ => i,
        };
        let n = match self.lex(j) {
            // "today's world" is any day's.
            Lex::Word(Word::Today) if self.is(j + 1, Word::Possessive) => return None,
            Lex::Word(Word::Today) => 0,
            Lex::Word(Word::Yesterday) => -1,
            Lex::Word(Word::Tomorrow) => 1,
            Lex::Word(Word::Tonight) => {
                let today = Expr::Shift(Unit::Day, 0, Anchor::Document);
                return Some((
                    j + 1,
                    Expr::Time(DayTime::Part(PartOfDay::Night), Box::new(today)),
                ));
            }
            _ => return None,
        };
        Some(self.part_of_day_after(j + 1, Expr::Shift(Unit::Day, n, Anchor::Document)))
    }

    /// `day` followed at `i` by a part of the day ("Friday night") or not.
    pub(super) fn part_of_day_after(&self, i: usize, day: Expr) -> (usize, Expr) {
        match self.lex(i) {
            Lex::PartOfDay(part) => (i + 1, Expr::Time(DayTime::Part(part), Box::new(day))),
            _ => (i, day),
        }
    }

    /// "last week", "this month", "next year", "the past year", "the coming
    /// weeks", "last Friday", "this summer", "last April", "the next day",
    /// "that year", "this morning", "last night", "this year's third quarter".
    pub(super) fn relative(&self, i: usize) -> Parsed {
        let j = match self.lex(i) {
            Lex::Word(Word::Early | Word::Late | Word::Earlier | Word::Later | Word::Mid) => i + 1,
            _ => i,
        };
        if j == i && self.is(i, Word::The) {
            if let Some(found) = self.the_unit(i) {
                return Some(found);
            }
        }
        let (k, n, dir, anchor) = self.determiner(j)?;
        self.after_determiner(k, n, dir, anchor)
    }

    /// "the weekend", "the week (of Nov. 17)", "the year (two thousand)",
    /// "the fiscal year" at `i`; "(earlier in) the week", "(later in) the
    /// month".
    fn the_unit(&self, i: usize) -> Parsed {
        // "earlier in the week", "later in the month": the anchor's own.
        let within = i >= 2
            && self.is(i - 1, Word::In)
            && matches!(self.lex(i - 2), Lex::Word(Word::Earlier | Word::Later));
        match self.lex(i + 1) {
            Lex::Unit(unit @ (Unit::Week | Unit::Month), false) if within => {
                Some((i + 2, Expr::Shift(unit, 0, Anchor::Document)))
            }
            Lex::Unit(Unit::Weekend, false) => {
                Some((i + 2, Expr::Shift(Unit::Weekend, 0, Anchor::Document)))
            }
            Lex::Unit(Unit::Week, false) => {
                if self.is(i + 2, Word::Of) {
                    if let Some((end, day @ Expr::Date(YearPart::Month(_, Some(_)), _))) =
                        self.calendar(i + 3)
                    {
                        return Some((end, Expr::WeekOf(Box::new(day))));
                    }
                }
                Some((i + 2, Expr::SomeWeek))
            }
            Lex::Unit(Unit::Year, false) if !self.hyphen_after(i + 1) => {
                if let Lex::Number(_) = self.lex(i + 2) {
                    // "the year two thousand"
                    if let (end, y @ 1000..=2099) = self.compound(i + 2) {
                        return Some((end, Expr::Date(YearPart::Whole, YearOf::Given(y as i32))));
                    }
                }
                Some(self.the_year(i + 2))
            }
            Lex::Word(Word::Fiscal | Word::Full)
                if self.lex(i + 2) == Lex::Unit(Unit::Year, false) =>
            {
                Some(self.the_year(i + 3))
            }
            _ => None,
        }
    }

    /// What a determiner ending before `k` ("last", "the next", "this")
    /// introduces: a unit, a month, a season, a weekday, a holiday or a part
    /// of the day.
    fn after_determiner(&self, k: usize, n: i32, dir: Direction, anchor: Anchor) -> Parsed {
        match self.lex(k) {
            Lex::Unit(unit, false) if !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) => {
                if unit == Unit::Year && self.is(k + 1, Word::Possessive) {
                    if let Some((end, Expr::Date(part @ YearPart::Quarter(Some(_)), _))) =
                        self.quarter(k + 2)
                    {
                        return Some((end, Expr::Date(part, YearOf::Shift(n))));
                    }
                    if matches!(
                        self.lex(k + 2),
                        Lex::Unit(Unit::Quarter, false) | Lex::Word(Word::Period)
                    ) {
                        // "last year's quarter": the quarter reported on, that year.
                        let part = YearPart::Quarter(None);
                        return Some((k + 3, Expr::Date(part, YearOf::Shift(n))));
                    }
                }
                Some((k + 1, Expr::Shift(unit, n, anchor)))
            }
            Lex::Month(m) if anchor == Anchor::Document && self.capitalized(k) => {
                // "last Oct. 23"
                let day = self.day_of_month(k + 1);
                let end = if day.is_some() { k + 2 } else { k + 1 };
                Some((
                    end,
                    Expr::Date(YearPart::Month(m, day), YearOf::Implicit(dir)),
                ))
            }
            Lex::Season(s) if anchor == Anchor::Document => Some((
                k + 1,
                Expr::Date(YearPart::Season(s), YearOf::Implicit(dir)),
            )),
            Lex::Weekday(w) if anchor == Anchor::Document => {
                let dir = match n {
                    -1 => Direction::Last,
                    1 => Direction::Next,
                    _ => dir,
                };
                Some(self.part_of_day_after(k + 1, Expr::Weekday(w, dir)))
            }
            Lex::Weekday(w) if n != 0 => Some((k + 1, Expr::WeekdayFrom(w, n))),
            Lex::Holiday(_) if anchor == Anchor::Document => self.holiday(k, dir),
            Lex::PartOfDay(part) if anchor == Anchor::Document && n <= 0 => {
                let night_before = n < 0 && part == PartOfDay::Night;
                let day = Expr::Shift(
                    Unit::Day,
                    if night_before { -1 } else { 0 },
                    Anchor::Document,
                );
                (n == 0 || night_before)
                    .then(|| (k + 1, Expr::Time(DayTime::Part(part), Box::new(day))))
            }
            _ => None,
        }
    }

    /// "the year", "the fiscal year", "the full year", ending before `end`:
    /// the length of a year when an end date follows ("the year ended
    /// March 31"), else the document's year.
    fn the_year(&self, end: usize) -> (usize, Expr) {
        if self.is(end, Word::Ended) {
            (end, Expr::Duration(Amount::Exact(1.0), Unit::Year))
        } else {
            (end, Expr::Shift(Unit::Year, 0, Anchor::Document))
        }
    }

    /// A determiner that points from an anchor, and the piece after it:
    /// "this", "last", "next", "the past", "the coming", "the next",
    /// "the previous", "the following", "that", "the same", "that same",
    /// "this past".
    fn determiner(&self, i: usize) -> Option<(usize, i32, Direction, Anchor)> {
        let doc = Anchor::Document;
        let mentioned = Anchor::Mentioned;
        let the = self.is(i, Word::The);
        let j = self.skip(i, Word::The);
        let found = match (self.lex(j), the) {
            // "this past spring" is the spring just gone, which may be this year's.
            (Lex::Word(Word::This), false) => match self.lex(j + 1) {
                Lex::Word(Word::Past) => (j + 2, -1, Direction::This, doc),
                Lex::Word(Word::Coming) => (j + 2, 1, Direction::This, doc),
                _ => (j + 1, 0, Direction::This, doc),
            },
            (Lex::Word(Word::Last | Word::Past), _) => (j + 1, -1, Direction::Last, doc),
            (Lex::Word(Word::Next), false) | (Lex::Word(Word::Coming), _) => {
                (j + 1, 1, Direction::Next, doc)
            }
            (Lex::Word(Word::Current), _) => (j + 1, 0, Direction::This, doc),
            (Lex::Word(Word::Next | Word::Following), true) => {
                (j + 1, 1, Direction::Next, mentioned)
            }
            (Lex::Word(Word::Previous), _) => (j + 1, -1, Direction::Last, mentioned),
            (Lex::Word(Word::Same), true) => (j + 1, 0, Direction::This, mentioned),
            // "that same day": the one mentioned.
            (Lex::Word(Word::That), false) if self.is(j + 1, Word::Same) => {
                (j + 2, 0, Direction::This, mentioned)
            }
            (Lex::Word(Word::That), false) => (j + 1, 0, Direction::This, mentioned),
            _ => return None,
        };
        Some(found)
    }

    /// "two days ago", "a year earlier", "nearly four years ago", "a week or
    /// so ago", "two years later".
    pub(super) fn ago(&self, i: usize) -> Parsed {
        let j = self.approx(i);
        let counted = self.amount(j)?;
        let Lex::Unit(unit, _) = self.lex(counted.end) else {
            return None;
        };
        if self.hyphen_after(counted.end) {
            return None;
        }
        let mut k = counted.end + 1;
        if self.is(k, Word::Or) && self.is(k + 1, Word::So) {
            k += 2;
        }
        // "a year earlier" names the year before the time the text is
        // about; "two days later" the day two days after the date mentioned
        // last, or, with none, the length of time between two events.
        let sign = match self.lex(k) {
            Lex::Word(Word::Ago | Word::Earlier) => -1,
            Lex::Word(Word::Later) => 1,
            _ => return None,
        };
        let anchor = match unit {
            _ if self.is(k, Word::Ago) => Anchor::Ago,
            Unit::Day | Unit::Week | Unit::Month => Anchor::Event,
            _ if unit >= Unit::Year => Anchor::Mentioned,
            _ => return None,
        };
        let expr = match counted.amount {
            Amount::Exact(n) if n.fract() == 0.0 => Expr::Shift(unit, sign * n as i32, anchor),
            // "days later": a length of time, which the duration reads.
            _ if anchor == Anchor::Event => return None,
            _ if sign < 0 => Expr::Vague(Vague::Past),
            _ => Expr::Vague(Vague::Future),
        };
        Some((k + 1, expr))
    }

    /// "three years", "48 hours", "the past three months", "the first nine
    /// months", "more than four hours", "a week", "two-year", "years".
    pub(super) fn duration(&self, i: usize) -> Parsed {
        let j = self.approx(i);
        let the = self.is(j, Word::The);
        let j = self.skip(j, Word::The);
        let (j, qualified) = match self.lex(j) {
            Lex::Word(
                Word::Past
                | Word::Last
                | Word::Next
                | Word::Coming
                | Word::Previous
                | Word::Following,
            ) => (j + 1, true),
            Lex::Ordinal(1) => (j + 1, true),
            _ => (j, false),
        };
        let Some(mut counted) = self.amount(j) else {
            return if the { None } else { self.bare_duration(j) };
        };
        if self.is(counted.end, Word::More) && matches!(self.lex(counted.end + 1), Lex::Unit(..)) {
            // "20 more years", "an additional year"
            counted.end += 1;
        } else if self.is(counted.end, Word::To) {
            // "two to three weeks": a range, valued by its lower bound.
            if let Some(upper) = self.amount(counted.end + 1).filter(|u| !u.article) {
                counted.end = upper.end;
            }
        }
        let Lex::Unit(unit, plural) = self.lex(counted.end) else {
            return None;
        };
        if self.hyphen_after(counted.end)
            && matches!(
                self.lex(counted.end + 1),
                Lex::Word(Word::Ago | Word::Earlier)
            )
        {
            // "a year-earlier loss": the year before, not a length.
            return None;
        }
        let adjective = self.hyphen_after(counted.end - 1);
        if adjective && (the || self.hyphen_after(counted.end)) {
            // "the 6-year contract" is about the contract; "a 6-year-old" is an age.
            return None;
        }
        let one = counted.amount == Amount::Exact(1.0);
        // "a two day rally": a singular unit before its noun is an adjective too.
        let before_noun = self.lex(counted.end + 1) == Lex::Other;
        let number_agrees = plural != one;
        let adjectival = adjective || (before_noun && !one);
        if !number_agrees && !adjectival {
            return None;
        }
        if unit == Unit::Second && counted.article {
            return None;
        }
        if unit == Unit::Quarter && !qualified && (!plural || adjective) {
            // "a quarter of the shares", "three-quarters of its food"
            return None;
        }
        if self.is(counted.end + 1, Word::Old) {
            // "52 years old" is an age.
            return None;
        }
        if let (Some(end), Amount::Exact(n)) = (self.and_a_half(counted.end + 1), counted.amount) {
            // "a minute and a half"
            return Some((end, Expr::Duration(Amount::Exact(n + 0.5), unit)));
        }
        Some((counted.end + 1, Expr::Duration(counted.amount, unit)))
    }

    /// A plural unit standing alone: "years", "decades", "centuries".
    fn bare_duration(&self, i: usize) -> Parsed {
        if self.is(i + 1, Word::Old) {
            return None;
        }
        match self.lex(i) {
            Lex::Unit(
                unit @ (Unit::Month | Unit::Year | Unit::Decade | Unit::Century | Unit::Week),
                true,
            ) => Some((i + 1, Expr::Duration(Amount::Vague, unit))),
            _ => None,
        }
    }

    /// A rate: "a year" after an amount ("$5 million a year", "24 hours a
    /// day") is a recurrence, "P1Y", not a length of time.
    pub(super) fn rate(&self, i: usize) -> Parsed {
        let after_amount = i > 0
            && matches!(
                self.lex(i - 1),
                Lex::Number(_) | Lex::Unit(_, true) | Lex::Word(Word::Scale)
            );
        if !after_amount || !matches!(self.lex(i), Lex::Word(Word::A)) {
            return None;
        }
        let Lex::Unit(unit, false) = self.lex(i + 1) else {
            return None;
        };
        if self.hyphen_after(i + 1)
            || matches!(
                self.lex(i + 2),
                Lex::Word(Word::Ago | Word::Earlier | Word::Later | Word::Old)
            )
        {
            return None;
        }
        Some((i + 2, Expr::Set(period(Amount::Exact(1.0), unit))))
    }

    /// "daily", "every week", "each Thursday", "each July".
    pub(super) fn set(&self, i: usize) -> Parsed {
        if let Lex::Every(unit) = self.lex(i) {
            return Some((i + 1, Expr::Set(period(Amount::Exact(1.0), unit))));
        }
        if !matches!(self.lex(i), Lex::Word(Word::Every | Word::Each)) {
            return None;
        }
        let value = match self.lex(i + 1) {
            Lex::Unit(unit, false) => period(Amount::Exact(1.0), unit),
            Lex::Weekday(w) => format!("XXXX-WXX-{w}"),
            Lex::Month(m) => format!("XXXX-{m:02}"),
            Lex::Season(s) => format!("XXXX-{}", s.code()),
            _ => return None,
        };
        Some((i + 2, Expr::Set(value)))
    }
}
