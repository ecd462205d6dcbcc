//! `McpManager`: the registry of configured servers and the only way anything calls a tool.
//!
//! Each enabled server has a supervisor task that alone owns its state machine
//! (`stopped -> starting -> running -> (crashed -> restarting) -> running | failed`, plus
//! `disabled`): it starts the transport and session, watches for the connection closing (a
//! child's exit is seen at once, no polling), pings every `health_interval` and restarts a hung
//! server, and restarts crashed ones with exponential backoff and jitter until `max_retries`.
//! Callers send it commands and read its published [`ServerSnapshot`]; a call that arrives
//! while the server starts or restarts waits for it, up to its timeout.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use backon::BackoffBuilder;
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use tokio::sync::{broadcast, mpsc, oneshot, watch};

use super::McpError;
use super::elicitation::{DeclineElicitation, ElicitationHandler};
use super::protocol::{CallToolResult, Tool, content_text};
use super::session::{McpSession, RequestOptions, SessionEvent, SessionOptions};
use super::transport::{self, TransportHandle};
use crate::config::{Config, ConfigError, ConfigErrors, ConfigSource, ServerConfig, TransportKind};
use crate::privacy::{PrivacyGateway, Vault};
use crate::suggest::closest_names;
use crate::sync::{lock, read, write};

/// Quiet time after the last change to mcp_servers.yaml before it is reloaded.
const CONFIG_DEBOUNCE: Duration = Duration::from_millis(300);

/// Keeps a config watch alive; dropping it stops watching.
pub struct ConfigWatch {
    _watcher: notify::RecommendedWatcher,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for ConfigWatch {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Longest qualified tool name (`server__tool`), the limit most LLM tool APIs impose.
pub const MAX_QUALIFIED_NAME: usize = 64;

/// Where a server is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ServerState {
    Stopped,
    Starting,
    Running,
    Crashed,
    Restarting,
    Failed,
    Disabled,
}

impl std::fmt::Display for ServerState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        f.write_str(&text)
    }
}

/// What happened to a server; the REPL and the log consume these.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum ManagerEvent {
    Started {
        server: String,
        tools: usize,
        pid: Option<u32>,
    },
    Stopped {
        server: String,
    },
    Crashed {
        server: String,
        reason: String,
    },
    Restarting {
        server: String,
        attempt: u32,
        #[serde(with = "millis")]
        delay: Duration,
    },
    Failed {
        server: String,
        reason: String,
    },
    ToolsChanged {
        server: String,
        tools: usize,
    },
    ConfigReloaded {
        added: Vec<String>,
        removed: Vec<String>,
        changed: Vec<String>,
    },
    ConfigReloadFailed {
        errors: String,
    },
}

mod millis {
    pub fn serialize<S: serde::Serializer>(
        d: &std::time::Duration,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_u64(d.as_millis() as u64)
    }
}

/// The supervisor's published view of one server.
#[derive(Clone)]
pub struct ServerSnapshot {
    pub state: ServerState,
    pub session: Option<McpSession>,
    pub tools: Arc<Vec<Tool>>,
    pub last_error: Option<String>,
    pub restarts: u32,
    pub running_since: Option<Instant>,
}

impl ServerSnapshot {
    fn new(state: ServerState) -> Self {
        ServerSnapshot {
            state,
            session: None,
            tools: Arc::new(Vec::new()),
            last_error: None,
            restarts: 0,
            running_since: None,
        }
    }
}

/// One row of `roxy servers`.
#[derive(Debug, Clone, Serialize)]
pub struct ServerStatus {
    pub name: String,
    pub state: ServerState,
    pub transport: TransportKind,
    pub description: Option<String>,
    pub external: bool,
    #[serde(rename = "uptime_ms", serialize_with = "option_millis")]
    pub uptime: Option<Duration>,
    pub restarts: u32,
    pub last_error: Option<String>,
    pub tool_count: usize,
    pub pid: Option<u32>,
}

fn option_millis<S: serde::Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_u64(d.as_millis() as u64),
        None => s.serialize_none(),
    }
}

