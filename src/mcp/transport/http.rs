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

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use async_trait::async_trait;
use eventsource_client::{self as es, Client as _};
use futures::StreamExt;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderValue};
use sse_stream::Sse;
use tokio::sync::{mpsc, oneshot};
use tokio_util::sync::CancellationToken;

use super::error::TransportError;
use super::event_source::ReqwestBridge;
use super::remote::{
    EventReader, EventSink, GOODBYE_TIMEOUT, Remote, StreamBreak, describe, unless_stopped,
};
use super::{Outbound, TransportControl, TransportEvent, TransportHandle, channels};
use crate::config::ServerConfig;
use crate::config::duration::format_duration;
use crate::mcp::error::McpError;
use crate::mcp::protocol::{JsonRpcMessage, RequestId, method};
use crate::sync::lock;

const SESSION_ID: &str = "mcp-session-id";
const PROTOCOL_VERSION: &str = "mcp-protocol-version";
/// How long to wait before resuming a stream when the server gave no `retry:`.
const DEFAULT_RECONNECT_DELAY: Duration = Duration::from_secs(1);
/// Resumptions of one answer stream before giving up.
const MAX_RESUMPTIONS: usize = 5;
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
        outbound,
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

struct Connection {
    remote: Remote,
    session: Mutex<SessionState>,
    /// Held while a new session is being started after an expiry.
    reinitializing: tokio::sync::Mutex<()>,
    events: EventSink,
    listening: AtomicBool,
    stop: CancellationToken,
}

/// How one exchange failed.
enum ExchangeError {
    /// 404 for a request that carried this session generation's id.
    SessionExpired {
        generation: u64,
    },
    /// The server answered `initialize` with 400, 404 or 405: not a Streamable HTTP endpoint.
    NotStreamableHttp(StatusCode),
    Failed(TransportError),
}

impl ExchangeError {
    /// The failure of the exchange about `what`, as the session sees it.
    fn into_transport_error(self, connection: &Connection, what: &str) -> TransportError {
        let server = connection.remote.server.clone();
        match self {
            ExchangeError::Failed(error) => error,
            ExchangeError::SessionExpired { .. } => TransportError::SessionExpired {
                server,
                what: what.to_string(),
            },
            ExchangeError::NotStreamableHttp(status) => TransportError::Status {
                server,
                what: what.to_string(),
                status,
                excerpt: String::new(),
            },
        }
    }
}

/// Where an answer stream stands, for resuming it.
#[derive(Default)]
struct StreamCursor {
    last_event_id: Option<String>,
    retry: Option<Duration>,
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

    async fn post(
        &self,
        message: &JsonRpcMessage,
        retry_safe: bool,
    ) -> Result<reqwest::Response, TransportError> {
        let body = message.to_value().to_string();
        let session_headers = self.session_headers();
        self.remote
            .send(describe(message), retry_safe, || {
                self.remote
                    .client
                    .post(self.remote.url.clone())
                    .headers(self.remote.headers.clone())
                    .headers(session_headers.clone())
                    .header(ACCEPT, "application/json, text/event-stream")
                    .header(CONTENT_TYPE, "application/json")
                    .body(body.clone())
            })
            .await
    }

    /// Sends `initialize` (request `id`) and returns its answer, taking the session id and
    /// protocol version from it.
    async fn initialize(
        &self,
        id: &RequestId,
        outbound: &Outbound,
    ) -> Result<JsonRpcMessage, ExchangeError> {
        {
            let mut state = self.state();
            state.initialize = Some((id.clone(), outbound.message.clone()));
            state.id = None;
            state.protocol_version = None;
        }
        let response = self
            .post(&outbound.message, outbound.retry_safe)
            .await
            .map_err(ExchangeError::Failed)?;
        let status = response.status();
        if matches!(
            status,
            StatusCode::BAD_REQUEST | StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED
        ) {
            return Err(ExchangeError::NotStreamableHttp(status));
        }
        if !status.is_success() {
            return Err(ExchangeError::Failed(
                self.remote.status_error(method::INITIALIZE, response).await,
            ));
        }
        let session_id = response
            .headers()
            .get(SESSION_ID)
            .and_then(|value| value.to_str().ok())
            .map(str::to_string);
        let answer = self
            .read_answer(response, id, method::INITIALIZE)
            .await
            .map_err(ExchangeError::Failed)?
            .ok_or_else(|| {
                ExchangeError::Failed(TransportError::InvalidResponse {
                    server: self.remote.server.clone(),
                    message: format!(
                        "server `{}` accepted `initialize` without answering it",
                        self.remote.server
                    ),
                })
            })?;
        let protocol_version = match &answer {
            JsonRpcMessage::Response { result, .. } => result
                .get("protocolVersion")
                .and_then(|v| v.as_str())
                .map(str::to_string),
            _ => None,
        };
        let mut state = self.state();
        state.id = session_id;
        state.protocol_version = protocol_version;
        state.generation += 1;
        Ok(answer)
    }

