//! Roxy: a local-first assistant runtime.
//!
//! An orchestrator routes what a person says to skills; skills reach MCP servers through one
//! supervised, metered [`mcp::McpManager`]; calls that leave the machine pass the
//! [`privacy`] gateway. Layers depend downwards only:
//! `orchestrator -> skills | llm -> mcp::McpManager -> mcp::session -> mcp::transport`, with
//! [`privacy`] a leaf the manager calls to redact before the session and restore after, and
//! [`config`] the leaf every layer reads. The README's "Code map" says what lives where.

pub mod config;
pub mod control;
pub mod import;
pub mod llm;
pub mod mcp;
pub mod memory;
pub mod orchestrator;
pub mod output;
pub mod privacy;
pub mod repl;
pub mod retry;
pub mod runtime;
pub mod serve;
pub mod skills;
mod suggest;
mod sync;
pub mod telemetry;
pub mod tool_arguments;
pub mod voice;
