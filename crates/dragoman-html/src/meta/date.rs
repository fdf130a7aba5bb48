//! Reading publication dates as pages write them: ISO 8601 and its cousins, "18 Nov 2019",
//! "November 18, 2019", Unix timestamps, and dated URL paths.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*((?:19|20)\d\d)[-/.]?([01]\d)[-/.]?([0-3]\d)(?:[T\s_]|$|[^\d])")
        .expect("valid")
});
static WORDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+((?:19|20)\d\d)|([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d))\b")
        .expect("valid")
});
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d\d)[/-]?([01]\d)[/-]?([0-3]\d)(?:[/\-_.]|$)").expect("valid")
});

/// The calendar date a metadata value names, if it names one.
pub(crate) fn parse_date(value: &str) -> Option<Date> {
    if let Some(c) = NUMERIC.captures(value) {
        return ymd(&c[1], &c[2], &c[3]);
    }
    let trimmed = value.trim();
    if (9..=13).contains(&trimmed.len()) && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return from_unix(trimmed);
    }
    let c = WORDY.captures(value)?;
    let (day, month, year) = match (c.get(1), c.get(4)) {
        (Some(day), _) => (day.as_str(), &c[2], &c[3]),
        (None, Some(month)) => (&c[5], month.as_str(), &c[6]),
        (None, None) => return None,
    };
    let month = month_number(month)?;
    Date::new(year.parse().ok()?, month, day.parse().ok()?).ok()
}

/// A date written in a URL path (`/2019/11/18/`, `/2019-11-18-title`, `/20191118/`).
pub(crate) fn date_in_url(url: &str) -> Option<Date> {
    let path_start = url.find("://").map_or(0, |p| p + 3);
    let path = &url[path_start..];
    let path = &path[path.find('/')?..];
    URL_DATE
        .captures_iter(path)
        .find_map(|c| ymd(&c[1], &c[2], &c[3]))
}

fn ymd(year: &str, month: &str, day: &str) -> Option<Date> {
    Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()
}

fn from_unix(digits: &str) -> Option<Date> {
    let mut seconds: i64 = digits.parse().ok()?;
    if digits.len() == 13 {
        seconds /= 1000;
    }
    let timestamp = jiff::Timestamp::from_second(seconds).ok()?;
    Some(jiff::tz::Offset::UTC.to_datetime(timestamp).date())
}

fn month_number(name: &str) -> Option<i8> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_ascii_lowercase();
    let prefix = lower.get(..3)?;
    let index = MONTHS.iter().position(|m| *m == prefix)?;
    i8::try_from(index + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn iso_forms() {
        assert_eq!(
            parse_date("2019-11-18T08:30:00-05:00"),
            Some(date(2019, 11, 18))
        );
        assert_eq!(parse_date("2019/11/18"), Some(date(2019, 11, 18)));
        assert_eq!(parse_date("20191118"), Some(date(2019, 11, 18)));
        assert_eq!(parse_date("2019-13-45"), None);
    }

    #[test]
    fn written_forms() {
        assert_eq!(
            parse_date("Mon, 18 Nov 2019 10:00:00 GMT"),
            Some(date(2019, 11, 18))
        );
        assert_eq!(
            parse_date("Updated November 8, 2019 at 5pm"),
            Some(date(2019, 11, 8))
        );
        assert_eq!(parse_date("3rd March 2020"), Some(date(2020, 3, 3)));
        assert_eq!(parse_date("yesterday"), None);
    }

    #[test]
    fn unix_seconds_and_milliseconds() {
        assert_eq!(parse_date("1574035200"), Some(date(2019, 11, 18)));
        assert_eq!(parse_date("1574035200000"), Some(date(2019, 11, 18)));
    }

    #[test]
    fn dated_urls() {
        assert_eq!(
            date_in_url("https://example.org/2019/11/18/some-story/"),
            Some(date(2019, 11, 18))
        );
        assert_eq!(
            date_in_url("https://example.org/news/2019-11-18-some-story"),
            Some(date(2019, 11, 18))
        );
        assert_eq!(
            date_in_url("https://example.org/story/20191118/x.html"),
            Some(date(2019, 11, 18))
        );
        assert_eq!(date_in_url("https://example.org/2019/11/some-story"), None);
        assert_eq!(date_in_url("https://2019-11-18.example.org/"), None);
    }
}
