//! The handlers through the whole router (tower's `oneshot`): pages and
//! their JSON twins, errors, limits, escaping of hostile reports, headers,
//! exports, and the token.

mod common;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

async fn send(app: &axum::Router, req: Request<Body>) -> Answer {
    let r = app.clone().oneshot(req).await.unwrap();
    let status = r.status();
    let headers = r.headers().clone();
    let bytes = r.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

async fn get(app: &axum::Router, uri: &str) -> Answer {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

fn setup() -> (tempfile::TempDir, axum::Router) {
    let dir = tempfile::tempdir().unwrap();
    let db = common::database(dir.path());
    let app = common::app(&db, None);
    (dir, app)
}

#[tokio::test]
async fn every_page_has_a_json_twin() {
    let (_dir, app) = setup();
    for path in ["/", "/search?q=envoy", "/report/1", "/events", "/proposals"] {
        let page = get(&app, path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
        assert!(page.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html"));
        let api = get(&app, &format!("/api{path}")).await;
        assert_eq!(api.status, StatusCode::OK, "{path}");
        let twin = send(
            &app,
            Request::get(path)
                .header(header::ACCEPT, "application/json")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(api.json(), twin.json(), "{path}");
    }
    let home = get(&app, "/api/").await.json();
    assert_eq!(home["counts"]["documents"], 2);
    assert_eq!(home["reports"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn the_report_shows_quotes_with_speaker_and_sourcing() {
    let (_dir, app) = setup();
    let r = get(&app, "/api/report/1").await.json();
    let quotes: Vec<&Value> = r["marks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "quote")
        .collect();
    let direct = quotes
        .iter()
        .find(|q| q["text"].as_str().unwrap().contains("closer than we were"))
        .expect("the direct quote");
    assert_eq!(direct["fields"]["speaker"], "Anders Holm");
    assert_eq!(direct["fields"]["sourcing"], "named");
    let text = r["text"].as_str().unwrap();
    let chars: String = text
        .chars()
        .skip(direct["char_start"].as_u64().unwrap() as usize)
        .take(
            (direct["char_end"].as_u64().unwrap() - direct["char_start"].as_u64().unwrap())
                as usize,
        )
        .collect();
    assert_eq!(
        chars,
        direct["text"].as_str().unwrap(),
        "code points point at the quote"
    );
    assert!(
        quotes
            .iter()
            .any(|q| q["fields"]["sourcing"] == "anonymous"),
        "{quotes:?}"
    );
    let page = get(&app, "/report/1").await.body;
    assert!(page.contains(r#"data-select="q"#) && page.contains("Anders Holm"));
}

#[tokio::test]
async fn hostile_text_is_shown_as_text() {
    let (_dir, app) = setup();
    let page = get(&app, "/report/2").await;
    let body = &page.body;
    assert!(
        body.contains("&lt;script&gt;alert"),
        "the script is shown as text"
    );
    assert!(!body.contains("<script>alert"));
    assert!(!body.to_lowercase().contains("href=\"javascript:"));
    assert!(!body.contains("<img src=x"));
    assert!(!body.contains(" onerror=alert") || body.contains("&lt;img src=x onerror=alert"));
    // The embedded annotations cannot close their element.
    let block = body
        .split(r#"<script id="marks" type="application/json">"#)
        .nth(1)
        .unwrap();
    let block = block.split("</script>").next().unwrap();
    assert!(!block.contains('<'), "{block}");
    // Every script is the server's own file: no inline code or handlers.
    assert_eq!(body.matches("<script").count(), 2);
    assert!(!body.contains(" onclick="));
    let csp = page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(page.headers["x-content-type-options"], "nosniff");
    let found = get(&app, "/search?q=script+alert").await.body;
    assert!(
        found.contains("<mark>script</mark>") && !found.contains("<script>alert"),
        "{found}"
    );
    let raw = get(&app, "/report/2/raw").await;
    assert!(raw.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    assert!(raw.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .starts_with("sandbox"));
    assert_eq!(raw.body, common::REPORTS[1].1);
}

#[tokio::test]
async fn bad_parameters_are_400_and_unknown_ids_404() {
    let (_dir, app) = setup();
    for (uri, status) in [
        ("/api/report/99", 404),
        ("/api/report/abc", 400),
        ("/api/report/0", 400),
        ("/api/story/5", 404),
        ("/api/actor/NOBODY", 404),
        ("/api/nothing/here", 404),
        ("/api/search?q=a&limit=101", 400),
        ("/api/search?q=a&limit=x", 400),
        ("/api/search?q=a&offset=20000", 400),
        ("/api/search?since=2026-3-1&q=a", 400),
        ("/api/search?sourcing=rumour&q=a", 400),
        ("/api/events?type=CONSULT%27%20OR%201%3D1", 400),
    ] {
        let a = get(&app, uri).await;
        assert_eq!(a.status.as_u16(), status, "{uri}: {}", a.body);
        assert_eq!(a.json()["status"], status, "{uri}");
        assert!(a.json()["error"].is_string());
    }
    let long = format!("/api/search?q={}", "a".repeat(201));
    assert_eq!(get(&app, &long).await.status, StatusCode::BAD_REQUEST);
    let page = get(&app, "/report/99").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains("no report 99"));
    // FTS5 syntax in a query is read as words, never as syntax.
    for q in ["%22", "NEAR(a%20b)", "a*", "-x", "AND", "%5E", "%E2%80%9C"] {
        let a = get(&app, &format!("/api/search?q={q}")).await;
        assert_eq!(a.status, StatusCode::OK, "{q}: {}", a.body);
    }
    let post = send(
        &app,
        Request::builder()
            .method(Method::POST)
            .uri("/api/")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(post.status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn search_filters_and_pages() {
    let (_dir, app) = setup();
    let all = get(&app, "/api/search?q=Holm").await.json();
    let hits = all["hits"].as_array().unwrap();
    assert!(
        hits.iter().any(|h| h["kind"] == "report") && hits.iter().any(|h| h["kind"] == "name"),
        "{hits:?}"
    );
    assert!(hits[0]["snippet"]
        .as_str()
        .unwrap()
        .contains("\u{2}Holm\u{3}"));
    let quotes = get(&app, "/api/search?q=closer&kind=quote").await.json();
    assert_eq!(quotes["hits"][0]["kind"], "quote");
    let anon = get(&app, "/api/search?q=Holm&sourcing=anonymous&kind=report")
        .await
        .json();
    assert_eq!(
        anon["hits"].as_array().unwrap().len(),
        1,
        "only the report with an unnamed source"
    );
    let late = get(&app, "/api/search?q=Holm&since=2026-03-04&kind=report")
        .await
        .json();
    assert_eq!(late["hits"][0]["doc"]["id"], 2);
    let page = get(&app, "/api/search?q=Holm&limit=1").await.json();
    assert_eq!(page["hits"].as_array().unwrap().len(), 1);
    assert_eq!(page["more"], true);
    // The event filters of a search link the events export; words alone do not.
    let filtered = get(&app, "/search?q=Holm&actor=Holm&type=CONSULT")
        .await
        .body;
    assert!(
        filtered.contains("/export/events?format=jsonl&amp;actor=Holm&amp;type=CONSULT"),
        "{filtered}"
    );
    assert!(!get(&app, "/search?q=Holm")
        .await
        .body
        .contains("/export/events"));
}

/// The server reads while an ingest writes to the same database (WAL): every
/// page answers, and reports stored meanwhile show up.
#[tokio::test]
async fn pages_answer_while_a_writer_stores_reports() {
    let (dir, app) = setup();
    let db = dir.path().join("web.db");
    let writer = std::thread::spawn(move || {
        let mut store = dragoman_store::Store::open(&db).unwrap();
        for i in 0..20 {
            let text = format!("Talks resumed in Bergen, round {i}.");
            let doc = dragoman_pipeline::Pipeline::standard()
                .process_text(
                    &format!("w{i}"),
                    text.clone(),
                    dragoman_model::Meta::default(),
                )
                .doc;
            let new = dragoman_store::NewDoc {
                hash: format!("writer-{i}"),
                source: "writer".into(),
                record: None,
                raw: text.into_bytes(),
                encoding: "UTF-8".into(),
                doc,
                removed: Vec::new(),
                html_map: Vec::new(),
            };
            store.insert(None, &new).unwrap();
        }
    });
    for _ in 0..20 {
        for path in [
            "/api/",
            "/api/search?q=Holm",
            "/api/report/1",
            "/api/events",
        ] {
            assert_eq!(get(&app, path).await.status, StatusCode::OK, "{path}");
        }
    }
    writer.join().unwrap();
    let found = get(&app, "/api/search?q=Bergen&kind=report").await.json();
    assert!(!found["hits"].as_array().unwrap().is_empty(), "{found}");
}

#[tokio::test]
async fn events_actor_and_exports() {
    let (_dir, app) = setup();
    let events = get(&app, "/api/events").await.json();
    let rows = events["rows"].as_array().unwrap();
    assert!(rows.iter().any(|r| r["kind"] == "CONSULT"), "{rows:?}");
    let page = get(&app, "/events").await.body;
    assert!(page.contains("<svg") && page.contains("/export/events?format=plover"));
    let jsonl = get(&app, "/export/events?format=jsonl&type=CONSULT").await;
    assert_eq!(jsonl.status, StatusCode::OK);
    assert!(jsonl.body.lines().count() >= 1);
    assert!(jsonl
        .body
        .lines()
        .all(|l| serde_json::from_str::<Value>(l).is_ok()));
    let gdelt = get(&app, "/export/events?format=gdelt").await;
    assert!(gdelt
        .body
        .lines()
        .next()
        .unwrap()
        .starts_with("GLOBALEVENTID"));
    assert_eq!(
        get(&app, "/export/events?format=xml").await.status,
        StatusCode::BAD_REQUEST
    );
    let report = get(&app, "/api/report/1").await.json();
    let actor = report["marks"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|m| m["fields"]["actor"].as_str().map(str::to_string))
        .expect("an actor id");
    let a = get(&app, &format!("/api/actor/{actor}")).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(!a.json()["roles"].as_array().unwrap().is_empty());
    // The actor page links its events' exports.
    let page = get(&app, &format!("/actor/{actor}")).await.body;
    assert!(
        page.contains("/export/events?format=gdelt&amp;actor="),
        "{page}"
    );
}

#[tokio::test]
async fn a_token_guards_every_request() {
    let dir = tempfile::tempdir().unwrap();
    let db = common::database(dir.path());
    let token = "0123456789abcdef-token";
    let app = common::app(&db, Some(token));
    let none = get(&app, "/api/").await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.json()["status"], 401);
    let page = get(&app, "/report/1").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.headers[header::LOCATION], "/login");
    assert_eq!(
        get(&app, "/export/events").await.status,
        StatusCode::SEE_OTHER
    );
    let wrong = send(
        &app,
        Request::get("/api/")
            .header(header::AUTHORIZATION, "Bearer 0123456789abcdef-tokeX")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let bearer = send(
        &app,
        Request::get("/api/")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(bearer.status, StatusCode::OK);
    assert_eq!(get(&app, "/login").await.status, StatusCode::OK);
    assert_eq!(get(&app, "/assets/app.js").await.status, StatusCode::OK);
    let form = |t: &str| {
        Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("token={t}")))
            .unwrap()
    };
    assert_eq!(
        send(&app, form("nope")).await.status,
        StatusCode::UNAUTHORIZED
    );
    let ok = send(&app, form(token)).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let cookie = ok.headers[header::SET_COOKIE].to_str().unwrap().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    let pair = cookie.split(';').next().unwrap();
    let with_cookie = send(
        &app,
        Request::get("/report/1")
            .header(header::COOKIE, pair)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(with_cookie.status, StatusCode::OK);
}

#[tokio::test]
async fn the_openapi_document_names_every_twin() {
    let (_dir, app) = setup();
    let doc = get(&app, "/api/openapi.json").await.json();
    assert_eq!(doc["openapi"], "3.0.3");
    for p in [
        "/api/",
        "/api/search",
        "/api/report/{id}",
        "/api/actor/{id}",
        "/api/events",
        "/api/proposals",
        "/api/story/{id}",
    ] {
        assert!(
            doc["paths"][p]["get"]["responses"]["200"].is_object(),
            "{p}"
        );
    }
}

fn story_setup() -> (tempfile::TempDir, axum::Router) {
    let dir = tempfile::tempdir().unwrap();
    let db = common::story_database(dir.path());
    let app = common::app(&db, None);
    (dir, app)
}

/// The part of a page from heading `h2` to the next one.
fn section<'a>(body: &'a str, h2: &str) -> &'a str {
    let from = body
        .find(&format!("<h2>{h2}</h2>"))
        .unwrap_or_else(|| panic!("no {h2}: {body}"));
    let rest = &body[from + 4..];
    &rest[..rest.find("<h2>").unwrap_or(rest.len())]
}

#[tokio::test]
async fn the_story_shows_citations_events_and_plan_versions() {
    let (_dir, app) = story_setup();
    let page = get(&app, "/story/1").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let cites = section(&page.body, "Citations");
    assert!(
        cites.contains("cites Coast Post") && cites.contains(r#"<a href="/report/1">"#),
        "{cites}"
    );
    let plans = section(&page.body, "Plans");
    assert!(
        plans.contains("<td>10</td>") && plans.contains("<td>7</td>"),
        "{plans}"
    );
    let events = section(&page.body, "Events compared");
    assert!(events.contains("differ: status"), "{events}");
    // The story's events export, and the events page filtered to the story.
    assert!(
        page.body
            .contains("/export/events?format=plover&amp;story=1"),
        "{}",
        page.body
    );
    let story_events = get(&app, "/api/events?story=1").await.json();
    let in_story = story_events["rows"].as_array().unwrap();
    assert!(!in_story.is_empty() && in_story.iter().all(|r| r["doc"] == 1 || r["doc"] == 2));
    let none = get(&app, "/api/events?story=99").await.json();
    assert!(none["rows"].as_array().unwrap().is_empty(), "{none}");
    let api = get(&app, "/api/story/1").await.json();
    assert_eq!(api["citations"][0]["doc"], 2);
    assert_eq!(api["citations"][0]["cited"], 1);
    let consult = &api["events"][0];
    assert_eq!(consult["accounts"].as_array().unwrap().len(), 2, "{api}");
    let points: Vec<&Value> = api["plans"][0]["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| &v["points"])
        .collect();
    assert_eq!(points, [10, 7]);
    assert!(api["meetings"].is_array());
}

#[tokio::test]
async fn the_proposals_show_versions_across_the_story_and_quotes() {
    let (_dir, app) = story_setup();
    let api = get(&app, "/api/proposals").await.json();
    let items = api["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    for item in items {
        assert_eq!(item["story"], 1);
        assert_eq!(item["versions"]["versions"].as_array().unwrap().len(), 2);
    }
    let quotes: Vec<&str> = items[0]["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        quotes,
        ["\"The 10-point plan gives both sides a way out of the fighting,\""]
    );
    let page = get(&app, "/proposals").await;
    assert!(
        page.body.contains("Versions across") && page.body.contains("<td>7</td>"),
        "{}",
        page.body
    );
    // The story-less database: no versions, and the page still answers.
    let (_d, plain) = setup();
    let none = get(&plain, "/api/proposals").await.json();
    assert!(none["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["versions"].is_null()));
}
