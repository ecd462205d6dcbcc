//! Latency of sequential `tools/call` over Streamable HTTP on loopback: Roxy's client against
//! the floor (benches/http_floor.py: the standard library's `http.client`, one keep-alive
//! connection, no SDK, speaking the protocol version Roxy negotiates) and the official Python SDK client (benches/python_client.py), against
//! two real servers: the official TypeScript "everything" server (`echo`) and a Python SDK 2.x
//! server (tests/fixtures/http/python_server.py, `add`).
//!
//! Roxy and the floor run in interleaved rounds (`ROXY_BENCH_ROUNDS`, default 3; the order
//! alternates), 1,000 calls each; ratios are Roxy / floor per round. Prints, asserts nothing.
//!
//! Roxy is called from a task on the runtime, as `roxy` runs its commands
//! (`roxy::runtime::run_on_worker`).
//!
//! Run: `cargo bench --bench http` (needs `.venv` and tests/peers from scripts/setup.sh).
//! For a profiler, `ROXY_BENCH_CLIENT=roxy` (or `floor`) with `ROXY_BENCH_URL` set to a running
//! server's `/mcp` runs that one client alone, `ROXY_BENCH_CALLS` (default 1,000) sequential
//! `echo` calls, and starts no server: `strace -f -c` then counts the client's syscalls alone.

#[path = "common.rs"]
mod common;

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::http::{Peer, wait_until_answering};
use common::{config, fixture, free_port, peer_bin, process_usage, python, root, usage_per_call};
use roxy::mcp::McpManager;
use roxy::mcp::protocol::LATEST_PROTOCOL_VERSION;

const CALLS: usize = 1000;
const WARM_UP: usize = 20;

struct Target {
    label: &'static str,
    tool: &'static str,
    arguments: &'static str,
}

fn main() {
    roxy::runtime::run_on_worker(bench()).expect("the runtime starts");
}

async fn bench() {
    if let (Ok(client), Ok(url)) = (
        std::env::var("ROXY_BENCH_CLIENT"),
        std::env::var("ROXY_BENCH_URL"),
    ) {
        return profile_one(&client, &url).await;
    }
    let rounds: usize = std::env::var("ROXY_BENCH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    println!(
        "{CALLS} sequential tools/call over Streamable HTTP on loopback, {rounds} interleaved rounds"
    );

    let port = free_port();
    let everything = Peer::spawn(
        Command::new("node")
            .arg(peer_bin("mcp-server-everything"))
            .arg("streamableHttp")
            .env("PORT", port.to_string())
            .stderr(Stdio::null()),
    );
    let target = Target {
        label: "TypeScript server-everything `echo`",
        tool: "echo",
        arguments: r#"{"message":"bench"}"#,
    };
    bench_target(&format!("http://127.0.0.1:{port}/mcp"), &target, rounds).await;
    drop(everything);

    let port = free_port();
    let python_server = Peer::spawn(
        Command::new(python())
            .arg(fixture("http/python_server.py"))
            .args(["mcp", "streamable-http", &port.to_string()])
            .stderr(Stdio::null()), // the server logs every session at INFO
    );
    let target = Target {
        label: "Python SDK 2.x MCPServer `add`",
        tool: "add",
        arguments: r#"{"a":1,"b":2}"#,
    };
    bench_target(&format!("http://127.0.0.1:{port}/mcp"), &target, rounds).await;
    drop(python_server);
}

