//! Remote peers for the HTTP and legacy SSE tests: starting real peer processes on loopback,
//! waiting for them to accept a POST (bounded), and reaching them through a Roxy manager.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use roxy::config::Config;
use roxy::mcp::McpError;

use super::ManagedServer;

/// A peer process, killed when the test ends.
pub struct Peer {
    child: Child,
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Peer {
    /// Starts `command`; its output goes to the test's stderr.
    pub fn spawn(command: &mut Command) -> Peer {
        let child = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {command:?}: {e}"));
        Peer { child }
    }

    /// Starts a fixture that prints its port on the first line of stdout once it listens.
    pub fn spawn_reporting_port(command: &mut Command) -> (Peer, u16) {
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {command:?}: {e}"));
        let stdout = child.stdout.take().expect("piped stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the fixture reports its port");
        let port = line.trim().parse().expect("a port number");
        (Peer { child }, port)
    }
}

/// Waits until something at `url` answers a POST with any HTTP status (at most 30 s).
pub async fn wait_until_answering(url: &str) {
    let client = reqwest::Client::new();
    for _ in 0..300 {
        let probe = client
            .post(url)
            .header("content-type", "application/json")
            .body("{}")
            .timeout(Duration::from_secs(1))
            .send()
            .await;
        if probe.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("nothing answered at {url} within 30 s");
}

/// Starts the server under a manager of its own.
pub async fn connect(config: &Config, name: &str) -> Result<ManagedServer, McpError> {
    ManagedServer::start(config.clone(), name).await
}
