//! The remote transports against servers that misbehave on purpose: a real small Streamable
//! HTTP server (tests/fixtures/http/faulty_server.py) whose tools fail in one way each, plus a
//! 401 and a port nobody listens on; and a legacy SSE server whose event stream drops
//! (tests/fixtures/http/legacy_sse_server.py).

mod common;

use std::process::Command;
use std::time::Duration;

use common::ManagedServer;
use common::http::{Peer, connect};
use common::{config, fixture, wait_for_event};
use roxy::mcp::{CallOptions, ManagerEvent, McpError};
use roxy::retry::RetryPolicy;
use serde_json::json;

fn faulty_server(args: &[&str]) -> (Peer, String) {
    let (peer, port) = Peer::spawn_reporting_port(
        Command::new("python3")
            .arg(fixture("http/faulty_server.py"))
            .args(args),
    );
    (peer, format!("http://127.0.0.1:{port}/mcp"))
}

async fn call(session: &ManagedServer, tool: &str) -> Result<String, McpError> {
    session
        .call_tool(tool, json!({}), CallOptions::default())
        .await
        .map(|result| result.text())
}

/// The faulty server under a manager; `external: false` keeps the privacy gateway out of
/// what these tests look at (the transport).
async fn session_with(url: &str, extra: &str) -> ManagedServer {
    let config = config(
        "faulty",
        &format!("{{ transport: http, url: \"{url}\", external: false{extra} }}"),
    );
    connect(&config, "faulty")
        .await
        .expect("the faulty server initializes")
}

#[tokio::test]
async fn retries_503_until_the_server_answers() {
    let (_server, url) = faulty_server(&[]);
    let session = session_with(&url, "").await;
    // 503 means the server declined before doing anything, so even a tool with effects is resent.
    assert_eq!(
        call(&session, "flaky").await.expect("answered"),
        "attempt 3"
    );
}

/// A server that keeps answering 429 with `Retry-After` is reported as rate limiting, within
/// the request's timeout: the waits it asked for ran past the timeout, and the error said the
/// server "did not answer" in time and to raise `request_timeout`, which hides the limit.
#[tokio::test]
async fn a_rate_limit_outlasting_the_timeout_is_reported_as_a_rate_limit() {
    let (_server, url) = faulty_server(&[]);
    let session = session_with(&url, ", request_timeout: 3s").await;
    let error = call(&session, "rate_limited")
        .await
        .expect_err("429 every time")
        .to_string();
    assert!(
        error.contains("429") && !error.contains("did not answer"),
        "{error}"
    );
}

#[tokio::test]
async fn a_502_is_resent_only_when_resending_cannot_repeat_a_side_effect() {
    let (_server, url) = faulty_server(&[]);
    let session = session_with(&url, "").await;
    let error = call(&session, "bad_gateway").await.expect_err("502");
    assert!(
        error.to_string().contains("502"),
        "unexpected error: {error}"
    );
    assert_eq!(
        call(&session, "bad_gateway_attempts")
            .await
            .expect("answered"),
        "1"
    );

    // The manager resends a tool its server marks read-only (the same 502 every time).
    let error = call(&session, "bad_gateway_read_only")
        .await
        .expect_err("502 every time");
    assert!(
        error.to_string().contains("502"),
        "unexpected error: {error}"
    );
    let attempts = 1 + 1 + RetryPolicy::default().max_retries;
    assert_eq!(
        call(&session, "bad_gateway_attempts")
            .await
            .expect("answered"),
        attempts.to_string()
    );
}

#[tokio::test]
async fn an_expired_session_is_initialized_again_and_the_call_resent() {
    let (_server, url) = faulty_server(&[]);
    let session = session_with(&url, "").await;
    assert_eq!(
        call(&session, "expire").await.expect("answered"),
        "session 2"
    );
}

#[tokio::test]
async fn a_stream_dropped_before_the_answer_is_resumed_with_last_event_id() {
    let (_server, url) = faulty_server(&[]);
    let session = session_with(&url, "").await;
    assert_eq!(
        call(&session, "drop").await.expect("answered"),
        "resumed after the drop"
    );
}

