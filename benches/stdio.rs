//! Roxy's stdio client against the floor (benches/floor.rs: a blocking loop that writes one
//! JSON-RPC line and reads the reply) and the official Python SDK client (`mcp` ClientSession),
//! in one run, against two real servers: the official TypeScript "everything" server (`echo`)
//! and a Python SDK 2.x `MCPServer` (tests/fixtures/python/mcp2_server.py, `shout`).
//!
//! Roxy and the floor run in interleaved rounds (`ROXY_BENCH_ROUNDS`, default 3; the order
//! alternates between rounds), each round 1,000 sequential calls (median, p99) and 1,000
//! concurrent calls on one connection (wall time; Roxy's each made by its own task, see
//! `common::concurrent_calls`; the floor writes them all, then reads). Roxy is called from a task on the runtime, as
//! `roxy` runs its commands (`roxy::runtime::run_on_worker`). Ratios are Roxy / floor per round,
//! so a busy machine slows both sides of a ratio alike. Prints numbers and ratios; asserts
//! nothing.
//!
//! Run: `cargo bench --bench stdio` (needs `.venv` and tests/peers from scripts/setup.sh).
//! `ROXY_BENCH_CLIENT=roxy` (or `floor`) runs only that client, one server (`ROXY_BENCH_SERVER=ts`
//! or `python`) and no Python SDK client: for `strace -c -f` and `valgrind --tool=callgrind`,
//! which then count one client's syscalls and instructions alone.

#[path = "common.rs"]
mod common;
#[path = "floor.rs"]
mod floor;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use floor::StdioFloor;
use roxy::mcp::McpManager;

const CALLS: usize = 1000;

