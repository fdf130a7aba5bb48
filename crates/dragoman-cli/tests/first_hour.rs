//! Regressions from a new user's first hour: what the command line says when
//! something is off (a mistyped database, a wrong option, a damaged file, a
//! cut listing), and how ingest keeps every report it receives.

use assert_cmd::Command;
use std::path::PathBuf;
use std::process::Output;

fn dragoman() -> Command {
    Command::cargo_bin("dragoman").unwrap()
}

/// A temporary folder with a database, where a test writes reports and runs
/// commands on them.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("t.db")
    }

    /// Runs `dragoman --db DB ARGS...`.
    fn run(&self, args: &[&str]) -> Output {
        let db = self.db();
        dragoman()
            .args(["--db", db.to_str().unwrap()])
            .args(args)
            .output()
            .unwrap()
    }

    /// Writes `content` to the file `name` and ingests it.
    fn ingest(&self, name: &str, content: &str) -> Output {
        let path = self.dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        self.run(&["ingest", path.to_str().unwrap()])
    }
}

#[test]
fn a_mistyped_database_is_an_error_not_an_empty_database() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("typo.db");
    for cmd in ["docs", "quotes", "actors", "events", "proposals", "export"] {
        let extra: &[&str] = if cmd == "export" {
            &["--format", "jsonl"]
        } else {
            &[]
        };
        let out = dragoman()
            .args(["--db", typo.to_str().unwrap(), cmd])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{cmd}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("no database at"), "{cmd}: {err}");
        assert!(!typo.exists(), "{cmd} created {}", typo.display());
    }
}

#[test]
fn a_wrong_command_line_exits_64_not_2() {
    let out = dragoman()
        .args(["docs", "--no-such-flag"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(64));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--no-such-flag"));
    let help = dragoman().arg("--help").output().unwrap();
    assert_eq!(help.status.code(), Some(0));
}

#[test]
fn events_filters_that_cannot_match_are_refused_with_what_is_accepted() {
    for (flag, value, says) in [
        ("--since", "2025-13-45", "YYYY-MM-DD"),
        ("--since", "yesterday", "YYYY-MM-DD"),
        ("--type", "FOO", "CONSULT"),
    ] {
        let out = dragoman().args(["events", flag, value]).output().unwrap();
        assert_eq!(out.status.code(), Some(64), "{flag} {value}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{flag} {value}: {err}");
    }
}

#[test]
fn the_help_names_every_command_and_every_input_format() {
    let help = dragoman().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout).to_string();
    assert!(
        !help.contains("ingest, docs, show, quotes, annotate, demo"),
        "{help}"
    );
    let ingest = dragoman().args(["ingest", "--help"]).output().unwrap();
    let ingest = String::from_utf8_lossy(&ingest.stdout).to_string();
    for format in ["JSON Lines", "HTML", "WARC", "RSS", "Atom"] {
        assert!(ingest.contains(format), "ingest --help lacks {format}");
    }
}

#[test]
fn the_same_text_under_two_ids_is_one_document_received_twice() {
    let scratch = Scratch::new();
    let out = scratch.ingest(
        "wire.jsonl",
        concat!(
            r#"{"id": "wire-1", "text": "Envoys of Norland met in Geneva on Monday.", "outlet": "Meridian"}"#,
            "\n",
            r#"{"id": "copy-7", "text": "Envoys of Norland met in Geneva on Monday.", "outlet": "Harbour Daily"}"#,
            "\n",
        ),
    );
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("1 new, 1 duplicate"), "{said}");
    let conn = rusqlite::Connection::open(scratch.db()).unwrap();
    let received: Vec<(String, i64, String)> = conn
        .prepare("SELECT report_id, doc_id, meta FROM ingest_log ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(received.len(), 2);
    assert_eq!(
        (received[0].0.as_str(), received[1].0.as_str()),
        ("wire-1", "copy-7")
    );
    assert_eq!(received[0].1, received[1].1, "one document");
    assert!(received[1].2.contains("Harbour Daily"), "{}", received[1].2);
}

#[test]
fn rejections_are_printed_once_each() {
    let scratch = Scratch::new();
    let out = scratch.ingest(
        "mixed.jsonl",
        "{\"id\": \"a\", \"text\": \"Talks went on.\"}\nnot json\n",
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("rejected: ").count(), 1, "{err}");
    assert!(err.contains("line 2"), "{err}");
}

#[test]
fn a_damaged_database_is_not_written_to() {
    let scratch = Scratch::new();
    let text = "Envoys of Norland met in Geneva on Monday. ".repeat(400);
    assert!(scratch.ingest("r.txt", &text).status.success());
    // Fold the write-ahead log into the file, then overwrite a page in the middle.
    let conn = rusqlite::Connection::open(scratch.db()).unwrap();
    conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")
        .unwrap();
    drop(conn);
    let mut bytes = std::fs::read(scratch.db()).unwrap();
    assert!(bytes.len() > 3 * 4096, "the database has pages to damage");
    bytes[4096 + 100..2 * 4096].fill(0xAB);
    std::fs::write(scratch.db(), &bytes).unwrap();
    let out = scratch.ingest("s.txt", "Delegations of Kestria arrived on Tuesday.");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("damaged"));
}

#[test]
fn annotate_rejections_name_their_line_and_what_id_can_be_read() {
    let input = concat!(
        "{\"id\": \"ok-1\", \"text\": \"Talks went on.\"}\n",
        "{\"id\": \"cut-2\", \"text\": \"Talks \n",
        "{\"text\": \"no id here\"}\n",
    );
    let out = dragoman()
        .arg("annotate")
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        (&lines[1]["id"], &lines[1]["line"]),
        (&"cut-2".into(), &2.into())
    );
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("line 2: not JSON"));
    assert_eq!(
        (&lines[2]["id"], &lines[2]["line"]),
        (&serde_json::Value::Null, &3.into())
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 2: not JSON") && err.contains("line 3: no `id`"),
        "{err}"
    );
}

#[test]
fn a_listing_cut_at_its_limit_says_so() {
    let scratch = Scratch::new();
    let report = "“We will return next week,” the Norland envoy said on Monday.\n\n\
                  “Nothing is agreed yet,” a Kestrian minister told reporters.\n";
    assert!(scratch.ingest("r.txt", report).status.success());
    let all = scratch.run(&["quotes"]);
    assert!(!String::from_utf8_lossy(&all.stderr).contains("showing the first"));
    let cut = scratch.run(&["quotes", "--limit", "1"]);
    let err = String::from_utf8_lossy(&cut.stderr);
    assert!(
        err.contains("showing the first 1 quotes; more match"),
        "{err}"
    );
}

#[test]
fn serve_refuses_an_open_address_without_a_token_and_a_missing_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    let open = dragoman()
        .args(["serve", "--bind", "0.0.0.0:0", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(open.status.code(), Some(1));
    let err = String::from_utf8_lossy(&open.stderr);
    assert!(
        err.contains("refusing to listen on 0.0.0.0:0 without a token"),
        "{err}"
    );
    let missing = dragoman()
        .args(["serve", "--bind", "127.0.0.1:0", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no database at"));
    assert!(!db.exists(), "serve never creates a database");
}
