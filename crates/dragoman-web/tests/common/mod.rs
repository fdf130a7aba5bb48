//! A small database of reports we wrote, run through the real pipeline, and
//! the router over it.

use dragoman_model::Meta;
use dragoman_pipeline::Pipeline;
use dragoman_store::{NewDoc, Store};
use dragoman_web::{router, App, Pool};
use std::path::Path;
use std::sync::Arc;

/// Reports of our own: a meeting with quotes, and a hostile one.
pub const REPORTS: &[(&str, &str)] = &[
    (
        "2026-03-02",
        "Envoys meet in Doha\n\nDOHA, March 2 (Reuters) - Norwegian envoy Anders Holm met Qatari Foreign Minister Khalid Al-Mansouri in Doha on Monday to discuss a ceasefire plan.\n\n\"We are closer than we were a week ago,\" Holm told reporters after the talks.\n\nThe negotiators will meet again on Thursday, according to two officials familiar with the talks.",
    ),
    (
        "2026-03-05",
        "Hostile page <script>alert('x')</script>\n\nThe envoy Anders Holm accused the militia of shelling the port, according to a <a href=\"javascript:alert(1)\">statement</a> posted online. <img src=x onerror=alert(2)> \"Nothing will stop the talks,\" Holm said.",
    ),
];

/// The database of [`REPORTS`] in `dir`.
pub fn database(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("web.db");
    let mut store = Store::open(&path).unwrap();
    let pipeline = Pipeline::standard();
    for (i, (date, text)) in REPORTS.iter().enumerate() {
        let meta = Meta {
            date: Some(date.parse().unwrap()),
            title: text.lines().next().map(str::to_string),
            outlet: Some("Test Wire".into()),
            ..Meta::default()
        };
        let p = pipeline.process_text(&format!("r{i}"), text.to_string(), meta);
        let new = NewDoc {
            hash: format!("test-{i}"),
            source: "test".into(),
            record: Some(i.to_string()),
            raw: text.as_bytes().to_vec(),
            encoding: "UTF-8".into(),
            doc: p.doc,
            removed: p.removed,
            html_map: p.html_map,
        };
        store.insert(None, &new).unwrap();
    }
    path
}

/// The router over `db`, with a token when given.
pub fn app(db: &Path, token: Option<&str>) -> axum::Router {
    router(App {
        pool: Arc::new(Pool::open(db, 2).unwrap()),
        token: token.map(Arc::from),
    })
}
