//! Shared helpers for the integration tests: where the real peers and fixtures are, temporary
//! configs, a free loopback port, bounded waits for events, checks that no server process
//! outlived its test, and the assertions several test files make. Remote peers (HTTP, legacy SSE)
//! are in `http`, embedded Python servers in `python`, the fake language-model server in `llm`.
//!
//! Each test binary declares `mod common;` once and uses the part it needs, so every binary
//! leaves most of this tree unused: hence the one `allow(dead_code)` below.
#![allow(dead_code)]

pub mod http;
pub mod llm;
pub mod python;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use roxy::config::{Config, ConfigSource, PrivacyConfig};
use roxy::mcp::protocol::{
    CallToolResult, GetPromptResult, InitializeResult, Prompt, ReadResourceResult, Resource,
    ResourceTemplate, Tool,
};
use roxy::mcp::{CallOptions, ManagerEvent, McpError, McpManager};
use roxy::privacy::PrivacyGateway;
use serde_json::Value;
use tokio::sync::broadcast;

/// The labelled privacy corpus (tests/privacy/corpus.jsonl).
pub const PRIVACY_CORPUS: &str = include_str!("../privacy/corpus.jsonl");

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The test venv's Python (made by scripts/setup.sh).
pub fn python() -> String {
    let python = root().join(".venv/bin/python");
    assert!(
        python.exists(),
        "{} is missing: run scripts/setup.sh (the README's test command does)",
        python.display()
    );
    python.display().to_string()
}

/// An executable installed by `npm ci` in tests/peers.
/// Links the embedded Python's real interpreter into `bin` as `python3.X` (its version), not
/// a version manager's shim that depends on $HOME: what Roxy finds on PATH to build a venv.
pub fn link_embedded_python(bin: &std::path::Path) {
    let base = std::process::Command::new(python())
        .args([
            "-c",
            "import sys; print(sys._base_executable); print('%d.%d' % sys.version_info[:2])",
        ])
        .output()
        .expect("ask the venv's python");
    let answer = String::from_utf8_lossy(&base.stdout).into_owned();
    let mut lines = answer.lines();
    let (executable, version) = (lines.next().expect("path"), lines.next().expect("version"));
    std::os::unix::fs::symlink(executable, bin.join(format!("python{version}")))
        .expect("symlink python");
}

pub fn peer_bin(name: &str) -> String {
    let bin = root().join("tests/peers/node_modules/.bin").join(name);
    assert!(
        bin.exists(),
        "{} is missing: run scripts/setup.sh (the README's test command does)",
        bin.display()
    );
    bin.display().to_string()
}

/// The shipped configuration directory (`config/`).
pub fn shipped_config_dir() -> PathBuf {
    root().join("config")
}

