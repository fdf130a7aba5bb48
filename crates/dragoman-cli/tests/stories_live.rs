//! Stories kept by `ingest`: reports ingested over several runs are placed
//! exactly as `restory` places them in one pass over the same order; copies
//! are linked at ingest; `stories --since/--actor` filter; the demo's story
//! briefing shows the copy, the citation, claims compared and the plan's
//! versions. The reports are written for these tests.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const REPORTS: [(&str, &str, &str, &str); 8] = [
    ("a", "2026-05-04", "Harbour Gazette", "GENEVA, May 4 (Reuters) - Envoys of Norland and Kestria opened a third round of talks in Geneva on Monday on a border commission and a prisoner exchange, officials said. Kestrian envoy Anton Varga said the two delegations would work through the night. Norland's negotiator Helen Marsh said the 12-point plan was still on the table."),
    ("b", "2026-05-04", "Valley Times", "A storm closed the Aldermoor mountain pass for a third day, and the railway company said trains to the northern valleys would run again once snow ploughs had cleared the line near Tessel."),
    ("c", "2026-05-05", "Lake Courier", "Envoys of Norland and Kestria opened a third round of talks in Geneva on Monday on a border commission and a prisoner exchange, officials said. Kestrian envoy Anton Varga said the two delegations would work through the night. Norland's negotiator Helen Marsh said the 12-point plan was still on the table."),
    ("d", "2026-05-05", "Valley Times", "Snow ploughs reopened the Aldermoor mountain pass on Tuesday and the first trains reached the northern valleys near Tessel, the railway company said, after a storm had closed the line for three days."),
    ("e", "2026-05-06", "Baltic Ledger", "As the Harbour Gazette reported, Norland and Kestria resumed talks in Geneva on a border commission. Kestrian envoy Anton Varga told the Ledger that a prisoner exchange could come first, while Helen Marsh of Norland said the 12-point plan would be presented to Kestria on Friday."),
    ("f", "2026-05-07", "Grain Weekly", "Wheat prices at the Corvale grain exchange fell for a second week as farmers in the southern plains brought in an early harvest, traders said."),
    ("g", "2026-05-09", "Harbour Gazette", "Norland presented a revised 9-point plan to Kestria in Geneva on Friday, after the talks cut the 12-point draft, Helen Marsh said. Kestrian envoy Anton Varga said Kestria would answer within two weeks and that the border commission could meet in June."),
    ("h", "2026-05-10", "Grain Weekly", "Traders at the Corvale grain exchange said wheat prices recovered on Friday as rain slowed the harvest in the southern plains."),
];

fn line(r: &(&str, &str, &str, &str)) -> String {
    serde_json::json!({"id": r.0, "date": r.1, "outlet": r.2, "text": r.3}).to_string() + "\n"
}

fn dragoman(db: &Path) -> Command {
    let mut c = Command::cargo_bin("dragoman").unwrap();
    c.arg("--db").arg(db);
    c
}

fn run(db: &Path, args: &[&str]) -> String {
    let out = dragoman(db).args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// A document's id, story and date.
type Member = (i64, i64, Option<String>);
/// A copy's id, original, containment and passages.
type Copy = (i64, i64, f64, String);

/// Members and copy links as stored, in a comparable form.
fn stored_stories(db: &Path) -> (Vec<Member>, Vec<Copy>) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut m = conn
        .prepare("SELECT doc_id, story_id, date FROM story_members ORDER BY doc_id")
        .unwrap();
    let members = m
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut c = conn
        .prepare("SELECT copy_id, original_id, containment, passages FROM copies ORDER BY copy_id")
        .unwrap();
    let copies = c
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    (members, copies)
}

