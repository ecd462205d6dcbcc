//! One MCP client session over any transport: the `initialize` handshake, request ids, many
//! requests in flight at once, per-request timeouts with `notifications/cancelled`, progress
//! delivery, and answers to the server's own requests (`ping`, `roots/list`,
//! `elicitation/create`; anything else gets "method not found", never silence), each passed
//! through the session's [`AnswerFilter`] (the privacy gateway, for an `external` server).
//!
//! A reader task owns the transport's inbound channel and routes each message; callers hold a
//! cheap [`McpSession`] handle. When the connection closes, every pending request fails at once
//! with the transport's reason (exit code, last stderr lines).
//!
//! This file holds the handle and the requests it sends; `session/inbound.rs` is the reader
//! task and what it does with each message.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rustc_hash::FxHashMap;
use serde_json::{Value, json};
use tokio::sync::{broadcast, mpsc, oneshot};

use crate::mcp::elicitation::ElicitationHandler;
use crate::mcp::error::McpError;
use crate::mcp::protocol::{
    CallToolResult, GetPromptResult, InitializeResult, JsonRpcMessage, LATEST_PROTOCOL_VERSION,
    Progress, Prompt, RawJson, ReadResourceResult, RequestId, Resource, ResourceTemplate,
    SUPPORTED_PROTOCOL_VERSIONS, Tool, method,
};
use crate::mcp::sampling::SamplingHandler;
use crate::mcp::transport::{Outbound, OutboundSender, TransportControl, TransportHandle};
use crate::sync::lock;
use inbound::route_inbound;

mod inbound;

/// Pages followed at most when listing (a server that keeps returning cursors is cut off).
const MAX_PAGES: usize = 1000;

/// How a session identifies itself and what it offers the server.
#[derive(Clone)]
pub struct SessionOptions {
    /// The server's name in config, used in every log line and error.
    pub server: String,
    pub request_timeout: Duration,
    pub startup_timeout: Duration,
    /// Directories answered to `roots/list`.
    pub roots: Vec<PathBuf>,
    pub elicitation: Arc<dyn ElicitationHandler>,
    /// Answers `sampling/createMessage`; the capability is declared only when set.
    pub sampling: Option<Arc<dyn SamplingHandler>>,
    /// What the answers to the server's own requests (`roots/list`, `elicitation/create`) pass
    /// before they are sent: the privacy gateway for an `external` server, nothing otherwise.
    pub answer_filter: Option<AnswerFilter>,
}

/// Screens an answer the session is about to send to the server of its own accord, as the
/// manager screens calls: `Ok` is what may be sent (redacted), `Err` says why nothing may be
/// (the server then gets an error instead; fail closed). A hook, so that the session needs to
/// know nothing of the privacy gateway or the manager that owns it.
pub type AnswerFilter = Arc<dyn Fn(Value) -> Result<Value, String> + Send + Sync>;

/// Something the server told the client outside of an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionEvent {
    ToolsChanged,
    ResourcesChanged,
    PromptsChanged,
    Closed { reason: String },
}

/// Per-request settings.
#[derive(Default)]
pub struct RequestOptions {
    /// Overrides the session's request timeout.
    pub timeout: Option<Duration>,
    /// Resending cannot repeat a side effect (see [`Outbound::retry_safe`]).
    pub retry_safe: bool,
    /// Receives `notifications/progress` for this request (a progress token is sent).
    pub progress: Option<mpsc::UnboundedSender<Progress>>,
}

struct PendingRequest {
    method: String,
    reply: oneshot::Sender<Result<RawJson, McpError>>,
    progress: Option<mpsc::UnboundedSender<Progress>>,
}

struct SessionShared {
    options: SessionOptions,
    outbound: OutboundSender,
    /// Keyed by the ids the session gave (so a fast hash with no defence against chosen keys).
    pending: Mutex<FxHashMap<RequestId, PendingRequest>>,
    /// The server's own requests being answered, so that its `notifications/cancelled` stops one.
    answering: Mutex<HashMap<RequestId, tokio::task::AbortHandle>>,
    next_id: AtomicI64,
    closed: Mutex<Option<String>>,
    initialize: Mutex<Option<InitializeResult>>,
    events: broadcast::Sender<SessionEvent>,
    control: Box<dyn TransportControl>,
}

/// A connected, initialized MCP session. Cheap to clone.
#[derive(Clone)]
pub struct McpSession {
    shared: Arc<SessionShared>,
}

