//! Supervision with real processes: crash restart with backoff, giving up after max_retries,
//! health checks of hung servers, config hot reload, and no orphans even when Roxy is SIGKILLed.

mod common;

use std::time::Duration;

use common::*;
use roxy::mcp::{ManagerEvent, ServerState};
use serde_json::json;

const FAST_RESTART: &str = "restart: { max_retries: 3, initial_backoff: 20ms, max_backoff: 2s }";

#[tokio::test]
async fn a_crashed_server_is_restarted_and_the_next_call_succeeds() {
    roxy::telemetry::metrics_handle();
    let (_dir, config) = config_dir(&format!(
        "servers:\n  flaky: {}\n",
        misbehaving("exit-after", &format!(", {FAST_RESTART}"))
            .replace("exit-after]", "exit-after, \"2\"]")
    ));
    let manager = manager(config);
    let mut events = manager.subscribe();
    assert!(
        manager
            .call_tool("flaky", "echo", json!({ "text": "1" }))
            .await
            .success
    );
    let first_pid = manager.status()[0].pid.unwrap();
    assert!(
        manager
            .call_tool("flaky", "echo", json!({ "text": "2" }))
            .await
            .success,
        "the call answered before the exit succeeds"
    );
    let crashed = wait_for_event(&mut events, Duration::from_secs(10), |e| {
        matches!(e, ManagerEvent::Crashed { .. })
    })
    .await;
    assert!(
        matches!(&crashed, ManagerEvent::Crashed { reason, .. } if reason.contains("exited with code 9")),
        "{crashed:?}"
    );
    wait_for_event(&mut events, Duration::from_secs(10), |e| {
        matches!(e, ManagerEvent::Restarting { attempt: 1, .. })
    })
    .await;
    // A call arriving during the restart waits for it.
    let third = manager
        .call_tool("flaky", "echo", json!({ "text": "3" }))
        .await;
    assert!(third.success, "{third:?}");
    let status = &manager.status()[0];
    assert_eq!((status.state, status.restarts), (ServerState::Running, 1));
    assert_ne!(status.pid, Some(first_pid));
    assert_group_gone(first_pid).await;
    let metrics = roxy::telemetry::render_metrics();
    assert!(
        metrics.contains("roxy_server_restarts_total{server=\"flaky\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("roxy_tool_calls_total{server=\"flaky\",tool=\"echo\",outcome=\"ok\"} 3"),
        "{metrics}"
    );
    manager.shutdown().await;
}

#[tokio::test]
async fn a_server_that_always_crashes_fails_after_max_retries_with_growing_delays() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  doomed: {}\nstartup: {{ auto_start: [doomed] }}\n",
        misbehaving("crash-after-handshake", &format!(", {FAST_RESTART}"))
    ));
    let manager = manager(config);
    let mut events = manager.subscribe();
    manager.start_auto_start().await;
    let mut delays = Vec::new();
    let failed = loop {
        match wait_for_event(&mut events, Duration::from_secs(20), |e| {
            matches!(
                e,
                ManagerEvent::Restarting { .. } | ManagerEvent::Failed { .. }
            )
        })
        .await
        {
            ManagerEvent::Restarting { attempt, delay, .. } => {
                assert_eq!(attempt as usize, delays.len() + 1);
                delays.push(delay);
            }
            failed => break failed,
        }
    };
    assert_eq!(delays.len(), 3, "max_retries is 3: {delays:?}");
    assert!(
        delays.windows(2).all(|w| w[1] >= w[0]),
        "backoff must grow: {delays:?}"
    );
    assert!(delays[0] >= Duration::from_millis(20), "{delays:?}");
    let ManagerEvent::Failed { reason, .. } = failed else {
        unreachable!()
    };
    assert!(
        reason.contains("gave up after 3 restarts")
            && reason.contains("crashing right after the handshake"),
        "{reason}"
    );
    assert_eq!(manager.status()[0].state, ServerState::Failed);
    let error = manager
        .call_tool("doomed", "echo", json!({}))
        .await
        .error
        .unwrap();
    assert!(error.contains("roxy servers restart doomed"), "{error}");
    // An explicit restart tries again.
    let _ = manager.restart("doomed").await;
    wait_for_event(&mut events, Duration::from_secs(10), |e| {
        matches!(
            e,
            ManagerEvent::Started { .. } | ManagerEvent::Crashed { .. }
        )
    })
    .await;
    manager.shutdown().await;
}

