//! `roxy serve`: Roxy as one MCP server for other clients (Claude Desktop, editors, agents).
//!
//! Every configured server's tools, prompts and resources are served through one endpoint, on
//! stdio (`stdio.rs`) or Streamable HTTP (`http.rs`, with its checks in `guard.rs`). Every
//! request runs through [`McpManager`](crate::mcp::McpManager) like any other use of a
//! server (supervision, on-demand start, timeouts, metrics, the privacy gateway for `external`
//! servers); the [`Hub`] (`hub.rs`) maps the client's requests onto it. Tools and prompts are
//! named `server__name` by the tool index's rules, resources keep their URIs. What a backend
//! sends while it works on a call goes to the client that made it (`forward.rs`, `client.rs`).
//! The wire types are those of the client side (`crate::mcp::protocol`).

mod client;
mod forward;
mod guard;
mod http;
mod hub;
mod stdio;

pub use http::{HttpServer, serve_http};
pub use hub::Hub;
pub use stdio::serve_stdio;
