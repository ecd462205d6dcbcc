//! Streamable HTTP transport (MCP 2025-03-26 and later), `transport: http`.
//!
//! Every message is POSTed to the server's URL with `Accept: application/json,
//! text/event-stream`; the answer comes back as a JSON body or as an SSE stream that may also
//! carry the server's requests and notifications. The `Mcp-Session-Id` from the `initialize`
//! answer is sent with everything after it, as is `MCP-Protocol-Version`; stopping DELETEs the
//! session. After `notifications/initialized` a GET stream listens for server-initiated messages
//! (a 405 means the server has none).
//!
//! Failures are handled here, not in the session: an answer stream that closes early is resumed
//! with GET and `Last-Event-ID` after the server's `retry:` interval; a 404 for a request that
//! carried a session id means the session expired, so `initialize` is repeated once and the
//! message resent; transient failures are retried with the shared policy where that cannot repeat
//! a side effect; a server that answers `initialize` with 400, 404 or 405 is tried with the
//! legacy HTTP+SSE transport at the same URL.
//!
//! One dispatcher task reads the session's messages in order: notifications and responses are
//! delivered before the next message is read, requests each get a task (their answers may take
//! long). Shared state (session id, protocol version, the `initialize` to repeat) sits behind a
//! mutex no await ever holds.
//!
//! The parts: `exchange.rs` posts messages and starts a new session when one expires,
//! `stream.rs` reads an answer (a JSON body or an SSE stream, resumed when it closes early),
//! `listen.rs` keeps the GET stream for server-initiated messages, `fallback.rs` hands over to
//! the legacy transport; this file starts the transport, dispatches the session's messages and
//! shuts it down.

mod exchange;
mod fallback;
mod listen;
mod stream;

use std::sync::atomic::{AtomicBool, AtomicUsize};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use async_trait::async_trait;
use reqwest::header::{HeaderMap, HeaderValue};
use tokio::sync::{mpsc, oneshot};
use tokio_util::sync::CancellationToken;

use super::remote::{EventSink, GOODBYE_TIMEOUT, Remote, unless_stopped};
use super::{Outbound, TransportControl, TransportEvent, TransportHandle, channels};
use crate::config::ServerConfig;
use crate::mcp::error::McpError;
use crate::mcp::protocol::{JsonRpcMessage, RequestId, method};
use crate::sync::lock;
use exchange::ExchangeError;
use fallback::{LegacyControl, LegacyFallback};

const SESSION_ID: &str = "mcp-session-id";
const PROTOCOL_VERSION: &str = "mcp-protocol-version";
/// How long to wait before resuming a stream when the server gave no `retry:`.
const DEFAULT_RECONNECT_DELAY: Duration = Duration::from_secs(1);
/// How long the next message waits for the listen stream's first answer, so that a server that
/// answers GET promptly has the stream open before the session's first request. Servers that
/// hold a GET open without answering only delay the start by this much.
const LISTEN_OPEN_WAIT: Duration = Duration::from_secs(1);

/// Starts the transport. Nothing is sent until the session sends `initialize`; a server that
/// cannot be reached is reported as the failure of that request.
pub async fn start(name: &str, server: &ServerConfig) -> Result<TransportHandle, McpError> {
    let remote = Remote::from_config(name, server)?;
    let ((outbound, inbound), (outbound_rx, events)) = channels();
    let connection = Arc::new(Connection {
        events: EventSink::new(name, events),
        remote,
        session: Mutex::new(SessionState::default()),
        reinitializing: tokio::sync::Mutex::new(()),
        listening: AtomicBool::new(false),
        streams_left_open: AtomicUsize::new(0),
        stop: CancellationToken::new(),
    });
    let legacy = Arc::new(tokio::sync::Mutex::new(None));
    let fallback = LegacyFallback {
        name: name.to_string(),
        server: server.clone(),
        control: Arc::clone(&legacy),
    };
    tokio::spawn(dispatch(Arc::clone(&connection), outbound_rx, fallback));
    Ok(TransportHandle {
        outbound: outbound.into(),
        inbound,
        control: Box::new(HttpControl { connection, legacy }),
    })
}

/// What the server told us about the session.
#[derive(Default)]
struct SessionState {
    id: Option<String>,
    protocol_version: Option<String>,
    /// The session's `initialize` (and its request id), repeated when the session expires.
    initialize: Option<(RequestId, JsonRpcMessage)>,
    /// Counts successful initializations, so concurrent 404s start only one new session.
    generation: u64,
}

