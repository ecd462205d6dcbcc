//! Legacy HTTP+SSE transport (MCP 2024-11-05), `transport: sse`.
//!
//! The server's URL is an event stream (read with eventsource-client over reqwest). Its first
//! `endpoint` event says where to POST messages (resolved against the stream's URL, and refused
//! when it lies on another origin, where the configured headers must not go); every
//! answer, request and notification from the server arrives on the stream. When the stream
//! drops, eventsource-client reconnects with backoff; requests waiting for an answer fail (the
//! answer was lost with the stream), and once the server announces a new endpoint the session's
//! `initialize` is repeated there, because the server treats the new stream as a new session.
//! A 401 on the stream goes to OAuth like a 401 on a POST (see `Link::renew_after`): a new
//! token reopens it, no usable token makes the server `needs_login`.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use eventsource_client::{self as es, Client as _};
use futures::StreamExt;
use reqwest::StatusCode;
use reqwest::header::CONTENT_TYPE;
use tokio::sync::{mpsc, oneshot, watch};
use tokio_util::sync::CancellationToken;
use url::Url;

use super::error::TransportError;
use super::event_source::ReqwestBridge;
use super::remote::{EventSink, Remote, describe, unless_stopped};
use super::{Outbound, TransportControl, TransportEvent, TransportHandle, channels};
use crate::config::ServerConfig;
use crate::config::duration::format_duration;
use crate::mcp::error::McpError;
use crate::mcp::protocol::{JsonRpcMessage, RequestId, method};
use crate::sync::lock;

/// Connects to the event stream and waits (within the startup timeout) for the `endpoint` event.
pub async fn start(name: &str, server: &ServerConfig) -> Result<TransportHandle, McpError> {
    let remote = Remote::from_config(name, server)?;
    let ((outbound, inbound), (outbound_rx, events)) = channels();
    let (endpoint_tx, mut endpoint_rx) = watch::channel(Endpoint::Connecting);
    let link = Arc::new(Link {
        events: EventSink::new(name, events),
        remote,
        endpoint: endpoint_tx,
        awaiting_answer: Mutex::new(HashSet::new()),
        initialize: Mutex::new(None),
        reinitialize_answer: Mutex::new(None),
        stop: CancellationToken::new(),
    });
    tokio::spawn(read_stream(Arc::clone(&link)));
    let startup = tokio::time::timeout(
        server.startup_timeout(),
        endpoint_rx.wait_for(|endpoint| !matches!(endpoint, Endpoint::Connecting)),
    )
    .await;
    let failure = match startup {
        Err(_) => Some(format!(
            "{} sent no `endpoint` event within {}; is it a legacy HTTP+SSE endpoint? (Streamable HTTP servers take `transport: http`)",
            link.remote.url,
            format_duration(server.startup_timeout())
        )),
        Ok(Err(_)) => Some("the event stream task ended".to_string()),
        Ok(Ok(endpoint)) => match &*endpoint {
            // A transport error, so that the server's state becomes `needs_login`.
            Endpoint::Gone(reason @ TransportError::NeedsLogin { .. }) => {
                link.stop.cancel();
                return Err(McpError::Transport {
                    server: name.to_string(),
                    source: reason.clone(),
                });
            }
            Endpoint::Gone(reason) => Some(reason.to_string()),
            _ => None,
        },
    };
    if let Some(message) = failure {
        link.stop.cancel();
        return Err(McpError::StartFailed {
            server: name.to_string(),
            message,
        });
    }
    tokio::spawn(dispatch(Arc::clone(&link), outbound_rx));
    Ok(TransportHandle {
        outbound: outbound.into(),
        inbound,
        control: Box::new(SseControl { link }),
    })
}

/// Where messages go.
#[derive(Debug, Clone, PartialEq)]
enum Endpoint {
    /// The first connection is being made.
    Connecting,
    Ready(Url),
    /// The stream dropped; waiting for the server to announce a new endpoint. Holds why the
    /// last attempt failed, once one has.
    Reconnecting(Option<TransportError>),
    /// A new endpoint was announced; the session's `initialize` is being repeated there before
    /// anything else may be sent.
    Reinitializing(Url),
    /// The stream ended for good.
    Gone(TransportError),
}