#[test]
fn ingest_over_several_runs_places_reports_as_restory_does() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    for (k, chunk) in REPORTS.chunks(3).enumerate() {
        let file = dir.path().join(format!("run{k}.jsonl"));
        std::fs::write(&file, chunk.iter().map(line).collect::<String>()).unwrap();
        run(&db, &["ingest", file.to_str().unwrap()]);
    }
    let incremental = stored_stories(&db);
    let (members, copies) = &incremental;
    assert_eq!(members.len(), 8);
    let story = |doc: i64| members.iter().find(|m| m.0 == doc).unwrap().1;
    assert_eq!(story(1), story(3), "the talks and their copy");
    assert_eq!(story(1), story(5), "a rewrite of the talks");
    assert_eq!(story(2), story(4), "the mountain pass");
    assert_ne!(story(1), story(2));
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(
        (copies[0].0, copies[0].1),
        (3, 1),
        "the wire report is the original"
    );

    assert_eq!(
        run(&db, &["restory"]),
        format!("8 documents: {} stories, 1 copy links\n", {
            let mut s: Vec<i64> = members.iter().map(|m| m.1).collect();
            s.dedup();
            s.sort_unstable();
            s.dedup();
            s.len()
        })
    );
    assert_eq!(
        stored_stories(&db),
        incremental,
        "restory gives what ingest gave"
    );

    // One ingest of everything gives the same again, and a second ingest of
    // the same reports changes nothing.
    let one = dir.path().join("one.db");
    let all = dir.path().join("all.jsonl");
    std::fs::write(&all, REPORTS.iter().map(line).collect::<String>()).unwrap();
    run(&one, &["ingest", all.to_str().unwrap()]);
    assert_eq!(stored_stories(&one), incremental);
    run(&one, &["ingest", all.to_str().unwrap()]);
    assert_eq!(stored_stories(&one), incremental);

    // Documents stored without stories (a run stopped before placing them,
    // or a database of schema 6) are placed by the next ingest, even one
    // that brings nothing new.
    let conn = rusqlite::Connection::open(&one).unwrap();
    conn.execute_batch(
        "DELETE FROM copies; DELETE FROM story_members; DELETE FROM stories;
         DELETE FROM story_index;",
    )
    .unwrap();
    drop(conn);
    assert_eq!(stored_stories(&one).0.len(), 0);
    run(&one, &["ingest", all.to_str().unwrap()]);
    assert_eq!(stored_stories(&one), incremental);
}

#[test]
fn stories_are_filtered_by_date_and_actor() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let all = dir.path().join("all.jsonl");
    std::fs::write(&all, REPORTS.iter().map(line).collect::<String>()).unwrap();
    run(&db, &["ingest", all.to_str().unwrap()]);
    let list = |args: &[&str]| -> Vec<Value> {
        let mut a = vec!["stories", "--json"];
        a.extend_from_slice(args);
        run(&db, &a)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let every = list(&[]);
    assert!(every.len() >= 3, "{every:?}");
    let kestria = list(&["--actor", "kestria"]);
    assert_eq!(kestria.len(), 1, "{kestria:?}");
    assert_eq!(kestria[0]["first_doc"], 1);
    let late = list(&["--since", "2026-05-08"]);
    assert!(late
        .iter()
        .all(|s| s["last_date"].as_str().unwrap() >= "2026-05-08"));
    assert!(late.len() < every.len());
    assert!(list(&["--since", "2027-01-01"]).is_empty());
    dragoman(&db)
        .args(["stories", "--since", "May 8"])
        .assert()
        .code(64);
}

