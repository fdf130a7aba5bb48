//! The OpenAPI 3.0 document of the JSON twins, served at
//! `/api/openapi.json`: every page's path, parameters with their bounds,
//! and the shape of its answer and of the error object.

use axum::Json;
use serde_json::{json, Value};

/// `/api/openapi.json`.
pub async fn handler() -> Json<Value> {
    Json(document())
}

fn nullable(t: &str) -> Value {
    json!({"type": t, "nullable": true})
}

fn string_param(name: &str, max: usize, about: &str) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": about,
           "schema": {"type": "string", "maxLength": max}})
}

fn day_param(name: &str, about: &str) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": about,
           "schema": {"type": "string", "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$"}})
}

fn paging() -> [Value; 2] {
    [
        json!({"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}),
        json!({"name": "offset", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 0, "maximum": 10000, "default": 0}}),
    ]
}

fn id_param(about: &str) -> Value {
    json!({"name": "id", "in": "path", "required": true, "description": about,
           "schema": {"type": "integer", "minimum": 1, "maximum": 9_007_199_254_740_991_i64}})
}

fn operation(summary: &str, params: Vec<Value>, schema: &str, not_found: bool) -> Value {
    let mut responses = json!({
        "200": {"description": "the page's value", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}},
        "400": {"description": "a bad parameter", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
    });
    if not_found {
        responses["404"] = json!({"description": "unknown id", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}});
    }
    json!({"get": {"summary": summary, "parameters": params, "responses": responses}})
}

fn doc_row() -> Value {
    json!({"type": "object", "required": ["id", "source", "hash", "clean_bytes", "ingested_at", "snippet"],
        "properties": {"id": {"type": "integer"}, "ext_id": nullable("string"), "source": {"type": "string"},
            "record": nullable("string"), "hash": {"type": "string"}, "title": nullable("string"),
            "date": nullable("string"), "outlet": nullable("string"), "clean_bytes": {"type": "integer"},
            "ingested_at": {"type": "string"}, "snippet": {"type": "string"}}})
}

