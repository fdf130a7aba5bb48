//! Events in the formats of the event-data world.
//!
//! An [`EventRecord`] is an event with the report it comes from; [`plover`]
//! writes it as a PLOVER 2.0 JSON record, [`gdelt`] as a row of the GDELT 2.0
//! event table (as far as our fields allow: no Goldstein scale, tone or
//! geocoding), and [`jsonl`] as dragoman's own JSON object, with the
//! evidence and trigger texts.

pub mod gdelt;
pub mod jsonl;
pub mod plover;
mod quads;

use dragoman_model::Event;

pub use quads::quad_class;

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

    /// The day of the event when known to the day, else the report's date.
    pub fn day(&self) -> Option<&str> {
        match self.event.date.as_deref() {
            Some(d)
                if d.len() == 10
                    && d.as_bytes()[4] == b'-'
                    && d[..4].bytes().all(|b| b.is_ascii_digit()) =>
            {
                Some(d)
            }
            _ => self.doc_date,
        }
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
}
