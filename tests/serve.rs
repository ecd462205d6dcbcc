//! `roxy serve` driven by real clients: the official Python SDK client
//! (`tests/fixtures/serve/python_client.py`), the official TypeScript SDK client
//! (`tests/peers/serve_client.mjs`) and Roxy's own client, over `--stdio` and `--http`, in front
//! of a stdio backend (server-everything), an embedded python one, an HTTP one (the Python SDK)
//! and one that crashes mid-call; `list_changed` after a config reload; the HTTP guard (tokens,
//! allow-lists, Host, Origin, body cap, non-loopback bind); and the official conformance
//! suite's server scenarios against `roxy serve --server` in front of the suite's own
//! reference server.

mod common;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use common::http::{Peer, wait_until_answering};
use common::{fixture, free_port, misbehaving, peer_bin, python, root, wait_for_event};
use roxy::config::Config;
use roxy::mcp::{ManagerEvent, McpManager};
use serde_json::{Value, json};

/// Bounded wait for one client run (start-up of four backends included).
const CLIENT_RUN: Duration = Duration::from_secs(180);

/// A config directory for `roxy serve`, with the backends every client test uses.
struct Setup {
    dir: tempfile::TempDir,
    _web: Peer,
}

impl Setup {
    fn new(roxy_yaml: &str) -> Setup {
        let port = free_port();
        let web = Peer::spawn(Command::new(python()).args([
            fixture("http/python_server.py"),
            "mcp".into(),
            "streamable-http".into(),
            port.to_string(),
        ]));
        let dir = tempfile::tempdir().expect("temp dir");
        let config = dir.path().join("config");
        std::fs::create_dir_all(&config).expect("config dir");
        let servers = format!(
            "defaults: {{ restart: {{ initial_backoff: 100ms, max_backoff: 200ms }} }}\n\
             servers:\n\
             \x20 everything: {{ transport: stdio, command: \"{}\" }}\n\
             \x20 py: {{ transport: python, path: \"{}\" }}\n\
             \x20 web: {{ transport: http, url: \"http://127.0.0.1:{port}/mcp\" }}\n\
             \x20 crash: {}\n\
             startup: {{ auto_start: [everything, py, crash], on_demand: [web] }}\n",
            peer_bin("mcp-server-everything"),
            fixture("python/mcp2_server.py"),
            misbehaving("die-mid-call", ""),
        );
        std::fs::write(config.join("mcp_servers.yaml"), servers).expect("write servers");
        let roxy = format!(
            "data_dir: \"{}\"\npython: {{ venv: \"{}\" }}\n{roxy_yaml}",
            dir.path().join("data").display(),
            root().join(".venv").display()
        );
        std::fs::write(config.join("roxy.yaml"), roxy).expect("write roxy.yaml");
        // Waited for on a thread of its own, so that sync and async tests alike can build this.
        let url = format!("http://127.0.0.1:{port}/mcp");
        std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime")
                .block_on(wait_until_answering(&url))
        })
        .join()
        .expect("the web backend comes up");
        Setup { dir, _web: web }
    }

    fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// The argv of `roxy serve` with this config.
    fn serve_args(&self, extra: &[&str]) -> Vec<String> {
        let mut args = vec![
            "--config".to_string(),
            self.config_dir().display().to_string(),
            "serve".into(),
        ];
        args.extend(extra.iter().map(|a| a.to_string()));
        args
    }

    /// Starts `roxy serve --http` on a free port and waits until it answers.
    async fn serve_http(&self, envs: &[(&str, &str)]) -> (Served, String) {
        let port = free_port();
        let url = format!("http://127.0.0.1:{port}/mcp");
        let child = Command::new(env!("CARGO_BIN_EXE_roxy"))
            .args(self.serve_args(&["--http", &format!("127.0.0.1:{port}")]))
            .envs(envs.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .expect("start roxy serve");
        let served = Served(child);
        wait_until_answering(&url).await;
        (served, url)
    }
}

/// A `roxy serve` process, stopped when the test ends.
struct Served(Child);

impl Drop for Served {
    fn drop(&mut self) {
        // SIGTERM lets it stop its servers.
        unsafe { libc::kill(self.0.id() as i32, libc::SIGTERM) };
        let _ = self.0.wait();
    }
}

/// Runs a client program to its end (bounded) and reads the JSON report it prints.
fn run_client(command: &mut Command) -> Value {
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {command:?}: {e}"));
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(child.wait_with_output());
    });
    let output = receiver
        .recv_timeout(CLIENT_RUN)
        .unwrap_or_else(|_| panic!("{command:?} did not finish within {CLIENT_RUN:?}"))
        .expect("client output");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{command:?} failed: {stdout}");
    serde_json::from_str(stdout.lines().last().unwrap_or(""))
        .unwrap_or_else(|e| panic!("{command:?} printed no JSON report ({e}): {stdout}"))
}

fn python_client(args: &[String]) -> Value {
    run_client(
        Command::new(python())
            .arg(fixture("serve/python_client.py"))
            .args(args),
    )
}

