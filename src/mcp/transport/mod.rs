//! The contract between an MCP session and the wire it talks over.
//!
//! A transport is started once per connection and hands the session a [`TransportHandle`]: a
//! channel to send JSON-RPC messages on, a channel of [`TransportEvent`]s coming back, and a
//! [`TransportControl`] to shut it down. Each transport owns its own I/O tasks (one task owns each
//! pipe or stream, callers talk to it over channels); it knows nothing of sessions, servers'
//! tools or the manager. Malformed input is logged with the server's name and skipped here, so
//! the session only ever sees well-formed messages.

pub mod error;
mod event_source;
mod framing;
pub mod http;
mod lossy_utf8;
pub mod python;
pub(crate) mod remote;
pub mod sse;
mod sse_lines;
#[cfg(test)]
mod sse_properties;
pub mod stdio;

use async_trait::async_trait;
use tokio::sync::mpsc;

use crate::mcp::protocol::{JsonRpcMessage, RequestId};
use error::TransportError;

/// How many messages may wait in either direction before the sender waits.
pub const CHANNEL_CAPACITY: usize = 256;

/// A message for the server, with what the transport may do if sending it fails.
#[derive(Debug, Clone)]
pub struct Outbound {
    pub message: JsonRpcMessage,
    /// Resending cannot repeat a side effect (e.g. a `readOnlyHint` tool, `ping`, `tools/list`),
    /// so a transport may retry it after a transient failure even if it may have reached the server.
    pub retry_safe: bool,
}

/// What a transport reports to the session.
#[derive(Debug)]
pub enum TransportEvent {
    /// A well-formed message from the server.
    Message(JsonRpcMessage),
    /// An outbound request could not be delivered or its answer could not be read; the session
    /// fails that request with `error`. `id` is `None` when the failure is not tied to one request.
    SendFailed {
        id: Option<RequestId>,
        error: TransportError,
    },
    /// The connection is gone for good; every pending request fails with `reason`.
    Closed { reason: String },
}

/// The session's ends of a started transport.
pub struct TransportHandle {
    pub outbound: mpsc::Sender<Outbound>,
    pub inbound: mpsc::Receiver<TransportEvent>,
    pub control: Box<dyn TransportControl>,
}

/// Lifecycle operations on a started transport.
#[async_trait]
pub trait TransportControl: Send + Sync {
    /// Ends the connection gracefully, then forcibly (stdio: close stdin, SIGTERM the process
    /// group, SIGKILL after a grace period; HTTP: DELETE the session). Idempotent.
    async fn shutdown(&self);

    /// The operating-system process id of the server, where it is a child process.
    fn pid(&self) -> Option<u32> {
        None
    }
}

/// The session's ends of the channels: messages to send, events coming back.
pub type SessionEnds = (mpsc::Sender<Outbound>, mpsc::Receiver<TransportEvent>);
/// The transport's ends of the channels: messages to deliver, events to report.
pub type TransportEnds = (mpsc::Receiver<Outbound>, mpsc::Sender<TransportEvent>);

/// Builds the pair of channels a transport uses: the session's ends go into the
/// [`TransportHandle`], the transport keeps the others.
pub fn channels() -> (SessionEnds, TransportEnds) {
    let (outbound_tx, outbound_rx) = mpsc::channel(CHANNEL_CAPACITY);
    let (inbound_tx, inbound_rx) = mpsc::channel(CHANNEL_CAPACITY);
    ((outbound_tx, inbound_rx), (outbound_rx, inbound_tx))
}
