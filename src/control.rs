//! The control socket: a long-running Roxy (the REPL, `roxy servers --watch`) answers `roxy
//! servers`, `roxy tools` and `roxy metrics` from its own servers, and restarts one of them for
//! `roxy servers restart`, over a Unix socket in the runtime directory, so those commands act on
//! the Roxy that is running instead of a throwaway copy of every server. One request per connection: a JSON line in, a JSON line out.
//!
//! The socket is `$XDG_RUNTIME_DIR/roxy-<hash of the data and config directories>.sock`
//! (`control.sock` in the data directory without a runtime directory), so a command asks only
//! the Roxy running with its own data and config.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{UnixListener, UnixStream};

use crate::config::Config;
use crate::mcp::McpManager;
use crate::output;

/// How long a client waits for the running Roxy to answer.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(30);

/// What a command asks the running Roxy.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "snake_case")]
pub enum Request {
    Servers {
        json: bool,
        width: Option<usize>,
    },
    Tools {
        server: Option<String>,
        json: bool,
        width: Option<usize>,
    },
    Metrics,
    /// Restart one of the running Roxy's servers.
    Restart {
        server: String,
    },
}

/// The running Roxy's answer: what to print, and the error (exit code 1) if any.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Answer {
    pub output: String,
    pub error: Option<String>,
    /// The process id of the Roxy that answered.
    pub pid: u32,
}

/// Where the control socket of the Roxy running with `config` (its data directory and config
/// directory) lives.
pub fn socket_path(config: &Config) -> PathBuf {
    let data_dir = config.data_dir();
    match dirs::runtime_dir() {
        Some(runtime) => {
            let mut hash = Sha256::new();
            hash.update(data_dir.as_os_str().as_encoded_bytes());
            hash.update([0]);
            if let crate::config::ConfigSource::Dir(dir) = &config.source {
                hash.update(dir.as_os_str().as_encoded_bytes());
            }
            let hash = hash.finalize();
            let short: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
            runtime.join(format!("roxy-{short}.sock"))
        }
        None => data_dir.join("control.sock"),
    }
}

/// Serves the control socket for `manager` until the returned guard is dropped (which removes
/// the socket). `None` when another Roxy already answers there, or the socket cannot be made
/// (logged: Roxy runs on without it).
pub fn serve(manager: McpManager) -> Option<Served> {
    let path = socket_path(&manager.config());
    if std::os::unix::net::UnixStream::connect(&path).is_ok() {
        tracing::info!(
            "another Roxy answers on {}; this one does not serve the control socket",
            path.display()
        );
        return None;
    }
    let _ = std::fs::remove_file(&path);
    let listener = match UnixListener::bind(&path) {
        Ok(listener) => listener,
        Err(error) => {
            tracing::warn!(
                "cannot serve the control socket {}: {error}",
                path.display()
            );
            return None;
        }
    };
    let task = tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(answer(stream, manager.clone()));
        }
    });
    Some(Served { path, task })
}

/// The control socket being served; dropping it stops serving and removes the socket file.
pub struct Served {
    path: PathBuf,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Served {
    fn drop(&mut self) {
        self.task.abort();
        let _ = std::fs::remove_file(&self.path);
    }
}

async fn answer(stream: UnixStream, manager: McpManager) {
    let (read, mut write) = stream.into_split();
    let mut line = String::new();
    if BufReader::new(read).read_line(&mut line).await.is_err() {
        return;
    }
    let answer = match serde_json::from_str::<Request>(&line) {
        Ok(request) => respond(request, &manager).await,
        Err(error) => Answer {
            output: String::new(),
            error: Some(format!(
                "the control socket did not understand the request: {error}"
            )),
            pid: std::process::id(),
        },
    };
    let mut text = serde_json::to_string(&answer).unwrap_or_default();
    text.push('\n');
    let _ = write.write_all(text.as_bytes()).await;
}

async fn respond(request: Request, manager: &McpManager) -> Answer {
    let (output, error) = match request {
        Request::Servers { json, width } => {
            let statuses = manager.status();
            let text = output::with_width(width, || {
                output::servers(&statuses, &manager.config(), json)
            });
            (text, output::servers_failure(&statuses))
        }
        Request::Tools {
            server,
            json,
            width,
        } => {
            let tools = match &server {
                Some(name) => manager.server_tools(name).await.map_err(|e| e.to_string()),
                None => Ok(manager.list_tools(false).await),
            };
            match tools {
                Ok(tools) => (
                    output::with_width(width, || output::tools(&tools, json)),
                    None,
                ),
                Err(error) => (String::new(), Some(error)),
            }
        }
        Request::Metrics => (crate::telemetry::render_metrics(), None),
        Request::Restart { server } => match manager.restart(&server).await {
            Ok(()) => (
                format!(
                    "restarted `{server}` in the running Roxy (pid {})\n",
                    std::process::id()
                ),
                None,
            ),
            Err(error) => (String::new(), Some(error.to_string())),
        },
    };
    Answer {
        output,
        error,
        pid: std::process::id(),
    }
}

/// Asks the running Roxy of `config`'s data directory; `None` when none is running.
pub async fn ask(config: &Config, request: &Request) -> Option<Result<Answer, String>> {
    ask_at(&socket_path(config), request).await
}

async fn ask_at(path: &Path, request: &Request) -> Option<Result<Answer, String>> {
    let stream = UnixStream::connect(path).await.ok()?;
    let exchange = async {
        let (read, mut write) = stream.into_split();
        let mut text = serde_json::to_string(request).map_err(|e| e.to_string())?;
        text.push('\n');
        write
            .write_all(text.as_bytes())
            .await
            .map_err(|e| e.to_string())?;
        let mut line = String::new();
        BufReader::new(read)
            .read_line(&mut line)
            .await
            .map_err(|e| e.to_string())?;
        serde_json::from_str::<Answer>(&line).map_err(|e| e.to_string())
    };
    Some(
        tokio::time::timeout(ANSWER_TIMEOUT, exchange)
            .await
            .unwrap_or_else(|_| Err("the running Roxy did not answer in time".into()))
            .map_err(|e| format!("asking the running Roxy at {} failed: {e}", path.display())),
    )
}
