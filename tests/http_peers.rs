//! Roxy's remote transports against real MCP servers on loopback: the official TypeScript
//! "everything" server (Streamable HTTP and legacy SSE), the official Python SDK (mcp 2.x,
//! both modes) and fastmcp 4.x over HTTP. Each must list and call tools, read resources and
//! get prompts. A Streamable HTTP config pointed at a legacy SSE endpoint must fall back.

mod common;

use std::process::Command;
use std::sync::Arc;

use common::ManagedServer;
use common::http::{CountingProxy, Peer, connect, wait_until_answering};
use common::{config, fixture, free_port, peer_bin};
use roxy::mcp::{CallOptions, McpManager};
use serde_json::json;

/// Starts server-everything in `mode` and returns it with its MCP URL.
async fn everything(mode: &str, path: &str) -> (Peer, String) {
    let port = free_port();
    let peer = Peer::spawn(
        Command::new(peer_bin("mcp-server-everything"))
            .arg(mode)
            .env("PORT", port.to_string()),
    );
    let url = format!("http://127.0.0.1:{port}{path}");
    wait_until_answering(&url).await;
    (peer, url)
}

/// Starts tests/fixtures/http/python_server.py (`mcp` or `fastmcp`) in `mode`.
async fn python(flavor: &str, mode: &str, path: &str) -> (Peer, String) {
    let port = free_port();
    let peer = Peer::spawn(
        Command::new(common::python())
            .arg(fixture("http/python_server.py"))
            .args([flavor, mode, &port.to_string()]),
    );
    let url = format!("http://127.0.0.1:{port}{path}");
    wait_until_answering(&url).await;
    (peer, url)
}

/// The peer under a manager; `external: false` keeps the privacy gateway out of what these
/// tests look at (the transport).
async fn session(transport: &str, url: &str) -> ManagedServer {
    let config = config(
        "peer",
        // No health-check pings: a ping between calls could need a connection of its own, and
        // the tests count connections.
        &format!(
            "{{ transport: {transport}, url: \"{url}\", external: false, health_interval: 0s }}"
        ),
    );
    connect(&config, "peer")
        .await
        .unwrap_or_else(|e| panic!("{transport} session with {url}: {e}"))
}

/// Tools, resources and prompts of server-everything.
async fn exercise_everything(session: &ManagedServer) {
    let tools = session.list_tools().await.expect("tools/list");
    assert!(
        tools.iter().any(|t| t.name == "echo"),
        "no echo tool in {tools:?}"
    );
    let echoed = session
        .call_tool(
            "echo",
            json!({ "message": "hello roxy" }),
            CallOptions::default(),
        )
        .await
        .expect("tools/call echo");
    assert!(
        echoed.text().contains("hello roxy"),
        "echo said {}",
        echoed.text()
    );

    common::read_a_resource_and_get_a_prompt(&session.manager, &session.name).await;
}

/// Tools, resources and prompts of tests/fixtures/http/python_server.py.
async fn exercise_python(session: &ManagedServer) {
    let tools = session.list_tools().await.expect("tools/list");
    assert!(
        tools.iter().any(|t| t.name == "add"),
        "no add tool in {tools:?}"
    );
    let sum = session
        .call_tool("add", json!({ "a": 2, "b": 3 }), CallOptions::default())
        .await
        .expect("tools/call add");
    assert_eq!(sum.text(), "5");

    let resources = session.list_resources().await.expect("resources/list");
    assert!(
        resources.iter().any(|r| r.uri == "note://greeting"),
        "{resources:?}"
    );
    let read = session
        .read_resource("note://greeting")
        .await
        .expect("resources/read");
    assert_eq!(read.contents[0]["text"], "hello from python");

    let prompt = session
        .get_prompt("greet", json!({ "name": "Ada" }))
        .await
        .expect("prompts/get");
    assert!(
        prompt.messages[0].to_string().contains("Please greet Ada."),
        "{:?}",
        prompt.messages
    );
}

#[tokio::test]
async fn everything_server_over_streamable_http() {
    let (_server, url) = everything("streamableHttp", "/mcp").await;
    let session = session("http", &url).await;
    exercise_everything(&session).await;
    session.close().await;
}

#[tokio::test]
async fn everything_server_over_legacy_sse() {
    let (_server, url) = everything("sse", "/sse").await;
    let session = session("sse", &url).await;
    exercise_everything(&session).await;
    session.close().await;
}

#[tokio::test]
async fn python_sdk_over_streamable_http() {
    let (_server, url) = python("mcp", "streamable-http", "/mcp").await;
    let session = session("http", &url).await;
    exercise_python(&session).await;
    session.close().await;
}

