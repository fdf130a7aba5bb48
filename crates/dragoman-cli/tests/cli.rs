//! The command line end to end: ingest, idempotence, bad input, show, annotate, demo.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn dragoman(db: &Path) -> Command {
    let mut c = Command::cargo_bin("dragoman").unwrap();
    c.arg("--db").arg(db);
    c
}

fn stdout(c: &mut Command) -> String {
    String::from_utf8(c.output().unwrap().stdout).unwrap()
}

#[test]
fn the_seed_report_becomes_one_clean_document_once() {
    let Some(seed) = dragoman_testkit::shared("seed") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let first = dragoman(&db).arg("ingest").arg(&seed).assert().success();
    assert_eq!(
        String::from_utf8_lossy(&first.get_output().stdout),
        "1 reports: 1 new, 0 duplicate, 0 rejected\n"
    );
    let again = dragoman(&db).arg("ingest").arg(&seed).assert().success();
    assert_eq!(
        String::from_utf8_lossy(&again.get_output().stdout),
        "1 reports: 0 new, 1 duplicate, 0 rejected\n"
    );

    let docs: Vec<Value> = stdout(dragoman(&db).args(["docs", "--json"]))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["date"], "2025-11-19");
    assert_eq!(docs[0]["outlet"], "EIRNS");

    let show: Value =
        serde_json::from_str(&stdout(dragoman(&db).args(["show", "1", "--json"]))).unwrap();
    let text = show["text"].as_str().unwrap();
    assert_eq!(text.split("\n\n").count(), 3, "three paragraphs");
    let [s, e] = [
        show["meta"]["dateline"][0].as_u64().unwrap() as usize,
        show["meta"]["dateline"][1].as_u64().unwrap() as usize,
    ];
    let dateline: String = text.chars().skip(s).take(e - s).collect();
    assert_eq!(dateline, "Nov. 19, 2025 (EIRNS)—");
    assert_eq!(
        show["removed"].as_array().unwrap().len(),
        3,
        "each doubled paragraph loses one copy"
    );

    // People resolve to actors with the roles they held on the report's date.
    let actors = stdout(dragoman(&db).args(["actors", "--json"]));
    for (name, role) in [
        ("Kirill Dmitriev", "envoy"),
        ("Sergey Lavrov", "foreign minister"),
        ("Yury Ushakov", "aide"),
    ] {
        let line = actors
            .lines()
            .find(|l| l.contains(&format!("\"name\":\"{name}\"")))
            .unwrap_or_else(|| panic!("{name} in {actors}"));
        assert!(line.contains(role), "{line}");
    }

    // The raw input is kept byte for byte.
    let file = std::fs::read_dir(&seed)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let raw = dragoman(&db)
        .args(["show", "1", "--raw"])
        .output()
        .unwrap()
        .stdout;
    assert_eq!(raw, std::fs::read(file).unwrap());
}

#[test]
fn a_batch_with_bad_inputs_stores_the_good_and_names_the_bad() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let w = |n: &str, b: &[u8]| std::fs::write(input.join(n), b).unwrap();
    w(
        "good1.txt",
        "Envoys met in Vienna on Tuesday, officials said.".as_bytes(),
    );
    w(
        "good2.txt",
        "A second round is planned for January.".as_bytes(),
    );
    w("empty.txt", b"");
    w("binary.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00");
    w("latin1.txt", b"Caf\xe9 diplomacy.");
    w("huge.txt", "word ".repeat(400).as_bytes());
    w(
        "lines.jsonl",
        b"{\"id\": \"ok\", \"text\": \"Talks went on.\"}\nnot json\n",
    );
    let db = dir.path().join("t.db");
    let out = dragoman(&db)
        .args(["ingest", "--max-bytes", "1000"])
        .arg(&input)
        .arg(dir.path().join("nope.txt"))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    for (name, why) in [
        ("empty.txt", "empty input"),
        ("binary.bin", "binary data"),
        ("latin1.txt", "invalid UTF-8 at byte 3"),
        ("huge.txt", "over the limit"),
        ("lines.jsonl: line 2", "malformed JSON line"),
        ("nope.txt", "cannot read"),
    ] {
        assert!(
            stderr.lines().any(|l| l.contains(name) && l.contains(why)),
            "{name}: {why} not in\n{stderr}"
        );
    }
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stdout),
        "9 reports: 3 new, 0 duplicate, 6 rejected\n"
    );
}

