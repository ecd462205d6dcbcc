//! Embedded Python servers for `python.rs` and `python_mcp1.rs`: a temporary project with a
//! venv, embedded servers reached through a manager, and the checks both SDK generations must
//! pass.

use std::path::{Path, PathBuf};
use std::time::Duration;

use roxy::config::{Config, ConfigSource};
use roxy::mcp::protocol::CallToolResult;
use roxy::mcp::{CallOptions, McpError};
use serde_json::{Value, json};

use super::{ManagedServer, fixture, root};

/// Upper bound for anything that should finish; reaching it means the test failed (a hang).
pub const HANG_GUARD: Duration = Duration::from_secs(60);

/// A temporary project: `config/` with both files, `python_servers/`, a data dir and a root;
/// python servers use the repository's venv `venv` (`.venv` or `.venv-mcp1`).
pub struct Project {
    dir: tempfile::TempDir,
    venv: PathBuf,
}

impl Project {
    pub fn new(venv: &str) -> Project {
        let dir = tempfile::tempdir().expect("temp dir");
        for sub in ["config", "python_servers", "data", "root"] {
            std::fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
        }
        let venv = root().join(venv);
        assert!(
            venv.join("pyvenv.cfg").is_file(),
            "{} is missing: run scripts/setup.sh",
            venv.display()
        );
        Project { dir, venv }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Loads a config whose `servers:` are `servers` (YAML flow mappings by name), using `venv`.
    pub fn config_with_venv(&self, servers: &[(&str, String)], venv: &Path) -> Config {
        let config_dir = self.write_config(servers, &[], venv);
        let config = Config::load_dir(&config_dir).unwrap_or_else(|e| panic!("config:\n{e}"));
        assert_eq!(config.source, ConfigSource::Dir(config_dir));
        config
    }

    pub fn config(&self, servers: &[(&str, String)]) -> Config {
        self.config_with_venv(servers, &self.venv)
    }

    /// Writes `config/` for the real binary: `servers` as in [`Project::config`], the ones in
    /// `auto_start` started with Roxy. Returns the directory to pass as `--config`.
    pub fn config_dir(&self, servers: &[(&str, String)], auto_start: &[&str]) -> PathBuf {
        self.write_config(servers, auto_start, &self.venv)
    }

    fn write_config(
        &self,
        servers: &[(&str, String)],
        auto_start: &[&str],
        venv: &Path,
    ) -> PathBuf {
        // Imports of different tests' projects take turns (one interpreter, one environment
        // at a time), and the wait counts against the start-up timeout: on a loaded machine
        // one SDK import behind another takes most of the default 30 s.
        let mut yaml = String::from("defaults: { startup_timeout: 120s }\nservers:\n");
        for (name, server) in servers {
            yaml.push_str(&format!("  {name}: {server}\n"));
        }
        yaml.push_str(&format!("roots: [\"{}\"]\n", self.path("root").display()));
        yaml.push_str(&format!(
            "startup: {{ auto_start: [{}] }}\n",
            auto_start.join(", ")
        ));
        let roxy = format!(
            "data_dir: \"{}\"\npython: {{ venv: \"{}\" }}\n",
            self.path("data").display(),
            venv.display()
        );
        let config_dir = self.path("config");
        std::fs::write(config_dir.join("mcp_servers.yaml"), yaml).expect("write");
        std::fs::write(config_dir.join("roxy.yaml"), roxy).expect("write");
        config_dir
    }

    /// `servers:` entry running fixture `file` over stdio with this project's venv.
    pub fn stdio(&self, file: &str) -> String {
        format!(
            "{{ transport: stdio, command: \"{}\", args: [\"{}\"] }}",
            self.venv.join("bin/python").display(),
            python_fixture(file)
        )
    }
}

/// A file under tests/fixtures/python.
pub fn python_fixture(name: &str) -> String {
    fixture(&format!("python/{name}"))
}

/// `servers:` entry serving fixture `file` in-process (`transport: python`).
pub fn embedded(file: &str) -> String {
    format!(
        "{{ transport: python, path: \"{}\" }}",
        python_fixture(file)
    )
}

/// Starts server `name` of `config` (in-process for `transport: python`) under a manager of
/// its own.
pub async fn connect(config: &Config, name: &str) -> Result<ManagedServer, McpError> {
    ManagedServer::start(config.clone(), name).await
}

pub async fn call(session: &ManagedServer, tool: &str, arguments: Value) -> CallToolResult {
    tokio::time::timeout(
        HANG_GUARD,
        session.call_tool(tool, arguments, CallOptions::default()),
    )
    .await
    .unwrap_or_else(|_| panic!("`{tool}` did not answer"))
    .unwrap_or_else(|e| panic!("`{tool}` failed: {e}"))
}

/// Why a server did not start (the manager reports the start failure as the server's state).
pub fn start_error(result: Result<ManagedServer, McpError>) -> String {
    match result {
        Err(McpError::Unavailable { reason, .. }) => reason,
        Err(other) => panic!("expected a start failure, got {other}"),
        Ok(_) => panic!("the server started"),
    }
}

/// Lists and calls everything the fixture servers share, through a real session.
pub async fn assert_fixture_surface(session: &ManagedServer) {
    let tools = session.list_tools().await.expect("tools/list");
    let names: Vec<&str> = tools.iter().map(|t| t.name.as_str()).collect();
    for expected in [
        "add",
        "shout",
        "fail",
        "wait_for_release",
        "release",
        "hang",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    let add = tools.iter().find(|t| t.name == "add").expect("add");
    assert_eq!(add.input_schema["required"], json!(["a", "b"]));
    assert_eq!(
        add.annotations.as_ref().and_then(|a| a.read_only_hint),
        Some(true)
    );
    let output_schema = add
        .output_schema
        .as_ref()
        .expect("add has an output schema");
    assert!(
        output_schema["properties"]["total"].is_object(),
        "{output_schema}"
    );

    let sum = call(session, "add", json!({"a": 2, "b": 3})).await;
    assert!(!sum.is_error);
    assert_eq!(
        sum.structured_content,
        Some(json!({"total": 5, "terms": 2}))
    );

    let shouted = call(session, "shout", json!({"text": "hi"})).await;
    assert_eq!(shouted.text(), "HI");

    let failed = call(session, "fail", json!({"reason": "r1"})).await;
    assert!(failed.is_error);
    assert!(
        failed.text().contains("failed on purpose: r1"),
        "{}",
        failed.text()
    );

    let resources = session.list_resources().await.expect("resources/list");
    assert!(
        resources.iter().any(|r| r.uri == "fixture://greeting"),
        "{resources:?}"
    );
    let greeting = session
        .read_resource("fixture://greeting")
        .await
        .expect("read");
    assert_eq!(greeting.contents[0]["text"], "hello from the fixture");
    let templates = session.list_resource_templates().await.expect("templates");
    assert!(
        templates
            .iter()
            .any(|t| t.uri_template == "fixture://echo/{word}"),
        "{templates:?}"
    );
    let echoed = session
        .read_resource("fixture://echo/abc")
        .await
        .expect("read template");
    assert_eq!(echoed.contents[0]["text"], "echo: abc");

    let prompts = session.list_prompts().await.expect("prompts/list");
    let review = prompts
        .iter()
        .find(|p| p.name == "review")
        .expect("review prompt");
    assert!(
        review
            .arguments
            .iter()
            .any(|a| a.name == "code" && a.required)
    );
    let prompt = session
        .get_prompt("review", json!({"code": "x = 1"}))
        .await
        .expect("get");
    assert_eq!(
        prompt.messages[0]["content"]["text"],
        "Please review:\nx = 1"
    );
}

/// `tools/list` and a few `tools/call`s, as the JSON of what the manager returns.
pub async fn transcript(session: &ManagedServer) -> Vec<Value> {
    let tools = session.list_tools().await.expect("tools/list");
    let mut answers = vec![serde_json::to_value(tools).expect("tools as JSON")];
    for (tool, arguments) in [
        ("add", json!({"a": 1, "b": 2})),
        ("shout", json!({"text": "same"})),
        ("fail", json!({"reason": "same"})),
    ] {
        let answer = call(session, tool, arguments).await;
        answers.push(serde_json::to_value(answer).expect("tools/call as JSON"));
    }
    answers
}

/// The same fixture served over stdio by the Python SDK and embedded gives the same JSON.
pub async fn assert_stdio_and_embedded_agree(venv: &str, file: &str) {
    let project = Project::new(venv);
    let config = project.config(&[("embedded", embedded(file)), ("stdio", project.stdio(file))]);
    let embedded_session = connect(&config, "embedded").await.expect("embedded");
    let stdio_session = connect(&config, "stdio").await.expect("stdio");
    assert_eq!(
        transcript(&embedded_session).await,
        transcript(&stdio_session).await,
        "{file}: embedded and stdio differ"
    );
    embedded_session.close().await;
    stdio_session.close().await;
}

/// While `wait_for_release` blocks a thread of `blocked_file`'s server, that server and the
/// server of `other_file` keep answering; `release` then lets it return.
pub async fn assert_blocking_tool_stalls_nothing(venv: &str, blocked_file: &str, other_file: &str) {
    let project = Project::new(venv);
    let config = project.config(&[
        ("blocked", embedded(blocked_file)),
        ("other", embedded(other_file)),
    ]);
    let blocked = connect(&config, "blocked").await.expect("start blocked");
    let other = connect(&config, "other").await.expect("start other");

    let waiting = tokio::spawn({
        let blocked = blocked.clone();
        async move { call(&blocked, "wait_for_release", json!({})).await }
    });
    assert_eq!(
        call(&other, "shout", json!({"text": "other"})).await.text(),
        "OTHER"
    );
    assert_eq!(
        call(&blocked, "shout", json!({"text": "same"}))
            .await
            .text(),
        "SAME"
    );
    assert!(
        !waiting.is_finished(),
        "wait_for_release returned before release"
    );

    call(&blocked, "release", json!({})).await;
    let released = tokio::time::timeout(HANG_GUARD, waiting)
        .await
        .expect("released")
        .expect("task");
    assert_eq!(released.text(), "released");
    blocked.close().await;
    other.close().await;
}

/// `hang` runs into its call's timeout, and the session's `notifications/cancelled` cancels the
/// Python task (`hang_cancelled` returns only then); the server keeps answering. The timeout is
/// the call's own, not the server's `request_timeout`, which would also bound the start-up's
/// `tools/list` while another test's import holds the interpreter.
pub async fn assert_never_returning_tool_times_out(venv: &str, file: &str) {
    let project = Project::new(venv);
    let config = project.config(&[("slow", embedded(file))]);
    let session = connect(&config, "slow").await.expect("start");
    let one_second = CallOptions {
        timeout: Some(Duration::from_secs(1)),
        ..CallOptions::default()
    };
    let hung = session.call_tool("hang", json!({}), one_second).await;
    assert!(matches!(hung, Err(McpError::Timeout { .. })), "{hung:?}");
    let cancelled = session
        .call_tool(
            "hang_cancelled",
            json!({}),
            CallOptions {
                timeout: Some(HANG_GUARD),
                ..Default::default()
            },
        )
        .await
        .expect("hang_cancelled");
    assert_eq!(cancelled.text(), "cancelled");
    assert_still_answers(&session).await;
    session.close().await;
}

/// The fixture server behind `session` still answers a plain call (its `shout` tool).
pub async fn assert_still_answers(session: &ManagedServer) {
    assert_eq!(
        call(session, "shout", json!({"text": "alive"}))
            .await
            .text(),
        "ALIVE"
    );
}
