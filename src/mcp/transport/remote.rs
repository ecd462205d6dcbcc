//! What the two remote transports (Streamable HTTP and legacy HTTP+SSE) share: the reqwest
//! client built from a server's config, sending with the one retry policy, the errors a person
//! sees for refused credentials and failed exchanges, size- and time-limited reading of answers,
//! JSON-RPC parsing of bodies and event data, and the bridge that lets eventsource-client drive
//! long-lived GET event streams through the same reqwest client.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures::{Stream, StreamExt};
use launchdarkly_sdk_transport::{ByteStream, HttpTransport, ResponseFuture, TransportError};
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue, WWW_AUTHENTICATE};
use serde_json::Value;
use sse_stream::{Sse, SseByteStream};
use tokio::sync::mpsc;
use url::Url;

use crate::config::ServerConfig;
use crate::config::duration::format_duration;
use crate::mcp::McpError;
use crate::mcp::protocol::JsonRpcMessage;
use crate::retry::{self, Failure, RetryPolicy};

/// How long stopping waits for the server to acknowledge the end of a session.
pub(crate) const GOODBYE_TIMEOUT: Duration = Duration::from_secs(5);

/// One configured remote server: where it is, how to reach it and the limits that apply.
pub(crate) struct Remote {
    pub server: String,
    pub url: Url,
    pub client: reqwest::Client,
    /// `headers:` from config (already `${env:...}`-expanded), sent with every request.
    pub headers: HeaderMap,
    pub request_timeout: Duration,
    pub max_message_size: usize,
    pub retry_policy: RetryPolicy,
}

