//! Normalization: an [`Expr`] anchored on the document date, the tense of its
//! clause and the last date the text mentioned, as a TIMEX3 type and value.
//!
//! Without a document date, what needs one gets X's ("XXXX-08", "XXXX-WXX-5").

use crate::expr::{Amount, Anchor, DayTime, Direction, Expr, YearOf, YearPart};
use crate::holiday::Holiday;
use crate::lexicon::{Season, Unit};
use crate::period::period;
use crate::point::{shift_date, Point};
use crate::tense::Tense;
use dragoman_model::TimexType;
use jiff::civil::Date;
use jiff::ToSpan;

/// What a time expression is anchored on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context {
    /// The document date.
    pub date: Option<Date>,
    /// The tense of the expression's clause.
    pub tense: Tense,
    /// True when that tense is the past of the verb right before the
    /// expression ("were held in May"): then no date after the document's
    /// is chosen, however near.
    pub firm: bool,
    /// The last date the text mentioned before the expression.
    pub mentioned: Option<Point>,
    /// The last quarter or half year the text mentioned before the
    /// expression, even with dates after it ("the quarter ended Sept. 30"):
    /// the period a report compares ("a year earlier", "the 1988 period").
    pub period: Option<Point>,
}

/// A normalized time expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normal {
    /// Its TIMEX3 type.
    pub kind: TimexType,
    /// Its TIMEX3 value.
    pub value: String,
    /// The calendar point it names, when it names one: the anchor of later
    /// expressions such as "the next day".
    pub point: Option<Point>,
}

/// Normalizes `expr` in `ctx`.
pub fn normalize(expr: &Expr, ctx: &Context) -> Normal {
    let date = |point: Option<Point>, unknown: &str| Normal {
        kind: TimexType::Date,
        value: point.map_or_else(|| unknown.to_string(), Point::value),
        point,
    };
    match expr {
        Expr::Vague(v) => Normal {
            kind: TimexType::Date,
            value: v.value().to_string(),
            point: None,
        },
        Expr::Duration(amount, unit) => Normal {
            kind: TimexType::Duration,
            value: period(*amount, *unit),
            point: None,
        },
        Expr::Set(value) => Normal {
            kind: TimexType::Set,
            value: value.clone(),
            point: None,
        },
        Expr::SomeWeek => Normal {
            kind: TimexType::Date,
            value: ctx.date.map_or_else(
                || "XXXX-WXX".to_string(),
                |d| format!("{:04}-WXX", d.year()),
            ),
            point: None,
        },
        Expr::WeekOf(day) => {
            let week = match normalize(day, ctx).point {
                Some(Point::Day(d)) => Some(Point::of_date(d, Unit::Week)),
                _ => None,
            };
            date(week, "XXXX-WXX")
        }
        Expr::DayOfMonth(d) => date(day_of_month(*d, ctx), &format!("XXXX-XX-{d:02}")),
        Expr::Decade(d) => date(i16::try_from(*d).ok().map(Point::Decade), "XXX"),
        Expr::Century(c) => date(i16::try_from(*c).ok().map(Point::Century), "XX"),
        Expr::Date(part, year) => date(year_part(*part, *year, ctx), &unknown_part(*part)),
        Expr::Holiday(h, dir) => date(holiday(*h, *dir, ctx), "XXXX-XX-XX"),
        Expr::Weekday(w, dir) => date(weekday(*w, *dir, ctx), &format!("XXXX-WXX-{w}")),
        Expr::WeekdayFrom(w, n) => date(weekday_from(*w, *n, ctx), &format!("XXXX-WXX-{w}")),
        Expr::Shift(unit, n, Anchor::Event) if !from_event(*unit, ctx) => Normal {
            kind: TimexType::Duration,
            value: period(Amount::Exact(f64::from(n.unsigned_abs())), *unit),
            point: None,
        },
        Expr::Shift(unit, n, anchor) => date(shift(*unit, *n, *anchor, ctx), unknown_unit(*unit)),
        Expr::Time(time, day) => time_on(*time, day, ctx),
    }
}