#[test]
fn annotate_streams_one_line_per_line_and_flags_bad_ones() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"Talks resumed on Nov. 17.\", \"date\": \"2025-11-19\"}\n",
        "{\"id\": \"b\"}\n",
        "not json\n",
        "{\"id\": 4, \"text\": \"“Yes,” she said.\"}\n",
    );
    let out = Command::cargo_bin("dragoman")
        .unwrap()
        .arg("annotate")
        .write_stdin(input)
        .assert()
        .code(2);
    let lines: Vec<Value> = String::from_utf8_lossy(&out.get_output().stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["meta"]["date"], "2025-11-19");
    for field in ["entities", "timexes", "quotes", "events", "proposals"] {
        assert!(lines[0][field].is_array(), "{field} is a list");
    }
    assert_eq!(lines[1]["id"], "b");
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("none of `text`, `html`, `tokens`"));
    assert_eq!(lines[2]["id"], Value::Null);
    assert_eq!(lines[3]["id"], 4);
}

#[test]
fn annotate_tokens_keeps_the_tokens_and_answers_with_syntax() {
    let tokens = [
        "The", "envoy", "did", "n't", "sign", "the", "U.S.", "-", "drafted", "text", ".",
    ];
    let line = serde_json::json!({"id": "t", "tokens": tokens}).to_string();
    let text_line = serde_json::json!({"id": "p", "text": "The envoy left."}).to_string();
    let out = stdout(
        Command::cargo_bin("dragoman")
            .unwrap()
            .arg("annotate")
            .write_stdin(format!("{line}\n{text_line}\n")),
    );
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let syntax = lines[0]["syntax"]
        .as_array()
        .expect("syntax for tokens input");
    assert_eq!(
        syntax.len(),
        tokens.len(),
        "one entry per given token: no re-tokenizing"
    );
    let roots: Vec<usize> = (0..syntax.len())
        .filter(|i| syntax[*i]["head"] == 0)
        .collect();
    assert_eq!(roots.len(), 1);
    assert_eq!(syntax[roots[0]]["deprel"], "root");
    assert_eq!(syntax[4]["upos"], "VERB", "sign");
    assert_eq!(syntax[3]["head"], 5, "n't hangs on sign");
    assert!(syntax
        .iter()
        .all(|s| s["head"].as_u64().unwrap() <= tokens.len() as u64));
    assert!(
        lines[1].get("syntax").is_none(),
        "text input keeps its size"
    );
}

#[test]
fn annotate_rejects_tokens_that_are_not_strings() {
    let out = Command::cargo_bin("dragoman")
        .unwrap()
        .arg("annotate")
        .write_stdin("{\"id\": \"z\", \"tokens\": [\"a\", 3]}\n")
        .assert()
        .code(2);
    let v: Value =
        serde_json::from_str(String::from_utf8_lossy(&out.get_output().stdout).trim()).unwrap();
    assert!(v["error"].as_str().unwrap().contains("tokens"));
}

#[test]
fn annotate_offsets_index_the_input_text_as_given() {
    // Doubled around a dateline: the clean text drops the first copy, but the
    // dateline's offsets still index the input text.
    let text = "Talks resumed.Dec. 2, 2025 (Wire)—Talks resumed.";
    let line = serde_json::json!({"id": "x", "text": text}).to_string();
    let out = stdout(
        Command::cargo_bin("dragoman")
            .unwrap()
            .arg("annotate")
            .write_stdin(line),
    );
    let v: Value = serde_json::from_str(out.trim()).unwrap();
    let span = &v["meta"]["dateline"];
    let (s, e) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    assert_eq!(
        text.chars().skip(s).take(e - s).collect::<String>(),
        "Dec. 2, 2025 (Wire)—"
    );
    assert_eq!(v["meta"]["date"], "2025-12-02");
}

