//! One message to the server and back over Streamable HTTP: the POST with the session's
//! headers, `initialize` (which sets them), and a new session when the server answers 404 for
//! an expired one, after which the message is sent again.

use reqwest::StatusCode;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue};

use super::{Connection, SESSION_ID};
use crate::mcp::protocol::{JsonRpcMessage, RequestId, method};
use crate::mcp::transport::Outbound;
use crate::mcp::transport::error::TransportError;
use crate::mcp::transport::remote::describe;

/// How one exchange failed.
pub(super) enum ExchangeError {
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
    pub(super) fn into_transport_error(
        self,
        connection: &Connection,
        what: &str,
    ) -> TransportError {
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

impl Connection {
    async fn post(
        &self,
        message: &JsonRpcMessage,
        retry_safe: bool,
    ) -> Result<reqwest::Response, TransportError> {
        // Built once per message and shared by the attempts: the body is reference-counted, and
        // one header map carries the configured, session and content headers.
        let body = bytes::Bytes::from(message.to_json());
        let mut headers = self.remote.headers.clone();
        headers.extend(self.session_headers());
        headers.append(
            ACCEPT,
            HeaderValue::from_static("application/json, text/event-stream"),
        );
        headers.append(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        self.remote
            .send(describe(message), retry_safe, || {
                self.remote
                    .client
                    .post(self.remote.url.clone())
                    .headers(headers.clone())
                    .body(body.clone())
            })
            .await
    }

    /// Sends `initialize` (request `id`) and returns its answer, taking the session id and
    /// protocol version from it.
    pub(super) async fn initialize(
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
            JsonRpcMessage::Response { result, .. } => result.to_value().ok().and_then(|result| {
                result
                    .get("protocolVersion")
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            }),
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
    pub(super) async fn exchange(
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

    pub(super) async fn exchange_once(
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
}