impl McpSession {
    /// Takes over a started transport and performs the `initialize` handshake within the
    /// startup timeout. On failure the transport is shut down.
    pub async fn connect(
        handle: TransportHandle,
        options: SessionOptions,
    ) -> Result<McpSession, McpError> {
        let (events, _) = broadcast::channel(64);
        let shared = Arc::new(SessionShared {
            options,
            outbound: handle.outbound,
            pending: Mutex::new(FxHashMap::default()),
            answering: Mutex::new(HashMap::new()),
            next_id: AtomicI64::new(0),
            closed: Mutex::new(None),
            initialize: Mutex::new(None),
            events,
            control: handle.control,
        });
        tokio::spawn(route_inbound(Arc::downgrade(&shared), handle.inbound));
        let session = McpSession { shared };
        match session.initialize().await {
            Ok(()) => Ok(session),
            Err(error) => {
                session.close().await;
                Err(error)
            }
        }
    }

    async fn initialize(&self) -> Result<(), McpError> {
        let mut capabilities = json!({
            "roots": { "listChanged": false },
            "elicitation": { "form": {} },
        });
        if self.shared.options.sampling.is_some() {
            capabilities["sampling"] = json!({});
        }
        let params = json!({
            "protocolVersion": LATEST_PROTOCOL_VERSION,
            "capabilities": capabilities,
            "clientInfo": { "name": "roxy", "title": "Roxy", "version": env!("CARGO_PKG_VERSION") },
        });
        let options = RequestOptions {
            timeout: Some(self.shared.options.startup_timeout),
            retry_safe: true,
            progress: None,
        };
        let result: InitializeResult = self
            .request_typed(method::INITIALIZE, Some(params.into()), options)
            .await?;
        if !SUPPORTED_PROTOCOL_VERSIONS.contains(&result.protocol_version.as_str()) {
            return Err(self.protocol_error(format!(
                "it speaks MCP protocol version `{}`, which Roxy does not support (supported: {})",
                result.protocol_version,
                SUPPORTED_PROTOCOL_VERSIONS.join(", ")
            )));
        }
        *lock(&self.shared.initialize) = Some(result);
        self.notify(method::INITIALIZED, None).await
    }

    fn protocol_error(&self, message: String) -> McpError {
        McpError::Protocol {
            server: self.server().to_string(),
            message,
        }
    }

    pub fn server(&self) -> &str {
        &self.shared.options.server
    }

    /// What the server said about itself in `initialize`.
    pub fn initialize_result(&self) -> InitializeResult {
        lock(&self.shared.initialize).clone().unwrap_or_default()
    }

    /// Server-side events (list changes, close).
    pub fn events(&self) -> broadcast::Receiver<SessionEvent> {
        self.shared.events.subscribe()
    }

    /// Why the session closed, once it has.
    pub fn closed_reason(&self) -> Option<String> {
        lock(&self.shared.closed).clone()
    }

    pub fn pid(&self) -> Option<u32> {
        self.shared.control.pid()
    }

    /// Ends the session and its transport; requests still in flight fail with `reason` (why Roxy
    /// ends it) instead of with what the transport saw of the process going away.
    pub async fn close_because(&self, reason: &str) {
        fail_all(&self.shared, reason);
        self.shared.control.shutdown().await;
    }

    /// Ends the session and its transport.
    pub async fn close(&self) {
        self.shared.control.shutdown().await;
        fail_all(&self.shared, "the session was closed by Roxy");
    }

    /// Sends a notification.
    pub async fn notify(&self, method: &str, params: Option<Value>) -> Result<(), McpError> {
        let outbound = Outbound {
            message: JsonRpcMessage::notification(method, params),
            retry_safe: true,
        };
        self.shared
            .outbound
            .send(outbound)
            .await
            .map_err(|_| self.closed_error())
    }

    fn closed_error(&self) -> McpError {
        McpError::Closed {
            server: self.server().to_string(),
            reason: self
                .closed_reason()
                .unwrap_or_else(|| "the connection is gone".into()),
        }
    }

    /// Sends a request with the session's timeout and returns its `result`.
    pub async fn request(&self, method: &str, params: Option<Value>) -> Result<Value, McpError> {
        self.request_with(
            method,
            params,
            RequestOptions {
                retry_safe: is_read_only(method),
                ..Default::default()
            },
        )
        .await
    }

    /// Sends a request; on timeout or when the returned future is dropped, the server is told
    /// with `notifications/cancelled`.
    pub async fn request_with(
        &self,
        method: &str,
        params: Option<Value>,
        options: RequestOptions,
    ) -> Result<Value, McpError> {
        self.request_typed(method, params.map(RawJson::from), options)
            .await
    }