/// The demo's database: its story as listed and its briefing as JSON.
fn demo_story(db: &Path) -> (Value, Value) {
    let demo = run(db, &["demo"]);
    assert!(
        demo.contains("The story of [1] across the reports:"),
        "{demo}"
    );
    let stories: Vec<Value> = run(db, &["stories", "--json"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let story = stories
        .iter()
        .find(|s| s["first_doc"] == 1)
        .unwrap_or_else(|| panic!("{stories:?}"))
        .clone();
    let b: Value =
        serde_json::from_str(&run(db, &["story", &story["id"].to_string(), "--json"])).unwrap();
    (story, b)
}

/// A report of the demo's briefing, by its outlet.
fn report_of(b: &Value, outlet: &str) -> Value {
    b["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["outlet"] == outlet)
        .unwrap_or_else(|| panic!("{outlet} in {b}"))
        .clone()
}

#[test]
fn the_demo_story_has_a_label_and_links_the_rewrite_through_its_quote() {
    let dir = tempfile::tempdir().unwrap();
    let (story, b) = demo_story(&dir.path().join("demo.db"));
    let ledger = report_of(&b, "Baltic Ledger")["doc"].clone();
    let cites: Vec<&Value> = b["citations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["doc"] == ledger)
        .collect();
    assert_eq!(cites.len(), 1, "{b}");
    assert_eq!(
        (&cites[0]["outlet"], &cites[0]["cited"], &cites[0]["cue"]),
        (&"NWS".into(), &1.into(), &"quoted".into()),
        "the quotes passed on by NWS ('as NWS reported', 'according to NWS') link the rewrite to NWS's report"
    );
    // The account of the rewrite told through that quote shows the cited report.
    let via_nws = b["events"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["accounts"].as_array().unwrap())
        .filter(|a| a["doc"] == ledger)
        .any(|a| a["source"]["via"] == serde_json::json!(["NWS"]) && a["source"]["cited"] == 1);
    assert!(via_nws, "{b}");
    // The label, in the list and in the briefing.
    let label = story["label"].as_str().unwrap_or_else(|| panic!("{story}"));
    assert!(label.starts_with("Kestria, Norland — talks"), "{label}");
    assert!(label.ends_with("(Geneva)"), "{label}");
    assert_eq!(b["label"], story["label"]);
}

#[test]
fn the_demo_story_shows_the_copy_the_citation_and_the_plans_versions() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let (_, b) = demo_story(&db);
    // The syndicated copy is folded under the first report.
    assert_eq!(report_of(&b, "Alpine Courier")["copy_of"], 1, "{b}");
    // The plan: 12 points, then 9 after the talks.
    let plan = b["plans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"].as_str().unwrap().contains("12-point"))
        .unwrap_or_else(|| panic!("{b}"));
    let points: Vec<&Value> = plan["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| &v["points"])
        .collect();
    assert_eq!(points.first(), Some(&&Value::from(12)), "{plan}");
    assert_eq!(points.last(), Some(&&Value::from(9)), "{plan}");
    // Accounts keep their sourcing: the first report's talks come from
    // anonymous officials, and the copy is not independent; the Ledger's
    // rewrite ("Talks between Norland and Kestria ... broke up on Tuesday,
    // as NWS reported") tells them in its own words, as another account.
    let talks = b["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "CONSULT" && e["accounts"][0]["doc"] == 1)
        .unwrap_or_else(|| panic!("{b}"));
    assert_eq!(talks["accounts"][0]["source"]["sourcing"], "anonymous");
    let accounts = talks["accounts"].as_array().unwrap();
    let copy = accounts.iter().find(|a| a["doc"] == 4).unwrap();
    assert_eq!(copy["copy_of"], 1, "{talks}");
    // The rewrite tells the talks "as NWS reported": passed on from [1], it
    // confirms nothing by itself, no more than the copy does.
    let ledger = accounts.iter().find(|a| a["doc"] == 5).unwrap();
    assert_eq!(ledger["source"]["cited"], 1, "{talks}");
    assert_eq!(talks["independent"], 1, "{talks}");
    // Who met whom: the talks in Geneva, told by the first report, its copy
    // and the Ledger's rewrite.
    let met = &b["meetings"][0];
    assert_eq!(
        met["parties"],
        serde_json::json!(["Norland", "Kestria"]),
        "{b}"
    );
    assert_eq!(met["place"], "Geneva");
    assert_eq!(met["reports"], serde_json::json!([1, 4, 5]));
    let history = run(&db, &["proposals", "--history", "12-point"]);
    assert!(
        history.contains("12 points") && history.contains("9 points"),
        "{history}"
    );
}