#[tokio::test]
async fn malformed_events_are_skipped_and_a_stream_without_answer_fails_clearly() {
    let (_server, url) = faulty_server(&[]);
    let session = session_with(&url, "").await;
    assert_eq!(
        call(&session, "malformed").await.expect("answered"),
        "survived the garbage"
    );
    let error = call(&session, "garbage_only").await.expect_err("no answer");
    assert!(
        error.to_string().contains("before answering"),
        "unexpected error: {error}"
    );
}

#[tokio::test]
async fn an_answer_over_max_message_size_is_refused() {
    let (_server, url) = faulty_server(&[]);
    let session = session_with(&url, ", max_message_size: 10MiB").await;
    let error = call(&session, "huge").await.expect_err("too large");
    assert!(
        error
            .to_string()
            .contains("servers.faulty.max_message_size"),
        "unexpected error: {error}"
    );
    assert!(
        call(&session, "bad_gateway_attempts").await.is_ok(),
        "the session survives"
    );
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    let (_server, url) = faulty_server(&[]);
    let session = session_with(&url, ", request_timeout: 3s").await;
    let error = call(&session, "silent").await.expect_err("no answer");
    assert!(
        error.to_string().contains("request_timeout"),
        "unexpected error: {error}"
    );
}

#[tokio::test]
async fn a_401_names_the_header_to_set_and_the_configured_token_works() {
    let (_server, url) = faulty_server(&["--token", "s3cret"]);
    let without = config("faulty", &format!("{{ transport: http, url: \"{url}\" }}"));
    let error = connect(&without, "faulty").await.err().expect("refused");
    let message = error.to_string();
    assert!(
        message.contains("401")
            && message.contains("servers.faulty.headers")
            && message.contains("Authorization"),
        "unexpected error: {message}"
    );

    let wrong = config(
        "faulty",
        &format!(
            "{{ transport: http, url: \"{url}\", headers: {{ Authorization: \"Bearer wrong\" }} }}"
        ),
    );
    let error = connect(&wrong, "faulty").await.err().expect("refused");
    assert!(
        error.to_string().contains("refused the credentials"),
        "unexpected error: {error}"
    );

    let session = session_with(&url, ", headers: { Authorization: \"Bearer s3cret\" }").await;
    assert!(call(&session, "bad_gateway_attempts").await.is_ok());
}

#[tokio::test]
async fn a_refused_connection_at_start_is_a_clear_error() {
    let port = common::free_port();
    for transport in ["http", "sse"] {
        let config = config(
            "gone",
            &format!("{{ transport: {transport}, url: \"http://127.0.0.1:{port}/mcp\" }}"),
        );
        let error = connect(&config, "gone")
            .await
            .err()
            .expect("nothing listens");
        let message = error.to_string();
        assert!(
            message.contains("server `gone`") && message.contains("cannot connect"),
            "{transport}: unexpected error: {message}"
        );
        // The cause in plain words, not the HTTP client's layers.
        assert!(
            message.contains("(Connection refused)")
                && !message.contains("os error")
                && !message.contains("client error"),
            "{transport}: {message}"
        );
    }
}

/// The legacy SSE fixture (tests/fixtures/http/legacy_sse_server.py) and a session on it;
/// `extra` adds server settings (e.g. `, max_message_size: 1MiB`).
async fn legacy_session(extra: &str) -> (Peer, ManagedServer) {
    let (server, port) = Peer::spawn_reporting_port(
        Command::new("python3").arg(fixture("http/legacy_sse_server.py")),
    );
    let config = config(
        "legacy",
        &format!(
            "{{ transport: sse, url: \"http://127.0.0.1:{port}/sse\", external: false{extra} }}"
        ),
    );
    let session = connect(&config, "legacy")
        .await
        .expect("the legacy server initializes");
    (server, session)
}

#[tokio::test]
async fn a_dropped_legacy_event_stream_is_reconnected_and_the_session_initialized_again() {
    let (_server, session) = legacy_session("").await;
    assert_eq!(
        call(&session, "whoami").await.expect("answered"),
        "session 1"
    );

    let error = call(&session, "drop_stream")
        .await
        .expect_err("the answer is lost");
    assert!(
        error.to_string().contains("dropped"),
        "unexpected error: {error}"
    );

    // The next call waits for the new endpoint and the repeated initialize.
    assert_eq!(
        call(&session, "whoami").await.expect("answered"),
        "session 2"
    );
}

