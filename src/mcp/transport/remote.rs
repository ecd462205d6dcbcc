//! What the two remote transports (Streamable HTTP and legacy HTTP+SSE) share: the reqwest
//! client built from a server's config, sending with the one retry policy, the errors a person
//! sees for refused credentials and failed exchanges, size- and time-limited reading of answers,
//! JSON-RPC parsing of bodies and event data, and the redirect policy: redirects are followed
//! within the configured URL's origin only, because the configured headers (an `X-Api-Key`, a
//! bearer token) are meant for that server alone. The bridge that drives eventsource-client
//! through the same reqwest client is in `event_source.rs`.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use bytes::Bytes;
use futures::{Stream, StreamExt};
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue, WWW_AUTHENTICATE};
use serde_json::Value;
use sse_stream::{Sse, SseByteStream};
use tokio::sync::mpsc;
use url::Url;

use super::TransportEvent;
use super::error::TransportError;
use super::lossy_utf8::LossyUtf8;
use crate::config::ServerConfig;
use crate::config::duration::format_duration;
use crate::mcp::auth::{AuthError, OAuth};
use crate::mcp::error::McpError;
use crate::mcp::protocol::JsonRpcMessage;
use crate::retry::{self, Failure, RetryPolicy};

/// How long stopping waits for the server to acknowledge the end of a session.
pub(crate) const GOODBYE_TIMEOUT: Duration = Duration::from_secs(5);

/// Redirects followed at most for one request (all within the same origin).
const MAX_REDIRECTS: usize = 10;

