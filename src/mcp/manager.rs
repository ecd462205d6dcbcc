//! `McpManager`: the registry of configured servers and the only way anything calls a tool.
//!
//! Each enabled server has a supervisor task (see `supervisor.rs`) that alone owns its state
//! machine; the manager sends it commands and reads its published snapshot. A call that arrives
//! while the server starts or restarts waits for it, up to its timeout. Calls to servers marked
//! `external` pass the privacy gateway here, and so do the answers their sessions give to the
//! servers' own requests (roots, elicitation), through a filter the manager hands each
//! session. Config reload lives in `reload.rs`, tool naming in `tool_index.rs`.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::{broadcast, mpsc, oneshot, watch};

use crate::config::duration::format_duration;
use crate::config::{Config, ServerConfig};
use crate::mcp::elicitation::{DeclineElicitation, ElicitationHandler};
use crate::mcp::error::McpError;
use crate::mcp::protocol::{
    CallToolResult, GetPromptResult, InitializeResult, Prompt, ReadResourceResult, Resource,
    ResourceTemplate, Tool, content_text,
};
use crate::mcp::sampling::SamplingHandler;
use crate::mcp::session::{AnswerFilter, McpSession, RequestOptions};
use crate::mcp::state::{
    CallOptions, ManagerEvent, ServerSnapshot, ServerState, ServerStatus, ToolCallResult, ToolInfo,
};
use crate::mcp::supervisor::{Command, spawn_supervisor};
use crate::mcp::tool_index::qualify;
use crate::privacy::{PrivacyGateway, Vault};
use crate::sync::{lock, read, write};

/// `resources/read` parameters as the privacy gateway sees them: an object, so its detectors
/// get the key `uri` as context, as they get argument names in a tool call.
#[derive(Serialize, Deserialize)]
struct ReadResourceParams {
    uri: String,
}

/// The registry's entry for one server: its config and the way to its supervisor (none for a
/// disabled server).
pub(super) struct ServerHandle {
    pub(super) config: ServerConfig,
    pub(super) commands: Option<mpsc::UnboundedSender<Command>>,
    pub(super) snapshot: watch::Receiver<ServerSnapshot>,
}

pub(super) struct ManagerShared {
    /// Redacts calls to external servers; built on first use.
    pub(super) privacy: std::sync::OnceLock<Result<PrivacyGateway, String>>,
    /// Placeholders stay stable for the manager's life: one conversation.
    pub(super) vault: std::sync::Mutex<Vault>,
    pub(super) config: RwLock<Arc<Config>>,
    pub(super) servers: RwLock<BTreeMap<String, Arc<ServerHandle>>>,
    pub(super) events: broadcast::Sender<ManagerEvent>,
    pub(super) elicitation: Arc<dyn ElicitationHandler>,
    pub(super) sampling: Option<Arc<dyn SamplingHandler>>,
    /// The metrics of each tool called so far, by server and tool name.
    tool_metrics: std::sync::Mutex<BTreeMap<String, BTreeMap<String, ToolMetrics>>>,
}

/// One tool's call metrics, registered at its first call with each outcome: building a
/// metric's labelled key on every call cost about 3,000 instructions of a 42,000-instruction
/// stdio call.
#[derive(Default, Clone)]
struct ToolMetrics {
    /// `roxy_tool_calls_total` by outcome: `ok`, `tool_error`, `error`.
    calls: [Option<metrics::Counter>; 3],
    duration: Option<metrics::Histogram>,
}

const OUTCOMES: [&str; 3] = ["ok", "tool_error", "error"];

/// The registry of servers. Cheap to clone.
#[derive(Clone)]
pub struct McpManager {
    pub(super) shared: Arc<ManagerShared>,
}

impl McpManager {
    /// Builds the registry (nothing starts yet; see [`McpManager::start_auto_start`]).
    pub fn new(config: Arc<Config>) -> McpManager {
        McpManager::with_elicitation(config, Arc::new(DeclineElicitation))
    }

    /// Like [`McpManager::new`] with a handler for servers' `elicitation/create` requests.
    pub fn with_elicitation(
        config: Arc<Config>,
        elicitation: Arc<dyn ElicitationHandler>,
    ) -> McpManager {
        McpManager::with_handlers(config, elicitation, None)
    }

