//! Cold start of a one-shot `roxy ask`: the `roxy` binary run afresh with the shipped config
//! (`config/`) and an empty data directory, until its answer is printed and it has exited, for
//! a question no server is needed for ("what can you do"), one answered by the embedded Python
//! server (`roxy_system`: the time) and one answered without servers from Roxy's own memory
//! ("what do you remember"). Rounds are interleaved (`ROXY_BENCH_ROUNDS`, default 5); prints the
//! median and the fastest of each, asserts nothing but that each answer succeeded.
//!
//! Run: `cargo bench --bench startup` (needs `.venv` from scripts/setup.sh).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

const QUESTIONS: [(&str, &str); 3] = [
    ("what can you do", "no server"),
    ("what do you remember", "Roxy's own memory"),
    ("what time is it", "embedded Python roxy_system"),
];

fn main() {
    let rounds: usize = std::env::var("ROXY_BENCH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let roxy = env!("CARGO_BIN_EXE_roxy");
    let data = tempfile::tempdir().expect("temp dir");
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); QUESTIONS.len()];
    for _ in 0..rounds {
        for (index, (question, _)) in QUESTIONS.iter().enumerate() {
            let started = Instant::now();
            let output = Command::new(roxy)
                .args(["--config", &root.join("config").display().to_string()])
                .args(["ask", question])
                .env("ROXY_DATA_DIR", data.path())
                .current_dir(&root)
                .output()
                .expect("run roxy");
            samples[index].push(started.elapsed());
            assert!(
                output.status.success(),
                "roxy ask {question:?}: {}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
    println!(
        "one-shot `roxy ask` with the shipped config, cold process, {rounds} interleaved rounds"
    );
    println!(
        "  {:<24} {:<30} {:>10} {:>10}",
        "question", "answered by", "median", "fastest"
    );
    for ((question, by), mut times) in QUESTIONS.iter().zip(samples) {
        times.sort();
        println!(
            "  {:<24} {:<30} {:>7.0} ms {:>7.0} ms",
            format!("{question:?}"),
            by,
            times[times.len() / 2].as_secs_f64() * 1e3,
            times[0].as_secs_f64() * 1e3
        );
    }
}
