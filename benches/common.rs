//! Shared by the benchmarks: statistics and a line of output with a ratio against a peer; paths
//! and the temporary config come from the integration tests' helpers (tests/common).
#![allow(dead_code)] // each benchmark uses a different subset

use std::time::Duration;

#[path = "../tests/common/mod.rs"]
mod tests_common;

#[allow(unused_imports)] // as above: each benchmark uses a different subset
pub use tests_common::{config_dir, peer_bin, python, root};

/// Median and 99th percentile of millisecond samples.
pub fn median_p99(samples: &mut [f64]) -> (f64, f64) {
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.99))
}

pub fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