/// One configured remote server: where it is, how to reach it and the limits that apply.
pub(crate) struct Remote {
    pub server: String,
    pub url: Url,
    /// `url` as errors show it, its secrets masked (`config::shown_url`).
    pub shown_url: String,
    pub client: reqwest::Client,
    /// `headers:` from config (already `${env:...}`-expanded), sent with every request.
    pub headers: HeaderMap,
    pub request_timeout: Duration,
    pub max_message_size: usize,
    pub retry_policy: RetryPolicy,
    /// The server's OAuth client, unless `headers:` carry an `Authorization` of their own.
    pub auth: Option<Arc<OAuth>>,
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
                "`servers.{name}.url` is not a valid URL ({e}): {}",
                crate::config::shown_url(raw_url)
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
            .redirect(same_origin_redirects())
            .connect_timeout(server.startup_timeout())
            .user_agent(concat!("roxy/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| start_failed(format!("cannot build an HTTP client: {e}")))?;
        Ok(Remote {
            server: name.to_string(),
            shown_url: crate::config::shown_url(url.as_str()),
            url,
            client,
            headers,
            request_timeout: server.request_timeout(),
            max_message_size: server.max_message_size(),
            retry_policy: RetryPolicy::default(),
            auth: OAuth::for_server(name, server).map_err(|e| start_failed(e.to_string()))?,
        })
    }

    /// Sends the request `build` makes with the server's OAuth token, if it has one; a 401,
    /// or a 403 asking for more scopes, gets a new token and one resend (see [`OAuth`]).
    pub async fn send(
        &self,
        what: &str,
        retry_safe: bool,
        build: impl Fn() -> reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, TransportError> {
        let Some(auth) = &self.auth else {
            return self.send_retrying(what, retry_safe, &build).await;
        };
        let mut renewed = false;
        loop {
            let token = auth.bearer().await.map_err(|e| self.auth_error(e))?;
            let response = self
                .send_retrying(what, retry_safe, || match &token {
                    Some(token) => build().bearer_auth(token),
                    None => build(),
                })
                .await?;
            // Refused before anything was processed, so resending is safe.
            let resend = match response.status() {
                StatusCode::UNAUTHORIZED if !renewed => {
                    auth.unauthorized(response.headers(), token.as_deref())
                        .await
                }
                StatusCode::FORBIDDEN if !renewed => {
                    auth.insufficient_scope(response.headers(), token.as_deref())
                        .await
                }
                _ => Ok(false),
            };
            if !resend.map_err(|e| self.auth_error(e))? {
                return Ok(response);
            }
            renewed = true;
        }
    }

    pub(crate) fn auth_error(&self, error: AuthError) -> TransportError {
        match error {
            AuthError::NeedsLogin { .. } => TransportError::NeedsLogin {
                server: self.server.clone(),
                message: error.to_string(),
            },
            other => TransportError::Authorization {
                server: self.server.clone(),
                message: other.to_string(),
            },
        }
    }

    /// Sends the request `build` makes, retrying transient failures with the shared policy:
    /// a refused connection or a 429/503 (the server declined before doing anything) always,
    /// a reset connection or a 502/504 (the request may have been processed) only when
    /// `retry_safe`. `what` names the message in errors.
    async fn send_retrying(
        &self,
        what: &str,
        retry_safe: bool,
        build: impl Fn() -> reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, TransportError> {
        // No wait that outlasts the request's own timeout: a server answering 429 with
        // `Retry-After` is reported as such, not as one that did not answer in time.
        let policy = retry::RetryPolicy {
            max_total: self.retry_policy.max_total.min(self.request_timeout),
            ..self.retry_policy.clone()
        };
        retry::retry(
            &policy,
            retry_safe,
            || {
                let request = build();
                async move {
                    match tokio::time::timeout(self.request_timeout, request.send()).await {
                        Err(_) => Err(Failure::Permanent(self.timeout(what))),
                        Ok(Err(error)) if refused_redirect(&error).is_some() => {
                            Err(Failure::Permanent(self.connect_or_redirect_error(&error)))
                        }
                        Ok(Err(error)) if error.is_connect() => Err(Failure::Transient {
                            error: self.connect_error(&error),
                            retry_after: None,
                            may_have_reached_server: false,
                        }),
                        Ok(Err(error)) => Err(Failure::Transient {
                            error: TransportError::Send {
                                url: self.shown_url.clone(),
                                what: what.to_string(),
                                cause: error_chain(&error),
                            },
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
                    "retrying `{what}` in {}: {error}",
                    format_duration(delay)
                )
            },
        )
        .await
    }

    fn classify_status(
        &self,
        what: &str,
        response: reqwest::Response,
    ) -> Result<reqwest::Response, Failure<TransportError>> {
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
            error: TransportError::Unavailable {
                server: self.server.clone(),
                what: what.to_string(),
                status,
            },
            retry_after,
            may_have_reached_server: !declined_before_processing,
        })
    }

    /// The error for a server that answered `what` with a status Roxy cannot go on from.
    /// 401/403 name the header to set; others carry the start of the body.
    pub async fn status_error(&self, what: &str, response: reqwest::Response) -> TransportError {
        let status = response.status();
        if matches!(status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN) {
            return self.refused(status, response.headers());
        }
        // Through read_body: an error page is read with the same size and time limits.
        let body = self
            .read_body(what, response)
            .await
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_default();
        TransportError::Status {
            server: self.server.clone(),
            what: what.to_string(),
            status,
            excerpt: body.trim().chars().take(300).collect(),
        }
    }

    /// A 401/403, with the challenge the server sent and whether credentials were configured.
    pub fn refused(&self, status: StatusCode, response_headers: &HeaderMap) -> TransportError {
        TransportError::Refused {
            server: self.server.clone(),
            status,
            challenge: response_headers
                .get(WWW_AUTHENTICATE)
                .and_then(|value| value.to_str().ok())
                .map(str::to_string),
            sent_authorization: self.headers.contains_key(AUTHORIZATION),
        }
    }

    /// The server could not be reached.
    pub fn connect_error(&self, error: &dyn std::error::Error) -> TransportError {
        let cause = crate::output::innermost_cause(error);
        TransportError::Connect {
            server: self.server.clone(),
            url: self.shown_url.clone(),
            hint: super::error::connect_hint(&self.server, &cause),
            cause,
        }
    }

    /// The error for a request that was redirected to another origin, if `error` says so;
    /// else the error for a server that could not be reached.
    pub fn connect_or_redirect_error(
        &self,
        error: &(dyn std::error::Error + 'static),
    ) -> TransportError {
        match refused_redirect(error) {
            Some(redirect) => TransportError::CrossOriginRedirect {
                server: self.server.clone(),
                url: self.shown_url.clone(),
                to: crate::config::shown_url(redirect.to.as_str()),
            },
            None => self.connect_error(error),
        }
    }

    /// No answer to `what` within the request timeout.
    pub fn timeout(&self, what: &str) -> TransportError {
        TransportError::Timeout {
            server: self.server.clone(),
            what: what.to_string(),
            after: self.request_timeout,
            setting: format!("servers.{}.request_timeout", self.server),
        }
    }

    pub fn too_large(&self, what: &str) -> TransportError {
        TransportError::TooLarge {
            server: self.server.clone(),
            what: what.to_string(),
            limit: self.max_message_size,
        }
    }

    /// Reads a whole body, failing when it exceeds `max_message_size` or stalls for longer
    /// than the request timeout.
    pub async fn read_body(
        &self,
        what: &str,
        response: reqwest::Response,
    ) -> Result<Bytes, TransportError> {
        if response
            .content_length()
            .is_some_and(|length| length > self.max_message_size as u64)
        {
            return Err(self.too_large(what));
        }
        let mut chunks = response.bytes_stream();
        let mut body = Vec::new();
        loop {
            match tokio::time::timeout(self.request_timeout, chunks.next()).await {
                Err(_) => return Err(self.timeout(what)),
                Ok(None) => return Ok(Bytes::from(body)),
                Ok(Some(Err(error))) => {
                    return Err(TransportError::Read {
                        server: self.server.clone(),
                        what: what.to_string(),
                        cause: error_chain(&error),
                    });
                }
                Ok(Some(Ok(chunk))) => {
                    if body.len() + chunk.len() > self.max_message_size {
                        return Err(self.too_large(what));
                    }
                    body.extend_from_slice(&chunk);
                }
            }
        }
    }

    /// The messages in one event of an answer stream; priming events (no data) and other event
    /// types carry none. An empty `event:` is the default type, `message`, as when there is none.
    pub fn event_messages(&self, event: &Sse) -> Vec<JsonRpcMessage> {
        match (event.event.as_deref(), event.data.as_deref()) {
            (None | Some("" | "message"), Some(data)) if !data.trim().is_empty() => {
                self.parse_messages(data.as_bytes())
            }
            (Some(other), Some(_)) if !matches!(other, "" | "message") => {
                tracing::debug!(
                    server = self.server,
                    event = other,
                    "ignored an event of unknown type"
                );
                Vec::new()
            }
            _ => Vec::new(),
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
}

/// The transport's end of the event channel, shared by a remote transport's tasks.
pub(crate) struct EventSink {
    server: String,
    events: mpsc::Sender<TransportEvent>,
}

impl EventSink {
    pub fn new(server: &str, events: mpsc::Sender<TransportEvent>) -> EventSink {
        EventSink {
            server: server.to_string(),
            events,
        }
    }

    /// Reports `event` to the session; once the session is gone, events are dropped.
    pub async fn emit(&self, event: TransportEvent) {
        if self.events.send(event).await.is_err() {
            tracing::debug!(
                server = self.server,
                "the session is gone; dropped a message"
            );
        }
    }
}

/// The method a message is about, for logs and errors.
pub(crate) fn describe(message: &JsonRpcMessage) -> &str {
    match message {
        JsonRpcMessage::Request { method, .. } | JsonRpcMessage::Notification { method, .. } => {
            method
        }
        JsonRpcMessage::Response { .. } | JsonRpcMessage::Error { .. } => "a response",
    }
}

/// The redirect policy of every remote client: follow redirects within the origin (scheme, host
/// and port) of the request, at most [`MAX_REDIRECTS`]; refuse any other with a
/// [`CrossOriginRedirect`] error. reqwest itself drops only `Authorization` and cookies on a
/// redirect to another host, and would carry any other configured header there.
fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_none_or(|first| first.origin() == attempt.url().origin());
        if !same_origin {
            let to = attempt.url().clone();
            attempt.error(CrossOriginRedirect { to })
        } else if attempt.previous().len() > MAX_REDIRECTS {
            attempt.error(format!("more than {MAX_REDIRECTS} redirects"))
        } else {
            attempt.follow()
        }
    })
}

/// A redirect to another origin, refused.
#[derive(Debug)]
pub(crate) struct CrossOriginRedirect {
    pub to: Url,
}

impl std::fmt::Display for CrossOriginRedirect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "refused a redirect to another origin: {}", self.to)
    }
}

impl std::error::Error for CrossOriginRedirect {}

/// The redirect the policy refused, if `error` or one of its causes is one.
fn refused_redirect<'a>(
    error: &'a (dyn std::error::Error + 'static),
) -> Option<&'a CrossOriginRedirect> {
    let mut current = Some(error);
    while let Some(error) = current {
        if let Some(redirect) = error.downcast_ref::<CrossOriginRedirect>() {
            return Some(redirect);
        }
        current = error.source();
    }
    None
}

