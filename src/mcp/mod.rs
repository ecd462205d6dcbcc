//! Model Context Protocol client side: protocol types, sessions, transports and the manager
//! that supervises every configured server.

pub mod elicitation;
pub mod error;
pub mod manager;
pub mod protocol;
pub mod python;
pub mod session;
pub mod transport;

pub use error::McpError;
pub use manager::{ManagerEvent, McpManager, ServerState, ServerStatus, ToolCallResult, ToolInfo};