    /// Delivers one message and returns the answer to it, if it is a request answered on its
    /// own POST.
    async fn exchange(
        &self,
        outbound: &Outbound,
    ) -> Result<Option<JsonRpcMessage>, TransportError> {
        let what = describe(&outbound.message);
        // While a new session is being started, wait for it: sent now, the message would carry
        // no session id and be refused.
        drop(self.reinitializing.lock().await);
        match self.exchange_once(outbound).await {
            Err(ExchangeError::SessionExpired { generation }) => {
                self.reinitialize(generation).await.map_err(|error| {
                    TransportError::SessionRestartFailed {
                        server: self.remote.server.clone(),
                        source: Box::new(error),
                    }
                })?;
                self.exchange_once(outbound)
                    .await
                    .map_err(|error| error.into_transport_error(self, what))
            }
            other => other.map_err(|error| error.into_transport_error(self, what)),
        }
    }

    async fn exchange_once(
        &self,
        outbound: &Outbound,
    ) -> Result<Option<JsonRpcMessage>, ExchangeError> {
        let what = describe(&outbound.message);
        let (had_session, generation) = {
            let state = self.state();
            (state.id.is_some(), state.generation)
        };
        let response = self
            .post(&outbound.message, outbound.retry_safe)
            .await
            .map_err(ExchangeError::Failed)?;
        let status = response.status();
        if status == StatusCode::NOT_FOUND && had_session {
            return Err(ExchangeError::SessionExpired { generation });
        }
        if !status.is_success() {
            return Err(ExchangeError::Failed(
                self.remote.status_error(what, response).await,
            ));
        }
        match &outbound.message {
            JsonRpcMessage::Request { id, .. } => self
                .read_answer(response, id, what)
                .await
                .map_err(ExchangeError::Failed),
            _ => Ok(None), // 202 expected; a body (some servers send one) carries nothing we need
        }
    }

    /// Starts a new session after `expired_generation` expired, unless another task already did.
    async fn reinitialize(&self, expired_generation: u64) -> Result<(), TransportError> {
        let _only_one = self.reinitializing.lock().await;
        let initialize = {
            let mut state = self.state();
            if state.generation != expired_generation {
                return Ok(());
            }
            state.id = None;
            state.initialize.clone()
        };
        let (id, initialize) = initialize.ok_or(TransportError::NothingToReinitialize)?;
        tracing::warn!(
            server = self.remote.server,
            "the server ended the session (404); initializing a new one"
        );
        let outbound = Outbound {
            message: initialize,
            retry_safe: true,
        };
        self.initialize(&id, &outbound)
            .await
            .map_err(|error| error.into_transport_error(self, method::INITIALIZE))?;
        let initialized = Outbound {
            message: JsonRpcMessage::notification(method::INITIALIZED, None),
            retry_safe: true,
        };
        self.exchange_once(&initialized)
            .await
            .map(drop)
            .map_err(|error| error.into_transport_error(self, method::INITIALIZED))
    }

    /// Reads the answer to request `id` from a successful POST: a JSON body, an SSE stream
    /// (resumed if it closes early), or nothing (202: it will come on the GET stream).
    /// Everything else on the way is forwarded to the session.
    async fn read_answer(
        &self,
        response: reqwest::Response,
        id: &RequestId,
        what: &str,
    ) -> Result<Option<JsonRpcMessage>, TransportError> {
        if response.status() == StatusCode::ACCEPTED {
            return Ok(None);
        }
        let content_type = content_type(&response);
        if content_type == "text/event-stream" {
            return self.read_answer_stream(response, id, what).await.map(Some);
        }
        if content_type != "application/json" {
            return Err(TransportError::InvalidResponse {
                server: self.remote.server.clone(),
                message: format!(
                    "server `{}` answered `{what}` with content type `{content_type}`; expected application/json or text/event-stream",
                    self.remote.server
                ),
            });
        }
        let body = self.remote.read_body(what, response).await?;
        let mut answer = None;
        for message in self.remote.parse_messages(&body) {
            if answer.is_none() && answers(&message, id) {
                answer = Some(message);
            } else {
                self.events.emit(TransportEvent::Message(message)).await;
            }
        }
        answer
            .map(Some)
            .ok_or_else(|| TransportError::InvalidResponse {
                server: self.remote.server.clone(),
                message: format!(
                    "server `{}` answered `{what}` without a response to it",
                    self.remote.server
                ),
            })
    }

