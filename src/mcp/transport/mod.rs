//! The contract between an MCP session and the wire it talks over.
//!
//! A transport is started once per connection and hands the session a [`TransportHandle`]: an
//! [`OutboundSender`] to send JSON-RPC messages with, an [`Inbound`] of [`TransportEvent`]s
//! coming back, and a [`TransportControl`] to shut it down. Each transport owns its own I/O tasks
//! (one task owns each stream, callers talk to it over channels), except where a message can be
//! handed over without waiting (stdio's pipe write, the embedded Python queue): there the
//! sending task does it itself ([`OutboundSender::Direct`]), saving a task hand-off per message;
//! likewise stdio's answers are read by the session's own task ([`Inbound::Stream`]), and an
//! embedded Python server's answer given while the request was sent goes straight back to the
//! sender ([`DirectOutbound::send_request_now`]).
//! A transport knows nothing of sessions, servers' tools or the manager. Malformed input is logged with the server's name and skipped here, so
//! the session only ever sees well-formed messages.

pub mod error;
mod event_source;
pub(crate) mod framing;
pub mod http;
mod lossy_utf8;
pub mod python;
pub(crate) mod remote;
pub mod sse;
mod sse_lines;
#[cfg(test)]
mod sse_properties;
pub mod stdio;

use std::sync::Arc;

use async_trait::async_trait;
use futures::StreamExt;
use futures::stream::BoxStream;
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

/// The transport is gone; the message was not sent.
#[derive(Debug)]
pub struct OutboundClosed;

/// Where the session puts messages for the server.
#[derive(Clone)]
pub enum OutboundSender {
    /// A queue that one of the transport's tasks reads (HTTP, SSE).
    Channel(mpsc::Sender<Outbound>),
    /// Written by the sending task itself, so a message needs no hand-off to another task
    /// (stdio: a pipe write that does not fit is queued for the transport's writer task).
    Direct(Arc<dyn DirectOutbound>),
}

/// A transport that takes messages from the sender's own task without waiting for a queue.
pub trait DirectOutbound: Send + Sync {
    /// Writes `outbound` now or queues it behind what is already queued; never waits for room or
    /// for another task.
    fn send_now(&self, outbound: Outbound) -> Result<(), OutboundClosed>;

    /// [`DirectOutbound::send_now`] for a request, returning the server's answer when it was
    /// given while sending (an embedded Python server answering a tool call in place, on the
    /// sender's thread, when its event loop is idle): the sender routes it itself, and it never
    /// comes through the transport's [`Inbound`].
    fn send_request_now(
        &self,
        outbound: Outbound,
    ) -> Result<Option<TransportEvent>, OutboundClosed> {
        self.send_now(outbound).map(|()| None)
    }
}

impl OutboundSender {
    /// Sends `outbound`, waiting for room in a full queue.
    pub async fn send(&self, outbound: Outbound) -> Result<(), OutboundClosed> {
        match self {
            OutboundSender::Channel(sender) => {
                sender.send(outbound).await.map_err(|_| OutboundClosed)
            }
            OutboundSender::Direct(direct) => direct.send_now(outbound),
        }
    }

    /// Sends the request `outbound`, waiting for room in a full queue; the answer when the
    /// transport had it by the time the request was sent ([`DirectOutbound::send_request_now`]).
    pub async fn send_request(
        &self,
        outbound: Outbound,
    ) -> Result<Option<TransportEvent>, OutboundClosed> {
        match self {
            OutboundSender::Channel(sender) => sender
                .send(outbound)
                .await
                .map(|()| None)
                .map_err(|_| OutboundClosed),
            OutboundSender::Direct(direct) => direct.send_request_now(outbound),
        }
    }

    /// Sends `outbound` without waiting; fails when a queue is full or the transport is gone.
    pub fn try_send(&self, outbound: Outbound) -> Result<(), OutboundClosed> {
        match self {
            OutboundSender::Channel(sender) => {
                sender.try_send(outbound).map_err(|_| OutboundClosed)
            }
            OutboundSender::Direct(direct) => direct.send_now(outbound),
        }
    }
}

impl From<mpsc::Sender<Outbound>> for OutboundSender {
    fn from(sender: mpsc::Sender<Outbound>) -> OutboundSender {
        OutboundSender::Channel(sender)
    }
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
    pub outbound: OutboundSender,
    pub inbound: Inbound,
    pub control: Box<dyn TransportControl>,
}

/// Where the session reads what the transport reports.
pub enum Inbound {
    /// A queue that one of the transport's tasks fills (HTTP, SSE).
    Channel(mpsc::Receiver<TransportEvent>),
    /// Read by the session's own task as it asks for the next event (stdio: the server's stdout
    /// itself), so an answer reaches its caller with no hand-off between tasks.
    Stream(BoxStream<'static, TransportEvent>),
}

impl Inbound {
    /// The next event; `None` once the transport has nothing more to say. Cancel-safe.
    pub async fn recv(&mut self) -> Option<TransportEvent> {
        match self {
            Inbound::Channel(receiver) => receiver.recv().await,
            Inbound::Stream(stream) => stream.next().await,
        }
    }
}

impl From<mpsc::Receiver<TransportEvent>> for Inbound {
    fn from(receiver: mpsc::Receiver<TransportEvent>) -> Inbound {
        Inbound::Channel(receiver)
    }
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
pub type SessionEnds = (mpsc::Sender<Outbound>, Inbound);
/// The transport's ends of the channels: messages to deliver, events to report.
pub type TransportEnds = (mpsc::Receiver<Outbound>, mpsc::Sender<TransportEvent>);

/// Builds the pair of channels a transport uses: the session's ends go into the
/// [`TransportHandle`], the transport keeps the others.
pub fn channels() -> (SessionEnds, TransportEnds) {
    let (outbound_tx, outbound_rx) = mpsc::channel(CHANNEL_CAPACITY);
    let (inbound_tx, inbound_rx) = mpsc::channel(CHANNEL_CAPACITY);
    ((outbound_tx, inbound_rx.into()), (outbound_rx, inbound_tx))
}