/// `restart` of a failed server reports how the new run went: `Ok` once it runs again (it
/// reported the old failure at once, as the restart went on behind it), and the old failure is
/// no longer its last error.
#[tokio::test]
async fn restarting_a_failed_server_reports_the_new_run() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  flaky: {}\n",
        misbehaving("exit-after", ", restart: { max_retries: 0 }")
            .replace("exit-after]", "exit-after, \"2\"]")
    ));
    let manager = manager(config);
    let mut events = manager.subscribe();
    for text in ["1", "2"] {
        let call = manager
            .call_tool("flaky", "echo", json!({ "text": text }))
            .await;
        assert!(call.success, "{call:?}");
    }
    wait_for_event(&mut events, Duration::from_secs(10), |e| {
        matches!(e, ManagerEvent::Failed { .. })
    })
    .await;
    assert_eq!(manager.status()[0].state, ServerState::Failed);
    assert!(manager.status()[0].last_error.is_some());
    manager
        .restart("flaky")
        .await
        .expect("the restarted server runs");
    let status = &manager.status()[0];
    assert_eq!(status.state, ServerState::Running);
    // The failure of the run before is not shown beside `running`.
    assert_eq!(status.last_error, None);
    manager.shutdown().await;
}

/// The ping waits the shorter of `health_interval` and `request_timeout`: 200 ms here, while
/// the start-up's `tools/list` has 10 s (a loaded machine can take longer than 300 ms).
#[tokio::test]
async fn a_hung_server_is_restarted_by_the_health_check() {
    roxy::telemetry::metrics_handle();
    let (_dir, config) = config_dir(&format!(
        "servers:\n  sleepy: {}\nstartup: {{ auto_start: [sleepy] }}\n",
        misbehaving(
            "hang-after",
            &format!(", health_interval: 200ms, request_timeout: 10s, {FAST_RESTART}")
        )
        .replace("hang-after]", "hang-after, \"1\"]")
    ));
    let manager = manager(config);
    let mut events = manager.subscribe();
    manager.start_auto_start().await;
    let hung_pid = manager.status()[0].pid.unwrap();
    let crashed = wait_for_event(&mut events, Duration::from_secs(10), |e| {
        matches!(e, ManagerEvent::Crashed { .. })
    })
    .await;
    assert!(
        matches!(&crashed, ManagerEvent::Crashed { reason, .. } if reason.contains("health-check ping")),
        "{crashed:?}"
    );
    wait_for_event(&mut events, Duration::from_secs(10), |e| {
        matches!(e, ManagerEvent::Started { .. })
    })
    .await;
    assert_group_gone(hung_pid).await;
    assert!(
        roxy::telemetry::render_metrics()
            .contains("roxy_health_check_failures_total{server=\"sleepy\"}")
    );
    manager.shutdown().await;
}

/// A server that stops answering pings while a call is in flight (the fixture's `slow` tool
/// blocks it) is restarted by the health check, and the call learns that this is why, with the
/// setting to change: `health_interval`, not `request_timeout`.
#[tokio::test]
async fn a_call_in_flight_learns_the_health_check_restarted_its_server() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  sleepy: {}\n",
        misbehaving(
            "healthy",
            &format!(", health_interval: 300ms, request_timeout: 60s, {FAST_RESTART}")
        )
    ));
    let manager = manager(config);
    let mut events = manager.subscribe();
    let call = tokio::spawn({
        let manager = manager.clone();
        async move {
            manager
                .call_tool("sleepy", "slow", json!({ "seconds": 30 }))
                .await
        }
    });
    let answer = tokio::time::timeout(Duration::from_secs(20), call)
        .await
        .expect("the call in flight ends when its server is restarted")
        .expect("the call task");
    // Once a call is told the server is being restarted, its state says so too: it said
    // `running` while the hung process was being stopped, and calls then failed at once.
    assert_ne!(manager.status()[0].state, ServerState::Running);
    let next = manager
        .call_tool("sleepy", "echo", json!({ "text": "after" }))
        .await;
    assert!(
        next.success,
        "a call during the restart waits for it: {next:?}"
    );

    let crashed = wait_for_event(&mut events, Duration::from_secs(20), |e| {
        matches!(e, ManagerEvent::Crashed { .. })
    })
    .await;
    let ManagerEvent::Crashed { reason, .. } = &crashed else {
        unreachable!("waited for Crashed")
    };
    assert!(
        reason.contains("health-check ping within 300ms"),
        "{reason}"
    );
    assert!(
        reason.contains("servers.sleepy.health_interval"),
        "{reason}"
    );
    assert!(!reason.contains("request_timeout"), "{reason}");
    assert!(!answer.success, "{answer:?}");
    let text = answer.text();
    assert!(
        text.contains("restarting it") && text.contains("health-check ping within 300ms"),
        "{text}"
    );
    assert!(text.contains("servers.sleepy.health_interval"), "{text}");
    assert!(!text.contains("exited with code"), "{text}");
    assert!(!text.contains("request_timeout"), "{text}");
    manager.shutdown().await;
}