/// A tool in the index, with its unique `server__tool` name.
#[derive(Debug, Clone, Serialize)]
pub struct ToolInfo {
    pub qualified_name: String,
    pub server: String,
    pub tool: Tool,
}

/// The outcome of `call_tool`. Errors are values: `success == false` with a message a person can act on.
#[derive(Debug, Clone, Serialize)]
pub struct ToolCallResult {
    pub success: bool,
    pub content: Vec<Value>,
    pub structured_content: Option<Value>,
    pub error: Option<String>,
    pub server: String,
    pub tool: String,
    #[serde(rename = "duration_ms", with = "millis")]
    pub duration: Duration,
}

impl ToolCallResult {
    /// The text content, or the error.
    pub fn text(&self) -> String {
        let text = content_text(&self.content);
        match (&self.error, text.is_empty()) {
            (Some(error), true) => error.clone(),
            _ => text,
        }
    }

    fn failed(server: &str, tool: &str, error: impl Into<String>, started: Instant) -> Self {
        ToolCallResult {
            success: false,
            content: Vec::new(),
            structured_content: None,
            error: Some(error.into()),
            server: server.to_string(),
            tool: tool.to_string(),
            duration: started.elapsed(),
        }
    }
}

enum Command {
    Start,
    Restart,
    Stop(oneshot::Sender<()>),
    Shutdown(oneshot::Sender<()>),
}

struct ServerHandle {
    config: ServerConfig,
    commands: Option<mpsc::UnboundedSender<Command>>,
    snapshot: watch::Receiver<ServerSnapshot>,
}

struct ManagerShared {
    /// Redacts calls to external servers; built on first use.
    privacy: std::sync::OnceLock<Result<PrivacyGateway, String>>,
    /// Placeholders stay stable for the manager's life: one conversation.
    vault: std::sync::Mutex<Vault>,
    config: RwLock<Arc<Config>>,
    servers: RwLock<BTreeMap<String, Arc<ServerHandle>>>,
    events: broadcast::Sender<ManagerEvent>,
    elicitation: Arc<dyn ElicitationHandler>,
}

