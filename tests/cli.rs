//! The `roxy` command line as a script or a person meets it: exit codes as the README lists them
//! (0 ok, 1 a tool or server failed, 2 usage or configuration), arguments checked against the
//! tool's schema before a call, one tool's arguments, and tables that fit the terminal and
//! survive multi-line errors.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::python::{Project, embedded};

const ROXY_SYSTEM: &str = "{ transport: python, module: roxy_system }";

fn roxy(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(config)
        .args(args)
        .env_remove("COLUMNS")
        .output()
        .expect("run roxy")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The row of server `name` in `roxy servers --json`.
fn server_row<'a>(servers: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    servers
        .as_array()
        .and_then(|all| all.iter().find(|s| s["name"] == name))
        .unwrap_or_else(|| panic!("no {name} in {servers:#}"))
}

fn assert_exit(output: &Output, code: i32, stderr_has: &str) {
    let stderr = text(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout: {}\nstderr: {stderr}",
        text(&output.stdout)
    );
    assert!(stderr.contains(stderr_has), "{stderr}");
}

#[test]
fn call_checks_arguments_against_the_schema_before_sending() {
    let project = Project::new(".venv");
    let config = project.config_dir(&[("roxy_system", ROXY_SYSTEM.into())], &[]);

    let call =
        |tool: &str, arguments: &str| roxy(&config, &["call", "roxy_system", tool, arguments]);

    let misspelt = call("current_time", r#"{"tz": "Asia/Tokyo"}"#);
    assert_exit(
        &misspelt,
        2,
        "unknown argument `tz`; did you mean `timezone`?",
    );
    assert!(misspelt.stdout.is_empty(), "{}", text(&misspelt.stdout));

    // The tool's own error, once, without the SDK's "Error executing tool ..." before it.
    let refused = call("current_time", r#"{"timezone": "Narnia"}"#);
    assert_exit(&refused, 1, "error: I don't know a place called Narnia");
    assert!(!text(&refused.stderr).contains("Error executing tool"));

    // Arguments that are no JSON object: how to write this tool's, from its schema.
    let not_json = call("current_time", "{timezone: Tokyo}");
    assert_exit(
        &not_json,
        2,
        r#"write an object such as '{"timezone": "local"}'"#,
    );
    let not_an_object = call("find_files", "[1]");
    assert_exit(&not_an_object, 2, r#"such as '{"query": "text"}'"#);

    let wrong_type = call("find_files", r#"{"query": 7}"#);
    assert_exit(&wrong_type, 2, "argument `query` must be string");

    let missing = call("find_files", "{}");
    assert_exit(&missing, 2, "missing required argument `query`");

    // Below the top level: the schema's enum and range, checked before sending.
    let not_listed = call("find_files", r#"{"query": "x", "mode": "regex"}"#);
    assert_exit(&not_listed, 2, "argument `mode`: \"regex\" is not one of");
    let out_of_range = call("find_files", r#"{"query": "x", "limit": -1}"#);
    assert_exit(
        &out_of_range,
        2,
        "argument `limit`: -1 is less than the minimum",
    );

    let nothing = roxy(&config, &["ask", " "]);
    assert_exit(&nothing, 2, "nothing to ask");

    let right = call("current_time", r#"{"timezone": "Asia/Tokyo"}"#);
    assert_exit(&right, 0, "");
    assert!(
        text(&right.stdout).contains("Asia/Tokyo"),
        "{}",
        text(&right.stdout)
    );

    // The same as NAME=VALUE words, each read as the type the schema gives it.
    let words = |words: &[&str]| {
        let mut args = vec!["call", "roxy_system"];
        args.extend(words);
        roxy(&config, &args)
    };
    let right = words(&["current_time", "timezone=Asia/Tokyo"]);
    assert_exit(&right, 0, "");
    assert!(text(&right.stdout).contains("Asia/Tokyo"));
    // A number: checked as one against the schema's minimum.
    let out_of_range = words(&["find_files", "query=x", "limit=-1"]);
    assert_exit(
        &out_of_range,
        2,
        "argument `limit`: -1 is less than the minimum",
    );
    let no_number = words(&["find_files", "query=x", "limit=ten"]);
    assert_exit(
        &no_number,
        2,
        "argument `limit` takes integer: `ten` is not one",
    );
    let no_pair = words(&["current_time", "timezone=Asia/Tokyo", "Tokyo"]);
    assert_exit(&no_pair, 2, "`Tokyo` is not NAME=VALUE");
}

#[test]
fn unknown_servers_and_tools_are_usage_errors() {
    let project = Project::new(".venv");
    let config = project.config_dir(&[("roxy_system", ROXY_SYSTEM.into())], &[]);
    for args in [
        &["call", "roxy_sytem", "current_time"][..],
        &["tools", "roxy_sytem"],
        &["tools", "roxy_sytem", "current_time"],
        &["servers", "restart", "roxy_sytem"],
    ] {
        let output = roxy(&config, args);
        assert_exit(&output, 2, "did you mean `roxy_system`?");
    }
    let tool = roxy(&config, &["call", "roxy_system", "current_tim"]);
    assert_exit(&tool, 2, "did you mean `current_time`?");
}

#[test]
fn tools_server_tool_shows_the_arguments() {
    let project = Project::new(".venv");
    let config = project.config_dir(&[("roxy_system", ROXY_SYSTEM.into())], &[]);
    let output = roxy(&config, &["tools", "roxy_system", "find_files"]);
    assert_exit(&output, 0, "");
    let shown = text(&output.stdout);
    assert!(shown.starts_with("roxy_system find_files"), "{shown}");
    let line = |name: &str| {
        shown
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no line for {name}:\n{shown}"))
            .split_whitespace()
            .collect::<Vec<_>>()
    };
    assert_eq!(line("query")[1..3], ["string", "yes"], "{shown}");
    assert_eq!(line("limit")[1..4], ["integer", "no", "50"], "{shown}");
    assert!(
        shown.contains("\"glob\""),
        "the allowed modes are listed:\n{shown}"
    );
    assert!(shown.contains("hints: read-only"), "{shown}");
}

#[test]
fn servers_fails_when_every_server_failed_and_the_table_holds() {
    let project = Project::new(".venv");
    let config = project.config_dir(
        &[
            ("broken", embedded("broken_import.py")),
            ("also_broken", embedded("broken_import.py")),
        ],
        &["broken", "also_broken"],
    );
    let output = roxy(&config, &["servers"]);
    assert_exit(&output, 1, "no server is running: 2 failed");
    // Listing tools fails the same way: an empty list is no success when every server failed.
    let listed = roxy(&config, &["tools", "--json"]);
    assert_exit(&listed, 1, "no server is running: 2 failed");
    let tools: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("JSON");
    assert_eq!(tools, serde_json::json!([]));
    let table = text(&output.stdout);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "one line per server:\n{table}");
    assert!(lines[0].starts_with("NAME"), "{table}");
    for line in &lines[1..] {
        assert!(
            line.contains("broken") && line.contains("failed"),
            "{table}"
        );
    }

    let healthy = project.config_dir(
        &[
            ("broken", embedded("broken_import.py")),
            ("roxy_system", ROXY_SYSTEM.into()),
        ],
        &["broken", "roxy_system"],
    );
    assert_exit(&roxy(&healthy, &["servers"]), 0, "");
}

#[test]
fn tables_fit_the_terminal_width() {
    let project = Project::new(".venv");
    let config = project.config_dir(&[("roxy_system", ROXY_SYSTEM.into())], &[]);
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(&config)
        .args(["skills", "list"])
        .env("COLUMNS", "80")
        .output()
        .expect("run roxy");
    assert_exit(&output, 0, "");
    let listed = text(&output.stdout);
    assert!(listed.lines().count() > 3, "{listed}");
    for line in listed.lines() {
        assert!(
            line.chars().count() <= 80,
            "{line:?} is wider than 80:\n{listed}"
        );
    }
    let wide = roxy(&config, &["skills", "list"]);
    assert!(
        text(&wide.stdout).lines().any(|l| l.chars().count() > 80),
        "without a width the lines are whole"
    );
}

/// `roxy skills list` says which of a skill's tools are on a server this config does not have,
/// and that web search needs setting up; it listed `memory__*` tools with no `memory` server.
#[test]
fn skills_list_marks_tools_of_servers_not_configured() {
    let project = Project::new(".venv");
    let config = project.config_dir(&[("roxy_system", ROXY_SYSTEM.into())], &[]);
    let listed = roxy(&config, &["skills", "list"]);
    assert_exit(&listed, 0, "");
    let listed = text(&listed.stdout);
    let row = |skill: &str| {
        listed
            .lines()
            .find(|line| line.starts_with(&format!("{skill} ")))
            .unwrap_or_else(|| panic!("no {skill} row:\n{listed}"))
            .to_string()
    };
    let memory = row("memory");
    assert!(
        memory.contains("roxy_system__add_note")
            && memory.contains("memory__* (no server `memory` configured)")
            && !memory.contains("memory__create_entities"),
        "{memory}"
    );
    assert!(row("web_search").contains("once a search server is set up"));
    let json = roxy(&config, &["skills", "list", "--json"]);
    let skills: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let unconfigured = |name: &str| {
        skills
            .as_array()
            .and_then(|all| all.iter().find(|s| s["name"] == name))
            .map(|skill| skill["unconfigured_servers"].clone())
    };
    assert_eq!(unconfigured("memory"), Some(serde_json::json!(["memory"])));
    assert_eq!(unconfigured("time"), Some(serde_json::json!([])));
}

/// With a Roxy running (`roxy servers --watch`), `roxy servers`, `tools` and `metrics` answer
/// from it over the control socket and `servers restart` restarts its server; once it stops they
/// say none is running and start their own.
#[test]
fn servers_tools_and_metrics_report_the_running_roxy() {
    let project = Project::new(".venv");
    let runtime = tempfile::tempdir().expect("runtime dir");
    let config = project.config_dir(&[("roxy_system", ROXY_SYSTEM.into())], &["roxy_system"]);
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_roxy"))
            .arg("--config")
            .arg(&config)
            .args(args)
            .env("XDG_RUNTIME_DIR", runtime.path())
            .env_remove("COLUMNS")
            .output()
            .expect("run roxy")
    };
    let mut watch = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(&config)
        .args(["servers", "--watch", "--json"])
        .env("XDG_RUNTIME_DIR", runtime.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("roxy servers --watch");
    let lines = common::lines_of(watch.stdout.take().expect("stdout"));
    let started = lines
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("an event within 60 s");
    assert!(started.contains("\"started\""), "{started}");

    let servers = run(&["servers", "--json"]);
    assert_exit(
        &servers,
        0,
        &format!("from the running Roxy (pid {})", watch.id()),
    );
    let status: serde_json::Value = serde_json::from_slice(&servers.stdout).expect("json");
    assert_eq!(status[0]["state"], "running", "{status}");

    let tools = run(&["tools", "roxy_system"]);
    assert_exit(&tools, 0, "from the running Roxy");
    assert!(
        text(&tools.stdout).contains("current_time"),
        "{}",
        text(&tools.stdout)
    );

    let metrics = run(&["metrics"]);
    assert_exit(&metrics, 0, "from the running Roxy");
    assert!(
        text(&metrics.stdout).contains("roxy_server_up{server=\"roxy_system\"} 1"),
        "{}",
        text(&metrics.stdout)
    );

    // `servers restart` restarts the running Roxy's server: its watch reports it started again.
    let restart = run(&["servers", "restart", "roxy_system"]);
    assert_exit(&restart, 0, "from the running Roxy");
    assert!(
        text(&restart.stdout).contains("restarted `roxy_system` in the running Roxy"),
        "{}",
        text(&restart.stdout)
    );
    let again = lines
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the restart reported by the running Roxy within 60 s");
    assert!(again.contains("\"started\""), "{again}");

    // SAFETY: kill(2) on the child this test spawned.
    assert_eq!(unsafe { libc::kill(watch.id() as i32, libc::SIGTERM) }, 0);
    watch.wait().expect("roxy --watch exits");
    let alone = run(&["servers"]);
    assert_exit(
        &alone,
        0,
        "no Roxy is running; starting the servers for this command, from the config in",
    );
    // With none running, a restart says it restarted nothing and only checked the start.
    let checked = run(&["servers", "restart", "roxy_system"]);
    assert_exit(&checked, 0, "no Roxy is running");
    assert!(
        text(&checked.stdout).contains("no running server was restarted"),
        "{}",
        text(&checked.stdout)
    );
}

#[test]
fn output_that_cannot_be_written_ends_roxy_cleanly() {
    use std::io::{BufRead, BufReader};
    use std::os::unix::process::ExitStatusExt;

    let dir = tempfile::tempdir().expect("tempdir");
    let log = dir.path().join("big.log");
    let lines: String = (0..100_000)
        .map(|n| format!("line {n}: call 555-0100 about ticket {n}\n"))
        .collect();
    std::fs::write(&log, lines).expect("write log");
    let mut child = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("redact")
        .arg(&log)
        .env("ROXY_DATA_DIR", dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run roxy redact");
    let mut first = String::new();
    let stdout = child.stdout.take().expect("stdout");
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("read a line");
    assert!(first.starts_with("line 0"), "{first}");
    // The reader is gone (dropped above), as `| head -1` leaves it.
    let output = child.wait_with_output().expect("wait");
    let stderr = text(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.signal(), Some(libc::SIGPIPE), "{stderr}");

    // A full disk: a one-line error and exit code 1.
    let full = std::fs::File::create("/dev/full").expect("open /dev/full");
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("redact")
        .arg(&log)
        .env("ROXY_DATA_DIR", dir.path())
        .stdout(full)
        .output()
        .expect("run roxy redact > /dev/full");
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        stderr.contains("error: cannot write the output: stdout: No space left on device"),
        "{stderr}"
    );
}

/// `roxy what time is it` is a request typed without `ask`: the usage error says how to ask.
#[test]
fn a_request_without_ask_says_how_to_ask() {
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args(["what", "time", "is", "it"])
        .output()
        .expect("run roxy");
    assert_exit(&output, 2, r#"roxy ask "what time is it""#);
    // A misspelt subcommand gets clap's suggestion only.
    let typo = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("sever")
        .output()
        .expect("run roxy");
    assert_exit(&typo, 2, "'servers'");
    assert!(
        !text(&typo.stderr).contains("roxy ask"),
        "{}",
        text(&typo.stderr)
    );
}

/// A server whose config names an unset environment variable (an imported server missing its
/// token) fails alone, saying which variable to set; the other servers and one-shot requests
/// work (every command refused to run before).
#[test]
fn a_server_missing_its_variable_fails_alone() {
    let project = Project::new(".venv");
    let config = project.config_dir(
        &[
            (
                "github",
                "{ transport: stdio, command: npx, env: { GITHUB_TOKEN: \"${env:ROXY_TEST_UNSET_GITHUB_TOKEN}\" } }"
                    .into(),
            ),
            ("roxy_system", ROXY_SYSTEM.into()),
        ],
        &["github", "roxy_system"],
    );
    let asked = roxy(&config, &["ask", "what is 2 plus 2"]);
    assert_exit(&asked, 0, "ROXY_TEST_UNSET_GITHUB_TOKEN");
    assert!(text(&asked.stdout).contains('4'), "{}", text(&asked.stdout));

    let output = roxy(&config, &["servers", "--json"]);
    assert_exit(&output, 0, "server `github` cannot start until it is");
    let servers: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(
        server_row(&servers, "roxy_system")["state"],
        "running",
        "{servers:#}"
    );
    let github = server_row(&servers, "github");
    assert_eq!(github["state"], "failed", "{servers:#}");
    assert!(
        github["last_error"]
            .as_str()
            .is_some_and(|e| e.contains("export ROXY_TEST_UNSET_GITHUB_TOKEN=")),
        "{servers:#}"
    );
}

/// A tool whose error says nothing but that it failed (mcp 2.x hides an exception that is not a
/// `ToolError`) is reported as such with the server's answer and where to look; `-v` shows the
/// server's log with the exception (it said "Sorry, that didn't work", and -v added nothing).
/// What the embedded server prints, and the SDK's traceback, are in that log only, as a stdio
/// server's stderr is: they reached the terminal beside Roxy's own line.
#[test]
fn a_tool_failing_without_a_reason_says_where_to_look() {
    let project = Project::new(".venv");
    let config = project.config_dir(&[("unexplained", embedded("unexplained_failure.py"))], &[]);
    let output = roxy(&config, &["call", "unexplained", "explode"]);
    assert_exit(&output, 1, "`explode` failed without saying why");
    let quiet = text(&output.stderr);
    assert!(quiet.contains("run with -v"), "{quiet}");
    for noise in ["unexplained_failure:", "Traceback", "the widget exploded"] {
        assert!(
            !quiet.contains(noise),
            "{noise} reached the terminal:\n{quiet}"
        );
    }
    let verbose = roxy(&config, &["-v", "call", "unexplained", "explode"]);
    assert_exit(&verbose, 1, "the widget exploded");
    for detail in [
        "unexplained_failure: imported",
        "unexplained_failure: to stderr",
        "unexplained_failure: exploding",
        "Traceback",
    ] {
        assert!(
            text(&verbose.stderr).contains(detail),
            "{detail} is not in the log:\n{}",
            text(&verbose.stderr)
        );
    }
}

/// `roxy auth status` tells a server given an `Authorization` header in the config (no login
/// needed) from one that needs a login; it called both `needs_login`.
#[test]
fn auth_status_tells_a_header_from_a_missing_login() {
    let project = Project::new(".venv");
    let config = project.config_dir(
        &[
            (
                "keyed",
                "{ transport: http, url: \"http://127.0.0.1:9/mcp\", headers: { Authorization: \"Bearer abc\" } }"
                    .into(),
            ),
            ("open", "{ transport: http, url: \"http://127.0.0.1:9/mcp\" }".into()),
        ],
        &[],
    );
    let output = roxy(&config, &["auth", "status", "--json"]);
    assert_exit(&output, 0, "");
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let state = |name: &str| {
        rows.as_array()
            .and_then(|rows| rows.iter().find(|row| row["server"] == name))
            .map(|row| row["state"].clone())
    };
    assert_eq!(state("keyed"), Some("header".into()), "{rows:#}");
    assert_eq!(state("open"), Some("needs_login".into()), "{rows:#}");
}

/// With `--json`, a failed command still prints JSON on stdout, `{"error", "exit_code"}` (it
/// printed nothing there, so a script's parser failed on empty input), and the line on stderr.
#[test]
fn a_json_command_that_fails_prints_its_error_as_json() {
    let project = Project::new(".venv");
    let config = project.config_dir(
        &[
            ("roxy_system", ROXY_SYSTEM.into()),
            (
                "off",
                "{ transport: stdio, command: cat, enabled: false }".into(),
            ),
        ],
        &[],
    );
    // A disabled server is a configuration matter, as an unknown one is: exit code 2.
    let disabled = roxy(&config, &["call", "off", "tool"]);
    assert_exit(&disabled, 2, "server `off` is disabled");
    let output = roxy(&config, &["call", "nosuch", "tool", "--json"]);
    assert_exit(&output, 2, "no server named `nosuch`");
    let error: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(error["exit_code"], 2, "{error}");
    assert!(
        error["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("no server named `nosuch`")),
        "{error}"
    );
    // Also when the command line itself is wrong (clap refused it before any command ran).
    for (args, said) in [
        (
            &["servers", "--json", "--bogus"][..],
            "unexpected argument '--bogus' found",
        ),
        (
            &["ask", "--json"],
            "the following required arguments were not provided: <WORDS>...",
        ),
    ] {
        let output = roxy(&config, args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let error: serde_json::Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", text(&output.stdout)));
        assert_eq!(error, serde_json::json!({ "error": said, "exit_code": 2 }));
    }
    // Help asked with `--json` is help, exit 0.
    let help = roxy(&config, &["servers", "--json", "--help"]);
    assert_exit(&help, 0, "");
}

/// An `on_demand` server that cannot start (its program is not installed) says so in
/// `roxy servers` before its first use; it showed `stopped` with no error until a call failed.
#[test]
fn a_stopped_server_that_cannot_start_says_why_before_its_first_use() {
    let project = Project::new(".venv");
    let config = project.config_dir(
        &[
            (
                "ghost",
                "{ transport: stdio, command: roxy-no-such-program }".into(),
            ),
            ("roxy_system", ROXY_SYSTEM.into()),
        ],
        &["roxy_system"],
    );
    let output = roxy(&config, &["servers", "--json"]);
    assert_exit(&output, 0, "");
    let servers: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let ghost = server_row(&servers, "ghost");
    assert_eq!(ghost["state"], "stopped", "{ghost:#}");
    // The text says `on demand` for it; the JSON says when each server starts, and gives no
    // tool count for one that is not running (it said 0).
    assert_eq!(ghost["starts"], "when_used", "{ghost:#}");
    assert_eq!(ghost["tool_count"], serde_json::Value::Null, "{ghost:#}");
    let system = server_row(&servers, "roxy_system");
    assert_eq!(system["starts"], "auto_start", "{system:#}");
    assert!(
        ghost["last_error"]
            .as_str()
            .is_some_and(|e| e.contains("`roxy-no-such-program`") && e.contains("PATH")),
        "{ghost:#}"
    );
}

/// A question may start with a negative number: `roxy ask -5 plus 3` was a clap error
/// ("unexpected argument '-5'") that asked for `--`; an unknown flag is still one.
#[test]
fn a_question_may_start_with_a_negative_number() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mcp_servers.yaml"), "servers: {}\n").unwrap();
    let data = tempfile::tempdir().unwrap();
    let ask = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_roxy"))
            .arg("--config")
            .arg(dir.path())
            .args(args)
            .env("ROXY_DATA_DIR", data.path())
            .output()
            .expect("run roxy")
    };
    let answered = ask(&["ask", "-5", "plus", "3"]);
    assert_exit(&answered, 0, "");
    assert_eq!(text(&answered.stdout).trim(), "That's -2.");
    assert_exit(&ask(&["ask", "-x"]), 2, "unexpected argument '-x'");
}