#[test]
fn the_demo_runs_and_briefs() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let out = stdout(dragoman(&db).arg("demo"));
    assert!(out.contains("6 new, 1 duplicate"), "{out}");
    assert!(out.contains("dateline \"Mar. 4, 2026 (NWS)—\""), "{out}");
    // The briefing's events keep their parties, countries the tables do not
    // know included (a rule that no verbal event addresses a place of no
    // country dropped both recipients).
    assert!(out.contains("Kestria → Norland REJECT (occurred)"), "{out}");
    assert!(out.contains("Norland → Kestria ACCUSE (occurred)"), "{out}");
    // Running it again adds nothing.
    let again = stdout(dragoman(&db).arg("demo"));
    assert!(again.contains("0 new, 7 duplicate"), "{again}");
}

#[test]
fn show_syntax_prints_each_token_with_its_head_and_relation() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let report = dir.path().join("r.txt");
    std::fs::write(&report, "The envoys signed the accord.\n").unwrap();
    dragoman(&db).arg("ingest").arg(&report).assert().success();
    let out = stdout(dragoman(&db).args(["show", "1", "--syntax"]));
    assert!(
        out.starts_with("sentence 1: The envoys signed the accord."),
        "{out}"
    );
    let line = |form: &str| {
        out.lines()
            .find(|l| l.split_whitespace().nth(1) == Some(form))
            .unwrap_or_else(|| panic!("{form} in {out}"))
            .split_whitespace()
            .collect::<Vec<_>>()
    };
    assert_eq!(
        line("envoys"),
        ["2", "envoys", "NOUN", "envoy", "3", "signed", "nsubj"]
    );
    assert_eq!(line("signed")[4..], ["0", "ROOT", "root"]);
}

#[test]
fn a_warc_archive_ingests_every_page_and_pages_keep_their_provenance() {
    let Some(warc) = dragoman_testkit::shared("data/extract/zyte-dev.warc.gz") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let out = stdout(dragoman(&db).arg("ingest").arg(&warc));
    assert_eq!(out, "90 reports: 90 new, 0 duplicate, 0 rejected\n");
    let again = stdout(dragoman(&db).arg("ingest").arg(&warc));
    assert_eq!(again, "90 reports: 0 new, 90 duplicate, 0 rejected\n");
}

#[test]
fn annotate_extracts_html_and_returns_the_text_its_offsets_index() {
    let page = "<html><head><title>Talks resume | The Meridian Post</title>\
        <meta property=\"og:site_name\" content=\"The Meridian Post\"></head><body>\
        <nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Talks resume</h1>\
        <p>Envoys of Norland and Kestria met in Geneva on Tuesday, officials said, and agreed to meet again next month.</p>\
        <p>“We have narrowed the gaps,” the Kestrian envoy told reporters after the session.</p></article>\
        <footer>© The Meridian Post</footer></body></html>";
    let line = serde_json::json!({"id": "p1", "html": page, "date": "2026-03-04"}).to_string();
    let out = stdout(
        Command::cargo_bin("dragoman")
            .unwrap()
            .arg("annotate")
            .write_stdin(line),
    );
    let v: Value = serde_json::from_str(out.trim()).unwrap();
    let text = v["text"].as_str().expect("html input returns its text");
    assert!(
        text.contains("Envoys of Norland and Kestria met in Geneva"),
        "{text}"
    );
    assert!(!text.contains("Home"), "navigation is dropped: {text}");
    for t in v["timexes"].as_array().unwrap() {
        let (s, e) = (
            t["start"].as_u64().unwrap() as usize,
            t["end"].as_u64().unwrap() as usize,
        );
        let words: String = text.chars().skip(s).take(e - s).collect();
        assert!(!words.is_empty() && !words.starts_with(' '), "{words:?}");
    }
}

