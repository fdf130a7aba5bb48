//! The committed tables are what `dragoman-train` makes of the data in
//! `../shared/data` (skipped where it is absent, failed under CI): each command's `--check`
//! runs here, on the debug build. The entity model takes minutes to train in
//! a debug build, so its `ner --check` runs in `.ci/run` on the release build.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `dragoman-train <args> --check` from the workspace root; `None` when
/// the shared data is absent.
fn check(args: &[&str]) -> Option<(bool, String)> {
    dragoman_testkit::shared("data")?;
    let out = Command::new(env!("CARGO_BIN_EXE_dragoman-train"))
        .args(args)
        .arg("--check")
        .current_dir(workspace())
        .output()
        .expect("dragoman-train runs");
    Some((
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

#[test]
fn the_actor_table_is_the_import_of_the_dictionaries() {
    if let Some((ok, log)) = check(&["import-actors"]) {
        assert!(ok, "data/phoenix.tsv of dragoman-actors is stale:\n{log}");
    }
}

#[test]
fn the_event_vocabulary_is_the_conversion_of_the_ontology() {
    if let Some((ok, log)) = check(&["convert-ontology"]) {
        assert!(
            ok,
            "the converted files of dragoman-events are stale:\n{log}"
        );
    }
}

#[test]
fn the_learned_cues_are_what_the_train_split_gives() {
    if let Some((ok, log)) = check(&["learn-cues"]) {
        assert!(
            ok,
            "data/learned_cues.txt of dragoman-quotes is stale:\n{log}"
        );
    }
}

#[test]
fn check_fails_on_a_file_that_differs() {
    let dir = tempfile::tempdir().unwrap();
    let altered = dir.path().join("learned_cues.txt");
    std::fs::write(&altered, "belief touted\n").unwrap();
    let Some((ok, log)) = check(&["learn-cues", "--out", altered.to_str().unwrap()]) else {
        return;
    };
    assert!(!ok, "{log}");
    assert!(
        log.contains("is not what `dragoman-train learn-cues` makes"),
        "{log}"
    );
    assert_eq!(
        std::fs::read_to_string(&altered).unwrap(),
        "belief touted\n"
    );
}