fn typescript_client(args: &[String]) -> Value {
    run_client(
        Command::new(peer_bin("node"))
            .arg(root().join("tests/peers/serve_client.mjs"))
            .args(args),
    )
}

fn stdio_args(setup: &Setup) -> Vec<String> {
    let mut args = vec!["stdio".to_string(), env!("CARGO_BIN_EXE_roxy").to_string()];
    args.extend(setup.serve_args(&["--stdio"]));
    args
}

/// What every client must have seen through `roxy serve`.
fn assert_served(report: &Value, client: &str) {
    let step = |name: &str| {
        let value = &report[name];
        assert!(
            value.get("error").is_none(),
            "{client}: step `{name}` failed: {value}\nreport: {report}"
        );
        value
    };
    let capabilities = report["capabilities"].to_string();
    for capability in ["tools", "prompts", "resources", "logging"] {
        assert!(
            capabilities.contains(capability),
            "{client}: {capabilities}"
        );
    }
    let tools = step("tools");
    for name in ["everything__echo", "py__add", "crash__echo", "web__add"] {
        assert!(tools.get(name).is_some(), "{client}: no {name} in {tools}");
    }
    // Schemas, annotations and output schemas pass through verbatim.
    assert_eq!(
        tools["py__add"]["annotations"]["readOnlyHint"], true,
        "{client}"
    );
    assert!(
        tools["py__add"]["outputSchema"].is_object(),
        "{client}: {}",
        tools["py__add"]
    );
    assert_eq!(
        step("echo")["text"]
            .as_str()
            .map(|t| t.starts_with("Echo: from")),
        Some(true)
    );
    assert!(
        step("add")["text"].to_string().contains('5'),
        "{client}: {report}"
    );
    assert!(
        step("web")["text"].to_string().contains('9'),
        "{client}: {report}"
    );
    let prompts = step("prompts");
    assert!(
        prompts["names"].to_string().contains("py__review"),
        "{client}: {prompts}"
    );
    assert!(
        prompts["messages"].to_string().contains("x = 1"),
        "{client}: {prompts}"
    );
    let resources = step("resources");
    assert!(
        resources["uris"].to_string().contains("fixture://greeting"),
        "{client}: {resources}"
    );
    assert!(
        resources["static"].to_string().contains("hello"),
        "{client}: {resources}"
    );
    assert!(
        resources["templated"].to_string().contains("hello"),
        "{client}: {resources}"
    );
    let progress = step("progress");
    assert_eq!(progress["is_error"], false, "{client}: {progress}");
    assert!(
        progress["updates"]
            .as_array()
            .is_some_and(|u| !u.is_empty()),
        "{client}: no progress forwarded: {progress}"
    );
    assert_eq!(
        report["elicitations"].as_array().map(Vec::len),
        Some(1),
        "{client}: the backend's elicitation did not reach the client: {report}"
    );
    let elicited = step("elicitation")["text"].to_string();
    assert!(
        elicited.contains("Lovelace") || elicited.contains("Hopper"),
        "{client}: the client's answer did not reach the backend: {elicited}"
    );
    // A backend crash mid-call: a clear error to the client, a restart behind it.
    for name in ["crash", "after_crash"] {
        let crash = step(name);
        assert_eq!(crash["is_error"], true, "{client}: {crash}");
        assert!(
            crash["text"]
                .to_string()
                .contains("dying in the middle of a call"),
            "{client}: {name}: {crash}"
        );
    }
    assert_eq!(step("still")["text"], "Echo: still here", "{client}");
}

#[test]
fn the_python_sdk_client_uses_every_backend_over_stdio_and_http() {
    let setup = Setup::new("");
    assert_served(&python_client(&stdio_args(&setup)), "python over stdio");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (_served, url) = runtime.block_on(setup.serve_http(&[]));
    assert_served(&python_client(&["http".into(), url]), "python over http");
}

#[test]
fn the_typescript_sdk_client_uses_every_backend_over_stdio_and_http() {
    let setup = Setup::new("");
    assert_served(
        &typescript_client(&stdio_args(&setup)),
        "typescript over stdio",
    );
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (_served, url) = runtime.block_on(setup.serve_http(&[]));
    assert_served(
        &typescript_client(&["http".into(), url]),
        "typescript over http",
    );
}

/// Roxy's own client, with `roxy serve --stdio` as one of its stdio servers and `roxy serve
/// --http` as an http one.
fn roxy_client_config(setup: &Setup, http_url: &str) -> Config {
    let args: Vec<String> = setup
        .serve_args(&["--stdio"])
        .into_iter()
        .map(|a| format!("\"{a}\""))
        .collect();
    common::embedded_config(&format!(
        "servers:\n  hub: {{ transport: stdio, command: \"{}\", args: [{}], startup_timeout: 120s }}\n  \
         hubhttp: {{ transport: http, url: \"{http_url}\", external: false }}\n",
        env!("CARGO_BIN_EXE_roxy"),
        args.join(", ")
    ))
}

