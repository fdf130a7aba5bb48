//! Writing a generated artifact, or with `--check` comparing it byte for byte
//! with the committed file.

use anyhow::{bail, Context};
use std::path::Path;

/// Writes `made` to `path`, or when `check` is set, fails unless the file at
/// `path` holds exactly `made`; `command` names the command that makes it.
pub fn emit(path: &Path, made: &[u8], check: bool, command: &str) -> anyhow::Result<()> {
    if !check {
        std::fs::write(path, made).with_context(|| format!("writing {}", path.display()))?;
        eprintln!("wrote {} ({} bytes)", path.display(), made.len());
        return Ok(());
    }
    let committed = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    if committed != made {
        let at = committed
            .iter()
            .zip(made)
            .take_while(|(a, b)| a == b)
            .count();
        bail!(
            "{} is not what `dragoman-train {command}` makes of its sources \
             ({} bytes committed, {} made, first difference at byte {at}): \
             run the command without --check to regenerate it",
            path.display(),
            committed.len(),
            made.len(),
        );
    }
    eprintln!("{}: up to date ({} bytes)", path.display(), made.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_passes_on_the_same_bytes_and_fails_on_others() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("table.tsv");
        emit(&path, b"a\tb\n", false, "test").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"a\tb\n");
        emit(&path, b"a\tb\n", true, "test").unwrap();
        let err = emit(&path, b"a\tc\n", true, "test").unwrap_err();
        assert!(
            err.to_string().contains("first difference at byte 2"),
            "{err}"
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"a\tb\n",
            "check never writes"
        );
        assert!(emit(&dir.path().join("absent"), b"x", true, "test").is_err());
    }
}
