//! `roxy serve --http ADDRESS`: Streamable HTTP (MCP 2025-11-25) at `/mcp`, on axum.
//!
//! - `POST /mcp` with `initialize` opens a session: the answer is JSON and carries a random
//!   `Mcp-Session-Id`, which every later request must send (400 without it, 404 for an unknown
//!   or ended one). A request is answered with an SSE stream carrying what belongs to it
//!   (progress, log lines, elicitation requests) and then its answer; a notification or an
//!   answer of the client gets 202.
//! - `GET /mcp` opens the session's stream for everything else (`list_changed`); one at a time.
//! - `DELETE /mcp` ends the session and cancels what it has in flight.
//!
//! Every request first passes the guard (`guard.rs`: Host, Origin, bearer token) and the body
//! cap (`serve.max_body_size`, 413 beyond it).

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};
use tokio::sync::mpsc;

use crate::mcp::protocol::{
    JsonRpcMessage, RequestId, SUPPORTED_PROTOCOL_VERSIONS, error_codes, method,
};
use crate::serve::client::{ClientSession, Outlet};
use crate::serve::guard::{Admitted, Guard, Refusal};
use crate::serve::hub::Hub;
use crate::sync::lock;

const SESSION_HEADER: &str = "mcp-session-id";
const VERSION_HEADER: &str = "mcp-protocol-version";

/// How long `initialize` may take before the client gets an error.
const INITIALIZE_TIMEOUT: Duration = Duration::from_secs(60);

/// A running `roxy serve --http`.
pub struct HttpServer {
    /// The address bound (the port is known even when 0 was asked).
    pub address: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl HttpServer {
    /// The endpoint clients use.
    pub fn url(&self) -> String {
        format!("http://{}/mcp", self.address)
    }

    /// Stops accepting connections.
    pub fn stop(self) {
        self.task.abort();
    }
}

/// The streams of one HTTP session: one per request being answered, and the GET stream.
#[derive(Default)]
struct Streams {
    answers: Mutex<HashMap<RequestId, mpsc::UnboundedSender<JsonRpcMessage>>>,
    standalone: Mutex<Option<mpsc::UnboundedSender<JsonRpcMessage>>>,
}

struct HttpOutlet(Arc<Streams>);

impl Outlet for HttpOutlet {
    fn send(&self, message: JsonRpcMessage, related: Option<&RequestId>) {
        if let Some(id) = related {
            let mut answers = lock(&self.0.answers);
            if let Some(stream) = answers.get(id) {
                let last = matches!(&message,
                    JsonRpcMessage::Response { id: answered, .. }
                    | JsonRpcMessage::Error { id: Some(answered), .. } if answered == id);
                let _ = stream.send(message);
                if last {
                    answers.remove(id);
                }
                return;
            }
        }
        let mut standalone = lock(&self.0.standalone);
        if let Some(stream) = standalone.as_ref()
            && stream.send(message).is_err()
        {
            *standalone = None;
        }
    }

    /// Closes the answer stream of a cancelled request.
    fn ended(&self, related: &RequestId) {
        lock(&self.0.answers).remove(related);
    }
}

struct HttpSession {
    session: Arc<ClientSession>,
    streams: Arc<Streams>,
}

#[derive(Clone)]
struct AppState {
    hub: Hub,
    guard: Arc<Guard>,
    sessions: Arc<Mutex<HashMap<String, Arc<HttpSession>>>>,
}

/// Binds `listen` and serves the hub there until stopped. Refuses a non-loopback address when
/// no client has a token.
pub async fn serve_http(hub: Hub, listen: &str) -> Result<HttpServer, String> {
    let requested: SocketAddr = listen
        .parse()
        .map_err(|e| format!("`{listen}` is not an address like 127.0.0.1:8765 ({e})"))?;
    let settings = hub.manager().config().roxy.serve.clone();
    Guard::new(&settings, requested)?;
    let listener = tokio::net::TcpListener::bind(requested)
        .await
        .map_err(|e| format!("cannot listen on {requested}: {e}; pick another port with `roxy serve --http ADDRESS` or `serve.listen`"))?;
    let address = listener
        .local_addr()
        .map_err(|e| format!("cannot read the bound address: {e}"))?;
    let state = AppState {
        hub,
        guard: Arc::new(Guard::new(&settings, address)?),
        sessions: Arc::new(Mutex::new(HashMap::new())),
    };
    let app = axum::Router::new()
        .route("/mcp", post(post_mcp).get(get_mcp).delete(delete_mcp))
        .layer(DefaultBodyLimit::max(settings.body_limit()))
        .with_state(state);
    let task = tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, app).await {
            tracing::error!("roxy serve: the HTTP server stopped: {error}");
        }
    });
    Ok(HttpServer { address, task })
}

