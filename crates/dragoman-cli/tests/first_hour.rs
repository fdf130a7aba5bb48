//! Regressions from a new user's first hour: what the command line says when
//! something is off (a mistyped database, a wrong option).

use assert_cmd::Command;

fn dragoman() -> Command {
    Command::cargo_bin("dragoman").unwrap()
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