struct Link {
    remote: Remote,
    endpoint: watch::Sender<Endpoint>,
    /// Requests sent whose answers have not arrived on the stream yet.
    awaiting_answer: Mutex<HashSet<RequestId>>,
    /// The session's `initialize`, repeated after a reconnection.
    initialize: Mutex<Option<JsonRpcMessage>>,
    /// Takes the answer to a repeated `initialize` instead of the session.
    reinitialize_answer: Mutex<Option<(RequestId, oneshot::Sender<JsonRpcMessage>)>>,
    events: EventSink,
    stop: CancellationToken,
}

impl Link {
    /// Fails every request still waiting for an answer.
    async fn fail_awaiting(&self, reason: &TransportError) {
        let waiting: Vec<RequestId> = lock(&self.awaiting_answer).drain().collect();
        for id in waiting {
            self.events
                .emit(TransportEvent::SendFailed {
                    id: Some(id),
                    error: reason.clone(),
                })
                .await;
        }
    }

    /// Routes one message from the stream.
    async fn receive(&self, message: JsonRpcMessage) {
        let answered = match &message {
            JsonRpcMessage::Response { id, .. } => Some(id.clone()),
            JsonRpcMessage::Error { id, .. } => id.clone(),
            _ => None,
        };
        if let Some(id) = answered {
            lock(&self.awaiting_answer).remove(&id);
            let mut reinitializing = lock(&self.reinitialize_answer);
            if reinitializing
                .as_ref()
                .is_some_and(|(waiting, _)| *waiting == id)
            {
                if let Some((_, reply)) = reinitializing.take() {
                    let _ = reply.send(message);
                }
                return;
            }
        }
        self.events.emit(TransportEvent::Message(message)).await;
    }

    /// Describes why the stream could not be (re)opened.
    fn stream_error(&self, error: &es::Error) -> TransportError {
        match error {
            es::Error::UnexpectedResponse(response, _) => {
                let status = StatusCode::from_u16(response.status())
                    .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                if matches!(status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN) {
                    self.remote.refused(status, &challenge_headers(response))
                } else {
                    TransportError::EventStreamStatus {
                        server: self.remote.server.clone(),
                        url: self.remote.shown_url.clone(),
                        status,
                    }
                }
            }
            es::Error::Transport(transport) => self.remote.connect_or_redirect_error(transport),
            other => TransportError::EventStreamFailed {
                url: self.remote.shown_url.clone(),
                cause: crate::config::url_secrets_masked(&other.to_string()),
            },
        }
    }

    /// After the stream was refused with 401, lets OAuth refresh or pick up a new token (never
    /// opening a browser here). True when there is a new token to reconnect with; an error
    /// (such as "needs a login") ends the stream.
    async fn renew_after(&self, error: &es::Error) -> Result<bool, TransportError> {
        let (Some(auth), es::Error::UnexpectedResponse(response, _)) = (&self.remote.auth, error)
        else {
            return Ok(false);
        };
        if response.status() != StatusCode::UNAUTHORIZED.as_u16() {
            return Ok(false);
        }
        let sent = auth.current_token();
        auth.unauthorized(&challenge_headers(response), sent.as_deref())
            .await
            .map_err(|e| self.remote.auth_error(e))
    }

    /// Waits until messages can be posted, for at most the request timeout.
    async fn endpoint(&self) -> Result<Url, TransportError> {
        let mut endpoint = self.endpoint.subscribe();
        let ready = tokio::time::timeout(
            self.remote.request_timeout,
            endpoint.wait_for(|e| matches!(e, Endpoint::Ready(_) | Endpoint::Gone(_))),
        )
        .await;
        let current = match ready {
            Ok(Ok(current)) => current.clone(),
            _ => self.endpoint.borrow().clone(),
        };
        match current {
            Endpoint::Ready(url) => Ok(url),
            Endpoint::Gone(reason) => Err(reason),
            Endpoint::Reconnecting(Some(reason)) => Err(TransportError::NoEventStream {
                server: self.remote.server.clone(),
                source: Box::new(reason),
            }),
            _ => Err(TransportError::NoEndpoint {
                server: self.remote.server.clone(),
            }),
        }
    }

