//! `roxy config import` and `roxy config export` through the real binary: one fixture file per
//! client format (tests/fixtures/import/), the written mcp_servers.yaml passes `roxy config
//! check`, `--write` keeps comments and refuses name clashes, secrets never reach the YAML, and
//! an exported snippet imports back as a `roxy` entry.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// The config a person already has: comments, an existing server, a `startup:` section.
const EXISTING: &str = "\
# my servers
defaults:
  request_timeout: 60s

servers:
  # the memory graph
  memory:
    transport: stdio
    command: node   # keep this comment
    args: [memory.js]

startup:
  auto_start: [memory]
";

fn fixture(name: &str) -> String {
    common::fixture(&format!("import/{name}"))
}

/// A temporary config dir holding `mcp_servers.yaml` with `text`.
fn config_dir(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(config.join("mcp_servers.yaml"), text).expect("write config");
    (dir, config)
}

/// Runs `roxy --config DIR ARGS...` with HOME (and the other variables that locate client files)
/// pointed at `home`, so no real client file is read, and the extra environment `env`.
fn roxy(config: &Path, home: &Path, args: &[&str], env: &[(String, String)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_roxy"));
    command
        .arg("--config")
        .arg(config)
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env_remove("CODEX_HOME")
        .env_remove("CLAUDE_CONFIG_DIR")
        .env_remove("ROXY_CONFIG")
        .env("ROXY_DATA_DIR", home.join("data"))
        .current_dir(home);
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("run roxy")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn import_json(config: &Path, home: &Path, args: &[&str]) -> Value {
    let mut all = vec!["config", "import"];
    all.extend_from_slice(args);
    all.push("--json");
    let output = roxy(config, home, &all, &[]);
    assert!(
        output.status.success(),
        "import failed: {}\n{}",
        text(&output.stderr),
        text(&output.stdout)
    );
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(&output.stdout)))
}

fn server<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["servers"]
        .as_array()
        .expect("servers array")
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no imported server `{name}` in {report:#}"))
}

/// The environment the exported variables of `report` ask for, with their values (or a
/// stand-in for the ones whose value the source does not hold, like VS Code inputs).
fn exports(report: &Value) -> Vec<(String, String)> {
    report["exports"]
        .as_array()
        .expect("exports array")
        .iter()
        .map(|e| {
            (
                e["name"].as_str().expect("name").to_string(),
                e["value"].as_str().unwrap_or("stand-in").to_string(),
            )
        })
        .collect()
}