#[tokio::test(flavor = "multi_thread")]
async fn roxy_serves_roxy_and_re_announces_tools_after_a_reload() {
    let setup = Setup::new("");
    let (_served, url) = setup.serve_http(&[]).await;
    let manager = McpManager::new(Arc::new(roxy_client_config(&setup, &url)));
    for hub in ["hub", "hubhttp"] {
        let tools = manager.server_tools(hub).await.expect("hub tools");
        let names: Vec<&str> = tools.iter().map(|t| t.tool.name.as_str()).collect();
        assert!(names.contains(&"everything__echo"), "{hub}: {names:?}");
        assert!(!names.contains(&"extra__echo"), "{hub}: {names:?}");
        let result = manager
            .call_tool(hub, "everything__echo", json!({ "message": "via roxy" }))
            .await;
        assert!(result.success, "{hub}: {result:?}");
        assert_eq!(result.text(), "Echo: via roxy");
        let read = manager
            .read_resource(hub, "fixture://greeting")
            .await
            .expect("resource through the hub");
        assert!(
            read.contents[0]["text"].to_string().contains("hello"),
            "{read:?}"
        );
    }
    // Adding a server to the served config: each `roxy serve` reloads, says
    // tools/list_changed, and Roxy's client refreshes its tool list.
    let mut events = manager.subscribe();
    let path = setup.config_dir().join("mcp_servers.yaml");
    let yaml = std::fs::read_to_string(&path).expect("read servers");
    let yaml = yaml.replace(
        "servers:\n",
        &format!("servers:\n  extra: {}\n", misbehaving("healthy", "")),
    );
    let yaml = yaml.replace("auto_start: [", "auto_start: [extra, ");
    std::fs::write(&path, yaml).expect("edit servers");
    let mut waiting = vec!["hub", "hubhttp"];
    while !waiting.is_empty() {
        let event = wait_for_event(&mut events, Duration::from_secs(60), |event| {
            matches!(event, ManagerEvent::ToolsChanged { server, .. } if waiting.contains(&server.as_str()))
        })
        .await;
        if let ManagerEvent::ToolsChanged { server, .. } = event {
            waiting.retain(|hub| *hub != server);
        }
    }
    for hub in ["hub", "hubhttp"] {
        let tools = manager.server_tools(hub).await.expect("hub tools");
        let names: Vec<&str> = tools.iter().map(|t| t.tool.name.as_str()).collect();
        assert!(names.contains(&"extra__echo"), "{hub}: {names:?}");
    }
    manager.shutdown().await;
}

/// Sends one JSON-RPC message to `roxy serve --http` and returns the status, the headers and
/// the JSON-RPC answer (from a JSON body or the last `data:` of an SSE body).
async fn post(
    url: &str,
    token: Option<&str>,
    session: Option<&str>,
    headers: &[(&str, &str)],
    body: Value,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let mut request = reqwest::Client::new()
        .post(url)
        .header("accept", "application/json, text/event-stream")
        .header("content-type", "application/json")
        .body(body.to_string());
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(session) = session {
        request = request.header("mcp-session-id", session);
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("roxy serve answers");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response.text().await.unwrap_or_default();
    let answer = text
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("data: "))
        .map(str::to_string)
        .unwrap_or(text);
    (
        status,
        headers,
        serde_json::from_str(&answer).unwrap_or(Value::Null),
    )
}

fn initialize() -> Value {
    json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": { "name": "raw", "version": "1" } } })
}

/// A session of `token`'s client: its id.
async fn open_session(url: &str, token: Option<&str>) -> String {
    let (status, headers, answer) = post(url, token, None, &[], initialize()).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["result"]["protocolVersion"], "2025-11-25");
    headers["mcp-session-id"]
        .to_str()
        .expect("session id")
        .to_string()
}

async fn tool_names(url: &str, token: &str, session: &str) -> Vec<String> {
    let list = json!({ "jsonrpc": "2.0", "id": 2, "method": "tools/list" });
    let (status, _, answer) = post(url, Some(token), Some(session), &[], list).await;
    assert_eq!(status, 200, "{answer}");
    answer["result"]["tools"]
        .as_array()
        .expect("a tool list")
        .iter()
        .filter_map(|t| t["name"].as_str().map(str::to_string))
        .collect()
}

/// Calls `everything__echo` with a message, any other tool (`py__add`) with two numbers.
async fn call(url: &str, token: &str, session: &str, tool: &str) -> Value {
    let arguments = if tool.ends_with("__echo") {
        json!({ "message": "m" })
    } else {
        json!({ "a": 1, "b": 2 })
    };
    call_with(url, Some(token), session, tool, arguments).await
}

async fn call_with(
    url: &str,
    token: Option<&str>,
    session: &str,
    tool: &str,
    arguments: Value,
) -> Value {
    let call = json!({ "jsonrpc": "2.0", "id": 3, "method": "tools/call",
        "params": { "name": tool, "arguments": arguments } });
    post(url, token, Some(session), &[], call).await.2
}

