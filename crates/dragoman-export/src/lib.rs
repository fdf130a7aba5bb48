//! Events in the formats of the event-data world.
//!
//! An [`EventRecord`] is an event with the report it comes from; [`plover`]
//! writes it as a PLOVER 2.0 JSON record, [`gdelt`] as a row of the GDELT 2.0
//! event table (as far as our fields allow: no Goldstein scale, tone or
//! geocoding), and [`jsonl`] as dragoman's own JSON object, with the
//! evidence and trigger texts. [`parquet`] writes every layer (documents,
//! entities, quotes, events, proposals) as Parquet tables partitioned by
//! report date.

pub mod gdelt;
pub mod jsonl;
#[cfg(feature = "parquet")]
pub mod parquet;
pub mod plover;
mod quads;

use dragoman_model::Event;

pub use quads::{plover_types, quad_class};

/// An event and the report it was found in.
#[derive(Clone, Copy, Debug)]
pub struct EventRecord<'a> {
    /// The store's document id.
    pub doc_id: i64,
    /// The document's content hash (stable across databases).
    pub doc_hash: &'a str,
    /// The report's date (ISO), used when the event has no full date.
    pub doc_date: Option<&'a str>,
    /// The report's URL.
    pub url: Option<&'a str>,
    /// The document's clean text (spans index it).
    pub text: &'a str,
    /// The event.
    pub event: &'a Event,
    /// The event's position among the document's events.
    pub index: usize,
}

impl EventRecord<'_> {
    /// A stable id: the document hash's first 16 hex digits and the position.
    pub fn id(&self) -> String {
        format!(
            "{}-{}",
            &self.doc_hash[..self.doc_hash.len().min(16)],
            self.index
        )
    }

    /// The day of the event when known to the day, else the report's day
    /// (the convention of GDELT, which dates an event by the report that
    /// mentions it). Always `YYYY-MM-DD` or nothing.
    pub fn day(&self) -> Option<&str> {
        self.event
            .date
            .as_deref()
            .and_then(iso_day)
            .or_else(|| self.doc_date.and_then(iso_day))
    }

    /// The report's date and time as GDELT's `YYYYMMDDHHMMSS` (midnight when
    /// the report gives only a day), or nothing when the report is undated.
    pub fn report_timestamp(&self) -> Option<String> {
        let date = self.doc_date?;
        let day = iso_day(date)?.replace('-', "");
        let time: String = date
            .get(11..19)
            .filter(|t| t.as_bytes().get(2) == Some(&b':'))
            .map(|t| t.replace(':', ""))
            .filter(|t| t.len() == 6 && t.bytes().all(|b| b.is_ascii_digit()))
            .unwrap_or_else(|| "000000".into());
        Some(day + &time)
    }

    /// The sentence the event comes from.
    pub fn evidence(&self) -> &str {
        self.text
            .get(self.event.evidence.range())
            .unwrap_or_default()
    }

    /// The words that express the event.
    pub fn trigger(&self) -> &str {
        self.text
            .get(self.event.trigger.range())
            .unwrap_or_default()
    }
}

/// The `YYYY-MM-DD` day at the start of an ISO date or timestamp, if it has one.
fn iso_day(value: &str) -> Option<&str> {
    let day = value.get(..10)?;
    let b = day.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10)).then_some(day)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use dragoman_model::{EventStatus, Participant, Span};

    pub(crate) const TEXT: &str = "Envoys of Norland and Kestria met in Geneva on Tuesday.";

    pub(crate) fn event() -> Event {
        let party = |name: &str, country: &str, at: usize| Participant {
            span: Some(Span::new(at, at + name.len())),
            name: name.to_string(),
            country: Some(country.to_string()),
            sector: Some("GOV".to_string()),
        };
        Event {
            kind: "CONSULT".into(),
            mode: Some("third-party".into()),
            cameo: Some("044".into()),
            actor: Some(party("Norland", "NRL", 10)),
            recipient: Some(party("Kestria", "KST", 22)),
            actors: Vec::new(),
            recipients: Vec::new(),
            date: Some("2026-03-03".into()),
            place: Some("Geneva".into()),
            trigger: Span::new(30, 33),
            evidence: Span::new(0, TEXT.len()),
            status: EventStatus::Occurred,
            quote: None,
        }
    }

    pub(crate) fn record(e: &Event) -> EventRecord<'_> {
        EventRecord {
            doc_id: 7,
            doc_hash: "0123456789abcdef0123",
            doc_date: Some("2026-03-04"),
            url: None,
            text: TEXT,
            event: e,
            index: 2,
        }
    }

    #[test]
    fn ids_days_and_texts() {
        let e = event();
        let r = record(&e);
        assert_eq!(r.id(), "0123456789abcdef-2");
        assert_eq!(r.day(), Some("2026-03-03"));
        assert_eq!(r.trigger(), "met");
        let mut vague = event();
        vague.date = Some("2026-W10".into());
        assert_eq!(record(&vague).day(), Some("2026-03-04"));
    }

    #[test]
    fn a_report_timestamp_gives_the_day_and_the_time() {
        let e = event();
        let mut r = record(&e);
        assert_eq!(r.report_timestamp().as_deref(), Some("20260304000000"));
        r.doc_date = Some("2026-03-04T17:45:09Z");
        assert_eq!(r.report_timestamp().as_deref(), Some("20260304174509"));
        let mut undated = event();
        undated.date = Some("2026-03".into());
        let mut r = record(&undated);
        r.doc_date = Some("2026-03-04T17:45:09+01:00");
        assert_eq!(r.day(), Some("2026-03-04"), "a timestamp gives its day");
        r.doc_date = None;
        assert_eq!((r.day(), r.report_timestamp()), (None, None));
    }
}