/// A file under tests/fixtures (`name` may include a subfolder: `http/python_server.py`).
pub fn fixture(name: &str) -> String {
    root()
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

/// A `servers:` entry for the misbehaving fixture in `mode`.
pub fn misbehaving(mode: &str, extra: &str) -> String {
    format!(
        "{{ transport: stdio, command: \"{}\", args: [\"{}\", {mode}]{extra} }}",
        python(),
        fixture("misbehaving_server.py")
    )
}

/// Writes `mcp_servers.yaml` with `yaml` into a new temporary directory and loads it.
pub fn config_dir(yaml: &str) -> (tempfile::TempDir, Config) {
    let dir = tempfile::tempdir().expect("temp dir");
    let config_dir = dir.path().join("config");
    std::fs::create_dir_all(&config_dir).expect("config dir");
    std::fs::write(config_dir.join("mcp_servers.yaml"), yaml).expect("write config");
    let config =
        Config::load_dir(&config_dir).unwrap_or_else(|e| panic!("config did not load:\n{e}"));
    (dir, config)
}

/// Loads `mcp_servers_yaml` as an embedded config rooted at the repository (no files written).
pub fn embedded_config(mcp_servers_yaml: &str) -> Config {
    Config::from_texts(
        ConfigSource::Embedded,
        root(),
        ("<test>/mcp_servers.yaml", mcp_servers_yaml),
        None,
    )
    .unwrap_or_else(|e| panic!("test config does not load: {e}\n{mcp_servers_yaml}"))
}

/// Loads a one-server config (`servers: { NAME: <server_yaml> }`).
pub fn config(name: &str, server_yaml: &str) -> Config {
    embedded_config(&format!("servers:\n  {name}: {server_yaml}\n"))
}

/// An `McpManager` over `config`.
pub fn manager(config: Config) -> McpManager {
    McpManager::new(Arc::new(config))
}

/// Waits (bounded) for the first event matching `predicate`; panics with the events seen.
pub async fn wait_for_event(
    events: &mut broadcast::Receiver<ManagerEvent>,
    within: Duration,
    predicate: impl Fn(&ManagerEvent) -> bool,
) -> ManagerEvent {
    let mut seen = Vec::new();
    let result = tokio::time::timeout(within, async {
        loop {
            match events.recv().await {
                Ok(event) if predicate(&event) => return event,
                Ok(event) => seen.push(event),
                Err(broadcast::error::RecvError::Lagged(_)) => {}
                Err(broadcast::error::RecvError::Closed) => {
                    panic!("event channel closed; saw {seen:?}")
                }
            }
        }
    })
    .await;
    result.unwrap_or_else(|_| panic!("no matching event within {within:?}; saw {seen:?}"))
}

/// A port that was free a moment ago (bound, then released for a server to take).
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    listener.local_addr().expect("bound address").port()
}

/// Whether any process of group `pgid` is alive.
pub fn group_alive(pgid: u32) -> bool {
    // SAFETY: signal 0 only checks for existence.
    unsafe { libc::killpg(pgid as i32, 0) == 0 }
}

/// Asserts that process group `pgid` disappears within a bounded time (polling, not sleeping to hope).
pub async fn assert_group_gone(pgid: u32) {
    for _ in 0..100 {
        if !group_alive(pgid) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("process group {pgid} is still alive 5 s after shutdown");
}

/// A privacy gateway with the default settings, keeping its vault and audit log in `dir`.
pub fn privacy_gateway(dir: &tempfile::TempDir) -> PrivacyGateway {
    PrivacyGateway::new(&PrivacyConfig::default(), dir.path()).expect("gateway")
}

/// Redact -> restore gives back every record of a labelled corpus (`privacy eval`'s JSONL)
/// exactly, as text and, for records that are JSON (tool calls), as JSON.
pub fn assert_privacy_round_trips(corpus: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let gateway = privacy_gateway(&dir);
    let records = roxy::privacy::eval::parse_corpus(corpus).expect("corpus parses");
    for record in &records {
        let mut vault = roxy::privacy::Vault::default();
        let redacted = gateway
            .redact_text(&record.text, "test", &[], &mut vault)
            .expect("redact text");
        assert_eq!(gateway.restore_text(&redacted, &vault), record.text);
        if let Ok(value) = serde_json::from_str::<Value>(&record.text) {
            let mut vault = roxy::privacy::Vault::default();
            let redacted = gateway
                .redact(&value, "test", &[], &mut vault)
                .expect("redact json");
            assert_eq!(gateway.restore(&redacted, &vault), value);
        }
    }
}

/// The JSON schema of protocol `version` from ../shared/mcp-schema.
pub fn mcp_schema(version: &str) -> serde_json::Value {
    let path = root()
        .join("../shared/mcp-schema")
        .join(version)
        .join("schema.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{} is needed to validate messages ({e}); the shared/ folder must sit beside the repo",
            path.display()
        )
    });
    serde_json::from_str(&text).expect("schema is JSON")
}

