//! Misbehaving stdio servers (real small programs in tests/fixtures/misbehaving_server.py):
//! each gets a clear error and leaves the rest working.

mod common;

use std::time::{Duration, Instant};

use common::*;
use roxy::mcp::ServerState;
use serde_json::json;

#[tokio::test]
async fn exit_during_handshake_reports_code_and_stderr() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  bad: {}\n  good: {}\nstartup: {{ auto_start: [bad, good] }}\n",
        misbehaving("exit-during-handshake", ""),
        misbehaving("healthy", "")
    ));
    let manager = manager(config);
    let results = manager.start_auto_start().await;
    let bad = results
        .iter()
        .find(|(n, _)| n == "bad")
        .unwrap()
        .1
        .as_ref()
        .unwrap_err()
        .to_string();
    assert!(bad.contains("exited with code 3"), "{bad}");
    assert!(
        bad.contains("cannot read my configuration file"),
        "stderr tail missing: {bad}"
    );
    // The server's terminal escapes are shown as escapes, never sent to a terminal raw.
    assert!(
        !bad.contains(['\x1b', '\x07']) && bad.contains("\\u{1b}[2Jfixture: screen cleared"),
        "{bad:?}"
    );
    assert!(
        results.iter().find(|(n, _)| n == "good").unwrap().1.is_ok(),
        "one failing server must not stop the others"
    );
    let status = manager.status();
    assert_eq!(
        status.iter().find(|s| s.name == "bad").unwrap().state,
        ServerState::Failed
    );
    assert!(
        manager
            .call_tool("good", "echo", json!({ "text": "still here" }))
            .await
            .success
    );
    let again = manager.call_tool("bad", "echo", json!({})).await;
    assert!(
        again.text().contains("until `roxy servers restart bad`"),
        "{}",
        again.text()
    );
    manager.shutdown().await;
}

/// A server whose environment variable is unset cannot be helped by a restart (it reads the same
/// environment): a call says to set it and start Roxy again.
#[tokio::test]
async fn an_unset_variable_says_to_start_roxy_again_not_to_restart_the_server() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  token: {}\n",
        misbehaving(
            "healthy",
            ", env: { TOKEN: \"${env:ROXY_TEST_UNSET_TOKEN_VARIABLE}\" }"
        )
    ));
    let manager = manager(config);
    for _ in 0..2 {
        let call = manager.call_tool("token", "echo", json!({})).await;
        let said = call.text();
        assert!(
            !call.success && said.contains("ROXY_TEST_UNSET_TOKEN_VARIABLE"),
            "{said}"
        );
        assert!(!said.contains("roxy servers restart"), "{said}");
    }
    let second = manager.call_tool("token", "echo", json!({})).await;
    assert!(
        second.text().contains("start Roxy again"),
        "{}",
        second.text()
    );
    manager.shutdown().await;
}

#[tokio::test]
async fn death_mid_call_fails_the_call_at_once_with_exit_code() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  dying: {}\n",
        misbehaving(
            "die-mid-call",
            ", request_timeout: 60s, restart: { max_retries: 0 }"
        )
    ));
    let manager = manager(config);
    let started = Instant::now();
    let result = manager.call_tool("dying", "echo", json!({})).await;
    assert!(!result.success);
    let error = result.error.unwrap();
    assert!(error.contains("exited with code 7"), "{error}");
    assert!(error.contains("dying in the middle of a call"), "{error}");
    // The call failed because the process exited, not because the 60 s timeout ran out.
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "took {:?}",
        started.elapsed()
    );
    manager.shutdown().await;
}

