//! Data read at test time from the shared folder beside the work tree
//! (`../shared`: the seed report, the dev sets, the reference dictionaries).
//!
//! A developer's checkout may lack it, and a test that needs it then skips
//! with a note. Under CI (`CI` set to anything but `false` or `0`) the folder
//! is part of the machine, so its absence fails the test instead of letting
//! it pass without checking anything.

use std::path::{Path, PathBuf};

/// The shared folder: `../shared` from the workspace root.
pub fn shared_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

/// True when running under CI.
pub fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// `rel` inside the shared folder, when it exists. When it does not: `None`
/// with a note on stderr (the caller skips), or a panic under CI.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = shared_dir().join(rel);
    if path.exists() {
        return Some(path);
    }
    assert!(
        !under_ci(),
        "{} is absent: under CI the shared data must be there (this test would check nothing)",
        path.display()
    );
    eprintln!("skipped: {} is absent", path.display());
    None
}