    /// Like [`McpManager::with_elicitation`], with a handler for servers' `sampling/createMessage`
    /// requests (sessions then declare the `sampling` capability).
    pub fn with_handlers(
        config: Arc<Config>,
        elicitation: Arc<dyn ElicitationHandler>,
        sampling: Option<Arc<dyn SamplingHandler>>,
    ) -> McpManager {
        let (events, _) = broadcast::channel(256);
        let manager = McpManager {
            shared: Arc::new(ManagerShared {
                config: RwLock::new(Arc::clone(&config)),
                servers: RwLock::new(BTreeMap::new()),
                events,
                elicitation,
                sampling,
                privacy: std::sync::OnceLock::new(),
                vault: std::sync::Mutex::new(Vault::default()),
                tool_metrics: std::sync::Mutex::new(BTreeMap::new()),
            }),
        };
        let handles = config
            .mcp
            .servers
            .iter()
            .map(|(name, server)| (name.clone(), manager.new_handle(name, server)))
            .collect();
        *write(&manager.shared.servers) = handles;
        manager
    }

    /// The registry entry of a server; an enabled one gets its supervisor task.
    pub(super) fn new_handle(&self, name: &str, server: &ServerConfig) -> Arc<ServerHandle> {
        if !server.enabled {
            let (_, snapshot) = watch::channel(ServerSnapshot::new(ServerState::Disabled));
            return Arc::new(ServerHandle {
                config: server.clone(),
                commands: None,
                snapshot,
            });
        }
        let (commands, snapshot) = spawn_supervisor(
            name,
            server,
            self.config(),
            self.shared.events.clone(),
            Arc::clone(&self.shared.elicitation),
            self.shared.sampling.clone(),
            server
                .is_external()
                .then(|| self.answer_filter(name, server)),
        );
        Arc::new(ServerHandle {
            config: server.clone(),
            commands: Some(commands),
            snapshot,
        })
    }

    /// The configuration in force.
    pub fn config(&self) -> Arc<Config> {
        Arc::clone(&read(&self.shared.config))
    }

    /// Lifecycle events of every server.
    pub fn subscribe(&self) -> broadcast::Receiver<ManagerEvent> {
        self.shared.events.subscribe()
    }

    pub(super) fn handle(&self, server: &str) -> Result<Arc<ServerHandle>, McpError> {
        let servers = read(&self.shared.servers);
        servers
            .get(server)
            .cloned()
            .ok_or_else(|| McpError::UnknownServer {
                server: server.to_string(),
                known: servers.keys().cloned().collect(),
            })
    }

    /// The handle of an enabled server and the channel to command its supervisor.
    pub(super) fn enabled(
        &self,
        server: &str,
    ) -> Result<(Arc<ServerHandle>, mpsc::UnboundedSender<Command>), McpError> {
        let handle = self.handle(server)?;
        let commands = handle.commands.clone().ok_or_else(|| McpError::Disabled {
            server: server.to_string(),
        })?;
        Ok((handle, commands))
    }

    /// Names of all configured servers.
    pub fn server_names(&self) -> Vec<String> {
        read(&self.shared.servers).keys().cloned().collect()
    }

    /// Starts the `startup.auto_start` servers in parallel and waits until each runs or has
    /// failed; one failing server does not stop the others.
    pub async fn start_auto_start(&self) -> Vec<(String, Result<(), McpError>)> {
        let names = self.config().mcp.startup.auto_start.clone();
        let starts = names.into_iter().map(|name| async move {
            let result = self.start(&name).await;
            (name, result)
        });
        futures::future::join_all(starts).await
    }

    /// Starts a server (a no-op when it runs) and waits until it runs or fails.
    pub async fn start(&self, server: &str) -> Result<(), McpError> {
        self.ready_session(server).await.map(drop)
    }

    /// Stops a server; it stays stopped until started again or used.
    pub async fn stop(&self, server: &str) -> Result<(), McpError> {
        let handle = self.handle(server)?;
        if let Some(commands) = &handle.commands {
            let (ack, done) = oneshot::channel();
            if commands.send(Command::Stop(ack)).is_ok() {
                let _ = done.await;
            }
        }
        Ok(())
    }

    /// Restarts a server now, also one that has `failed`, and waits until it runs or fails.
    pub async fn restart(&self, server: &str) -> Result<(), McpError> {
        let (handle, commands) = self.enabled(server)?;
        let mut snapshot = handle.snapshot.clone();
        let starts = snapshot.borrow_and_update().starts;
        let _ = commands.send(Command::Restart);
        // Wait for the supervisor to begin a new run (a failed server is not running either,
        // so leaving `Running` would not show it), then for the outcome.
        let _ = tokio::time::timeout(
            handle.config.startup_timeout(),
            snapshot.wait_for(|s| s.starts > starts),
        )
        .await;
        self.ready_session(server).await.map(drop)
    }

