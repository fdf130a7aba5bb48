//! PLOVER 2.0 JSON records (the fields of the PLOVER manual, plus dragoman's
//! `status`, `evidence` and source document).

use crate::{quad_class, EventRecord};
use dragoman_model::Participant;
use serde_json::{json, Value};

fn entity(r: &EventRecord<'_>, p: &Participant) -> Value {
    json!({
        "entity_text": p.span.and_then(|s| r.text.get(s.range())).unwrap_or(&p.name),
        "identifier_text": p.name,
        "country": p.country,
        "sector": p.sector,
    })
}

/// PLOVER's list of actors (or recipients): every coordinated party when
/// the text names several, else the one.
fn parties(r: &EventRecord<'_>, first: &Option<Participant>, all: &[Participant]) -> Vec<Value> {
    if all.is_empty() {
        first.iter().map(|p| entity(r, p)).collect()
    } else {
        all.iter().map(|p| entity(r, p)).collect()
    }
}

/// The PLOVER record of an event, or `None` for an event without an actor:
/// PLOVER requires one, and a record with an empty `actor` list would read
/// as an event that nobody did.
pub fn record(r: &EventRecord<'_>) -> Option<Value> {
    r.event.actor.as_ref()?;
    Some(value(r))
}

fn value(r: &EventRecord<'_>) -> Value {
    let e = r.event;
    json!({
        "id": r.id(),
        "date": r.day(),
        // The event's own TIMEX3 value ("2025-08"); `date` falls back to the
        // report's day when the event is not dated to the day.
        "timex": e.date,
        "event": [e.kind],
        "mode": e.mode.iter().collect::<Vec<_>>(),
        "actor": parties(r, &e.actor, &e.actors),
        "recipient": parties(r, &e.recipient, &e.recipients),
        "event_loc": e.place.as_ref().map(|p| json!({"extracted_place": p})),
        "event_text": [r.trigger()],
        "quad_code": quad_class(&e.kind),
        "text": r.evidence(),
        "status": e.status.as_str(),
        "cameo": e.cameo,
        "source_doc": r.doc_id,
        "url": r.url,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::{event, record as rec};

    #[test]
    fn a_consultation_as_plover() {
        let e = event();
        let v = record(&rec(&e)).unwrap();
        assert_eq!(v["event"], json!(["CONSULT"]));
        assert_eq!(v["mode"], json!(["third-party"]));
        assert_eq!(v["actor"][0]["country"], "NRL");
        assert_eq!(v["recipient"][0]["entity_text"], "Kestria");
        assert_eq!(v["actor"].as_array().map(Vec::len), Some(1));
        assert_eq!(v["quad_code"], 1);
        assert_eq!(v["event_text"], json!(["met"]));
        assert_eq!(v["date"], "2026-03-03");
    }

    #[test]
    fn an_event_without_an_actor_is_no_plover_record() {
        let mut e = event();
        e.actor = None;
        assert_eq!(record(&rec(&e)), None);
    }

    #[test]
    fn coordinated_actors_are_all_listed() {
        let mut e = event();
        let second = dragoman_model::Participant {
            name: "Kestria".into(),
            ..e.recipient.clone().unwrap()
        };
        e.actors = vec![e.actor.clone().unwrap(), second];
        let v = record(&rec(&e)).unwrap();
        assert_eq!(v["actor"][0]["identifier_text"], "Norland");
        assert_eq!(v["actor"][1]["identifier_text"], "Kestria");
    }
}
