//! Time order for TIMEX3 values: the day a value starts on ("2026-W11" →
//! 2026-03-09, "2026-04" → 2026-04-01, "2026-Q2" → 2026-04-01), registered
//! as the SQL function `timex_start`, so timelines sort weeks, months and
//! days by time instead of by spelling.

use jiff::civil::{Date, ISOWeekDate, Weekday};
use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;

/// Registers `timex_start(value)` on a connection: the `YYYY-MM-DD` day a
/// TIMEX3 date value starts on, or NULL for values that name no calendar
/// time (`PRESENT_REF`, `XXXX-08`, durations).
pub(crate) fn register(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        "timex_start",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let value: Option<String> = ctx.get(0)?;
            Ok(value.as_deref().and_then(start_day).map(|d| d.to_string()))
        },
    )
}

/// The first day of a TIMEX3 date value.
pub fn start_day(value: &str) -> Option<Date> {
    let year: i16 = value.get(..4)?.parse().ok()?;
    let rest = value.get(4..)?;
    let day = |m: i8, d: i8| Date::new(year, m, d).ok();
    match rest.as_bytes() {
        [] => day(1, 1),
        [b'-', b'W', b'I'] => day(12, 1),
        [b'-', b'W', ..] => {
            let week: i8 = rest.get(2..4)?.parse().ok()?;
            ISOWeekDate::new(year, week, Weekday::Monday)
                .ok()
                .map(|w| w.date())
        }
        [b'-', b'Q', q] => day((*q as char).to_digit(10)? as i8 * 3 - 2, 1),
        [b'-', b'H', h] => day((*h as char).to_digit(10)? as i8 * 6 - 5, 1),
        [b'-', b'S', b'P'] => day(3, 1),
        [b'-', b'S', b'U'] => day(6, 1),
        [b'-', b'F', b'A'] => day(9, 1),
        _ => {
            let month: i8 = rest.get(1..3)?.parse().ok()?;
            match rest.get(3..) {
                Some("") => day(month, 1),
                _ => day(month, rest.get(4..6)?.parse().ok()?),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(v: &str) -> Option<String> {
        start_day(v).map(|d| d.to_string())
    }

    #[test]
    fn values_start_on_their_first_day() {
        let cases = [
            ("2026-03-18", "2026-03-18"),
            ("2026-03-18T14:00", "2026-03-18"),
            ("2026-04", "2026-04-01"),
            ("2026-W11", "2026-03-09"),
            ("2026-W01", "2025-12-29"),
            ("2026-Q2", "2026-04-01"),
            ("2026-H2", "2026-07-01"),
            ("2026-SU", "2026-06-01"),
            ("2026-WI", "2026-12-01"),
            ("2026", "2026-01-01"),
        ];
        for (value, day) in cases {
            assert_eq!(start(value).as_deref(), Some(day), "{value}");
        }
        for vague in ["PRESENT_REF", "XXXX-08", "P3D", "2026-W", "2026-13", ""] {
            assert_eq!(start(vague), None, "{vague}");
        }
    }

    #[test]
    fn a_week_sorts_before_the_month_after_it() {
        let conn = Connection::open_in_memory().unwrap();
        register(&conn).unwrap();
        let order: Vec<String> = conn
            .prepare(
                "SELECT v FROM (SELECT '2026-04' AS v UNION ALL SELECT '2026-W11' UNION ALL
                 SELECT '2026-03-20') ORDER BY timex_start(v)",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(order, ["2026-W11", "2026-03-20", "2026-04"]);
    }
}