    /// Stops every server, in parallel, within a bounded time.
    pub async fn shutdown(&self) {
        let handles: Vec<Arc<ServerHandle>> =
            read(&self.shared.servers).values().cloned().collect();
        let stops = handles
            .iter()
            .filter_map(|h| h.commands.as_ref())
            .map(|commands| async move {
                let (ack, done) = oneshot::channel();
                if commands.send(Command::Shutdown(ack)).is_ok() {
                    let _ = tokio::time::timeout(Duration::from_secs(10), done).await;
                }
            });
        futures::future::join_all(stops).await;
    }

    /// Why a stopped server that has not run yet (an `on_demand` one) will not start, when that
    /// shows without starting it: a variable it names is unset, its program or working
    /// directory is not there. Shown as its last error, not only at first use.
    fn not_startable(
        &self,
        name: &str,
        handle: &ServerHandle,
        state: ServerState,
    ) -> Option<String> {
        if state != ServerState::Stopped {
            return None;
        }
        if let Some(problem) = &handle.config.unstartable {
            return Some(problem.to_string());
        }
        if handle.config.transport != crate::config::TransportKind::Stdio {
            return None;
        }
        let params = crate::mcp::transport::stdio::StdioParams::from_config(
            name,
            &handle.config,
            &self.config(),
        )
        .ok()?;
        params
            .missing()
            .map(|missing| format!("will not start: `{}`: {missing}", params.command))
    }

    /// The state of every server.
    pub fn status(&self) -> Vec<ServerStatus> {
        read(&self.shared.servers)
            .iter()
            .map(|(name, handle)| {
                let snapshot = handle.snapshot.borrow();
                ServerStatus {
                    name: name.clone(),
                    state: snapshot.state,
                    transport: handle.config.transport,
                    description: handle.config.description.clone(),
                    external: handle.config.is_external(),
                    uptime: snapshot.running_since.map(|t| t.elapsed()),
                    restarts: snapshot.restarts,
                    last_error: snapshot
                        .last_error
                        .clone()
                        .or_else(|| self.not_startable(name, handle, snapshot.state)),
                    tool_count: snapshot
                        .tools
                        .iter()
                        .filter(|t| handle.config.allows_tool(&t.name))
                        .count(),
                    pid: snapshot.session.as_ref().and_then(McpSession::pid),
                }
            })
            .collect()
    }

    /// The session of a server, starting it first if it is stopped (`on_demand` servers start
    /// here, and concurrent first calls share one start). Waits while it starts or restarts.
    pub(crate) async fn ready_session(&self, server: &str) -> Result<McpSession, McpError> {
        let (handle, commands) = self.enabled(server)?;
        let mut snapshot = handle.snapshot.clone();
        let state = snapshot.borrow_and_update().state;
        match state {
            ServerState::Running => {}
            ServerState::Failed => {
                let current = snapshot.borrow();
                let failure = current.last_error.as_deref().unwrap_or("it failed");
                // A restart reads the same environment: an unset variable needs Roxy started
                // again with it set.
                let reason = if handle.config.unstartable.is_some() {
                    format!(
                        "{failure}; Roxy reads its environment when it starts: set it and start Roxy again"
                    )
                } else {
                    format!(
                        "{failure}; it stays failed until `roxy servers restart {server}` (or /restart {server} in the REPL)"
                    )
                };
                return Err(McpError::Unavailable {
                    server: server.to_string(),
                    reason,
                });
            }
            // After a login elsewhere the token is there: every call tries again.
            ServerState::Stopped | ServerState::NeedsLogin => {
                let _ = commands.send(Command::Start);
                // Wait for the supervisor to pick the command up.
                let _ = snapshot.wait_for(|s| s.state != state).await;
            }
            _ => {}
        }
        let wait = handle
            .config
            .startup_timeout()
            .max(handle.config.request_timeout());
        let settled = tokio::time::timeout(
            wait,
            snapshot.wait_for(|s| {
                matches!(
                    s.state,
                    ServerState::Running
                        | ServerState::Failed
                        | ServerState::Stopped
                        | ServerState::NeedsLogin
                )
            }),
        )
        .await;
        match settled {
            Ok(Ok(current)) => match (&current.state, &current.session) {
                (ServerState::Running, Some(session)) => Ok(session.clone()),
                _ => Err(McpError::Unavailable {
                    server: server.to_string(),
                    reason: current
                        .last_error
                        .clone()
                        .unwrap_or_else(|| format!("server `{server}` is {}", current.state)),
                }),
            },
            Ok(Err(_)) => Err(McpError::StartFailed {
                server: server.to_string(),
                message: "its supervisor ended".into(),
            }),
            Err(_) => Err(McpError::StartFailed {
                server: server.to_string(),
                message: format!(
                    "it was not running within {} (state: {})",
                    format_duration(wait),
                    handle.snapshot.borrow().state
                ),
            }),
        }
    }