/// Reads the first resource a server lists and gets its first prompt that needs no arguments,
/// checking both come back with content (what every real peer test does).
pub async fn read_a_resource_and_get_a_prompt(manager: &McpManager, server: &str) {
    let resources = manager
        .list_resources(server)
        .await
        .expect("resources/list");
    let first = resources.first().expect("the server lists resources");
    let read = manager
        .read_resource(server, &first.uri)
        .await
        .expect("resources/read");
    assert!(!read.contents.is_empty(), "{} has no contents", first.uri);

    let prompts = manager.list_prompts(server).await.expect("prompts/list");
    let simple = prompts
        .iter()
        .find(|p| p.arguments.iter().all(|a| !a.required))
        .expect("a prompt without required arguments");
    let prompt = manager
        .get_prompt(server, &simple.name, serde_json::json!({}))
        .await
        .expect("prompts/get");
    assert!(
        !prompt.messages.is_empty(),
        "prompt {} has no messages",
        simple.name
    );
}

/// One configured server reached the way an embedder reaches it: through an `McpManager` of its
/// own (sessions are private to Roxy). The transport tests exercise a server through this.
#[derive(Clone)]
pub struct ManagedServer {
    pub manager: McpManager,
    pub name: String,
}

impl ManagedServer {
    /// Starts server `name` of `config` under a new manager; the error says why it did not start.
    pub async fn start(config: Config, name: &str) -> Result<ManagedServer, McpError> {
        ManagedServer::start_with(McpManager::new(Arc::new(config)), name).await
    }

    /// Starts server `name` of `manager`.
    pub async fn start_with(manager: McpManager, name: &str) -> Result<ManagedServer, McpError> {
        match manager.start(name).await {
            Ok(()) => Ok(ManagedServer {
                manager,
                name: name.to_string(),
            }),
            Err(error) => {
                manager.shutdown().await;
                Err(error)
            }
        }
    }

    pub async fn list_tools(&self) -> Result<Vec<Tool>, McpError> {
        let tools = self.manager.server_tools(&self.name).await?;
        Ok(tools.into_iter().map(|info| info.tool).collect())
    }

    pub async fn call_tool(
        &self,
        tool: &str,
        arguments: Value,
        options: CallOptions,
    ) -> Result<CallToolResult, McpError> {
        self.manager
            .call_tool_with(&self.name, tool, arguments, options)
            .await
    }

    pub async fn list_resources(&self) -> Result<Vec<Resource>, McpError> {
        self.manager.list_resources(&self.name).await
    }

    pub async fn list_resource_templates(&self) -> Result<Vec<ResourceTemplate>, McpError> {
        self.manager.list_resource_templates(&self.name).await
    }

    pub async fn read_resource(&self, uri: &str) -> Result<ReadResourceResult, McpError> {
        self.manager.read_resource(&self.name, uri).await
    }

    pub async fn list_prompts(&self) -> Result<Vec<Prompt>, McpError> {
        self.manager.list_prompts(&self.name).await
    }

    pub async fn get_prompt(
        &self,
        name: &str,
        arguments: Value,
    ) -> Result<GetPromptResult, McpError> {
        self.manager.get_prompt(&self.name, name, arguments).await
    }

    pub async fn ping(&self, timeout: Duration) -> Result<(), McpError> {
        self.manager.ping(&self.name, timeout).await
    }

    /// What the server said about itself in the handshake.
    pub fn initialize_result(&self) -> InitializeResult {
        self.manager
            .initialize_result(&self.name)
            .unwrap_or_else(|| panic!("server `{}` does not run", self.name))
    }

    /// Stops the server (and every other of its manager).
    pub async fn close(&self) {
        self.manager.shutdown().await;
    }
}

/// The lines a child writes to `stdout`, as they come, read on a thread of their own so a test
/// can wait for each with a bound (`recv_timeout`).
pub fn lines_of(stdout: std::process::ChildStdout) -> std::sync::mpsc::Receiver<String> {
    use std::io::BufRead;
    let (lines_tx, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });
    lines
}
