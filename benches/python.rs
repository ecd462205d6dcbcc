//! Embedded Python servers vs the same module over stdio vs a direct Python call (the floor).
//!
//! Prints, never asserts: the median latency of `CALLS` sequential `tools/call`s in-process
//! through pyo3, over stdio through Roxy's client (both through the manager, as Roxy calls), and as `await server.call_tool(...)` inside one
//! Python process (plus the embedded path's Python half alone, to show what the Rust side adds);
//! their ratios; start-up time embedded (cold interpreter and warm) vs stdio; and
//! the memory (RSS) of Roxy running three Python servers embedded vs as three stdio processes.
//! Each RSS figure is measured in a fresh process (this binary re-executed), so one measurement
//! cannot inflate the other.
//!
//! Wall-clock medians swing with the machine's load; every mode also prints its CPU time per call
//! (the whole process: Tokio's threads and the interpreter's), which waiting for a core does not
//! inflate, and the embedded/floor and concurrent/sequential ratios of those.
//!
//! Roxy is called from a task on the runtime, as `roxy` runs its commands
//! (`roxy::runtime::run_on_worker`).
//!
//! Run: `cargo bench --bench python` (needs `.venv` from scripts/setup.sh).

#[path = "common.rs"]
mod common;

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::root;
use roxy::config::Config;
use roxy::mcp::McpManager;
use serde_json::json;

const CALLS: usize = 1000;
/// The module and tool every mode calls.
const FIXTURE: &str = "tests/fixtures/python/mcp2_server.py";
const TOOL: &str = "shout";
/// The three servers of the memory comparison.
const THREE_SERVERS: [&str; 3] = [
    "tests/fixtures/python/mcp2_server.py",
    "tests/fixtures/python/fastmcp_server.py",
    "python_servers/roxy_system.py",
];
const MEASURE_EMBEDDED_RSS: &str = "--measure-embedded-rss";
const MEASURE_STDIO_RSS: &str = "--measure-stdio-rss";

/// A config in a temporary project whose servers are `servers` (name, YAML flow mapping).
fn config(dir: &Path, servers: &[(String, String)]) -> Config {
    let config_dir = dir.join("config");
    std::fs::create_dir_all(&config_dir).expect("config dir");
    let mut yaml = String::from("servers:\n");
    for (name, server) in servers {
        yaml.push_str(&format!("  {name}: {server}\n"));
    }
    std::fs::write(config_dir.join("mcp_servers.yaml"), yaml).expect("write");
    let roxy = format!(
        "data_dir: \"{}\"\npython: {{ venv: \"{}\" }}\n",
        dir.join("data").display(),
        root().join(".venv").display()
    );
    std::fs::write(config_dir.join("roxy.yaml"), roxy).expect("write");
    Config::load_dir(&config_dir).unwrap_or_else(|e| panic!("config:\n{e}"))
}

fn embedded(file: &str) -> String {
    format!(
        "{{ transport: python, path: \"{}\" }}",
        root().join(file).display()
    )
}

fn stdio(file: &str) -> String {
    format!(
        "{{ transport: stdio, command: \"{}\", args: [\"{}\"] }}",
        common::python(),
        root().join(file).display()
    )
}

async fn start(manager: &McpManager, name: &str) {
    manager
        .start(name)
        .await
        .unwrap_or_else(|e| panic!("{name}: {e}"));
}

/// Latency and cost of a batch of calls: the median (sequential calls only), and the CPU time
/// of the whole process per call.
#[derive(Clone, Copy, Default)]
struct Measured {
    median: Duration,
    cpu_per_call: Duration,
}

/// Median latency of `CALLS` sequential calls of `TOOL` on `server`, and CPU per call.
async fn median_call(manager: &McpManager, server: &str) -> Measured {
    let mut samples = Vec::with_capacity(CALLS);
    let cpu = common::process_usage().cpu();
    for _ in 0..CALLS {
        let started = Instant::now();
        let result = manager
            .call_tool(server, TOOL, json!({"text": "bench"}))
            .await;
        samples.push(started.elapsed());
        assert!(result.success, "{result:?}");
        assert_eq!(result.text(), "BENCH");
    }
    Measured {
        cpu_per_call: (common::process_usage().cpu() - cpu) / CALLS as u32,
        median: median(samples),
    }
}

