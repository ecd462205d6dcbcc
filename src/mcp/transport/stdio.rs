//! stdio transport: a child process speaking newline-delimited JSON-RPC on stdin/stdout.
//!
//! Each child runs in its own process group under a *keeper* (see [`keeper`]): a fork of the
//! spawned child that stays between Roxy and the server as a child subreaper and holds the read
//! end of a pipe whose write end only Roxy holds. When the server exits, or Roxy drops the
//! transport or dies for any reason (SIGKILL included: the kernel closes the pipe), the keeper
//! kills every process below it, including those that left the group with `setsid` (they are
//! re-parented to the keeper when their parent dies), then exits as the server did. So neither
//! `npx -> node` grandchildren nor a browser a server started outlive Roxy. The server also gets
//! the parent-death signal and leads its own process group (the keeper is outside it), so the
//! pid Roxy reports and signals is the server's.
//!
//! Why a keeper and not the alternatives: making Roxy itself a subreaper cannot help when Roxy
//! is SIGKILLed (the orphans go to init), a cgroup per server needs a delegated cgroup tree that
//! Roxy usually does not have, and a guardian beside the server (not above it) cannot find a
//! process that called `setsid`.
//!
//! Stdin is written by the task that sends a message, with a writer task only for what does
//! not fit into the pipe at once (see [`writer`]). Stdout is read by the session's own task as
//! it waits for the next message ([`StdoutEvents`]: no reader task, so an answer reaches its
//! caller with no hand-off; lines over `max_message_size` are rejected with an error naming the
//! request). One task owns each other pipe: a stderr reader that forwards to tracing and keeps the last lines for error messages (bytes
//! decoded lossily, lines cut at 8 KiB, read to EOF whatever arrives), and a monitor that
//! reports the exit (code + stderr tail) so in-flight calls fail at once.

use std::collections::{BTreeMap, VecDeque};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use futures::StreamExt;
use futures::stream::BoxStream;
use tokio::io::{AsyncBufRead, BufReader};
use tokio::process::{Child, ChildStdout, Command};
use tokio::sync::{oneshot, watch};

use super::error::TransportError;
use super::{Inbound, OutboundSender, TransportControl, TransportEvent, TransportHandle};
use crate::config::{Config, ServerConfig};
use crate::mcp::error::McpError;
use crate::mcp::protocol::JsonRpcMessage;
use crate::mcp::transport::framing::{
    ID_PREFIX_BYTES, Line, read_line_capped, request_id_in_prefix,
};
use crate::sync::lock;

mod keeper;
mod writer;

/// Lines of stderr kept for error messages.
const STDERR_TAIL_LINES: usize = 20;
/// A kept stderr line is cut to this many characters.
const STDERR_LINE_CHARS: usize = 400;
/// A stderr line is read up to this many bytes; the rest of a longer one is dropped.
const STDERR_LINE_BYTES: usize = 8 * 1024;
/// Environment variables every child inherits; anything else must be named in `env_vars`.
const INHERITED_ENV: [&str; 10] = [
    "HOME", "LOGNAME", "PATH", "SHELL", "TERM", "USER", "LANG", "LC_ALL", "TMPDIR", "TZ",
];
/// How long stop waits after closing stdin, and again after SIGTERM.
const STOP_GRACE: Duration = Duration::from_secs(2);

/// Everything needed to spawn one stdio server.
#[derive(Debug, Clone)]
pub struct StdioParams {
    pub server: String,
    pub command: String,
    pub args: Vec<String>,
    /// Variables set for the child (after the inherited ones).
    pub env: BTreeMap<String, String>,
    /// Names of Roxy's own variables passed through.
    pub env_vars: Vec<String>,
    pub cwd: PathBuf,
    pub max_message_size: usize,
}

