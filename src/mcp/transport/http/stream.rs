//! Reading the answer to one POSTed request: a JSON body, or an SSE stream that may carry the
//! server's requests and notifications before the answer. A stream that closes early is resumed
//! with GET and `Last-Event-ID` after the server's `retry:` interval, a few times at most.
//!
//! A stream is read to its end after its answer before the answer is handed on: a response
//! dropped unread closes its connection, so the next request would open a new one (and, against a
//! server that closes its streams right after the answer, as the Python SDK does, every call
//! paid a TCP connect). A server that keeps its streams open past their answers is waited for
//! [`STREAM_END_WAIT`] a few times, and then no longer.

use std::sync::atomic::Ordering;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{ACCEPT, CONTENT_TYPE};

use super::{Connection, DEFAULT_RECONNECT_DELAY};
use crate::config::duration::format_duration;
use crate::mcp::protocol::{JsonRpcMessage, RequestId};
use crate::mcp::transport::TransportEvent;
use crate::mcp::transport::error::TransportError;
use crate::mcp::transport::remote::{EventReader, StreamBreak, unless_stopped};

/// Resumptions of one answer stream before giving up.
const MAX_RESUMPTIONS: usize = 5;
/// How long an answer stream may stay open after its answer before Roxy stops reading it.
const STREAM_END_WAIT: Duration = Duration::from_millis(20);
/// Answer streams in a row that stayed open past [`STREAM_END_WAIT`] before a server's streams
/// are no longer read after their answers (one slow close is a stall, not the server's way).
const STREAMS_LEFT_OPEN: usize = 3;

/// How reading one answer stream ended.
enum Reading {
    Answer(JsonRpcMessage),
    /// The stream ended without the answer; says how (the server closed it, or it broke).
    Ended(String),
}

#[derive(Default)]
struct StreamCursor {
    last_event_id: Option<String>,
    retry: Option<Duration>,
}

impl Connection {
    /// Reads the answer to request `id` from a successful POST: a JSON body, an SSE stream
    /// (resumed if it closes early), or nothing (202: it will come on the GET stream).
    /// Everything else on the way is forwarded to the session.
    pub(super) async fn read_answer(
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
            Reading::Answer(answer) => return Ok(answer),
            Reading::Ended(how) => how,
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
                Reading::Answer(answer) => return Ok(answer),
                Reading::Ended(how) => ended = format!("the resumed stream ended too: {how}"),
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

    /// Reads events until the answer to `id` arrives or the stream ends.
    async fn read_events(
        &self,
        response: reqwest::Response,
        id: &RequestId,
        what: &str,
        cursor: &mut StreamCursor,
    ) -> Result<Reading, TransportError> {
        let mut events = EventReader::new(response, self.remote.max_message_size);
        loop {
            let event = match unless_stopped(&self.stop, events.next(&self.remote, what)).await {
                None => return Err(TransportError::Stopped),
                Some(Ok(Some(event))) => event,
                Some(Ok(None)) => {
                    return Ok(Reading::Ended("the server closed the stream".to_string()));
                }
                Some(Err(StreamBreak::Broken(reason))) => {
                    tracing::debug!(server = self.remote.server, "answer stream broke: {reason}");
                    return Ok(Reading::Ended(format!("the stream broke: {reason}")));
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
            for message in self.remote.event_messages(&event) {
                if answer.is_none() && answers(&message, id) {
                    answer = Some(message);
                } else {
                    self.events.emit(TransportEvent::Message(message)).await;
                }
            }
            if let Some(answer) = answer {
                self.read_to_end(&mut events, what).await;
                return Ok(Reading::Answer(answer));
            }
        }
    }

    /// Reads what follows the answer on its stream until the server ends it, so that the
    /// connection goes back to the pool; messages on the way are forwarded to the session. A
    /// stream still open after [`STREAM_END_WAIT`] is dropped; after [`STREAMS_LEFT_OPEN`] such
    /// streams in a row, this server's streams are no longer waited for.
    async fn read_to_end(&self, events: &mut EventReader, what: &str) {
        let left_open = self.streams_left_open.load(Ordering::Relaxed);
        if left_open >= STREAMS_LEFT_OPEN {
            return;
        }
        let rest = async {
            while let Ok(Some(event)) = events.next(&self.remote, what).await {
                for message in self.remote.event_messages(&event) {
                    self.events.emit(TransportEvent::Message(message)).await;
                }
            }
        };
        if tokio::time::timeout(STREAM_END_WAIT, rest).await.is_ok() {
            if left_open > 0 {
                self.streams_left_open.store(0, Ordering::Relaxed);
            }
            return;
        }
        self.streams_left_open.fetch_add(1, Ordering::Relaxed);
        if left_open + 1 == STREAMS_LEFT_OPEN {
            tracing::debug!(
                server = self.remote.server,
                "{STREAMS_LEFT_OPEN} answer streams in a row stayed open after their answers; no longer reading them to their end"
            );
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
