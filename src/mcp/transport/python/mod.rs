//! Embedded Python MCP servers (`transport: python`): FastMCP-style modules served inside Roxy's
//! own process by one shared CPython, with no subprocess and no pipe.
//!
//! [`start`] imports the module afresh (so a restart picks up edits), finds its server object by
//! type (`mcp` 2.x `MCPServer`, `mcp` 1.x `FastMCP`, `fastmcp` `FastMCP`) and serves MCP on it:
//! the SDK's own stdio code runs over in-memory line streams, so the JSON a session sees is
//! exactly what the same module would print over stdio, and sessions, timeouts, cancellation and
//! the manager treat python servers like every other transport. See README.md, "Python servers inside Roxy".

mod home;
mod imports;
mod interpreter;
pub mod managed;
mod venv;

use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use futures::StreamExt;
use futures::stream::BoxStream;
use pyo3::prelude::*;
use pyo3::types::{IntoPyDict, PyModule, PyString};
use tokio::sync::{mpsc, oneshot, watch};

use crate::config::duration::format_duration;
use crate::config::{Config, DATA_DIR_VARIABLE, ServerConfig};
use crate::mcp::error::McpError;
use crate::mcp::protocol::JsonRpcMessage;
use crate::mcp::transport::error::TransportError;
use crate::mcp::transport::{
    DirectOutbound, Inbound, Outbound, OutboundClosed, OutboundSender, TransportControl,
    TransportEvent, TransportHandle, framing,
};
use imports::{Environment, Imports};
pub(crate) use interpreter::embedded_version;
use interpreter::{FromServer, Interpreter, LineSink, LoopCommand};

/// Roxy's own servers (module name, source), built in so they also run without a checkout
/// (embedded config): system tools, the knowledge-graph memory, and the voice engines (whose
/// packages live in a venv of their own; see README "Voice").
const BUILT_IN_MODULES: [(&str, &str); 3] = [
    (
        "roxy_system",
        include_str!("../../../../python_servers/roxy_system.py"),
    ),
    (
        "roxy_memory",
        include_str!("../../../../python_servers/roxy_memory.py"),
    ),
    (
        "roxy_voice",
        include_str!("../../../../python_servers/roxy_voice.py"),
    ),
];

/// The directory under the project root that `module: NAME` is looked up in.
const PYTHON_SERVERS_DIR: &str = "python_servers";

/// How long `shutdown` waits for the server's Python task to finish after cancelling it.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Starts the python server `name`: imports its module and returns the session's ends of an
/// in-process MCP connection to it. Import errors, a missing or ambiguous server object and an
/// unusable venv are [`McpError::StartFailed`] with a message that says what to fix.
pub async fn start(
    name: &str,
    server: &ServerConfig,
    config: &Config,
) -> Result<TransportHandle, McpError> {
    let failed = |message: String| McpError::StartFailed {
        server: name.to_string(),
        message,
    };
    let module = ServerModule::resolve(server, config).map_err(failed)?;
    let origin = module.origin.clone();
    // Before the start-up deadline: building the venv the first time takes as long as pip does.
    prepare(config, false).await.map_err(failed)?;
    let venv = venv::configured_venv(config);
    let environment = server_environment(config).map_err(failed)?;
    let object = server.object.clone();
    let max_message_size = server.max_message_size();
    let (lines, from_server) = mpsc::unbounded_channel();
    let sink_lines = lines.clone();

    let startup_timeout = server.startup_timeout();
    let deadline = tokio::time::Instant::now() + startup_timeout;
    let too_long = |what: String| {
        failed(format!(
            "{what} took longer than {}{}; raise `servers.{name}.startup_timeout` in \
             mcp_servers.yaml if it needs longer",
            format_duration(startup_timeout),
            IMPORTS.describe_others(&origin)
        ))
    };
    let importing = tokio::time::timeout_at(deadline, IMPORTS.admit(&origin, &environment))
        .await
        .map_err(|_| too_long("waiting for other python servers' imports to finish".into()))?;
    // A thread nothing waits for at exit: an import that never returns keeps only itself.
    let opening = detached("roxy-python-import", move || {
        let _importing = importing;
        open_connection(
            Some(&venv),
            &module,
            object.as_deref(),
            environment,
            sink_lines,
            max_message_size,
        )
    })
    .map_err(failed)?;
    let opened = tokio::time::timeout_at(deadline, opening)
        .await
        .map_err(|_| too_long(format!("importing {origin}")))?
        .map_err(|_| {
            failed(format!(
                "importing {origin} failed: the import thread panicked"
            ))
        })?
        .map_err(failed)?;

    let (ended_tx, ended) = watch::channel(false);
    tokio::spawn(report_end(opened.served, lines));
    Ok(TransportHandle {
        outbound: OutboundSender::Direct(Arc::new(ToServer {
            server: name.into(),
            connection: Arc::clone(&opened.connection),
            max_message_size,
        })),
        inbound: Inbound::Stream(events_from_server(
            name.to_string(),
            max_message_size,
            from_server,
            ended_tx,
        )),
        control: Box::new(PythonControl {
            server: name.to_string(),
            connection: opened.connection,
            ended,
        }),
    })
}