/// One client alone against `url` (server-everything's `echo`), for a profiler.
async fn profile_one(client: &str, url: &str) {
    let calls: usize = std::env::var("ROXY_BENCH_CALLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(CALLS);
    let target = Target {
        label: "server-everything `echo`",
        tool: "echo",
        arguments: r#"{"message":"bench"}"#,
    };
    let latencies = if client == "floor" {
        run_python(
            "benches/http_floor.py",
            url,
            &target,
            calls,
            &[LATEST_PROTOCOL_VERSION],
        )
    } else {
        let config = config(
            "bench",
            &format!("{{ transport: http, url: \"{url}\", external: false }}"),
        );
        let manager = McpManager::new(Arc::new(config));
        manager.start("bench").await.expect("roxy connects");
        let arguments: serde_json::Value =
            serde_json::from_str(target.arguments).expect("arguments");
        let before = process_usage();
        let latencies = roxy_latencies(&manager, target.tool, &arguments, calls).await;
        println!("{}", usage_per_call(before, process_usage(), calls));
        manager.shutdown().await;
        latencies
    };
    if !latencies.is_empty() {
        println!(
            "{client} alone against {}: median {:.1} µs, p99 {:.1} µs over {calls} calls",
            target.label,
            micros(percentile(&latencies, 50.0)),
            micros(percentile(&latencies, 99.0))
        );
    }
}

async fn bench_target(url: &str, target: &Target, rounds: usize) {
    wait_until_answering(url).await;
    // A loopback peer: `external: false`, so the latency is the client's, not the gateway's.
    let config = config(
        "bench",
        &format!("{{ transport: http, url: \"{url}\", external: false }}"),
    );
    let manager = McpManager::new(Arc::new(config));
    manager.start("bench").await.expect("roxy connects");
    let arguments: serde_json::Value = serde_json::from_str(target.arguments).expect("arguments");
    roxy_latencies(&manager, target.tool, &arguments, WARM_UP).await;

    println!("{}", target.label);
    println!("  round  roxy median  floor median  ratio   roxy p99  floor p99");
    let mut ratios = Vec::new();
    for round in 1..=rounds {
        let (roxy, floor) = if round % 2 == 1 {
            let floor = run_python(
                "benches/http_floor.py",
                url,
                target,
                CALLS,
                &[LATEST_PROTOCOL_VERSION],
            );
            (
                roxy_latencies(&manager, target.tool, &arguments, CALLS).await,
                floor,
            )
        } else {
            let roxy = roxy_latencies(&manager, target.tool, &arguments, CALLS).await;
            (
                roxy,
                run_python(
                    "benches/http_floor.py",
                    url,
                    target,
                    CALLS,
                    &[LATEST_PROTOCOL_VERSION],
                ),
            )
        };
        let (roxy_median, floor_median) = (percentile(&roxy, 50.0), percentile(&floor, 50.0));
        let ratio = roxy_median.as_secs_f64() / floor_median.as_secs_f64();
        ratios.push(ratio);
        println!(
            "  {round:>5}  {:>8.1} µs  {:>9.1} µs  {ratio:>4.2}x  {:>6.1} µs {:>7.1} µs",
            micros(roxy_median),
            micros(floor_median),
            micros(percentile(&roxy, 99.0)),
            micros(percentile(&floor, 99.0)),
        );
    }
    manager.shutdown().await;
    ratios.sort_by(f64::total_cmp);
    println!(
        "  roxy / floor, median over rounds: {:.2}x",
        ratios[ratios.len() / 2]
    );
    let sdk = run_python("benches/python_client.py", url, target, CALLS, &[]);
    println!(
        "  Python SDK client (mcp.Client), one round: median {:.1} µs, p99 {:.1} µs",
        micros(percentile(&sdk, 50.0)),
        micros(percentile(&sdk, 99.0))
    );
}

async fn roxy_latencies(
    manager: &McpManager,
    tool: &str,
    arguments: &serde_json::Value,
    count: usize,
) -> Vec<Duration> {
    let mut latencies = Vec::with_capacity(count);
    for _ in 0..count {
        let started = Instant::now();
        let result = manager.call_tool("bench", tool, arguments.clone()).await;
        latencies.push(started.elapsed());
        assert!(result.success, "tools/call {tool}: {result:?}");
    }
    latencies
}

/// Runs a Python client script (`URL COUNT TOOL ARGUMENTS` and `extra`) and reads its
/// latencies (µs).
fn run_python(
    script: &str,
    url: &str,
    target: &Target,
    calls: usize,
    extra: &[&str],
) -> Vec<Duration> {
    let output = Command::new(python())
        .arg(root().join(script))
        .args([url, &calls.to_string(), target.tool, target.arguments])
        .args(extra)
        .output()
        .expect("the Python client runs");
    assert!(
        output.status.success(),
        "{script} failed: {}",
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

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}
