//! Shared by the benchmarks: statistics and a line of output with a ratio against a peer.
#![allow(dead_code)] // each benchmark uses a different subset

use std::time::Duration;

/// Median and 99th percentile of millisecond samples.
pub fn median_p99(samples: &mut [f64]) -> (f64, f64) {
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.99))
}

pub fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

pub fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn python() -> String {
    root().join(".venv/bin/python").display().to_string()
}

pub fn peer_bin(name: &str) -> String {
    root()
        .join("tests/peers/node_modules/.bin")
        .join(name)
        .display()
        .to_string()
}

/// Writes a config dir holding `yaml` as mcp_servers.yaml and loads it.
pub fn config(yaml: &str) -> (tempfile::TempDir, roxy::config::Config) {
    let dir = tempfile::tempdir().expect("temp dir");
    let config_dir = dir.path().join("config");
    std::fs::create_dir_all(&config_dir).expect("config dir");
    std::fs::write(config_dir.join("mcp_servers.yaml"), yaml).expect("write");
    let config = roxy::config::Config::load_dir(&config_dir).unwrap_or_else(|e| panic!("{e}"));
    (dir, config)
}