/// The venv python servers import packages from under `config`, and whether it is the one
/// Roxy manages in its data directory.
pub fn venv_in_use(config: &Config) -> (PathBuf, bool) {
    let venv = venv::configured_venv(config);
    let managed = venv == managed::managed_dir(config);
    (venv, managed)
}

/// Builds or updates the venv Roxy manages in its data directory ([`managed`]) when the config
/// uses it (no `python.venv`, no project `.venv`, no `VIRTUAL_ENV`) and it is missing, stale or
/// `force` is set; `None` when the config uses a venv of its own. Progress goes to stderr.
pub async fn prepare(config: &Config, force: bool) -> Result<Option<managed::Outcome>, String> {
    let dir = managed::managed_dir(config);
    if venv::configured_venv(config) != dir {
        return Ok(None);
    }
    tokio::task::spawn_blocking(move || {
        managed::ensure(&dir, embedded_version(), force, &mut |line| {
            eprintln!("roxy: {line}")
        })
    })
    .await
    .map_err(|e| format!("setting up the Python venv stopped: {e}"))?
    .map(Some)
}

/// Where a server's module comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ServerModule {
    /// The name it is imported as (`sys.modules` key).
    name: String,
    /// A file to execute (`path:`, or `python_servers/NAME.py`).
    file: Option<PathBuf>,
    /// Source to execute when there is no file (a built-in module).
    source: Option<&'static str>,
    /// Put on `sys.path` first, so the module can import its neighbours.
    search_dir: PathBuf,
    /// How error messages name the module.
    origin: String,
}

impl ServerModule {
    /// `path: FILE.py`, else `module: NAME` as `python_servers/NAME.py`, else a built-in
    /// module of that name, else NAME imported from `python_servers/` (packages) or the venv.
    fn resolve(server: &ServerConfig, config: &Config) -> Result<ServerModule, String> {
        let servers_dir = config.base_dir.join(PYTHON_SERVERS_DIR);
        if let Some(path) = &server.path {
            let file = config.resolve_path(path);
            if !file.is_file() {
                return Err(format!("{} does not exist", file.display()));
            }
            let name = file
                .file_stem()
                .and_then(|stem| stem.to_str())
                .ok_or_else(|| format!("{} has no usable module name", file.display()))?
                .to_string();
            let search_dir = file
                .parent()
                .map_or_else(|| servers_dir.clone(), Path::to_path_buf);
            return Ok(ServerModule {
                name,
                origin: file.display().to_string(),
                file: Some(file),
                source: None,
                search_dir,
            });
        }
        let name = server
            .module
            .clone()
            .ok_or("a python server needs `module: NAME` or `path: FILE.py`")?;
        let file = servers_dir.join(format!("{name}.py"));
        let built_in = BUILT_IN_MODULES
            .iter()
            .find(|(module, _)| *module == name)
            .map(|(_, source)| *source);
        Ok(if file.is_file() {
            ServerModule {
                origin: file.display().to_string(),
                file: Some(file),
                source: None,
                search_dir: servers_dir,
                name,
            }
        } else if let Some(source) = built_in {
            ServerModule {
                origin: format!("<built-in>/{PYTHON_SERVERS_DIR}/{name}.py"),
                file: None,
                source: Some(source),
                search_dir: servers_dir,
                name,
            }
        } else {
            ServerModule {
                origin: format!(
                    "module `{name}` (looked up in {} and the venv)",
                    servers_dir.display()
                ),
                file: None,
                source: None,
                search_dir: servers_dir,
                name,
            }
        })
    }
}