/// A time of day on the day `day` names. A part of a named weekday
/// ("Friday night") is a DATE, as TimeBank has it, and its value the day's.
fn time_on(time: DayTime, day: &Expr, ctx: &Context) -> Normal {
    let on = normalize(day, ctx);
    if let (DayTime::Part(_), Expr::Weekday(..)) = (time, day) {
        return on;
    }
    let kind = TimexType::Time;
    let day = match on.point {
        Some(Point::Day(d)) => Some(d),
        _ => None,
    };
    let point = day.map(|d| match time {
        DayTime::Clock(h, m) => Point::DayClock(d, h, m),
        DayTime::Part(p) => Point::DayPart(d, p),
    });
    let value = point.map_or_else(
        || match time {
            DayTime::Clock(h, m) => format!("XXXX-XX-XXT{h:02}:{m:02}"),
            DayTime::Part(p) => format!("XXXX-XX-XXT{}", p.code()),
        },
        Point::value,
    );
    Normal {
        kind,
        value,
        point: on.point,
    }
}

/// The direction a bare expression takes from the tense.
fn by_tense(dir: Direction, tense: Tense) -> Direction {
    match (dir, tense) {
        (Direction::Implicit, Tense::Past) => Direction::Last,
        (Direction::Implicit, Tense::Future) => Direction::Next,
        (dir, _) => dir,
    }
}

/// A month, season, quarter, half or year, placed in its year.
fn year_part(part: YearPart, year: YearOf, ctx: &Context) -> Option<Point> {
    let y = match year {
        YearOf::Given(y) => i16::try_from(y).ok()?,
        YearOf::Shift(n) => ctx.date?.year().checked_add(i16::try_from(n).ok()?)?,
        YearOf::Implicit(dir) => return implicit_year(part, dir, ctx),
    };
    Some(at_year(part, y, ctx))
}

/// `part` in year `y`.
fn at_year(part: YearPart, y: i16, ctx: &Context) -> Point {
    match part {
        YearPart::Month(m, Some(d)) => Date::new(y, m, d).map_or(Point::Month(y, m), Point::Day),
        YearPart::Month(m, None) => Point::Month(y, m),
        YearPart::Season(s) => Point::Season(y, s),
        YearPart::Quarter(Some(q)) => Point::Quarter(y, q),
        YearPart::Quarter(None) => match ctx.period {
            Some(Point::Quarter(_, q)) => Point::Quarter(y, q),
            Some(Point::Half(_, h)) => Point::Half(y, h),
            _ => Point::Year(y),
        },
        YearPart::Half(h) => Point::Half(y, h),
        YearPart::Whole => Point::Year(y),
    }
}

/// The year of a part of a year whose year is not written: the tense and
/// the direction choose between the one before and the one after the anchor.
/// "The latest quarter" is the period reported on ([`Context::period`]), else
/// the quarter before the anchor's.
fn implicit_year(part: YearPart, dir: Direction, ctx: &Context) -> Option<Point> {
    let anchor = ctx.date?;
    let y = anchor.year();
    if let YearPart::Quarter(None) = part {
        return Some(match ctx.period {
            Some(p @ Point::Quarter(..)) => p,
            _ => Point::of_date(shift_date(anchor, Unit::Quarter, -1)?, Unit::Quarter),
        });
    }
    if dir == Direction::Implicit {
        if let YearPart::Month(m, d) = part {
            return nearest_month(m, d, anchor, ctx);
        }
    }
    // Where the part stands in its year, and where the anchor stands, comparably.
    let (here, now) = match part {
        YearPart::Month(m, _) => (m, anchor.month()),
        YearPart::Season(s) => (s.first_month(), season_of(anchor).first_month()),
        YearPart::Quarter(Some(q)) => (q, (anchor.month() - 1) / 3 + 1),
        YearPart::Half(h) => (h, (anchor.month() - 1) / 6 + 1),
        YearPart::Quarter(None) | YearPart::Whole => return Some(Point::Year(y)),
    };
    // A season (not winter, which spans two years) over by the anchor's month.
    let season_over = matches!(part, YearPart::Season(s) if s != Season::Winter && s.first_month() + 2 < anchor.month());
    let year = match (dir, ctx.tense) {
        (Direction::Last, _) if matches!(part, YearPart::Season(_)) => y - 1,
        (Direction::Last, _) if here >= now => y - 1,
        (Direction::Next, _) if here <= now => y + 1,
        (Direction::Implicit, Tense::Past) if here > now => y - 1,
        // "will meet in the summer", told in the fall: next year's.
        (Direction::Implicit, Tense::Future) if season_over => y + 1,
        _ => y,
    };
    Some(at_year(part, year, ctx))
}

