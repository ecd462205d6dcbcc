//! The manager's public vocabulary: where a server is in its life ([`ServerState`]), what
//! happened to it ([`ManagerEvent`]), a row of `roxy servers` ([`ServerStatus`]), a tool in the
//! index ([`ToolInfo`]), a call's settings ([`CallOptions`]) and outcome ([`ToolCallResult`]),
//! and the supervisor's published view of one server (`ServerSnapshot`).

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::Value;
use tokio::sync::mpsc;

use crate::config::TransportKind;
use crate::mcp::protocol::{ContentBlock, Progress, Tool, content_text};
use crate::mcp::session::McpSession;

/// Where a server is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ServerState {
    Stopped,
    Starting,
    Running,
    Crashed,
    Restarting,
    Failed,
    /// An http/sse server behind OAuth without a usable token: `roxy auth login NAME`.
    NeedsLogin,
    Disabled,
}

impl std::fmt::Display for ServerState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        f.write_str(&text)
    }
}

/// What happened to a server; the REPL and the log consume these.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum ManagerEvent {
    Started {
        server: String,
        tools: usize,
        pid: Option<u32>,
    },
    Stopped {
        server: String,
    },
    Crashed {
        server: String,
        reason: String,
    },
    Restarting {
        server: String,
        attempt: u32,
        #[serde(with = "millis")]
        delay: Duration,
    },
    Failed {
        server: String,
        reason: String,
    },
    ToolsChanged {
        server: String,
        tools: usize,
    },
    ConfigReloaded {
        added: Vec<String>,
        removed: Vec<String>,
        changed: Vec<String>,
    },
    ConfigReloadFailed {
        errors: String,
    },
}

mod millis {
    pub fn serialize<S: serde::Serializer>(
        d: &std::time::Duration,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_u64(d.as_millis() as u64)
    }
}

/// The supervisor's published view of one server.
#[derive(Clone)]
pub(crate) struct ServerSnapshot {
    pub(crate) state: ServerState,
    pub(crate) session: Option<McpSession>,
    pub(crate) tools: Arc<Vec<Tool>>,
    pub(crate) last_error: Option<String>,
    pub(crate) restarts: u32,
    /// How many runs the supervisor has begun (each `Starting`): a restart waits for the next.
    pub(crate) starts: u64,
    pub(crate) running_since: Option<Instant>,
}

impl ServerSnapshot {
    pub(crate) fn new(state: ServerState) -> Self {
        ServerSnapshot {
            state,
            session: None,
            tools: Arc::new(Vec::new()),
            last_error: None,
            restarts: 0,
            starts: 0,
            running_since: None,
        }
    }
}

/// One row of `roxy servers`.
#[derive(Debug, Clone, Serialize)]
pub struct ServerStatus {
    pub name: String,
    pub state: ServerState,
    pub transport: TransportKind,
    pub description: Option<String>,
    pub external: bool,
    #[serde(rename = "uptime_ms", serialize_with = "option_millis")]
    pub uptime: Option<Duration>,
    pub restarts: u32,
    pub last_error: Option<String>,
    pub tool_count: usize,
    pub pid: Option<u32>,
}

fn option_millis<S: serde::Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_u64(d.as_millis() as u64),
        None => s.serialize_none(),
    }
}

/// A tool in the index, with its unique `server__tool` name.
#[derive(Debug, Clone, Serialize)]
pub struct ToolInfo {
    pub qualified_name: String,
    pub server: String,
    pub tool: Tool,
}

/// Per-call settings of `McpManager::call_tool_with`.
#[derive(Default)]
pub struct CallOptions {
    /// Overrides the server's `request_timeout` for this call.
    pub timeout: Option<Duration>,
    /// Receives the server's `notifications/progress` for this call (a progress token is sent).
    pub progress: Option<mpsc::UnboundedSender<Progress>>,
}

/// The outcome of `call_tool`. Errors are values: `success == false` with a message a person can act on.
#[derive(Debug, Clone, Serialize)]
pub struct ToolCallResult {
    pub success: bool,
    pub content: Vec<ContentBlock>,
    pub structured_content: Option<Value>,
    pub error: Option<String>,
    pub server: String,
    pub tool: String,
    #[serde(rename = "duration_ms", with = "millis")]
    pub duration: Duration,
}

impl ToolCallResult {
    /// The text content, or the error.
    pub fn text(&self) -> String {
        let text = content_text(&self.content);
        match (&self.error, text.is_empty()) {
            (Some(error), true) => error.clone(),
            _ => text,
        }
    }

    pub(crate) fn failed(
        server: &str,
        tool: &str,
        error: impl Into<String>,
        started: Instant,
    ) -> Self {
        ToolCallResult {
            success: false,
            content: Vec::new(),
            structured_content: None,
            error: Some(error.into()),
            server: server.to_string(),
            tool: tool.to_string(),
            duration: started.elapsed(),
        }
    }
}
