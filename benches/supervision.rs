//! Supervision costs, measured: time from a server's crash to its first successful call after
//! the restart, and start-up of ten `auto_start` servers in parallel vs one after another.
//! Prints numbers; asserts nothing.

#[path = "common.rs"]
mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use roxy::mcp::{ManagerEvent, McpManager};
use serde_json::json;

const SERVERS: usize = 10;

fn fixture_server(mode: &str, extra: &str) -> String {
    let script = root().join("tests/fixtures/misbehaving_server.py");
    format!(
        "{{ transport: stdio, command: \"{}\", args: [\"{}\", {mode}]{extra} }}",
        python(),
        script.display()
    )
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        crash_to_recovery().await;
        parallel_vs_sequential_start().await;
    });
}

async fn crash_to_recovery() {
    let rounds = 5;
    let (_dir, config) = config_dir(&format!(
        "servers:\n  flaky: {}\n",
        fixture_server(
            "exit-after, \"1\"",
            ", restart: { max_retries: 100, initial_backoff: 100ms, max_backoff: 100ms }"
        )
    ));
    let manager = McpManager::new(Arc::new(config));
    let mut events = manager.subscribe();
    let mut samples = Vec::new();
    for _ in 0..rounds {
        manager.call_tool("flaky", "echo", json!({})).await; // answers, then the server exits
        loop {
            if let Ok(ManagerEvent::Crashed { .. }) = events.recv().await {
                break;
            }
        }
        let crashed = Instant::now();
        let result = manager.call_tool("flaky", "echo", json!({})).await;
        samples.push(millis(crashed.elapsed()));
        assert!(result.success, "{:?}", result.error);
    }
    manager.shutdown().await;
    let (median, _) = median_p99(&mut samples);
    println!(
        "crash -> first successful call after restart ({rounds} rounds, backoff 100 ms, Python stdio server)"
    );
    println!("  median {median:.0} ms  (of which 100 ms is the configured backoff)");
}

async fn start_all(parallel: bool, startup_delay: &str) -> Duration {
    let extra = format!(", env: {{ FIXTURE_STARTUP_DELAY: \"{startup_delay}\" }}");
    let servers: String = (0..SERVERS)
        .map(|i| format!("  s{i}: {}\n", fixture_server("healthy", &extra)))
        .collect();
    let names: Vec<String> = (0..SERVERS).map(|i| format!("s{i}")).collect();
    let (_dir, config) = config_dir(&format!(
        "servers:\n{servers}startup: {{ auto_start: [{}] }}\n",
        names.join(", ")
    ));
    let manager = McpManager::new(Arc::new(config));
    let started = Instant::now();
    if parallel {
        let results = manager.start_auto_start().await;
        assert!(results.iter().all(|(_, r)| r.is_ok()));
    } else {
        for name in &names {
            manager.start(name).await.expect("start");
        }
    }
    let elapsed = started.elapsed();
    manager.shutdown().await;
    elapsed
}

async fn parallel_vs_sequential_start() {
    start_all(true, "0").await; // warm-up: byte-compile and cache the interpreter
    for (label, delay) in [
        ("start at once (CPU-bound interpreter start)", "0"),
        ("wait 0.3 s for I/O before serving", "0.3"),
    ] {
        let sequential = start_all(false, delay).await;
        let parallel = start_all(true, delay).await;
        println!(
            "start-up of {SERVERS} Python stdio servers that {label}, on {} cores",
            std::thread::available_parallelism().map_or(1, |n| n.get())
        );
        println!("  parallel (auto_start)  {:.0} ms", millis(parallel));
        println!("  one after another      {:.0} ms", millis(sequential));
        println!(
            "  ratio (sequential / parallel): {:.2}x",
            sequential.as_secs_f64() / parallel.as_secs_f64()
        );
    }
}