/// A month (and day) without a year: the one nearest the anchor.
fn nearest_month(m: i8, d: Option<i8>, anchor: Date, ctx: &Context) -> Option<Point> {
    // A month counts from its middle, or, in a clause told of what is to
    // come, from its last day: "by the end of August", told on the 26th
    // of August, is this August, which is not over.
    let day = nearest_year(anchor, ctx, |year| match d {
        Some(d) => Date::new(year, m, d.min(28)).ok(),
        None if ctx.tense == Tense::Future => Some(Date::new(year, m, 1).ok()?.last_of_month()),
        None => Date::new(year, m, 15).ok(),
    })?;
    Some(match d {
        Some(d) => Date::new(day.year(), m, d).map_or(Point::Month(day.year(), m), Point::Day),
        None => Point::Month(day.year(), m),
    })
}

/// How many days farther a date after the anchor counts in a past-tense clause.
const PAST_LEAN_DAYS: i32 = 120;

/// How many days farther a date before the anchor counts in a future-tense
/// clause: a year, so the future always wins ("will meet in August").
const FUTURE_LEAN_DAYS: i32 = 365;

/// Of a yearly date (`in_year`) in the years around the anchor, the one
/// nearest the anchor, leaning with the tense of `ctx`: toward the past by
/// four months (news tells what happened; tense cues are noisy) or all the
/// way when the verb right before it is past ([`Context::firm`]), toward the
/// future all the way.
fn nearest_year(
    anchor: Date,
    ctx: &Context,
    in_year: impl Fn(i16) -> Option<Date>,
) -> Option<Date> {
    let y = anchor.year();
    nearest(
        anchor,
        ctx,
        [y - 1, y, y + 1].into_iter().filter_map(&in_year),
    )
}

/// A day of the month with no month written ("on the 14th"): in the month
/// before, of or after the anchor, the one [`nearest`] it.
fn day_of_month(d: i8, ctx: &Context) -> Option<Point> {
    let anchor = ctx.date?;
    let first = anchor.first_of_month();
    let days = (-1..=1)
        .filter_map(|n| shift_date(first, Unit::Month, n))
        .filter_map(|m| Date::new(m.year(), m.month(), d).ok());
    nearest(anchor, ctx, days).map(Point::Day)
}

/// Of the `days` around the anchor, the nearest, leaning with the tense as
/// [`nearest_year`] says.
fn nearest(anchor: Date, ctx: &Context, days: impl Iterator<Item = Date>) -> Option<Date> {
    let past_lean = if ctx.firm {
        FUTURE_LEAN_DAYS
    } else {
        PAST_LEAN_DAYS
    };
    let lean = |days: i32| match ctx.tense {
        Tense::Past if days > 0 => days + past_lean,
        Tense::Future if days < 0 => days.abs() + FUTURE_LEAN_DAYS,
        _ => days.abs(),
    };
    days.filter_map(|day| Some((day, anchor.until(day).ok()?.get_days())))
        .min_by_key(|&(_, days)| lean(days))
        .map(|(day, _)| day)
}

/// The date of a holiday from the document date.
fn holiday(h: Holiday, dir: Direction, ctx: &Context) -> Option<Point> {
    let anchor = ctx.date?;
    let y = anchor.year();
    let day = match dir {
        Direction::Implicit => nearest_year(anchor, ctx, |year| h.date_in(year))?,
        Direction::This => h.date_in(y)?,
        Direction::Last => [y, y - 1]
            .into_iter()
            .filter_map(|year| h.date_in(year))
            .find(|d| *d < anchor)?,
        Direction::Next => [y, y + 1]
            .into_iter()
            .filter_map(|year| h.date_in(year))
            .find(|d| *d > anchor)?,
    };
    Some(Point::Day(day))
}

