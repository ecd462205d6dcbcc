//! Model Context Protocol client side: protocol types, sessions, transports and the manager
//! that supervises every configured server.
//!
//! Outside this crate the [`McpManager`] is the only way to a server: every tool call, resource
//! read and prompt goes through it, so calls to `external` servers always pass the privacy
//! gateway and tool calls are always counted. Sessions and transports are private:
//!
//! ```compile_fail,E0603
//! use roxy::mcp::session::McpSession;
//! ```
//!
//! ```compile_fail,E0624
//! async fn bypass(manager: roxy::mcp::McpManager) {
//!     let _ = manager.ready_session("search").await;
//! }
//! ```
//!
//! The manager path, here on a server the config turns off:
//!
//! ```
//! use std::sync::Arc;
//!
//! use roxy::config::{Config, ConfigSource};
//! use roxy::mcp::{McpError, McpManager};
//!
//! # #[tokio::main]
//! # async fn main() {
//! let yaml = "servers:\n  notes: { transport: stdio, command: notes-server, enabled: false }\n";
//! let config = Config::from_texts(
//!     ConfigSource::Embedded,
//!     std::env::temp_dir(),
//!     ("mcp_servers.yaml", yaml),
//!     None,
//! )
//! .expect("the config loads");
//! let manager = McpManager::new(Arc::new(config));
//! let read = manager.read_resource("notes", "note://today").await;
//! assert!(matches!(read, Err(McpError::Disabled { .. })));
//! # }
//! ```

pub mod auth;
pub mod elicitation;
pub mod error;
pub mod manager;
pub mod protocol;
mod reload;
pub mod sampling;
pub(crate) mod session;
pub mod state;
mod supervisor;
mod tool_index;
pub(crate) mod transport;

pub use elicitation::{DeclineElicitation, ElicitationHandler};
pub use error::McpError;
pub use manager::McpManager;
pub use reload::ConfigWatch;
pub use sampling::SamplingHandler;
pub use state::{CallOptions, ManagerEvent, ServerState, ServerStatus, ToolCallResult, ToolInfo};
pub use tool_index::{MAX_QUALIFIED_NAME, qualify_names, unprefixed_names};
pub use transport::python::managed::{Outcome as PythonSetup, REQUIREMENTS as PYTHON_REQUIREMENTS};
pub use transport::python::{prepare as prepare_python, venv_in_use as python_venv};
