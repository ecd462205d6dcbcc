//! What a session does with everything its transport reports: answers to its requests go to
//! the waiting callers, transport failures fail the request they concern, the server's own
//! requests (`ping`, `roots/list`, `elicitation/create`, and `sampling/createMessage` when a
//! language model is configured) are answered (anything else with "method not found") through
//! the session's answer filter, unless the server cancels them first, and its notifications (log
//! lines, progress, list changes) are delivered.

use std::sync::{Arc, Weak};

use serde_json::{Value, json};

use super::{PendingRequest, SessionEvent, SessionShared, fail_all};
use crate::mcp::error::McpError;
use crate::mcp::protocol::{JsonRpcMessage, Progress, RawJson, RequestId, error_codes, method};
use crate::mcp::transport::{Inbound, Outbound, TransportEvent};
use crate::sync::lock;

/// The reader task: routes everything the transport reports until it closes or the session is dropped.
pub(super) async fn route_inbound(shared: Weak<SessionShared>, mut inbound: Inbound) {
    while let Some(event) = inbound.recv().await {
        let Some(shared) = shared.upgrade() else {
            return;
        };
        if !route_event(&shared, event) {
            return;
        }
    }
    if let Some(shared) = shared.upgrade() {
        let reason = "the transport ended".to_string();
        fail_all(&shared, &reason);
        let _ = shared.events.send(SessionEvent::Closed { reason });
    }
}

/// Routes one thing the transport reported (read by the reader task, or handed back to a
/// request's sender with the answer); `false` once the transport has closed.
pub(super) fn route_event(shared: &Arc<SessionShared>, event: TransportEvent) -> bool {
    match event {
        TransportEvent::Message(message) => route_message(shared, message),
        TransportEvent::SendFailed {
            id: Some(id),
            error,
        } => {
            if let Some(request) = take_pending(shared, &id) {
                let _ = request.reply.send(Err(McpError::Transport {
                    server: shared.options.server.clone(),
                    source: error,
                }));
            }
        }
        TransportEvent::SendFailed { id: None, error } => {
            tracing::warn!(server = shared.options.server, "{error}");
        }
        TransportEvent::Closed { reason } => {
            fail_all(shared, &reason);
            let _ = shared.events.send(SessionEvent::Closed { reason });
            return false;
        }
    }
    true
}

/// Takes the request `id` out of the pending map; the lock is released when this returns (a
/// `match` on `lock(..).remove(..)` would hold it through every arm).
fn take_pending(shared: &SessionShared, id: &RequestId) -> Option<PendingRequest> {
    lock(&shared.pending).remove(id)
}

fn route_message(shared: &Arc<SessionShared>, message: JsonRpcMessage) {
    let server = shared.options.server.as_str();
    match message {
        // The pending request is taken out before it is answered, so the lock is not held while
        // the answer wakes its caller (which locks the map again for its next request).
        JsonRpcMessage::Response { id, result } => match take_pending(shared, &id) {
            Some(request) => {
                let _ = request.reply.send(Ok(result));
            }
            None => {
                tracing::debug!(server, %id, "answer to a request no one waits for (late after a timeout?)")
            }
        },
        JsonRpcMessage::Error {
            id: Some(id),
            error,
        } => match take_pending(shared, &id) {
            Some(request) => {
                let _ = request.reply.send(Err(McpError::Rpc {
                    server: server.to_string(),
                    method: request.method,
                    code: error.code,
                    message: error.message,
                }));
            }
            None => tracing::debug!(server, %id, "error for a request no one waits for"),
        },
        JsonRpcMessage::Error { id: None, error } => {
            tracing::warn!(
                server,
                code = error.code,
                "server reported an error: {}",
                error.message
            );
        }
        JsonRpcMessage::Request { id, method, params } => {
            let task_shared = Arc::clone(shared);
            let task_id = id.clone();
            let mut answering = lock(&shared.answering);
            let task = tokio::spawn(async move {
                let (shared, id) = (task_shared, task_id);
                let answer = match RawJson::params_value(params.as_ref()) {
                    Ok(params) => answer_server_request(&shared, &method, params).await,
                    Err(e) => Err((
                        error_codes::INVALID_PARAMS,
                        format!("`params` is not a JSON value Roxy can read: {e}"),
                    )),
                }
                .and_then(|result| screen(&shared, &method, result));
                lock(&shared.answering).remove(&id);
                let message = match answer {
                    Ok(result) => JsonRpcMessage::Response {
                        id,
                        result: result.into(),
                    },
                    Err((code, text)) => JsonRpcMessage::error_response(id, code, text),
                };
                let _ = shared
                    .outbound
                    .send(Outbound {
                        message,
                        retry_safe: true,
                    })
                    .await;
            });
            // Registered under the lock the task takes to unregister, so a quick task cannot
            // leave its entry behind.
            if !task.is_finished() {
                answering.insert(id, task.abort_handle());
            }
        }
        JsonRpcMessage::Notification { method, params } => {
            route_notification(shared, &method, params.unwrap_or(Value::Null))
        }
    }
}

