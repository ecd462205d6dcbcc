//! Cold start of a one-shot `roxy ask`: the `roxy` binary run afresh with the shipped config
//! (`config/`) and an empty data directory, until its answer is printed and it has exited, for
//! a question no server is needed for ("what can you do"), one answered by the embedded Python
//! server (`roxy_system`: the time) and one answered without servers from Roxy's own memory
//! ("what do you remember"); and the first question again with an `llm:` section added (a model
//! whose conversation is redacted, never contacted: the question needs no model), which must
//! cost what it costs without one. Rounds are interleaved (`ROXY_BENCH_ROUNDS`, default 5);
//! prints the median and the fastest of each, asserts nothing but that each answer succeeded.
//!
//! Run: `cargo bench --bench startup` (needs `.venv` from scripts/setup.sh).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// The question, what answers it, and whether the config has an `llm:` section.
const QUESTIONS: [(&str, &str, bool); 4] = [
    ("what can you do", "no server", false),
    ("what do you remember", "Roxy's own memory", false),
    ("what time is it", "embedded Python roxy_system", false),
    ("what can you do", "no server, `llm:` configured", true),
];

/// The shipped config with a redacted model added (on a loopback port nothing listens on;
/// the bench's questions never reach it), written to `dir`.
fn config_with_model(root: &std::path::Path, dir: &std::path::Path) {
    let shipped = root.join("config");
    let servers = std::fs::read_to_string(shipped.join("mcp_servers.yaml"))
        .expect("shipped mcp_servers.yaml")
        .replace("tests/peers/", &format!("{}/tests/peers/", root.display()));
    std::fs::write(dir.join("mcp_servers.yaml"), servers).expect("write mcp_servers.yaml");
    // The project's venv, which the shipped config finds beside it; from elsewhere a config
    // would use (and first build) the venv Roxy manages in its data directory.
    let settings = std::fs::read_to_string(shipped.join("roxy.yaml"))
        .expect("shipped roxy.yaml")
        .replacen(
            "\npython: {}",
            &format!("\npython: {{ venv: {}/.venv }}", root.display()),
            1,
        );
    assert!(
        settings.contains("/.venv }"),
        "config/roxy.yaml has no `python: {{}}` line"
    );
    let model = "llm:\n  provider: openai_compatible\n  base_url: http://127.0.0.1:9/v1\n  model: bench\n  privacy: { redact: always }\n";
    std::fs::write(dir.join("roxy.yaml"), format!("{settings}\n{model}")).expect("write roxy.yaml");
}

fn main() {
    let rounds: usize = std::env::var("ROXY_BENCH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let roxy = env!("CARGO_BIN_EXE_roxy");
    let data = tempfile::tempdir().expect("temp dir");
    let with_model = tempfile::tempdir().expect("temp dir");
    config_with_model(&root, with_model.path());
    let shipped = root.join("config");
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); QUESTIONS.len()];
    for _ in 0..rounds {
        for (index, (question, _, model)) in QUESTIONS.iter().enumerate() {
            let config = if *model { with_model.path() } else { &shipped };
            let started = Instant::now();
            let output = Command::new(roxy)
                .args(["--config", &config.display().to_string()])
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
        "  {:<24} {:<32} {:>10} {:>10}",
        "question", "answered by", "median", "fastest"
    );
    for ((question, by, _), mut times) in QUESTIONS.iter().zip(samples) {
        times.sort();
        println!(
            "  {:<24} {:<32} {:>7.0} ms {:>7.0} ms",
            format!("{question:?}"),
            by,
            times[times.len() / 2].as_secs_f64() * 1e3,
            times[0].as_secs_f64() * 1e3
        );
    }
}