/// The season a date falls in.
fn season_of(date: Date) -> Season {
    match date.month() {
        3..=5 => Season::Spring,
        6..=8 => Season::Summer,
        9..=11 => Season::Fall,
        _ => Season::Winter,
    }
}

/// The day named by a weekday (1 = Monday) from the document date.
/// Counted strictly when the direction is written: "last Friday" said on a
/// Friday is a week ago, while a past-tense "on Friday" is that very day.
fn weekday(w: i8, dir: Direction, ctx: &Context) -> Option<Point> {
    let anchor = ctx.date?;
    let today = anchor.weekday().to_monday_one_offset();
    let back = i64::from((today - w).rem_euclid(7));
    let ahead = i64::from((w - today).rem_euclid(7));
    let offset = match by_tense(dir, ctx.tense) {
        Direction::Last if back == 0 && dir == Direction::Last => -7,
        Direction::Next if ahead == 0 && dir == Direction::Next => 7,
        Direction::Next => ahead,
        Direction::This => i64::from(w - today),
        Direction::Last | Direction::Implicit => -back,
    };
    anchor.checked_add(offset.days()).ok().map(Point::Day)
}

/// The weekday `w` strictly before (`n` < 0) or after the last day the text
/// mentioned, or the document date.
fn weekday_from(w: i8, n: i32, ctx: &Context) -> Option<Point> {
    let base = match ctx.mentioned {
        Some(p) if p.granularity() == Unit::Day => p.first_day()?,
        _ => ctx.date?,
    };
    let today = base.weekday().to_monday_one_offset();
    let offset = if n < 0 {
        -i64::from((today - w - 1).rem_euclid(7) + 1)
    } else {
        i64::from((w - today - 1).rem_euclid(7) + 1)
    };
    base.checked_add(offset.days()).ok().map(Point::Day)
}

/// True when "two days later" can count from a date the text mentioned: one
/// at least as fine as the unit ("on March 3", not "in March").
fn from_event(unit: Unit, ctx: &Context) -> bool {
    ctx.mentioned.is_some_and(|p| p.granularity() <= unit)
}

/// `n` units from the anchor, at the granularity of the unit.
fn shift(unit: Unit, n: i32, anchor: Anchor, ctx: &Context) -> Option<Point> {
    // "a year earlier" after a quarter is that quarter a year before.
    if unit == Unit::Year && n < 0 && anchor != Anchor::Document {
        if let Some(p) = ctx.period {
            return p.shift_years(n);
        }
    }
    // Counting from the date mentioned last needs one at least as fine as
    // the unit ("the next day" after "March" counts from the document date).
    let base = match (anchor, ctx.mentioned) {
        (Anchor::Mentioned | Anchor::Event, Some(p)) if p.granularity() <= unit => p.first_day()?,
        // "the following week" after "mid-September": some week of that
        // time, not one counted from the report's date.
        (Anchor::Mentioned, Some(_)) if n != 0 => return None,
        _ => ctx.date?,
    };
    if unit == Unit::Weekend {
        return weekend(base, n, ctx.tense);
    }
    let n = match (unit, anchor) {
        (Unit::Week, Anchor::Document) => weeks_from(base, n, ctx.tense),
        _ => n,
    };
    Some(Point::of_date(shift_date(base, unit, n)?, unit))
}

/// How many ISO weeks from `base` "this week" (0) and the others lie. A
/// Sunday report ends its ISO week and looks at the next, as a Sunday paper
/// does: its "this week" told in the future ("will vote this week") is the
/// coming week. Its "last week" stays the ISO week before, as TimeBank's
/// annotators read it.
fn weeks_from(base: Date, n: i32, tense: Tense) -> i32 {
    let sunday = base.weekday() == jiff::civil::Weekday::Sunday;
    match n {
        0 if sunday && tense == Tense::Future => 1,
        _ => n,
    }
}

/// "the weekend", "last weekend", "next weekend" from `base`: a bare "the
/// weekend" on a weekday is the one before, unless the clause is in the future.
fn weekend(base: Date, n: i32, tense: Tense) -> Option<Point> {
    let weekday = base.weekday().to_monday_one_offset();
    let weeks = if n == 0 && tense != Tense::Future && weekday < 6 {
        -1
    } else {
        n
    };
    Some(Point::of_date(
        shift_date(base, Unit::Week, weeks)?,
        Unit::Weekend,
    ))
}