    /// Sends a request and reads its `result` as `T`, straight from the answer's text.
    async fn request_typed<T: serde::de::DeserializeOwned>(
        &self,
        method: &str,
        params: Option<RawJson>,
        options: RequestOptions,
    ) -> Result<T, McpError> {
        let result = self.request_raw(method, params, options).await?;
        result
            .decode()
            .map_err(|e| self.protocol_error(format!("malformed `{method}` result: {e}")))
    }

    /// [`McpSession::request_with`], the `result` left as the text it came in.
    async fn request_raw(
        &self,
        method: &str,
        params: Option<RawJson>,
        options: RequestOptions,
    ) -> Result<RawJson, McpError> {
        if let Some(reason) = self.closed_reason() {
            return Err(McpError::Closed {
                server: self.server().to_string(),
                reason,
            });
        }
        let id = RequestId::Number(self.shared.next_id.fetch_add(1, Ordering::Relaxed) + 1);
        let params = match (&options.progress, params) {
            (Some(_), params) => Some(with_progress_token(params, &id)),
            (None, params) => params,
        };
        let (reply, answer) = oneshot::channel();
        lock(&self.shared.pending).insert(
            id.clone(),
            PendingRequest {
                method: method.to_string(),
                reply,
                progress: options.progress,
            },
        );
        let mut guard = CancelOnDrop {
            shared: &self.shared,
            id: id.clone(),
            method,
            armed: true,
        };
        let outbound = Outbound {
            message: JsonRpcMessage::request(id, method, params),
            retry_safe: options.retry_safe,
        };
        let timeout = options
            .timeout
            .unwrap_or(self.shared.options.request_timeout);
        let deadline = tokio::time::Instant::now() + timeout;
        match self.shared.outbound.send_request(outbound).await {
            Ok(None) => {}
            // Answered while it was sent: routed here, so the answer below is already in. (Had
            // the connection ended meanwhile, the reader failed the request first; this answer
            // then finds nothing to answer.)
            Ok(Some(event)) => {
                inbound::route_event(&self.shared, event);
            }
            Err(_) => {
                guard.armed = false;
                return Err(self.closed_error());
            }
        }
        // An embedded server may answer while the request is sent, on this thread: a tool that
        // blocks it (`time.sleep` in a coroutine) has its answer in only after the deadline,
        // which then counts as no answer, as from a server in a process of its own.
        let answered = if tokio::time::Instant::now() < deadline {
            tokio::time::timeout_at(deadline, answer).await.ok()
        } else {
            None
        };
        match answered {
            Some(Ok(result)) => {
                guard.armed = false;
                result
            }
            Some(Err(_)) => {
                guard.armed = false;
                Err(self.closed_error())
            }
            None => {
                drop(guard); // cancels
                let setting = if method == method::INITIALIZE {
                    "startup_timeout"
                } else {
                    "request_timeout"
                };
                Err(McpError::Timeout {
                    server: self.server().to_string(),
                    method: method.to_string(),
                    after: timeout,
                    setting: format!("servers.{}.{setting}", self.server()),
                })
            }
        }
    }

    async fn list_paginated<T: serde::de::DeserializeOwned>(
        &self,
        method: &str,
        field: &str,
    ) -> Result<Vec<T>, McpError> {
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let params = cursor.as_ref().map(|c| json!({ "cursor": c }));
            let mut page = self.request(method, params).await?;
            let page_items = page
                .get_mut(field)
                .map(Value::take)
                .unwrap_or(Value::Array(Vec::new()));
            let mut parsed: Vec<T> = serde_json::from_value(page_items)
                .map_err(|e| self.protocol_error(format!("malformed `{method}` result: {e}")))?;
            items.append(&mut parsed);
            match page.get("nextCursor").and_then(Value::as_str) {
                Some(next) if !next.is_empty() && cursor.as_deref() != Some(next) => {
                    cursor = Some(next.to_string())
                }
                _ => return Ok(items),
            }
        }
        tracing::warn!(
            server = self.server(),
            method,
            "stopped following cursors after {MAX_PAGES} pages"
        );
        Ok(items)
    }

    /// `tools/list`, following `nextCursor`.
    pub async fn list_tools(&self) -> Result<Vec<Tool>, McpError> {
        self.list_paginated(method::TOOLS_LIST, "tools").await
    }

    /// `tools/call`. A tool that reports `isError` is a successful call with `is_error` set.
    pub async fn call_tool(
        &self,
        name: &str,
        arguments: Value,
        options: RequestOptions,
    ) -> Result<CallToolResult, McpError> {
        let params = named(name, &arguments)
            .map_err(|e| self.protocol_error(format!("cannot write `tools/call` params: {e}")))?;
        self.request_typed(method::TOOLS_CALL, Some(params), options)
            .await
    }

    pub async fn list_resources(&self) -> Result<Vec<Resource>, McpError> {
        self.list_paginated(method::RESOURCES_LIST, "resources")
            .await
    }

    pub async fn list_resource_templates(&self) -> Result<Vec<ResourceTemplate>, McpError> {
        self.list_paginated(method::RESOURCES_TEMPLATES_LIST, "resourceTemplates")
            .await
    }

    pub async fn read_resource(&self, uri: &str) -> Result<ReadResourceResult, McpError> {
        self.request_typed(
            method::RESOURCES_READ,
            Some(json!({ "uri": uri }).into()),
            RequestOptions {
                retry_safe: true,
                ..Default::default()
            },
        )
        .await
    }

    pub async fn list_prompts(&self) -> Result<Vec<Prompt>, McpError> {
        self.list_paginated(method::PROMPTS_LIST, "prompts").await
    }

    pub async fn get_prompt(
        &self,
        name: &str,
        arguments: Value,
    ) -> Result<GetPromptResult, McpError> {
        let params = named(name, &arguments)
            .map_err(|e| self.protocol_error(format!("cannot write `prompts/get` params: {e}")))?;
        self.request_typed(
            method::PROMPTS_GET,
            Some(params),
            RequestOptions {
                retry_safe: true,
                ..Default::default()
            },
        )
        .await
    }

    /// `ping` with the given timeout.
    pub async fn ping(&self, timeout: Duration) -> Result<(), McpError> {
        self.request_with(
            method::PING,
            None,
            RequestOptions {
                timeout: Some(timeout),
                retry_safe: true,
                progress: None,
            },
        )
        .await
        .map(drop)
    }
}