#[tokio::test]
async fn garbage_on_stdout_is_skipped() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  noisy: {}\n",
        misbehaving("garbage-stdout", "")
    ));
    let manager = manager(config);
    for n in 0..3 {
        let result = manager
            .call_tool("noisy", "echo", json!({ "text": format!("call {n}") }))
            .await;
        assert!(result.success, "{result:?}");
        assert_eq!(result.text(), format!("call {n}"));
    }
    manager.shutdown().await;
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_and_is_told_to_cancel() {
    let log = tempfile::NamedTempFile::new().unwrap();
    let (_dir, config) = config_dir(&format!(
        "servers:\n  mute: {}\n",
        misbehaving(
            "never-answers",
            &format!(
                ", request_timeout: 300ms, env: {{ FIXTURE_LOG: \"{}\" }}",
                log.path().display()
            )
        )
    ));
    let manager = manager(config);
    let result = manager.call_tool("mute", "echo", json!({})).await;
    let error = result.error.unwrap();
    assert!(
        error.contains("did not answer `tools/call` within 300ms"),
        "{error}"
    );
    assert!(
        error.contains("servers.mute.request_timeout"),
        "the error must name the setting: {error}"
    );
    // The cancellation reaches the server: wait for its log line (bounded).
    let cancelled = log_once_it_holds(log.path(), "cancelled").await;
    assert!(
        cancelled.contains("\"requestId\""),
        "no notifications/cancelled reached the server: {cancelled:?}"
    );
    // The session still works after a timeout.
    assert!(manager.ping("mute", Duration::from_secs(5)).await.is_ok());
    manager.shutdown().await;
}

#[tokio::test]
async fn a_ten_megabyte_result_arrives_whole() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  big: {}\n",
        misbehaving("huge-result", "")
    ));
    let manager = manager(config);
    let result = manager.call_tool("big", "echo", json!({})).await;
    assert!(result.success, "{:?}", result.error);
    assert_eq!(result.text().len(), 10 * 1024 * 1024);
    manager.shutdown().await;
}

/// A request larger than the pipe cannot be written at once: what does not fit waits for the
/// server to read, and the calls sent meanwhile queue behind it, so every line arrives whole
/// and each call gets its own answer.
#[tokio::test]
async fn a_request_larger_than_the_pipe_and_the_calls_behind_it_arrive_whole() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  echo: {}\n",
        misbehaving("healthy", "")
    ));
    let manager = manager(config);
    manager.start("echo").await.expect("echo starts");
    let big = "y".repeat(4 * 1024 * 1024);
    let mut calls = vec![manager.call_tool("echo", "echo", json!({ "text": big.clone() }))];
    calls.extend(
        (0..50).map(|i| manager.call_tool("echo", "echo", json!({ "text": format!("small {i}") }))),
    );
    let results = futures::future::join_all(calls).await;
    manager.shutdown().await;
    assert!(
        results.iter().all(|r| r.success),
        "{:?}",
        results.iter().find(|r| !r.success)
    );
    assert_eq!(results[0].text(), big);
    for (i, result) in results[1..].iter().enumerate() {
        assert_eq!(result.text(), format!("small {i}"));
    }
}

/// A result nested deeper than the JSON parser goes is well-formed text: the call fails at once
/// with what was wrong, instead of the line being skipped and the call waiting for its timeout.
#[tokio::test]
async fn a_result_nested_too_deep_fails_its_call_at_once_and_the_session_survives() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  deep: {}\n",
        misbehaving("deep-result", ", request_timeout: 60s")
    ));
    let manager = manager(config);
    // A skipped line would end in the 60 s timeout's error, which names neither.
    let result = manager.call_tool("deep", "echo", json!({})).await;
    let error = result.error.unwrap_or_default();
    assert!(
        error.contains("malformed `tools/call` result") && error.contains("recursion limit"),
        "{error}"
    );
    assert!(manager.ping("deep", Duration::from_secs(5)).await.is_ok());
    manager.shutdown().await;
}

#[tokio::test]
async fn a_result_over_the_size_limit_is_rejected_clearly_and_the_session_survives() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  big: {}\n",
        misbehaving("huge-result", ", max_message_size: 1MiB")
    ));
    let manager = manager(config);
    let result = manager.call_tool("big", "echo", json!({})).await;
    let error = result.error.unwrap_or_default();
    assert!(
        error.contains("exceeds the limit of 1048576 bytes")
            && error.contains("servers.big.max_message_size"),
        "{error}"
    );
    assert!(
        manager.ping("big", Duration::from_secs(5)).await.is_ok(),
        "the stream must stay in step after an oversized line"
    );
    manager.shutdown().await;
}

