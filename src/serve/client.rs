//! One client connected to `roxy serve`: what it said in `initialize`, which of its requests
//! are in flight (so a backend's progress, log lines and elicitation reach the right client,
//! and its cancellations reach the right call), the requests Roxy sent it and waits on, its
//! tool allow-list and, with `serve.redact_results`, its own placeholder vault.
//!
//! How a message reaches the client is the transport's business ([`Outlet`]): stdio writes a
//! line, Streamable HTTP picks the answer stream of the related request or the GET stream.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::oneshot;
use tokio::task::AbortHandle;

use crate::mcp::protocol::{JsonRpcError, JsonRpcMessage, RequestId};
use crate::privacy::Vault;
use crate::sync::lock;

/// Where messages for one client go.
pub(crate) trait Outlet: Send + Sync {
    /// Sends `message`; `related` is the client's request it belongs to, if any.
    fn send(&self, message: JsonRpcMessage, related: Option<&RequestId>);

    /// The request `related` ends without an answer (the client cancelled it).
    fn ended(&self, _related: &RequestId) {}
}

/// A request of the client that Roxy is working on.
struct InFlight {
    /// Order of arrival, so the newest call to a server gets what that server sends.
    seq: u64,
    /// The backend it went to, once known.
    server: Option<String>,
    abort: Option<AbortHandle>,
}

#[derive(Default)]
struct ClientState {
    protocol_version: String,
    capabilities: Value,
    /// What Roxy offered the client in `initialize`.
    offered: Value,
    /// Lowest severity of log lines the client wants (`logging/setLevel`), as a rank.
    log_level: Option<u8>,
    in_flight: HashMap<RequestId, InFlight>,
    waiting: HashMap<RequestId, oneshot::Sender<Result<Value, JsonRpcError>>>,
    /// Resource URIs whose updates the client subscribed to.
    subscriptions: HashSet<String>,
    closed: bool,
}

/// One connected client. Shared by the transport and the tasks answering its requests.
pub(crate) struct ClientSession {
    /// The name of the client in `serve.clients` (`local` without tokens, `stdio` on stdio).
    pub(crate) client: String,
    allow: Option<Vec<glob::Pattern>>,
    outlet: Box<dyn Outlet>,
    state: Mutex<ClientState>,
    next_id: AtomicI64,
    seq: AtomicU64,
    /// Placeholders of this client's session (`serve.redact_results`).
    pub(crate) vault: Mutex<Vault>,
}

/// Log levels of the specification, lowest first.
const LEVELS: [&str; 8] = [
    "debug",
    "info",
    "notice",
    "warning",
    "error",
    "critical",
    "alert",
    "emergency",
];

/// The rank of a log level name; unknown names rank as `info`.
pub(crate) fn level_rank(level: &str) -> Option<u8> {
    LEVELS.iter().position(|l| *l == level).map(|p| p as u8)
}

impl ClientSession {
    pub(crate) fn new(client: String, tools: &[String], outlet: Box<dyn Outlet>) -> Self {
        let allow = (!tools.is_empty()).then(|| {
            tools
                .iter()
                .filter_map(|p| glob::Pattern::new(p).ok())
                .collect()
        });
        ClientSession {
            client,
            allow,
            outlet,
            state: Mutex::new(ClientState::default()),
            next_id: AtomicI64::new(0),
            seq: AtomicU64::new(0),
            vault: Mutex::new(Vault::default()),
        }
    }

    /// Whether this client may list and call the tool served under `name`.
    pub(crate) fn may_use(&self, name: &str) -> bool {
        self.allow
            .as_ref()
            .is_none_or(|patterns| patterns.iter().any(|p| p.matches(name)))
    }

    pub(crate) fn send(&self, message: JsonRpcMessage, related: Option<&RequestId>) {
        self.outlet.send(message, related);
    }

    pub(crate) fn initialized(&self, protocol_version: &str, capabilities: Value, offered: Value) {
        let mut state = lock(&self.state);
        state.protocol_version = protocol_version.to_string();
        state.capabilities = capabilities;
        state.offered = offered;
    }

    /// Whether Roxy offered this client the capability in `initialize`.
    pub(crate) fn offered(&self, name: &str) -> bool {
        lock(&self.state).offered.get(name).is_some()
    }

    /// Whether the client declared the capability (`elicitation`, `sampling`, ...).
    pub(crate) fn has_capability(&self, name: &str) -> bool {
        lock(&self.state)
            .capabilities
            .get(name)
            .is_some_and(|c| !c.is_null())
    }

    pub(crate) fn set_log_level(&self, level: u8) {
        lock(&self.state).log_level = Some(level);
    }

    /// Whether a log line of `level` passes the client's `logging/setLevel`.
    pub(crate) fn wants_log(&self, level: &str) -> bool {
        let rank = level_rank(level).unwrap_or(1);
        lock(&self.state).log_level.is_none_or(|min| rank >= min)
    }