fn schemas() -> Value {
    let edge = obj(
        &["from", "to", "kind", "count"],
        json!({"from": {"type": "string"}, "to": {"type": "string"}, "kind": {"type": "string"}, "count": {"type": "integer"}}),
    );
    let pair = json!({"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 2});
    let event_row = obj(
        &["doc", "kind", "status", "evidence"],
        json!({"doc": {"type": "integer"}, "n": {"type": "integer"},
        "day": nullable("string"), "kind": {"type": "string"}, "mode": nullable("string"), "actor": nullable("string"),
        "recipient": nullable("string"), "status": {"type": "string"}, "place": nullable("string"),
        "evidence": {"type": "string"}, "report_title": nullable("string")}),
    );
    let mark = obj(
        &[
            "id",
            "kind",
            "label",
            "start",
            "end",
            "char_start",
            "char_end",
            "text",
            "fields",
            "parts",
        ],
        json!({
        "id": {"type": "string"}, "kind": {"type": "string", "enum": ["dateline", "entity", "date", "quote", "event", "proposal"]},
        "label": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
        "char_start": {"type": "integer"}, "char_end": {"type": "integer"}, "text": {"type": "string"},
        "fields": {"type": "object"}, "parts": list(obj(&["role", "start", "end", "text"], json!({"role": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"}, "text": {"type": "string"}})))}),
    );
    json!({
        "Error": obj(&["error", "status"], json!({"error": {"type": "string"}, "status": {"type": "integer"}})),
        "DocRow": doc_row(),
        "Home": obj(&["counts", "stories", "reports"], json!({
            "counts": obj(&["documents", "entities", "quotes", "events", "proposals", "stories"], json!({
                "documents": {"type": "integer"}, "entities": {"type": "integer"}, "quotes": {"type": "integer"},
                "events": {"type": "integer"}, "proposals": {"type": "integer"}, "stories": {"type": "integer"}})),
            "stories": list(obj(&["id", "size", "outlets", "copies"], json!({"id": {"type": "integer"}, "title": nullable("string"), "label": nullable("string"),
                "first_date": nullable("string"), "last_date": nullable("string"), "size": {"type": "integer"},
                "outlets": list(json!({"type": "string"})), "copies": {"type": "integer"}}))),
            "reports": list(json!({"$ref": "#/components/schemas/DocRow"}))})),
        "Report": obj(&["doc", "text", "marks", "removed", "raw_url"], json!({
            "doc": {"$ref": "#/components/schemas/DocRow"}, "url": nullable("string"), "author": nullable("string"),
            "place": nullable("string"), "text": {"type": "string"}, "marks": list(mark),
            "removed": list(obj(&["start", "end", "reason", "text"], json!({"start": {"type": "integer"}, "end": {"type": "integer"}, "reason": {"type": "string"}, "text": {"type": "string"}}))),
            "raw_url": {"type": "string"}})),
        "Search": obj(&["query", "hits", "more", "available"], json!({
            "query": {"type": "object"}, "more": {"type": "boolean"}, "available": {"type": "boolean"},
            "hits": list(obj(&["kind", "snippet", "doc"], json!({"kind": {"type": "string", "enum": ["report", "quote", "name"]},
                "n": nullable("integer"), "snippet": {"type": "string"}, "doc": {"$ref": "#/components/schemas/DocRow"}})))})),
        "Actor": obj(&["id", "name", "roles", "quotes", "timeline", "counterparts", "events"], json!({
            "id": {"type": "string"}, "name": {"type": "string"},
            "roles": list(obj(&["name", "mentions"], json!({"name": {"type": "string"}, "role": nullable("string"), "country": nullable("string"),
                "mentions": {"type": "integer"}, "first_date": nullable("string"), "last_date": nullable("string")}))),
            "quotes": {"type": "object", "additionalProperties": list(obj(&["doc", "sourcing", "text"], json!({"doc": {"type": "integer"},
                "n": {"type": "integer"}, "title": nullable("string"), "date": nullable("string"), "sourcing": {"type": "string"}, "text": {"type": "string"}})))},
            "timeline": list(pair.clone()), "counterparts": list(edge.clone()), "events": list(event_row.clone())})),
        "Events": obj(&["filter", "charted", "timeline", "network", "rows", "more"], json!({
            "filter": {"type": "object"}, "charted": {"type": "integer"}, "timeline": list(pair),
            "network": list(edge), "rows": list(event_row), "more": {"type": "boolean"}})),
        "Proposals": obj(&["items", "offset", "limit", "more"], json!({"offset": {"type": "integer"}, "limit": {"type": "integer"}, "more": {"type": "boolean"},
            "items": list(obj(&["doc", "name", "sections", "mentions"], json!({"doc": {"type": "integer"}, "report_title": nullable("string"),
                "report_date": nullable("string"), "name": {"type": "string"}, "proposer": nullable("string"), "points": nullable("integer"),
                "sections": list(json!({"type": "string"})), "status": nullable("string"), "date": nullable("string"), "mentions": {"type": "integer"},
                "story": nullable("integer"), "versions": {"type": "object", "nullable": true, "description": "a Plan (#/components/schemas/Plan)"},
                "quotes": list(obj(&["n", "sourcing", "text"], json!({"n": {"type": "integer"}, "speaker": nullable("string"),
                    "sourcing": {"type": "string"}, "text": {"type": "string"}})))})))})),
        "Plan": plan(),
        "Story": obj(&["id", "outlets", "reports", "citations", "meetings", "events", "plans"], with_briefing(json!({"id": {"type": "integer"}, "title": nullable("string"), "label": nullable("string"),
            "first_date": nullable("string"), "last_date": nullable("string"), "outlets": list(json!({"type": "string"})),
            "reports": list(obj(&["doc", "title", "copies"], json!({"doc": {"type": "integer"}, "date": nullable("string"),
                "outlet": nullable("string"), "title": {"type": "string"}, "copies": {"type": "array"}})))}))),
    })
}

fn obj(required: &[&str], props: Value) -> Value {
    json!({"type": "object", "required": required, "properties": props})
}

fn list(item: Value) -> Value {
    json!({"type": "array", "items": item})
}

/// Where an account or a version comes from (`dragoman_stories::compare::Source`).
fn source() -> Value {
    obj(
        &["sourcing", "via"],
        json!({"said_by": nullable("string"), "sourcing": {"type": "string"}, "via": list(json!({"type": "string"})), "said_on": nullable("string"),
            "cited": {"type": "integer", "description": "the report in the store of the outlet it was passed on by"}}),
    )
}

/// A plan with its versions across a story (`dragoman_stories::plans::PlanHistory`).
fn plan() -> Value {
    let source = source();
    obj(
        &["name", "versions", "disagreements"],
        json!({"name": {"type": "string"}, "proposer": nullable("string"),
            "disagreements": list(json!({"type": "string"})),
            "versions": list(obj(&["sections", "reports"], json!({"points": nullable("integer"), "sections": list(json!({"type": "string"})),
                "proposer": nullable("string"), "status": nullable("string"), "step_date": nullable("string"), "first_date": nullable("string"),
                "reports": list(json!({"type": "array", "description": "[report id, source]", "minItems": 2, "maxItems": 2,
                    "items": {"oneOf": [{"type": "integer"}, source]}}))})))}),
    )
}

/// `props` with the briefing's parts of a story: citations, meetings, events, plans.
fn with_briefing(mut props: Value) -> Value {
    let source = source();
    let more = json!({
            "citations": list(obj(&["doc", "outlet", "cue"], json!({"doc": {"type": "integer"}, "outlet": {"type": "string"},
                "cue": {"type": "string"}, "quotes": list(json!({"type": "integer"})), "cited": nullable("integer"), "overlap": nullable("number")}))),
            "meetings": list(obj(&["parties", "status", "reports"], json!({"parties": list(json!({"type": "string"})),
                "date": nullable("string"), "place": nullable("string"), "status": {"type": "string"}, "reports": list(json!({"type": "integer"}))}))),
            "events": list(obj(&["kind", "actor", "accounts", "independent", "disagreements"], json!({"kind": {"type": "string"},
                "actor": {"type": "string"}, "independent": {"type": "integer"}, "disagreements": list(json!({"type": "string"})),
                "accounts": list(obj(&["doc", "source", "parties", "status", "evidence"], json!({"doc": {"type": "integer"},
                    "outlet": nullable("string"), "report_date": nullable("string"), "copy_of": nullable("integer"), "source": source.clone(),
                    "date": nullable("string"), "place": nullable("string"), "parties": list(json!({"type": "string"})),
                    "status": {"type": "string"}, "evidence": {"type": "string"}})))}))),
            "plans": list(json!({"$ref": "#/components/schemas/Plan"}))});

    if let (Some(p), Value::Object(m)) = (props.as_object_mut(), more) {
        p.extend(m);
    }
    props
}

/// The document.
pub fn document() -> Value {
    let sourcings: Vec<&str> = std::iter::once("")
        .chain(crate::params::SOURCINGS.iter().copied())
        .collect();
    let mut search = vec![
        string_param("q", 200, "words to find (all required)"),
        json!({"name": "kind", "in": "query", "required": false, "description": "empty: any", "schema": {"type": "string", "enum": ["", "report", "quote", "name"]}}),
        day_param("since", "reports dated on or after"),
        day_param("until", "reports dated on or before"),
        string_param("outlet", 100, "the outlet, exactly"),
        string_param("actor", 100, "an actor id or part of a name"),
        json!({"name": "sourcing", "in": "query", "required": false, "description": "empty: any", "schema": {"type": "string", "enum": sourcings}}),
        json!({"name": "type", "in": "query", "required": false, "schema": {"type": "string", "pattern": "^[A-Za-z_]{0,40}$"}}),
        json!({"name": "sort", "in": "query", "required": false, "description": "recent (default: newest stored first, cost bounded by the page) or relevance (bm25 over every match)",
               "schema": {"type": "string", "enum": ["", "recent", "relevance"]}}),
    ];
    search.extend(paging());
    let mut events = vec![
        string_param("actor", 100, "actor or recipient name containing this"),
        day_param("since", "events on or after"),
        day_param("until", "events on or before"),
        json!({"name": "type", "in": "query", "required": false, "schema": {"type": "string", "pattern": "^[A-Za-z_]{0,40}$"}}),
        json!({"name": "story", "in": "query", "required": false, "description": "only the events of this story's reports",
               "schema": {"type": "integer", "minimum": 1}}),
    ];
    events.extend(paging());
    json!({
        "openapi": "3.0.3",
        "info": {"title": "dragoman serve", "version": env!("CARGO_PKG_VERSION"),
                 "description": "The JSON twins of the workbench's pages. Read-only. Offsets: bytes of the clean text (start, end) and code points (char_start, char_end)."},
        "paths": {
            "/api/": operation("counts and the latest stories or reports", vec![], "Home", false),
            "/api/search": operation("full-text search over reports, quotes and names", search, "Search", false),
            "/api/report/{id}": operation("a report with every annotation", vec![id_param("report id")], "Report", true),
            "/api/actor/{id}": operation("an actor's names, roles, quotes, events and counterparts",
                vec![json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string", "minLength": 1, "maxLength": 100}})], "Actor", true),
            "/api/events": operation("events by filter, with chart data", events, "Events", false),
            "/api/proposals": operation("proposals, with their versions across the story and the quotes about them", paging().to_vec(), "Proposals", false),
            "/api/story/{id}": operation("a story's reports, copies folded, and its briefing: citations, meetings, events compared, plan versions", vec![id_param("story id")], "Story", true),
        },
        "components": {"schemas": schemas()},
    })
}
