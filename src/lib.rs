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
pub mod private_files;
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

/// mimalloc for every allocation of the process (the binary, tests and benches link this
/// crate): a stdio tool call makes about twenty small allocations, and glibc's malloc and free
/// were a fifth of its instructions (README "Benchmarks", "Where the time goes"). Built without
/// transparent huge pages (`no_thp`): with them, a burst of concurrent calls faulted in huge
/// pages and its system time per call went from ~2 to ~11 µs. The default feature `mimalloc`;
/// a program that embeds Roxy and sets its own allocator turns it off.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
