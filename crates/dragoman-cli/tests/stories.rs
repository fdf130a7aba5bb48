//! `dragoman stories-eval` end to end: reports of one negotiation share a
//! story, an unrelated report and one months later do not, a bad line is
//! answered in its place. The texts are written for this test.

use assert_cmd::Command;
use serde_json::Value;

const TALKS_1: &str = "Envoys of Armenia and Azerbaijan met in Geneva on Tuesday to discuss a draft peace treaty. Foreign Minister Ararat Mirzoyan said the border commission would meet again.";
const TALKS_2: &str = "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani envoys held talks in Geneva on the draft peace treaty, and the border commission will meet again, officials said.";
const TALKS_LATER: &str = "Envoys of Armenia and Azerbaijan met in Geneva to discuss a draft peace treaty. Foreign Minister Ararat Mirzoyan said the border commission would meet again.";
const FLOOD: &str = "Floods in northern Italy forced thousands from their homes in Emilia-Romagna as the Po river rose, the civil protection agency said.";

fn line(id: &str, text: &str, date: &str) -> String {
    serde_json::json!({"id": id, "text": text, "date": date}).to_string()
}

#[test]
fn reports_of_one_negotiation_share_a_story() {
    let input = [
        line("a", TALKS_1, "2025-11-18"),
        line("b", FLOOD, "2025-11-18"),
        line("c", TALKS_2, "2025-11-19"),
        line("d", TALKS_LATER, "2025-04-02"),
        "{\"id\": \"e\"}".to_string(),
    ]
    .join("\n");
    let out = Command::cargo_bin("dragoman")
        .unwrap()
        .arg("stories-eval")
        .write_stdin(input)
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let rows: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
    let cluster = |k: usize| rows[k]["cluster"].as_str().unwrap().to_string();
    assert_eq!(cluster(0), cluster(2));
    assert_ne!(cluster(0), cluster(1));
    assert_ne!(
        cluster(0),
        cluster(3),
        "seven months earlier: another story"
    );
    assert!(rows[4]["error"].is_string());
}

/// `dragoman --db DB ARGS` with `input` on stdin; its standard output.
/// The JSON values of a `--json` listing, one a line.
fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn run_on(db: &std::path::Path, input: &str, args: &[&str]) -> String {
    let out = Command::cargo_bin("dragoman")
        .unwrap()
        .arg("--db")
        .arg(db)
        .args(args)
        .write_stdin(input.to_string())
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn batch_restory_groups_stored_reports_and_links_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let wire = format!("GENEVA, Nov 18 (Reuters) - {TALKS_1} {TALKS_2}");
    let copy = format!("{TALKS_1} {TALKS_2} The next round is due in December.");
    let input = [
        line("wire", &wire, "2025-11-18"),
        line("copy", &copy, "2025-11-19"),
        line("flood", FLOOD, "2025-11-18"),
    ]
    .join("\n");
    let run = |args: &[&str]| run_on(&db, &input, args);
    run(&["ingest", "-"]);
    let after_ingest = run(&["stories", "--json"]);
    assert_eq!(
        after_ingest.lines().count(),
        2,
        "ingest placed them: {after_ingest}"
    );
    assert_eq!(
        run(&["restory", "--batch"]),
        "3 documents: 2 stories, 1 copies\n"
    );
    let rows = json_lines(&run(&["stories", "--json"]));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["size"], 2);
    assert_eq!(rows[0]["copies"], 1);
    assert_eq!(rows[0]["first_date"], "2025-11-18");
    let id = rows[0]["id"].to_string();
    let briefing = run(&["story", &id]);
    assert!(briefing.contains("2 reports, 1 copies"), "{briefing}");
    assert!(
        briefing.contains("      copy ("),
        "the copy is folded under its original: {briefing}"
    );
}

#[test]
fn a_story_whose_first_report_has_no_headline_takes_a_later_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let input = [
        line("first", TALKS_1, "2025-11-18"),
        serde_json::json!({"id": "later", "text": TALKS_2, "date": "2025-11-19",
                           "title": "Geneva talks on the treaty go on"})
        .to_string(),
    ]
    .join("\n");
    let run = |args: &[&str]| run_on(&db, &input, args);
    run(&["ingest", "-"]);
    let rows = json_lines(&run(&["stories", "--json"]));
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["title"], "Geneva talks on the treaty go on");
}

#[test]
fn a_quote_passed_on_by_an_outlet_links_to_its_report_under_another_of_its_names() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let wire = "Foreign Minister Ararat Mirzoyan said the border commission would meet in \
                Geneva again in December to settle the last three sections of the treaty.";
    let rewrite = "Armenian Foreign Minister Ararat Mirzoyan said the border commission would \
                   meet in Geneva again in December, according to the Associated Press. \
                   Envoys of Armenia and Azerbaijan met in Geneva on Tuesday.";
    let input = [
        serde_json::json!({"id": "ap", "text": wire, "date": "2025-11-18", "outlet": "AP"})
            .to_string(),
        serde_json::json!({"id": "re", "text": rewrite, "date": "2025-11-19",
                           "outlet": "Baltic Ledger"})
        .to_string(),
    ]
    .join("\n");
    let run = |args: &[&str]| run_on(&db, &input, args);
    run(&["ingest", "-"]);
    let rows = json_lines(&run(&["stories", "--json"]));
    assert_eq!(rows.len(), 1, "{rows:?}");
    let b: Value =
        serde_json::from_str(&run(&["story", &rows[0]["id"].to_string(), "--json"])).unwrap();
    let cites = b["citations"].as_array().unwrap();
    // Through the quote layer: the outlet is the via or the speaker of the
    // rewrite's quotes.
    let via = cites
        .iter()
        .find(|c| c["quotes"].as_array().is_some_and(|q| !q.is_empty()))
        .unwrap_or_else(|| panic!("{b}"));
    assert!(via["cue"] == "via" || via["cue"] == "quoted", "{b}");
    assert_eq!(via["outlet"], "Associated Press", "{b}");
    assert_eq!(
        via["cited"], 1,
        "AP's report, stored under its other name: {b}"
    );
    assert_eq!(
        cites.len(),
        1,
        "the words around the name add no second link: {b}"
    );
}