impl Remote {
    /// Reads `url` and `headers` of a server and builds its HTTP client.
    pub fn from_config(name: &str, server: &ServerConfig) -> Result<Remote, McpError> {
        let start_failed = |message: String| McpError::StartFailed {
            server: name.to_string(),
            message,
        };
        let raw_url = server.url.as_deref().ok_or_else(|| {
            start_failed(format!(
                "`servers.{name}.url` is missing; set it to the server's MCP endpoint"
            ))
        })?;
        let url = Url::parse(raw_url).map_err(|e| {
            start_failed(format!(
                "`servers.{name}.url` is not a valid URL ({e}): {raw_url}"
            ))
        })?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(start_failed(format!(
                "`servers.{name}.url` must start with http:// or https://, not {}://",
                url.scheme()
            )));
        }
        let mut headers = HeaderMap::new();
        for (key, value) in &server.headers {
            let header_name = HeaderName::from_bytes(key.as_bytes()).map_err(|_| {
                start_failed(format!(
                    "`servers.{name}.headers.{key}` is not a valid HTTP header name"
                ))
            })?;
            let header_value = HeaderValue::from_str(value).map_err(|_| {
                start_failed(format!(
                    "`servers.{name}.headers.{key}` has a value that cannot be sent in an HTTP header (line breaks or control characters?)"
                ))
            })?;
            headers.insert(header_name, header_value);
        }
        let client = reqwest::Client::builder()
            .connect_timeout(server.startup_timeout())
            .user_agent(concat!("roxy/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| start_failed(format!("cannot build an HTTP client: {e}")))?;
        Ok(Remote {
            server: name.to_string(),
            url,
            client,
            headers,
            request_timeout: server.request_timeout(),
            max_message_size: server.max_message_size(),
            retry_policy: RetryPolicy::default(),
        })
    }

    /// Sends the request `build` makes, retrying transient failures with the shared policy:
    /// a refused connection or a 429/503 (the server declined before doing anything) always,
    /// a reset connection or a 502/504 (the request may have been processed) only when
    /// `retry_safe`. `what` names the message in errors.
    pub async fn send(
        &self,
        what: &str,
        retry_safe: bool,
        build: impl Fn() -> reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, String> {
        retry::retry(
            &self.retry_policy,
            retry_safe,
            || {
                let request = build();
                async move {
                    match tokio::time::timeout(self.request_timeout, request.send()).await {
                        Err(_) => Err(Failure::Permanent(self.timeout_message(what))),
                        Ok(Err(error)) if error.is_connect() => Err(Failure::Transient {
                            error: format!(
                                "cannot connect to {} ({}); is the server running and `servers.{}.url` right?",
                                self.url,
                                error_chain(&error),
                                self.server
                            ),
                            retry_after: None,
                            may_have_reached_server: false,
                        }),
                        Ok(Err(error)) => Err(Failure::Transient {
                            error: format!(
                                "sending `{what}` to {} failed: {}",
                                self.url,
                                error_chain(&error)
                            ),
                            retry_after: None,
                            may_have_reached_server: true,
                        }),
                        Ok(Ok(response)) => self.classify_status(what, response),
                    }
                }
            },
            |attempt, delay, error| {
                tracing::info!(
                    server = self.server,
                    attempt,
                    "retrying `{what}` in {delay:?}: {error}"
                )
            },
        )
        .await
    }

    fn classify_status(
        &self,
        what: &str,
        response: reqwest::Response,
    ) -> Result<reqwest::Response, Failure<String>> {
        let status = response.status();
        let declined_before_processing = match status {
            StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE => true,
            StatusCode::BAD_GATEWAY | StatusCode::GATEWAY_TIMEOUT => false,
            _ => return Ok(response),
        };
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(retry::parse_retry_after);
        Err(Failure::Transient {
            error: format!(
                "server `{}` answered `{what}` with {status} (temporarily unavailable)",
                self.server
            ),
            retry_after,
            may_have_reached_server: !declined_before_processing,
        })
    }

    /// The error for a server that answered `what` with a status Roxy cannot go on from.
    /// 401/403 name the header to set; others carry the start of the body.
    pub async fn status_error(&self, what: &str, response: reqwest::Response) -> String {
        let status = response.status();
        if matches!(status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN) {
            return self.refused_message(status, response.headers());
        }
        // Through read_body: an error page is read with the same size and time limits.
        let body = self
            .read_body(what, response)
            .await
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_default();
        let excerpt: String = body.trim().chars().take(300).collect();
        if excerpt.is_empty() {
            format!("server `{}` answered `{what}` with {status}", self.server)
        } else {
            format!(
                "server `{}` answered `{what}` with {status}: {excerpt}",
                self.server
            )
        }
    }

    /// What to do about a 401/403: which header to set (or check) in mcp_servers.yaml.
    pub fn refused_message(&self, status: StatusCode, response_headers: &HeaderMap) -> String {
        let challenge = response_headers
            .get(WWW_AUTHENTICATE)
            .and_then(|value| value.to_str().ok())
            .map(|value| format!(" (it asks for: {value})"))
            .unwrap_or_default();
        let server = &self.server;
        if self.headers.contains_key(AUTHORIZATION) {
            format!(
                "server `{server}` refused the credentials with {status}{challenge}: check the token in `servers.{server}.headers.Authorization` in mcp_servers.yaml (and the environment variable it names)"
            )
        } else {
            format!(
                "server `{server}` refused the request with {status}{challenge}: it needs credentials; set the `Authorization` header under `servers.{server}.headers` in mcp_servers.yaml, e.g. `Authorization: \"Bearer ${{env:{}_TOKEN}}\"`",
                server.to_uppercase().replace(['-', '.', ' '], "_")
            )
        }
    }

    pub fn timeout_message(&self, what: &str) -> String {
        format!(
            "server `{}` did not answer `{what}` within {}; raise `servers.{}.request_timeout` in mcp_servers.yaml if it needs longer",
            self.server,
            format_duration(self.request_timeout),
            self.server
        )
    }

    fn too_large_message(&self, what: &str) -> String {
        format!(
            "server `{}` sent a message for `{what}` larger than {} bytes; raise `servers.{}.max_message_size` in mcp_servers.yaml if that is expected",
            self.server, self.max_message_size, self.server
        )
    }

    /// Reads a whole body, failing when it exceeds `max_message_size` or stalls for longer
    /// than the request timeout.
    pub async fn read_body(
        &self,
        what: &str,
        response: reqwest::Response,
    ) -> Result<Bytes, String> {
        if response
            .content_length()
            .is_some_and(|length| length > self.max_message_size as u64)
        {
            return Err(self.too_large_message(what));
        }
        let mut chunks = response.bytes_stream();
        let mut body = Vec::new();
        loop {
            match tokio::time::timeout(self.request_timeout, chunks.next()).await {
                Err(_) => return Err(self.timeout_message(what)),
                Ok(None) => return Ok(Bytes::from(body)),
                Ok(Some(Err(error))) => {
                    return Err(format!(
                        "reading the answer to `{what}` from server `{}` failed: {}",
                        self.server,
                        error_chain(&error)
                    ));
                }
                Ok(Some(Ok(chunk))) => {
                    if body.len() + chunk.len() > self.max_message_size {
                        return Err(self.too_large_message(what));
                    }
                    body.extend_from_slice(&chunk);
                }
            }
        }
    }

    /// Reads JSON-RPC messages from a body or an event's data: one message or a batch.
    /// Anything malformed is logged with the server's name and skipped.
    pub fn parse_messages(&self, text: &[u8]) -> Vec<JsonRpcMessage> {
        let value = match serde_json::from_slice::<Value>(text) {
            Ok(value) => value,
            Err(error) => {
                tracing::warn!(
                    server = self.server,
                    "skipped a message that is not JSON: {error}"
                );
                return Vec::new();
            }
        };
        let items = match value {
            Value::Array(items) => items,
            single => vec![single],
        };
        items
            .into_iter()
            .filter_map(|item| match JsonRpcMessage::from_value(item) {
                Ok(message) => Some(message),
                Err(error) => {
                    tracing::warn!(server = self.server, "skipped a message: {error}");
                    None
                }
            })
            .collect()
    }

    /// The bridge for eventsource-client: requests go out through this server's reqwest client
    /// with the configured headers plus whatever `extra_headers` returns at that moment.
    pub fn event_source_bridge(
        &self,
        extra_headers: impl Fn() -> HeaderMap + Send + Sync + 'static,
    ) -> ReqwestBridge {
        let mut configured = self.headers.clone();
        configured.remove(reqwest::header::ACCEPT);
        ReqwestBridge {
            client: self.client.clone(),
            configured,
            extra_headers: Arc::new(extra_headers),
            max_event_size: self.max_message_size,
            too_large: self.too_large_message("an event stream"),
        }
    }
}

/// An error and its causes, outermost first ("error sending request: connection refused").
pub(crate) fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// Why reading an event stream stopped early.
pub(crate) enum StreamBreak {
    /// The connection broke or the data was not valid SSE: the stream may be resumed.
    Broken(String),
    /// Stalled past the request timeout, or one event grew past `max_message_size`.
    Fatal(String),
}

/// Reads the SSE body of a response event by event (sse-stream), with the same limits as
/// [`Remote::read_body`] applied to each event.
pub(crate) struct EventReader {
    events: Pin<Box<dyn Stream<Item = Result<Sse, sse_stream::Error>> + Send>>,
    bytes_since_event: Arc<AtomicUsize>,
}

impl EventReader {
    pub fn new(response: reqwest::Response, max_message_size: usize) -> EventReader {
        let bytes_since_event = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&bytes_since_event);
        let chunks = response.bytes_stream().map(move |chunk| {
            let chunk = chunk.map_err(|e| std::io::Error::other(error_chain(&e)))?;
            let pending = counter.fetch_add(chunk.len(), Ordering::Relaxed) + chunk.len();
            if pending > max_message_size {
                return Err(std::io::Error::other("event too large"));
            }
            Ok(chunk)
        });
        EventReader {
            events: Box::pin(SseByteStream::new(chunks)),
            bytes_since_event,
        }
    }

    /// The next event, `None` when the stream ended.
    pub async fn next(&mut self, remote: &Remote, what: &str) -> Result<Option<Sse>, StreamBreak> {
        match tokio::time::timeout(remote.request_timeout, self.events.next()).await {
            Err(_) => Err(StreamBreak::Fatal(remote.timeout_message(what))),
            Ok(None) => Ok(None),
            Ok(Some(Ok(event))) => {
                self.bytes_since_event.store(0, Ordering::Relaxed);
                Ok(Some(event))
            }
            Ok(Some(Err(_)))
                if self.bytes_since_event.load(Ordering::Relaxed) > remote.max_message_size =>
            {
                Err(StreamBreak::Fatal(remote.too_large_message(what)))
            }
            Ok(Some(Err(error))) => Err(StreamBreak::Broken(error_chain(&error))),
        }
    }
}

/// Drives eventsource-client's requests through reqwest (rustls, the same connection pool and
/// timeouts as every other request to the server).
#[derive(Clone)]
pub(crate) struct ReqwestBridge {
    client: reqwest::Client,
    configured: HeaderMap,
    extra_headers: Arc<dyn Fn() -> HeaderMap + Send + Sync>,
    /// eventsource-client buffers an event without limit; the bridge stops a stream whose
    /// event grows past this.
    max_event_size: usize,
    too_large: String,
}

impl HttpTransport for ReqwestBridge {
    fn request(&self, request: http::Request<Option<Bytes>>) -> ResponseFuture {
        let client = self.client.clone();
        let mut headers = self.configured.clone();
        headers.extend((self.extra_headers)());
        let limit = EventSizeLimit {
            max: self.max_event_size,
            message: self.too_large.clone(),
        };
        // reqwest's futures are not `Sync`, which the trait demands: run the exchange as its own
        // task and hand over the body through a channel.
        let exchange = tokio::spawn(async move {
            let (parts, body) = request.into_parts();
            let mut builder = client
                .request(parts.method, parts.uri.to_string())
                .headers(parts.headers)
                .headers(headers);
            if let Some(body) = body {
                builder = builder.body(body);
            }
            let response = builder.send().await.map_err(TransportError::new)?;
            let mut bridged = http::Response::builder().status(response.status());
            if let Some(bridged_headers) = bridged.headers_mut() {
                *bridged_headers = response.headers().clone();
            }
            let (chunks_tx, chunks_rx) = mpsc::channel(16);
            tokio::spawn(forward_body(response, chunks_tx, limit));
            let body: ByteStream = Box::pin(ChannelBody(chunks_rx));
            bridged.body(body).map_err(TransportError::new)
        });
        Box::pin(async move {
            exchange
                .await
                .map_err(|e| TransportError::new(std::io::Error::other(e.to_string())))?
        })
    }
}

/// The largest event an event stream may carry, and what to say when one is larger.
struct EventSizeLimit {
    max: usize,
    message: String,
}

/// Hands a response body to eventsource-client chunk by chunk. Stops when the reader is gone
/// (so a quiet stream does not outlive shutdown) and fails the stream when one event grows past
/// the limit (bytes since the last blank line).
async fn forward_body(
    response: reqwest::Response,
    chunks: mpsc::Sender<Result<Bytes, TransportError>>,
    limit: EventSizeLimit,
) {
    let mut body = response.bytes_stream();
    let mut event_bytes = 0usize;
    let mut previous_byte = 0u8;
    loop {
        let chunk = tokio::select! {
            _ = chunks.closed() => return,
            chunk = body.next() => match chunk {
                Some(chunk) => chunk.map_err(TransportError::new),
                None => return,
            },
        };
        if let Ok(bytes) = &chunk {
            for &byte in bytes.iter() {
                let blank_line = byte == b'\n' && previous_byte == b'\n';
                event_bytes = if blank_line { 0 } else { event_bytes + 1 };
                if byte != b'\r' {
                    previous_byte = byte;
                }
            }
            if event_bytes > limit.max {
                let error = std::io::Error::other(limit.message);
                let _ = chunks.send(Err(TransportError::new(error))).await;
                return;
            }
        }
        let failed = chunk.is_err();
        if chunks.send(chunk).await.is_err() || failed {
            return;
        }
    }
}

/// A response body handed over from the task that reads it.
struct ChannelBody(mpsc::Receiver<Result<Bytes, TransportError>>);

impl Stream for ChannelBody {
    type Item = Result<Bytes, TransportError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.poll_recv(cx)
    }
}

/// Waits for `future` unless `stop` fires first.
pub(crate) async fn unless_stopped<T>(
    stop: &tokio_util::sync::CancellationToken,
    future: impl Future<Output = T>,
) -> Option<T> {
    tokio::select! {
        _ = stop.cancelled() => None,
        value = future => Some(value),
    }
}
