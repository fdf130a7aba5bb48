//! Rendering a document for people: paragraphs of the clean text with their
//! annotations drawn as carets underneath.

use dragoman_model::{each_layer, marks_of, Doc, LayerItem, LayerVisitor};
use dragoman_text::carets;
use std::ops::Range;

/// The clean text with every annotation marked under the line it is on.
pub(crate) fn marked(doc: &Doc) -> String {
    let mut marks = Marks {
        doc,
        marks: Vec::new(),
    };
    if let Some(d) = doc.meta.dateline {
        marks.marks.push((d.range(), "dateline".into()));
    }
    each_layer(&mut marks);
    carets(&wrap(&doc.text, WIDTH), &marks.marks)
}

/// Gathers the marks of every layer, as each layer describes them.
struct Marks<'a> {
    doc: &'a Doc,
    marks: Vec<(Range<usize>, String)>,
}

impl LayerVisitor for Marks<'_> {
    fn layer<L: LayerItem>(&mut self) {
        let marks = marks_of::<L>(self.doc);
        self.marks
            .extend(marks.into_iter().map(|(s, label)| (s.range(), label)));
    }
}

/// Display width of the marked text.
const WIDTH: usize = 100;

/// `text` with spaces turned into line breaks so that lines stay within
/// `width` chars where they can. A space and a newline are one byte each, so
/// every byte span of `text` is the same span of the result.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut col = 0;
    for word in text.split_inclusive([' ', '\n']) {
        let len = word.chars().count();
        if col > 0 && col + len > width + 1 && out.ends_with(' ') {
            out.pop();
            out.push('\n');
            col = 0;
        }
        out.push_str(word);
        col = if word.ends_with('\n') { 0 } else { col + len };
    }
    out
}

/// The day column of an event and what its `[doc …]` tag adds: the event's
/// own date, or "(undated)" and the report's date, so that an event whose
/// clause gives no date never reads as dated by its report.
pub(crate) fn event_day<'a>(own: Option<&'a str>, report: Option<&str>) -> (&'a str, String) {
    match (own, report) {
        (Some(day), _) => (day, String::new()),
        (None, Some(report)) => ("(undated)", format!(", reported {}", day_of(report))),
        (None, None) => ("(undated)", String::new()),
    }
}

/// The calendar day of a stored report date ("2026-03-06T09:00Z": "2026-03-06").
fn day_of(date: &str) -> &str {
    date.get(..10).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_byte_offset() {
        let text =
            "Envoys of the two governments met in Vienna on Tuesday, officials said.\n\nShort.";
        let w = wrap(text, 20);
        assert_eq!(w.len(), text.len());
        assert!(w.lines().all(|l| l.chars().count() <= 21), "{w}");
        assert_eq!(w.replace('\n', " "), text.replace('\n', " "));
    }

    #[test]
    fn an_undated_event_shows_its_report_date_apart() {
        assert_eq!(
            event_day(Some("2026-W11"), Some("2026-03-04")),
            ("2026-W11", String::new())
        );
        assert_eq!(
            event_day(None, Some("2026-03-06T08:00:00Z")),
            ("(undated)", ", reported 2026-03-06".to_string())
        );
        assert_eq!(event_day(None, None), ("(undated)", String::new()));
    }
}
