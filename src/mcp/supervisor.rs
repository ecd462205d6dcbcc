//! The per-server supervisor: one task per enabled server alone owns its state machine
//! (`stopped -> starting -> running -> (crashed -> restarting) -> running | failed`). It starts
//! the transport and session, watches for the connection closing (a child's exit is seen at once,
//! no polling), pings every `health_interval` and restarts a hung server, and restarts crashed
//! ones with exponential backoff and jitter until `max_retries`. The manager sends it
//! [`Command`]s and reads the `ServerSnapshot` it publishes.

use std::sync::Arc;
use std::time::{Duration, Instant};

use backon::BackoffBuilder;
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::{broadcast, mpsc, oneshot, watch};

use crate::config::duration::format_duration;
use crate::config::{Config, ServerConfig, TransportKind};
use crate::mcp::elicitation::ElicitationHandler;
use crate::mcp::error::McpError;
use crate::mcp::protocol::Tool;
use crate::mcp::sampling::SamplingHandler;
use crate::mcp::session::{AnswerFilter, McpSession, SessionEvent, SessionOptions};
use crate::mcp::state::{ManagerEvent, ServerSnapshot, ServerState};
use crate::mcp::tool_index::clean_tool_list;
use crate::mcp::transport::{self, TransportHandle};

/// What the manager asks of a server's supervisor.
pub(crate) enum Command {
    Start,
    Restart,
    Stop(oneshot::Sender<()>),
    Shutdown(oneshot::Sender<()>),
}

/// Starts the supervisor task of one enabled server (it waits, stopped, for its first
/// [`Command`]); returns the channel to command it and the snapshots it publishes.
/// `answer_filter` screens what its sessions answer to the server's own requests.
pub(crate) fn spawn_supervisor(
    name: &str,
    server: &ServerConfig,
    config: Arc<Config>,
    events: broadcast::Sender<ManagerEvent>,
    elicitation: Arc<dyn ElicitationHandler>,
    sampling: Option<Arc<dyn SamplingHandler>>,
    answer_filter: Option<AnswerFilter>,
) -> (
    mpsc::UnboundedSender<Command>,
    watch::Receiver<ServerSnapshot>,
) {
    let (commands_tx, commands_rx) = mpsc::unbounded_channel();
    let (snapshot_tx, snapshot_rx) = watch::channel(ServerSnapshot::new(ServerState::Stopped));
    let supervisor = Supervisor {
        name: name.to_string(),
        server: server.clone(),
        config,
        events,
        elicitation,
        sampling,
        answer_filter,
        snapshot: snapshot_tx,
    };
    tokio::spawn(supervisor.run(commands_rx));
    (commands_tx, snapshot_rx)
}