/// Every variable the written file names, set (values from `exports` where known).
fn environment_for(yaml: &str, exports: &[(String, String)]) -> Vec<(String, String)> {
    let mut env = exports.to_vec();
    let mut rest = yaml;
    while let Some(start) = rest.find("${env:") {
        let after = &rest[start + 6..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !env.iter().any(|(n, _)| *n == name) {
            env.push((name, "set-for-the-test".into()));
        }
        rest = after;
    }
    env
}

/// Imports `file` as `client` with --write into a config holding EXISTING, checks the result
/// with `roxy config check`, and returns the JSON report and the written file.
fn write_and_check(client: &str, file: &str) -> (Value, String) {
    let (home, config) = config_dir(EXISTING);
    let report = import_json(
        &config,
        home.path(),
        &["--from", client, &fixture(file), "--write"],
    );
    assert_eq!(report["written"], true, "{report:#}");
    let written = std::fs::read_to_string(config.join("mcp_servers.yaml")).expect("read back");
    assert!(written.contains("# keep this comment"), "{written}");
    assert!(written.contains("# the memory graph"), "{written}");
    for (name, value) in exports(&report) {
        assert!(
            !written.contains(&value) || value == "stand-in",
            "the secret of {name} was written into the YAML:\n{written}"
        );
    }
    let env = environment_for(&written, &exports(&report));
    let check = roxy(&config, home.path(), &["config", "check", "--json"], &env);
    assert!(
        check.status.success(),
        "config check failed after importing {file}:\n{}\n{written}",
        text(&check.stderr)
    );
    let checked: Value = serde_json::from_slice(&check.stdout).expect("config check --json");
    for imported in report["servers"].as_array().expect("servers") {
        let name = imported["name"].as_str().expect("name");
        assert!(
            checked.to_string().contains(&format!("\"{name}\"")),
            "`{name}` missing from config check output"
        );
    }
    (report, written)
}

fn warnings(report: &Value) -> String {
    report["warnings"].to_string()
}

#[test]
fn claude_desktop_secrets_become_env_references_and_mcp_remote_becomes_http() {
    let (report, written) = write_and_check("claude-desktop", "claude_desktop_config.json");
    let github = server(&report, "github");
    assert_eq!(
        github["entry"]["env"]["GITHUB_PERSONAL_ACCESS_TOKEN"],
        "${env:GITHUB_PERSONAL_ACCESS_TOKEN}"
    );
    let export = exports(&report);
    assert!(
        export.contains(&(
            "GITHUB_PERSONAL_ACCESS_TOKEN".into(),
            "ghp_fixtureToken0123456789abcdefABCDEF01".into()
        )),
        "{export:?}"
    );
    // `Linear (remote)` is sanitised; the mcp-remote wrapper is a native http entry whose
    // header took its value from the wrapper's env, as a secret.
    let linear = server(&report, "Linear_remote");
    assert_eq!(linear["original_name"], "Linear (remote)");
    assert_eq!(linear["entry"]["transport"], "http");
    assert_eq!(linear["entry"]["url"], "https://mcp.linear.app/mcp");
    let header = linear["entry"]["headers"]["Authorization"]
        .as_str()
        .expect("Authorization header");
    assert!(header.starts_with("Bearer ${env:"), "{header}");
    assert!(!written.contains("lin_api_fixture"), "{written}");
    assert!(!written.contains("mcp-remote"), "{written}");
    // No interpolation in Claude Desktop: a literal `${` stays literal.
    let weather = server(&report, "weather_example");
    assert_eq!(
        weather["entry"]["env"]["TEMPLATE"],
        "$${not a variable here}"
    );
    assert_eq!(weather["entry"]["env"]["UNITS"], "metric");
    // A secret given as an argument moves out too; an argument naming a variable does not.
    let brave = server(&report, "brave");
    assert_eq!(
        brave["entry"]["args"],
        serde_json::json!([
            "-y",
            "brave-search-mcp",
            "--api-key",
            "${env:BRAVE_API_KEY}",
            "--key-env=BRAVE_KEY"
        ])
    );
    assert!(!written.contains("BSAargsecret"), "{written}");
}

#[test]
fn claude_code_variables_types_and_disabled_entries() {
    let (report, _) = write_and_check("claude-code", "claude_code.mcp.json");
    let sentry = server(&report, "sentry");
    assert_eq!(sentry["entry"]["transport"], "http");
    assert_eq!(
        sentry["entry"]["headers"]["Authorization"],
        "Bearer ${env:SENTRY_TOKEN}"
    );
    let asana = server(&report, "asana");
    assert_eq!(asana["entry"]["transport"], "sse");
    assert_eq!(
        asana["entry"]["url"],
        "${env:ASANA_URL:-https://mcp.asana.com/sse}"
    );
    let db = server(&report, "db");
    assert_eq!(db["entry"]["command"], "${env:HOME}/bin/db-mcp");
    assert_eq!(
        db["entry"]["args"][1],
        "${env:DATABASE_URL:-postgres://localhost/dev}"
    );
    assert_eq!(db["entry"]["env"]["DB_LOG"], "${env:LOG_LEVEL:-info}");
    assert_eq!(server(&report, "old-tool")["entry"]["enabled"], false);
    assert!(warnings(&report).contains("oauth"), "{report:#}");
}

#[test]
fn cursor_workspace_variables_env_references_and_sse_only_remote() {
    let (report, _) = write_and_check("cursor", "cursor.mcp.json");
    let context7 = server(&report, "context7");
    assert_eq!(context7["entry"]["transport"], "http");
    assert_eq!(
        context7["entry"]["headers"]["CONTEXT7_API_KEY"],
        "${env:CONTEXT7_API_KEY}"
    );
    let notes = server(&report, "project-notes");
    let arg = notes["entry"]["args"][0].as_str().expect("first arg");
    assert!(
        !arg.contains("${") && arg.ends_with("/tools/notes-server.js"),
        "{arg}"
    );
    assert_eq!(
        notes["entry"]["env"]["OPENAI_API_KEY"],
        "${env:OPENAI_API_KEY}"
    );
    assert_eq!(notes["entry"]["env"]["NOTES_MODE"], "read-only");
    assert!(warnings(&report).contains("envFile"), "{report:#}");
    // A secret in the URL's query moves out; the rest of the URL stays.
    let exa = server(&report, "exa");
    assert_eq!(
        exa["entry"]["url"],
        "https://server.smithery.ai/@smithery/exa/mcp?api_key=${env:EXA_API_KEY}&profile=quiet-owl"
    );
    let stripe = server(&report, "stripe");
    assert_eq!(stripe["entry"]["transport"], "sse");
    assert_eq!(stripe["entry"]["url"], "https://mcp.stripe.com");
}

#[test]
fn vscode_inputs_become_variables_to_export() {
    let (report, _) = write_and_check("vscode", "vscode.mcp.json");
    let perplexity = server(&report, "Perplexity");
    assert_eq!(
        perplexity["entry"]["env"]["PERPLEXITY_API_KEY"],
        "${env:PERPLEXITY_API_KEY}"
    );
    let github = server(&report, "github");
    assert_eq!(
        github["entry"]["headers"]["Authorization"],
        "Bearer ${env:GH_TOKEN}"
    );
    let names: Vec<String> = exports(&report).into_iter().map(|(n, _)| n).collect();
    assert!(
        names.contains(&"PERPLEXITY_API_KEY".to_string()),
        "{names:?}"
    );
    assert!(names.contains(&"GH_TOKEN".to_string()), "{names:?}");
    assert_eq!(server(&report, "local-sse")["entry"]["transport"], "sse");
    let warned = warnings(&report);
    assert!(
        warned.contains("envFile") && warned.contains("dev"),
        "{warned}"
    );
}

#[test]
fn windsurf_server_url_and_disabled() {
    let (report, _) = write_and_check("windsurf", "windsurf.mcp_config.json");
    let figma = server(&report, "figma");
    assert_eq!(figma["entry"]["url"], "https://mcp.figma.com/mcp");
    assert_eq!(
        figma["entry"]["headers"]["X-Figma-Token"],
        "${env:FIGMA_TOKEN}"
    );
    assert_eq!(server(&report, "git")["entry"]["enabled"], false);
    assert_eq!(
        server(&report, "brave-search")["entry"]["disabled_tools"][0],
        "brave_local_search"
    );
}

#[test]
fn goose_extensions_env_keys_and_builtins() {
    let (report, _) = write_and_check("goose", "goose.config.yaml");
    let github = server(&report, "github");
    assert_eq!(github["entry"]["command"], "npx");
    assert_eq!(
        github["entry"]["env"]["GITHUB_PERSONAL_ACCESS_TOKEN"],
        "${env:GITHUB_PERSONAL_ACCESS_TOKEN}"
    );
    assert_eq!(github["entry"]["request_timeout"], "5m");
    let tavily = server(&report, "tavily");
    assert_eq!(tavily["entry"]["enabled"], false);
    assert_eq!(tavily["entry"]["enabled_tools"][0], "tavily-search");
    assert_eq!(
        tavily["entry"]["env"]["TAVILY_API_KEY"],
        "${env:TAVILY_API_KEY}"
    );
    assert_eq!(server(&report, "remote-docs")["entry"]["transport"], "http");
    assert_eq!(server(&report, "legacy")["entry"]["transport"], "sse");
    assert!(
        !report["servers"].to_string().contains("\"developer\""),
        "a goose builtin has no command to import: {report:#}"
    );
    assert!(warnings(&report).contains("developer"), "{report:#}");
    // An extension without its command is left out with a warning; the rest is imported (it
    // failed the whole import).
    assert!(
        !report["servers"].to_string().contains("half-written"),
        "{report:#}"
    );
    assert!(
        warnings(&report).contains("`half-written`: a stdio server without a command"),
        "{report:#}"
    );
}

#[test]
fn codex_env_var_fields_become_references() {
    let (report, _) = write_and_check("codex", "codex.config.toml");
    let docs = server(&report, "docs");
    assert_eq!(docs["entry"]["env_vars"][1], "LOCAL_TOKEN");
    assert_eq!(docs["entry"]["cwd"], "/home/ada/src/docs");
    assert_eq!(docs["entry"]["startup_timeout"], "20s");
    assert_eq!(docs["entry"]["request_timeout"], "45500ms");
    assert_eq!(
        docs["entry"]["env"]["DOCS_API_TOKEN"],
        "${env:DOCS_API_TOKEN}"
    );
    assert_eq!(docs["entry"]["enabled_tools"][1], "open");
    let figma = server(&report, "figma");
    assert_eq!(
        figma["entry"]["headers"]["Authorization"],
        "Bearer ${env:FIGMA_OAUTH_TOKEN}"
    );
    assert_eq!(
        figma["entry"]["headers"]["X-Figma-Team"],
        "${env:FIGMA_TEAM_ID}"
    );
    assert_eq!(figma["entry"]["headers"]["X-Figma-Region"], "us-east-1");
    let linear = server(&report, "linear");
    assert_eq!(linear["entry"]["enabled"], false);
    assert!(warnings(&report).contains("scopes"), "{report:#}");
}

#[test]
fn zed_context_servers_in_both_forms() {
    let (report, written) = write_and_check("zed", "zed.settings.json");
    assert_eq!(server(&report, "postgres")["entry"]["command"], "npx");
    let nested = server(&report, "nested-form");
    assert_eq!(nested["entry"]["command"], "/usr/local/bin/my-mcp");
    assert_eq!(
        nested["entry"]["env"]["MY_MCP_SECRET"],
        "${env:MY_MCP_SECRET}"
    );
    let remote = server(&report, "remote");
    assert!(
        remote["entry"]["headers"]["Authorization"]
            .as_str()
            .is_some_and(|h| h.starts_with("Bearer ${env:")),
        "{remote:#}"
    );
    assert!(!written.contains("zed-fixture-token"), "{written}");
    assert!(
        warnings(&report).contains("mcp-server-github"),
        "{report:#}"
    );
}

#[test]
fn preview_prints_a_diff_and_writes_nothing() {
    let (home, config) = config_dir(EXISTING);
    let output = roxy(
        &config,
        home.path(),
        &[
            "config",
            "import",
            "--from",
            "windsurf",
            &fixture("windsurf.mcp_config.json"),
        ],
        &[],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("+++ "), "{stdout}");
    assert!(stdout.contains("\n+  figma:\n"), "{stdout}");
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("windsurf.mcp_config.json"),
        "names the file read: {stderr}"
    );
    assert!(stderr.contains("export BRAVE_API_KEY="), "{stderr}");
    assert!(
        !stdout.contains("BSAfixture"),
        "a secret reached stdout: {stdout}"
    );
    assert_eq!(
        std::fs::read_to_string(config.join("mcp_servers.yaml")).expect("read"),
        EXISTING
    );
}

