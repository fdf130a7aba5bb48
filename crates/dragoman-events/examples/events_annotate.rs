//! Contract runner for the event stage: reads annotate input JSON Lines (`id`,
//! `text`, `date`) on stdin, runs tokenize → entities → timex → quotes →
//! events, and writes output lines with `events` and `proposals` filled
//! (code-point offsets); the other layers are left empty.
//!
//! From the workspace root:
//! `cargo build --release -p dragoman-events --example events_annotate &&
//!  cp target/release/examples/events_annotate /tmp/events-annotate &&
//!  python3 ../shared/eval/run --cmd /tmp/events-annotate --tasks events`

use dragoman_entities::EntityStage;
use dragoman_events::EventStage;
use dragoman_model::{CharIndex, Date, Doc, Event, Participant, Proposal, Span, Stage};
use dragoman_quotes::QuoteStage;
use dragoman_time::TimexStage;
use dragoman_tokenize::Tokenize;
use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, Write};

fn main() -> io::Result<()> {
    let stages: Vec<Box<dyn Stage>> = vec![
        Box::new(Tokenize),
        Box::new(EntityStage::new()),
        Box::new(TimexStage::new()),
        Box::new(QuoteStage::new()),
        Box::new(EventStage::new()),
    ];
    let mut out = BufWriter::new(io::stdout().lock());
    for line in io::stdin().lock().lines() {
        let value = serde_json::from_str::<Value>(&line?).unwrap_or(Value::Null);
        let id = value.get("id").cloned().unwrap_or(Value::Null);
        let Some(text) = value.get("text").and_then(Value::as_str) else {
            writeln!(out, "{}", json!({"id": id, "error": "no text"}))?;
            continue;
        };
        let mut doc = Doc::from_text(id.as_str().unwrap_or_default(), text);
        doc.meta.date = value
            .get("date")
            .and_then(Value::as_str)
            .and_then(|d| d.get(..10)?.parse::<Date>().ok());
        for stage in &stages {
            stage.run(&mut doc);
        }
        let index = CharIndex::new(&doc.text);
        let events: Vec<Value> = doc.events.iter().map(|e| event_json(&index, e)).collect();
        let proposals: Vec<Value> = doc
            .proposals
            .iter()
            .map(|p| proposal_json(&index, p))
            .collect();
        let record = json!({
            "id": id,
            "meta": {"title": null, "date": doc.meta.date.map(|d| d.to_string()), "outlet": null, "author": null, "dateline": null},
            "entities": [], "timexes": [], "quotes": [], "events": events, "proposals": proposals,
        });
        writeln!(out, "{record}")?;
    }
    out.flush()
}

fn span(index: &CharIndex, s: Span) -> Value {
    json!([
        index.char_of(s.start as usize),
        index.char_of(s.end as usize)
    ])
}

fn participant(index: &CharIndex, p: &Participant) -> Value {
    json!({"span": p.span.map(|s| span(index, s)), "name": p.name, "country": p.country, "sector": p.sector})
}

fn event_json(index: &CharIndex, e: &Event) -> Value {
    json!({
        "type": e.kind, "mode": e.mode, "cameo": e.cameo,
        "actor": e.actor.as_ref().map(|p| participant(index, p)),
        "recipient": e.recipient.as_ref().map(|p| participant(index, p)),
        "date": e.date, "place": e.place,
        "trigger": span(index, e.trigger), "evidence": span(index, e.evidence),
        "status": e.status.as_str(), "quote": e.quote,
    })
}

fn proposal_json(index: &CharIndex, p: &Proposal) -> Value {
    let sections: Vec<Value> = p
        .sections
        .iter()
        .map(|s| json!({"title": s.title, "span": span(index, s.span)}))
        .collect();
    json!({"name": p.name, "span": span(index, p.span), "proposer": p.proposer, "points": p.points, "sections": sections})
}