/// Starts the transport a server's config names.
async fn start_transport(
    name: &str,
    server: &ServerConfig,
    config: &Config,
) -> Result<TransportHandle, McpError> {
    if let Some(problem) = &server.unstartable {
        return Err(McpError::StartFailed {
            server: name.to_string(),
            message: problem.to_string(),
        });
    }
    match server.transport {
        TransportKind::Stdio => transport::stdio::start(name, server, config).await,
        TransportKind::Http => transport::http::start(name, server).await,
        TransportKind::Sse => transport::sse::start(name, server).await,
        TransportKind::Python => transport::python::start(name, server, config).await,
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
    sampling: Option<Arc<dyn SamplingHandler>>,
    answer_filter: Option<AnswerFilter>,
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
            ServerState::Failed | ServerState::NeedsLogin => {
                ManagerEvent::Failed { server, reason }
            }
            _ => return,
        };
        self.emit(event);
    }

    fn set_state(&self, state: ServerState, last_error: Option<String>) {
        self.snapshot.send_modify(|s| {
            s.state = state;
            if state == ServerState::Starting {
                s.starts += 1;
            }
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
                        self.forget_last_error();
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
            // A command that arrives first drops the start future, which tears the half-started
            // transport down.
            let started = tokio::select! {
                started = self.start_session() => started,
                command = commands.recv() => match command {
                    None => return self.stop_now(None),
                    Some(Command::Shutdown(ack)) => return self.stop_now(Some(ack)),
                    Some(Command::Stop(ack)) => {
                        self.stop_now(Some(ack));
                        want_running = false;
                        continue;
                    }
                    Some(Command::Restart) | Some(Command::Start) => continue,
                },
            };
            let crash_reason = match started {
                Ok(session) => {
                    let running_since = Instant::now();
                    match self.run_session(&session, &mut commands).await {
                        RunEnd::Stopped(ack) => {
                            session.close().await;
                            self.stop_now(ack);
                            want_running = false;
                            continue;
                        }
                        RunEnd::Shutdown(ack) => {
                            session.close().await;
                            return self.stop_now(Some(ack));
                        }
                        RunEnd::Restart => {
                            session.close().await;
                            self.forget_last_error();
                            after_crash = false;
                            attempt = 0;
                            delays = self.backoff();
                            continue;
                        }
                        RunEnd::Crashed(reason) => {
                            // The state says so first: stopping a hung process takes its grace
                            // period, during which `running` would be false and new calls would
                            // fail instead of waiting for the restart.
                            self.transition(ServerState::Crashed, Some(reason.clone()));
                            // Calls in flight learn why (e.g. a failed health check), not just
                            // that the process went away when it was killed.
                            session.close_because(&reason).await;
                            if running_since.elapsed() >= policy.stable_after {
                                attempt = 0;
                                delays = self.backoff();
                            }
                            reason
                        }
                    }
                }
                Err((error, false)) if !after_crash => {
                    let reason = error.to_string();
                    let state = if error.needs_login() {
                        ServerState::NeedsLogin
                    } else {
                        ServerState::Failed
                    };
                    self.transition(state, Some(reason));
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
                    Some(Command::Shutdown(ack)) => return self.stop_now(Some(ack)),
                    Some(Command::Stop(ack)) => {
                        self.stop_now(Some(ack));
                        want_running = false;
                    }
                    Some(Command::Restart) => {
                        self.forget_last_error();
                        after_crash = false;
                        attempt = 0;
                        delays = self.backoff();
                    }
                    Some(Command::Start) => {}
                },
            }
        }
    }

    /// A start or restart someone asked for begins afresh: the error of the run before is not
    /// shown beside the new one's state (`running` next to "gave up after 3 restarts").
    fn forget_last_error(&self) {
        self.snapshot.send_modify(|s| s.last_error = None);
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
            sampling: self.sampling.clone(),
            answer_filter: self.answer_filter.clone(),
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
        let count = self.offered(&tools);
        // Up before the snapshot says so: whoever waits for `Running` may read the metrics next.
        metrics::gauge!("roxy_server_up", "server" => self.name.clone()).set(1.0);
        self.snapshot.send_modify(|s| {
            s.state = ServerState::Running;
            s.session = Some(session.clone());
            s.tools = Arc::new(tools);
            s.running_since = Some(Instant::now());
        });
        self.emit(ManagerEvent::Started {
            server: self.name.clone(),
            tools: count,
            pid: session.pid(),
        });
        Ok(session)
    }

    /// How many of the server's tools its `enabled_tools` / `disabled_tools` leave to call:
    /// the count events say ("started (2 tools)"), as `/servers` and `roxy tools` count.
    fn offered(&self, tools: &[Tool]) -> usize {
        tools
            .iter()
            .filter(|tool| self.server.allows_tool(&tool.name))
            .count()
    }

    async fn fetch_tools(&self, session: &McpSession) -> Result<Vec<Tool>, McpError> {
        let offers_tools = session.initialize_result().capabilities.tools.is_some();
        if offers_tools {
            let tools = session.list_tools().await?;
            Ok(clean_tool_list(&self.name, tools))
        } else {
            Ok(Vec::new())
        }
    }

    /// Publishes the server's new tool list after it said the list changed.
    async fn refresh_tools(&self, session: &McpSession) {
        match self.fetch_tools(session).await {
            Ok(tools) => {
                let count = self.offered(&tools);
                self.snapshot.send_modify(|s| s.tools = Arc::new(tools));
                self.emit(ManagerEvent::ToolsChanged {
                    server: self.name.clone(),
                    tools: count,
                });
            }
            Err(error) => tracing::warn!(
                server = self.name,
                "could not refresh the tool list: {error}"
            ),
        }
    }

    /// Pings the server; a server that is still connected but does not answer has hung, and
    /// the run ends as a crash (a closed connection is reported by the session's events).
    async fn check_health(&self, session: &McpSession, interval: Duration) -> Option<RunEnd> {
        let request_timeout = self.server.request_timeout();
        let timeout = interval
            .min(request_timeout)
            .max(Duration::from_millis(100));
        let error = session.ping(timeout).await.err()?;
        metrics::counter!("roxy_health_check_failures_total", "server" => self.name.clone())
            .increment(1);
        session.closed_reason().is_none().then(|| {
            RunEnd::Crashed(match error {
                McpError::Timeout { .. } => {
                    // The ping waits the shorter of the two settings: name the one that fired.
                    let setting = if interval <= request_timeout {
                        "health_interval"
                    } else {
                        "request_timeout"
                    };
                    format!(
                        "it did not answer a health-check ping within {}, so Roxy is restarting it; if it can be busy for longer, raise `servers.{}.{setting}` in mcp_servers.yaml (`health_interval: 0s` turns health checks off)",
                        format_duration(timeout),
                        self.name
                    )
                }
                error => format!(
                    "its health-check ping failed ({error}), so Roxy is restarting it"
                ),
            })
        })
    }

    /// Stops the server on command: publishes `stopped` and acknowledges the command, if it
    /// came with an acknowledgement.
    fn stop_now(&self, ack: Option<oneshot::Sender<()>>) {
        self.transition(ServerState::Stopped, None);
        if let Some(ack) = ack {
            let _ = ack.send(());
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
                    Ok(SessionEvent::ToolsChanged) => self.refresh_tools(session).await,
                    Ok(_) | Err(RecvError::Lagged(_)) => {}
                    Err(RecvError::Closed) => return RunEnd::Crashed(ended_reason(session)),
                },
                _ = health.tick(), if !interval.is_zero() => {
                    if let Some(end) = self.check_health(session, interval).await {
                        return end;
                    }
                }
            }
        }
    }
}

/// Why a session whose events ended is gone.
fn ended_reason(session: &McpSession) -> String {
    session
        .closed_reason()
        .unwrap_or_else(|| "the session ended".into())
}
