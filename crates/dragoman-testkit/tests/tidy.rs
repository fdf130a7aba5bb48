//! Tidy checks over the whole workspace (after rust-analyzer's `tidy.rs`):
//! every source module opens with a `//!` comment saying what it is for, and
//! every crate has a `dragoman-` name matching its folder.

use std::path::{Path, PathBuf};

fn crates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_says_what_it_is_for() {
    let mut missing = Vec::new();
    for krate in std::fs::read_dir(crates_dir()).unwrap().flatten() {
        let src = krate.path().join("src");
        if !src.is_dir() {
            continue;
        }
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            if !text.trim_start().starts_with("//!") {
                missing.push(f.display().to_string());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "modules without a `//!` doc:\n{}",
        missing.join("\n")
    );
}

#[test]
fn crate_names_match_their_folders() {
    for krate in std::fs::read_dir(crates_dir()).unwrap().flatten() {
        let manifest = krate.path().join("Cargo.toml");
        let Ok(text) = std::fs::read_to_string(&manifest) else {
            continue;
        };
        let folder = krate.file_name().to_string_lossy().into_owned();
        assert!(
            folder.starts_with("dragoman-"),
            "{folder}: crates are named dragoman-<concern>"
        );
        assert!(
            text.contains(&format!("name = \"{folder}\"")),
            "{folder}: package name differs from the folder"
        );
    }
}