async fn answer_server_request(
    shared: &SessionShared,
    method: &str,
    params: Value,
) -> Result<Value, (i64, String)> {
    if method == method::SAMPLING_CREATE_MESSAGE
        && let Some(sampling) = &shared.options.sampling
    {
        return sampling
            .create_message(&shared.options.server, &params)
            .await;
    }
    match method {
        method::PING => Ok(json!({})),
        method::ROOTS_LIST => {
            let roots: Vec<Value> = shared
                .options
                .roots
                .iter()
                .map(|root| {
                    let name = root.file_name().map_or_else(
                        || root.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    let uri = url::Url::from_directory_path(root)
                        .map_or_else(|_| format!("file://{}", root.display()), |u| u.to_string());
                    json!({ "uri": uri, "name": name })
                })
                .collect();
            Ok(json!({ "roots": roots }))
        }
        method::ELICITATION_CREATE => Ok(shared
            .options
            .elicitation
            .elicit(&shared.options.server, &params)
            .await),
        other => {
            tracing::debug!(
                server = shared.options.server,
                method = other,
                "answered an unsupported server request with method-not-found"
            );
            Err((
                error_codes::METHOD_NOT_FOUND,
                format!("Roxy does not support `{other}`"),
            ))
        }
    }
}

/// Passes an answer through the session's filter (the privacy gateway for an `external`
/// server). What the filter refuses is not sent: the server gets an error that says only that.
/// The answer to `ping` is always `{}`, so it carries nothing to screen (or to audit).
fn screen(shared: &SessionShared, method: &str, result: Value) -> Result<Value, (i64, String)> {
    let Some(filter) = &shared.options.answer_filter else {
        return Ok(result);
    };
    if method == method::PING {
        return Ok(result);
    }
    filter(result).map_err(|reason| {
        tracing::warn!(
            server = shared.options.server,
            "withheld the answer to the server's `{method}` request: {reason}"
        );
        (
            error_codes::INTERNAL_ERROR,
            format!("Roxy's privacy gateway withheld the answer to `{method}`"),
        )
    })
}

fn route_notification(shared: &SessionShared, method: &str, params: Value) {
    let server = shared.options.server.as_str();
    match method {
        method::NOTIFICATIONS_MESSAGE => {
            shared
                .options
                .elicitation
                .server_notification(server, method, &params);
            let level = params
                .get("level")
                .and_then(Value::as_str)
                .unwrap_or("info");
            let logger = params.get("logger").and_then(Value::as_str).unwrap_or("");
            let data = match params.get("data") {
                Some(Value::String(text)) => text.clone(),
                Some(other) => other.to_string(),
                None => String::new(),
            };
            match level {
                "debug" => tracing::debug!(target: "roxy::server_log", server, logger, "{data}"),
                "info" | "notice" => {
                    tracing::info!(target: "roxy::server_log", server, logger, "{data}")
                }
                "warning" => tracing::warn!(target: "roxy::server_log", server, logger, "{data}"),
                _ => tracing::error!(target: "roxy::server_log", server, logger, level, "{data}"),
            }
        }
        method::NOTIFICATIONS_PROGRESS => {
            let token = params
                .get("progressToken")
                .cloned()
                .and_then(|t| serde_json::from_value::<RequestId>(t).ok());
            let progress = serde_json::from_value::<Progress>(params);
            if let (Some(token), Ok(progress)) = (token, progress)
                && let Some(sender) = lock(&shared.pending)
                    .get(&token)
                    .and_then(|p| p.progress.as_ref())
            {
                let _ = sender.send(progress);
            }
        }
        method::NOTIFICATIONS_CANCELLED => {
            // The server takes back a request of its own: stop answering it (no answer is sent).
            let id = params
                .get("requestId")
                .cloned()
                .and_then(|id| serde_json::from_value::<RequestId>(id).ok());
            if let Some(task) = id.and_then(|id| lock(&shared.answering).remove(&id)) {
                task.abort();
            }
        }
        method::NOTIFICATIONS_TOOLS_LIST_CHANGED => {
            let _ = shared.events.send(SessionEvent::ToolsChanged);
        }
        method::NOTIFICATIONS_RESOURCES_LIST_CHANGED => {
            let _ = shared.events.send(SessionEvent::ResourcesChanged);
        }
        method::NOTIFICATIONS_PROMPTS_LIST_CHANGED => {
            let _ = shared.events.send(SessionEvent::PromptsChanged);
        }
        "notifications/resources/updated" => shared
            .options
            .elicitation
            .server_notification(server, method, &params),
        other => tracing::debug!(server, method = other, "ignored notification"),
    }
}