#[tokio::test]
async fn config_hot_reload_adds_removes_changes_and_survives_a_broken_edit() {
    let server = |extra: &str| misbehaving("healthy", extra);
    let (dir, config) = config_dir(&format!(
        "servers:\n  keep: {}\n  change: {}\n  remove: {}\nstartup: {{ auto_start: [keep, change, remove] }}\n",
        server(""),
        server(""),
        server("")
    ));
    let manager = manager(config);
    manager.start_auto_start().await;
    let pid_of = |name: &str| {
        manager
            .status()
            .into_iter()
            .find(|s| s.name == name)
            .and_then(|s| s.pid)
    };
    let (keep_pid, change_pid, remove_pid) = (
        pid_of("keep").unwrap(),
        pid_of("change").unwrap(),
        pid_of("remove").unwrap(),
    );
    let _watch = manager.watch_config().expect("watch");
    let mut events = manager.subscribe();
    let file = dir.path().join("config/mcp_servers.yaml");

    std::fs::write(
        &file,
        format!(
            "servers:\n  keep: {}\n  change: {}\n  add: {}\nstartup: {{ auto_start: [keep, change, add] }}\n",
            server(""),
            server(", description: changed"),
            server("")
        ),
    )
    .unwrap();
    let reloaded = wait_for_event(&mut events, Duration::from_secs(10), |e| {
        matches!(e, ManagerEvent::ConfigReloaded { .. })
    })
    .await;
    assert_eq!(
        reloaded,
        ManagerEvent::ConfigReloaded {
            added: vec!["add".into()],
            removed: vec!["remove".into()],
            changed: vec!["change".into()]
        }
    );
    assert!(
        manager
            .call_tool("add", "echo", json!({ "text": "new" }))
            .await
            .success
    );
    assert!(manager.call_tool("change", "echo", json!({})).await.success);
    assert_eq!(
        pid_of("keep"),
        Some(keep_pid),
        "an untouched server keeps its process and session"
    );
    assert_ne!(pid_of("change"), Some(change_pid));
    assert!(manager.status().iter().all(|s| s.name != "remove"));
    assert_group_gone(remove_pid).await;
    assert_group_gone(change_pid).await;

    std::fs::write(&file, "servers:\n  keep: { transport: stdio, comand: x }\n").unwrap();
    let failed = wait_for_event(&mut events, Duration::from_secs(10), |e| {
        matches!(e, ManagerEvent::ConfigReloadFailed { .. })
    })
    .await;
    let ManagerEvent::ConfigReloadFailed { errors } = failed else {
        unreachable!()
    };
    assert!(
        errors.contains("mcp_servers.yaml:2:") && errors.contains("did you mean `command`"),
        "{errors}"
    );
    assert_eq!(
        pid_of("keep"),
        Some(keep_pid),
        "a broken edit keeps the running config"
    );
    assert!(manager.call_tool("keep", "echo", json!({})).await.success);
    manager.shutdown().await;
}