/// Wall time of `CALLS` concurrent calls of `TOOL` on `server` (each made by its own task),
/// divided by `CALLS` (as `median`), and CPU per call.
async fn concurrent_per_call(manager: &McpManager, server: &str) -> Measured {
    let cpu = common::process_usage().cpu();
    let started = Instant::now();
    let results =
        common::concurrent_calls(manager, server, TOOL, &json!({"text": "bench"}), CALLS).await;
    let elapsed = started.elapsed();
    assert!(results.iter().all(|r| r.success && r.text() == "BENCH"));
    Measured {
        median: elapsed / CALLS as u32,
        cpu_per_call: (common::process_usage().cpu() - cpu) / CALLS as u32,
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// The floor: the median of `CALLS` direct `await server.call_tool(...)` in one Python process.
fn median_direct_python() -> Measured {
    median_in_python(
        Driver::Async,
        &format!(
            r#"
spec = importlib.util.spec_from_file_location("fixture", {fixture:?})
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
async def call_once(i):
    await module.server.call_tool({TOOL:?}, {{"text": "bench"}})
"#,
            fixture = root().join(FIXTURE).display().to_string(),
        ),
    )
}

/// The Python half of the embedded path alone: what the embedded path runs in Python for a
/// call (`Connection.feed_inline`: Roxy's bridge answering on the calling thread with the
/// event loop idle), fed JSON lines built beforehand, inside one Python process (no Rust, no
/// threads). The embedded median minus this is what the Rust side costs.
fn median_bridge_in_python() -> Measured {
    median_in_python(
        Driver::Sync,
        &format!(
            r#"
sys.path.insert(0, {bridge_dir:?})
import bridge
server = bridge.load_server("fixture", {fixture:?}, None, "fixture", None, "/tmp", {{}})
answers = []
connection = bridge.Connection(server, answers.append)
event_loop = asyncio.new_event_loop()
def request(i, method, params):
    return json.dumps({{"jsonrpc": "2.0", "id": i, "method": method, "params": params}})
serving = []
async def handshake():
    serving.append(asyncio.ensure_future(connection.serve()))
    connection.feed(request(0, "initialize", {{"protocolVersion": "2025-06-18", "capabilities": {{}},
        "clientInfo": {{"name": "bench", "version": "1"}}}}))
    while not answers:
        await asyncio.sleep(0)
    connection.feed(json.dumps({{"jsonrpc": "2.0", "method": "notifications/initialized"}}))
    # Lets the SDK's session finish with the notification before calls start.
    for _ in range(100):
        await asyncio.sleep(0)
lines = [request(i + 1, "tools/call", {{"name": {TOOL:?}, "arguments": {{"text": "bench"}}}}) for i in range({CALLS})]
def setup():
    event_loop.run_until_complete(handshake())
    answers.clear()
def call_once(i):
    if not isinstance(connection.feed_inline(lines[i], event_loop), str):
        raise SystemExit("the call was not answered in place")
# The connection ends before the process: a task left pending crashes CPython 3.11's collector
# at exit.
def teardown():
    connection.close()
    event_loop.run_until_complete(asyncio.wait_for(serving[0], 30))
"#,
            bridge_dir = root()
                .join("src/mcp/transport/python")
                .display()
                .to_string(),
            fixture = root().join(FIXTURE).display().to_string(),
        ),
    )
}

/// How [`median_in_python`] runs `call_once`.
enum Driver {
    /// `async def`s, awaited inside `asyncio.run`.
    Async,
    /// Plain functions, called with no event loop running (the body runs its own).
    Sync,
}

/// Runs `body` (defining `call_once(i)` and optionally `setup()` and `teardown()`, all `async
/// def` or plain as `driver` says) in the venv's Python and returns the median of `CALLS` timed
/// `call_once`s and the CPU per call.
fn median_in_python(driver: Driver, body: &str) -> Measured {
    let (define, wait, run) = match driver {
        Driver::Async => ("async def", "await ", "asyncio.run(main())"),
        Driver::Sync => ("def", "", "main()"),
    };
    let script = format!(
        r#"
import asyncio, importlib.util, json, statistics, sys, time
{body}
{define} main():
    if "setup" in globals():
        {wait}setup()
    samples = []
    cpu = time.process_time_ns()
    for i in range({CALLS}):
        started = time.perf_counter_ns()
        {wait}call_once(i)
        samples.append(time.perf_counter_ns() - started)
    cpu = time.process_time_ns() - cpu
    print(int(statistics.median(samples)), cpu // {CALLS})
    if "teardown" in globals():
        {wait}teardown()
{run}
"#
    );
    let output = Command::new(common::python())
        .args(["-c", &script])
        .output()
        .expect("run python");
    let text = String::from_utf8_lossy(&output.stdout);
    let nanos: Vec<u64> = text
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    match nanos[..] {
        [median, cpu_per_call] => Measured {
            median: Duration::from_nanos(median),
            cpu_per_call: Duration::from_nanos(cpu_per_call),
        },
        _ => panic!(
            "python printed {text:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

/// Resident set size of process `pid` (`self` for this one), from /proc.
fn rss_kib(pid: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|value| value.split_whitespace().next())
        .and_then(|kib| kib.parse().ok())
        .unwrap_or(0)
}

/// In a fresh process: starts the three servers in `mode` and prints Roxy's RSS plus the RSS of
/// any server processes, in KiB.
async fn measure_rss(mode: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let servers: Vec<(String, String)> = THREE_SERVERS
        .iter()
        .enumerate()
        .map(|(index, file)| {
            let entry = if mode == MEASURE_EMBEDDED_RSS {
                embedded(file)
            } else {
                stdio(file)
            };
            (format!("server{index}"), entry)
        })
        .collect();
    let manager = McpManager::new(Arc::new(config(dir.path(), &servers)));
    for (name, _) in &servers {
        start(&manager, name).await;
        manager.call_tool(name, TOOL, json!({"text": "warm"})).await;
    }
    let children: u64 = manager
        .status()
        .iter()
        .filter_map(|server| server.pid)
        .map(|pid| rss_kib(&pid.to_string()))
        .sum();
    println!("{} {children}", rss_kib("self"));
    manager.shutdown().await;
}

/// Runs this binary again with `flag` and reads back (Roxy's RSS, servers' RSS) in KiB.
fn rss_in_fresh_process(flag: &str) -> (u64, u64) {
    let exe = std::env::current_exe().expect("current exe");
    let output = Command::new(exe).arg(flag).output().expect("re-run bench");
    let text = String::from_utf8_lossy(&output.stdout);
    let mut numbers = text
        .split_whitespace()
        .filter_map(|n| n.parse::<u64>().ok());
    match (numbers.next(), numbers.next()) {
        (Some(roxy), Some(servers)) => (roxy, servers),
        _ => panic!(
            "{flag} printed {text:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}

async fn bench() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = config(
        dir.path(),
        &[
            ("embedded".into(), embedded(FIXTURE)),
            ("embedded_again".into(), embedded(FIXTURE)),
            ("stdio".into(), stdio(FIXTURE)),
        ],
    );

    let manager = McpManager::new(Arc::new(config));

    let started = Instant::now();
    start(&manager, "embedded").await;
    let embedded_cold_start = started.elapsed();
    let started = Instant::now();
    start(&manager, "embedded_again").await;
    let embedded_warm_start = started.elapsed();
    let _ = manager.stop("embedded_again").await;
    let started = Instant::now();
    start(&manager, "stdio").await;
    let stdio_start = started.elapsed();

    let rounds: usize = std::env::var("ROXY_BENCH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    median_call(&manager, "embedded").await; // warm-up
    println!(
        "embedded vs direct `await server.call_tool` (floor), {CALLS} calls of `{TOOL}` per round, {rounds} interleaved rounds"
    );
    println!(
        "  round  embedded median  floor median  ratio  | CPU per call: embedded  floor  ratio  | {CALLS} concurrent embedded per call: wall  vs seq. median  CPU  vs seq. CPU"
    );
    let mut ratios = Vec::new();
    let mut cpu_ratios = Vec::new();
    let mut concurrent_ratios = Vec::new();
    let mut concurrent_cpu_ratios = Vec::new();
    let (mut embedded, mut direct) = (Measured::default(), Measured::default());
    for round in 1..=rounds {
        if round % 2 == 1 {
            direct = median_direct_python();
            embedded = median_call(&manager, "embedded").await;
        } else {
            embedded = median_call(&manager, "embedded").await;
            direct = median_direct_python();
        }
        let concurrent = concurrent_per_call(&manager, "embedded").await;
        let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
        let wall = ratio(embedded.median, direct.median);
        let cpu = ratio(embedded.cpu_per_call, direct.cpu_per_call);
        let concurrent_wall = ratio(concurrent.median, embedded.median);
        let concurrent_cpu = ratio(concurrent.cpu_per_call, embedded.cpu_per_call);
        ratios.push(wall);
        cpu_ratios.push(cpu);
        concurrent_ratios.push(concurrent_wall);
        concurrent_cpu_ratios.push(concurrent_cpu);
        println!(
            "  {round:>5}  {:>12.1} µs  {:>9.1} µs  {wall:>4.2}x  | {:>12.1} µs  {:>6.1} µs  {cpu:>4.2}x  | {:>10.1} µs  {concurrent_wall:>4.2}x  {:>7.1} µs  {concurrent_cpu:>4.2}x",
            micros(embedded.median),
            micros(direct.median),
            micros(embedded.cpu_per_call),
            micros(direct.cpu_per_call),
            micros(concurrent.median),
            micros(concurrent.cpu_per_call),
        );
    }
    let middle = |mut values: Vec<f64>| {
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    println!(
        "  median over rounds: embedded / floor {:.2}x wall, {:.2}x CPU; concurrent per call / sequential {:.2}x wall (vs the median), {:.2}x CPU",
        middle(ratios),
        middle(cpu_ratios),
        middle(concurrent_ratios),
        middle(concurrent_cpu_ratios)
    );
    let (embedded_median, direct_median) = (embedded.median, direct.median);
    let stdio_median = median_call(&manager, "stdio").await.median;
    let bridge = median_bridge_in_python();
    manager.shutdown().await;

    println!(
        "python servers, last round: {CALLS} sequential calls of `{TOOL}` ({FIXTURE}), median latency"
    );
    println!(
        "  direct await server.call_tool (floor) {:>9.1} µs",
        micros(direct_median)
    );
    println!(
        "  the bridge in place, Python alone     {:>9.1} µs ({:.1} µs CPU per call)",
        micros(bridge.median),
        micros(bridge.cpu_per_call)
    );
    println!(
        "  embedded through pyo3                 {:>9.1} µs",
        micros(embedded_median)
    );
    println!(
        "  stdio through Roxy's client           {:>9.1} µs",
        micros(stdio_median)
    );
    println!(
        "  ratios: embedded/floor {:.2}x, stdio/floor {:.2}x, stdio/embedded {:.2}x",
        embedded_median.as_secs_f64() / direct_median.as_secs_f64(),
        stdio_median.as_secs_f64() / direct_median.as_secs_f64(),
        stdio_median.as_secs_f64() / embedded_median.as_secs_f64()
    );
    println!("start-up to an initialized session");
    println!(
        "  embedded, first server (interpreter + SDK import) {:>8.1} ms",
        embedded_cold_start.as_secs_f64() * 1e3
    );
    println!(
        "  embedded, another server (warm interpreter)       {:>8.1} ms",
        embedded_warm_start.as_secs_f64() * 1e3
    );
    println!(
        "  stdio (new python process)                        {:>8.1} ms",
        stdio_start.as_secs_f64() * 1e3
    );

    let (embedded_roxy, _) = rss_in_fresh_process(MEASURE_EMBEDDED_RSS);
    let (stdio_roxy, stdio_children) = rss_in_fresh_process(MEASURE_STDIO_RSS);
    let mib = |kib: u64| kib as f64 / 1024.0;
    println!(
        "memory (RSS) with three python servers ({})",
        THREE_SERVERS.join(", ")
    );
    println!("  embedded: Roxy {:.1} MiB", mib(embedded_roxy));
    println!(
        "  stdio:    Roxy {:.1} MiB + 3 processes {:.1} MiB = {:.1} MiB",
        mib(stdio_roxy),
        mib(stdio_children),
        mib(stdio_roxy + stdio_children)
    );
    println!(
        "  stdio/embedded {:.2}x",
        (stdio_roxy + stdio_children) as f64 / embedded_roxy as f64
    );
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    roxy::runtime::run_on_worker(async move {
        if mode == MEASURE_EMBEDDED_RSS || mode == MEASURE_STDIO_RSS {
            measure_rss(&mode).await;
        } else {
            bench().await;
        }
    })
    .expect("tokio runtime");
}
