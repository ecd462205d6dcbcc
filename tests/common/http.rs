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

/// A TCP proxy on loopback in front of `target` (host:port) that counts the connections it
/// accepts, to see whether a client reuses its connections.
pub struct CountingProxy {
    pub port: u16,
    accepted: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl CountingProxy {
    pub async fn start(target: &str) -> CountingProxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the proxy");
        let port = listener.local_addr().expect("proxy address").port();
        let accepted = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let target = target.to_string();
        let counter = std::sync::Arc::clone(&accepted);
        let task = tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let target = target.clone();
                tokio::spawn(async move {
                    if let Ok(mut server) = tokio::net::TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
            }
        });
        CountingProxy {
            port,
            accepted,
            task,
        }
    }

    /// Connections accepted so far.
    pub fn accepted(&self) -> usize {
        self.accepted.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl Drop for CountingProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Reads one HTTP/1.1 request from a loopback fake's connection: the header lines, then a body
/// of `content-length` bytes. `None` when the connection ends before the body is whole.
pub async fn read_request_body<R>(reader: &mut R) -> Option<Vec<u8>>
where
    R: tokio::io::AsyncBufRead + Unpin,
{
    use tokio::io::{AsyncBufReadExt, AsyncReadExt};
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
            break;
        }
        if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = value.trim().parse().unwrap_or(0);
        }
        if line == "\r\n" {
            break;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).await.ok()?;
    Some(body)
}
