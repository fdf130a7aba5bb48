//! The shipped model: it loads, writes back to the same bytes, and stays
//! under the size budget (20 MB on disk and in memory).

use dragoman_syntax::SyntaxModel;

const FILE: &[u8] = include_bytes!("../model/syntax.bin");

#[test]
fn shipped_model_round_trips_and_fits_the_budget() {
    let m = SyntaxModel::standard();
    assert_eq!(m.to_bytes(), FILE);
    assert!(
        FILE.len() < 20_000_000,
        "model file is {} bytes",
        FILE.len()
    );
    let memory = m.sizes()[6];
    assert!(memory < 20_000_000, "model holds {memory} bytes");
    assert!(m.labels().iter().any(|l| l.as_str() == "nsubj:pass"));
}

#[test]
fn damaged_files_are_errors() {
    assert!(SyntaxModel::from_bytes(b"nope").is_err());
    assert!(SyntaxModel::from_bytes(&FILE[..FILE.len() / 2]).is_err());
    let mut longer = FILE.to_vec();
    longer.push(0);
    assert!(SyntaxModel::from_bytes(&longer).is_err());
}
