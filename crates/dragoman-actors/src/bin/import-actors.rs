//! `import-actors`: converts the Phoenix actor dictionaries to `data/phoenix.tsv`.
//!
//! ```text
//! cargo run -p dragoman-actors --bin import-actors -- ../shared/data/actors crates/dragoman-actors/data/phoenix.tsv
//! ```
//!
//! Reads `Phoenix.Countries.actors.txt`, `Phoenix.International.actors.txt`
//! and `Phoenix.MilNonState.actors.txt` from the directory given and writes
//! the actors one a line (see `dragoman_actors::tsv`), with what was skipped
//! on standard error.

use dragoman_actors::phoenix::import_dir;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [dir, out] = &args[..] else {
        eprintln!("usage: import-actors DICTIONARY_DIR OUT.tsv");
        return ExitCode::from(2);
    };
    let found = match import_dir(dir) {
        Ok(found) => found,
        Err(e) => {
            eprintln!("import-actors: {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    let text = found.to_tsv();
    if let Err(e) = std::fs::write(out, &text) {
        eprintln!("import-actors: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    eprintln!(
        "import-actors: {} actors, {} bytes; skipped {} codes with unreadable dates, \
         {} entries without codes; merged {} duplicates; dropped {} persons out of office before 1990",
        found.actors.len(),
        text.len(),
        found.bad_dates,
        found.uncoded,
        found.merged,
        found.ended,
    );
    ExitCode::SUCCESS
}
