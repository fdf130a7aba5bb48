//! Checks on the shared dev pages (read at run time; skipped when absent, failed under CI): every page gives
//! text with valid ranges, and title, date and outlet are found for at least 90% of the pages
//! whose markup carries them.

use dragoman_html::extract;

const DEV_INPUT: &str = "data/extract/zyte-dev.input.jsonl";

/// Markers of a metadata field in raw markup: Open Graph / article meta tags and JSON-LD keys.
const TITLE_MARKERS: &[&str] = &["og:title", "\"headline\""];
const DATE_MARKERS: &[&str] = &[
    "article:published_time",
    "\"datePublished\"",
    "itemprop=\"datePublished\"",
];
const OUTLET_MARKERS: &[&str] = &["og:site_name", "\"publisher\""];

struct Coverage {
    name: &'static str,
    markers: &'static [&'static str],
    with_markers: usize,
    found: usize,
}

#[test]
fn dev_pages_give_text_and_metadata() {
    let Some(path) = dragoman_testkit::shared(DEV_INPUT) else {
        return;
    };
    let data = std::fs::read_to_string(path).expect("the dev pages read");
    let mut coverage = [
        Coverage {
            name: "title",
            markers: TITLE_MARKERS,
            with_markers: 0,
            found: 0,
        },
        Coverage {
            name: "date",
            markers: DATE_MARKERS,
            with_markers: 0,
            found: 0,
        },
        Coverage {
            name: "outlet",
            markers: OUTLET_MARKERS,
            with_markers: 0,
            found: 0,
        },
    ];
    let mut pages = 0;
    for line in data.lines() {
        let page: serde_json::Value = serde_json::from_str(line).expect("dev input is JSON lines");
        let html = page["html"].as_str().expect("html field");
        let url = page["url"].as_str();
        let article = extract(html.as_bytes(), None, url).expect("dev pages extract");
        assert!(!article.text.is_empty(), "no text for {url:?}");
        for p in &article.paragraphs {
            assert!(p.html_range.end <= html.len());
        }
        let meta = &article.meta;
        let found = [
            meta.title.is_some(),
            meta.date.is_some(),
            meta.outlet.is_some(),
        ];
        for (field, found) in coverage.iter_mut().zip(found) {
            if field.markers.iter().any(|m| html.contains(m)) {
                field.with_markers += 1;
                field.found += usize::from(found);
            }
        }
        pages += 1;
    }
    assert_eq!(pages, 90);
    for field in &coverage {
        let share = field.found as f64 / field.with_markers.max(1) as f64;
        eprintln!(
            "{}: found on {}/{} pages that carry it",
            field.name, field.found, field.with_markers
        );
        assert!(
            share >= 0.9,
            "{} found on only {:.0}% of pages",
            field.name,
            share * 100.0
        );
    }
}