#[tokio::test(flavor = "multi_thread")]
async fn tokens_allow_lists_hosts_origins_and_the_body_cap_are_enforced() {
    let metrics_port = free_port();
    let setup = Setup::new(&format!(
        "metrics: {{ listen: \"127.0.0.1:{metrics_port}\" }}\nserve:\n  max_body_size: 64KiB\n  clients:\n    \
         claude: {{ token: \"${{env:TEST_TOKEN_CLAUDE}}\", tools: [\"everything__*\"] }}\n    \
         ci: {{ token: \"${{env:TEST_TOKEN_CI}}\", tools: [\"py__add\"] }}\n",
    ));
    let (claude, ci) = ("claude-token-0123456789", "ci-token-9876543210");
    let (_served, url) = setup
        .serve_http(&[("TEST_TOKEN_CLAUDE", claude), ("TEST_TOKEN_CI", ci)])
        .await;
    // No token, a wrong one: 401 with a Bearer challenge, for list and call alike.
    for token in [None, Some("claude-token-012345678"), Some("")] {
        for body in [
            initialize(),
            json!({ "jsonrpc": "2.0", "id": 2, "method": "tools/list" }),
            json!({ "jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": { "name": "everything__echo" } }),
        ] {
            let (status, headers, _) = post(&url, token, None, &[], body).await;
            assert_eq!(status, 401, "token {token:?}");
            let challenge = headers["www-authenticate"].to_str().unwrap_or("");
            assert!(challenge.starts_with("Bearer"), "{challenge}");
        }
    }
    // Each client sees and may call only what its allow-list names.
    let claude_session = open_session(&url, Some(claude)).await;
    let ci_session = open_session(&url, Some(ci)).await;
    let names = tool_names(&url, claude, &claude_session).await;
    assert!(names.contains(&"everything__echo".to_string()), "{names:?}");
    assert!(
        names.iter().all(|n| n.starts_with("everything__")),
        "{names:?}"
    );
    assert_eq!(tool_names(&url, ci, &ci_session).await, ["py__add"]);
    let allowed = call(&url, claude, &claude_session, "everything__echo").await;
    assert_eq!(
        allowed["result"]["content"][0]["text"], "Echo: m",
        "{allowed}"
    );
    // Arguments are checked as `roxy call` checks them: a misspelt one is not dropped.
    let misspelt = call_with(
        &url,
        Some(claude),
        &claude_session,
        "everything__echo",
        json!({ "mesage": "m" }),
    )
    .await;
    assert_eq!(misspelt["result"]["isError"], true, "{misspelt}");
    assert!(
        first_text(&misspelt).contains("did you mean `message`"),
        "{misspelt}"
    );
    let nameless = json!({ "jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": {} });
    let nameless = post(&url, Some(claude), Some(&claude_session), &[], nameless)
        .await
        .2;
    assert!(
        nameless["error"]["message"]
            .to_string()
            .contains("`params.name` is missing"),
        "{nameless}"
    );
    let excluded = call(&url, claude, &claude_session, "py__add").await;
    assert!(
        excluded["error"]["message"]
            .to_string()
            .contains("may not call"),
        "{excluded}"
    );
    let excluded = call(&url, ci, &ci_session, "everything__echo").await;
    assert!(
        excluded["error"]["message"]
            .to_string()
            .contains("may not call"),
        "{excluded}"
    );
    assert_eq!(
        call(&url, ci, &ci_session, "py__add").await["result"]["structuredContent"]["total"],
        3
    );
    // One client's token does not open another's session.
    let list = json!({ "jsonrpc": "2.0", "id": 2, "method": "tools/list" });
    let (status, _, _) = post(&url, Some(ci), Some(&claude_session), &[], list.clone()).await;
    assert_eq!(status, 404);
    // DNS rebinding: a foreign Host or Origin is refused before anything else.
    for header in [
        ("host", "evil.example.com"),
        ("origin", "http://evil.example.com"),
    ] {
        let (status, _, _) = post(&url, Some(claude), None, &[header], initialize()).await;
        assert_eq!(status, 403, "{header:?}");
    }
    // The body cap.
    let big = json!({ "jsonrpc": "2.0", "id": 9, "method": "tools/call", "params": {
        "name": "everything__echo", "arguments": { "message": "x".repeat(100 * 1024) } } });
    let (status, _, _) = post(&url, Some(claude), Some(&claude_session), &[], big).await;
    assert_eq!(status, 413);
    // DELETE ends the session.
    let deleted = reqwest::Client::new()
        .delete(&url)
        .bearer_auth(claude)
        .header("mcp-session-id", &claude_session)
        .send()
        .await
        .expect("delete");
    assert!(deleted.status().is_success(), "{}", deleted.status());
    let (status, _, _) = post(&url, Some(claude), Some(&claude_session), &[], list).await;
    assert_eq!(status, 404);
    // Requests are counted per client.
    let metrics = reqwest::get(format!("http://127.0.0.1:{metrics_port}/metrics"))
        .await
        .expect("metrics")
        .text()
        .await
        .expect("metrics text");
    for client in ["claude", "ci"] {
        assert!(
            metrics
                .lines()
                .any(|l| l.starts_with("roxy_serve_requests_total")
                    && l.contains(&format!("client=\"{client}\""))
                    && l.contains("method=\"tools/call\"")),
            "{metrics}"
        );
    }
}

