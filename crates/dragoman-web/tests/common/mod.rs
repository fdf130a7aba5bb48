//! A small database of reports we wrote, run through the real pipeline, and
//! the router over it.

use dragoman_model::Meta;
use dragoman_pipeline::Pipeline;
use dragoman_store::{NewDoc, Store, StoryMember};
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

/// Two reports of one story by two outlets: the second cites the first and
/// gives a revised version of its plan.
pub const STORY: &[(&str, &str, &str)] = &[
    (
        "2026-04-06",
        "Coast Post",
        "Lindmark brings a truce plan to Oslo\n\nOSLO, April 6 - Lindmark's envoy Mara Olsen met Varnian Foreign Minister Pavel Rusk in Oslo on Monday and handed him a 10-point plan for a truce along the river border.\n\n\"The 10-point plan gives both sides a way out of the fighting,\" Olsen told reporters after the meeting.",
    ),
    (
        "2026-04-08",
        "Ridge Herald",
        "Lindmark trims its truce plan\n\nAs the Coast Post reported, Lindmark's envoy Mara Olsen met Varnian Foreign Minister Pavel Rusk in Oslo on Monday. On Wednesday Lindmark presented a revised 7-point plan for a truce along the river border, Olsen said.\n\n\"We dropped three points of the plan to win Varnia over,\" Olsen told reporters.",
    ),
];

/// The database of [`REPORTS`] in `dir`.
pub fn database(dir: &Path) -> std::path::PathBuf {
    let reports: Vec<(&str, &str, &str)> =
        REPORTS.iter().map(|(d, t)| (*d, "Test Wire", *t)).collect();
    build(dir, &reports)
}

/// The database of [`STORY`] in `dir`, its two reports one story (id 1).
pub fn story_database(dir: &Path) -> std::path::PathBuf {
    let path = build(dir, STORY);
    let mut store = Store::open(&path).unwrap();
    let members: Vec<StoryMember> = (1..=2)
        .map(|doc| StoryMember {
            doc,
            story: 1,
            date: Some(STORY[doc as usize - 1].0.to_string()),
        })
        .collect();
    store.replace_stories(&members, &[]).unwrap();
    path
}

fn build(dir: &Path, reports: &[(&str, &str, &str)]) -> std::path::PathBuf {
    let path = dir.join("web.db");
    let mut store = Store::open(&path).unwrap();
    let pipeline = Pipeline::standard();
    for (i, (date, outlet, text)) in reports.iter().enumerate() {
        let meta = Meta {
            date: Some(date.parse().unwrap()),
            title: text.lines().next().map(str::to_string),
            outlet: Some((*outlet).into()),
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
