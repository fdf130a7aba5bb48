//! Datelines: "Nov. 19, 2025 (EIRNS)—", "WASHINGTON (Reuters) -",
//! "MOSCOW, Nov 20 (Reuters) -", "Washington (AFP) –", "LONDON —",
//! "MOSCOW, November 25. /TASS/.", "LONDON:", "(dpa) BERLIN, March 9 -",
//! "9 March, PARIS (AFP) -", "The Harbour Gazette —". An outlet between slashes, in lower case or
//! before the place must be in the shared outlet table; a place before a
//! bare colon must be in the country table, or carry a date.

use dragoman_lexicon::{COUNTRIES, OUTLETS};
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
    /// The date of the dateline: its own when it has a year, else its month
    /// and day in the latest year that puts it on or before `report` (the
    /// report's date).
    pub fn date_by(&self, report: Date) -> Option<Date> {
        if self.date.is_some() {
            return self.date;
        }
        let (m, d) = self.month_day?;
        let this = Date::new(report.year(), m, d).ok();
        match this {
            Some(day) if day <= report => Some(day),
            _ => Date::new(report.year() - 1, m, d).ok(),
        }
    }

    /// The same dateline with its spans moved by `by` bytes.
    pub fn shifted(mut self, by: usize) -> Dateline {
        self.span = Span::new(self.span.start as usize + by, self.span.end as usize + by);
        self
    }
}

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
const DASH: &str = r"\s*(?:—|–|―|--|-)";
/// The end of a dateline: a dash, or a colon ("BERLIN (dpa):").
const END: &str = r"\s*(?:—|–|―|--|-|:)";
const OUTLET: &str = r"\((?P<outlet>[A-Z][A-Za-z0-9&.' -]{0,30}?)\)";
/// An outlet in parentheses, written in lower case too ("(dpa)").
const OUTLET_ANY: &str = r"\((?P<outlet>[A-Za-z][A-Za-z0-9&.' -]{0,30}?)\)";
/// A place, or two joined by a slash ("NEW DELHI/ISLAMABAD", a report from
/// both: the place is kept as written, and names no one country).
const PLACE: &str = r"(?P<place>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3}(?:/[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3})?(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)";
const CAPS: &str = r"(?P<place>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:/[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3})?(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)";

/// A newspaper's name as papers are named ("The Harbour Gazette", "Daily
/// Ledger"): up to four capitalized words and a newspaper's head noun.
const NEWSPAPER: &str = r"(?P<outlet>(?:The )?(?:[A-Z][A-Za-z.'’&-]+ ){0,4}(?:Post|Times|Gazette|Herald|Tribune|Journal|Telegraph|Chronicle|Ledger|Courier|Observer))";

fn date_re() -> String {
    format!(
        r"(?P<date>(?P<mon>{MONTH})\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?|(?P<day2>\d{{1,2}})\s+(?P<mon2>{MONTH})(?:\s+(?P<year2>\d{{4}}))?|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))"
    )
}

/// What a pattern needs beyond matching.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Check {
    /// Nothing more.
    None,
    /// The outlet is in the shared outlet table ("/TASS/", "(dpa)" first).
    KnownOutlet,
    /// A place the country table knows, or a date ("LONDON:" but not "UPDATE:").
    KnownPlaceOrDate,
}

static PATTERNS: LazyLock<Vec<(Regex, Check)>> = LazyLock::new(|| {
    let date = date_re();
    [
        // "Mar. 4, 2026 (NWS)—"
        (format!(r"^{date}\s*{OUTLET}{DASH}"), Check::None),
        // "KYIV, Nov 21 (Reuters) -", "ANCHORAGE, Alaska, Aug. 15 (Xinhua) --", "Berlin (dpa):"
        (
            format!(r"^{PLACE}(?:,\s*{date})?\s*{OUTLET_ANY}{END}"),
            Check::KnownOutlet,
        ),
        (
            format!(r"^{PLACE}(?:,\s*{date})?\s*{OUTLET}{DASH}"),
            Check::None,
        ),
        // "MOSCOW, November 25. /TASS/."
        (
            format!(r"^{CAPS},\s*{date}\.?\s*/(?P<outlet>[A-Za-z][A-Za-z .-]{{0,20}}?)/\.?"),
            Check::KnownOutlet,
        ),
        // "(dpa) BERLIN, March 9 -", "(AFP) 9 March, PARIS -"
        (
            format!(r"^{OUTLET_ANY}\s*{CAPS}(?:,\s*{date})?{END}"),
            Check::KnownOutlet,
        ),
        (
            format!(r"^{OUTLET_ANY}\s*{date},\s*{CAPS}{END}"),
            Check::KnownOutlet,
        ),
        // "9 March, BERLIN (dpa) -", "March 9, BERLIN -"
        (
            format!(r"^{date},\s*{CAPS}\s*{OUTLET_ANY}{END}"),
            Check::KnownOutlet,
        ),
        (
            format!(r"^{date},\s*{CAPS}\s*(?:—|–|―|--| - )"),
            Check::None,
        ),
        // "LONDON —", "KYIV, Nov 21 —" (but not a section label, "SOCCER -")
        (
            format!(r"^{CAPS}(?:,\s*{date})?\s*(?:—|–|―|--| - )"),
            Check::KnownPlaceOrDate,
        ),
        // "LONDON:", "KYIV, Nov 21:"
        (
            format!(r"^{CAPS}(?:,\s*{date})?\s*:\s"),
            Check::KnownPlaceOrDate,
        ),
        (format!(r"^{CAPS}\s+{date}\s*$"), Check::None),
        // "The Meridian Post — ...": a newspaper's name before a real dash.
        (format!(r"^{NEWSPAPER}\s*(?:—|–|―|--)"), Check::None),
    ]
    .into_iter()
    .map(|(p, check)| (Regex::new(&p).expect("dateline pattern"), check))
    .collect()
});