    async fn read_answer_stream(
        &self,
        response: reqwest::Response,
        id: &RequestId,
        what: &str,
    ) -> Result<JsonRpcMessage, TransportError> {
        let mut cursor = StreamCursor::default();
        let mut ended = match self.read_events(response, id, what, &mut cursor).await? {
            Some(answer) => return Ok(answer),
            None => "the server closed the stream".to_string(),
        };
        for _ in 0..MAX_RESUMPTIONS {
            let Some(last_event_id) = cursor.last_event_id.clone() else {
                return Err(TransportError::NotResumable {
                    server: self.remote.server.clone(),
                    what: what.to_string(),
                    ended,
                });
            };
            let delay = cursor.retry.unwrap_or(DEFAULT_RECONNECT_DELAY);
            tracing::debug!(
                server = self.remote.server,
                last_event_id,
                "answer stream of `{what}` ended early ({ended}); resuming in {}",
                format_duration(delay)
            );
            if unless_stopped(&self.stop, tokio::time::sleep(delay))
                .await
                .is_none()
            {
                return Err(TransportError::Stopped);
            }
            let response = self.resume(&last_event_id, what).await?;
            match self.read_events(response, id, what, &mut cursor).await? {
                Some(answer) => return Ok(answer),
                None => ended = "the resumed stream closed too".into(),
            }
        }
        Err(TransportError::ResumptionsExhausted {
            server: self.remote.server.clone(),
            what: what.to_string(),
            resumptions: MAX_RESUMPTIONS,
        })
    }

    /// GETs the stream again from `last_event_id`.
    async fn resume(
        &self,
        last_event_id: &str,
        what: &str,
    ) -> Result<reqwest::Response, TransportError> {
        let session_headers = self.session_headers();
        let response = self
            .remote
            .send(what, true, || {
                self.remote
                    .client
                    .get(self.remote.url.clone())
                    .headers(self.remote.headers.clone())
                    .headers(session_headers.clone())
                    .header(ACCEPT, "text/event-stream")
                    .header("last-event-id", last_event_id)
            })
            .await?;
        if response.status().is_success() && content_type(&response) == "text/event-stream" {
            return Ok(response);
        }
        let refusal = self.remote.status_error(what, response).await;
        Err(TransportError::ResumeFailed {
            source: Box::new(refusal),
        })
    }

    /// Reads events until the answer to `id` arrives (returned) or the stream ends (`None`).
    async fn read_events(
        &self,
        response: reqwest::Response,
        id: &RequestId,
        what: &str,
        cursor: &mut StreamCursor,
    ) -> Result<Option<JsonRpcMessage>, TransportError> {
        let mut events = EventReader::new(response, self.remote.max_message_size);
        loop {
            let event = match unless_stopped(&self.stop, events.next(&self.remote, what)).await {
                None => return Err(TransportError::Stopped),
                Some(Ok(Some(event))) => event,
                Some(Ok(None)) => return Ok(None),
                Some(Err(StreamBreak::Broken(reason))) => {
                    tracing::debug!(server = self.remote.server, "answer stream broke: {reason}");
                    return Ok(None);
                }
                Some(Err(StreamBreak::Fatal(error))) => return Err(error),
            };
            if let Some(event_id) = &event.id {
                cursor.last_event_id = (!event_id.is_empty()).then(|| event_id.clone());
            }
            if let Some(retry) = event.retry {
                // A server's `retry:` is a wish, bounded by the retry policy.
                cursor.retry =
                    Some(Duration::from_millis(retry).min(self.remote.retry_policy.max_delay));
            }
            let mut answer = None;
            for message in self.event_messages(&event) {
                if answer.is_none() && answers(&message, id) {
                    answer = Some(message);
                } else {
                    self.events.emit(TransportEvent::Message(message)).await;
                }
            }
            if answer.is_some() {
                return Ok(answer);
            }
        }
    }

