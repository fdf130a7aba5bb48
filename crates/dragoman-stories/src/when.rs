//! The days a TIMEX3 date value covers ("2026-03-12" one day, "2026-W11" a
//! week, "2026-03" a month, "2026" a year), and whether two events' dates
//! can be the same day: what decides, with type and actors, that two reports
//! tell one event.

use jiff::civil::{Date, ISOWeekDate, Weekday};
use jiff::ToSpan;

/// Days of slack when two dates are compared: reports a day apart often
/// date one event differently (time zones, "overnight").
pub const SLACK_DAYS: i32 = 1;

/// The first and last day a TIMEX3 date value covers; `None` for values
/// that name no calendar time (`PRESENT_REF`, `XXXX-08`, durations).
pub fn days(value: &str) -> Option<(Date, Date)> {
    let year: i16 = value.get(..4)?.parse().ok()?;
    let rest = value.get(4..)?;
    let day = |m: i8, d: i8| Date::new(year, m, d).ok();
    match rest.as_bytes() {
        [] => Some((day(1, 1)?, day(12, 31)?)),
        [b'-', b'W', w1, w2] if w1.is_ascii_digit() && w2.is_ascii_digit() => {
            let week: i8 = rest.get(2..4)?.parse().ok()?;
            let monday = ISOWeekDate::new(year, week, Weekday::Monday).ok()?.date();
            Some((monday, monday.checked_add(6.days()).ok()?))
        }
        [b'-', m1, m2] if m1.is_ascii_digit() && m2.is_ascii_digit() => {
            let first = day(rest.get(1..3)?.parse().ok()?, 1)?;
            Some((first, first.last_of_month()))
        }
        _ => {
            let d = day(rest.get(1..3)?.parse().ok()?, rest.get(4..6)?.parse().ok()?)?;
            Some((d, d))
        }
    }
}

/// True when two TIMEX3 values may name the same time: either is unknown,
/// or their days overlap within [`SLACK_DAYS`].
pub fn compatible(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some((a0, a1)), Some((b0, b1))) = (a.and_then(days), b.and_then(days)) else {
        return true;
    };
    let slack = SLACK_DAYS.days();
    let a1 = a1.checked_add(slack).unwrap_or(a1);
    let b1 = b1.checked_add(slack).unwrap_or(b1);
    a0 <= b1 && b0 <= a1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_cover_their_days() {
        let span = |v: &str| days(v).map(|(a, b)| format!("{a}..{b}"));
        assert_eq!(
            span("2026-03-12").as_deref(),
            Some("2026-03-12..2026-03-12")
        );
        assert_eq!(
            span("2026-03-12T14:00").as_deref(),
            Some("2026-03-12..2026-03-12")
        );
        assert_eq!(span("2026-W11").as_deref(), Some("2026-03-09..2026-03-15"));
        assert_eq!(span("2026-02").as_deref(), Some("2026-02-01..2026-02-28"));
        assert_eq!(span("2026").as_deref(), Some("2026-01-01..2026-12-31"));
        for vague in ["PRESENT_REF", "XXXX-08", "P3D", "2026-W", "2026-13", ""] {
            assert_eq!(days(vague), None, "{vague}");
        }
    }

    #[test]
    fn dates_agree_when_their_days_meet() {
        assert!(compatible(Some("2026-03-12"), Some("2026-W11")));
        assert!(
            compatible(Some("2026-03-12"), Some("2026-03-13")),
            "a day apart"
        );
        assert!(!compatible(Some("2026-03-12"), Some("2026-03-19")));
        assert!(!compatible(Some("2026-03"), Some("2026-04-20")));
        assert!(compatible(None, Some("2026-03-19")));
        assert!(compatible(Some("PAST_REF"), Some("2026-03-19")));
    }
}