fn profile_calls() -> usize {
    std::env::var("ROXY_BENCH_CALLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(CALLS)
}
const WARM_UP: usize = 50;

/// One server both clients call.
struct Target {
    label: &'static str,
    command: String,
    args: Vec<String>,
    tool: &'static str,
    /// The tool's arguments, as JSON text (the floor sends it verbatim).
    arguments: &'static str,
}

fn main() {
    let rounds: usize = std::env::var("ROXY_BENCH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let everything = peer_bin("mcp-server-everything");
    let targets = [
        Target {
            label: "TypeScript server-everything `echo`",
            command: everything.clone(),
            args: vec![],
            tool: "echo",
            arguments: r#"{"message":"bench"}"#,
        },
        Target {
            label: "Python SDK 2.x MCPServer `shout`",
            command: python(),
            args: vec![
                root()
                    .join("tests/fixtures/python/mcp2_server.py")
                    .display()
                    .to_string(),
            ],
            tool: "shout",
            arguments: r#"{"text":"bench"}"#,
        },
    ];
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let only = std::env::var("ROXY_BENCH_CLIENT").ok();
    if let Some(client) = &only {
        let target = match std::env::var("ROXY_BENCH_SERVER").as_deref() {
            Ok("python") => &targets[1],
            _ => &targets[0],
        };
        return profile_one(&runtime, target, client);
    }
    println!(
        "stdio: {CALLS} sequential and {CALLS} concurrent tools/call per round, {rounds} interleaved rounds"
    );
    for target in &targets {
        bench_target(&runtime, target, rounds);
    }
    python_sdk(&everything);
}

/// One client alone: `ROXY_BENCH_CALLS` (default `CALLS`) sequential and as many concurrent
/// calls, for a profiler; two runs with different counts give the cost of one call.
fn profile_one(runtime: &tokio::runtime::Runtime, target: &Target, client: &str) {
    let arguments: serde_json::Value = serde_json::from_str(target.arguments).expect("arguments");
    let calls = profile_calls();
    let mut usage = Vec::new();
    let (mut samples, concurrent) = if client == "floor" {
        let args: Vec<&str> = target.args.iter().map(String::as_str).collect();
        let mut floor = StdioFloor::spawn(&target.command, &args);
        usage.push(process_usage());
        let samples = floor.sequential(calls, target.tool, target.arguments);
        usage.push(process_usage());
        let concurrent = floor.concurrent(calls, target.tool, target.arguments);
        usage.push(process_usage());
        (samples, concurrent)
    } else {
        let (_dir, manager) = roxy_manager(runtime, target);
        usage.push(process_usage());
        let samples = sequential_in_task(runtime, &manager, target.tool, &arguments, calls);
        usage.push(process_usage());
        let concurrent = concurrent_in_task(runtime, &manager, target.tool, &arguments, calls);
        usage.push(process_usage());
        runtime.block_on(manager.shutdown());
        (samples, concurrent)
    };
    if samples.is_empty() {
        return;
    }
    let (median, p99) = stats(&mut samples);
    println!(
        "{client} alone against {}: median {:.1} µs, p99 {:.1} µs, {calls} concurrent {:.1} ms",
        target.label,
        micros(median),
        micros(p99),
        millis(concurrent)
    );
    println!(
        "  sequential: {}\n  concurrent: {}",
        usage_per_call(usage[0], usage[1], calls),
        usage_per_call(usage[1], usage[2], calls)
    );
}

/// A manager with `target` started as server `bench`, and the temporary project it runs in.
fn roxy_manager(
    runtime: &tokio::runtime::Runtime,
    target: &Target,
) -> (tempfile::TempDir, McpManager) {
    let args: Vec<String> = target.args.iter().map(|a| format!("\"{a}\"")).collect();
    let (dir, config) = config_dir(&format!(
        "servers:\n  bench: {{ transport: stdio, command: \"{}\", args: [{}] }}\n",
        target.command,
        args.join(", ")
    ));
    let manager = {
        let _runtime = runtime.enter(); // the manager spawns its supervisors
        McpManager::new(Arc::new(config))
    };
    runtime
        .block_on(manager.start("bench"))
        .expect("server starts");
    (dir, manager)
}

fn bench_target(runtime: &tokio::runtime::Runtime, target: &Target, rounds: usize) {
    let (_dir, manager) = roxy_manager(runtime, target);
    let arg_refs: Vec<&str> = target.args.iter().map(String::as_str).collect();
    let mut floor = StdioFloor::spawn(&target.command, &arg_refs);
    let arguments: serde_json::Value = serde_json::from_str(target.arguments).expect("arguments");

    floor.sequential(WARM_UP, target.tool, target.arguments);
    sequential_in_task(runtime, &manager, target.tool, &arguments, WARM_UP);

    println!("{}", target.label);
    println!(
        "  round  roxy median   floor median  ratio   roxy p99   floor p99  | roxy {CALLS} conc.  floor {CALLS} conc.  ratio"
    );
    let (mut median_ratios, mut concurrent_ratios) = (Vec::new(), Vec::new());
    for round in 1..=rounds {
        let run_floor = |floor: &mut StdioFloor| {
            let mut samples = floor.sequential(CALLS, target.tool, target.arguments);
            let concurrent = floor.concurrent(CALLS, target.tool, target.arguments);
            (stats(&mut samples), concurrent)
        };
        let run_roxy = || {
            let mut samples = sequential_in_task(runtime, &manager, target.tool, &arguments, CALLS);
            let concurrent = concurrent_in_task(runtime, &manager, target.tool, &arguments, CALLS);
            (stats(&mut samples), concurrent)
        };
        let (roxy, floor_result) = if round % 2 == 1 {
            let f = run_floor(&mut floor);
            (run_roxy(), f)
        } else {
            let r = run_roxy();
            (r, run_floor(&mut floor))
        };
        let ((floor_median, floor_p99), floor_concurrent) = floor_result;
        let ((median, p99), concurrent) = roxy;
        let median_ratio = median.as_secs_f64() / floor_median.as_secs_f64();
        let concurrent_ratio = concurrent.as_secs_f64() / floor_concurrent.as_secs_f64();
        median_ratios.push(median_ratio);
        concurrent_ratios.push(concurrent_ratio);
        println!(
            "  {round:>5}  {:>8.1} µs  {:>10.1} µs  {median_ratio:>4.2}x  {:>7.1} µs {:>8.1} µs  | {:>9.1} ms  {:>14.1} ms  {concurrent_ratio:>4.2}x",
            micros(median),
            micros(floor_median),
            micros(p99),
            micros(floor_p99),
            millis(concurrent),
            millis(floor_concurrent),
        );
    }
    println!(
        "  roxy / floor, median over rounds: sequential median {:.2}x, {CALLS} concurrent {:.2}x",
        middle(&mut median_ratios),
        middle(&mut concurrent_ratios)
    );
    drop(floor);
    runtime.block_on(manager.shutdown());
}

/// `count` sequential calls (one sample each), made by a task on the runtime as `roxy`'s
/// commands are.
fn sequential_in_task(
    runtime: &tokio::runtime::Runtime,
    manager: &McpManager,
    tool: &'static str,
    arguments: &serde_json::Value,
    count: usize,
) -> Vec<Duration> {
    let (manager, arguments) = (manager.clone(), arguments.clone());
    in_task(runtime, async move {
        roxy_sequential(&manager, tool, &arguments, count).await
    })
}

/// `count` concurrent calls (wall time), made by a task on the runtime.
fn concurrent_in_task(
    runtime: &tokio::runtime::Runtime,
    manager: &McpManager,
    tool: &'static str,
    arguments: &serde_json::Value,
    count: usize,
) -> Duration {
    let (manager, arguments) = (manager.clone(), arguments.clone());
    in_task(runtime, async move {
        roxy_concurrent(&manager, tool, &arguments, count).await
    })
}

fn in_task<T: Send + 'static>(
    runtime: &tokio::runtime::Runtime,
    calls: impl std::future::Future<Output = T> + Send + 'static,
) -> T {
    runtime
        .block_on(runtime.spawn(calls))
        .expect("the benchmark task")
}

async fn roxy_sequential(
    manager: &McpManager,
    tool: &str,
    arguments: &serde_json::Value,
    count: usize,
) -> Vec<Duration> {
    let mut samples = Vec::with_capacity(count);
    for _ in 0..count {
        let started = Instant::now();
        let result = manager.call_tool("bench", tool, arguments.clone()).await;
        samples.push(started.elapsed());
        assert!(result.success, "{:?}", result.error);
    }
    samples
}

async fn roxy_concurrent(
    manager: &McpManager,
    tool: &str,
    arguments: &serde_json::Value,
    count: usize,
) -> Duration {
    let started = Instant::now();
    let results = concurrent_calls(manager, "bench", tool, arguments, count).await;
    let elapsed = started.elapsed();
    assert!(results.iter().all(|r| r.success));
    elapsed
}

/// Median and p99.
fn stats(samples: &mut [Duration]) -> (Duration, Duration) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.99))
}

fn middle(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// The official Python SDK client against server-everything, for comparison (one round: it
/// starts its own server and interpreter).
fn python_sdk(server: &str) {
    let output = std::process::Command::new(python())
        .arg(root().join("benches/python_stdio_client.py"))
        .arg(CALLS.to_string())
        .arg(server)
        .output()
        .expect("run the Python SDK client");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let peer: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("JSON from the Python client");
    let mut latencies: Vec<f64> = peer["latencies_ms"]
        .as_array()
        .expect("latencies")
        .iter()
        .filter_map(|v| v.as_f64())
        .collect();
    let concurrent = peer["concurrent_seconds"]
        .as_f64()
        .expect("concurrent time");
    let (median, p99) = median_p99(&mut latencies);
    println!("Python SDK client (mcp ClientSession) against server-everything `echo`, one round");
    println!(
        "  median {:.1} µs   p99 {:.1} µs   {CALLS} concurrent {:.1} ms",
        median * 1000.0,
        p99 * 1000.0,
        concurrent * 1000.0
    );
}