/// `{"name": name, "arguments": arguments}`, the params of `tools/call` and `prompts/get`,
/// written as text straight from its parts (no map is built for them, nor a copy of the
/// arguments).
fn named(name: &str, arguments: &Value) -> serde_json::Result<RawJson> {
    #[derive(serde::Serialize)]
    struct Named<'a> {
        name: &'a str,
        arguments: &'a Value,
    }
    RawJson::write(&Named { name, arguments })
}

/// Methods that only read, so a transport may resend them after a transient failure.
fn is_read_only(method: &str) -> bool {
    matches!(
        method,
        method::PING
            | method::TOOLS_LIST
            | method::RESOURCES_LIST
            | method::RESOURCES_TEMPLATES_LIST
            | method::RESOURCES_READ
            | method::PROMPTS_LIST
            | method::PROMPTS_GET
    )
}

/// `params` with `_meta.progressToken` set to the request's id (the session wrote `params`, so
/// they read back as the value they were written from).
fn with_progress_token(params: Option<RawJson>, id: &RequestId) -> RawJson {
    let mut params = match params.as_ref().map(RawJson::to_value) {
        Some(Ok(Value::Object(map))) => map,
        _ => serde_json::Map::new(),
    };
    let meta = params.entry("_meta").or_insert_with(|| json!({}));
    if let Value::Object(meta) = meta {
        meta.insert(
            "progressToken".into(),
            serde_json::to_value(id).unwrap_or(Value::Null),
        );
    }
    Value::Object(params).into()
}

/// Removes a pending request when its caller stops waiting, and tells the server.
struct CancelOnDrop<'a> {
    shared: &'a SessionShared,
    id: RequestId,
    method: &'a str,
    armed: bool,
}

impl Drop for CancelOnDrop<'_> {
    fn drop(&mut self) {
        if !self.armed || lock(&self.shared.pending).remove(&self.id).is_none() {
            return;
        }
        if self.method == method::INITIALIZE {
            return; // the spec forbids cancelling initialize
        }
        let params = json!({ "requestId": self.id, "reason": "the caller stopped waiting (timeout or cancel)" });
        let message = JsonRpcMessage::notification(method::NOTIFICATIONS_CANCELLED, Some(params));
        if self
            .shared
            .outbound
            .try_send(Outbound {
                message,
                retry_safe: true,
            })
            .is_err()
        {
            tracing::debug!(
                server = self.shared.options.server,
                "could not send notifications/cancelled: channel full or closed"
            );
        }
    }
}

/// Marks the session closed with `reason` and fails every pending request with it.
fn fail_all(shared: &SessionShared, reason: &str) {
    {
        let mut closed = lock(&shared.closed);
        if closed.is_none() {
            *closed = Some(reason.to_string());
        }
    }
    let pending: Vec<PendingRequest> = lock(&shared.pending).drain().map(|(_, p)| p).collect();
    for request in pending {
        let _ = request.reply.send(Err(McpError::Closed {
            server: shared.options.server.clone(),
            reason: reason.to_string(),
        }));
    }
}