    /// The messages in one event; priming events (no data) and other event types carry none.
    fn event_messages(&self, event: &Sse) -> Vec<JsonRpcMessage> {
        match (event.event.as_deref(), event.data.as_deref()) {
            (None | Some("message"), Some(data)) if !data.trim().is_empty() => {
                self.remote.parse_messages(data.as_bytes())
            }
            (Some(other), Some(_)) if other != "message" => {
                tracing::debug!(
                    server = self.remote.server,
                    event = other,
                    "ignored an event of unknown type"
                );
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// The GET stream for server-initiated messages, kept open (and reconnected) until stop.
    /// `opened` is told when the first connection attempt has an outcome.
    async fn listen(self: Arc<Self>, opened: oneshot::Sender<()>) {
        if self.listening.swap(true, Ordering::SeqCst) {
            return;
        }
        let mut opened = Some(opened);
        let headers_source = Arc::clone(&self);
        let bridge = ReqwestBridge::new(&self.remote, move || headers_source.session_headers());
        let builder = match es::ClientBuilder::for_url(self.remote.url.as_str()) {
            Ok(builder) => builder,
            Err(error) => {
                tracing::warn!(
                    server = self.remote.server,
                    "cannot listen for server messages: {error}"
                );
                return;
            }
        };
        let client = builder
            .reconnect(
                es::ReconnectOptions::reconnect(true)
                    .retry_initial(false)
                    .delay(DEFAULT_RECONNECT_DELAY)
                    .delay_max(Duration::from_secs(30))
                    .build(),
            )
            .build_with_transport(bridge);
        let mut stream = client.stream();
        while let Some(Some(item)) = unless_stopped(&self.stop, stream.next()).await {
            if let Some(opened) = opened.take() {
                let _ = opened.send(());
            }
            match item {
                Ok(es::SSE::Event(event)) if event.event_type == "message" => {
                    for message in self.remote.parse_messages(event.data.as_bytes()) {
                        self.events.emit(TransportEvent::Message(message)).await;
                    }
                }
                Ok(_) => {}
                Err(es::Error::UnexpectedResponse(response, _))
                    if response.status() == StatusCode::METHOD_NOT_ALLOWED.as_u16() =>
                {
                    tracing::debug!(
                        server = self.remote.server,
                        "the server offers no stream for server-initiated messages (GET answered 405)"
                    );
                    return;
                }
                Err(error) => tracing::debug!(
                    server = self.remote.server,
                    "stream for server-initiated messages: {error}"
                ),
            }
        }
    }
}

/// Whether `message` is the answer to request `id`.
fn answers(message: &JsonRpcMessage, id: &RequestId) -> bool {
    match message {
        JsonRpcMessage::Response { id: answered, .. } => answered == id,
        JsonRpcMessage::Error {
            id: Some(answered), ..
        } => answered == id,
        _ => false,
    }
}

/// The media type of a response, lower-cased, without parameters.
fn content_type(response: &reqwest::Response) -> String {
    response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .map(|value| value.trim().to_ascii_lowercase())
        .unwrap_or_default()
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

type LegacyControl = Arc<tokio::sync::Mutex<Option<Box<dyn TransportControl>>>>;

/// What it takes to switch to the legacy HTTP+SSE transport at the same URL.
struct LegacyFallback {
    name: String,
    server: ServerConfig,
    control: LegacyControl,
}

impl LegacyFallback {
    /// Starts the legacy transport, hands it `initialize` and relays everything from then on.
    async fn take_over(
        self,
        connection: &Connection,
        initialize: Outbound,
        mut outbound: mpsc::Receiver<Outbound>,
        status: StatusCode,
    ) {
        let server = &connection.remote.server;
        tracing::info!(
            server,
            "the server answered `initialize` with {status}, so it is no Streamable HTTP endpoint; trying the legacy HTTP+SSE transport at the same URL"
        );
        let legacy = match super::sse::start(&self.name, &self.server).await {
            Ok(legacy) => legacy,
            Err(error) => {
                let id = initialize.message.request_id().cloned();
                let error = TransportError::LegacyFallbackFailed {
                    server: server.clone(),
                    status,
                    reason: error.to_string(),
                };
                connection
                    .events
                    .emit(TransportEvent::SendFailed { id, error })
                    .await;
                return;
            }
        };
        let TransportHandle {
            outbound: to_legacy,
            inbound: mut from_legacy,
            control,
        } = legacy;
        *self.control.lock().await = Some(control);
        if to_legacy.send(initialize).await.is_err() {
            return;
        }
        loop {
            tokio::select! {
                _ = connection.stop.cancelled() => return,
                next = outbound.recv() => {
                    let Some(next) = next else { return };
                    if to_legacy.send(next).await.is_err() {
                        return;
                    }
                }
                event = from_legacy.recv() => match event {
                    Some(event) => connection.events.emit(event).await,
                    None => return,
                },
            }
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