impl StdioParams {
    /// Reads the params of server `name` from config; relative `cwd` and commands containing a
    /// `/` are resolved against the project root, which is also the default working directory.
    pub fn from_config(
        name: &str,
        server: &ServerConfig,
        config: &Config,
    ) -> Result<StdioParams, McpError> {
        let command = server
            .command
            .clone()
            .ok_or_else(|| McpError::StartFailed {
                server: name.to_string(),
                message: "no `command` configured".into(),
            })?;
        let command = if command.contains('/') {
            config.resolve_path(command.as_ref()).display().to_string()
        } else {
            command
        };
        Ok(StdioParams {
            server: name.to_string(),
            command,
            args: server.args.clone(),
            env: server.env.clone(),
            env_vars: server.env_vars.clone(),
            cwd: server
                .cwd
                .as_deref()
                .map_or_else(|| config.base_dir.clone(), |c| config.resolve_path(c)),
            max_message_size: server.max_message_size(),
        })
    }

    /// What keeps the server from starting that can be seen without starting it: a working
    /// directory or a program that is not there; `None` when it may start.
    pub fn missing(&self) -> Option<String> {
        if !self.cwd.is_dir() {
            return Some(format!(
                "its working directory {} does not exist (set `cwd:` to one that does)",
                self.cwd.display()
            ));
        }
        if self.command.contains('/') {
            let exists = std::path::Path::new(&self.command).is_file();
            return (!exists).then(|| "no such file: check the path".to_string());
        }
        // The PATH the child gets: its own `env:` one, else Roxy's.
        let path = self
            .env
            .get("PATH")
            .map(std::ffi::OsString::from)
            .or_else(|| std::env::var_os("PATH"))?;
        let found = std::env::split_paths(&path).any(|dir| dir.join(&self.command).is_file());
        (!found).then(|| "it is not installed, or not on PATH".to_string())
    }
}

/// Starts server `name` from its config.
pub async fn start(
    name: &str,
    server: &ServerConfig,
    config: &Config,
) -> Result<TransportHandle, McpError> {
    spawn(StdioParams::from_config(name, server, config)?).await
}

