//! Roxy's MCP client vs the official Python SDK client (`mcp` ClientSession), both talking
//! to the same stdio server (the official TypeScript "everything" server's `echo` tool) in one
//! run: median and p99 of sequential `tools/call`, and throughput of concurrent calls on one
//! connection. Prints numbers and ratios; asserts nothing.

#[path = "common.rs"]
mod common;

use std::sync::Arc;
use std::time::Instant;

use common::*;
use roxy::mcp::McpManager;
use serde_json::json;

const CALLS: usize = 1000;

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = peer_bin("mcp-server-everything");
    let (_dir, config) = config_dir(&format!(
        "servers:\n  everything: {{ transport: stdio, command: \"{server}\" }}\n"
    ));

    let (roxy_latencies, roxy_concurrent) = runtime.block_on(async {
        let manager = McpManager::new(Arc::new(config));
        manager.start("everything").await.expect("server starts");
        for _ in 0..20 {
            manager
                .call_tool("everything", "echo", json!({ "message": "warm" }))
                .await;
        }
        let mut latencies = Vec::with_capacity(CALLS);
        for i in 0..CALLS {
            let started = Instant::now();
            let result = manager
                .call_tool("everything", "echo", json!({ "message": format!("m{i}") }))
                .await;
            latencies.push(millis(started.elapsed()));
            assert!(result.success, "{:?}", result.error);
        }
        let started = Instant::now();
        let calls = (0..CALLS).map(|i| {
            manager.call_tool("everything", "echo", json!({ "message": format!("c{i}") }))
        });
        let results = futures::future::join_all(calls).await;
        let concurrent = started.elapsed().as_secs_f64();
        assert!(results.iter().all(|r| r.success));
        manager.shutdown().await;
        (latencies, concurrent)
    });

    let output = std::process::Command::new(python())
        .arg(root().join("benches/python_stdio_client.py"))
        .arg(CALLS.to_string())
        .arg(&server)
        .output()
        .expect("run the Python SDK client");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let peer: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("JSON from the Python client");
    let mut python_latencies: Vec<f64> = peer["latencies_ms"]
        .as_array()
        .expect("latencies")
        .iter()
        .filter_map(|v| v.as_f64())
        .collect();
    let python_concurrent = peer["concurrent_seconds"]
        .as_f64()
        .expect("concurrent time");

    let mut roxy_latencies = roxy_latencies;
    let (roxy_median, roxy_p99) = median_p99(&mut roxy_latencies);
    let (python_median, python_p99) = median_p99(&mut python_latencies);
    println!("stdio tools/call against server-everything `echo`, {CALLS} sequential calls");
    println!("  roxy       median {roxy_median:.3} ms   p99 {roxy_p99:.3} ms");
    println!("  python sdk median {python_median:.3} ms   p99 {python_p99:.3} ms");
    println!(
        "  ratio (python / roxy): median {:.2}x   p99 {:.2}x",
        python_median / roxy_median,
        python_p99 / roxy_p99
    );
    println!("{CALLS} concurrent calls on one connection");
    println!("  roxy       {:.0} calls/s", CALLS as f64 / roxy_concurrent);
    println!(
        "  python sdk {:.0} calls/s",
        CALLS as f64 / python_concurrent
    );
    println!(
        "  ratio (roxy / python): {:.2}x",
        python_concurrent / roxy_concurrent
    );
}
