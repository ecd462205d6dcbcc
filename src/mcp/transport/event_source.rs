//! The bridge that lets eventsource-client drive the long-lived GET event streams (legacy
//! HTTP+SSE, the Streamable HTTP listen stream) through a remote server's reqwest client: the
//! same TLS, connection pool, headers (and OAuth token) and timeouts as every other request to it, the same
//! `max_message_size` applied to each event, and the body decoded lossily as UTF-8 (see
//! `lossy_utf8.rs`) and stripped of lines that mean nothing (see `sse_lines.rs`) before
//! eventsource-client parses it.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures::{Stream, StreamExt};
use launchdarkly_sdk_transport::TransportError as BridgeError;
use launchdarkly_sdk_transport::{ByteStream, HttpTransport, ResponseFuture};
use reqwest::header::HeaderMap;
use tokio::sync::mpsc;

use super::lossy_utf8::LossyUtf8;
use super::remote::Remote;
use super::sse_lines::SseLines;

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

impl ReqwestBridge {
    /// The bridge for `remote`: requests go out through its reqwest client with the configured
    /// headers plus whatever `extra_headers` returns at that moment.
    pub fn new(
        remote: &Remote,
        extra_headers: impl Fn() -> HeaderMap + Send + Sync + 'static,
    ) -> ReqwestBridge {
        let mut configured = remote.headers.clone();
        configured.remove(reqwest::header::ACCEPT);
        let auth = remote.auth.clone();
        ReqwestBridge {
            client: remote.client.clone(),
            configured,
            extra_headers: Arc::new(move || {
                let mut headers = extra_headers();
                // The OAuth token current when the stream (re)connects.
                if let Some(token) = auth.as_ref().and_then(|auth| auth.current_token())
                    && let Ok(value) = format!("Bearer {token}").parse()
                {
                    headers.insert(reqwest::header::AUTHORIZATION, value);
                }
                headers
            }),
            max_event_size: remote.max_message_size,
            too_large: remote.too_large("an event stream").to_string(),
        }
    }
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
            let response = builder.send().await.map_err(BridgeError::new)?;
            let mut bridged = http::Response::builder().status(response.status());
            if let Some(bridged_headers) = bridged.headers_mut() {
                *bridged_headers = response.headers().clone();
            }
            let (chunks_tx, chunks_rx) = mpsc::channel(16);
            tokio::spawn(forward_body(response, chunks_tx, limit));
            let body: ByteStream = Box::pin(ChannelBody(chunks_rx));
            bridged.body(body).map_err(BridgeError::new)
        });
        Box::pin(async move {
            exchange
                .await
                .map_err(|e| BridgeError::new(std::io::Error::other(e.to_string())))?
        })
    }
}

/// The largest event an event stream may carry, and what to say when one is larger.
struct EventSizeLimit {
    max: usize,
    message: String,
}

/// Hands a response body to eventsource-client chunk by chunk, as valid UTF-8 in lines that
/// mean something. Stops when the reader is gone (so a quiet stream does not outlive shutdown)
/// and fails the stream when one event grows past the limit (bytes since the last blank line).
async fn forward_body(
    response: reqwest::Response,
    chunks: mpsc::Sender<Result<Bytes, BridgeError>>,
    limit: EventSizeLimit,
) {
    let mut body = response.bytes_stream();
    let mut event_bytes = 0usize;
    let mut previous_byte = 0u8;
    let mut text = LossyUtf8::default();
    let mut lines = SseLines::default();
    loop {
        let chunk = tokio::select! {
            _ = chunks.closed() => return,
            chunk = body.next() => match chunk {
                Some(chunk) => chunk.map_err(BridgeError::new),
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
                let _ = chunks.send(Err(BridgeError::new(error))).await;
                return;
            }
        }
        let chunk = chunk.map(|bytes| lines.filter(&text.decode(bytes)));
        let failed = chunk.is_err();
        if chunks.send(chunk).await.is_err() || failed {
            return;
        }
    }
}

/// A response body handed over from the task that reads it.
struct ChannelBody(mpsc::Receiver<Result<Bytes, BridgeError>>);

impl Stream for ChannelBody {
    type Item = Result<Bytes, BridgeError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.poll_recv(cx)
    }
}