#[tokio::test]
async fn unsupported_server_requests_get_method_not_found_and_ping_and_roots_answers() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  asker: {}\nroots: [/tmp]\n",
        misbehaving("server-request", "")
    ));
    let manager = manager(config);
    let result = manager.call_tool("asker", "echo", json!({})).await;
    assert!(result.success, "{result:?}");
    let answers = result.structured_content.unwrap();
    assert_eq!(
        answers["sampling/createMessage"]["code"], -32601,
        "{answers}"
    );
    assert_eq!(answers["ping"], json!({}));
    assert_eq!(answers["roots/list"]["roots"][0]["uri"], "file:///tmp/");
    manager.shutdown().await;
}

#[tokio::test]
async fn pagination_is_followed_and_unsupported_versions_are_refused() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  paged: {}\n  old: {}\n",
        misbehaving("paginated", ""),
        misbehaving("bad-version", "")
    ));
    let manager = manager(config);
    let tools = manager.server_tools("paged").await.unwrap();
    assert_eq!(tools.len(), 25);
    let error = manager.start("old").await.unwrap_err().to_string();
    assert!(
        error.contains("1999-01-01") && error.contains("2025-11-25"),
        "{error}"
    );
    manager.shutdown().await;
}

#[tokio::test]
async fn unknown_servers_and_tools_get_suggestions_and_disabled_tools_are_enforced() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  fixture: {}\n",
        misbehaving("healthy", ", disabled_tools: [slow]")
    ));
    let manager = manager(config);
    let error = manager
        .call_tool("fixtur", "echo", json!({}))
        .await
        .error
        .unwrap();
    assert!(error.contains("did you mean `fixture`"), "{error}");
    let error = manager
        .call_tool("fixture", "ecko", json!({}))
        .await
        .error
        .unwrap();
    assert!(error.contains("did you mean `echo`"), "{error}");
    let error = manager
        .call_tool("fixture", "slow", json!({}))
        .await
        .error
        .unwrap();
    assert!(error.contains("servers.fixture.disabled_tools"), "{error}");
    let names: Vec<String> = manager
        .server_tools("fixture")
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.tool.name)
        .collect();
    assert_eq!(names, ["echo"]);
    manager.shutdown().await;
}

#[tokio::test]
async fn a_missing_command_is_a_clear_start_error() {
    let (_dir, config) =
        config_dir("servers:\n  ghost: { transport: stdio, command: roxy-no-such-program }\n");
    let manager = manager(config);
    let error = manager.start("ghost").await.unwrap_err().to_string();
    assert!(
        error.contains("cannot run `roxy-no-such-program`") && error.contains("PATH"),
        "{error}"
    );
}

/// A missing working directory is named as what is missing, not the command (which is on
/// PATH); a missing path to a program says to check the path.
#[tokio::test]
async fn a_missing_working_directory_or_program_path_is_named() {
    let (_dir, config) = config_dir(
        "servers:\n  \
         lost: { transport: stdio, command: sh, cwd: /roxy-no-such-dir/here }\n  \
         pathless: { transport: stdio, command: /roxy-no-such-dir/server }\n",
    );
    let manager = manager(config);
    let error = manager.start("lost").await.unwrap_err().to_string();
    assert!(
        error.contains("working directory /roxy-no-such-dir/here does not exist")
            && !error.contains("PATH"),
        "{error}"
    );
    let error = manager.start("pathless").await.unwrap_err().to_string();
    assert!(
        error.contains("no such file: check the path") && !error.contains("PATH"),
        "{error}"
    );
}

