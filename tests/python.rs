//! Embedded Python servers (`transport: python`) against the real SDKs in `.venv` (mcp 2.x,
//! fastmcp 4.x): the MCP surface in-process, identity with the same module over stdio, start-up
//! errors, blocking and never-returning tools, restarts, and roxy_system's tools.
//!
//! The embedded interpreter is process-global, so every test here uses `.venv`; the mcp 1.x /
//! fastmcp 2.x tests live in `python_mcp1.rs`.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use roxy::config::{Config, ConfigSource};
use roxy::mcp::McpError;
use roxy::mcp::session::{McpSession, RequestOptions, SessionOptions};
use serde_json::{Value, json};

/// Upper bound for anything that should finish; reaching it means the test failed (a hang).
const HANG_GUARD: Duration = Duration::from_secs(60);

/// A temporary project: `config/` with both files, `python_servers/`, a data dir and a root.
struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new() -> Project {
        let dir = tempfile::tempdir().expect("temp dir");
        for sub in ["config", "python_servers", "data", "root"] {
            std::fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
        }
        Project { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Loads a config whose `servers:` are `servers` (YAML flow mappings by name), using `venv`.
    fn config_with_venv(&self, servers: &[(&str, String)], venv: &Path) -> Config {
        let mut yaml = String::from("servers:\n");
        for (name, server) in servers {
            yaml.push_str(&format!("  {name}: {server}\n"));
        }
        yaml.push_str(&format!("roots: [\"{}\"]\n", self.path("root").display()));
        let roxy = format!(
            "data_dir: \"{}\"\npython: {{ venv: \"{}\" }}\n",
            self.path("data").display(),
            venv.display()
        );
        let config_dir = self.path("config");
        std::fs::write(config_dir.join("mcp_servers.yaml"), yaml).expect("write");
        std::fs::write(config_dir.join("roxy.yaml"), roxy).expect("write");
        let config = Config::load_dir(&config_dir).unwrap_or_else(|e| panic!("config:\n{e}"));
        assert_eq!(config.source, ConfigSource::Dir(config_dir));
        config
    }

    fn config(&self, servers: &[(&str, String)]) -> Config {
        self.config_with_venv(servers, &common::root().join(".venv"))
    }
}

fn python_fixture(name: &str) -> String {
    common::fixture(&format!("python/{name}"))
}

fn embedded(file: &str) -> String {
    format!(
        "{{ transport: python, path: \"{}\" }}",
        python_fixture(file)
    )
}

/// Starts server `name` of `config` in-process and connects a session to it.
async fn connect(config: &Config, name: &str) -> Result<McpSession, McpError> {
    let server = &config.mcp.servers[name];
    let handle = roxy::mcp::python::start(name, server, config).await?;
    let mut options = SessionOptions::new(name);
    options.request_timeout = server.request_timeout();
    McpSession::connect(handle, options).await
}

async fn call(
    session: &McpSession,
    tool: &str,
    arguments: Value,
) -> roxy::mcp::protocol::CallToolResult {
    tokio::time::timeout(
        HANG_GUARD,
        session.call_tool(tool, arguments, RequestOptions::default()),
    )
    .await
    .unwrap_or_else(|_| panic!("`{tool}` did not answer"))
    .unwrap_or_else(|e| panic!("`{tool}` failed: {e}"))
}

fn start_error(result: Result<McpSession, McpError>) -> String {
    match result {
        Err(McpError::StartFailed { message, .. }) => message,
        Err(other) => panic!("expected StartFailed, got {other}"),
        Ok(_) => panic!("the server started"),
    }
}

/// Lists and calls everything the fixture servers share, through a real session.
async fn assert_fixture_surface(session: &McpSession) {
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

#[tokio::test]
async fn serves_an_mcp2_server_in_process() {
    let project = Project::new();
    let config = project.config(&[("mcp2", embedded("mcp2_server.py"))]);
    let session = connect(&config, "mcp2").await.expect("start");
    assert_eq!(session.initialize_result().server_info.name, "fixture-mcp2");
    assert_fixture_surface(&session).await;

    let image = call(&session, "pixel", json!({})).await;
    assert_eq!(image.content[0]["type"], "image");
    assert_eq!(image.content[0]["mimeType"], "image/png");
    assert!(
        image.content[0]["data"]
            .as_str()
            .is_some_and(|d| d.starts_with("iVBOR"))
    );

    let unknown = session.request("no/such/method", None).await;
    assert!(
        matches!(unknown, Err(McpError::Rpc { code: -32601, .. })),
        "{unknown:?}"
    );
    session.close().await;
}

#[tokio::test]
async fn serves_a_fastmcp4_server_in_process() {
    let project = Project::new();
    let config = project.config(&[("fast", embedded("fastmcp_server.py"))]);
    let session = connect(&config, "fast").await.expect("start");
    assert_eq!(
        session.initialize_result().server_info.name,
        "fixture-fastmcp"
    );
    assert_fixture_surface(&session).await;
    session.close().await;
}

/// `tools/list` and a few `tools/call`s, as raw JSON results.
async fn transcript(session: &McpSession) -> Vec<Value> {
    let mut answers = vec![
        session
            .request("tools/list", None)
            .await
            .expect("tools/list"),
    ];
    for (tool, arguments) in [
        ("add", json!({"a": 1, "b": 2})),
        ("shout", json!({"text": "same"})),
        ("fail", json!({"reason": "same"})),
    ] {
        let params = json!({"name": tool, "arguments": arguments});
        answers.push(
            session
                .request("tools/call", Some(params))
                .await
                .expect("tools/call"),
        );
    }
    answers
}

#[tokio::test]
async fn embedded_and_stdio_answer_with_identical_json() {
    for (file, python) in [("mcp2_server.py", ".venv"), ("fastmcp_server.py", ".venv")] {
        let project = Project::new();
        let stdio = format!(
            "{{ transport: stdio, command: \"{}\", args: [\"{}\"] }}",
            common::root().join(python).join("bin/python").display(),
            python_fixture(file)
        );
        let config = project.config(&[("embedded", embedded(file)), ("stdio", stdio)]);
        let embedded_session = connect(&config, "embedded").await.expect("embedded");
        let handle =
            roxy::mcp::transport::stdio::start("stdio", &config.mcp.servers["stdio"], &config)
                .await
                .expect("stdio start");
        let stdio_session = McpSession::connect(handle, SessionOptions::new("stdio"))
            .await
            .expect("stdio connect");
        assert_eq!(
            transcript(&embedded_session).await,
            transcript(&stdio_session).await,
            "{file}: embedded and stdio differ"
        );
        embedded_session.close().await;
        stdio_session.close().await;
    }
}

#[tokio::test]
async fn a_module_that_fails_to_import_shows_its_traceback_and_others_keep_working() {
    let project = Project::new();
    let config = project.config(&[
        ("broken", embedded("broken_import.py")),
        ("good", embedded("mcp2_server.py")),
    ]);
    let message = start_error(connect(&config, "broken").await);
    assert!(message.contains("broken_import.py failed"), "{message}");
    assert!(
        message.contains("RuntimeError: this module is broken on purpose"),
        "{message}"
    );
    assert!(
        message.contains("line 6"),
        "the traceback's location is missing: {message}"
    );

    let good = connect(&config, "good")
        .await
        .expect("the other server starts");
    assert_eq!(
        call(&good, "shout", json!({"text": "ok"})).await.text(),
        "OK"
    );
    good.close().await;
}

#[tokio::test]
async fn a_module_without_a_server_object_lists_what_it_defines() {
    let project = Project::new();
    let config = project.config(&[("none", embedded("no_server.py"))]);
    let message = start_error(connect(&config, "none").await);
    assert!(message.contains("defines no server object"), "{message}");
    assert!(
        message.contains("`GREETING` (str)") && message.contains("`helper` (function)"),
        "{message}"
    );
}

#[tokio::test]
async fn two_server_objects_need_an_object_setting() {
    let project = Project::new();
    let path = python_fixture("two_servers.py");
    let config = project.config(&[
        ("ambiguous", embedded("two_servers.py")),
        (
            "chosen",
            format!("{{ transport: python, path: \"{path}\", object: second }}"),
        ),
        (
            "not_a_server",
            format!("{{ transport: python, path: \"{path}\", object: MCPServer }}"),
        ),
        (
            "missing",
            format!("{{ transport: python, path: \"{path}\", object: third }}"),
        ),
    ]);
    let message = start_error(connect(&config, "ambiguous").await);
    assert!(message.contains("2 server objects"), "{message}");
    assert!(message.contains("`first` (mcp 2.x MCPServer)"), "{message}");
    assert!(
        message.contains("`second` (mcp 2.x MCPServer)"),
        "{message}"
    );
    assert!(message.contains("object: NAME"), "{message}");

    let chosen = connect(&config, "chosen").await.expect("object: second");
    let tools = chosen.list_tools().await.expect("tools/list");
    assert_eq!(
        tools.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
        ["which_one"]
    );
    chosen.close().await;

    let message = start_error(connect(&config, "not_a_server").await);
    assert!(message.contains("is a type, not a server"), "{message}");
    let message = start_error(connect(&config, "missing").await);
    assert!(
        message.contains("no attribute `third`") && message.contains("first"),
        "{message}"
    );
}

#[tokio::test]
async fn a_venv_of_another_python_version_is_refused_naming_both() {
    let project = Project::new();
    let fake_venv = project.path("old-venv");
    std::fs::create_dir_all(fake_venv.join("lib/python3.9/site-packages")).expect("mkdir");
    std::fs::write(
        fake_venv.join("pyvenv.cfg"),
        "home = /usr/bin\nversion = 3.9.18\n",
    )
    .expect("write");
    let config = project.config_with_venv(&[("old", embedded("mcp2_server.py"))], &fake_venv);
    let message = start_error(connect(&config, "old").await);
    assert!(message.contains("Python 3.9"), "{message}");
    assert!(message.contains("Roxy embeds Python 3."), "{message}");
}

#[tokio::test]
async fn a_blocking_sync_tool_stalls_neither_its_server_nor_others() {
    let project = Project::new();
    let config = project.config(&[
        ("blocked", embedded("mcp2_server.py")),
        ("other", embedded("fastmcp_server.py")),
    ]);
    let blocked = connect(&config, "blocked").await.expect("start blocked");
    let other = connect(&config, "other").await.expect("start other");

    let waiting = tokio::spawn({
        let blocked = blocked.clone();
        async move { call(&blocked, "wait_for_release", json!({})).await }
    });
    // While `wait_for_release` holds a thread, both servers keep answering.
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

#[tokio::test]
async fn a_never_returning_tool_times_out_and_is_cancelled_in_python() {
    let project = Project::new();
    let path = python_fixture("mcp2_server.py");
    let config = project.config(&[(
        "slow",
        format!("{{ transport: python, path: \"{path}\", request_timeout: 1s }}"),
    )]);
    let session = connect(&config, "slow").await.expect("start");
    let hung = session
        .call_tool("hang", json!({}), RequestOptions::default())
        .await;
    assert!(matches!(hung, Err(McpError::Timeout { .. })), "{hung:?}");
    // The session's `notifications/cancelled` reached the Python task.
    let cancelled = session
        .call_tool(
            "hang_cancelled",
            json!({}),
            RequestOptions {
                timeout: Some(HANG_GUARD),
                ..Default::default()
            },
        )
        .await
        .expect("hang_cancelled");
    assert_eq!(cancelled.text(), "cancelled");
    assert_eq!(
        call(&session, "shout", json!({"text": "alive"}))
            .await
            .text(),
        "ALIVE"
    );
    session.close().await;
}

#[tokio::test]
async fn a_restart_reimports_the_module_from_python_servers() {
    let project = Project::new();
    let module = project.path("python_servers/versioned.py");
    let write_version = |version: &str| {
        let source = format!(
            "from mcp.server.mcpserver import MCPServer\n\nserver = MCPServer('versioned')\n\n\n\
             @server.tool()\ndef version() -> str:\n    \"\"\"The module's version.\"\"\"\n    return '{version}'\n"
        );
        std::fs::write(&module, source).expect("write module");
    };
    let config = project.config(&[(
        "versioned",
        "{ transport: python, module: versioned }".into(),
    )]);

    write_version("first");
    let session = connect(&config, "versioned").await.expect("start");
    assert_eq!(call(&session, "version", json!({})).await.text(), "first");
    session.close().await;

    write_version("second, edited");
    let session = connect(&config, "versioned").await.expect("restart");
    assert_eq!(
        call(&session, "version", json!({})).await.text(),
        "second, edited"
    );
    session.close().await;
}

#[tokio::test]
async fn the_manager_runs_python_servers_beside_a_broken_one() {
    let project = Project::new();
    let config = project.config(&[
        (
            "roxy_system",
            "{ transport: python, module: roxy_system }".into(),
        ),
        ("broken", embedded("broken_import.py")),
    ]);
    let manager = common::manager(config);
    assert!(manager.start("broken").await.is_err());
    manager
        .start("roxy_system")
        .await
        .expect("roxy_system starts");
    let result = manager
        .call_tool(
            "roxy_system",
            "current_time",
            json!({"timezone": "Asia/Tokyo"}),
        )
        .await;
    assert!(result.success, "{result:?}");
    manager.restart("roxy_system").await.expect("restart");
    let result = manager
        .call_tool("roxy_system", "list_notes", json!({}))
        .await;
    assert!(result.success, "{result:?}");
    manager.shutdown().await;
}

mod roxy_system {
    use super::*;

    /// roxy_system from the copy built into Roxy (the project has no python_servers/roxy_system.py).
    async fn start(project: &Project) -> McpSession {
        let config = project.config(&[(
            "roxy_system",
            "{ transport: python, module: roxy_system }".into(),
        )]);
        connect(&config, "roxy_system")
            .await
            .expect("roxy_system starts")
    }

    #[tokio::test]
    async fn describes_its_tools_with_annotations_and_output_schemas() {
        let project = Project::new();
        let session = start(&project).await;
        let tools = session.list_tools().await.expect("tools/list");
        for tool in &tools {
            assert!(
                tool.description.as_deref().is_some_and(|d| d.len() > 30),
                "{tool:?}"
            );
            assert!(
                tool.output_schema.is_some(),
                "{} has no output schema",
                tool.name
            );
            assert!(
                tool.annotations.is_some(),
                "{} has no annotations",
                tool.name
            );
        }
        let read_only = |name: &str| {
            tools
                .iter()
                .find(|t| t.name == name)
                .and_then(|t| t.annotations.as_ref())
                .and_then(|a| a.read_only_hint)
        };
        assert_eq!(read_only("system_status"), Some(true));
        assert_eq!(read_only("find_files"), Some(true));
        assert_eq!(read_only("add_note"), Some(false));
        session.close().await;
    }

    #[tokio::test]
    async fn reports_system_status() {
        let project = Project::new();
        let session = start(&project).await;
        let status = call(&session, "system_status", json!({})).await;
        let status = status.structured_content.expect("structured");
        assert_eq!(
            status["os"]["system"],
            std::env::consts::OS.replace("linux", "Linux")
        );
        assert!(
            status["memory"]["total_bytes"]
                .as_u64()
                .is_some_and(|b| b > 0),
            "{status}"
        );
        assert!(
            status["cpu"]["logical_cores"]
                .as_u64()
                .is_some_and(|c| c > 0),
            "{status}"
        );
        assert!(
            status["uptime_seconds"].as_f64().is_some_and(|s| s > 0.0),
            "{status}"
        );
        assert!(
            status["disks"].as_array().is_some_and(|d| !d.is_empty()),
            "{status}"
        );
        session.close().await;
    }

    #[tokio::test]
    async fn tells_the_time_in_a_time_zone_and_suggests_names() {
        let project = Project::new();
        let session = start(&project).await;
        let now = call(
            &session,
            "current_time",
            json!({"timezone": "Asia/Kolkata"}),
        )
        .await;
        let now = now.structured_content.expect("structured");
        assert_eq!(now["timezone"], "Asia/Kolkata");
        assert_eq!(now["utc_offset"], "+05:30");
        assert!(
            now["iso"]
                .as_str()
                .is_some_and(|iso| iso.ends_with("+05:30")),
            "{now}"
        );

        let wrong = call(&session, "current_time", json!({"timezone": "kolkata"})).await;
        assert!(wrong.is_error);
        assert!(
            wrong.text().contains("did you mean Asia/Kolkata"),
            "{}",
            wrong.text()
        );
        session.close().await;
    }

    #[tokio::test]
    async fn keeps_notes_in_sqlite_under_the_data_dir() {
        let project = Project::new();
        let session = start(&project).await;
        let added = call(
            &session,
            "add_note",
            json!({"text": "Buy oat milk", "tags": ["Shopping"]}),
        )
        .await;
        assert_eq!(
            added.structured_content.as_ref().map(|n| n["tags"].clone()),
            Some(json!(["shopping"]))
        );
        call(&session, "add_note", json!({"text": "Call the plumber"})).await;
        assert!(project.path("data/notes.sqlite3").is_file());

        let listed = call(&session, "list_notes", json!({}))
            .await
            .structured_content
            .expect("list");
        let texts: Vec<&str> = listed["notes"]
            .as_array()
            .expect("notes")
            .iter()
            .filter_map(|n| n["text"].as_str())
            .collect();
        assert_eq!(texts, ["Call the plumber", "Buy oat milk"]);

        let found = call(&session, "search_notes", json!({"query": "OAT shopping"})).await;
        let found = found.structured_content.expect("search");
        assert_eq!(found["notes"].as_array().map(Vec::len), Some(1), "{found}");
        assert_eq!(found["notes"][0]["text"], "Buy oat milk");
        let none = call(&session, "search_notes", json!({"query": "100%"})).await;
        assert_eq!(none.structured_content.expect("search")["notes"], json!([]));
        session.close().await;
    }

    #[tokio::test]
    async fn finds_files_only_inside_the_roots() {
        let project = Project::new();
        let root = project.path("root");
        std::fs::create_dir_all(root.join("docs")).expect("mkdir");
        std::fs::write(root.join("docs/report.txt"), "r").expect("write");
        std::fs::write(root.join("docs/Report-2.txt"), "r2").expect("write");
        std::fs::write(root.join("readme.md"), "m").expect("write");
        let outside = project.path("outside");
        std::fs::create_dir_all(&outside).expect("mkdir");
        std::fs::write(outside.join("secret-report.txt"), "s").expect("write");
        std::os::unix::fs::symlink(&outside, root.join("escape")).expect("symlink dir");
        std::os::unix::fs::symlink(
            outside.join("secret-report.txt"),
            root.join("linked-report.txt"),
        )
        .expect("symlink file");
        let session = start(&project).await;

        let found = call(&session, "find_files", json!({"query": "report"})).await;
        let found = found.structured_content.expect("structured");
        let paths: Vec<&str> = found["matches"]
            .as_array()
            .expect("matches")
            .iter()
            .filter_map(|m| m["path"].as_str())
            .collect();
        let expected: Vec<String> = ["docs/Report-2.txt", "docs/report.txt"]
            .iter()
            .map(|p| root.join(p).display().to_string())
            .collect();
        assert_eq!(
            paths, expected,
            "symlinks out of the root must not be listed"
        );

        let glob = call(
            &session,
            "find_files",
            json!({"query": "docs/*.txt", "mode": "glob", "limit": 1}),
        )
        .await;
        let glob = glob.structured_content.expect("structured");
        assert_eq!(glob["matches"].as_array().map(Vec::len), Some(1));
        assert_eq!(glob["truncated"], true);

        let exact = call(
            &session,
            "find_files",
            json!({"query": "README.MD", "mode": "name"}),
        )
        .await;
        assert_eq!(
            exact.structured_content.expect("structured")["matches"][0]["path"],
            root.join("readme.md").display().to_string()
        );

        for directory in ["../", "../outside", "escape", "/etc"] {
            let refused = call(
                &session,
                "find_files",
                json!({"query": "report", "directory": directory}),
            )
            .await;
            assert!(
                refused.is_error,
                "{directory} was searched: {}",
                refused.text()
            );
            assert!(
                refused.text().contains("outside the searchable roots"),
                "{}",
                refused.text()
            );
        }
        session.close().await;
    }
}