    async fn post(&self, outbound: &Outbound) -> Result<(), TransportError> {
        let url = self.endpoint().await?;
        self.post_to(&url, outbound).await
    }

    async fn post_to(&self, url: &Url, outbound: &Outbound) -> Result<(), TransportError> {
        let what = describe(&outbound.message);
        let body = outbound.message.to_json();
        let response = self
            .remote
            .send(what, outbound.retry_safe, || {
                self.remote
                    .client
                    .post(url.clone())
                    .headers(self.remote.headers.clone())
                    .header(CONTENT_TYPE, "application/json")
                    .body(body.clone())
            })
            .await?;
        if response.status().is_success() {
            Ok(())
        } else {
            Err(self.remote.status_error(what, response).await)
        }
    }

    /// Repeats the session's `initialize` at the new endpoint, then lets messages flow there.
    async fn reinitialize(self: Arc<Self>, url: Url) {
        match self.repeat_initialize(&url).await {
            Ok(()) => tracing::info!(
                server = self.remote.server,
                "event stream reconnected; the session was initialized again"
            ),
            Err(error) => tracing::warn!(
                server = self.remote.server,
                "event stream reconnected but initializing again failed: {error}"
            ),
        }
        self.endpoint.send_if_modified(|endpoint| {
            let still_current = *endpoint == Endpoint::Reinitializing(url.clone());
            if still_current {
                *endpoint = Endpoint::Ready(url);
            }
            still_current
        });
    }

    /// Sends the session's `initialize` to `url`, swallowing its answer, then `initialized`.
    async fn repeat_initialize(&self, url: &Url) -> Result<(), TransportError> {
        let Some(initialize) = lock(&self.initialize).clone() else {
            return Ok(());
        };
        let JsonRpcMessage::Request { id, .. } = &initialize else {
            return Ok(());
        };
        let (reply, answer) = oneshot::channel();
        *lock(&self.reinitialize_answer) = Some((id.clone(), reply));
        let initialize = Outbound {
            message: initialize.clone(),
            retry_safe: true,
        };
        self.post_to(url, &initialize).await?;
        match tokio::time::timeout(self.remote.request_timeout, answer).await {
            Ok(Ok(JsonRpcMessage::Response { .. })) => {}
            Ok(Ok(other)) => {
                return Err(TransportError::InvalidResponse {
                    server: self.remote.server.clone(),
                    message: format!("it answered `initialize` with {other:?}"),
                });
            }
            _ => return Err(self.remote.timeout(method::INITIALIZE)),
        }
        let initialized = Outbound {
            message: JsonRpcMessage::notification(method::INITIALIZED, None),
            retry_safe: true,
        };
        self.post_to(url, &initialized).await
    }
}

/// The `WWW-Authenticate` header of a refused stream request, as a header map.
fn challenge_headers(response: &es::Response) -> reqwest::header::HeaderMap {
    let mut headers = reqwest::header::HeaderMap::new();
    if let Ok(Some(challenge)) = response.get_header_value("www-authenticate")
        && let Ok(value) = challenge.parse()
    {
        headers.insert(reqwest::header::WWW_AUTHENTICATE, value);
    }
    headers
}

