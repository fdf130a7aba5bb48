//! `import-actors`: converts the Phoenix actor dictionaries to `data/phoenix.tsv`.
//!
//! ```text
//! cargo run -p dragoman-actors --bin import-actors -- ../shared/data/actors crates/dragoman-actors/data/phoenix.tsv
//! ```
//!
//! Reads `Phoenix.Countries.actors.txt`, `Phoenix.International.actors.txt`
//! and `Phoenix.MilNonState.actors.txt` from the directory given, and writes
//! every actor with at least one code, one a line (see `dragoman_actors::tsv`).

use dragoman_actors::phoenix::{import, ActorFile, Import};
use dragoman_actors::tsv::write_line;
use std::path::PathBuf;
use std::process::ExitCode;

/// The dictionaries and what each is.
const FILES: [(&str, ActorFile); 3] = [
    ("Phoenix.Countries.actors.txt", ActorFile::Countries),
    ("Phoenix.International.actors.txt", ActorFile::International),
    ("Phoenix.MilNonState.actors.txt", ActorFile::MilNonState),
];

/// The header of the written file.
const HEADER: &str = "\
# Actors converted by dragoman's import-actors from the Phoenix (PETRARCH 2)
# dictionaries, MIT, (c) 2014 Open Event Data Alliance: see data/README.md.
# id\tkind\tname\taliases\tcountry\tsector\troles (CODE FROM..UNTIL)
";

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [dir, out] = &args[..] else {
        eprintln!("usage: import-actors DICTIONARY_DIR OUT.tsv");
        return ExitCode::from(2);
    };
    let mut found = Import::default();
    for (name, file) in FILES {
        let path = dir.join(name);
        match std::fs::read(&path) {
            Ok(bytes) => import(&String::from_utf8_lossy(&bytes), file, &mut found),
            Err(e) => {
                eprintln!("import-actors: {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    found.finish();
    let mut text = HEADER.to_string();
    for actor in &found.actors {
        text.push_str(&write_line(actor));
        text.push('\n');
    }
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
