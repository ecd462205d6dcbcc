//! Shared by the benchmarks: statistics and a line of output with a ratio against a peer; paths
//! and the temporary config come from the integration tests' helpers (tests/common).
#![allow(dead_code)] // each benchmark uses a different subset

use std::time::Duration;

#[path = "../tests/common/mod.rs"]
mod tests_common;

#[allow(unused_imports)] // as above: each benchmark uses a different subset
pub use tests_common::{config, config_dir, fixture, free_port, http, peer_bin, python, root};

/// Median and 99th percentile of millisecond samples.
pub fn median_p99(samples: &mut [f64]) -> (f64, f64) {
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.99))
}

pub fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// CPU time (user + system) and context switches (voluntary + involuntary) of this process so
/// far, all its threads together: two readings around a run give its cost per call whatever
/// the machine's load.
pub fn process_usage() -> (Duration, i64) {
    // SAFETY: getrusage fills the struct it is given.
    let usage = unsafe {
        let mut usage = std::mem::zeroed::<libc::rusage>();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    (
        time(usage.ru_utime) + time(usage.ru_stime),
        usage.ru_nvcsw + usage.ru_nivcsw,
    )
}

/// One line: CPU time and context switches per call between two [`process_usage`] readings.
pub fn usage_per_call(before: (Duration, i64), after: (Duration, i64), calls: usize) -> String {
    let calls = calls.max(1) as f64;
    format!(
        "{:.1} µs CPU and {:.2} context switches per call in this process",
        (after.0 - before.0).as_secs_f64() * 1e6 / calls,
        (after.1 - before.1) as f64 / calls
    )
}