#[tokio::test]
async fn an_event_that_never_ends_is_cut_at_the_size_limit_instead_of_buffered() {
    let (_server, session) = legacy_session(", max_message_size: 1MiB, request_timeout: 30s").await;
    // The fixture sends 3 MiB of one event and then holds the stream open: only the limit can
    // end the call before its 30 s timeout.
    let error = call(&session, "endless_event")
        .await
        .expect_err("no answer can arrive");
    assert!(
        !matches!(error, roxy::mcp::McpError::Timeout { .. }),
        "the oversized event was buffered until the timeout: {error}"
    );
}

/// The recording server of tests/fixtures/http/redirect_server.py, and its port.
fn recorder() -> (Peer, u16) {
    Peer::spawn_reporting_port(
        Command::new("python3")
            .arg(fixture("http/redirect_server.py"))
            .arg("record"),
    )
}

/// A server on a port (so an origin) of its own that answers everything with 307 to `target`.
fn redirector(target: &str) -> (Peer, u16) {
    Peer::spawn_reporting_port(
        Command::new("python3")
            .arg(fixture("http/redirect_server.py"))
            .args(["redirect", target]),
    )
}

/// The requests the recorder received.
async fn seen_by(port: u16) -> Vec<serde_json::Value> {
    reqwest::get(format!("http://127.0.0.1:{port}/seen"))
        .await
        .expect("the recorder answers")
        .json()
        .await
        .expect("a JSON list")
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_refused_and_the_headers_stay_home() {
    let (_recorder, recorder_port) = recorder();
    let target = format!("http://127.0.0.1:{recorder_port}/mcp");
    let (_redirector, port) = redirector(&target);
    for transport in ["http", "sse"] {
        let config = config(
            "moved",
            &format!(
                "{{ transport: {transport}, url: \"http://127.0.0.1:{port}/mcp\", external: false, headers: {{ X-Api-Key: s3cret, Authorization: \"Bearer s3cret\" }} }}"
            ),
        );
        let error = connect(&config, "moved")
            .await
            .err()
            .expect("the redirect is refused");
        let message = error.to_string();
        assert!(
            message.contains(&target) && message.contains("servers.moved.url"),
            "{transport}: the error names the target and the setting: {message}"
        );
    }
    let seen = seen_by(recorder_port).await;
    assert!(
        seen.is_empty(),
        "the other origin received requests: {seen:?}"
    );
}

#[tokio::test]
async fn a_redirect_on_the_same_origin_is_followed() {
    let (_recorder, port) = recorder();
    let session = session_with(
        &format!("http://127.0.0.1:{port}/moved"),
        ", headers: { X-Api-Key: s3cret }",
    )
    .await;
    assert_eq!(call(&session, "ping_tool").await.expect("answered"), "pong");
    let seen = seen_by(port).await;
    assert!(
        seen.iter()
            .any(|request| request["path"] == "/mcp" && request["x_api_key"] == "s3cret"),
        "{seen:?}"
    );
}

#[tokio::test]
async fn a_legacy_endpoint_on_another_origin_is_refused() {
    let (_recorder, recorder_port) = recorder();
    for prefix in [
        format!("http://127.0.0.1:{recorder_port}"),
        format!("//127.0.0.1:{recorder_port}"),
    ] {
        let (_server, port) = Peer::spawn_reporting_port(
            Command::new("python3")
                .arg(fixture("http/legacy_sse_server.py"))
                .args(["--endpoint-prefix", &prefix]),
        );
        let config = config(
            "legacy",
            &format!(
                "{{ transport: sse, url: \"http://127.0.0.1:{port}/sse\", external: false, headers: {{ Authorization: \"Bearer s3cret\" }} }}"
            ),
        );
        let error = connect(&config, "legacy")
            .await
            .err()
            .expect("the endpoint is refused");
        let message = error.to_string();
        assert!(
            message.contains(&format!("127.0.0.1:{recorder_port}/messages"))
                && message.contains("another origin"),
            "{prefix}: unexpected error: {message}"
        );
    }
    let seen = seen_by(recorder_port).await;
    assert!(
        seen.is_empty(),
        "the other origin received requests: {seen:?}"
    );
}

/// A message the server sends on the answer's stream after the answer still reaches the session:
/// the stream is read to its end (which is also what lets its connection be reused).
#[tokio::test]
async fn a_message_after_the_answer_on_its_stream_is_delivered() {
    let (_server, url) = faulty_server(&[]);
    let session = session_with(&url, "").await;
    let mut events = session.manager.subscribe();
    assert_eq!(
        call(&session, "after_answer").await.expect("answered"),
        "answered first"
    );
    wait_for_event(
        &mut events,
        Duration::from_secs(10),
        |event| matches!(event, ManagerEvent::ToolsChanged { server, .. } if server == "faulty"),
    )
    .await;
}

#[tokio::test]
async fn invalid_utf8_in_an_answer_stream_is_decoded_lossily() {
    let (_server, url) = faulty_server(&[]);
    let session = session_with(&url, "").await;
    // The event before the answer is not text at all; the answer's own text has a Latin-1 byte.
    assert_eq!(
        call(&session, "bad_utf8").await.expect("answered"),
        "caf\u{FFFD}"
    );
}

#[tokio::test]
async fn an_empty_event_type_means_message() {
    let (_server, url) = faulty_server(&[]);
    let session = session_with(&url, "").await;
    assert_eq!(
        call(&session, "empty_event_type").await.expect("answered"),
        "typed as message"
    );
}

#[tokio::test]
async fn invalid_utf8_and_an_empty_event_type_on_a_legacy_stream_keep_it_open() {
    let (_server, session) = legacy_session("").await;
    assert_eq!(
        call(&session, "bad_utf8").await.expect("answered"),
        "caf\u{FFFD}"
    );
    // The stream never dropped: the session is still the first.
    assert_eq!(
        call(&session, "whoami").await.expect("answered"),
        "session 1"
    );
}

#[tokio::test]
async fn blocks_without_an_event_on_a_legacy_stream_are_skipped_and_keep_it_open() {
    let (_server, session) = legacy_session("").await;
    assert_eq!(
        call(&session, "garbage").await.expect("answered"),
        "survived the garbage"
    );
    assert_eq!(
        call(&session, "whoami").await.expect("answered"),
        "session 1"
    );
}

/// `roxy call` of a server at `url` in a config of its own; its stderr.
fn call_stderr(dir: &std::path::Path, url: &str, env: &[(&str, &std::path::Path)]) -> String {
    let config = dir.join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("mcp_servers.yaml"),
        format!("servers:\n  remote: {{ transport: http, url: \"{url}\" }}\n"),
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(&config)
        .args(["call", "remote", "anything"])
        .env("ROXY_DATA_DIR", dir.join("data"))
        .envs(env.iter().map(|(name, value)| (*name, *value)))
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// TLS problems say what to do: a certificate signed by a private CA is "not trusted" with how
/// to trust it, and trusting it through SSL_CERT_FILE works (the system's certificates are
/// read, not only the built-in roots); an `https://` URL of a plain HTTP server says to write
/// `http://`. Both said "is the server running?" with rustls' words.
#[test]
fn tls_problems_say_what_to_do_and_a_private_ca_can_be_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let (_tls, port) = Peer::spawn_reporting_port(
        Command::new(common::root().join(".venv/bin/python"))
            .arg(fixture("http/tls_server.py"))
            .arg(dir.path()),
    );
    let url = format!("https://127.0.0.1:{port}/mcp");
    let untrusted = call_stderr(dir.path(), &url, &[]);
    assert!(
        untrusted.contains("certificate is not trusted") && untrusted.contains("SSL_CERT_FILE"),
        "{untrusted}"
    );
    let ca = dir.path().join("ca.pem");
    let trusted = call_stderr(dir.path(), &url, &[("SSL_CERT_FILE", &ca)]);
    assert!(
        !trusted.contains("not trusted") && trusted.contains("404"),
        "{trusted}"
    );

    let (_plain, plain_url) = faulty_server(&[]);
    let https = plain_url.replace("http://", "https://");
    let not_tls = call_stderr(dir.path(), &https, &[]);
    assert!(
        not_tls.contains("does not speak TLS") && not_tls.contains("write `http://`"),
        "{not_tls}"
    );
}