    /// Records a subscription to a resource's updates (or its end).
    pub(crate) fn subscribe(&self, uri: &str, subscribe: bool) {
        let subscriptions = &mut lock(&self.state).subscriptions;
        if subscribe {
            subscriptions.insert(uri.to_string());
        } else {
            subscriptions.remove(uri);
        }
    }

    pub(crate) fn subscribed(&self, uri: &str) -> bool {
        lock(&self.state).subscriptions.contains(uri)
    }

    /// Notes a request as in flight; `false` if the client has gone.
    pub(crate) fn begin(&self, id: &RequestId) -> bool {
        let seq = self.seq.fetch_add(1, Ordering::Relaxed);
        let mut state = lock(&self.state);
        if state.closed {
            return false;
        }
        state.in_flight.insert(
            id.clone(),
            InFlight {
                seq,
                server: None,
                abort: None,
            },
        );
        true
    }

    pub(crate) fn set_abort(&self, id: &RequestId, abort: AbortHandle) {
        if let Some(entry) = lock(&self.state).in_flight.get_mut(id) {
            entry.abort = Some(abort);
        }
    }

    /// Records which backend a request went to.
    pub(crate) fn routed(&self, id: &RequestId, server: &str) {
        if let Some(entry) = lock(&self.state).in_flight.get_mut(id) {
            entry.server = Some(server.to_string());
        }
    }

    /// Sends the answer to a request and forgets it.
    pub(crate) fn finish(&self, id: &RequestId, answer: JsonRpcMessage) {
        let known = lock(&self.state).in_flight.remove(id).is_some();
        if known {
            self.send(answer, Some(id));
        }
    }

    /// The client cancelled a request: its task is aborted (which cancels the backend call)
    /// and no answer is sent, as the specification asks.
    pub(crate) fn cancel(&self, id: &RequestId) {
        let entry = lock(&self.state).in_flight.remove(id);
        if let Some(entry) = entry {
            if let Some(abort) = entry.abort {
                abort.abort();
            }
            self.outlet.ended(id);
        }
    }

    /// The newest request in flight to `server`, with its sequence number.
    pub(crate) fn newest_call_to(&self, server: &str) -> Option<(u64, RequestId)> {
        lock(&self.state)
            .in_flight
            .iter()
            .filter(|(_, f)| f.server.as_deref() == Some(server))
            .max_by_key(|(_, f)| f.seq)
            .map(|(id, f)| (f.seq, id.clone()))
    }

    /// Sends a request to the client (related to its request `related`) and waits up to
    /// `timeout` for the answer.
    pub(crate) async fn request(
        &self,
        method: &str,
        params: Value,
        related: &RequestId,
        timeout: Duration,
    ) -> Result<Value, String> {
        let id = RequestId::String(format!(
            "roxy-{}",
            self.next_id.fetch_add(1, Ordering::Relaxed) + 1
        ));
        let (reply, answer) = oneshot::channel();
        lock(&self.state).waiting.insert(id.clone(), reply);
        self.send(
            JsonRpcMessage::request(id.clone(), method, Some(params.into())),
            Some(related),
        );
        // Unanswered when dropped (the server took its request back, or it timed out): the
        // client is told.
        let guard = CancelAtClient {
            session: self,
            id: id.clone(),
            related: related.clone(),
        };
        let outcome = tokio::time::timeout(timeout, answer).await;
        drop(guard); // tells the client only if no answer came

        match outcome {
            Ok(Ok(Ok(result))) => Ok(result),
            Ok(Ok(Err(error))) => Err(format!(
                "the client answered `{method}` with error {}: {}",
                error.code, error.message
            )),
            Ok(Err(_)) => Err("the client went away".into()),
            Err(_) => Err(format!(
                "the client did not answer `{method}` within {}s",
                timeout.as_secs()
            )),
        }
    }

    /// An answer of the client to one of Roxy's requests.
    pub(crate) fn answered(&self, id: &RequestId, answer: Result<Value, JsonRpcError>) {
        // Taken out first: the lock is not held while the answer wakes its waiter.
        let reply = lock(&self.state).waiting.remove(id);
        if let Some(reply) = reply {
            let _ = reply.send(answer);
        }
    }

    /// The client is gone: every request in flight is cancelled.
    pub(crate) fn close(&self) {
        let mut state = lock(&self.state);
        state.closed = true;
        for (_, entry) in state.in_flight.drain() {
            if let Some(abort) = entry.abort {
                abort.abort();
            }
        }
        state.waiting.clear();
    }
}

/// Tells the client that a request Roxy sent it is no longer wanted, when the future waiting
/// for its answer is dropped.
struct CancelAtClient<'a> {
    session: &'a ClientSession,
    id: RequestId,
    related: RequestId,
}

impl Drop for CancelAtClient<'_> {
    fn drop(&mut self) {
        if lock(&self.session.state).waiting.remove(&self.id).is_none() {
            return;
        }
        let params = serde_json::json!({ "requestId": self.id, "reason": "the server cancelled its request" });
        self.session.send(
            JsonRpcMessage::notification(
                crate::mcp::protocol::method::NOTIFICATIONS_CANCELLED,
                Some(params),
            ),
            Some(&self.related),
        );
    }
}