/// Runs the real `roxy` binary, kills it with SIGKILL, and checks that no process of the
/// servers it started (npx -> node grandchildren and a Python SDK server) remains.
#[test]
fn sigkill_of_roxy_takes_every_server_process_down() {
    let peers = root().join("tests/peers");
    let (_dir, config) = config_dir(&format!(
        "servers:\n  npx_everything: {{ transport: stdio, command: npx, args: [--no, mcp-server-everything], cwd: \"{}\" }}\n  python: {{ transport: stdio, command: \"{}\", args: [\"{}\"] }}\nstartup: {{ auto_start: [npx_everything, python] }}\n",
        peers.display(),
        python(),
        fixture("python_sdk_server.py")
    ));
    let roxy::config::ConfigSource::Dir(config_path) = &config.source else {
        unreachable!()
    };
    let (mut roxy, pids) = watch_until_started(config_path, 2);
    let npx_tree: Vec<String> = std::process::Command::new("pgrep")
        .args([
            "-g",
            &pids
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(","),
        ])
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    assert!(
        npx_tree.len() >= 3,
        "expected npx, its node child and python in the groups: {npx_tree:?}"
    );

    roxy.kill().unwrap(); // SIGKILL
    roxy.wait().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    for pid in pids {
        runtime.block_on(assert_group_gone(pid));
    }
}

/// A server whose grandchild calls `setsid` (leaving the process group, as browser-driving
/// servers do): the grandchild dies with the real `roxy` process, whichever signal ends it.
fn setsid_grandchild_dies_with_roxy(signal: i32) {
    let log = tempfile::NamedTempFile::new().unwrap();
    let (_dir, config) = config_dir(&format!(
        "servers:\n  browser: {}\nstartup: {{ auto_start: [browser] }}\n",
        setsid_fixture("healthy", log.path())
    ));
    let roxy::config::ConfigSource::Dir(config_path) = &config.source else {
        unreachable!()
    };
    let (mut roxy, _) = watch_until_started(config_path, 1);
    let grandchild = wait_for_grandchild(log.path());
    // SAFETY: plain kill(2) on the child this test spawned.
    assert_eq!(unsafe { libc::kill(roxy.id() as i32, signal) }, 0);
    roxy.wait().unwrap();
    assert_process_gone(grandchild);
}

#[test]
fn a_setsid_grandchild_does_not_outlive_a_sigterm_of_roxy() {
    setsid_grandchild_dies_with_roxy(libc::SIGTERM);
}

#[test]
fn a_setsid_grandchild_does_not_outlive_a_sigkill_of_roxy() {
    setsid_grandchild_dies_with_roxy(libc::SIGKILL);
}

#[tokio::test]
async fn a_setsid_grandchild_does_not_outlive_shutdown() {
    let log = tempfile::NamedTempFile::new().unwrap();
    let (_dir, config) = config_dir(&format!(
        "servers:\n  browser: {}\n",
        setsid_fixture("healthy", log.path())
    ));
    let manager = manager(config);
    manager.start("browser").await.unwrap();
    let grandchild = wait_for_grandchild(log.path());
    manager.shutdown().await;
    assert_process_gone(grandchild);
}

#[tokio::test]
async fn a_setsid_grandchild_does_not_outlive_its_server() {
    let log = tempfile::NamedTempFile::new().unwrap();
    let (_dir, config) = config_dir(&format!(
        "servers:\n  browser: {}\n",
        setsid_fixture("exit-after", log.path()).replace("exit-after]", "exit-after, \"1\"]")
    ));
    let manager = manager(config);
    let mut events = manager.subscribe();
    manager.start("browser").await.unwrap();
    let grandchild = wait_for_grandchild(log.path());
    // The server exits 9 after this call; Roxy must report that exit, and the grandchild goes.
    assert!(
        manager
            .call_tool("browser", "echo", json!({}))
            .await
            .success
    );
    let crashed = wait_for_event(&mut events, Duration::from_secs(10), |e| {
        matches!(e, ManagerEvent::Crashed { .. })
    })
    .await;
    assert!(
        matches!(&crashed, ManagerEvent::Crashed { reason, .. } if reason.contains("exited with code 9")),
        "{crashed:?}"
    );
    assert_process_gone(grandchild);
    manager.shutdown().await;
}

fn setsid_fixture(mode: &str, log: &std::path::Path) -> String {
    misbehaving(
        mode,
        &format!(
            ", restart: {{ max_retries: 0 }}, env: {{ FIXTURE_SETSID_GRANDCHILD: \"{}\" }}",
            log.display()
        ),
    )
}

