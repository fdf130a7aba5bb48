//! Calendar expressions: dates written out ("Nov. 17, 2025", "19 November",
//! "March 1996", "fiscal 1989", "mid-1996"), weekdays, seasons, decades,
//! centuries, and the quarters and halves of business reports.

use super::{Grammar, Parsed};
use crate::expr::{Anchor, Direction, Expr, YearOf, YearPart};
use crate::holiday::Holiday;
use crate::lexicon::{ordinal, Lex, Season, Unit, Word};

impl Grammar<'_> {
    /// A written date, weekday, season, decade or century, with the
    /// modifiers that may precede it ("early", "the end of", "mid-").
    pub(super) fn calendar(&self, i: usize) -> Parsed {
        let j = self.period_modifier(i);
        let found = self
            .month_date(j)
            .or_else(|| self.range_end(j))
            .or_else(|| self.day_alone(j))
            .or_else(|| self.year(j))
            .or_else(|| self.weekday(j))
            .or_else(|| self.season(j))
            .or_else(|| self.holiday(j, Direction::Implicit))
            .or_else(|| self.decade(j))
            .or_else(|| (j > i).then(|| self.this_week(j)).flatten())
            .or_else(|| (j > i).then(|| self.relative(j)).flatten())
            .or_else(|| (j > i).then(|| self.this_unit(j)).flatten());
        if found.is_none() && j > i {
            // "the end of" with no date after it is not ours.
            return None;
        }
        found
    }

    /// The month or year of the anchor after a modifier: "(the end of) the
    /// month", "mid-year", "mid-month". Alone, "the month" is any month.
    fn this_unit(&self, i: usize) -> Parsed {
        let j = self.skip(i, Word::The);
        let bare = j == i && i > 0 && self.hyphen_after(i - 1);
        match self.lex(j) {
            Lex::Unit(unit @ (Unit::Month | Unit::Year), false) if j > i || bare => {
                Some((j + 1, Expr::Shift(unit, 0, Anchor::Document)))
            }
            _ => None,
        }
    }

    /// The anchor's week after a modifier: "(the end of) the week". Alone,
    /// "the week" is some week.
    fn this_week(&self, i: usize) -> Parsed {
        let j = self.skip(i, Word::The);
        (j > i && self.lex(j) == Lex::Unit(Unit::Week, false))
            .then(|| (j + 1, Expr::Shift(Unit::Week, 0, Anchor::Document)))
    }

    /// Skips "early", "late", "mid-", "the end of", "the beginning of", "the middle of".
    fn period_modifier(&self, i: usize) -> usize {
        match self.lex(i) {
            Lex::Word(Word::Early | Word::Late | Word::Mid) => i + 1,
            Lex::Word(Word::The)
                if matches!(
                    self.lex(i + 1),
                    Lex::Word(Word::End | Word::Beginning | Word::Middle)
                ) && self.is(i + 2, Word::Of) =>
            {
                i + 3
            }
            _ => i,
        }
    }

    /// "Nov. 17", "Nov. 17, 2025", "19 November 2025", "March 1996", "August";
    /// and "year-end", "year end", the last day of the year.
    fn month_date(&self, i: usize) -> Parsed {
        match self.lex(i) {
            Lex::Unit(Unit::Year, false) if self.is(i + 1, Word::End) => {
                Some((i + 2, Expr::Date(YearPart::Month(12, Some(31)), implicit())))
            }
            Lex::Month(m) => {
                if let Some(range) = self.range_start(i + 1, m) {
                    return Some(range);
                }
                if let Some((end, y)) = self.spoken_year(i + 1) {
                    return Some((end, Expr::Date(YearPart::Month(m, None), YearOf::Given(y))));
                }
                if let Some(d) = self.day_of_month(i + 1) {
                    let after = if self.lex(i + 2) == Lex::Comma {
                        i + 3
                    } else {
                        i + 2
                    };
                    if let Some((end, year)) = self.year_of(after) {
                        return Some((end, Expr::Date(YearPart::Month(m, Some(d)), year)));
                    }
                    return Some((i + 2, Expr::Date(YearPart::Month(m, Some(d)), implicit())));
                }
                // "March, 1996", "March of next year"
                let after = if matches!(self.lex(i + 1), Lex::Comma | Lex::Word(Word::Of)) {
                    i + 2
                } else {
                    i + 1
                };
                if let Some((end, year)) = self.year_of(after) {
                    return Some((end, Expr::Date(YearPart::Month(m, None), year)));
                }
                self.lone_month(i, m)
                    .then(|| (i + 1, Expr::Date(YearPart::Month(m, None), implicit())))
            }
            Lex::Number(_) => {
                if let Some(range) = self.days_before_month(i) {
                    return Some(range);
                }
                let d = self.day_of_month(i)?;
                let Lex::Month(m) = self.lex(i + 1) else {
                    return None;
                };
                let (end, year) = self.year_of(i + 2).unwrap_or((i + 2, implicit()));
                Some((end, Expr::Date(YearPart::Month(m, Some(d)), year)))
            }
            _ => None,
        }
    }

    /// "Nov. 21-22": the first day of a range after its month `m` at `i`,
    /// with the year written after the range ("Nov. 21-22, 2025") or not.
    /// TimeML marks each end of a range as a date of its own; the second
    /// is read by [`Grammar::range_end`].
    fn range_start(&self, i: usize, m: i8) -> Parsed {
        let (d, _) = self.day_range(i)?;
        let after = self.skip_comma(i + 2);
        let year = self.year_of(after).map_or_else(implicit, |(_, y)| y);
        Some((i + 1, Expr::Date(YearPart::Month(m, Some(d)), year)))
    }

    /// "3-4 November": the first day of a range written before its month.
    fn days_before_month(&self, i: usize) -> Parsed {
        let (d, _) = self.day_range(i)?;
        let Lex::Month(m) = self.lex(i + 2) else {
            return None;
        };
        let year = self.year_of(i + 3).map_or_else(implicit, |(_, y)| y);
        Some((i + 1, Expr::Date(YearPart::Month(m, Some(d)), year)))
    }

    /// Two days of a month joined by a hyphen at `i` ("21-22"), the first
    /// before the second.
    fn day_range(&self, i: usize) -> Option<(i8, i8)> {
        let (Lex::Number(d), Lex::Number(e)) = (self.lex(i), self.lex(i + 1)) else {
            return None;
        };
        let days = 1..=31;
        let range = self.hyphen_after(i)
            && !self.hyphen_after(i + 1)
            && days.contains(&d)
            && days.contains(&e)
            && d < e;
        range.then_some((d as i8, e as i8))
    }

    /// The second day of a range whose first follows its month ("22" in
    /// "Nov. 21-22"), with the year written after it.
    fn range_end(&self, i: usize) -> Parsed {
        let Lex::Month(m) = self.lex(i.checked_sub(2)?) else {
            return None;
        };
        let (_, e) = self.day_range(i - 1)?;
        let after = self.skip_comma(i + 1);
        let (end, year) = self.year_of(after).unwrap_or((i + 1, implicit()));
        Some((end, Expr::Date(YearPart::Month(m, Some(e)), year)))
    }

    /// "on the 14th": a day of the month standing alone, after "on" and
    /// before the end of its phrase, so that "the 14th round" and "the 14th
    /// century" are not days; "the 14th of November" is that date.
    fn day_alone(&self, i: usize) -> Parsed {
        if !self.is(i, Word::The) {
            return None;
        }
        let Lex::Ordinal(d @ 1..=31) = self.lex(i + 1) else {
            return None;
        };
        if self.is(i + 2, Word::Of) {
            let Lex::Month(m) = self.lex(i + 3) else {
                return None;
            };
            let (end, year) = self.year_of(i + 4).unwrap_or((i + 4, implicit()));
            return Some((end, Expr::Date(YearPart::Month(m, Some(d as i8)), year)));
        }
        let on = i > 0 && self.is(i - 1, Word::On);
        let phrase_ends = matches!(
            self.lex(i + 2),
            Lex::Comma | Lex::Mark | Lex::Word(Word::And | Word::Or)
        ) || i + 2 >= self.p.len();
        (on && phrase_ends).then_some((i + 2, Expr::DayOfMonth(d as i8)))
    }

    /// `i + 1` when a comma stands at `i`, else `i`.
    fn skip_comma(&self, i: usize) -> usize {
        if self.lex(i) == Lex::Comma {
            i + 1
        } else {
            i
        }
    }

    /// A day of the month at `i` (1 to 31, not part of a longer number).
    pub(super) fn day_of_month(&self, i: usize) -> Option<i8> {
        match self.lex(i) {
            Lex::Number(d @ 1..=31) if !self.hyphen_after(i) => Some(d as i8),
            Lex::Ordinal(d @ 1..=31) => Some(d as i8),
            _ => None,
        }
    }

    /// True when a month name standing alone is a month: written with a
    /// capital, and "May" only after a word that calls for a date.
    fn lone_month(&self, i: usize, m: i8) -> bool {
        // "Jan Kavan": an abbreviation stands alone only as a date's month.
        let abbreviated = self.p[i].span.len() <= 4 && !matches!(m, 5..=7);
        // "the March for Life", "the March of the Mothers" are names; "the
        // August summit" a date.
        let named = matches!(self.lex(i + 1), Lex::Word(Word::Of | Word::Since))
            && ((i > 0 && self.is(i - 1, Word::The)) || {
                let k = self.skip(i + 2, Word::The);
                self.capitalized(k) && self.lex(k) == Lex::Other
            });
        if !self.capitalized(i) || abbreviated || named {
            return false;
        }
        if m != 5 {
            return true;
        }
        i > 0
            && matches!(
                self.lex(i - 1),
                Lex::Word(Word::In | Word::Of | Word::Early | Word::Late | Word::Mid | Word::Since)
            )
    }

    /// The year of a month at `i`: "1996", "this year", "last year".
    fn year_of(&self, i: usize) -> Option<(usize, YearOf)> {
        if let Some((end, y)) = self.year_number(i) {
            return Some((end, YearOf::Given(y)));
        }
        let shift = match self.lex(i) {
            Lex::Word(Word::This) => 0,
            Lex::Word(Word::Last) => -1,
            Lex::Word(Word::Next) => 1,
            _ => return None,
        };
        (self.lex(i + 1) == Lex::Unit(Unit::Year, false)).then_some((i + 2, YearOf::Shift(shift)))
    }

    /// A year at `i`: "1996", or spoken, "nineteen ninety-six".
    pub(super) fn year_number(&self, i: usize) -> Option<(usize, i32)> {
        match self.lex(i) {
            Lex::Number(y @ 1000..=2099) => Some((i + 1, y as i32)),
            _ => self.spoken_year(i),
        }
    }

    /// A spoken year at `i`: "nineteen ninety-six".
    fn spoken_year(&self, i: usize) -> Option<(usize, i32)> {
        match self.lex(i) {
            Lex::Number(century @ (19 | 20)) if matches!(self.lex(i + 1), Lex::Number(20..=99)) => {
                let (end, rest) = self.compound(i + 1);
                (rest < 100).then_some((end, (century * 100 + rest) as i32))
            }
            _ => None,
        }
    }

    /// A year standing alone: "1990", "fiscal 1989", "the 1988 period";
    /// or an ISO 8601 date, "2025-11-19", "2025-11".
    fn year(&self, i: usize) -> Parsed {
        let j = self.skip(i, Word::Fiscal);
        let (end, y) = self.year_number(j)?;
        if let Some(iso) = self.iso_date(j, y) {
            return Some(iso);
        }
        if j == i && !(1900..=2099).contains(&y) {
            return None;
        }
        Some((end, Expr::Date(YearPart::Whole, YearOf::Given(y))))
    }

    /// The rest of an ISO date after its year `y` at `i`: "-11-19", "-11".
    fn iso_date(&self, i: usize, y: i32) -> Option<(usize, Expr)> {
        if !self.hyphen_after(i) {
            return None;
        }
        let Lex::Number(m @ 1..=12) = self.lex(i + 1) else {
            return None;
        };
        let m = m as i8;
        if self.hyphen_after(i + 1) {
            let Lex::Number(d @ 1..=31) = self.lex(i + 2) else {
                return None;
            };
            return Some((
                i + 3,
                Expr::Date(YearPart::Month(m, Some(d as i8)), YearOf::Given(y)),
            ));
        }
        Some((
            i + 2,
            Expr::Date(YearPart::Month(m, None), YearOf::Given(y)),
        ))
    }

    /// "Friday", "Friday night", "Saturday, April 25", "Friday Oct. 13".
    fn weekday(&self, i: usize) -> Parsed {
        let Lex::Weekday(w) = self.lex(i) else {
            return None;
        };
        let at = if self.lex(i + 1) == Lex::Comma {
            i + 2
        } else {
            i + 1
        };
        if let Some((end, date)) = self.month_date(at) {
            if matches!(date, Expr::Date(YearPart::Month(_, Some(_)), _)) {
                return Some((end, date));
            }
        }
        let day = Expr::Weekday(w, Direction::Implicit);
        Some(self.part_of_day_after(i + 1, day))
    }

    /// "Thanksgiving", "Thanksgiving Day", "Christmas Eve", "Election Day".
    pub(super) fn holiday(&self, i: usize, dir: Direction) -> Parsed {
        let Lex::Holiday(h) = self.lex(i) else {
            return None;
        };
        if !self.capitalized(i) {
            return None;
        }
        let day = self.lex(i + 1) == Lex::Unit(Unit::Day, false);
        match h {
            Holiday::Christmas if self.is(i + 1, Word::Eve) => {
                Some((i + 2, Expr::Holiday(Holiday::ChristmasEve, dir)))
            }
            Holiday::Christmas | Holiday::Thanksgiving => {
                Some((i + 1 + usize::from(day), Expr::Holiday(h, dir)))
            }
            _ => day.then_some((i + 2, Expr::Holiday(h, dir))),
        }
    }

    /// "the summer", "summer of 1994", "the winter of nineteen ninety-four".
    fn season(&self, i: usize) -> Parsed {
        let j = self.skip(i, Word::The);
        let Lex::Season(s) = self.lex(j) else {
            return None;
        };
        if self.is(j + 1, Word::Of) {
            let (end, y) = self.year_number(j + 2)?;
            return Some((end, Expr::Date(YearPart::Season(s), YearOf::Given(y))));
        }
        if let Some((end, y)) = self.year_number(j + 1) {
            return Some((end, Expr::Date(YearPart::Season(s), YearOf::Given(y))));
        }
        if s == Season::Fall
            && matches!(
                self.lex(j + 1),
                Lex::Word(Word::In | Word::Of | Word::Since)
            )
        {
            // "the fall in prices", "the fall of the government"
            return None;
        }
        let introduced = j > i
            || (i > 0
                && matches!(
                    self.lex(i - 1),
                    Lex::Word(Word::In | Word::Early | Word::Late | Word::Mid)
                ));
        introduced.then(|| (j + 1, Expr::Date(YearPart::Season(s), implicit())))
    }

    /// "the 1990s", "the '80s", "the nineties", "the 20th century".
    fn decade(&self, i: usize) -> Parsed {
        let j = self.skip(i, Word::The);
        let j = self.period_modifier(j);
        match self.lex(j) {
            Lex::Decade(d) => Some((j + 1, Expr::Decade(d))),
            Lex::Ordinal(n @ 1..=30) if self.lex(j + 1) == Lex::Unit(Unit::Century, false) => {
                Some((j + 2, Expr::Century(i32::from(n) - 1)))
            }
            _ => None,
        }
    }

    /// Quarters and halves of a (fiscal) year: "the third quarter",
    /// "third-quarter", "the fiscal first quarter", "the 1988 second quarter",
    /// "the first half of 1989", "the latest quarter", "the year-ago period";
    /// "the last half of the '80s" is the decade.
    pub(super) fn quarter(&self, i: usize) -> Parsed {
        let the = self.is(i, Word::The);
        let mut j = self.skip(i, Word::The);
        j = self.skip(j, Word::Fiscal);
        let mut year = implicit();
        if let Some((end, y)) = self.year_number(j) {
            year = YearOf::Given(y);
            j = end;
        }
        if let Some((end, anchor)) = self.year_ago(j) {
            if let Some(q @ 1..=4) = ordinal(self.lex(end)) {
                if self.lex(end + 1) == Lex::Unit(Unit::Quarter, false) {
                    let part = YearPart::Quarter(Some(q as i8));
                    return Some((end + 2, Expr::Date(part, YearOf::Shift(-1))));
                }
            }
            return match self.lex(end) {
                Lex::Unit(Unit::Quarter, false) | Lex::Word(Word::Period) => {
                    Some((end + 1, Expr::Shift(Unit::Year, -1, anchor)))
                }
                _ if j == i => Some((end, Expr::Shift(Unit::Year, -1, anchor))),
                _ => None,
            };
        }
        j = self.skip(j, Word::Fiscal);
        let (which, head) = match self.lex(j) {
            Lex::Word(Word::Latest | Word::Current | Word::Same) => (None, j + 1),
            Lex::Word(Word::Last) if self.is(j + 1, Word::Half) => (Some(2), j + 1),
            lex => match ordinal(lex) {
                Some(n @ 1..=4) => (Some(n as i8), j + 1),
                _ => (None, j),
            },
        };
        if which.is_none() && head == j && !the {
            return None;
        }
        if the && which.is_some() && self.hyphen_after(j) {
            // "the third-quarter loss": the article belongs to the noun.
            return None;
        }
        let part = match (self.lex(head), which) {
            (Lex::Unit(Unit::Quarter, false), q) => YearPart::Quarter(q),
            (Lex::Word(Word::Half), Some(h @ 1..=2)) => YearPart::Half(h),
            // "the 1988 period": the period reported on, in 1988.
            (Lex::Word(Word::Period), None) => match year {
                YearOf::Given(_) => YearPart::Quarter(None),
                _ if head > j => YearPart::Quarter(None),
                _ => return None,
            },
            _ => return None,
        };
        if self.hyphen_after(head) {
            // "quarter-to-quarter"
            return None;
        }
        let mut end = head + 1;
        if self.is(end, Word::Of) {
            if let Some((after, y)) = self.year_of(end + 1) {
                // "the first half of 1989", "the third quarter of last year"
                year = y;
                end = after;
            } else if let (YearPart::Half(_), Some(whole)) = (part, self.decade(end + 1)) {
                // "the last half of the '80s": the decade (or century) it
                // is half of, no half of this year.
                return Some(whole);
            }
        }
        if let (YearPart::Quarter(None), Some(after)) = (part, self.year_back(end)) {
            // "the corresponding period last year": the period reported on, a year before.
            return Some((after, Expr::Shift(Unit::Year, -1, Anchor::Mentioned)));
        }
        Some((end, Expr::Date(part, year)))
    }

    /// "last year", "a year ago", "a year earlier" at `i`: the end of the phrase.
    fn year_back(&self, i: usize) -> Option<usize> {
        let year = |k: usize| self.lex(k) == Lex::Unit(Unit::Year, false);
        if self.is(i, Word::Last) && year(i + 1) {
            return Some(i + 2);
        }
        (self.is(i, Word::A)
            && year(i + 1)
            && matches!(self.lex(i + 2), Lex::Word(Word::Ago | Word::Earlier)))
        .then_some(i + 3)
    }

    /// "year-ago", "year-earlier", "a year-earlier": the end of the phrase
    /// and what it counts from. As in TimeML, "ago" counts from the report's
    /// date ("the year-ago results" after "the 1988 period" are 1988's) and
    /// "earlier" from the time the text is about.
    fn year_ago(&self, i: usize) -> Option<(usize, Anchor)> {
        if self.lex(i) != Lex::Unit(Unit::Year, false) || !self.hyphen_after(i) {
            return None;
        }
        match self.lex(i + 1) {
            Lex::Word(Word::Ago) => Some((i + 2, Anchor::Ago)),
            Lex::Word(Word::Earlier) => Some((i + 2, Anchor::Mentioned)),
            _ => None,
        }
    }
}

/// A year left to the direction and the tense.
fn implicit() -> YearOf {
    YearOf::Implicit(Direction::Implicit)
}