    /// The tools of every running server, filtered by `enabled_tools` / `disabled_tools`, with
    /// unique qualified names. With `start_stopped`, stopped servers are started first.
    pub async fn list_tools(&self, start_stopped: bool) -> Vec<ToolInfo> {
        if start_stopped {
            let names = self.server_names();
            futures::future::join_all(names.iter().map(|n| self.start(n))).await;
        }
        let mut tools = Vec::new();
        for (name, handle) in read(&self.shared.servers).iter() {
            let snapshot = handle.snapshot.borrow();
            tools.extend(
                snapshot
                    .tools
                    .iter()
                    .filter(|t| handle.config.allows_tool(&t.name))
                    .map(|tool| (name.clone(), tool.clone())),
            );
        }
        qualify(tools)
    }

    /// The tools of one server (started if needed).
    pub async fn server_tools(&self, server: &str) -> Result<Vec<ToolInfo>, McpError> {
        self.ready_session(server).await?;
        Ok(self
            .list_tools(false)
            .await
            .into_iter()
            .filter(|t| t.server == server)
            .collect())
    }

    /// Calls a tool. Never panics and never returns `Err`: failures are results with
    /// `success == false` and an `error` a person can act on.
    pub async fn call_tool(&self, server: &str, tool: &str, arguments: Value) -> ToolCallResult {
        let started = Instant::now();
        let result = self
            .call_tool_with(server, tool, arguments, CallOptions::default())
            .await;
        match result {
            Ok(CallToolResult {
                content,
                structured_content,
                is_error,
                ..
            }) => ToolCallResult {
                success: !is_error,
                error: is_error.then(|| {
                    let text = content_text(&content);
                    if text.is_empty() {
                        format!("tool `{tool}` on `{server}` reported an error")
                    } else {
                        text
                    }
                }),
                content,
                structured_content,
                server: server.to_string(),
                tool: tool.to_string(),
                duration: started.elapsed(),
            },
            Err(error) => ToolCallResult::failed(server, tool, error.to_string(), started),
        }
    }

    /// Calls a tool with per-call settings; a failure is a typed error. Like
    /// [`McpManager::call_tool`] it starts the server if needed, is counted in the metrics and
    /// passes the privacy gateway when the server is `external`.
    pub async fn call_tool_with(
        &self,
        server: &str,
        tool: &str,
        arguments: Value,
        options: CallOptions,
    ) -> Result<CallToolResult, McpError> {
        let started = Instant::now();
        let result = self.call_tool_inner(server, tool, arguments, options).await;
        let outcome = match &result {
            Ok(r) if r.is_error => 1,
            Ok(_) => 0,
            Err(_) => 2,
        };
        let (calls, duration) = self.tool_metrics(server, tool, outcome);
        calls.increment(1);
        duration.record(started.elapsed().as_secs_f64());
        result
    }

    /// The counter of `outcome` (an index into [`OUTCOMES`]) and the duration histogram of a
    /// tool, registered with Roxy's recorder (installed here if nothing did yet) on first use.
    fn tool_metrics(
        &self,
        server: &str,
        tool: &str,
        outcome: usize,
    ) -> (metrics::Counter, metrics::Histogram) {
        let mut cache = lock(&self.shared.tool_metrics);
        if let Some(ToolMetrics {
            calls,
            duration: Some(duration),
        }) = cache.get(server).and_then(|tools| tools.get(tool))
            && let Some(counter) = &calls[outcome]
        {
            return (counter.clone(), duration.clone());
        }
        crate::telemetry::metrics_handle();
        let entry = cache
            .entry(server.to_string())
            .or_default()
            .entry(tool.to_string())
            .or_default();
        let counter = entry.calls[outcome]
            .get_or_insert_with(|| {
                metrics::counter!(
                    "roxy_tool_calls_total",
                    "server" => server.to_string(),
                    "tool" => tool.to_string(),
                    "outcome" => OUTCOMES[outcome]
                )
            })
            .clone();
        let duration = entry
            .duration
            .get_or_insert_with(|| {
                let labels = [("server", server.to_string()), ("tool", tool.to_string())];
                metrics::histogram!("roxy_tool_call_duration_seconds", &labels)
            })
            .clone();
        (counter, duration)
    }