/// Waits (at most 30 s) for the fixture's grandchild to write its pid after `setsid`.
fn wait_for_grandchild(log: &std::path::Path) -> u32 {
    for _ in 0..600 {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if let Some(pid) = text
            .lines()
            .find_map(|l| l.strip_prefix("grandchild "))
            .and_then(|p| p.trim().parse().ok())
        {
            return pid;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the fixture's grandchild did not start within 30 s");
}

/// Whether `pid` runs (a zombie counts as gone: it is dead, waiting for a parent to reap it).
fn process_running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        let state = stat.rsplit_once(')').map(|(_, rest)| rest.trim_start());
        !matches!(state.and_then(|s| s.chars().next()), Some('Z' | 'X') | None)
    })
}

/// Asserts that `pid` ends within 5 s (polling); kills it otherwise, so a failure leaves nothing.
fn assert_process_gone(pid: u32) {
    for _ in 0..100 {
        if !process_running(pid) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // SAFETY: plain kill(2) on the fixture's leftover grandchild.
    unsafe { libc::kill(pid as i32, libc::SIGKILL) };
    panic!("the setsid grandchild {pid} is still running 5 s after its server or Roxy stopped");
}

/// `metrics.listen` serves the running Roxy's metrics, and `roxy metrics` reads them from there.
#[test]
fn a_running_roxy_serves_its_metrics_and_roxy_metrics_reads_them() {
    let port = free_port();
    let (_dir, config) = config_dir(&format!(
        "servers:\n  fixture: {}\nstartup: {{ auto_start: [fixture] }}\n",
        misbehaving("healthy", "")
    ));
    let roxy::config::ConfigSource::Dir(config_path) = &config.source else {
        unreachable!()
    };
    // A data directory of its own: `roxy metrics` finds the running Roxy through the control
    // socket there, which the other tests' Roxy processes must not hold.
    std::fs::write(
        config_path.join("roxy.yaml"),
        format!(
            "metrics: {{ listen: \"127.0.0.1:{port}\" }}\ndata_dir: {:?}\n",
            config_path.join("data")
        ),
    )
    .unwrap();
    let (mut roxy, _) = watch_until_started(config_path, 1);
    let scraped = {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port))
            .expect("the metrics endpoint listens");
        stream
            .write_all(b"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    };
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args(["--config", &config_path.display().to_string(), "metrics"])
        .output()
        .unwrap();
    let _ = roxy.kill();
    let _ = roxy.wait();
    assert!(
        scraped.starts_with("HTTP/1.1 200")
            && scraped.contains("roxy_server_up{server=\"fixture\"} 1"),
        "{scraped}"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("showing this process's metrics"),
        "roxy metrics fell back to its own process: {stderr}"
    );
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("roxy_server_up{server=\"fixture\"} 1")
    );
}

/// Runs `roxy servers --watch --json` on a config dir and waits, at most 60 s, until `count`
/// servers report `started`; returns the running process and the servers' pids.
fn watch_until_started(
    config_dir: &std::path::Path,
    count: usize,
) -> (std::process::Child, Vec<u32>) {
    let mut roxy = std::process::Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args([
            "--config",
            &config_dir.display().to_string(),
            "servers",
            "--watch",
            "--json",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = roxy.stdout.take().unwrap();
    let lines_rx = lines_of(stdout);
    let mut pids = Vec::new();
    while pids.len() < count {
        let line = lines_rx
            .recv_timeout(Duration::from_secs(60))
            .expect("the servers start within 60 s");
        let event: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_ne!(event["event"], "failed", "{line}");
        if event["event"] == "started" {
            pids.push(event["pid"].as_u64().unwrap() as u32);
        }
    }
    (roxy, pids)
}

/// A server's start event counts the tools its `enabled_tools` leave, as `/servers` and
/// `roxy tools` do: "started (2 tools)" was every tool the server listed.
#[tokio::test]
async fn the_start_event_counts_the_tools_enabled_tools_leave() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  picky: {}\n",
        misbehaving("\"healthy\"", ", enabled_tools: [echo]")
    ));
    let manager = manager(config);
    let mut events = manager.subscribe();
    manager.start("picky").await.expect("picky starts");
    let started = wait_for_event(&mut events, Duration::from_secs(30), |e| {
        matches!(e, ManagerEvent::Started { .. })
    })
    .await;
    let listed = manager.list_tools(false).await.len();
    assert_eq!(listed, 1, "enabled_tools leaves echo alone");
    assert!(
        matches!(started, ManagerEvent::Started { tools, .. } if tools == listed),
        "{started:?}"
    );
    manager.shutdown().await;
}