/// Environment variables set before a module is imported: Roxy's data directory and the roots
/// file tools may search, `os.pathsep`-separated.
fn server_environment(config: &Config) -> Result<Environment, String> {
    let roots = std::env::join_paths(config.roots()).map_err(|e| {
        format!("the roots in mcp_servers.yaml cannot be passed on in ROXY_ROOTS: {e}")
    })?;
    Ok(vec![
        (DATA_DIR_VARIABLE, config.data_dir().display().to_string()),
        ("ROXY_ROOTS", roots.to_string_lossy().into_owned()),
    ])
}

/// The bridge's `Connection` object; closed when the last holder lets go, so a transport that
/// is dropped (or a start that was given up on) never leaves a server running.
struct ConnectionGuard {
    interpreter: Arc<Interpreter>,
    connection: Arc<Py<PyAny>>,
}

impl ConnectionGuard {
    fn feed(&self, line: String) {
        self.interpreter.inbox.get().push(LoopCommand::Feed {
            connection: Arc::clone(&self.connection),
            line,
        });
    }

    /// Answers `line` on this thread if it is a `tools/call` the bridge answers directly and
    /// the event loop is idle (see [`interpreter::LoopOwnership`]): no other thread is woken.
    /// The answer, when the call is done before this returns, is handed back for the sender to
    /// route itself rather than written to the connection's lines (no hand-off to the session's
    /// reader task either).
    fn answer_in_place(&self, line: &str, max_message_size: usize) -> InPlace {
        let ownership = self.interpreter.ownership.get();
        if !ownership.try_take() {
            return InPlace::NotTaken;
        }
        interpreter::keep_thread_state();
        let outcome = Python::attach(|py| {
            let event_loop = self.interpreter.event_loop.event_loop(py);
            let outcome = self
                .connection
                .bind(py)
                .call_method1("feed_inline", (line, &event_loop))?;
            let taken = match outcome.cast::<PyString>() {
                Ok(answer) => InPlace::Answered(FromServer::of_line(answer, max_message_size)),
                Err(_) if outcome.extract::<bool>()? => InPlace::Pending,
                Err(_) => InPlace::NotTaken,
            };
            // What other threads queued while this one held the loop runs here too, before the
            // loop is given back. A failure there is not this call's: its answer stands.
            let inbox = self.interpreter.inbox.bind(py);
            if inbox.get().has_commands() {
                let drained = inbox.getattr("drain").and_then(|drain| {
                    let bridge = self.interpreter.bridge.bind(py);
                    bridge.call_method1("drain_in_place", (drain, event_loop))
                });
                if let Err(error) = drained {
                    tracing::error!(target: "roxy::python", "running queued work in place failed: {error}");
                }
            }
            Ok::<_, PyErr>(taken)
        });
        ownership.give_back();
        outcome.unwrap_or_else(|error| {
            tracing::error!(target: "roxy::python", "answering a call in place failed: {error}");
            InPlace::NotTaken
        })
    }

    fn close(&self) {
        self.interpreter.inbox.get().push(LoopCommand::Close {
            connection: Arc::clone(&self.connection),
        });
    }
}

impl Drop for ConnectionGuard {
    fn drop(&mut self) {
        self.close();
    }
}

/// What became of a tool call offered to [`ConnectionGuard::answer_in_place`].
enum InPlace {
    /// Not taken (the loop was busy, or the call needs the SDK's session): feed it the usual way.
    NotTaken,
    /// Started on this thread, awaiting more: its answer comes with the connection's lines.
    Pending,
    /// Answered on this thread: the answer, not written to the connection's lines.
    Answered(FromServer),
}

/// Resolves to the reason string `Connection.serve` returns when the connection ends.
type Served = Pin<Box<dyn Future<Output = PyResult<Py<PyAny>>> + Send>>;

/// A connection whose Python side is being served on the event loop.
struct OpenedConnection {
    connection: Arc<ConnectionGuard>,
    served: Served,
}

/// The imports of server modules under way.
static IMPORTS: Imports = Imports::new();

/// Runs `work` on a thread of its own and hands back its result. Nothing ever joins the thread
/// (unlike `spawn_blocking`, which the runtime waits for when it shuts down), so Python that never
/// returns holds up neither the caller, which can give up waiting, nor Roxy's exit.
fn detached<T: Send + 'static>(
    name: &str,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<oneshot::Receiver<T>, String> {
    let (done, result) = oneshot::channel();
    std::thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            let _ = done.send(work());
        })
        .map_err(|e| format!("cannot start a thread for the embedded Python: {e}"))?;
    Ok(result)
}