/// Spawns the server under its keeper and starts the I/O tasks.
pub async fn spawn(params: StdioParams) -> Result<TransportHandle, McpError> {
    let start_failed = |message: String| McpError::StartFailed {
        server: params.server.clone(),
        message,
    };
    let mut command = Command::new(&params.command);
    command
        .args(&params.args)
        .env_clear()
        .envs(
            INHERITED_ENV
                .iter()
                .filter_map(|k| std::env::var_os(k).map(|v| (k.to_string(), v))),
        )
        .envs(
            params
                .env_vars
                .iter()
                .filter_map(|k| std::env::var_os(k).map(|v| (k.clone(), v))),
        )
        .envs(&params.env)
        .current_dir(&params.cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let (guard_read, guard_write) =
        guard_pipe().map_err(|e| start_failed(format!("cannot create the keeper's pipe: {e}")))?;
    let guard = guard_read.as_raw_fd();
    // SAFETY: `keeper::split` only makes async-signal-safe calls, and `guard` stays open in
    // this process until spawn has returned.
    unsafe {
        command.pre_exec(move || keeper::split(guard));
    }
    let spawned = command.spawn();
    drop(guard_read);
    let mut child = spawned.map_err(|e| {
        start_failed(match params.missing() {
            Some(missing) => format!("cannot run `{}`: {missing}", params.command),
            None => format!(
                "cannot run `{}` in {}: {e}",
                params.command,
                params.cwd.display()
            ),
        })
    })?;
    // Returning early from here on drops `guard_write`: the keeper then kills the server.
    let keeper_pid = child
        .id()
        .ok_or_else(|| start_failed("the child exited before it could be watched".into()))?;
    // The server leads its own group; a server that already exited leaves the keeper's pid.
    let pid = keeper::server_pid(keeper_pid).unwrap_or(keeper_pid);
    let (stdin, stdout, stderr) =
        match (child.stdin.take(), child.stdout.take(), child.stderr.take()) {
            (Some(stdin), Some(stdout), Some(stderr)) => (stdin, stdout, stderr),
            _ => return Err(start_failed("the child's pipes are missing".into())),
        };

    let stderr_tail = Arc::new(Mutex::new(VecDeque::with_capacity(STDERR_TAIL_LINES)));
    let (stdout_done_tx, stdout_done_rx) = oneshot::channel();
    let (stderr_done_tx, stderr_done_rx) = oneshot::channel();
    let (exit_tx, exit_rx) = watch::channel(None);
    let (close_stdin_tx, close_stdin_rx) = oneshot::channel();

    let stdin = writer::start(params.server.clone(), stdin, close_stdin_rx)
        .map_err(|e| start_failed(format!("cannot set up the server's stdin: {e}")))?;
    let stdout = StdoutEvents {
        server: params.server.clone(),
        reader: BufReader::with_capacity(1 << 16, stdout),
        max_message_size: params.max_message_size,
        ready: VecDeque::new(),
        stdout_done: Some(stdout_done_tx),
        exit: exit_rx.clone(),
    };
    {
        let (server, tail) = (params.server.clone(), Arc::clone(&stderr_tail));
        tokio::spawn(async move {
            read_stderr(&server, BufReader::new(stderr), &tail).await;
            let _ = stderr_done_tx.send(());
        });
    }
    tokio::spawn(monitor_exit(
        params.server.clone(),
        child,
        exit_tx,
        stdout_done_rx,
        stderr_done_rx,
        stderr_tail,
    ));

    let control = StdioControl {
        pid,
        exit: exit_rx,
        close_stdin: Mutex::new(Some(close_stdin_tx)),
        keeper: Mutex::new(Some(guard_write)),
    };
    Ok(TransportHandle {
        outbound: OutboundSender::Direct(Arc::new(stdin)),
        inbound: Inbound::Stream(stdout.into_stream()),
        control: Box::new(control),
    })
}

/// The keeper's pipe: the read end goes to the keeper, the write end stays in Roxy only (both
/// close on exec, so the server and every other child of Roxy never hold them).
fn guard_pipe() -> std::io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: pipe2 fills two new descriptors; both are owned right after.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: the descriptors were just created and are owned by nothing else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

fn kill_group(pgid: u32, signal: i32) -> std::io::Result<()> {
    // SAFETY: killpg has no memory-safety preconditions.
    if unsafe { libc::killpg(pgid as i32, signal) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// The server's stdout as the session reads it: newline-delimited messages and batches (a batch
/// is routed element by element, in order), what is not JSON-RPC 2.0 skipped, oversized lines
/// rejected with an error naming the request; after stdout ends (or the server exits while
/// something else holds stdout open) the exit, with its code and stderr tail. Read by the
/// session's own task, so nothing here waits on another task.
struct StdoutEvents {
    server: String,
    reader: BufReader<ChildStdout>,
    max_message_size: usize,
    /// Events of a batch line not yet handed out.
    ready: VecDeque<TransportEvent>,
    /// Told when stdout ends, so the monitor reports the exit only after the last line.
    stdout_done: Option<oneshot::Sender<()>>,
    /// Why the server is gone, once the monitor knows.
    exit: watch::Receiver<Option<String>>,
}

impl StdoutEvents {
    fn into_stream(self) -> BoxStream<'static, TransportEvent> {
        futures::stream::unfold(Some(self), |state| async move {
            let mut state = state?;
            match state.next_event().await {
                TransportEvent::Closed { reason } => {
                    Some((TransportEvent::Closed { reason }, None))
                }
                event => Some((event, Some(state))),
            }
        })
        .boxed()
    }

    /// The next event; the last one is always `Closed`.
    async fn next_event(&mut self) -> TransportEvent {
        loop {
            if let Some(event) = self.ready.pop_front() {
                return event;
            }
            if self.stdout_done.is_none() {
                return closed_when_known(self.exit.clone()).await;
            }
            // Stdout first: lines the server wrote before exiting are delivered before its exit.
            // Losing a partly read line when the exit wins does not matter: nothing follows.
            let line = tokio::select! {
                biased;
                line = read_line_capped(&mut self.reader, self.max_message_size, ID_PREFIX_BYTES) => line,
                event = closed_when_known(self.exit.clone()) => return event,
            };
            match line {
                Ok(Some(Line::Complete(line))) => self.parse(&line),
                Ok(Some(Line::TooLong { prefix, length })) => {
                    let error = TransportError::LineTooLong {
                        server: self.server.clone(),
                        length,
                        limit: self.max_message_size,
                    };
                    tracing::warn!(server = self.server, "{error}");
                    let id = request_id_in_prefix(&prefix);
                    return TransportEvent::SendFailed { id, error };
                }
                Ok(None) => self.end_of_stdout(),
                Err(e) => {
                    tracing::warn!(server = self.server, "reading stdout failed: {e}");
                    self.end_of_stdout();
                }
            }
        }
    }

    fn end_of_stdout(&mut self) {
        if let Some(done) = self.stdout_done.take() {
            let _ = done.send(());
        }
    }

    /// Queues the messages of one line.
    fn parse(&mut self, line: &[u8]) {
        let server = self.server.as_str();
        // Checking first is cheaper than `from_utf8_lossy`'s chunk walk on valid lines.
        let text = match std::str::from_utf8(line) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(line),
        };
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let messages = match JsonRpcMessage::parse_line(text) {
            Ok(messages) => messages,
            Err(error) => {
                let shown = without_control_characters(&text.chars().take(200).collect::<String>());
                tracing::warn!(
                    server,
                    "skipped a stdout line that is not JSON-RPC ({error}): {shown}"
                );
                return;
            }
        };
        for message in messages {
            match message {
                Ok(message) => self.ready.push_back(TransportEvent::Message(message)),
                Err(error) => {
                    let shown =
                        without_control_characters(&text.chars().take(200).collect::<String>());
                    tracing::warn!(server, "skipped a message on stdout ({error}): {shown}");
                }
            }
        }
    }
}

/// `Closed` with the monitor's reason, once it has one (or a plain reason if the monitor is gone).
async fn closed_when_known(mut exit: watch::Receiver<Option<String>>) -> TransportEvent {
    let reason = match exit.wait_for(Option::is_some).await {
        Ok(reason) => reason.clone().unwrap_or_default(),
        Err(_) => "the server's monitor stopped".to_string(),
    };
    TransportEvent::Closed { reason }
}

/// Forwards stderr to tracing line by line and keeps the last lines for error messages. Reads
/// bytes, not text: invalid UTF-8 is decoded lossily, an over-long line is cut to its first
/// `STDERR_LINE_BYTES`, and reading goes on to EOF so the server never writes into a closed pipe.
async fn read_stderr(
    server: &str,
    mut reader: impl AsyncBufRead + Unpin,
    tail: &Mutex<VecDeque<String>>,
) {
    loop {
        let (bytes, length) =
            match read_line_capped(&mut reader, STDERR_LINE_BYTES, STDERR_LINE_BYTES).await {
                Ok(Some(Line::Complete(line))) => {
                    let length = line.len();
                    (line, length)
                }
                Ok(Some(Line::TooLong { prefix, length })) => (prefix, length),
                Ok(None) => return,
                Err(e) => {
                    tracing::debug!(server, "reading stderr failed: {e}");
                    return;
                }
            };
        let text = String::from_utf8_lossy(&bytes);
        let text = without_control_characters(text.trim_end_matches('\r'));
        let cut = |kept: usize| {
            if kept < length {
                format!(" … (cut from {length} bytes)")
            } else {
                String::new()
            }
        };
        tracing::info!(target: "roxy::server_stderr", server, "{text}{}", cut(bytes.len()));
        let kept: String = text.chars().take(STDERR_LINE_CHARS).collect();
        let kept = format!("{kept}{}", cut(kept.len()));
        let mut tail = lock(tail);
        if tail.len() == STDERR_TAIL_LINES {
            tail.pop_front();
        }
        tail.push_back(kept);
    }
}

/// A server's text as Roxy shows it (a log line, the stderr tail in `roxy servers`): control
/// characters written as escapes (`\u{1b}`), so a server cannot clear the terminal, recolour
/// it, retitle it or fake a row of the status table. Tabs stay.
fn without_control_characters(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                c.escape_debug().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Waits for the child to exit (or to close stdout), lets the readers drain, then reports the
/// close with the exit status and the stderr tail.
async fn monitor_exit(
    server: String,
    mut child: Child,
    exit: watch::Sender<Option<String>>,
    mut stdout_done: oneshot::Receiver<()>,
    stderr_done: oneshot::Receiver<()>,
    stderr_tail: Arc<Mutex<VecDeque<String>>>,
) {
    let drain = Duration::from_millis(500);
    let status = tokio::select! {
        status = child.wait() => {
            let _ = tokio::time::timeout(drain, &mut stdout_done).await;
            status.ok()
        }
        _ = &mut stdout_done => tokio::time::timeout(drain, child.wait()).await.ok().and_then(Result::ok),
    };
    let _ = tokio::time::timeout(drain, stderr_done).await;
    let description = match status {
        Some(status) => describe_exit(status),
        None => "closed its stdout but is still running".to_string(),
    };
    let tail = tail_text(&stderr_tail);
    let reason = if tail.is_empty() {
        description
    } else {
        format!("{description}; last stderr: {tail}")
    };
    tracing::debug!(server, "{reason}");
    let _ = exit.send(Some(reason));
    if status.is_none() {
        // Still running without stdout: keep waiting so it is reaped when it ends.
        let _ = child.wait().await;
    }
}

fn describe_exit(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exited with code {code}"),
        (None, Some(signal)) => format!("was killed by signal {signal}"),
        _ => "exited".to_string(),
    }
}

fn tail_text(tail: &Mutex<VecDeque<String>>) -> String {
    let tail = lock(tail);
    let lines: Vec<&str> = tail
        .iter()
        .rev()
        .take(5)
        .rev()
        .map(String::as_str)
        .collect();
    lines.join(" | ")
}

struct StdioControl {
    pid: u32,
    exit: watch::Receiver<Option<String>>,
    close_stdin: Mutex<Option<oneshot::Sender<()>>>,
    /// Dropping this write end makes the keeper kill the server and everything below it.
    keeper: Mutex<Option<OwnedFd>>,
}

impl StdioControl {
    async fn wait_exit(&self, within: Duration) -> bool {
        let mut exit = self.exit.clone();
        tokio::time::timeout(within, exit.wait_for(Option::is_some))
            .await
            .is_ok_and(|r| r.is_ok())
    }
}

#[async_trait]
impl TransportControl for StdioControl {
    async fn shutdown(&self) {
        let close = lock(&self.close_stdin).take();
        if let Some(close) = close {
            let _ = close.send(());
            if !self.wait_exit(STOP_GRACE).await {
                let _ = kill_group(self.pid, libc::SIGTERM);
                if !self.wait_exit(STOP_GRACE).await {
                    drop(lock(&self.keeper).take());
                    self.wait_exit(STOP_GRACE).await;
                }
            }
        }
        // The keeper SIGKILLs whatever is left below it (it already did if the server exited).
        drop(lock(&self.keeper).take());
    }

    fn pid(&self) -> Option<u32> {
        Some(self.pid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mcp::protocol::RequestId;
    use crate::mcp::transport::Outbound;

    /// Stdout is read by whoever reads the transport's events (the session's task), not by a
    /// task of the transport's own that hands each message over: starting a connection leaves
    /// exactly the stdin writer, the stderr reader and the exit monitor running, and a line
    /// the server writes still arrives (`cat` echoes the request back), followed by the exit.
    #[tokio::test]
    async fn no_task_stands_between_stdout_and_the_reader_of_events() {
        let metrics = tokio::runtime::Handle::current().metrics();
        let before = metrics.num_alive_tasks();
        let mut handle = spawn(StdioParams {
            server: "echo".into(),
            command: "cat".into(),
            args: vec![],
            env: BTreeMap::new(),
            env_vars: vec![],
            cwd: std::env::temp_dir(),
            max_message_size: 1 << 20,
        })
        .await
        .expect("cat starts");
        assert_eq!(
            metrics.num_alive_tasks() - before,
            3,
            "tasks of one stdio connection: stdin writer, stderr reader, exit monitor"
        );
        let request = JsonRpcMessage::request(RequestId::Number(7), "ping", None);
        let sent = handle.outbound.send(Outbound {
            message: request.clone(),
            retry_safe: true,
        });
        assert!(sent.await.is_ok());
        let echoed = tokio::time::timeout(Duration::from_secs(10), handle.inbound.recv()).await;
        assert!(
            matches!(echoed, Ok(Some(TransportEvent::Message(ref m))) if *m == request),
            "{echoed:?}"
        );
        handle.control.shutdown().await;
        let closed = tokio::time::timeout(Duration::from_secs(10), handle.inbound.recv()).await;
        assert!(
            matches!(closed, Ok(Some(TransportEvent::Closed { .. }))),
            "{closed:?}"
        );
    }
}
