//! The official MCP conformance suite (npm `@modelcontextprotocol/conformance`, run with the
//! Node 22 from `tests/peers/node_modules`) drives Roxy's conformance client
//! (`examples/conformance_client.rs`) through every client scenario (`--suite all`). A scenario
//! passes only when every check succeeded without warnings. The auth scenarios' authorization
//! endpoint approves at once and redirects; the client's test "browser" (`conformance_client
//! --browse URL`, named in `ROXY_OAUTH_BROWSER`) follows that redirect into Roxy's real loopback
//! listener.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

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

/// The scenarios `--suite all` runs in the pinned suite version.
const SCENARIOS_IN_ALL: usize = 26;

/// Runs one suite of scenarios (in parallel, as the suite does).
fn run_suite(suite: &str) -> std::process::Output {
    let client = conformance_client();
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
    let results = tempfile::tempdir().expect("a temporary directory");
    Command::new(node_bin.join("conformance"))
        .current_dir(&peers)
        .env("PATH", path)
        .args(["client", "--timeout", "30000", "--suite", suite, "-o"])
        .arg(results.path())
        .arg("--command")
        .arg(client)
        .output()
        .expect("the conformance suite runs")
}

/// One scenario's line in the suite summary: `✓ name: …` or `✗ name: …`.
fn summary(stdout: &str) -> Vec<(String, bool)> {
    stdout
        .split("=== SUITE SUMMARY ===")
        .nth(1)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let (passed, rest) = if let Some(rest) = line.strip_prefix('✓') {
                (true, rest)
            } else {
                (false, line.strip_prefix('✗')?)
            };
            let name = rest.trim().split(':').next()?.trim();
            Some((name.to_string(), passed))
        })
        .collect()
}

/// Every client scenario of the pinned suite (`--suite all`: the four core scenarios and the
/// 22 `auth/*` ones) must pass. The scenarios run in parallel; the test prints how many passed
/// and names the ones that did not.
#[test]
fn suite_all() {
    let output = run_suite("all");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let results = summary(&stdout);
    let failing: Vec<&str> = results
        .iter()
        .filter(|(_, passed)| !passed)
        .map(|(name, _)| name.as_str())
        .collect();
    println!(
        "conformance --suite all: {}/{} passed; failing: {}",
        results.len() - failing.len(),
        results.len(),
        if failing.is_empty() {
            "none".to_string()
        } else {
            failing.join(", ")
        }
    );
    assert_eq!(
        results.len(),
        SCENARIOS_IN_ALL,
        "the suite summary did not list every scenario:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        failing.is_empty() && output.status.success(),
        "conformance scenarios failed: {}\n{stdout}",
        failing.join(", ")
    );
}
