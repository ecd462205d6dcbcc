//! Server → client traffic of `roxy serve`: what a backend sends while it works on a call
//! (`elicitation/create`, `sampling/createMessage`, log lines) goes to the client whose request to that backend is in
//! flight (the newest, when several are), never to another client; resource updates go to
//! the clients subscribed to the resource. Progress is forwarded by the call itself
//! (`hub.rs`), through the token the client gave.

use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use async_trait::async_trait;
use serde_json::{Value, json};

use crate::mcp::ElicitationHandler;
use crate::mcp::SamplingHandler;
use crate::mcp::protocol::{JsonRpcMessage, RequestId, method};
use crate::serve::client::ClientSession;
use crate::sync::lock;

/// How long a client (and the person behind it) may take to answer a forwarded request.
const FORWARDED_REQUEST_TIMEOUT: Duration = Duration::from_secs(600);

/// Every connected client, held weakly (a transport owns its sessions).
#[derive(Default, Clone)]
pub(crate) struct Clients {
    sessions: Arc<Mutex<Vec<Weak<ClientSession>>>>,
}

impl Clients {
    pub(crate) fn add(&self, session: &Arc<ClientSession>) {
        let mut sessions = lock(&self.sessions);
        sessions.retain(|s| s.strong_count() > 0);
        sessions.push(Arc::downgrade(session));
    }

    /// The clients still connected.
    pub(crate) fn all(&self) -> Vec<Arc<ClientSession>> {
        lock(&self.sessions)
            .iter()
            .filter_map(Weak::upgrade)
            .collect()
    }

    /// The client with the newest request in flight to `server`, and that request.
    fn caller_of(&self, server: &str) -> Option<(Arc<ClientSession>, RequestId)> {
        self.all()
            .into_iter()
            .filter_map(|session| {
                let (seq, id) = session.newest_call_to(server)?;
                Some((seq, session, id))
            })
            .max_by_key(|(seq, _, _)| *seq)
            .map(|(_, session, id)| (session, id))
    }
}

/// The manager's handler for backends' requests and log lines: passes them to the caller.
pub(crate) struct Forwarder {
    pub(crate) clients: Clients,
}

#[async_trait]
impl ElicitationHandler for Forwarder {
    async fn elicit(&self, server: &str, params: &Value) -> Value {
        match self
            .ask_caller(server, method::ELICITATION_CREATE, "elicitation", params)
            .await
        {
            Ok(answer) => answer,
            Err(Refusal::NoCaller | Refusal::NotOffered) => json!({ "action": "decline" }),
            Err(Refusal::Failed) => json!({ "action": "cancel" }),
        }
    }

    fn server_notification(&self, server: &str, method: &str, params: &Value) {
        match method {
            method::NOTIFICATIONS_MESSAGE => self.log(server, params),
            "notifications/resources/updated" => {
                let uri = params.get("uri").and_then(Value::as_str).unwrap_or("");
                for session in self.clients.all() {
                    if session.subscribed(uri) {
                        session.send(
                            JsonRpcMessage::notification(method, Some(params.clone())),
                            None,
                        );
                    }
                }
            }
            _ => {}
        }
    }
}

/// A backend's `sampling/createMessage` goes to the client whose call the backend is working
/// on, when that client offers sampling; otherwise the backend gets an error.
#[async_trait]
impl SamplingHandler for Forwarder {
    async fn create_message(&self, server: &str, params: &Value) -> Result<Value, (i64, String)> {
        self.ask_caller(server, method::SAMPLING_CREATE_MESSAGE, "sampling", params)
            .await
            .map_err(|refusal| match refusal {
                Refusal::NoCaller => (
                    -32603,
                    "no client call to this server is in flight to ask for sampling".into(),
                ),
                Refusal::NotOffered => (-32601, "the client does not offer sampling".into()),
                Refusal::Failed => (
                    -32603,
                    "the client did not answer the sampling request".into(),
                ),
            })
    }
}

/// Why a backend's request was not answered by a client.
enum Refusal {
    /// No client has a call to that backend in flight.
    NoCaller,
    /// The calling client did not declare the capability.
    NotOffered,
    /// The client failed or did not answer in time (logged).
    Failed,
}

impl Forwarder {
    /// Sends a backend's request to the client whose call the backend is working on, if that
    /// client declared `capability`, and returns the client's answer.
    async fn ask_caller(
        &self,
        server: &str,
        request_method: &str,
        capability: &str,
        params: &Value,
    ) -> Result<Value, Refusal> {
        let Some((session, related)) = self.clients.caller_of(server) else {
            tracing::info!(
                server,
                "declined {request_method}: no client call to this server is in flight"
            );
            return Err(Refusal::NoCaller);
        };
        if !session.has_capability(capability) {
            tracing::info!(
                server,
                client = session.client,
                "declined {request_method}: the client does not offer {capability}"
            );
            return Err(Refusal::NotOffered);
        }
        session
            .request(
                request_method,
                params.clone(),
                &related,
                FORWARDED_REQUEST_TIMEOUT,
            )
            .await
            .map_err(|reason| {
                tracing::warn!(
                    server,
                    client = session.client,
                    "{request_method}: {reason}"
                );
                Refusal::Failed
            })
    }

    /// A log line goes to the client whose call the server is working on, named by the server.
    fn log(&self, server: &str, params: &Value) {
        let Some((session, related)) = self.clients.caller_of(server) else {
            return;
        };
        let level = params
            .get("level")
            .and_then(Value::as_str)
            .unwrap_or("info");
        if !session.wants_log(level) {
            return;
        }
        let mut params = params.clone();
        if let Value::Object(map) = &mut params {
            map.insert("logger".into(), server.into());
        }
        session.send(
            JsonRpcMessage::notification(method::NOTIFICATIONS_MESSAGE, Some(params)),
            Some(&related),
        );
    }
}
