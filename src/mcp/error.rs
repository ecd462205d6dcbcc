//! Errors of the MCP layer. Each says which server it concerns and, where a person can fix it,
//! what to change.

use std::time::Duration;

use crate::config::duration::format_duration;
use crate::mcp::tool_index::unknown_message;
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

    #[error("the connection to server `{server}` ended: {reason}")]
    Closed { server: String, reason: String },

    #[error("server `{server}` answered `{method}` with error {code}: {message}")]
    Rpc {
        server: String,
        method: String,
        code: i64,
        message: String,
    },

    /// The transport could not deliver the request or read its answer; `source` says how.
    #[error("{}", naming_the_server(server, source))]
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

    /// No configured server has this name; `known` are the names that exist.
    #[error("{}", unknown_message("server", server, known, "servers"))]
    UnknownServer { server: String, known: Vec<String> },

    /// The server offers no tool of this name; `known` are the tools it offers and allows.
    #[error("{}", unknown_message("tool", tool, known, &format!("tools of `{server}`")))]
    UnknownTool {
        server: String,
        tool: String,
        known: Vec<String>,
    },

    #[error(
        "server `{server}` is disabled (`servers.{server}.enabled: false` in mcp_servers.yaml)"
    )]
    Disabled { server: String },

    /// The config turns the tool off; `rule` is the key that does: `enabled_tools` or
    /// `disabled_tools`.
    #[error(
        "tool `{tool}` of server `{server}` is turned off by `servers.{server}.{rule}` in mcp_servers.yaml"
    )]
    ToolTurnedOff {
        server: String,
        tool: String,
        rule: &'static str,
    },
}

impl McpError {
    /// The server needs an OAuth login (`roxy auth login NAME`) before it can be used.
    pub fn needs_login(&self) -> bool {
        matches!(
            self,
            McpError::Transport {
                source: TransportError::NeedsLogin { .. },
                ..
            }
        )
    }

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
            | McpError::Cancelled { server }
            | McpError::UnknownTool { server, .. }
            | McpError::Disabled { server }
            | McpError::ToolTurnedOff { server, .. } => Some(server),
            McpError::UnknownServer { .. } => None,
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

/// `error` as a sentence that names `server`: as it is when it does ("server `bad` answered
/// ..."), else with the server before it.
fn naming_the_server(server: &str, error: &impl std::fmt::Display) -> String {
    let text = error.to_string();
    if text.contains(&format!("`{server}`")) {
        text
    } else {
        format!("server `{server}`: {text}")
    }
}

#[cfg(test)]
mod lookup_tests {
    use super::McpError;

    #[test]
    fn lookup_failures_say_what_exists_and_what_to_change() {
        let unknown_server = McpError::UnknownServer {
            server: "filesytem".into(),
            known: vec!["filesystem".into(), "web".into()],
        };
        assert_eq!(
            unknown_server.to_string(),
            "no server named `filesytem`; did you mean `filesystem`? (servers: filesystem, web)"
        );
        let unknown_tool = McpError::UnknownTool {
            server: "fs".into(),
            tool: "nope".into(),
            known: Vec::new(),
        };
        assert_eq!(
            unknown_tool.to_string(),
            "no tool named `nope` (tools of `fs`: none)"
        );
        // A transport error that names the server already is said once ("Server `bad`:
        // server `bad` answered ..." it was); one that does not gets the server before it.
        let status = McpError::Transport {
            server: "bad".into(),
            source: crate::mcp::transport::error::TransportError::Unavailable {
                server: "bad".into(),
                what: "tools/call".into(),
                status: http::StatusCode::SERVICE_UNAVAILABLE,
            },
        };
        assert_eq!(
            status.to_string(),
            "server `bad` answered `tools/call` with 503 Service Unavailable (temporarily unavailable)"
        );
        let ended = McpError::Transport {
            server: "sse".into(),
            source: crate::mcp::transport::error::TransportError::EventStreamEnded,
        };
        assert_eq!(ended.to_string(), "server `sse`: the event stream ended");
        let disabled = McpError::Disabled {
            server: "fs".into(),
        };
        assert_eq!(
            disabled.to_string(),
            "server `fs` is disabled (`servers.fs.enabled: false` in mcp_servers.yaml)"
        );
        let turned_off = McpError::ToolTurnedOff {
            server: "fs".into(),
            tool: "rm".into(),
            rule: "disabled_tools",
        };
        assert_eq!(
            turned_off.to_string(),
            "tool `rm` of server `fs` is turned off by `servers.fs.disabled_tools` in mcp_servers.yaml"
        );
    }
}