fn header_text(headers: &HeaderMap, name: impl header::AsHeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn plain(status: StatusCode, message: &str) -> Response {
    let body = json!({ "jsonrpc": "2.0", "id": null, "error": { "code": error_codes::INVALID_REQUEST, "message": message } });
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// The guard's verdict on a request, or the response refusing it.
fn admit(state: &AppState, headers: &HeaderMap) -> Result<Admitted, Box<Response>> {
    state
        .guard
        .admit(
            header_text(headers, header::HOST),
            header_text(headers, header::ORIGIN),
            header_text(headers, header::AUTHORIZATION),
        )
        .map_err(|refusal| match refusal {
            Refusal::Forbidden(message) => Box::new(plain(StatusCode::FORBIDDEN, &message)),
            Refusal::Unauthorized { invalid } => {
                let challenge = if invalid {
                    r#"Bearer realm="roxy", error="invalid_token""#
                } else {
                    r#"Bearer realm="roxy""#
                };
                let mut response = plain(
                    StatusCode::UNAUTHORIZED,
                    "send `Authorization: Bearer TOKEN` with the token of a client in serve.clients",
                );
                response.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static(challenge),
                );
                Box::new(response)
            }
        })
}

/// The session a request names, if it is the admitted client's.
fn session_of(
    state: &AppState,
    headers: &HeaderMap,
    admitted: &Admitted,
) -> Result<Arc<HttpSession>, Box<Response>> {
    let Some(id) = header_text(headers, SESSION_HEADER) else {
        return Err(Box::new(plain(
            StatusCode::BAD_REQUEST,
            "no Mcp-Session-Id header: send `initialize` first and then its session id",
        )));
    };
    lock(&state.sessions)
        .get(id)
        .filter(|s| s.session.client == admitted.client)
        .cloned()
        .ok_or_else(|| {
            Box::new(plain(
                StatusCode::NOT_FOUND,
                "no such session (it ended or never existed): send `initialize` again",
            ))
        })
}

fn event_stream(receiver: mpsc::UnboundedReceiver<JsonRpcMessage>) -> Body {
    let events = futures::stream::unfold(receiver, |mut receiver| async move {
        let message = receiver.recv().await?;
        let event = format!("event: message\ndata: {}\n\n", message.to_json());
        Some((Ok::<_, Infallible>(Bytes::from(event)), receiver))
    });
    Body::from_stream(events)
}

fn sse_response(body: Body, session_id: Option<&str>) -> Response {
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Some(id) = session_id.and_then(|id| HeaderValue::from_str(id).ok()) {
        headers.insert(SESSION_HEADER, id);
    }
    response
}

async fn post_mcp(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let admitted = match admit(&state, &headers) {
        Ok(admitted) => admitted,
        Err(refused) => return *refused,
    };
    if let Some(version) = header_text(&headers, VERSION_HEADER)
        && !SUPPORTED_PROTOCOL_VERSIONS.contains(&version)
    {
        return plain(
            StatusCode::BAD_REQUEST,
            &format!(
                "MCP-Protocol-Version `{version}` is not supported (supported: {})",
                SUPPORTED_PROTOCOL_VERSIONS.join(", ")
            ),
        );
    }
    let message = match serde_json::from_slice::<Value>(&body) {
        Ok(Value::Array(_)) => {
            return plain(
                StatusCode::BAD_REQUEST,
                "JSON-RPC batches are not part of MCP 2025-06-18 and later: send one message per POST",
            );
        }
        Ok(value) => JsonRpcMessage::from_value(value).map_err(|e| e.to_string()),
        Err(error) => Err(format!("the body is not JSON: {error}")),
    };
    let message = match message {
        Ok(message) => message,
        Err(reason) => {
            let body = json!({ "jsonrpc": "2.0", "id": null, "error": { "code": error_codes::PARSE_ERROR, "message": reason } });
            return (
                StatusCode::BAD_REQUEST,
                [(header::CONTENT_TYPE, "application/json")],
                body.to_string(),
            )
                .into_response();
        }
    };
    if let JsonRpcMessage::Request { id, method, .. } = &message
        && method == method::INITIALIZE
    {
        return initialize(&state, admitted, id.clone(), message).await;
    }
    let http = match session_of(&state, &headers, &admitted) {
        Ok(http) => http,
        Err(refused) => return *refused,
    };
    let Some(id) = message.request_id().cloned() else {
        state.hub.dispatch(&http.session, message);
        return StatusCode::ACCEPTED.into_response();
    };
    let (sender, receiver) = mpsc::unbounded_channel();
    lock(&http.streams.answers).insert(id, sender);
    state.hub.dispatch(&http.session, message);
    sse_response(event_stream(receiver), None)
}

/// Opens a session for `initialize` and answers it as JSON with the new session id.
async fn initialize(
    state: &AppState,
    admitted: Admitted,
    id: RequestId,
    message: JsonRpcMessage,
) -> Response {
    let streams = Arc::new(Streams::default());
    let session = state.hub.connect(
        &admitted.client,
        &admitted.tools,
        Box::new(HttpOutlet(Arc::clone(&streams))),
    );
    let (sender, mut receiver) = mpsc::unbounded_channel();
    lock(&streams.answers).insert(id, sender);
    state.hub.dispatch(&session, message);
    let answer = match tokio::time::timeout(INITIALIZE_TIMEOUT, receiver.recv()).await {
        Ok(Some(answer)) => answer,
        _ => {
            session.close();
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                "initialize did not complete",
            );
        }
    };
    let session_id = format!("{:032x}", rand::random::<u128>());
    lock(&state.sessions).insert(
        session_id.clone(),
        Arc::new(HttpSession { session, streams }),
    );
    tracing::info!(client = admitted.client, "a client connected");
    let mut response = (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        answer.to_json(),
    )
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&session_id) {
        response.headers_mut().insert(SESSION_HEADER, value);
    }
    response
}

async fn get_mcp(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let admitted = match admit(&state, &headers) {
        Ok(admitted) => admitted,
        Err(refused) => return *refused,
    };
    let http = match session_of(&state, &headers, &admitted) {
        Ok(http) => http,
        Err(refused) => return *refused,
    };
    let (sender, receiver) = mpsc::unbounded_channel();
    {
        let mut standalone = lock(&http.streams.standalone);
        if standalone.as_ref().is_some_and(|s| !s.is_closed()) {
            return plain(
                StatusCode::CONFLICT,
                "this session already has a GET stream open",
            );
        }
        *standalone = Some(sender);
    }
    sse_response(
        event_stream(receiver),
        header_text(&headers, SESSION_HEADER),
    )
}

async fn delete_mcp(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let admitted = match admit(&state, &headers) {
        Ok(admitted) => admitted,
        Err(refused) => return *refused,
    };
    let http = match session_of(&state, &headers, &admitted) {
        Ok(http) => http,
        Err(refused) => return *refused,
    };
    if let Some(id) = header_text(&headers, SESSION_HEADER) {
        lock(&state.sessions).remove(id);
    }
    http.session.close();
    lock(&http.streams.standalone).take();
    StatusCode::OK.into_response()
}