/// Imports the module, finds the server object and schedules `Connection.serve` on the event
/// loop. Blocking: runs on a thread of its own, recorded in [`IMPORTS`].
fn open_connection(
    venv: Option<&Path>,
    module: &ServerModule,
    object: Option<&str>,
    environment: Environment,
    lines: mpsc::UnboundedSender<FromServer>,
    max_message_size: usize,
) -> Result<OpenedConnection, String> {
    let interpreter = interpreter::shared(venv)?;
    Python::attach(|py| {
        let bridge = interpreter.bridge.bind(py);
        let opened = || -> PyResult<OpenedConnection> {
            let server = bridge.call_method1(
                "load_server",
                (
                    &module.name,
                    module.file.as_ref().map(|f| f.display().to_string()),
                    module.source,
                    &module.origin,
                    object,
                    module.search_dir.display().to_string(),
                    environment.into_py_dict(py)?,
                    BUILT_IN_MODULES.map(|(name, _)| name),
                ),
            )?;
            let sink = LineSink {
                lines,
                max_message_size,
                ownership: interpreter.ownership.clone_ref(py),
            };
            let sink = Py::new(py, sink)?;
            let connection = bridge.call_method1("Connection", (server, sink))?;
            let serving = connection.call_method0("serve")?;
            let served =
                pyo3_async_runtimes::into_future_with_locals(&interpreter.event_loop, serving)?;
            Ok(OpenedConnection {
                connection: Arc::new(ConnectionGuard {
                    interpreter: Arc::clone(&interpreter),
                    connection: Arc::new(connection.unbind()),
                }),
                served: Box::pin(served),
            })
        };
        opened().map_err(|error| start_error_message(bridge, &error))
    })
}

/// The message of a failed start: the bridge's `StartError` text as is (it says what to fix),
/// anything else with its traceback.
fn start_error_message(bridge: &Bound<'_, PyModule>, error: &PyErr) -> String {
    let py = bridge.py();
    let is_start_error = bridge
        .getattr("StartError")
        .is_ok_and(|start_error| error.matches(py, start_error).unwrap_or(false));
    if is_start_error {
        return error.value(py).to_string();
    }
    let traceback = error
        .traceback(py)
        .and_then(|traceback| traceback.format().ok())
        .unwrap_or_default();
    format!("{traceback}{error}")
}

/// Waits (without the GIL) for the connection's `serve` coroutine to return, then queues why the
/// connection ended behind the lines it wrote.
async fn report_end(served: Served, lines: mpsc::UnboundedSender<FromServer>) {
    let outcome = served.await;
    let reason = detached("roxy-python-end", move || {
        Python::attach(|py| match outcome {
            Ok(reason) => reason
                .extract::<String>(py)
                .unwrap_or_else(|_| "the Python server stopped serving".to_string()),
            Err(error) => format!("the Python server stopped: {error}"),
        })
    });
    let reason = match reason {
        Ok(reason) => reason
            .await
            .unwrap_or_else(|_| "the Python server stopped".to_string()),
        Err(error) => format!("the Python server stopped ({error})"),
    };
    let _ = lines.send(FromServer::Ended(reason));
}

/// The lines the SDK writes as transport events, in order, ending with `Closed`; read by the
/// session's own task, so an answer goes from the interpreter thread to the session with no task
/// in between. `ended` is set once the connection's end has been read.
fn events_from_server(
    server: String,
    max_message_size: usize,
    from_server: mpsc::UnboundedReceiver<FromServer>,
    ended: watch::Sender<bool>,
) -> BoxStream<'static, TransportEvent> {
    let server: Arc<str> = server.into();
    let state = Some((from_server, ended));
    futures::stream::unfold(state, move |state| {
        let server = Arc::clone(&server);
        async move {
            let (mut from_server, ended) = state?;
            while let Some(item) = from_server.recv().await {
                if let Some(event) = to_event(&server, max_message_size, item) {
                    if matches!(event, TransportEvent::Closed { .. }) {
                        let _ = ended.send(true);
                        return Some((event, None));
                    }
                    return Some((event, Some((from_server, ended))));
                }
            }
            let _ = ended.send(true);
            None
        }
    })
    .boxed()
}

