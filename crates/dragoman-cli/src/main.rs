//! The `dragoman` binary.
fn main() {}
