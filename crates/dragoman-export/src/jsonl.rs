//! dragoman's own event objects: the model's fields, with texts instead of
//! spans, and the source document. One typed line, used by `export --format
//! jsonl` and `events --json` alike.

use crate::EventRecord;
use dragoman_model::Participant;
use serde::Serialize;

/// A party of an event, by name.
#[derive(Debug, Serialize)]
pub struct Party<'a> {
    /// The name as resolved.
    pub name: &'a str,
    /// ISO 3166-1 alpha-3 code.
    pub country: Option<&'a str>,
    /// PLOVER/CAMEO sector code.
    pub sector: Option<&'a str>,
}

impl<'a> Party<'a> {
    fn of(p: &'a Participant) -> Party<'a> {
        Party {
            name: &p.name,
            country: p.country.as_deref(),
            sector: p.sector.as_deref(),
        }
    }
}

/// The JSON line of an event.
#[derive(Debug, Serialize)]
pub struct EventLine<'a> {
    /// Stable id: document hash prefix and position.
    pub id: String,
    /// The store's document id.
    pub doc: i64,
    /// The report's URL.
    pub url: Option<&'a str>,
    /// The report's date.
    pub doc_date: Option<&'a str>,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: &'a str,
    /// PLOVER mode.
    pub mode: Option<&'a str>,
    /// CAMEO code.
    pub cameo: Option<&'a str>,
    /// Who acts.
    pub actor: Option<Party<'a>>,
    /// Who is acted upon.
    pub recipient: Option<Party<'a>>,
    /// TIMEX3 value of when it happened.
    pub date: Option<&'a str>,
    /// Where, as written.
    pub place: Option<&'a str>,
    /// occurred, planned, proposed, denied, hypothetical or reported.
    pub status: &'a str,
    /// The words that express the event.
    pub trigger: &'a str,
    /// The sentence that says so.
    pub evidence: &'a str,
}

/// The JSON line of an event.
pub fn record<'a>(r: &'a EventRecord<'a>) -> EventLine<'a> {
    let e = r.event;
    EventLine {
        id: r.id(),
        doc: r.doc_id,
        url: r.url,
        doc_date: r.doc_date,
        kind: &e.kind,
        mode: e.mode.as_deref(),
        cameo: e.cameo.as_deref(),
        actor: e.actor.as_ref().map(Party::of),
        recipient: e.recipient.as_ref().map(Party::of),
        date: e.date.as_deref(),
        place: e.place.as_deref(),
        status: e.status.as_str(),
        trigger: r.trigger(),
        evidence: r.evidence(),
    }
}