/// True when the match passes the pattern's check.
fn passes(c: &regex::Captures<'_>, check: Check) -> bool {
    match check {
        Check::None => true,
        Check::KnownOutlet => c
            .name("outlet")
            .is_some_and(|o| OUTLETS.is_outlet(o.as_str().trim())),
        Check::KnownPlaceOrDate => {
            c.name("date").is_some()
                || c.name("place").is_some_and(|p| {
                    let first = p.as_str().split(',').next().unwrap_or_default();
                    COUNTRIES.place(first).is_some()
                })
        }
    }
}

/// Parses a dateline at the start of `s`.
pub fn parse_dateline(s: &str) -> Option<Dateline> {
    for (re, check) in PATTERNS.iter() {
        let Some(c) = re.captures(s) else { continue };
        if !passes(&c, *check) {
            continue;
        }
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
    fn the_forms_of_the_big_wires() {
        let o = |s: &str| Some(s.to_string());
        assert_eq!(
            parse("KAZAN, October 2. /TASS/. The envoy said"),
            (
                "KAZAN, October 2. /TASS/.".into(),
                None,
                o("TASS"),
                o("KAZAN")
            )
        );
        assert_eq!(parse("LONDON: The envoy said").0, "LONDON:".to_string());
        assert_eq!(parse("(dpa) HAMBURG, May 7 - Ships").2, o("dpa"));
        assert_eq!(parse("7 May, HAMBURG (dpa) - Ships").3, o("HAMBURG"));
        assert_eq!(parse("Hamburg (dpa): Ships").2, o("dpa"));
    }

    /// Regression (wire copy of our own): a dateline of two places joined
    /// by a slash was no dateline, and stayed in what the first speaker said.
    #[test]
    fn regression_two_places_joined_by_a_slash() {
        let o = |s: &str| Some(s.to_string());
        assert_eq!(
            parse("LIMA/QUITO, May 10 (AP) — The two sides agreed"),
            (
                "LIMA/QUITO, May 10 (AP) —".into(),
                None,
                o("AP"),
                o("LIMA/QUITO")
            )
        );
        assert_eq!(
            parse("SAN JOSE/MANAGUA, May 10 (Reuters) - Talks").3,
            o("SAN JOSE/MANAGUA")
        );
    }

    #[test]
    fn a_newspaper_before_a_dash_opens_its_report() {
        let o = |s: &str| Some(s.to_string());
        assert_eq!(
            parse("The Harbour Gazette — Envoys will meet"),
            (
                "The Harbour Gazette —".into(),
                None,
                o("The Harbour Gazette"),
                None
            )
        );
        // A hyphen is no dash, and a name that is no paper's stays text.
        assert!(parse_dateline("The Harbour Gazette - Envoys").is_none());
        assert!(parse_dateline("The Foreign Office — Envoys").is_none());
    }

    #[test]
    fn a_date_without_a_year_takes_the_latest_year_not_after_the_report() {
        let d = parse_dateline("OSLO, Dec 30 (Reuters) - Talks").unwrap();
        let report = |y, m, d| Date::new(y, m, d).unwrap();
        assert_eq!(d.date_by(report(2026, 1, 2)), Some(report(2025, 12, 30)));
        assert_eq!(d.date_by(report(2025, 12, 30)), Some(report(2025, 12, 30)));
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        for s in [
            "The talks (in Geneva) - went well",
            "He said — nothing",
            "In March, the envoys met.",
            "Talks resumed - slowly.",
            "UPDATE: The envoys met.",
            "NOTE: Figures are provisional.",
            "(Corrected) PARIS - Talks",
            "OSLO, May 7. /Own correspondent/. Talks",
            "SOCCER - LEADERS DRAW IN CUP TIE",
        ] {
            assert!(parse_dateline(s).is_none(), "{s}");
        }
    }
}