    async fn call_tool_inner(
        &self,
        server: &str,
        tool: &str,
        arguments: Value,
        options: CallOptions,
    ) -> Result<CallToolResult, McpError> {
        let handle = self.handle(server)?;
        if !handle.config.allows_tool(tool) {
            let rule = if handle.config.disabled_tools.iter().any(|t| t == tool) {
                "disabled_tools"
            } else {
                "enabled_tools"
            };
            return Err(McpError::ToolTurnedOff {
                server: server.to_string(),
                tool: tool.to_string(),
                rule,
            });
        }
        let session = self.ready_session(server).await?;
        let tools = Arc::clone(&handle.snapshot.borrow().tools);
        let known = tools.iter().find(|t| t.name == tool);
        if known.is_none() {
            return Err(McpError::UnknownTool {
                server: server.to_string(),
                tool: tool.to_string(),
                known: tools
                    .iter()
                    .map(|t| t.name.clone())
                    .filter(|n| handle.config.allows_tool(n))
                    .collect(),
            });
        }
        let options = RequestOptions {
            timeout: options.timeout,
            retry_safe: known.is_some_and(Tool::is_retry_safe),
            progress: options.progress,
        };
        self.through_gateway(server, &handle.config, arguments, |arguments| {
            session.call_tool(tool, arguments, options)
        })
        .await
    }

    /// The resources a server offers (started if needed).
    pub async fn list_resources(&self, server: &str) -> Result<Vec<Resource>, McpError> {
        self.ready_session(server).await?.list_resources().await
    }

    /// The resource templates a server offers (started if needed).
    pub async fn list_resource_templates(
        &self,
        server: &str,
    ) -> Result<Vec<ResourceTemplate>, McpError> {
        self.ready_session(server)
            .await?
            .list_resource_templates()
            .await
    }

    /// Reads a resource; for an `external` server the URI passes the privacy gateway and the
    /// contents come back restored.
    pub async fn read_resource(
        &self,
        server: &str,
        uri: &str,
    ) -> Result<ReadResourceResult, McpError> {
        let handle = self.handle(server)?;
        let session = self.ready_session(server).await?;
        let params = ReadResourceParams {
            uri: uri.to_string(),
        };
        self.through_gateway(server, &handle.config, params, |params| async move {
            session.read_resource(&params.uri).await
        })
        .await
    }

    /// The prompts a server offers (started if needed).
    pub async fn list_prompts(&self, server: &str) -> Result<Vec<Prompt>, McpError> {
        self.ready_session(server).await?.list_prompts().await
    }

    /// Gets a prompt; for an `external` server the arguments pass the privacy gateway and the
    /// messages come back restored.
    pub async fn get_prompt(
        &self,
        server: &str,
        name: &str,
        arguments: Value,
    ) -> Result<GetPromptResult, McpError> {
        let handle = self.handle(server)?;
        let session = self.ready_session(server).await?;
        self.through_gateway(server, &handle.config, arguments, |arguments| async move {
            session.get_prompt(name, arguments).await
        })
        .await
    }

    /// Asks a server (started if needed) to complete a prompt or resource-template argument
    /// (`completion/complete` with `params` as the client sent them); for an `external` server
    /// they pass the privacy gateway and the values come back restored.
    pub async fn complete(&self, server: &str, params: Value) -> Result<Value, McpError> {
        let handle = self.handle(server)?;
        let session = self.ready_session(server).await?;
        self.through_gateway(server, &handle.config, params, |params| async move {
            session.request("completion/complete", Some(params)).await
        })
        .await
    }

