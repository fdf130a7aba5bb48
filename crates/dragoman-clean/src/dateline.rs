//! Datelines: "Nov. 19, 2025 (EIRNS)—", "WASHINGTON (Reuters) -",
//! "MOSCOW, Nov 20 (Reuters) -", "Washington (AFP) –", "LONDON —".

use dragoman_model::{Date, Span};
use regex::Regex;
use std::sync::LazyLock;

/// A dateline found at the start of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The dateline, up to and including its dash.
    pub span: Span,
    /// The date, when it has a year.
    pub date: Option<Date>,
    /// Month and day, when written (also without a year).
    pub month_day: Option<(i8, i8)>,
    /// The outlet in parentheses.
    pub outlet: Option<String>,
    /// The place.
    pub place: Option<String>,
    /// Bytes taken up including the white space after the dash.
    pub(crate) consumed: u32,
}

impl Dateline {
    /// The same dateline with its spans moved by `by` bytes.
    pub fn shifted(mut self, by: usize) -> Dateline {
        self.span = Span::new(self.span.start as usize + by, self.span.end as usize + by);
        self
    }
}

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
const DASH: &str = r"\s*(?:—|–|―|--|-)";
const OUTLET: &str = r"\((?P<outlet>[A-Z][A-Za-z0-9&.' -]{0,30}?)\)";

fn date_re() -> String {
    format!(
        r"(?P<date>(?P<mon>{MONTH})\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?|(?P<day2>\d{{1,2}})\s+(?P<mon2>{MONTH})(?:\s+(?P<year2>\d{{4}}))?|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))"
    )
}

static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let date = date_re();
    let place = r"(?P<place>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)";
    let caps = r"(?P<place>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)";
    [
        format!(r"^{date}\s*{OUTLET}{DASH}"),
        format!(r"^{place}(?:,\s*{date})?\s*{OUTLET}{DASH}"),
        format!(r"^{caps}(?:,\s*{date})?\s*(?:—|–|―|--| - )"),
        format!(r"^{caps}\s+{date}\s*$"),
    ]
    .iter()
    .map(|p| Regex::new(p).expect("dateline pattern"))
    .collect()
});

/// Parses a dateline at the start of `s`.
pub fn parse_dateline(s: &str) -> Option<Dateline> {
    for re in PATTERNS.iter() {
        let Some(c) = re.captures(s) else { continue };
        let whole = c.get(0)?;
        let end = whole.as_str().trim_end().len();
        let consumed = end + s[end..].len() - s[end..].trim_start().len();
        let (month_day, date) = parse_date(&c);
        return Some(Dateline {
            span: Span::new(0, end),
            date,
            month_day,
            outlet: c.name("outlet").map(|m| m.as_str().trim().to_string()),
            place: c
                .name("place")
                .map(|m| m.as_str().trim_end_matches(',').to_string()),
            consumed: consumed as u32,
        });
    }
    None
}

fn parse_date(c: &regex::Captures<'_>) -> (Option<(i8, i8)>, Option<Date>) {
    if let Some(iso) = c.name("iso") {
        let d: Option<Date> = iso.as_str().parse().ok();
        return (d.map(|d| (d.month(), d.day())), d);
    }
    let mon = c
        .name("mon")
        .or(c.name("mon2"))
        .and_then(|m| month_number(m.as_str()));
    let day = c
        .name("day")
        .or(c.name("day2"))
        .and_then(|m| m.as_str().parse::<i8>().ok());
    let year = c
        .name("year")
        .or(c.name("year2"))
        .and_then(|m| m.as_str().parse::<i16>().ok());
    match (mon, day) {
        (Some(m), Some(d)) if (1..=31).contains(&d) => {
            let date = year.and_then(|y| Date::new(y, m, d).ok());
            (Some((m, d)), date)
        }
        _ => (None, None),
    }
}

fn month_number(s: &str) -> Option<i8> {
    let s = s.trim_end_matches('.').to_ascii_lowercase();
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    NAMES
        .iter()
        .position(|n| s.starts_with(n))
        .map(|i| i as i8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> (String, Option<String>, Option<String>, Option<String>) {
        let d = parse_dateline(s).unwrap_or_else(|| panic!("no dateline in {s:?}"));
        (
            s[d.span.range()].to_string(),
            d.date.map(|d| d.to_string()),
            d.outlet,
            d.place,
        )
    }

    #[test]
    fn the_forms_news_uses() {
        let o = |s: &str| Some(s.to_string());
        assert_eq!(
            parse("Mar. 4, 2026 (NWS)—Talks resumed"),
            (
                "Mar. 4, 2026 (NWS)—".into(),
                o("2026-03-04"),
                o("NWS"),
                None
            )
        );
        assert_eq!(
            parse("WASHINGTON (Reuters) - The envoy said"),
            (
                "WASHINGTON (Reuters) -".into(),
                None,
                o("Reuters"),
                o("WASHINGTON")
            )
        );
        assert_eq!(
            parse("MOSCOW, Nov 20 (Reuters) - Talks"),
            (
                "MOSCOW, Nov 20 (Reuters) -".into(),
                None,
                o("Reuters"),
                o("MOSCOW")
            )
        );
        assert_eq!(
            parse("Washington (AFP) – Talks"),
            ("Washington (AFP) –".into(), None, o("AFP"), o("Washington"))
        );
        assert_eq!(
            parse("LONDON — Talks"),
            ("LONDON —".into(), None, None, o("LONDON"))
        );
        assert_eq!(
            parse("GENEVA, Switzerland, March 3, 2024 (Wire) -- Talks").1,
            o("2024-03-03")
        );
        assert_eq!(parse("BRUSSELS 1996-08-30").1, o("1996-08-30"));
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        for s in [
            "The talks (in Geneva) - went well",
            "He said — nothing",
            "In March, the envoys met.",
            "Talks resumed - slowly.",
        ] {
            assert!(parse_dateline(s).is_none(), "{s}");
        }
    }
}
