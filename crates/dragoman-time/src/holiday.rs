//! Holidays that news dates events by: their names and their dates.

use jiff::civil::{Date, Weekday};

/// A holiday with a fixed rule for its date (US calendar where it matters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Holiday {
    /// January 1.
    NewYear,
    /// US Independence Day, July 4.
    Independence,
    /// US Election Day: the Tuesday after the first Monday of November.
    Election,
    /// US Thanksgiving: the fourth Thursday of November.
    Thanksgiving,
    /// December 24.
    ChristmasEve,
    /// December 25.
    Christmas,
}

impl Holiday {
    /// The holiday's date in `year`.
    pub fn date_in(self, year: i16) -> Option<Date> {
        let fixed = |m, d| Date::new(year, m, d).ok();
        match self {
            Holiday::NewYear => fixed(1, 1),
            Holiday::Independence => fixed(7, 4),
            Holiday::ChristmasEve => fixed(12, 24),
            Holiday::Christmas => fixed(12, 25),
            Holiday::Election => {
                let tuesday = fixed(11, 1)?
                    .nth_weekday_of_month(1, Weekday::Tuesday)
                    .ok()?;
                // The Tuesday *after* the first Monday: never November 1.
                if tuesday.day() == 1 {
                    tuesday.checked_add(jiff::Span::new().days(7)).ok()
                } else {
                    Some(tuesday)
                }
            }
            Holiday::Thanksgiving => fixed(11, 1)?
                .nth_weekday_of_month(4, Weekday::Thursday)
                .ok(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn movable_holidays() {
        assert_eq!(
            Holiday::Thanksgiving.date_in(1999),
            Some(date(1999, 11, 25))
        );
        assert_eq!(
            Holiday::Thanksgiving.date_in(2025),
            Some(date(2025, 11, 27))
        );
        assert_eq!(Holiday::Election.date_in(1998), Some(date(1998, 11, 3)));
        assert_eq!(Holiday::Election.date_in(2026), Some(date(2026, 11, 3)));
    }
}