    /// Subscribes to (`subscribe: true`) or unsubscribes from updates of a resource
    /// (`resources/subscribe` / `resources/unsubscribe`); updates arrive at the elicitation
    /// handler's `server_notification`.
    pub async fn subscribe_resource(
        &self,
        server: &str,
        uri: &str,
        subscribe: bool,
    ) -> Result<(), McpError> {
        let handle = self.handle(server)?;
        let session = self.ready_session(server).await?;
        let method = if subscribe {
            "resources/subscribe"
        } else {
            "resources/unsubscribe"
        };
        let params = ReadResourceParams {
            uri: uri.to_string(),
        };
        self.through_gateway(server, &handle.config, params, |params| async move {
            session
                .request(method, Some(serde_json::json!({ "uri": params.uri })))
                .await
        })
        .await
        .map(drop)
    }

    /// Pings a server (started if needed) and waits up to `timeout` for its answer.
    pub async fn ping(&self, server: &str, timeout: Duration) -> Result<(), McpError> {
        self.ready_session(server).await?.ping(timeout).await
    }

    /// What a running server said about itself in the handshake (protocol version, name,
    /// capabilities); `None` while it does not run.
    pub fn initialize_result(&self, server: &str) -> Option<InitializeResult> {
        let handle = self.handle(server).ok()?;
        let snapshot = handle.snapshot.borrow();
        snapshot.session.as_ref().map(McpSession::initialize_result)
    }

    /// Sends `outgoing` with `send`. For an `external` server the request leaves the machine:
    /// the privacy gateway first puts placeholders in place of personal data, and afterwards
    /// puts the data back into the answer. Fails closed: what cannot be redacted is not sent.
    async fn through_gateway<P, T, F, Fut>(
        &self,
        server: &str,
        config: &ServerConfig,
        outgoing: P,
        send: F,
    ) -> Result<T, McpError>
    where
        P: Serialize + DeserializeOwned,
        T: Serialize + DeserializeOwned,
        F: FnOnce(P) -> Fut,
        Fut: Future<Output = Result<T, McpError>>,
    {
        if !config.is_external() {
            return send(outgoing).await;
        }
        let blocked = |message: String| McpError::PrivacyBlocked {
            server: server.to_string(),
            message,
        };
        let gateway = self.privacy_gateway().map_err(blocked)?;
        let outgoing = serde_json::to_value(&outgoing).map_err(|e| blocked(e.to_string()))?;
        let redacted = self
            .redact(&gateway, server, &config.privacy.keep, &outgoing)
            .map_err(blocked)?;
        let redacted = serde_json::from_value(redacted).map_err(|e| blocked(e.to_string()))?;
        let answer = send(redacted).await?;
        let answer = serde_json::to_value(&answer).map_err(|e| blocked(e.to_string()))?;
        let restored = gateway.restore(&answer, &lock(&self.shared.vault));
        serde_json::from_value(restored).map_err(|e| McpError::Protocol {
            server: server.to_string(),
            message: e.to_string(),
        })
    }

    /// Puts placeholders in place of personal data in `outgoing`, bound for `server`, with the
    /// vault of the manager's conversation.
    fn redact(
        &self,
        gateway: &PrivacyGateway,
        server: &str,
        keep: &[String],
        outgoing: &Value,
    ) -> Result<Value, String> {
        let mut vault = lock(&self.shared.vault);
        gateway
            .redact(outgoing, server, keep, &mut vault)
            .map_err(|e| e.to_string())
    }

    /// The filter for what the sessions of `external` server `name` answer to its own requests:
    /// the privacy gateway with the manager's vault, so that placeholders the server echoes in
    /// a tool's answer are restored like any other. It holds the manager weakly (the supervisor
    /// that owns it must not keep the registry alive) and fails closed once the manager is gone.
    fn answer_filter(&self, name: &str, server: &ServerConfig) -> AnswerFilter {
        let manager = Arc::downgrade(&self.shared);
        let (name, keep) = (name.to_string(), server.privacy.keep.clone());
        Arc::new(move |answer| {
            let shared = manager.upgrade().ok_or("Roxy is shutting down")?;
            let manager = McpManager { shared };
            let gateway = manager.privacy_gateway()?;
            manager.redact(&gateway, &name, &keep, &answer)
        })
    }

    /// The privacy gateway, built on first use (it opens the audit log in the data directory).
    fn privacy_gateway(&self) -> Result<PrivacyGateway, String> {
        self.shared
            .privacy
            .get_or_init(|| {
                let config = self.config();
                PrivacyGateway::new(&config.roxy.privacy, &config.data_dir())
                    .map_err(|e| e.to_string())
            })
            .clone()
    }
}