/// The value of a part of a year whose year is unknown.
fn unknown_part(part: YearPart) -> String {
    match part {
        YearPart::Month(m, Some(d)) => format!("XXXX-{m:02}-{d:02}"),
        YearPart::Month(m, None) => format!("XXXX-{m:02}"),
        YearPart::Season(s) => format!("XXXX-{}", s.code()),
        YearPart::Quarter(Some(q)) => format!("XXXX-Q{q}"),
        YearPart::Quarter(None) => "XXXX-QX".to_string(),
        YearPart::Half(h) => format!("XXXX-H{h}"),
        YearPart::Whole => "XXXX".to_string(),
    }
}

/// The value of a shift whose anchor is unknown.
fn unknown_unit(unit: Unit) -> &'static str {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Vague;

    fn value(expr: Expr, tense: Tense) -> String {
        let ctx = Context {
            date: Some(Date::constant(2025, 11, 19)),
            tense,
            firm: false,
            mentioned: None,
            period: None,
        };
        normalize(&expr, &ctx).value
    }

    #[test]
    fn months_follow_the_tense() {
        let august = || {
            Expr::Date(
                YearPart::Month(8, None),
                YearOf::Implicit(Direction::Implicit),
            )
        };
        assert_eq!(value(august(), Tense::Past), "2025-08");
        assert_eq!(value(august(), Tense::Future), "2026-08");
        // Told in a month's second half, that month still lies ahead.
        let november = Expr::Date(
            YearPart::Month(11, None),
            YearOf::Implicit(Direction::Implicit),
        );
        assert_eq!(value(november, Tense::Future), "2025-11");
        let nov17 = Expr::Date(
            YearPart::Month(11, Some(17)),
            YearOf::Implicit(Direction::Implicit),
        );
        assert_eq!(value(nov17, Tense::Unknown), "2025-11-17");
    }

    #[test]
    fn regression_a_week_after_a_month_mentioned_is_no_week_after_the_report() {
        let ctx = Context {
            date: Some(Date::constant(2026, 1, 9)),
            tense: Tense::Past,
            firm: false,
            mentioned: Some(Point::Month(2025, 9)),
            period: None,
        };
        let following = Expr::Shift(Unit::Week, 1, Anchor::Mentioned);
        assert_eq!(normalize(&following, &ctx).value, "XXXX-WXX");
        let same = Expr::Shift(Unit::Day, 0, Anchor::Mentioned);
        assert_eq!(normalize(&same, &ctx).value, "2026-01-09");
    }

    #[test]
    fn shifts_keep_the_unit() {
        assert_eq!(
            value(Expr::Shift(Unit::Week, -1, Anchor::Document), Tense::Past),
            "2025-W46"
        );
        assert_eq!(
            value(
                Expr::Shift(Unit::Quarter, -1, Anchor::Document),
                Tense::Past
            ),
            "2025-Q3"
        );
        assert_eq!(
            value(Expr::Shift(Unit::Day, -2, Anchor::Ago), Tense::Past),
            "2025-11-17"
        );
    }

    #[test]
    fn weekdays_follow_the_tense() {
        assert_eq!(
            value(Expr::Weekday(5, Direction::Implicit), Tense::Past),
            "2025-11-14"
        );
        assert_eq!(
            value(Expr::Weekday(5, Direction::Implicit), Tense::Future),
            "2025-11-21"
        );
        assert_eq!(
            value(Expr::Weekday(3, Direction::Last), Tense::Past),
            "2025-11-12"
        );
    }

    #[test]
    fn without_a_date_values_get_xs() {
        let ctx = Context {
            date: None,
            tense: Tense::Past,
            firm: false,
            mentioned: None,
            period: None,
        };
        let august = Expr::Date(
            YearPart::Month(8, None),
            YearOf::Implicit(Direction::Implicit),
        );
        assert_eq!(normalize(&august, &ctx).value, "XXXX-08");
        assert_eq!(normalize(&Expr::Vague(Vague::Past), &ctx).value, "PAST_REF");
    }
}
