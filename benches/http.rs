//! Latency of sequential `tools/call` over Streamable HTTP: Roxy's client against the official
//! Python SDK client (benches/python_client.py), both calling the same Python SDK server
//! (tests/fixtures/http/python_server.py) on loopback. Prints median and p99 of each and their
//! ratio; asserts nothing.
//!
//! Run: `cargo bench --bench http` (needs `.venv` from scripts/setup.sh).

#[path = "../tests/common/mod.rs"]
mod common;

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::http::{Peer, wait_until_answering};
use common::{config, fixture, free_port, python, root};
use roxy::mcp::McpManager;
use serde_json::json;

const CALLS: usize = 1000;
const WARM_UP: usize = 10;

#[tokio::main]
async fn main() {
    let port = free_port();
    let _server = Peer::spawn(
        Command::new(python())
            .arg(fixture("http/python_server.py"))
            .args(["mcp", "streamable-http", &port.to_string()])
            .stderr(Stdio::null()), // the server logs every session at INFO
    );
    let url = format!("http://127.0.0.1:{port}/mcp");
    wait_until_answering(&url).await;

    let roxy = roxy_latencies(&url).await;
    let python = python_latencies(&url);

    let (roxy_median, roxy_p99) = (percentile(&roxy, 50.0), percentile(&roxy, 99.0));
    let (python_median, python_p99) = (percentile(&python, 50.0), percentile(&python, 99.0));
    println!("{CALLS} sequential tools/call over Streamable HTTP (Python SDK server on loopback)");
    println!("client        median      p99");
    println!("roxy       {:>9.3?} {:>9.3?}", roxy_median, roxy_p99);
    println!("python sdk {:>9.3?} {:>9.3?}", python_median, python_p99);
    println!(
        "roxy / python sdk: median {:.2}x, p99 {:.2}x (below 1 means Roxy is faster)",
        roxy_median.as_secs_f64() / python_median.as_secs_f64(),
        roxy_p99.as_secs_f64() / python_p99.as_secs_f64()
    );
}

async fn roxy_latencies(url: &str) -> Vec<Duration> {
    // A loopback peer: `external: false`, so the latency is the client's, not the gateway's.
    let config = config(
        "bench",
        &format!("{{ transport: http, url: \"{url}\", external: false }}"),
    );
    let manager = McpManager::new(Arc::new(config));
    manager.start("bench").await.expect("roxy connects");
    let mut latencies = Vec::with_capacity(CALLS);
    for round in 0..WARM_UP + CALLS {
        let started = Instant::now();
        let result = manager
            .call_tool("bench", "add", json!({ "a": 1, "b": 2 }))
            .await;
        assert!(result.success, "tools/call add: {result:?}");
        if round >= WARM_UP {
            latencies.push(started.elapsed());
        }
    }
    manager.shutdown().await;
    latencies
}

fn python_latencies(url: &str) -> Vec<Duration> {
    let output = Command::new(python())
        .arg(root().join("benches/python_client.py"))
        .args([url, &CALLS.to_string()])
        .output()
        .expect("the Python client runs");
    assert!(
        output.status.success(),
        "the Python client failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.trim().parse().ok())
        .map(Duration::from_micros)
        .collect()
}

fn percentile(samples: &[Duration], percent: f64) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let rank = ((percent / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}
