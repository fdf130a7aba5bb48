//! Golden tests of issue 12 through the standard pipeline: reports of our
//! own in the forms of the big wires, with the dateline, entities, dates and
//! quote sources drawn as carets under the clean text.

use dragoman_model::{Date, Meta, Span};
use dragoman_pipeline::Pipeline;
use dragoman_testkit::{assert_spans_valid, carets};

/// Runs the standard pipeline over `raw`, dated `date`, and draws the result.
fn draw(raw: &str, date: Date) -> String {
    let meta = Meta {
        date: Some(date),
        ..Meta::default()
    };
    let doc = Pipeline::standard()
        .process_text("wire", raw.to_string(), meta)
        .doc;
    let mut spans: Vec<(Span, String)> = Vec::new();
    if let Some(d) = doc.meta.dateline {
        let label = format!(
            "dateline outlet={} place={}",
            doc.meta.outlet.as_deref().unwrap_or("-"),
            doc.meta.place.as_deref().unwrap_or("-")
        );
        spans.push((d, label));
    }
    for e in &doc.entities {
        spans.push((e.span, e.kind.as_str().to_string()));
    }
    for t in &doc.timexes {
        spans.push((t.span, format!("{} {}", t.kind.as_str(), t.value)));
    }
    for q in &doc.quotes {
        for s in &q.source {
            let who = q.speaker.as_deref().unwrap_or("-");
            spans.push((*s, format!("source: {who}")));
        }
    }
    assert_spans_valid(&doc, spans.iter().map(|(s, _)| *s));
    carets(&doc.text, &spans)
}

/// A Friday report: a date of this week and a weekday told in the past.
fn friday() -> Date {
    Date::new(2025, 11, 21).expect("a date")
}

#[test]
fn tass_form() {
    insta::assert_snapshot!(draw(
        "KAZAN, November 20. /TASS/. The two delegations met on Wednesday, a spokesman said.",
        friday()
    ));
}

#[test]
fn reuters_form() {
    insta::assert_snapshot!(draw(
        "OSLO, Nov 21 (Reuters) - The envoys will meet again on Thursday, the ministry said.",
        friday()
    ));
}

#[test]
fn xinhua_form_with_a_region() {
    insta::assert_snapshot!(draw(
        "JUNEAU, Alaska, Nov. 20 (Xinhua) -- The governor spoke on Wednesday, officials said.",
        friday()
    ));
}

#[test]
fn colon_form() {
    insta::assert_snapshot!(draw(
        "LONDON: The foreign secretary said on Thursday that the talks had stalled.",
        friday()
    ));
}

#[test]
fn dpa_first_and_last_in_either_order() {
    insta::assert_snapshot!(draw(
        "(dpa) HAMBURG, Nov 20 - The mayor said the port was calm.",
        friday()
    ));
    insta::assert_snapshot!(draw(
        "20 November, HAMBURG (dpa) - The mayor said the port was calm.",
        friday()
    ));
}

#[test]
fn apostrophes_glued_into_names_and_honorifics_alone() {
    insta::assert_snapshot!(draw(
        "Ukraineʼs envoy met Polandʼs minister and Norway′s aide; Mr Halvorsen and Mr were absent.",
        friday()
    ));
}
