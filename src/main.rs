//! The `roxy` command line.
fn main() {}