#[test]
fn an_interrupted_ingest_leaves_whole_documents_and_a_rerun_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let n = 200;
    for i in 0..n {
        let text = format!(
            "Report {i}: envoys met in Vienna on Tuesday and agreed to meet again in round {i}."
        );
        std::fs::write(input.join(format!("{i:04}.txt")), text).unwrap();
    }
    // The same input stored without interruption: what a whole document is.
    let whole = dir.path().join("whole.db");
    dragoman(&whole)
        .arg("ingest")
        .arg(&input)
        .assert()
        .success();
    // The first run dies right after writing its 100th document, inside the
    // open transaction of the second batch of 64 (a test hook of the store's
    // `write_batch`; a kill at that point).
    let db = dir.path().join("t.db");
    let status = std::process::Command::new(assert_cmd::cargo::cargo_bin("dragoman"))
        .arg("--db")
        .arg(&db)
        .arg("ingest")
        .arg(&input)
        .env("DRAGOMAN_TEST_CRASH_AFTER", "100")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(!status.success(), "the first run was cut short");
    // What it left: the first batch, 64 documents, each whole (the clean
    // text, every annotation and the log line of an uninterrupted run); none
    // of the batch it was writing.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute("ATTACH DATABASE ?1 AS whole", [whole.to_str().unwrap()])
        .unwrap();
    let stored: i64 = conn
        .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 64);
    let per_doc = "SELECT d.hash, d.clean, count(a.n) FROM {db}documents d
                   LEFT JOIN {db}annotations a ON a.doc_id = d.id GROUP BY d.id ORDER BY d.hash";
    let rows = |db: &str| -> Vec<(String, String, i64)> {
        let mut q = conn.prepare(&per_doc.replace("{db}", db)).unwrap();
        let rows = q
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap();
        rows.map(Result::unwrap).collect()
    };
    let reference = rows("whole.");
    assert!(
        reference.iter().all(|(_, _, k)| *k > 0),
        "every report has annotations"
    );
    for left in rows("") {
        assert!(reference.contains(&left), "not whole: {left:?}");
    }
    let unlogged: i64 = conn
        .query_row(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS
             (SELECT 1 FROM ingest_log l WHERE l.doc_id = d.id AND l.status = 'new')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(unlogged, 0);
    drop(conn);
    // A rerun stores the rest, once each.
    let out = stdout(dragoman(&db).arg("ingest").arg(&input));
    assert_eq!(out, "200 reports: 136 new, 64 duplicate, 0 rejected\n");
    let (docs, hashes): (i64, i64) = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT count(*), count(DISTINCT hash) FROM documents",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((docs, hashes), (n, n));
}

#[test]
fn under_json_a_failure_is_a_json_object_on_stdout_with_the_same_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let report = dir.path().join("r.txt");
    std::fs::write(&report, "Talks resumed in Vienna on Monday.\n").unwrap();
    dragoman(&db).arg("ingest").arg(&report).assert().success();
    let missing = dragoman(&db)
        .args(["show", "99", "--json"])
        .assert()
        .code(1);
    let out = String::from_utf8_lossy(&missing.get_output().stdout).into_owned();
    assert_eq!(out.lines().count(), 1, "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["kind"], "not_found");
    assert!(v["error"].as_str().unwrap().starts_with("no document 99"));
    assert_eq!(v.as_object().unwrap().len(), 2);

    // No database file at all is not found either; a file SQLite cannot read
    // is a database error.
    let no_db = dragoman(&dir.path().join("none.db"))
        .args(["docs", "--json"])
        .assert()
        .code(1);
    let v: Value = serde_json::from_slice(&no_db.get_output().stdout).unwrap();
    assert_eq!(v["kind"], "not_found");
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, "plain text, not a database: ".repeat(20)).unwrap();
    let not_a_db = dragoman(&junk).args(["docs", "--json"]).assert().code(1);
    let v: Value = serde_json::from_slice(&not_a_db.get_output().stdout).unwrap();
    assert_eq!(v["kind"], "database");

    // Without --json, standard output stays empty and the message goes to stderr.
    let plain = dragoman(&db).args(["show", "99"]).assert().code(1);
    assert!(plain.get_output().stdout.is_empty());
    assert!(String::from_utf8_lossy(&plain.get_output().stderr).contains("no document 99"));
}