/// The registry of servers. Cheap to clone.
#[derive(Clone)]
pub struct McpManager {
    shared: Arc<ManagerShared>,
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
        let (events, _) = broadcast::channel(256);
        let manager = McpManager {
            shared: Arc::new(ManagerShared {
                config: RwLock::new(Arc::clone(&config)),
                servers: RwLock::new(BTreeMap::new()),
                events,
                elicitation,
                privacy: std::sync::OnceLock::new(),
                vault: std::sync::Mutex::new(Vault::default()),
            }),
        };
        let handles = config
            .mcp
            .servers
            .iter()
            .map(|(name, server)| (name.clone(), manager.spawn_supervisor(name, server)))
            .collect();
        *write(&manager.shared.servers) = handles;
        manager
    }

    fn spawn_supervisor(&self, name: &str, server: &ServerConfig) -> Arc<ServerHandle> {
        if !server.enabled {
            let (_, snapshot) = watch::channel(ServerSnapshot::new(ServerState::Disabled));
            return Arc::new(ServerHandle {
                config: server.clone(),
                commands: None,
                snapshot,
            });
        }
        let (commands_tx, commands_rx) = mpsc::unbounded_channel();
        let (snapshot_tx, snapshot_rx) = watch::channel(ServerSnapshot::new(ServerState::Stopped));
        let supervisor = Supervisor {
            name: name.to_string(),
            server: server.clone(),
            config: self.config(),
            events: self.shared.events.clone(),
            elicitation: Arc::clone(&self.shared.elicitation),
            snapshot: snapshot_tx,
        };
        tokio::spawn(supervisor.run(commands_rx));
        Arc::new(ServerHandle {
            config: server.clone(),
            commands: Some(commands_tx),
            snapshot: snapshot_rx,
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

    fn handle(&self, server: &str) -> Result<Arc<ServerHandle>, McpError> {
        let servers = read(&self.shared.servers);
        servers.get(server).cloned().ok_or_else(|| {
            let names: Vec<&str> = servers.keys().map(String::as_str).collect();
            McpError::Lookup(unknown_message("server", server, &names, "servers"))
        })
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
        let handle = self.handle(server)?;
        let commands = handle
            .commands
            .as_ref()
            .ok_or_else(|| disabled_error(server))?;
        let mut snapshot = handle.snapshot.clone();
        snapshot.mark_unchanged();
        let _ = commands.send(Command::Restart);
        // Wait for the supervisor to leave the current run, then for the outcome.
        let _ = tokio::time::timeout(
            handle.config.startup_timeout(),
            snapshot.wait_for(|s| s.state != ServerState::Running),
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
                    last_error: snapshot.last_error.clone(),
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
    pub async fn ready_session(&self, server: &str) -> Result<McpSession, McpError> {
        let handle = self.handle(server)?;
        let commands = handle
            .commands
            .as_ref()
            .ok_or_else(|| disabled_error(server))?;
        let mut snapshot = handle.snapshot.clone();
        let state = snapshot.borrow_and_update().state;
        match state {
            ServerState::Running => {}
            ServerState::Failed => {
                let current = snapshot.borrow();
                return Err(McpError::Unavailable {
                    server: server.to_string(),
                    reason: format!(
                        "{}; it stays failed until `roxy servers restart {server}` (or /restart {server} in the REPL)",
                        current.last_error.as_deref().unwrap_or("it failed")
                    ),
                });
            }
            ServerState::Stopped => {
                let _ = commands.send(Command::Start);
                // Wait for the supervisor to pick the command up.
                let _ = snapshot.wait_for(|s| s.state != ServerState::Stopped).await;
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
                    ServerState::Running | ServerState::Failed | ServerState::Stopped
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
                    "it was not running within {wait:?} (state: {})",
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
        let result = self.call_tool_inner(server, tool, arguments).await;
        let outcome = match &result {
            Ok(r) if r.is_error => "tool_error",
            Ok(_) => "ok",
            Err(_) => "error",
        };
        let labels = [("server", server.to_string()), ("tool", tool.to_string())];
        metrics::counter!("roxy_tool_calls_total", "server" => server.to_string(), "tool" => tool.to_string(), "outcome" => outcome).increment(1);
        metrics::histogram!("roxy_tool_call_duration_seconds", &labels)
            .record(started.elapsed().as_secs_f64());
        match result {
            Ok(CallToolResult {
                content,
                structured_content,
                is_error,
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

    async fn call_tool_inner(
        &self,
        server: &str,
        tool: &str,
        arguments: Value,
    ) -> Result<CallToolResult, McpError> {
        let handle = self.handle(server)?;
        if !handle.config.allows_tool(tool) {
            let rule = if handle.config.disabled_tools.iter().any(|t| t == tool) {
                "disabled_tools"
            } else {
                "enabled_tools"
            };
            return Err(McpError::Lookup(format!(
                "tool `{tool}` of server `{server}` is turned off by `servers.{server}.{rule}` in mcp_servers.yaml"
            )));
        }
        let session = self.ready_session(server).await?;
        let tools = Arc::clone(&handle.snapshot.borrow().tools);
        let known = tools.iter().find(|t| t.name == tool);
        if known.is_none() {
            let names: Vec<&str> = tools
                .iter()
                .map(|t| t.name.as_str())
                .filter(|n| handle.config.allows_tool(n))
                .collect();
            return Err(McpError::Lookup(unknown_message(
                "tool",
                tool,
                &names,
                &format!("tools of `{server}`"),
            )));
        }
        let retry_safe = known.is_some_and(Tool::is_retry_safe);
        let options = RequestOptions {
            retry_safe,
            ..Default::default()
        };
        if !handle.config.is_external() {
            return session.call_tool(tool, arguments, options).await;
        }
        // The call leaves the machine: redact, send, restore. Fail closed.
        let blocked = |message: String| McpError::PrivacyBlocked {
            server: server.to_string(),
            message,
        };
        let gateway = self.privacy_gateway().map_err(blocked)?;
        let keep = &handle.config.privacy.keep;
        let redacted = {
            let mut vault = lock(&self.shared.vault);
            gateway
                .redact(&arguments, server, keep, &mut vault)
                .map_err(|e| blocked(e.to_string()))?
        };
        let answer = session.call_tool(tool, redacted, options).await?;
        let answer = serde_json::to_value(&answer).map_err(|e| blocked(e.to_string()))?;
        let restored = gateway.restore(&answer, &lock(&self.shared.vault));
        serde_json::from_value(restored).map_err(|e| McpError::Protocol {
            server: server.to_string(),
            message: e.to_string(),
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

    /// Applies a new configuration: added servers start (if auto_start), removed ones stop,
    /// changed ones restart, untouched ones keep running with their sessions.
    pub async fn reload(&self, new_config: Config) -> ManagerEvent {
        let new_config = Arc::new(new_config);
        let old: BTreeMap<String, Arc<ServerHandle>> = read(&self.shared.servers).clone();
        let (mut added, mut removed, mut changed) = (Vec::new(), Vec::new(), Vec::new());
        for name in old
            .keys()
            .filter(|n| !new_config.mcp.servers.contains_key(*n))
        {
            removed.push(name.clone());
        }
        for (name, server) in &new_config.mcp.servers {
            match old.get(name) {
                None => added.push(name.clone()),
                Some(handle) if handle.config != *server => changed.push(name.clone()),
                Some(_) => {}
            }
        }
        for name in removed.iter().chain(&changed) {
            if let Some(commands) = old.get(name).and_then(|h| h.commands.as_ref()) {
                let (ack, done) = oneshot::channel();
                if commands.send(Command::Shutdown(ack)).is_ok() {
                    let _ = tokio::time::timeout(Duration::from_secs(10), done).await;
                }
            }
        }
        *write(&self.shared.config) = Arc::clone(&new_config);
        let mut to_start = Vec::new();
        {
            let mut servers = write(&self.shared.servers);
            for name in &removed {
                servers.remove(name);
            }
            for name in added.iter().chain(&changed) {
                let was_running = old.get(name).is_some_and(|h| {
                    !matches!(
                        h.snapshot.borrow().state,
                        ServerState::Stopped | ServerState::Failed | ServerState::Disabled
                    )
                });
                let server = &new_config.mcp.servers[name];
                servers.insert(name.clone(), self.spawn_supervisor(name, server));
                if was_running || new_config.mcp.startup.auto_start.contains(name) {
                    to_start.push(name.clone());
                }
            }
        }
        for name in to_start {
            if let Ok(handle) = self.handle(&name)
                && let Some(commands) = &handle.commands
            {
                let _ = commands.send(Command::Start);
            }
        }
        let event = ManagerEvent::ConfigReloaded {
            added,
            removed,
            changed,
        };
        let _ = self.shared.events.send(event.clone());
        event
    }

    /// Re-reads `mcp_servers.yaml` from the config directory and applies it (`/reload`). An
    /// invalid file changes nothing and returns its errors.
    pub async fn reload_from_disk(&self) -> Result<ManagerEvent, ConfigErrors> {
        let ConfigSource::Dir(dir) = self.config().source.clone() else {
            return Err(ConfigErrors(vec![ConfigError {
                file: "<embedded>".into(),
                position: None,
                key: String::new(),
                message: "Roxy runs on its built-in configuration; there is no file to reload"
                    .into(),
                hint: Some(
                    "start Roxy with --config DIR (or ROXY_CONFIG) to use editable files".into(),
                ),
            }]));
        };
        match Config::load_dir(&dir) {
            Ok(config) => Ok(self.reload(config).await),
            Err(errors) => {
                self.report_reload_failure(errors.to_string());
                Err(errors)
            }
        }
    }

    /// Watches the config directory and reloads `mcp_servers.yaml` shortly after it changes
    /// (edits are debounced). The watch lasts as long as the returned guard.
    pub fn watch_config(&self) -> Result<ConfigWatch, String> {
        let ConfigSource::Dir(dir) = self.config().source.clone() else {
            return Err(
                "Roxy runs on its built-in configuration; there is no file to watch".into(),
            );
        };
        let (changed_tx, mut changed_rx) = mpsc::unbounded_channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if let Ok(event) = event {
                    let touches_config = event.paths.iter().any(|p| {
                        p.file_name()
                            .is_some_and(|n| n == crate::config::MCP_SERVERS_FILE)
                    });
                    if touches_config && !matches!(event.kind, notify::EventKind::Access(_)) {
                        let _ = changed_tx.send(());
                    }
                }
            })
            .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        notify::Watcher::watch(&mut watcher, &dir, notify::RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        let manager = self.clone();
        let task = tokio::spawn(async move {
            while changed_rx.recv().await.is_some() {
                // Debounce: editors write a file in several steps.
                while let Ok(Some(())) =
                    tokio::time::timeout(CONFIG_DEBOUNCE, changed_rx.recv()).await
                {}
                let _ = manager.reload_from_disk().await;
            }
        });
        Ok(ConfigWatch {
            _watcher: watcher,
            task,
        })
    }

    /// Reports a configuration that could not be applied (the running one stays).
    pub fn report_reload_failure(&self, errors: String) {
        tracing::error!("config not reloaded, the running configuration stays:\n{errors}");
        let _ = self
            .shared
            .events
            .send(ManagerEvent::ConfigReloadFailed { errors });
    }
}

fn disabled_error(server: &str) -> McpError {
    McpError::Lookup(format!(
        "server `{server}` is disabled (`servers.{server}.enabled: false` in mcp_servers.yaml)"
    ))
}

/// "no tool `x`; did you mean `y`? (tools of `s`: a, b, c)"
fn unknown_message(kind: &str, wanted: &str, names: &[&str], list_name: &str) -> String {
    let suggestions = closest_names(wanted, names.iter().copied(), 3);
    let mut message = format!("no {kind} named `{wanted}`");
    if !suggestions.is_empty() {
        message.push_str(&format!("; did you mean `{}`?", suggestions.join("`, `")));
    }
    if names.is_empty() {
        message.push_str(&format!(" ({list_name}: none)"));
    } else if names.len() <= 30 {
        message.push_str(&format!(" ({list_name}: {})", names.join(", ")));
    }
    message
}

/// `server__tool`, restricted to `[A-Za-z0-9_-]` and 64 characters. A name that had to be
/// changed, or that collides with another, gets a hash of the original pair, so two different
/// tools never share a qualified name.
fn qualify(tools: Vec<(String, Tool)>) -> Vec<ToolInfo> {
    let mut taken = std::collections::HashSet::new();
    let mut infos = Vec::with_capacity(tools.len());
    for (server, tool) in tools {
        let plain = format!("{server}__{}", tool.name);
        let sanitized: String = plain
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let mut name =
            if sanitized == plain && plain.len() <= MAX_QUALIFIED_NAME && !taken.contains(&plain) {
                plain
            } else {
                hashed_name(&sanitized, &server, &tool.name, 0)
            };
        let mut salt = 1;
        while taken.contains(&name) {
            name = hashed_name(&sanitized, &server, &tool.name, salt);
            salt += 1;
        }
        taken.insert(name.clone());
        infos.push(ToolInfo {
            qualified_name: name,
            server,
            tool,
        });
    }
    infos
}

fn hashed_name(sanitized: &str, server: &str, tool: &str, salt: u32) -> String {
    let digest = Sha256::digest(format!("{server}\0{tool}\0{salt}").as_bytes());
    let suffix: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
    let keep = MAX_QUALIFIED_NAME - suffix.len() - 1;
    let prefix: String = sanitized.chars().take(keep).collect();
    format!("{prefix}_{suffix}")
}

/// Starts the transport a server's config names.
async fn start_transport(
    name: &str,
    server: &ServerConfig,
    config: &Config,
) -> Result<TransportHandle, McpError> {
    match server.transport {
        TransportKind::Stdio => transport::stdio::start(name, server, config).await,
        TransportKind::Http => transport::http::start(name, server).await,
        TransportKind::Sse => transport::sse::start(name, server).await,
        TransportKind::Python => super::python::start(name, server, config).await,
    }
}

/// How a run of a server ended.
enum RunEnd {
    Stopped(Option<oneshot::Sender<()>>),
    Restart,
    Crashed(String),
    Shutdown(oneshot::Sender<()>),
}

/// Owns one server's state machine. Runs until shutdown or until the manager drops its commands.
struct Supervisor {
    name: String,
    server: ServerConfig,
    config: Arc<Config>,
    events: broadcast::Sender<ManagerEvent>,
    elicitation: Arc<dyn ElicitationHandler>,
    snapshot: watch::Sender<ServerSnapshot>,
}

impl Supervisor {
    fn emit(&self, event: ManagerEvent) {
        match &event {
            ManagerEvent::Crashed { server, reason } => tracing::info!(server, "crashed: {reason}"),
            ManagerEvent::Failed { server, reason } => tracing::info!(server, "failed: {reason}"),
            ManagerEvent::Restarting {
                server,
                attempt,
                delay,
            } => tracing::info!(server, attempt, ?delay, "restarting"),
            other => tracing::debug!(?other, "server event"),
        }
        let _ = self.events.send(event);
    }

    /// The one place a server changes state: publishes the snapshot, updates the `up` gauge
    /// and tells subscribers (`started` and `restarting` carry more and are emitted where known).
    fn transition(&self, state: ServerState, reason: Option<String>) {
        self.set_state(state, reason.clone());
        let server = self.name.clone();
        let reason = reason.unwrap_or_default();
        let event = match state {
            ServerState::Stopped => ManagerEvent::Stopped { server },
            ServerState::Crashed => ManagerEvent::Crashed { server, reason },
            ServerState::Failed => ManagerEvent::Failed { server, reason },
            _ => return,
        };
        self.emit(event);
    }

    fn set_state(&self, state: ServerState, last_error: Option<String>) {
        self.snapshot.send_modify(|s| {
            s.state = state;
            if state != ServerState::Running {
                s.session = None;
                s.running_since = None;
            }
            if last_error.is_some() {
                s.last_error = last_error;
            }
        });
        metrics::gauge!("roxy_server_up", "server" => self.name.clone()).set(
            if state == ServerState::Running {
                1.0
            } else {
                0.0
            },
        );
    }

    fn backoff(&self) -> impl Iterator<Item = Duration> + use<> {
        let policy = self.server.restart_policy();
        let max = policy.max_backoff;
        backon::ExponentialBuilder::default()
            .with_min_delay(policy.initial_backoff)
            .with_max_delay(max)
            .with_factor(2.0)
            .with_jitter()
            .without_max_times()
            .build()
            .map(move |delay| delay.min(max))
    }

    async fn run(self, mut commands: mpsc::UnboundedReceiver<Command>) {
        let policy = self.server.restart_policy();
        let mut want_running = false;
        let mut after_crash = false;
        let mut attempt: u32 = 0;
        let mut delays = self.backoff();
        loop {
            if !want_running {
                match commands.recv().await {
                    None => return,
                    Some(Command::Start) | Some(Command::Restart) => {
                        want_running = true;
                        after_crash = false;
                        attempt = 0;
                        delays = self.backoff();
                    }
                    Some(Command::Stop(ack)) => {
                        let _ = ack.send(());
                    }
                    Some(Command::Shutdown(ack)) => {
                        let _ = ack.send(());
                        return;
                    }
                }
                continue;
            }

            self.transition(ServerState::Starting, None);
            let started = tokio::select! {
                started = self.start_session() => started,
                command = commands.recv() => {
                    // Dropping the start future tears the half-started transport down.
                    match command {
                        None | Some(Command::Shutdown(_)) => { self.transition(ServerState::Stopped, None); if let Some(Command::Shutdown(ack)) = command { let _ = ack.send(()); } return; }
                        Some(Command::Stop(ack)) => { self.transition(ServerState::Stopped, None); want_running = false; let _ = ack.send(()); continue; }
                        Some(Command::Restart) | Some(Command::Start) => continue,
                    }
                }
            };
            let crash_reason = match started {
                Ok(session) => {
                    let running_since = Instant::now();
                    match self.run_session(&session, &mut commands).await {
                        RunEnd::Stopped(ack) => {
                            session.close().await;
                            self.transition(ServerState::Stopped, None);
                            want_running = false;
                            if let Some(ack) = ack {
                                let _ = ack.send(());
                            }
                            continue;
                        }
                        RunEnd::Shutdown(ack) => {
                            session.close().await;
                            self.transition(ServerState::Stopped, None);
                            let _ = ack.send(());
                            return;
                        }
                        RunEnd::Restart => {
                            session.close().await;
                            after_crash = false;
                            attempt = 0;
                            delays = self.backoff();
                            continue;
                        }
                        RunEnd::Crashed(reason) => {
                            session.close().await;
                            if running_since.elapsed() >= policy.stable_after {
                                attempt = 0;
                                delays = self.backoff();
                            }
                            self.transition(ServerState::Crashed, Some(reason.clone()));
                            reason
                        }
                    }
                }
                Err((error, false)) if !after_crash => {
                    let reason = error.to_string();
                    self.transition(ServerState::Failed, Some(reason));
                    want_running = false;
                    continue;
                }
                Err((error, _)) => {
                    let reason = error.to_string();
                    self.transition(ServerState::Crashed, Some(reason.clone()));
                    reason
                }
            };

            // Crashed, or a restart after a crash failed: back off and try again, up to the limit.
            attempt += 1;
            if attempt > policy.max_retries {
                let reason = format!(
                    "gave up after {} restarts; last error: {crash_reason}",
                    policy.max_retries
                );
                self.transition(ServerState::Failed, Some(reason));
                want_running = false;
                continue;
            }
            let delay = delays.next().unwrap_or(policy.max_backoff);
            self.snapshot.send_modify(|s| s.restarts += 1);
            metrics::counter!("roxy_server_restarts_total", "server" => self.name.clone())
                .increment(1);
            self.transition(ServerState::Restarting, None);
            self.emit(ManagerEvent::Restarting {
                server: self.name.clone(),
                attempt,
                delay,
            });
            after_crash = true;
            tokio::select! {
                _ = tokio::time::sleep(delay) => {}
                command = commands.recv() => match command {
                    None => return,
                    Some(Command::Shutdown(ack)) => { self.transition(ServerState::Stopped, None); let _ = ack.send(()); return; }
                    Some(Command::Stop(ack)) => { self.transition(ServerState::Stopped, None); want_running = false; let _ = ack.send(()); }
                    Some(Command::Restart) => { after_crash = false; attempt = 0; delays = self.backoff(); }
                    Some(Command::Start) => {}
                },
            }
        }
    }

    /// Starts transport and session. The error says whether the handshake had completed:
    /// a server that never finished `initialize` is not worth restarting blindly, one that
    /// died afterwards has crashed.
    async fn start_session(&self) -> Result<McpSession, (McpError, bool)> {
        let handle = start_transport(&self.name, &self.server, &self.config)
            .await
            .map_err(|e| (e, false))?;
        let options = SessionOptions {
            server: self.name.clone(),
            request_timeout: self.server.request_timeout(),
            startup_timeout: self.server.startup_timeout(),
            roots: self.config.roots(),
            elicitation: Arc::clone(&self.elicitation),
        };
        let session = McpSession::connect(handle, options)
            .await
            .map_err(|e| (e, false))?;
        let tools = match self.fetch_tools(&session).await {
            Ok(tools) => tools,
            Err(error) => {
                session.close().await;
                return Err((error, true));
            }
        };
        let count = tools.len();
        self.snapshot.send_modify(|s| {
            s.state = ServerState::Running;
            s.session = Some(session.clone());
            s.tools = Arc::new(tools);
            s.running_since = Some(Instant::now());
        });
        metrics::gauge!("roxy_server_up", "server" => self.name.clone()).set(1.0);
        self.emit(ManagerEvent::Started {
            server: self.name.clone(),
            tools: count,
            pid: session.pid(),
        });
        Ok(session)
    }

    async fn fetch_tools(&self, session: &McpSession) -> Result<Vec<Tool>, McpError> {
        let offers_tools = session.initialize_result().capabilities.tools.is_some();
        if offers_tools {
            session.list_tools().await
        } else {
            Ok(Vec::new())
        }
    }

    /// Serves a running session until it ends; returns why.
    async fn run_session(
        &self,
        session: &McpSession,
        commands: &mut mpsc::UnboundedReceiver<Command>,
    ) -> RunEnd {
        let mut session_events = session.events();
        let interval = self.server.health_interval();
        let mut health = tokio::time::interval_at(
            tokio::time::Instant::now() + interval.max(Duration::from_millis(10)),
            interval.max(Duration::from_millis(10)),
        );
        health.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        if let Some(reason) = session.closed_reason() {
            return RunEnd::Crashed(reason);
        }
        loop {
            tokio::select! {
                command = commands.recv() => match command {
                    None => return RunEnd::Stopped(None),
                    Some(Command::Stop(ack)) => return RunEnd::Stopped(Some(ack)),
                    Some(Command::Shutdown(ack)) => return RunEnd::Shutdown(ack),
                    Some(Command::Restart) => return RunEnd::Restart,
                    Some(Command::Start) => {}
                },
                event = session_events.recv() => match event {
                    Ok(SessionEvent::Closed { reason }) => return RunEnd::Crashed(reason),
                    Ok(SessionEvent::ToolsChanged) => match self.fetch_tools(session).await {
                        Ok(tools) => {
                            let count = tools.len();
                            self.snapshot.send_modify(|s| s.tools = Arc::new(tools));
                            self.emit(ManagerEvent::ToolsChanged { server: self.name.clone(), tools: count });
                        }
                        Err(error) => tracing::warn!(server = self.name, "could not refresh the tool list: {error}"),
                    },
                    Ok(_) => {}
                    Err(broadcast::error::RecvError::Lagged(_)) => {}
                    Err(broadcast::error::RecvError::Closed) => return RunEnd::Crashed(session.closed_reason().unwrap_or_else(|| "the session ended".into())),
                },
                _ = health.tick(), if !interval.is_zero() => {
                    let timeout = interval.min(self.server.request_timeout()).max(Duration::from_millis(100));
                    if let Err(error) = session.ping(timeout).await {
                        metrics::counter!("roxy_health_check_failures_total", "server" => self.name.clone()).increment(1);
                        if session.closed_reason().is_none() {
                            return RunEnd::Crashed(format!("it did not answer a health-check ping ({error}); restarting it"));
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tool(name: &str) -> Tool {
        serde_json::from_value(serde_json::json!({ "name": name })).unwrap()
    }

    #[test]
    fn qualified_names_are_unique_valid_and_short() {
        let long = "x".repeat(80);
        let infos = qualify(vec![
            ("fs".into(), tool("read_file")),
            ("a__b".into(), tool("c")),
            ("a".into(), tool("b__c")),
            ("web.search".into(), tool("find")),
            ("web_search".into(), tool("find")),
            ("s".into(), tool(&long)),
        ]);
        let names: Vec<&str> = infos.iter().map(|i| i.qualified_name.as_str()).collect();
        assert_eq!(names[0], "fs__read_file");
        let unique: std::collections::HashSet<&&str> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        for name in &names {
            assert!(name.len() <= MAX_QUALIFIED_NAME, "{name}");
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'),
                "{name}"
            );
        }
    }

    #[test]
    fn unknown_names_come_with_suggestions() {
        let message = unknown_message(
            "tool",
            "read_fil",
            &["read_file", "write_file"],
            "tools of `fs`",
        );
        assert!(message.contains("did you mean `read_file`"), "{message}");
    }
}
