//! Errors of the MCP layer. Each says which server it concerns and, where a person can fix it,
//! what to change.

use std::time::Duration;

use crate::config::duration::format_duration;
use crate::mcp::transport::error::TransportError;

/// Everything that can go wrong talking to an MCP server.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum McpError {
    #[error("{}", no_answer_within(server, method, *after, setting))]
    Timeout {
        server: String,
        method: String,
        after: Duration,
        setting: String,
    },

    #[error("server `{server}` closed the connection: {reason}")]
    Closed { server: String, reason: String },

    #[error("server `{server}` answered `{method}` with error {code}: {message}")]
    Rpc {
        server: String,
        method: String,
        code: i64,
        message: String,
    },

    /// The transport could not deliver the request or read its answer; `source` says how.
    #[error("server `{server}`: {source}")]
    Transport {
        server: String,
        #[source]
        source: TransportError,
    },

    #[error("server `{server}` could not be started: {message}")]
    StartFailed { server: String, message: String },

    #[error("server `{server}` broke the protocol: {message}")]
    Protocol { server: String, message: String },

    /// The server is not running; `reason` is a whole sentence that names it.
    #[error("{reason}")]
    Unavailable { server: String, reason: String },

    /// The privacy gateway refused to send the call (fail closed).
    #[error("not sent to server `{server}`: {message}")]
    PrivacyBlocked { server: String, message: String },

    #[error("the request to server `{server}` was cancelled")]
    Cancelled { server: String },

    #[error("{0}")]
    Lookup(String),
}

impl McpError {
    /// The server the error concerns, where there is one.
    pub fn server(&self) -> Option<&str> {
        match self {
            McpError::Timeout { server, .. }
            | McpError::Closed { server, .. }
            | McpError::Rpc { server, .. }
            | McpError::Transport { server, .. }
            | McpError::StartFailed { server, .. }
            | McpError::Protocol { server, .. }
            | McpError::Unavailable { server, .. }
            | McpError::PrivacyBlocked { server, .. }
            | McpError::Cancelled { server } => Some(server),
            McpError::Lookup(_) => None,
        }
    }
}

/// The advice for every request that got no answer in time, from the session or a transport:
/// what was not answered, after how long, and which `setting` raises the limit.
pub(crate) fn no_answer_within(
    server: &str,
    method: &str,
    after: Duration,
    setting: &str,
) -> String {
    format!(
        "server `{server}` did not answer `{method}` within {}; raise `{setting}` in mcp_servers.yaml if it needs longer",
        format_duration(after)
    )
}
