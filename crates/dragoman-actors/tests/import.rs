//! The shipped `data/phoenix.tsv` is what `import-actors` makes of the
//! dictionaries in `../shared/data/actors` (skipped where they are absent).

use dragoman_actors::phoenix::import_dir;
use std::path::Path;

#[test]
fn the_shipped_table_is_the_import_of_the_dictionaries() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/actors");
    if !dir.is_dir() {
        eprintln!("skipped: no {}", dir.display());
        return;
    }
    let made = import_dir(&dir).expect("the dictionaries read").to_tsv();
    let shipped = include_str!("../data/phoenix.tsv");
    assert!(
        made == shipped,
        "data/phoenix.tsv is stale: regenerate it with import-actors (see data/README.md)"
    );
}