/// The text of the first content block of a `tools/call` answer.
fn first_text(answer: &Value) -> String {
    answer["result"]["content"][0]["text"]
        .as_str()
        .unwrap_or_else(|| panic!("no text in {answer}"))
        .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn redact_results_gives_each_client_session_its_own_placeholders() {
    let setup = Setup::new("serve: { redact_results: true }\n");
    let (_served, url) = setup.serve_http(&[]).await;
    let first = open_session(&url, None).await;
    let echoed = first_text(
        &call_with(
            &url,
            None,
            &first,
            "everything__echo",
            json!({ "message": "mail ada.lovelace@example.com" }),
        )
        .await,
    );
    assert!(
        !echoed.contains("lovelace"),
        "a local result reached the client unredacted: {echoed}"
    );
    let placeholder = echoed
        .split_whitespace()
        .find(|w| w.starts_with("<EMAIL_ADDRESS_"))
        .unwrap_or_else(|| panic!("no placeholder in {echoed}"))
        .to_string();
    // The placeholder coming back is restored before the backend sees it: the backend
    // upper-cases the real address, which is redacted again as a new value.
    let shouted = first_text(
        &call_with(
            &url,
            None,
            &first,
            "py__shout",
            json!({ "text": placeholder }),
        )
        .await,
    );
    assert!(!shouted.to_lowercase().contains("lovelace"), "{shouted}");
    assert!(
        shouted.starts_with("<EMAIL_ADDRESS_") && shouted != placeholder,
        "{shouted} vs {placeholder}"
    );
    // Another session has its own vault: the placeholder means nothing there (a shared vault
    // would restore it, and the backend's answer would come back as the same placeholder).
    let second = open_session(&url, None).await;
    let unknown = first_text(
        &call_with(
            &url,
            None,
            &second,
            "py__shout",
            json!({ "text": placeholder }),
        )
        .await,
    );
    assert!(!unknown.to_lowercase().contains("lovelace"), "{unknown}");
    assert_ne!(
        unknown, shouted,
        "the second session restored the first one's placeholder"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_client_cancellation_reaches_the_backend() {
    let log = tempfile::NamedTempFile::new().expect("log file");
    let setup = Setup::new("");
    let path = setup.config_dir().join("mcp_servers.yaml");
    let yaml = std::fs::read_to_string(&path)
        .expect("read servers")
        .replace(
            "servers:\n",
            &format!(
                "servers:\n  mute: {}\n",
                misbehaving(
                    "never-answers",
                    &format!(", env: {{ FIXTURE_LOG: \"{}\" }}", log.path().display())
                )
            ),
        );
    std::fs::write(&path, yaml).expect("write servers");
    let (_served, url) = setup.serve_http(&[]).await;
    let session = open_session(&url, None).await;
    let pending = {
        let (url, session) = (url.clone(), session.clone());
        tokio::spawn(async move {
            let call = json!({ "jsonrpc": "2.0", "id": 7, "method": "tools/call",
                "params": { "name": "mute__echo", "arguments": {} } });
            post(&url, None, Some(&session), &[], call).await
        })
    };
    let wait_for_log = |needle: &'static str| {
        let path = log.path().to_path_buf();
        async move {
            for _ in 0..600 {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                if text.contains(needle) {
                    return text;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            panic!("`{needle}` never reached the backend's log");
        }
    };
    wait_for_log("call").await;
    let cancel = json!({ "jsonrpc": "2.0", "method": "notifications/cancelled",
        "params": { "requestId": 7, "reason": "the user stopped it" } });
    let (status, _, _) = post(&url, None, Some(&session), &[], cancel).await;
    assert_eq!(status, 202);
    let logged = wait_for_log("cancelled").await;
    assert!(logged.contains("requestId"), "{logged}");
    // The cancelled request gets no answer; its stream ends.
    let (_, _, answer) = tokio::time::timeout(Duration::from_secs(30), pending)
        .await
        .expect("the stream of the cancelled request ends")
        .expect("join");
    assert_eq!(
        answer,
        Value::Null,
        "a cancelled request was answered: {answer}"
    );
}

#[test]
fn a_network_address_without_tokens_is_refused() {
    let setup = Setup::new("");
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args(setup.serve_args(&["--http", "0.0.0.0:0"]))
        .stdin(Stdio::null())
        .output()
        .expect("run roxy serve");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("serve.clients"), "{stderr}");
}

/// The conformance suite's server scenarios against `roxy serve --server conformance` in front
/// of the suite's reference server (`tests/peers/conformance_server.mts`).
#[tokio::test(flavor = "multi_thread")]
async fn conformance_server_scenarios_pass_through_roxy_serve() {
    let backend_port = free_port();
    let peers = root().join("tests/peers");
    let _backend = Peer::spawn(
        Command::new(peer_bin("node"))
            .arg(peers.join("conformance_server.mts"))
            .env("PORT", backend_port.to_string()),
    );
    let backend_url = format!("http://localhost:{backend_port}/mcp");
    wait_until_answering(&backend_url).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(
        config.join("mcp_servers.yaml"),
        format!("servers:\n  conformance: {{ transport: http, url: \"{backend_url}\", external: false }}\n"),
    )
    .expect("write config");
    let port = free_port();
    let served = Served(
        Command::new(env!("CARGO_BIN_EXE_roxy"))
            .args([
                "--config",
                &config.display().to_string(),
                "serve",
                "--server",
                "conformance",
            ])
            .args(["--http", &format!("127.0.0.1:{port}")])
            .env("ROXY_DATA_DIR", dir.path().join("data"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .expect("start roxy serve"),
    );
    let url = format!("http://localhost:{port}/mcp");
    wait_until_answering(&url).await;
    let output = tokio::task::spawn_blocking(move || {
        Command::new(peer_bin("conformance"))
            .args(["server", "--url", &url])
            .env(
                "PATH",
                format!(
                    "{}:{}",
                    peers.join("node_modules/.bin").display(),
                    std::env::var("PATH").unwrap_or_default()
                ),
            )
            .current_dir(&peers)
            .output()
    })
    .await
    .expect("join")
    .expect("run the conformance suite");
    drop(served);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let results: Vec<(&str, bool)> = stdout
        .lines()
        .filter_map(|line| {
            let (mark, rest) = line.split_once(' ')?;
            let name = rest.split(':').next()?;
            match mark {
                "✓" => Some((name, true)),
                "✗" => Some((name, false)),
                _ => None,
            }
        })
        .collect();
    let passed: Vec<&str> = results.iter().filter(|r| r.1).map(|r| r.0).collect();
    let failed: Vec<&str> = results.iter().filter(|r| !r.1).map(|r| r.0).collect();
    println!(
        "conformance server scenarios through roxy serve: {} of {} passed; failed: {failed:?}",
        passed.len(),
        results.len()
    );
    assert!(!results.is_empty(), "no scenario results in:\n{stdout}");
    assert!(passed.contains(&"dns-rebinding-protection"), "{stdout}");
    // Every scenario, `tools-call-sampling` included (sampling forwarded to the calling client).
    assert!(failed.is_empty(), "failed: {failed:?}\n{stdout}");
}

/// The JSON-RPC messages of an SSE response, as they arrive.
fn sse_messages(response: reqwest::Response) -> tokio::sync::mpsc::UnboundedReceiver<Value> {
    let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        let mut response = response;
        let mut buffer = String::new();
        while let Ok(Some(chunk)) = response.chunk().await {
            buffer.push_str(&String::from_utf8_lossy(&chunk));
            while let Some(end) = buffer.find("\n\n") {
                let event: String = buffer.drain(..end + 2).collect();
                for data in event.lines().filter_map(|l| l.strip_prefix("data: ")) {
                    if let Ok(message) = serde_json::from_str(data) {
                        let _ = sender.send(message);
                    }
                }
            }
        }
    });
    receiver
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_taking_back_its_question_cancels_it_at_the_client() {
    let setup = Setup::new("");
    let path = setup.config_dir().join("mcp_servers.yaml");
    let yaml = std::fs::read_to_string(&path)
        .expect("read servers")
        .replace(
            "servers:\n",
            &format!(
                "servers:\n  asker: {}\n",
                misbehaving("elicit-then-cancel", "")
            ),
        );
    std::fs::write(&path, yaml).expect("write servers");
    let (_served, url) = setup.serve_http(&[]).await;
    let mut hello = initialize();
    hello["params"]["capabilities"] = json!({ "elicitation": {} });
    let (status, headers, _) = post(&url, None, None, &[], hello).await;
    assert_eq!(status, 200);
    let session = headers["mcp-session-id"]
        .to_str()
        .expect("session id")
        .to_string();
    let first = reqwest::Client::new()
        .post(&url)
        .header("accept", "application/json, text/event-stream")
        .header("content-type", "application/json")
        .header("mcp-session-id", &session)
        .body(
            json!({ "jsonrpc": "2.0", "id": 11, "method": "tools/call",
            "params": { "name": "asker__echo", "arguments": {} } })
            .to_string(),
        )
        .send()
        .await
        .expect("first call");
    let mut messages = sse_messages(first);
    let mut next = async || {
        tokio::time::timeout(Duration::from_secs(60), messages.recv())
            .await
            .expect("a message on the first call's stream")
            .expect("the stream is open")
    };
    let question = next().await;
    assert_eq!(question["method"], "elicitation/create", "{question}");
    let asker = |text: &'static str| {
        let (url, session) = (url.clone(), session.clone());
        async move {
            let answer = call_with(&url, None, &session, "asker__echo", json!({})).await;
            assert!(first_text(&answer).starts_with(text), "{answer}");
        }
    };
    asker("took back question").await;
    let cancelled = next().await;
    assert_eq!(
        cancelled["method"], "notifications/cancelled",
        "{cancelled}"
    );
    assert_eq!(
        cancelled["params"]["requestId"], question["id"],
        "{cancelled}"
    );
    asker("third call").await;
    let answer = next().await;
    assert_eq!(answer["id"], 11, "{answer}");
    assert_eq!(first_text(&answer), "first call done");
}

#[tokio::test(flavor = "multi_thread")]
async fn resource_updates_reach_the_subscribed_client() {
    let setup = Setup::new("");
    let (_served, url) = setup.serve_http(&[]).await;
    let session = open_session(&url, None).await;
    let stream = reqwest::Client::new()
        .get(&url)
        .header("accept", "text/event-stream")
        .header("mcp-session-id", &session)
        .send()
        .await
        .expect("GET stream");
    assert_eq!(stream.status(), 200);
    let mut messages = sse_messages(stream);
    let uri = "demo://resource/static/document/architecture.md";
    let subscribe = json!({ "jsonrpc": "2.0", "id": 5, "method": "resources/subscribe",
        "params": { "uri": uri } });
    let (status, _, answer) = post(&url, None, Some(&session), &[], subscribe).await;
    assert_eq!((status, &answer["result"]), (200, &json!({})), "{answer}");
    let toggled = call_with(
        &url,
        None,
        &session,
        "everything__toggle-subscriber-updates",
        json!({}),
    )
    .await;
    assert!(toggled["result"].is_object(), "{toggled}");
    let update = tokio::time::timeout(Duration::from_secs(60), async {
        loop {
            let message = messages.recv().await.expect("the GET stream stays open");
            if message["method"] == "notifications/resources/updated" {
                return message;
            }
        }
    })
    .await
    .expect("a resource update within 60 s");
    assert_eq!(update["params"]["uri"], uri, "{update}");
}

/// Runs `roxy --config CONFIG serve --stdio`, writes `lines` to it and returns what it answers
/// until every request of `ids` is answered (bounded: 60 s without an answer ends the reading).
fn serve_stdio_answers(config: &std::path::Path, lines: &[Value], ids: &[u64]) -> Vec<Value> {
    serve_stdio_answers_and_log(config, lines, ids).0
}

/// [`serve_stdio_answers`], and what `roxy serve` wrote on stderr (its log) by the end.
fn serve_stdio_answers_and_log(
    config: &std::path::Path,
    lines: &[Value],
    ids: &[u64],
) -> (Vec<Value>, String) {
    let log = tempfile::NamedTempFile::new().expect("a log file");
    let mut serve = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(config)
        .args(["serve", "--stdio"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(log.reopen().expect("the log file"))
        .spawn()
        .expect("run roxy serve");
    let mut input = serve.stdin.take().expect("stdin");
    for line in lines {
        use std::io::Write;
        writeln!(input, "{line}").expect("write a line");
    }
    // Read until the requests are answered (the end of stdin would end the session before
    // they are), on a thread, so that a session that never answers fails the test in bounded time.
    let stdout = serve.stdout.take().expect("stdout");
    let (sender, receiver) = std::sync::mpsc::channel::<Value>();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if let Ok(answer) = serde_json::from_str(&line)
                && sender.send(answer).is_err()
            {
                return;
            }
        }
    });
    let mut answers: Vec<Value> = Vec::new();
    while !ids
        .iter()
        .all(|id| answers.iter().any(|answer| answer["id"] == *id))
    {
        match receiver.recv_timeout(Duration::from_secs(60)) {
            Ok(answer) => answers.push(answer),
            Err(_) => break,
        }
    }
    drop(input);
    let _ = serve.wait();
    let log = std::fs::read_to_string(log.path()).unwrap_or_default();
    (answers, log)
}

fn initialized() -> Value {
    json!({ "jsonrpc": "2.0", "method": "notifications/initialized" })
}

/// A config dir whose one server is the embedded `roxy_system` (not auto-started); the project
/// lives as long as the returned guard.
fn roxy_system_alone() -> (common::python::Project, std::path::PathBuf) {
    let project = common::python::Project::new(".venv");
    let config = project.config_dir(
        &[(
            "roxy_system",
            "{ transport: python, module: roxy_system }".into(),
        )],
        &[],
    );
    (project, config)
}

/// A line that is JSON but no JSON-RPC 2.0 message (`"jsonrpc": "1.0"`) is answered with an
/// Invalid Request error (it went unanswered, so a client waited for nothing); the session
/// goes on.
#[test]
fn a_message_of_another_json_rpc_version_is_answered_with_an_error() {
    let (_project, config) = roxy_system_alone();
    let lines = [
        initialize(),
        initialized(),
        json!({ "jsonrpc": "1.0", "id": 12, "method": "ping" }),
        json!({ "jsonrpc": "2.0", "id": 13, "method": "ping" }),
    ];
    let answers = serve_stdio_answers(&config, &lines, &[13]);
    let refused = answers
        .iter()
        .find(|answer| answer.get("error").is_some())
        .unwrap_or_else(|| panic!("no error answer: {answers:?}"));
    assert_eq!(refused["error"]["code"], -32600, "{refused}");
    assert_eq!(refused["id"], Value::Null, "{refused}");
    assert!(
        answers
            .iter()
            .any(|answer| answer["id"] == 13 && answer.get("result").is_some()),
        "the session went on: {answers:?}"
    );
}

/// A server that starts on first use (`on_demand`, nothing in `auto_start`) has not started
/// when a client initializes: its prompts and resources are offered all the same, and
/// `prompts/list` and `resources/list` start it as `tools/list` does. Only `tools` and
/// `logging` were offered, and both lists were empty until something else started it.
#[test]
fn prompts_and_resources_of_servers_not_started_yet_are_offered_and_listed() {
    let project = common::python::Project::new(".venv");
    let config = project.config_dir(
        &[(
            "everything",
            format!(
                "{{ transport: stdio, command: \"{}\" }}",
                peer_bin("mcp-server-everything")
            ),
        )],
        &[],
    );
    let lines = [
        initialize(),
        initialized(),
        json!({ "jsonrpc": "2.0", "id": 2, "method": "prompts/list" }),
        json!({ "jsonrpc": "2.0", "id": 3, "method": "resources/list" }),
    ];
    let answers = serve_stdio_answers(&config, &lines, &[1, 2, 3]);
    let answer = |id: u64| {
        answers
            .iter()
            .find(|answer| answer["id"] == id)
            .unwrap_or_else(|| panic!("no answer {id}: {answers:?}"))
    };
    let capabilities = &answer(1)["result"]["capabilities"];
    for offered in ["tools", "prompts", "resources", "completions"] {
        assert!(
            capabilities.get(offered).is_some(),
            "{offered}: {capabilities}"
        );
    }
    let prompts = answer(2)["result"]["prompts"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        prompts
            .iter()
            .any(|p| p["name"] == "everything__simple-prompt"),
        "{prompts:?}"
    );
    let resources = answer(3)["result"]["resources"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!resources.is_empty(), "{:?}", answer(3));
}

/// A tool name a client misspells is answered with the closest served name, as `roxy call`
/// answers a person; it said only "no tool named".
#[test]
fn a_misspelt_tool_is_answered_with_the_closest_name() {
    let (_project, config) = roxy_system_alone();
    let lines = [
        initialize(),
        initialized(),
        json!({ "jsonrpc": "2.0", "id": 2, "method": "tools/call",
                "params": { "name": "roxy_system__current_tme", "arguments": {} } }),
    ];
    let answers = serve_stdio_answers(&config, &lines, &[2]);
    let refused = answers
        .iter()
        .find(|answer| answer["id"] == 2)
        .unwrap_or_else(|| panic!("no answer: {answers:?}"));
    assert_eq!(refused["error"]["code"], -32602, "{refused}");
    assert_eq!(
        refused["error"]["message"],
        "no tool named `roxy_system__current_tme`; did you mean `roxy_system__current_time`?",
        "{refused}"
    );
}

/// A call to a tool of a server that cannot start says why, as a call that did not complete
/// does, and serve's log on stderr says the server failed; the call was "no tool named `broken__echo`; did you mean `roxy_system__echo`?", which sent a
/// client's model to another server.
#[test]
fn a_tool_of_a_server_that_cannot_start_says_why() {
    let project = common::python::Project::new(".venv");
    let config = project.config_dir(
        &[
            (
                "roxy_system",
                "{ transport: python, module: roxy_system }".into(),
            ),
            (
                "broken",
                "{ transport: stdio, command: /nonexistent/mcp-server }".into(),
            ),
        ],
        &[],
    );
    let lines = [
        initialize(),
        initialized(),
        json!({ "jsonrpc": "2.0", "id": 2, "method": "tools/call",
                "params": { "name": "broken__echo", "arguments": {} } }),
    ];
    let (answers, log) = serve_stdio_answers_and_log(&config, &lines, &[2]);
    let answer = answers
        .iter()
        .find(|answer| answer["id"] == 2)
        .unwrap_or_else(|| panic!("no answer: {answers:?}"));
    assert_eq!(answer["result"]["isError"], true, "{answer}");
    // The operator's log says it too: serve printed nothing about a server that failed.
    assert!(log.contains("✗ broken failed"), "{log}");
    let text = answer["result"]["content"][0]["text"]
        .as_str()
        .unwrap_or_default();
    assert!(
        text.contains("broken")
            && text.contains("/nonexistent/mcp-server")
            && !text.contains("did you mean"),
        "{answer}"
    );
}