/// One line (or the end) from the SDK as a transport event; `None` for a blank or malformed line.
fn to_event(server: &str, max_message_size: usize, item: FromServer) -> Option<TransportEvent> {
    match item {
        FromServer::Line(line) if line.trim().is_empty() => None,
        FromServer::Line(line) => match JsonRpcMessage::parse(&line) {
            Ok(message) => Some(TransportEvent::Message(message)),
            Err(error) => {
                tracing::warn!(
                    server,
                    "skipping a malformed message from the Python server: {error}"
                );
                None
            }
        },
        FromServer::TooLong { prefix, length } => {
            let error = TransportError::LineTooLong {
                server: server.to_string(),
                length,
                limit: max_message_size,
            };
            tracing::warn!(server, "{error}");
            Some(TransportEvent::SendFailed {
                id: framing::request_id_in_prefix(&prefix),
                error,
            })
        }
        FromServer::Ended(reason) => Some(TransportEvent::Closed { reason }),
    }
}

/// The session's end of the connection: each message is queued for the event loop by the
/// task that sends it (the queue never waits for Python), with no hand-off to another task; a
/// tool call the idle loop can answer is answered by that task's thread, and the answer handed
/// back to it.
struct ToServer {
    server: Arc<str>,
    connection: Arc<ConnectionGuard>,
    max_message_size: usize,
}

impl DirectOutbound for ToServer {
    fn send_now(&self, outbound: Outbound) -> Result<(), OutboundClosed> {
        self.connection.feed(outbound.message.to_json());
        Ok(())
    }

    fn send_request_now(
        &self,
        outbound: Outbound,
    ) -> Result<Option<TransportEvent>, OutboundClosed> {
        let tool_call = matches!(&outbound.message,
            JsonRpcMessage::Request { method, .. } if method == "tools/call");
        if !tool_call {
            return self.send_now(outbound).map(|()| None);
        }
        let line = outbound.message.to_json();
        Ok(
            match self
                .connection
                .answer_in_place(&line, self.max_message_size)
            {
                InPlace::NotTaken => {
                    self.connection.feed(line);
                    None
                }
                InPlace::Pending => None,
                InPlace::Answered(answer) => to_event(&self.server, self.max_message_size, answer),
            },
        )
    }
}

/// Shuts an embedded connection down: cancels the server's work for it on the event loop.
struct PythonControl {
    server: String,
    connection: Arc<ConnectionGuard>,
    ended: watch::Receiver<bool>,
}

#[async_trait]
impl TransportControl for PythonControl {
    async fn shutdown(&self) {
        self.connection.close();
        let mut ended = self.ended.clone();
        if tokio::time::timeout(SHUTDOWN_GRACE, ended.wait_for(|ended| *ended))
            .await
            .is_err()
        {
            tracing::warn!(
                server = self.server,
                "the Python server ignored cancellation for {}; leaving it behind",
                format_duration(SHUTDOWN_GRACE)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use crate::config::{Config, ConfigSource};
    use crate::mcp::error::McpError;
    use crate::mcp::manager::McpManager;

    /// The version read without starting the interpreter is the one the interpreter reports,
    /// and the one the venv checks compare against.
    #[test]
    fn the_embedded_version_is_the_interpreters() {
        super::home::initialize();
        let reported = super::Python::attach(|py| {
            let version = py.version_info();
            (version.major, version.minor)
        });
        assert_eq!(super::embedded_version(), reported);
    }

    /// The bridge answers a method no SDK handles with JSON-RPC's "method not found". Only a
    /// session can send an arbitrary method, and sessions are private to the crate, so this is
    /// checked here rather than in tests/python.rs.
    #[tokio::test]
    async fn an_unknown_method_is_method_not_found() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let data = tempfile::tempdir().expect("temp dir");
        let servers = format!(
            "servers:\n  mcp2: {{ transport: python, path: \"{}\" }}\n",
            root.join("tests/fixtures/python/mcp2_server.py").display()
        );
        let roxy = format!(
            "data_dir: \"{}\"\npython: {{ venv: \"{}\" }}\n",
            data.path().display(),
            root.join(".venv").display()
        );
        let config = Config::from_texts(
            ConfigSource::Embedded,
            root.to_path_buf(),
            ("mcp_servers.yaml", &servers),
            Some(("roxy.yaml".into(), &roxy)),
        )
        .unwrap_or_else(|e| panic!("test config does not load: {e}"));
        let manager = McpManager::new(Arc::new(config));
        let session = manager.ready_session("mcp2").await.expect("mcp2 starts");
        let unknown = session.request("no/such/method", None).await;
        manager.shutdown().await;
        assert!(
            matches!(unknown, Err(McpError::Rpc { code: -32601, .. })),
            "{unknown:?}"
        );
    }
}