/// A server whose exec fails is gone before its keeper starts waiting: the keeper must still
/// see it go (a lost SIGCHLD once left `roxy` waiting forever, 1 run in 6 under load). Many
/// real `roxy tools` runs at once make the race likely; each must exit.
#[test]
fn a_missing_command_never_wedges_roxy() {
    let (dir, _config) = config_dir(
        "servers:\n  ghost: { transport: stdio, command: roxy-no-such-program }\nstartup: { auto_start: [ghost] }\n",
    );
    let mut runs: Vec<std::process::Child> = (0..24)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_roxy"))
                .arg("--config")
                .arg(dir.path().join("config"))
                .arg("tools")
                .env("ROXY_DATA_DIR", dir.path().join("data"))
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("roxy starts")
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut wedged = 0;
    for run in &mut runs {
        loop {
            if run.try_wait().expect("wait for roxy").is_some() {
                break;
            }
            if Instant::now() > deadline {
                wedged += 1;
                let _ = run.kill();
                let _ = run.wait();
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    assert_eq!(wedged, 0, "{wedged} of 24 `roxy tools` runs never exited");
}

#[tokio::test]
async fn invalid_utf8_on_stderr_does_not_break_the_server() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  mojibake: {}\n",
        misbehaving("bad-utf8-stderr", ", restart: { max_retries: 0 }")
    ));
    let manager = manager(config);
    // Every call writes invalid UTF-8 to stderr first: if Roxy stopped reading stderr after the
    // first one, the server's next write would fail and kill it.
    for n in 0..3 {
        let result = manager
            .call_tool("mojibake", "echo", json!({ "text": format!("call {n}") }))
            .await;
        assert!(result.success, "call {n}: {:?}", result.error);
        assert_eq!(result.text(), format!("call {n}"));
    }
    manager.shutdown().await;
}

#[tokio::test]
async fn a_64_mib_stderr_line_is_cut_and_the_server_keeps_working() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  chatty: {}\n",
        misbehaving("long-stderr-line", ", restart: { max_retries: 0 }")
    ));
    let manager = manager(config);
    let result = manager
        .call_tool("chatty", "echo", json!({ "text": "after the long line" }))
        .await;
    assert!(result.success, "{:?}", result.error);
    assert_eq!(result.text(), "after the long line");
    // The second call makes the server exit: the error quotes the stderr tail, in which the
    // long line is kept cut (its start and its length), not whole.
    let error = manager
        .call_tool("chatty", "echo", json!({}))
        .await
        .error
        .unwrap_or_default();
    assert!(error.contains("exited with code 7"), "{error}");
    assert!(error.contains("dying after the long line"), "{error}");
    assert!(error.contains("a long line starts here xxx"), "{error}");
    assert!(
        error.contains(&format!("cut from {} bytes", 64 * 1024 * 1024 + 33)),
        "the tail must say the line was cut: {error}"
    );
    assert!(
        error.len() < 4096,
        "the tail is not capped: {} bytes",
        error.len()
    );
    manager.shutdown().await;
}

#[tokio::test]
async fn a_batch_from_the_server_is_routed_element_by_element() {
    let log = tempfile::NamedTempFile::new().unwrap();
    let (_dir, config) = config_dir(&format!(
        "servers:\n  batcher: {}\n",
        misbehaving(
            "batched-answer",
            &format!(
                ", request_timeout: 10s, env: {{ FIXTURE_VERSION: \"2025-03-26\", FIXTURE_LOG: \"{}\" }}",
                log.path().display()
            )
        )
    ));
    let manager = manager(config);
    let result = manager
        .call_tool("batcher", "echo", json!({ "text": "from a batch" }))
        .await;
    assert!(result.success, "{:?}", result.error);
    assert_eq!(result.text(), "from a batch");
    // The `ping` request in the same batch was answered: wait for the server's log (bounded).
    let answers = log_once_it_holds(log.path(), "\"id\": 900").await;
    assert!(
        answers.contains("\"id\": 900") && answers.contains("\"result\": {}"),
        "the ping in the batch was not answered: {answers:?}"
    );
    manager.shutdown().await;
}

#[tokio::test]
async fn a_jsonrpc_1_0_answer_does_not_complete_the_request() {
    let (_dir, config) = config_dir(&format!(
        "servers:\n  old_rpc: {}\n",
        misbehaving("jsonrpc-1-answer", "")
    ));
    let manager = manager(config);
    let result = manager.call_tool("old_rpc", "echo", json!({})).await;
    assert!(result.success, "{:?}", result.error);
    assert_eq!(
        result.text(),
        "right",
        "the \"jsonrpc\": \"1.0\" answer was taken"
    );
    manager.shutdown().await;
}

/// The log a fixture server writes, once it holds `needle` (read every 20 ms, for at most 10 s:
/// the server is a Python process on a loaded machine); what it held by then otherwise.
async fn log_once_it_holds(path: &std::path::Path, needle: &str) -> String {
    let mut log = String::new();
    for _ in 0..500 {
        log = std::fs::read_to_string(path).unwrap_or_default();
        if log.contains(needle) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    log
}
