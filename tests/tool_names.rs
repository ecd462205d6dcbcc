//! A server's tool list as Roxy takes it, through the real binary and a misbehaving stdio
//! fixture: a tool listed three times gets one name, a tool with an empty name is skipped, and
//! both are logged naming the server.

mod common;

use std::process::Command;

#[test]
fn duplicate_and_nameless_tools_are_dropped_and_logged() {
    let (project, _) = common::config_dir(&format!(
        "servers:\n  messy: {}\n",
        common::misbehaving("messy-tools", "")
    ));
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(project.path().join("config"))
        .args(["tools", "--json"])
        .env("ROXY_DATA_DIR", project.path().join("data"))
        .env_remove("RUST_LOG")
        .current_dir(project.path())
        .output()
        .expect("run roxy tools");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");

    let tools: serde_json::Value = serde_json::from_str(&stdout).expect("--json prints JSON");
    let names: Vec<&str> = tools
        .as_array()
        .expect("a list of tools")
        .iter()
        .filter_map(|tool| tool["qualified_name"].as_str())
        .collect();
    assert_eq!(names, ["messy__echo", "messy__slow"], "{stdout}");

    assert!(
        stderr.contains("server `messy` lists the tool `echo` 3 times"),
        "{stderr}"
    );
    assert!(
        stderr.contains("server `messy` lists a tool with an empty name"),
        "{stderr}"
    );
}