/// An error and its causes, outermost first ("error sending request: connection refused"),
/// with the secrets of any URL in them masked (the HTTP client's errors name the URL).
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
    crate::config::url_secrets_masked(&text)
}

/// Why reading an event stream stopped early.
pub(crate) enum StreamBreak {
    /// The connection broke or the data was not valid SSE: the stream may be resumed.
    Broken(String),
    /// Stalled past the request timeout, or one event grew past `max_message_size`.
    Fatal(TransportError),
}

/// Reads the SSE body of a response event by event (sse-stream, fed text decoded lossily), with
/// the same limits as [`Remote::read_body`] applied to each event.
pub(crate) struct EventReader {
    events: Pin<Box<dyn Stream<Item = Result<Sse, sse_stream::Error>> + Send>>,
    bytes_since_event: Arc<AtomicUsize>,
}

impl EventReader {
    pub fn new(response: reqwest::Response, max_message_size: usize) -> EventReader {
        let bytes_since_event = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&bytes_since_event);
        let mut text = LossyUtf8::default();
        let chunks = response.bytes_stream().map(move |chunk| {
            let chunk = chunk.map_err(|e| std::io::Error::other(error_chain(&e)))?;
            let pending = counter.fetch_add(chunk.len(), Ordering::Relaxed) + chunk.len();
            if pending > max_message_size {
                return Err(std::io::Error::other("event too large"));
            }
            Ok(text.decode(chunk))
        });
        EventReader {
            events: Box::pin(SseByteStream::new(chunks)),
            bytes_since_event,
        }
    }

    /// The next event, `None` when the stream ended.
    pub async fn next(&mut self, remote: &Remote, what: &str) -> Result<Option<Sse>, StreamBreak> {
        match tokio::time::timeout(remote.request_timeout, self.events.next()).await {
            Err(_) => Err(StreamBreak::Fatal(remote.timeout(what))),
            Ok(None) => Ok(None),
            Ok(Some(Ok(event))) => {
                self.bytes_since_event.store(0, Ordering::Relaxed);
                Ok(Some(event))
            }
            Ok(Some(Err(_)))
                if self.bytes_since_event.load(Ordering::Relaxed) > remote.max_message_size =>
            {
                Err(StreamBreak::Fatal(remote.too_large(what)))
            }
            Ok(Some(Err(error))) => Err(StreamBreak::Broken(error_chain(&error))),
        }
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
