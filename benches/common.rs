//! Shared by the benchmarks: statistics and a line of output with a ratio against a peer; paths
//! and the temporary config come from the integration tests' helpers (tests/common).
#![allow(dead_code)] // each benchmark uses a different subset

use std::sync::Arc;
use std::time::Duration;

use roxy::mcp::{McpManager, ToolCallResult};

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
pub fn process_usage() -> Usage {
    // SAFETY: getrusage fills the struct it is given.
    let usage = unsafe {
        let mut usage = std::mem::zeroed::<libc::rusage>();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    Usage {
        user: time(usage.ru_utime),
        system: time(usage.ru_stime),
        switches: usage.ru_nvcsw + usage.ru_nivcsw,
    }
}

/// CPU time of the whole process (every thread) and its context switches so far.
#[derive(Clone, Copy)]
pub struct Usage {
    pub user: Duration,
    pub system: Duration,
    pub switches: i64,
}

impl Usage {
    /// User and system time together.
    pub fn cpu(&self) -> Duration {
        self.user + self.system
    }
}

/// One line: CPU time (user + system) and context switches per call between two
/// [`process_usage`] readings.
pub fn usage_per_call(before: Usage, after: Usage, calls: usize) -> String {
    let calls = calls.max(1) as f64;
    let per_call = |t: Duration| t.as_secs_f64() * 1e6 / calls;
    let (user, system) = (
        per_call(after.user - before.user),
        per_call(after.system - before.system),
    );
    format!(
        "{:.1} µs CPU ({user:.1} user + {system:.1} system) and {:.2} context switches per call in this process",
        per_call(after.cpu() - before.cpu()),
        (after.switches - before.switches) as f64 / calls
    )
}

/// `count` calls of `tool` on `server` at once, each made by its own task, as concurrent callers
/// of one connection make them; the results in the order the calls were started.
///
/// Not `join_all` over the calls in one task: there every call's waits (its answer channel, its
/// timer) draw on that one task's Tokio budget, which runs out after 128 of them per poll; every
/// call polled after that is told to yield and wakes itself, and `FuturesUnordered` polls it
/// again. Measured (session 33, stdio, server-everything, 20,000 calls): 26-29 µs of this
/// process's CPU per call that way against 9 µs with a task per call, 631-652 ms against 400-403
/// ms wall: the cost was the harness's, not the client's.
pub async fn concurrent_calls(
    manager: &McpManager,
    server: &str,
    tool: &str,
    arguments: &serde_json::Value,
    count: usize,
) -> Vec<ToolCallResult> {
    let (server, tool): (Arc<str>, Arc<str>) = (server.into(), tool.into());
    let tasks: Vec<_> = (0..count)
        .map(|_| {
            let (manager, arguments) = (manager.clone(), arguments.clone());
            let (server, tool) = (Arc::clone(&server), Arc::clone(&tool));
            tokio::spawn(async move { manager.call_tool(&server, &tool, arguments).await })
        })
        .collect();
    let mut results = Vec::with_capacity(count);
    for task in tasks {
        results.push(task.await.expect("a bench call's task panicked"));
    }
    results
}
