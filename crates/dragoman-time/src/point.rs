//! [`Point`]: an anchored calendar period at its granularity, and its TIMEX3 value.

use crate::lexicon::{PartOfDay, Season, Unit};
use jiff::civil::Date;
use jiff::ToSpan;

/// A calendar period at the granularity an expression names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    /// A day ("2025-11-17").
    Day(Date),
    /// A day and a part of it ("2025-11-17TNI").
    DayPart(Date, PartOfDay),
    /// A day and a clock time ("2025-11-17T15:00").
    DayClock(Date, u8, u8),
    /// An ISO week ("2025-W46").
    Week(i16, i8),
    /// The weekend of an ISO week ("2025-W46-WE").
    Weekend(i16, i8),
    /// A month ("2025-11").
    Month(i16, i8),
    /// A quarter ("2025-Q3").
    Quarter(i16, i8),
    /// A half year ("2025-H2").
    Half(i16, i8),
    /// A season ("2025-SU").
    Season(i16, Season),
    /// A year ("2025").
    Year(i16),
    /// A decade by its first three digits ("202").
    Decade(i16),
    /// A century by its first two digits ("20").
    Century(i16),
}

impl Point {
    /// The point of `unit` granularity that contains `date`.
    pub fn of_date(date: Date, unit: Unit) -> Point {
        let year = date.year();
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Point::Day(date),
            Unit::Week => {
                let iso = date.iso_week_date();
                Point::Week(iso.year(), iso.week())
            }
            Unit::Weekend => {
                let iso = date.iso_week_date();
                Point::Weekend(iso.year(), iso.week())
            }
            Unit::Month => Point::Month(year, date.month()),
            Unit::Quarter => Point::Quarter(year, (date.month() - 1) / 3 + 1),
            Unit::Year => Point::Year(year),
            Unit::Decade => Point::Decade(year / 10),
            Unit::Century => Point::Century(year / 100),
        }
    }

    /// The unit of the point's granularity (a season counts as a quarter).
    pub fn granularity(self) -> Unit {
        match self {
            Point::Day(_) | Point::DayPart(..) | Point::DayClock(..) => Unit::Day,
            Point::Week(..) => Unit::Week,
            Point::Weekend(..) => Unit::Weekend,
            Point::Month(..) => Unit::Month,
            Point::Quarter(..) | Point::Half(..) | Point::Season(..) => Unit::Quarter,
            Point::Year(_) => Unit::Year,
            Point::Decade(_) => Unit::Decade,
            Point::Century(_) => Unit::Century,
        }
    }

    /// A day inside the point (its first), for counting from it.
    pub fn first_day(self) -> Option<Date> {
        let ymd = |y: i16, m: i8| Date::new(y, m, 1).ok();
        match self {
            Point::Day(d) | Point::DayPart(d, _) | Point::DayClock(d, _, _) => Some(d),
            Point::Week(y, w) | Point::Weekend(y, w) => {
                jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Monday)
                    .ok()
                    .map(|iso| iso.date())
            }
            Point::Month(y, m) => ymd(y, m),
            Point::Quarter(y, q) => ymd(y, (q - 1) * 3 + 1),
            Point::Half(y, h) => ymd(y, (h - 1) * 6 + 1),
            Point::Season(y, s) => ymd(y, s.first_month()),
            Point::Year(y) => ymd(y, 1),
            Point::Decade(d) => ymd(d.checked_mul(10)?, 1),
            Point::Century(c) => ymd(c.checked_mul(100)?, 1),
        }
    }

    /// The point `n` years away, at the same granularity.
    pub fn shift_years(self, n: i32) -> Option<Point> {
        let y = |y: i16| i16::try_from(i32::from(y) + n).ok();
        Some(match self {
            Point::Quarter(yr, q) => Point::Quarter(y(yr)?, q),
            Point::Half(yr, h) => Point::Half(y(yr)?, h),
            Point::Season(yr, s) => Point::Season(y(yr)?, s),
            Point::Month(yr, m) => Point::Month(y(yr)?, m),
            Point::Year(yr) => Point::Year(y(yr)?),
            other => {
                let day = other.first_day()?.checked_add(n.years()).ok()?;
                Point::of_date(day, Unit::Day)
            }
        })
    }

    /// The TIMEX3 value.
    pub fn value(self) -> String {
        match self {
            Point::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Point::DayPart(d, p) => format!("{}T{}", Point::Day(d).value(), p.code()),
            Point::DayClock(d, h, m) => format!("{}T{h:02}:{m:02}", Point::Day(d).value()),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::Season(y, s) => format!("{y:04}-{}", s.code()),
            Point::Year(y) => format!("{y:04}"),
            Point::Decade(d) => format!("{d:03}"),
            Point::Century(c) => format!("{c:02}"),
        }
    }
}

/// `date` moved by `n` units (weekends count as weeks; quarters as three months).
pub fn shift_date(date: Date, unit: Unit, n: i32) -> Option<Date> {
    let n = i64::from(n);
    let span = match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => n.days(),
        Unit::Week | Unit::Weekend => n.weeks(),
        Unit::Month => n.months(),
        Unit::Quarter => (3 * n).months(),
        Unit::Year => n.years(),
        Unit::Decade => (10 * n).years(),
        Unit::Century => (100 * n).years(),
    };
    date.checked_add(span).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn values_keep_their_granularity() {
        let d = date(2025, 11, 19);
        assert_eq!(Point::of_date(d, Unit::Day).value(), "2025-11-19");
        assert_eq!(Point::of_date(d, Unit::Week).value(), "2025-W47");
        assert_eq!(Point::of_date(d, Unit::Month).value(), "2025-11");
        assert_eq!(Point::of_date(d, Unit::Quarter).value(), "2025-Q4");
        assert_eq!(Point::of_date(d, Unit::Decade).value(), "202");
        assert_eq!(Point::of_date(d, Unit::Century).value(), "20");
    }

    #[test]
    fn shifting_by_years_keeps_the_quarter() {
        assert_eq!(
            Point::Quarter(1989, 3).shift_years(-1),
            Some(Point::Quarter(1988, 3))
        );
        assert_eq!(
            shift_date(date(2025, 11, 19), Unit::Week, -1),
            Some(date(2025, 11, 12))
        );
    }
}