#[test]
fn write_refuses_name_clashes_and_leaves_the_file_alone() {
    let (home, config) = config_dir(EXISTING);
    let source = home.path().join("mcp.json");
    std::fs::write(
        &source,
        r#"{"mcpServers": {"memory": {"command": "other"}, "new-one": {"command": "x"}}}"#,
    )
    .expect("write source");
    let output = roxy(
        &config,
        home.path(),
        &[
            "config",
            "import",
            "--from",
            "cursor",
            source.to_str().unwrap(),
            "--write",
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("`memory`"), "{stderr}");
    assert!(stderr.contains("--skip-existing"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(config.join("mcp_servers.yaml")).expect("read"),
        EXISTING
    );
    // With --skip-existing the new one goes in and the existing one stays as it was.
    let report = import_json(
        &config,
        home.path(),
        &[
            "--from",
            "cursor",
            source.to_str().unwrap(),
            "--write",
            "--skip-existing",
        ],
    );
    assert_eq!(report["skipped"][0], "memory", "{report:#}");
    let written = std::fs::read_to_string(config.join("mcp_servers.yaml")).expect("read");
    assert!(written.contains("new-one:"), "{written}");
    assert!(
        written.contains("command: node   # keep this comment"),
        "{written}"
    );
    assert!(!written.contains("command: other"), "{written}");
}

#[test]
fn an_entry_that_fails_validation_writes_nothing() {
    let (home, config) = config_dir(EXISTING);
    let source = home.path().join("mcp.json");
    std::fs::write(
        &source,
        r#"{"mcpServers": {"ws": {"url": "ws://127.0.0.1:9/mcp"}}}"#,
    )
    .expect("write source");
    let output = roxy(
        &config,
        home.path(),
        &[
            "config",
            "import",
            "--from",
            "cursor",
            source.to_str().unwrap(),
            "--write",
        ],
        &[],
    );
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(text(&output.stderr).contains("`ws` URLs are not supported"));
    assert_eq!(
        std::fs::read_to_string(config.join("mcp_servers.yaml")).expect("read"),
        EXISTING
    );
}

#[test]
fn a_missing_default_file_names_the_path_tried() {
    let (home, config) = config_dir(EXISTING);
    let output = roxy(
        &config,
        home.path(),
        &["config", "import", "--from", "cursor"],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    let expected = home.path().join(".cursor/mcp.json");
    assert!(stderr.contains(&expected.display().to_string()), "{stderr}");
}

#[test]
fn the_format_is_detected_when_unambiguous() {
    let (home, config) = config_dir(EXISTING);
    for (file, client) in [
        ("codex.config.toml", "codex"),
        ("goose.config.yaml", "goose"),
        ("vscode.mcp.json", "vscode"),
        ("zed.settings.json", "zed"),
        ("windsurf.mcp_config.json", "windsurf"),
        ("claude_desktop_config.json", "claude-desktop"),
    ] {
        let report = import_json(&config, home.path(), &[&fixture(file)]);
        assert_eq!(report["client"], client, "{file}");
    }
    // A plain `mcpServers` file under a neutral name could be any of four clients.
    let source = home.path().join("servers.json");
    std::fs::write(&source, r#"{"mcpServers": {"a": {"command": "x"}}}"#).expect("write");
    let output = roxy(
        &config,
        home.path(),
        &["config", "import", source.to_str().unwrap()],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("--from"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn without_from_or_file_the_one_client_found_is_read() {
    let (home, config) = config_dir(EXISTING);
    let windsurf = home.path().join(".codeium/windsurf");
    std::fs::create_dir_all(&windsurf).expect("dir");
    std::fs::copy(
        fixture("windsurf.mcp_config.json"),
        windsurf.join("mcp_config.json"),
    )
    .expect("copy");
    let report = import_json(&config, home.path(), &[]);
    assert_eq!(report["client"], "windsurf", "{report:#}");
    // A second client's file makes the choice ambiguous: both are named.
    let cursor = home.path().join(".cursor");
    std::fs::create_dir_all(&cursor).expect("dir");
    std::fs::copy(fixture("cursor.mcp.json"), cursor.join("mcp.json")).expect("copy");
    let output = roxy(&config, home.path(), &["config", "import"], &[]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("windsurf (") && stderr.contains("cursor (") && stderr.contains("--from"),
        "{stderr}"
    );
}

/// Exports a snippet for `client`, imports it back, and returns the `roxy` entry.
fn round_trip(client: &str, file_name: &str, extra: &[&str]) -> Value {
    let (home, config) = config_dir(EXISTING);
    let mut args = vec!["config", "export", "--for", client];
    args.extend_from_slice(extra);
    let output = roxy(&config, home.path(), &args, &[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let snippet = home.path().join(file_name);
    std::fs::write(&snippet, &output.stdout).expect("write snippet");
    let report = import_json(
        &config,
        home.path(),
        &["--from", client, snippet.to_str().unwrap()],
    );
    server(&report, "roxy").clone()
}

#[test]
fn export_then_import_gives_back_a_roxy_entry() {
    let binary = std::fs::canonicalize(env!("CARGO_BIN_EXE_roxy")).expect("binary path");
    for (client, file) in [
        ("claude-desktop", "claude_desktop_config.json"),
        ("claude-code", ".mcp.json"),
        ("cursor", "mcp.json"),
        ("vscode", "mcp.json"),
        ("windsurf", "mcp_config.json"),
        ("goose", "config.yaml"),
        ("codex", "config.toml"),
        ("zed", "settings.json"),
    ] {
        let entry = round_trip(client, file, &[]);
        assert_eq!(entry["entry"]["transport"], "stdio", "{client}: {entry:#}");
        assert_eq!(
            entry["entry"]["command"],
            binary.display().to_string(),
            "{client}"
        );
        let args: Vec<&str> = entry["entry"]["args"]
            .as_array()
            .expect("args")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(args[0], "--config", "{client}: {args:?}");
        assert!(args[1].ends_with("/config"), "{client}: {args:?}");
        assert_eq!(&args[2..], ["serve", "--stdio"], "{client}");
    }
    for (client, file) in [
        ("claude-code", ".mcp.json"),
        ("cursor", "mcp.json"),
        ("vscode", "mcp.json"),
        ("windsurf", "mcp_config.json"),
        ("codex", "config.toml"),
    ] {
        let entry = round_trip(
            client,
            file,
            &[
                "--http",
                "http://127.0.0.1:8765/mcp",
                "--token-env",
                "ROXY_TOKEN_X",
            ],
        );
        assert_eq!(entry["entry"]["transport"], "http", "{client}: {entry:#}");
        assert_eq!(
            entry["entry"]["url"], "http://127.0.0.1:8765/mcp",
            "{client}"
        );
        assert_eq!(
            entry["entry"]["headers"]["Authorization"], "Bearer ${env:ROXY_TOKEN_X}",
            "{client}"
        );
    }
}

/// The whole way: a Claude Desktop config at its default location with a stdio server and an
/// mcp-remote wrapper around a real HTTP server; after `import --write`, Roxy starts both from
/// the written file and lists their tools.
#[tokio::test(flavor = "multi_thread")]
async fn imported_servers_start_and_answer() {
    let port = common::free_port();
    let _peer = common::http::Peer::spawn(
        Command::new(common::python())
            .arg(common::fixture("http/python_server.py"))
            .args(["mcp", "streamable-http", &port.to_string()]),
    );
    let url = format!("http://127.0.0.1:{port}/mcp");
    common::http::wait_until_answering(&url).await;

    let (home, config) = config_dir(EXISTING);
    let claude_dir = home.path().join(".config/Claude");
    std::fs::create_dir_all(&claude_dir).expect("claude dir");
    let memory_server = common::root()
        .join("tests/peers/node_modules/@modelcontextprotocol/server-memory/dist/index.js");
    let source = serde_json::json!({
        "mcpServers": {
            "graph": {
                "command": "node",
                "args": [memory_server],
                "env": { "MEMORY_FILE_PATH": home.path().join("graph.jsonl") }
            },
            "remote tools": {
                "command": "npx",
                "args": ["-y", "mcp-remote", url, "--header", "Authorization:${AUTH_HEADER}"],
                "env": { "AUTH_HEADER": "Bearer sk-fixture-0123456789abcdefghij" }
            }
        }
    });
    std::fs::write(
        claude_dir.join("claude_desktop_config.json"),
        serde_json::to_string_pretty(&source).expect("json"),
    )
    .expect("write claude config");
    let output = roxy(
        &config,
        home.path(),
        &["config", "import", "--from", "claude-desktop", "--write"],
        &[],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(".config/Claude/claude_desktop_config.json"),
        "says which file it read: {stderr}"
    );
    assert!(stderr.contains("export REMOTE_TOOLS_TOKEN="), "{stderr}");
    let env = vec![(
        "REMOTE_TOOLS_TOKEN".to_string(),
        "sk-fixture-0123456789abcdefghij".to_string(),
    )];
    for (server, tool) in [("graph", "create_entities"), ("remote_tools", "add")] {
        let tools = roxy(&config, home.path(), &["tools", server, "--json"], &env);
        assert!(
            tools.status.success(),
            "roxy tools {server}: {}",
            text(&tools.stderr)
        );
        assert!(
            text(&tools.stdout).contains(&format!("\"{tool}\"")),
            "{server} lacks {tool}: {}",
            text(&tools.stdout)
        );
    }
}

#[test]
fn write_starts_a_config_dir_without_mcp_servers_yaml_and_refuses_the_built_in_one() {
    let home = tempfile::tempdir().expect("temp dir");
    let config = home.path().join("new-config");
    let report = import_json(
        &config,
        home.path(),
        &[
            "--from",
            "windsurf",
            &fixture("windsurf.mcp_config.json"),
            "--write",
        ],
    );
    assert_eq!(report["written"], true);
    let written = std::fs::read_to_string(config.join("mcp_servers.yaml")).expect("created");
    // A new file starts from the built-in servers, so the shipped skills keep theirs.
    for built_in in [
        "  roxy_system:\n",
        "  memory:\n",
        "  auto_start: [roxy_system, memory]",
    ] {
        assert!(
            written.contains(built_in),
            "{built_in:?} missing:\n{written}"
        );
    }
    assert!(written.contains("# imported from windsurf"), "{written}");
    let env = environment_for(&written, &exports(&report));
    let check = roxy(&config, home.path(), &["config", "check"], &env);
    assert!(check.status.success(), "{}", text(&check.stderr));

    // Without --config, ROXY_CONFIG or ./config Roxy runs on its built-in config: a preview
    // works and says how to keep the servers (not "add --write", which is refused).
    let built_in = |extra: &[&str]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_roxy"));
        command
            .args(["config", "import", "--from", "windsurf"])
            .arg(fixture("windsurf.mcp_config.json"))
            .args(extra)
            .env("HOME", home.path())
            .env_remove("ROXY_CONFIG")
            .current_dir(home.path());
        command.output().expect("run roxy")
    };
    let preview = built_in(&[]);
    assert!(preview.status.success());
    let said = text(&preview.stderr);
    assert!(
        said.contains("add --write with --config DIR") && !said.contains("merge this into"),
        "{said}"
    );
    let refused = built_in(&["--write"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        text(&refused.stderr).contains("--config DIR"),
        "{}",
        text(&refused.stderr)
    );
}

#[test]
fn export_refuses_a_name_that_is_no_server_name() {
    let (home, config) = config_dir(EXISTING);
    let output = roxy(
        &config,
        home.path(),
        &["config", "export", "--for", "codex", "--name", "my roxy"],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("`my_roxy`"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn an_env_file_is_read_into_env_with_its_secrets_exported() {
    let (home, config) = config_dir(EXISTING);
    let project = home.path().join("proj");
    std::fs::create_dir_all(project.join(".vscode")).expect("dirs");
    std::fs::write(
        project.join(".vscode/mcp.json"),
        r#"{"servers": {"api": {"type": "stdio", "command": "api-server",
            "envFile": "${workspaceFolder}/.env", "env": {"MODE": "fast"}}}}"#,
    )
    .expect("mcp.json");
    std::fs::write(
        project.join(".env"),
        "# settings\nexport API_TOKEN=\"tok_0123456789abcdef\"\nREGION=eu-west-1\nMODE=slow\n\n",
    )
    .expect(".env");
    let file = project.join(".vscode/mcp.json");
    let report = import_json(
        &config,
        home.path(),
        &["--from", "vscode", file.to_str().unwrap()],
    );
    let api = server(&report, "api");
    assert_eq!(
        api["entry"]["env"]["API_TOKEN"], "${env:API_TOKEN}",
        "{report:#}"
    );
    assert_eq!(api["entry"]["env"]["REGION"], "eu-west-1");
    assert_eq!(api["entry"]["env"]["MODE"], "fast", "env wins over envFile");
    assert!(
        exports(&report).contains(&("API_TOKEN".into(), "tok_0123456789abcdef".into())),
        "{report:#}"
    );
    assert!(!warnings(&report).contains("envFile"), "{report:#}");
}

#[test]
fn claude_code_user_scope_and_the_local_scope_of_this_directory() {
    let (home, config) = config_dir(EXISTING);
    let here = std::fs::canonicalize(home.path()).expect("canonical home");
    let source = serde_json::json!({
        "numStartups": 12,
        "mcpServers": { "user-wide": { "command": "a" }, "shared": { "command": "user" } },
        "projects": {
            here.display().to_string(): { "mcpServers": { "shared": { "command": "local" } } },
            "/somewhere/else": { "mcpServers": { "other": { "command": "b" } } }
        }
    });
    std::fs::write(home.path().join(".claude.json"), source.to_string()).expect("write");
    let report = import_json(&config, home.path(), &["--from", "claude-code"]);
    assert_eq!(server(&report, "user-wide")["entry"]["command"], "a");
    assert_eq!(server(&report, "shared")["entry"]["command"], "local");
    assert!(
        !report["servers"].to_string().contains("\"other\""),
        "another project's servers stay out: {report:#}"
    );
}

/// `--http` must be an http(s) URL ("localhost:8765" parses, with `localhost` as its scheme);
/// a data directory set in this shell's environment is one the client's Roxy would not see,
/// and the export says so.
#[test]
fn export_checks_the_url_and_names_a_data_directory_the_client_would_not_see() {
    let (home, config) = config_dir(EXISTING);
    let schemeless = roxy(
        &config,
        home.path(),
        &[
            "config",
            "export",
            "--for",
            "cursor",
            "--http",
            "localhost:8765",
        ],
        &[],
    );
    assert_eq!(schemeless.status.code(), Some(2));
    assert!(
        text(&schemeless.stderr).contains("not an http(s) URL"),
        "{}",
        text(&schemeless.stderr)
    );
    // `roxy` here sets ROXY_DATA_DIR, as a person's shell may.
    let stdio = roxy(
        &config,
        home.path(),
        &["config", "export", "--for", "claude-desktop"],
        &[],
    );
    assert!(stdio.status.success(), "{}", text(&stdio.stderr));
    assert!(
        text(&stdio.stderr).contains("ROXY_DATA_DIR is set here"),
        "{}",
        text(&stdio.stderr)
    );
}

/// A renamed server says why it was renamed: a name with other characters, one that starts or
/// ends with `_`, and one whose cleaned name another server took (`weird_name_` was said to be
/// renamed for its characters, which were all allowed).
#[test]
fn a_renamed_server_says_why() {
    let (home, config) = config_dir(EXISTING);
    let file = home.path().join("mcp.json");
    std::fs::write(
        &file,
        r#"{ "mcpServers": {
            "Linear (remote)": { "command": "a" },
            "weird_name": { "command": "b" },
            "weird_name_": { "command": "c" },
            "_edge": { "command": "d" } } }"#,
    )
    .expect("write");
    let report = import_json(
        &config,
        home.path(),
        &[&file.display().to_string(), "--from", "cursor"],
    );
    let said = warnings(&report);
    for reason in [
        "`Linear (remote)` is named `Linear_remote` (server names are letters, digits, `_` and `-`)",
        "`weird_name_` is named `weird_name_2` (`weird_name` is taken)",
        "`_edge` is named `edge` (a server name does not start or end with `_`)",
    ] {
        assert!(said.contains(reason), "{reason}\n{said}");
    }
}