/// Owns the event stream: routes messages, follows `endpoint` events, reports drops.
async fn read_stream(link: Arc<Link>) {
    let mut last_error = None;
    // The first connection is not retried by eventsource-client; after a 401 that got a new
    // token (a refresh, a login in another process) it is opened once more.
    let mut reopen = true;
    while std::mem::take(&mut reopen) {
        let client = match es::ClientBuilder::for_url(link.remote.url.as_str()) {
            Ok(builder) => builder
                .reconnect(
                    es::ReconnectOptions::reconnect(true)
                        .retry_initial(false)
                        .delay(Duration::from_secs(1))
                        .delay_max(Duration::from_secs(30))
                        .build(),
                )
                .build_with_transport(ReqwestBridge::new(
                    &link.remote,
                    reqwest::header::HeaderMap::new,
                )),
            Err(error) => {
                link.endpoint
                    .send_replace(Endpoint::Gone(TransportError::EventStreamUnusable {
                        url: link.remote.shown_url.clone(),
                        cause: crate::config::url_secrets_masked(&error.to_string()),
                    }));
                return;
            }
        };
        let mut stream = client.stream();
        while let Some(Some(item)) = unless_stopped(&link.stop, stream.next()).await {
            match item {
                Ok(es::SSE::Event(event)) if event.event_type == "endpoint" => {
                    let url = match link.remote.url.join(event.data.trim()) {
                        Ok(url) => url,
                        Err(error) => {
                            tracing::warn!(
                                server = link.remote.server,
                                "ignored an `endpoint` event that is no URL ({error}): {}",
                                event.data
                            );
                            continue;
                        }
                    };
                    if url.origin() != link.remote.url.origin() {
                        last_error = Some(TransportError::CrossOriginEndpoint {
                            server: link.remote.server.clone(),
                            url: link.remote.shown_url.clone(),
                            endpoint: crate::config::shown_url(url.as_str()),
                        });
                        break;
                    }
                    let reconnected = matches!(*link.endpoint.borrow(), Endpoint::Reconnecting(_));
                    if reconnected {
                        link.endpoint
                            .send_replace(Endpoint::Reinitializing(url.clone()));
                        tokio::spawn(Arc::clone(&link).reinitialize(url));
                    } else {
                        link.endpoint.send_replace(Endpoint::Ready(url));
                    }
                }
                Ok(es::SSE::Event(event)) if event.event_type == "message" => {
                    for message in link.remote.parse_messages(event.data.as_bytes()) {
                        link.receive(message).await;
                    }
                }
                Ok(es::SSE::Event(event)) => tracing::debug!(
                    server = link.remote.server,
                    event = event.event_type,
                    "ignored an event of unknown type"
                ),
                Ok(_) => {}
                Err(error) => {
                    let reason = link.stream_error(&error);
                    match link.renew_after(&error).await {
                        Ok(true) => {
                            reopen = matches!(*link.endpoint.borrow(), Endpoint::Connecting);
                        }
                        Ok(false) => {}
                        Err(fatal) => {
                            last_error = Some(fatal);
                            break;
                        }
                    }
                    let was_ready = matches!(
                        *link.endpoint.borrow(),
                        Endpoint::Ready(_) | Endpoint::Reinitializing(_)
                    );
                    if was_ready {
                        tracing::warn!(
                            server = link.remote.server,
                            "event stream dropped ({reason}); reconnecting"
                        );
                        link.endpoint.send_replace(Endpoint::Reconnecting(None));
                        link.fail_awaiting(&TransportError::EventStreamDropped {
                            server: link.remote.server.clone(),
                            source: Box::new(reason.clone()),
                        })
                        .await;
                    }
                    link.endpoint.send_if_modified(|endpoint| match endpoint {
                        Endpoint::Reconnecting(last) => {
                            *last = Some(reason.clone());
                            true
                        }
                        _ => false,
                    });
                    last_error = Some(reason);
                }
            }
        }
    }
    if link.stop.is_cancelled() {
        return;
    }
    let reason = last_error.unwrap_or(TransportError::EventStreamEnded);
    link.endpoint.send_replace(Endpoint::Gone(reason.clone()));
    link.fail_awaiting(&reason).await;
    link.events
        .emit(TransportEvent::Closed {
            reason: reason.to_string(),
        })
        .await;
}

/// Posts the session's messages in order.
async fn dispatch(link: Arc<Link>, mut outbound: mpsc::Receiver<Outbound>) {
    while let Some(Some(next)) = unless_stopped(&link.stop, outbound.recv()).await {
        let request_id = match &next.message {
            JsonRpcMessage::Request { id, method, .. } => {
                if method == method::INITIALIZE {
                    *lock(&link.initialize) = Some(next.message.clone());
                }
                lock(&link.awaiting_answer).insert(id.clone());
                Some(id.clone())
            }
            _ => None,
        };
        if let Err(error) = link.post(&next).await {
            if let Some(id) = &request_id {
                lock(&link.awaiting_answer).remove(id);
            }
            link.events
                .emit(TransportEvent::SendFailed {
                    id: request_id,
                    error,
                })
                .await;
        }
    }
    link.stop.cancel();
}

struct SseControl {
    link: Arc<Link>,
}

#[async_trait]
impl TransportControl for SseControl {
    async fn shutdown(&self) {
        self.link.stop.cancel();
    }
}
