//! dragoman's own event objects: the model's fields, with texts instead of
//! spans, and the source document.

use crate::EventRecord;
use serde_json::{json, Value};

/// The JSON object of an event.
pub fn record(r: &EventRecord<'_>) -> Value {
    let e = r.event;
    let party = |p: &dragoman_model::Participant| json!({"name": p.name, "country": p.country, "sector": p.sector});
    json!({
        "id": r.id(), "doc": r.doc_id, "url": r.url, "doc_date": r.doc_date,
        "type": e.kind, "mode": e.mode, "cameo": e.cameo,
        "actor": e.actor.as_ref().map(party), "recipient": e.recipient.as_ref().map(party),
        "date": e.date, "place": e.place, "status": e.status.as_str(),
        "trigger": r.trigger(), "evidence": r.evidence(),
    })
}
