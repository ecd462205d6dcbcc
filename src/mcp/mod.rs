//! Model Context Protocol client side: protocol types, sessions, transports and the manager
//! that supervises every configured server.

pub mod elicitation;
pub mod error;
pub mod manager;
pub mod protocol;
mod reload;
pub mod session;
pub mod state;
mod supervisor;
mod tool_index;
pub mod transport;

pub use error::McpError;
pub use manager::McpManager;
pub use reload::ConfigWatch;
pub use state::{ManagerEvent, ServerState, ServerStatus, ToolCallResult, ToolInfo};
pub use tool_index::MAX_QUALIFIED_NAME;