#[tokio::test]
async fn python_sdk_over_legacy_sse() {
    let (_server, url) = python("mcp", "sse", "/sse").await;
    let session = session("sse", &url).await;
    exercise_python(&session).await;
    session.close().await;
}

#[tokio::test]
async fn fastmcp_over_streamable_http() {
    let (_server, url) = python("fastmcp", "streamable-http", "/mcp").await;
    let session = session("http", &url).await;
    exercise_python(&session).await;
    session.close().await;
}

#[tokio::test]
async fn streamable_http_config_falls_back_to_a_legacy_sse_endpoint() {
    let (_server, url) = python("mcp", "sse", "/sse").await;
    let session = session("http", &url).await;
    exercise_python(&session).await;
    session.close().await;
}

#[tokio::test]
async fn the_manager_calls_tools_on_remote_servers_and_shows_why_one_cannot_start() {
    let (_server, url) = python("mcp", "streamable-http", "/mcp").await;
    let gone = format!("http://127.0.0.1:{}/mcp", free_port());
    let text = format!(
        "servers:\n  remote: {{ transport: http, url: \"{url}\" }}\n  gone: {{ transport: http, url: \"{gone}\" }}\n"
    );
    let config = common::embedded_config(&text);
    let manager = McpManager::new(Arc::new(config));

    let sum = manager
        .call_tool("remote", "add", json!({ "a": 2, "b": 3 }))
        .await;
    assert!(sum.success, "add failed: {:?}", sum.error);
    assert_eq!(sum.text(), "5");

    let error = manager
        .start("gone")
        .await
        .expect_err("nothing listens there");
    assert!(error.to_string().contains("cannot connect"), "{error}");
    let status = manager.status();
    let gone_status = status.iter().find(|s| s.name == "gone").expect("listed");
    let last_error = gone_status.last_error.as_deref().unwrap_or_default();
    assert!(
        last_error.contains("cannot connect"),
        "status shows: {last_error:?}"
    );
    manager.shutdown().await;
}

/// Calls [`connections_opened_by_sequential_calls`] makes.
const SEQUENTIAL_CALLS: usize = 200;

/// Makes sequential calls to the server at `url` through a TCP proxy and returns how many
/// connections they opened; `call(i)` gives call `i`'s tool, arguments and a text its answer
/// holds.
async fn connections_opened_by_sequential_calls(
    url: &str,
    call: impl Fn(usize) -> (&'static str, serde_json::Value, String),
) -> usize {
    let target = url
        .trim_start_matches("http://")
        .trim_end_matches("/mcp")
        .to_string();
    let proxy = CountingProxy::start(&target).await;
    let session = session("http", &format!("http://127.0.0.1:{}/mcp", proxy.port)).await;
    let before = proxy.accepted();
    for i in 0..SEQUENTIAL_CALLS {
        let (tool, arguments, expected) = call(i);
        let result = session
            .call_tool(tool, arguments, CallOptions::default())
            .await
            .unwrap_or_else(|e| panic!("{tool}: {e}"));
        assert!(result.text().contains(&expected), "{result:?}");
    }
    let opened = proxy.accepted() - before;
    session.close().await;
    opened
}

/// Sequential calls share one kept-alive connection instead of opening one per call (counted
/// by a TCP proxy between Roxy and server-everything).
#[tokio::test]
async fn sequential_calls_reuse_the_connection() {
    let (_peer, url) = everything("streamableHttp", "/mcp").await;
    let opened = connections_opened_by_sequential_calls(&url, |i| {
        (
            "echo",
            json!({ "message": format!("m{i}") }),
            format!("m{i}"),
        )
    })
    .await;
    // The listen stream may hold a connection of its own; the calls need no new ones.
    assert!(
        opened <= 1,
        "{SEQUENTIAL_CALLS} sequential calls opened {opened} connections"
    );
}

/// The Python SDK closes each answer stream right after the answer: Roxy reads it to its end,
/// so the connection is kept for the next call instead of closed with the unread stream. (How
/// often an unread stream costs its connection depends on timing: a stream whose end is already
/// buffered when it is dropped is drained by hyper itself. A release build without the read to
/// the end opened 414 connections for 500 calls, a debug build 0-8 for 200; a stalled server may
/// cost one, hence the 2. tests/http_faults.rs checks the read to the end itself.)
#[tokio::test]
async fn sequential_calls_reuse_the_connection_to_a_python_sdk_server() {
    let (_peer, url) = python("mcp", "streamable-http", "/mcp").await;
    let opened = connections_opened_by_sequential_calls(&url, |i| {
        ("add", json!({ "a": i, "b": 1 }), (i + 1).to_string())
    })
    .await;
    assert!(
        opened <= 2,
        "{SEQUENTIAL_CALLS} sequential calls opened {opened} connections"
    );
}