#[test]
fn show_json_is_the_contract_line_with_the_store_row_and_the_removals() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let report = dir.path().join("r.txt");
    std::fs::write(
        &report,
        "GENEVA, March 3 - Envoy Maria Santos met the delegation on Tuesday, \
         and said: \"We will meet again.\"\n",
    )
    .unwrap();
    dragoman(&db).arg("ingest").arg(&report).assert().success();
    let v: Value =
        serde_json::from_str(&stdout(dragoman(&db).args(["show", "1", "--json"]))).unwrap();
    for key in [
        "id",
        "text",
        "meta",
        "entities",
        "timexes",
        "quotes",
        "events",
        "proposals",
        "doc",
        "removed",
    ] {
        assert!(v.get(key).is_some(), "no {key} in {v}");
    }
    assert_eq!(v["doc"]["id"], 1);
    let text = v["text"].as_str().unwrap();
    let chars: Vec<char> = text.chars().collect();
    let quote = &v["quotes"][0]["content"][0];
    let (start, end) = (
        quote[0].as_u64().unwrap() as usize,
        quote[1].as_u64().unwrap() as usize,
    );
    assert!(
        chars[start..end]
            .iter()
            .collect::<String>()
            .contains("meet again"),
        "{v}"
    );
}

#[test]
fn a_report_over_the_time_budget_is_rejected_naming_the_stage_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("talks.txt");
    std::fs::write(&input, "Envoys met in Vienna on Tuesday, officials said.").unwrap();
    let db = dir.path().join("t.db");
    let out = dragoman(&db)
        .args(["ingest", "--time-budget", "0"])
        .arg(&input)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("talks.txt") && stderr.contains("stage `tokenize`, over the time budget"),
        "{stderr}"
    );
    // With the default budget the same report is stored.
    dragoman(&db).arg("ingest").arg(&input).assert().success();
}

#[test]
fn export_parquet_writes_every_layer_by_report_date_and_refuses_a_full_directory() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    dragoman(&db).arg("demo").assert().success();
    let out = dir.path().join("tables");
    let run = dragoman(&db)
        .args(["export", "--format", "parquet", "--output"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(said.contains("6 documents"), "{said}");
    for table in ["documents", "entities", "quotes", "events", "proposals"] {
        let parts: Vec<String> = std::fs::read_dir(out.join(table))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(!parts.is_empty(), "{table}");
        assert!(
            parts.iter().all(|p| p.starts_with("report_date=")),
            "{parts:?}"
        );
    }
    let again = dragoman(&db)
        .args(["export", "--format", "parquet", "--output"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("is not empty"));
    let no_dir = dragoman(&db)
        .args(["export", "--format", "parquet"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&no_dir.stderr).contains("--output DIR"));
}

#[test]
fn the_events_listing_names_every_coordinated_party() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let report = dir.path().join("r.txt");
    std::fs::write(
        &report,
        "Both Armenia and Azerbaijan will sign the accord in Washington on Friday.\n",
    )
    .unwrap();
    dragoman(&db).arg("ingest").arg(&report).assert().success();
    let listing = stdout(dragoman(&db).arg("events"));
    assert!(listing.contains("Armenia, Azerbaijan"), "{listing}");
}

/// Regression: an event's id took its place in the date-ordered listing of
/// its report's events, so two events of one report dated apart shared an id
/// (and `events --json` numbered them yet another way). The id is now the
/// event's position in its report, the same in every output.
#[test]
fn event_ids_are_unique_and_the_same_in_every_output() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let report = dir.path().join("r.jsonl");
    // The second report's event falls between the first report's two.
    let lines = [
        serde_json::json!({"id": "a", "date": "2026-03-05", "text":
            "Chile accused Peru of closing the border on Monday. Chile will host talks with Bolivia in April."}),
        serde_json::json!({"id": "b", "date": "2026-03-12", "text":
            "Peru threatened on Tuesday to expel the Chilean ambassador."}),
    ];
    let lines: Vec<String> = lines.iter().map(Value::to_string).collect();
    std::fs::write(&report, lines.join("\n")).unwrap();
    dragoman(&db).arg("ingest").arg(&report).assert().success();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut ids: Vec<String> = stdout(dragoman(&db).args(args))
            .lines()
            .map(|l| {
                serde_json::from_str::<Value>(l).unwrap()["id"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        ids.sort();
        ids
    };
    let exported = ids(&["export", "--format", "jsonl"]);
    assert!(exported.len() >= 3, "{exported:?}");
    let mut unique = exported.clone();
    unique.dedup();
    assert_eq!(unique, exported, "ids repeat");
    assert_eq!(ids(&["events", "--json"]), exported);
}