/// One Streamable HTTP connection, shared by the dispatcher, the tasks of requests in flight and
/// the listen stream.
struct Connection {
    remote: Remote,
    session: Mutex<SessionState>,
    /// Held while a new session is being started after an expiry.
    reinitializing: tokio::sync::Mutex<()>,
    events: EventSink,
    listening: AtomicBool,
    /// Answer streams in a row that stayed open after their answers (see `stream.rs`).
    streams_left_open: AtomicUsize,
    stop: CancellationToken,
}

impl Connection {
    fn state(&self) -> MutexGuard<'_, SessionState> {
        lock(&self.session)
    }

    /// `Mcp-Session-Id` and `MCP-Protocol-Version` as far as they are known.
    fn session_headers(&self) -> HeaderMap {
        let state = self.state();
        let mut headers = HeaderMap::new();
        for (name, value) in [
            (SESSION_ID, &state.id),
            (PROTOCOL_VERSION, &state.protocol_version),
        ] {
            if let Some(value) = value {
                match HeaderValue::from_str(value) {
                    Ok(value) => {
                        headers.insert(name, value);
                    }
                    Err(_) => tracing::warn!(
                        server = self.remote.server,
                        "the server's {name} cannot be sent back in a header; leaving it out"
                    ),
                }
            }
        }
        headers
    }
}

/// Reads the session's messages in order and delivers them.
async fn dispatch(
    connection: Arc<Connection>,
    mut outbound: mpsc::Receiver<Outbound>,
    fallback: LegacyFallback,
) {
    while let Some(Some(next)) = unless_stopped(&connection.stop, outbound.recv()).await {
        match &next.message {
            JsonRpcMessage::Request { id, method, .. } if method == method::INITIALIZE => {
                let id = id.clone();
                match connection.initialize(&id, &next).await {
                    Ok(answer) => {
                        connection
                            .events
                            .emit(TransportEvent::Message(answer))
                            .await
                    }
                    Err(ExchangeError::NotStreamableHttp(status)) => {
                        fallback
                            .take_over(&connection, next, outbound, status)
                            .await;
                        return;
                    }
                    Err(error) => {
                        let error = error.into_transport_error(&connection, method::INITIALIZE);
                        connection
                            .events
                            .emit(TransportEvent::SendFailed {
                                id: Some(id),
                                error,
                            })
                            .await;
                    }
                }
            }
            JsonRpcMessage::Request { .. } => {
                let connection = Arc::clone(&connection);
                tokio::spawn(async move {
                    let stop = connection.stop.clone();
                    unless_stopped(&stop, deliver(&connection, &next)).await;
                });
            }
            JsonRpcMessage::Notification { method, .. } => {
                let initialized = method == method::INITIALIZED;
                if deliver(&connection, &next).await && initialized {
                    let (opened, open) = oneshot::channel();
                    tokio::spawn(Arc::clone(&connection).listen(opened));
                    let _ = tokio::time::timeout(LISTEN_OPEN_WAIT, open).await;
                }
            }
            JsonRpcMessage::Response { .. } | JsonRpcMessage::Error { .. } => {
                deliver(&connection, &next).await;
            }
        }
    }
    // The session is gone (or stopped us): end the listen stream and requests in flight too.
    connection.stop.cancel();
}

/// Delivers one message, reporting its answer or its failure to the session.
async fn deliver(connection: &Connection, outbound: &Outbound) -> bool {
    match connection.exchange(outbound).await {
        Ok(answer) => {
            if let Some(answer) = answer {
                connection
                    .events
                    .emit(TransportEvent::Message(answer))
                    .await;
            }
            true
        }
        Err(error) => {
            let id = outbound.message.request_id().cloned();
            connection
                .events
                .emit(TransportEvent::SendFailed { id, error })
                .await;
            false
        }
    }
}

struct HttpControl {
    connection: Arc<Connection>,
    legacy: LegacyControl,
}

#[async_trait]
impl TransportControl for HttpControl {
    async fn shutdown(&self) {
        let connection = &self.connection;
        connection.stop.cancel();
        if let Some(legacy) = self.legacy.lock().await.take() {
            legacy.shutdown().await;
        }
        let session_headers = connection.session_headers();
        let Some(session_id) = connection.state().id.take() else {
            return;
        };
        let goodbye = connection
            .remote
            .client
            .delete(connection.remote.url.clone())
            .headers(connection.remote.headers.clone())
            .headers(session_headers)
            .timeout(GOODBYE_TIMEOUT)
            .send()
            .await;
        match goodbye {
            Ok(response) => tracing::debug!(
                server = connection.remote.server,
                session_id,
                "ended the session: {}",
                response.status()
            ),
            Err(error) => tracing::debug!(
                server = connection.remote.server,
                "could not end the session: {error}"
            ),
        }
    }
}
