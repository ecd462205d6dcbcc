//! The official MCP conformance suite (npm `@modelcontextprotocol/conformance`, run with the
//! Node 22 from `tests/peers/node_modules`) drives Roxy's conformance client
//! (`examples/conformance_client.rs`). Each required scenario must pass: the suite exits 0 only
//! when every check succeeded without warnings.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};

/// Builds the example and returns the path cargo reports for it.
fn conformance_client() -> &'static Path {
    static CLIENT: OnceLock<PathBuf> = OnceLock::new();
    CLIENT.get_or_init(|| {
        let output = Command::new(env!("CARGO"))
            .current_dir(common::root())
            .args([
                "build",
                "--example",
                "conformance_client",
                "--message-format=json",
            ])
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "building the conformance client failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter(|message| message["target"]["name"] == "conformance_client")
            .find_map(|message| message["executable"].as_str().map(PathBuf::from))
            .expect("cargo reports the example's executable")
    })
}

/// Runs one scenario; scenarios run one at a time so `sse-retry`'s timing is not skewed by the
/// others.
fn run_scenario(scenario: &str) {
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let client = conformance_client();
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let peers = common::root().join("tests/peers");
    let node_bin = peers.join("node_modules/.bin");
    assert!(
        node_bin.join("conformance").exists(),
        "the npm peers are missing; run scripts/setup.sh"
    );
    let path = format!(
        "{}:{}",
        node_bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = Command::new(node_bin.join("conformance"))
        .current_dir(&peers)
        .env("PATH", path)
        .args([
            "client",
            "--timeout",
            "30000",
            "--scenario",
            scenario,
            "--command",
        ])
        .arg(client)
        .output()
        .expect("the conformance suite runs");
    assert!(
        output.status.success(),
        "conformance scenario `{scenario}` failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn initialize() {
    run_scenario("initialize");
}

#[test]
fn tools_call() {
    run_scenario("tools_call");
}

#[test]
fn sse_retry() {
    run_scenario("sse-retry");
}

#[test]
fn elicitation_sep1034_client_defaults() {
    run_scenario("elicitation-sep1034-client-defaults");
}
