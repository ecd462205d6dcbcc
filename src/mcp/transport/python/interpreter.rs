//! The one embedded CPython all python servers share: set up once (venv, logging, the bridge
//! module), with one thread running a persistent asyncio event loop.
//!
//! Messages for Python go into the [`Inbox`], a queue plus a wake-up socket the event loop
//! watches (`loop.add_reader`), and the loop thread drains it. Messages from Python arrive
//! through a [`LineSink`] that pushes onto an unbounded channel, so Python never waits for Rust.
//!
//! A tool call needs no other thread when the loop is idle: the loop is owned ([`LoopOwnership`])
//! by its thread except while that thread waits for events, and a Tokio thread that finds it
//! unowned runs the call's loop iterations itself (`Connection.feed_inline` in bridge.py), and
//! takes the answer back with it when the call is done by then (no [`LineSink`], no reader task).
//! On this machine's VMs waking an idle thread costs ~150 µs of CPU, about five times the call
//! itself (see README, "Benchmarks"). A caller that finds the loop owned queues the message as
//! above; it never waits for the loop, only (briefly) for the GIL.

use std::collections::VecDeque;
use std::ffi::CString;
use std::io::{ErrorKind, Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

use pyo3::prelude::*;
use pyo3::types::{PyModule, PyString};
use pyo3_async_runtimes::TaskLocals;
use tokio::sync::mpsc;

use super::venv;
use crate::mcp::transport::framing::ID_PREFIX_BYTES;
use crate::sync::lock;

/// The Python half of the bridge, built into the binary.
const BRIDGE_SOURCE: &str = include_str!("bridge.py");

/// The interpreter as set up by the first python server to start.
pub struct Interpreter {
    /// The venv whose site-packages are on `sys.path`, if any.
    pub venv: Option<PathBuf>,
    pub bridge: Py<PyModule>,
    pub inbox: Py<Inbox>,
    /// Which thread may run the event loop's code right now.
    pub ownership: Py<LoopOwnership>,
    /// The event loop, for awaiting coroutines from Rust.
    pub event_loop: TaskLocals,
}

static INTERPRETER: Mutex<Option<Arc<Interpreter>>> = Mutex::new(None);

fn lock_interpreter() -> MutexGuard<'static, Option<Arc<Interpreter>>> {
    lock(&INTERPRETER)
}

/// The version (major, minor) of the Python Roxy embeds, read from the linked library's
/// `Py_Version` without starting the interpreter: a command that only checks a venv (every
/// `roxy ask` with the venv Roxy manages) does not pay the interpreter's start (~40 ms).
pub fn embedded_version() -> (u8, u8) {
    // SAFETY: `Py_Version` is a constant libpython exports (3.11 and later), readable before the
    // interpreter is initialized.
    let hex = unsafe { pyo3::ffi::Py_Version };
    let byte = |shift: u32| ((hex >> shift) & 0xff) as u8;
    (byte(24), byte(16))
}

/// The shared interpreter, set up with `venv` on first use. Blocks (imports, thread start):
/// call from a blocking thread. A venv of another Python version, or another venv than the one
/// already in use, is an error that names both.
pub fn shared(venv: Option<&Path>) -> Result<Arc<Interpreter>, String> {
    let mut slot = lock_interpreter();
    super::home::initialize();
    let checked = venv
        .map(|root| venv::inspect(root, embedded_version()))
        .transpose()?;
    if let Some(running) = slot.as_ref() {
        if running.venv.as_deref() != venv {
            return Err(format!(
                "the embedded Python already uses {}; every python server shares one venv, so \
                 restart Roxy to switch to {}",
                describe_venv(running.venv.as_deref()),
                describe_venv(venv)
            ));
        }
        return Ok(Arc::clone(running));
    }
    let interpreter = Python::attach(|py| set_up(py, checked.as_ref()))
        .map_err(|e| format!("setting up the embedded Python failed: {e}"))?;
    let interpreter = Arc::new(interpreter);
    *slot = Some(Arc::clone(&interpreter));
    Ok(interpreter)
}

fn describe_venv(venv: Option<&Path>) -> String {
    venv.map_or_else(
        || "no venv".to_string(),
        |path| format!("the venv {}", path.display()),
    )
}

fn set_up(py: Python<'_>, venv: Option<&venv::Venv>) -> PyResult<Interpreter> {
    let sys = py.import("sys")?;
    if !sys.hasattr("argv")? {
        sys.setattr("argv", vec!["roxy"])?;
    }
    // Server modules are re-imported on restart; stale bytecode must never win over an edit.
    sys.setattr("dont_write_bytecode", true)?;
    let source = CString::new(BRIDGE_SOURCE)?;
    let bridge = PyModule::from_code(py, &source, c"<roxy>/bridge.py", c"roxy_bridge")?;
    if let Some(venv) = venv {
        bridge.call_method1(
            "use_venv",
            (
                venv.root.display().to_string(),
                venv.site_packages.display().to_string(),
                venv.include_system_site_packages,
            ),
        )?;
    }
    bridge.call_method1("install_log_handler", (wrap_pyfunction!(log_record, py)?,))?;
    bridge.call_method0("refuse_exits")?;

    let (wake_reader, wake_writer) = UnixStream::pair()?;
    wake_reader.set_nonblocking(true)?;
    wake_writer.set_nonblocking(true)?;
    let reader_fd = wake_reader.as_raw_fd();
    let inbox = Py::new(
        py,
        Inbox {
            commands: Mutex::new(VecDeque::new()),
            wake_reader,
            wake_writer,
        },
    )?;

    // Owned from the start by the loop thread, which hands it over in its first wait.
    let ownership = Py::new(py, LoopOwnership::owned())?;
    let event_loop = bridge.call_method1("new_event_loop", (ownership.clone_ref(py),))?;
    event_loop.call_method1("add_reader", (reader_fd, inbox.bind(py).getattr("drain")?))?;
    let loop_for_thread = event_loop.clone().unbind();
    std::thread::Builder::new()
        .name("roxy-python".into())
        .spawn(move || run_event_loop(loop_for_thread))?;

    Ok(Interpreter {
        venv: venv.map(|v| v.root.clone()),
        bridge: bridge.unbind(),
        inbox,
        ownership,
        event_loop: TaskLocals::new(event_loop),
    })
}

/// The body of the interpreter thread: runs the event loop for the rest of the process.
fn run_event_loop(event_loop: Py<PyAny>) {
    Python::attach(|py| {
        let event_loop = event_loop.bind(py);
        let set = py
            .import("asyncio")
            .and_then(|asyncio| asyncio.call_method1("set_event_loop", (event_loop,)));
        if let Err(error) = set {
            tracing::error!(target: "roxy::python", "the embedded Python event loop did not start: {error}");
            return;
        }
        // A task that raises `SystemExit` (`raise SystemExit` in a tool; `sys.exit` is refused
        // by the bridge) ends `run_forever`; run it again, so one tool stops no other server.
        loop {
            let Err(error) = event_loop.call_method0("run_forever") else {
                return;
            };
            if !error.is_instance_of::<pyo3::exceptions::PySystemExit>(py) {
                tracing::error!(target: "roxy::python", "the embedded Python event loop stopped: {error}");
                return;
            }
            tracing::error!(target: "roxy::python", "an embedded Python task raised SystemExit; the event loop goes on");
        }
    });
}

/// Something for the event loop thread to do.
pub enum LoopCommand {
    /// Hand one JSON-RPC message to a connection (`Connection.feed`).
    Feed {
        connection: Arc<Py<PyAny>>,
        line: String,
    },
    /// End a connection (`Connection.close`).
    Close { connection: Arc<Py<PyAny>> },
}

/// Work queued for the event loop, plus the socket pair that wakes it.
#[pyclass(frozen)]
pub struct Inbox {
    commands: Mutex<VecDeque<LoopCommand>>,
    wake_reader: UnixStream,
    wake_writer: UnixStream,
}

impl Inbox {
    /// Queues `command` and wakes the event loop; never waits for Python. Only a push onto an
    /// empty queue writes the wake-up byte: a non-empty queue already has a wake-up pending, or
    /// a [`Inbox::drain`] under way that takes the queue after clearing the socket, so a burst
    /// of concurrent calls costs one syscall and one loop wake-up, not one per call.
    pub fn push(&self, command: LoopCommand) {
        let was_empty = {
            let mut queue = self.queue();
            queue.push_back(command);
            queue.len() == 1
        };
        if !was_empty {
            return;
        }
        // A full socket buffer means a wake-up is already pending, so the byte is not needed.
        if let Err(error) = (&self.wake_writer).write(&[1])
            && error.kind() != ErrorKind::WouldBlock
        {
            tracing::error!(target: "roxy::python", "cannot wake the embedded Python event loop: {error}");
        }
    }

    /// Whether commands wait for the event loop.
    pub fn has_commands(&self) -> bool {
        !self.queue().is_empty()
    }

    fn queue(&self) -> MutexGuard<'_, VecDeque<LoopCommand>> {
        lock(&self.commands)
    }
}

#[pymethods]
impl Inbox {
    /// Runs on the event loop thread when the wake-up socket is readable: clears the wake-up
    /// bytes first (so a push racing with this call wakes the loop again), then runs every
    /// queued command.
    fn drain(&self, py: Python<'_>) {
        let mut bytes = [0u8; 256];
        while matches!((&self.wake_reader).read(&mut bytes), Ok(n) if n > 0) {}
        let commands: Vec<LoopCommand> = self.queue().drain(..).collect();
        for command in commands {
            let result = match &command {
                LoopCommand::Feed { connection, line } => {
                    connection.bind(py).call_method1("feed", (line.as_str(),))
                }
                LoopCommand::Close { connection } => connection.bind(py).call_method0("close"),
            };
            if let Err(error) = result {
                tracing::error!(target: "roxy::python", "the embedded Python bridge failed: {error}");
            }
        }
    }
}

/// Gives the calling thread a Python thread state it keeps for its whole life, unless it holds
/// the GIL now. Without one, every `Python::attach` on a thread Python did not start creates a
/// thread state (`PyGILState_Ensure`) and deletes it when it lets go, with the 16 KiB frame stack
/// mapped and unmapped again: measured, one `PyThreadState_New` and one `mmap`/`munmap` pair
/// per embedded call answered in place on a Tokio worker. Kept, a later attach only takes the
/// GIL. A thread that exits leaves its state behind (a few KiB, never used again): Tokio's
/// workers, which send the calls, live as long as the runtime.
pub fn keep_thread_state() {
    thread_local! {
        static KEPT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    KEPT.with(|kept| {
        // SAFETY: the interpreter is initialized (a shared `Interpreter` exists to call this
        // for). `PyGILState_Check` is 0 when this thread holds no GIL, so no `Python` token
        // of this thread is alive: `PyGILState_Ensure` makes this thread's state and takes the
        // GIL, and `PyEval_SaveThread` gives the GIL back while the state, its count left at
        // one, stays for the next `PyGILState_Ensure` (pyo3's attach) to find.
        if !kept.get() && unsafe { pyo3::ffi::PyGILState_Check() } == 0 {
            unsafe {
                pyo3::ffi::PyGILState_Ensure();
                pyo3::ffi::PyEval_SaveThread();
            }
            kept.set(true);
        }
    });
}

/// Which thread may run the shared event loop's code: its own thread, except while that
/// thread waits for events (bridge.py's `SharedSelector` releases and re-acquires it around the
/// wait), or a Tokio thread that took it meanwhile to answer a call in place.
///
/// Lines the servers write while the loop is owned are held until its owner lets go, and sent
/// then, under the same lock: a caller that gets an answer and sends its next call at once
/// finds the loop free and runs that call in place. (Sent as they were written, a caller could
/// keep arriving while the loop thread finished its round after the answer, and every one of
/// its calls went the queued way: seen as a flaky `tests/python_inline.rs`.) Taken out and sent
/// under one lock, lines of two owners in turn keep their order.
#[pyclass(frozen)]
pub struct LoopOwnership {
    state: Mutex<Ownership>,
    released: Condvar,
}

struct Ownership {
    owned: bool,
    /// The loop thread waits in [`LoopOwnership::acquire`] (so a release must wake it).
    loop_waits: bool,
    /// Lines written while the loop was owned, each with the channel it goes to.
    held: Vec<(mpsc::UnboundedSender<FromServer>, FromServer)>,
}

impl LoopOwnership {
    fn owned() -> LoopOwnership {
        LoopOwnership {
            state: Mutex::new(Ownership {
                owned: true,
                loop_waits: false,
                held: Vec::new(),
            }),
            released: Condvar::new(),
        }
    }

    /// Takes ownership if nobody has it; never waits.
    pub fn try_take(&self) -> bool {
        let mut state = lock(&self.state);
        !std::mem::replace(&mut state.owned, true)
    }

    /// Gives ownership up and sends the lines held meanwhile, waking the loop thread if it
    /// waits to take it back (and only then: a wake-up is a syscall).
    pub fn give_back(&self) {
        let mut state = lock(&self.state);
        state.owned = false;
        for (lines, line) in state.held.drain(..) {
            // The receiver is gone only when the transport has been dropped; nothing waits.
            let _ = lines.send(line);
        }
        if state.loop_waits {
            self.released.notify_one();
        }
    }

    /// Sends `line` to `lines` now if nobody owns the loop, else when its owner lets go.
    fn deliver(&self, lines: &mpsc::UnboundedSender<FromServer>, line: FromServer) {
        let mut state = lock(&self.state);
        if state.owned {
            state.held.push((lines.clone(), line));
        } else {
            let _ = lines.send(line);
        }
    }
}

#[pymethods]
impl LoopOwnership {
    /// The loop thread, before it waits for events.
    fn release(&self) {
        self.give_back();
    }

    /// The loop thread, after its wait: takes ownership back, waiting (without the GIL, which
    /// the owner needs) while a Tokio thread runs a call.
    fn acquire(&self, py: Python<'_>) {
        if self.try_take() {
            return;
        }
        py.detach(|| {
            let mut state = lock(&self.state);
            state.loop_waits = true;
            while state.owned {
                state = self
                    .released
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
            state.owned = true;
            state.loop_waits = false;
        });
    }
}

/// What a connection's Python side reports.
#[derive(Debug)]
pub enum FromServer {
    /// A line the SDK wrote: one JSON-RPC message.
    Line(String),
    /// A line longer than `max_message_size`: its first bytes (to find the request it answers)
    /// and its length; the rest is never copied out of Python.
    TooLong { prefix: Vec<u8>, length: usize },
    /// The connection ended, and why.
    Ended(String),
}

/// The `emit` callable a connection's stdout writes through.
#[pyclass(frozen)]
pub struct LineSink {
    pub lines: mpsc::UnboundedSender<FromServer>,
    /// Longer lines are reported as [`FromServer::TooLong`] (`max_message_size`).
    pub max_message_size: usize,
    /// The interpreter's loop ownership, which holds lines while the loop is owned.
    pub ownership: Py<LoopOwnership>,
}

impl FromServer {
    /// `line`, written by the SDK: a [`FromServer::Line`], or [`FromServer::TooLong`] past
    /// `max_message_size` bytes.
    pub fn of_line(line: &Bound<'_, PyString>, max_message_size: usize) -> FromServer {
        let text = line.to_string_lossy();
        if text.len() > max_message_size {
            let prefix = text.as_bytes()[..text.len().min(ID_PREFIX_BYTES)].to_vec();
            FromServer::TooLong {
                prefix,
                length: text.len(),
            }
        } else {
            FromServer::Line(text.into_owned())
        }
    }
}

#[pymethods]
impl LineSink {
    fn __call__(&self, line: &Bound<'_, PyString>) {
        self.ownership.get().deliver(
            &self.lines,
            FromServer::of_line(line, self.max_message_size),
        );
    }
}

/// Python `logging` records, delivered into Roxy's log.
#[pyfunction]
fn log_record(level: u32, logger: &str, message: &str) {
    match level {
        40.. => tracing::error!(target: "roxy::python", logger, "{message}"),
        30..40 => tracing::warn!(target: "roxy::python", logger, "{message}"),
        20..30 => tracing::info!(target: "roxy::python", logger, "{message}"),
        10..20 => tracing::debug!(target: "roxy::python", logger, "{message}"),
        _ => tracing::trace!(target: "roxy::python", logger, "{message}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(received: Result<FromServer, mpsc::error::TryRecvError>) -> String {
        match received {
            Ok(FromServer::Line(text)) => text,
            other => panic!("expected a line, got {other:?}"),
        }
    }

    /// A line written while the loop is owned waits for its owner to let go, and held lines go
    /// out in the order they were written; one written while nobody owns the loop goes at once.
    #[test]
    fn lines_written_while_the_loop_is_owned_go_out_when_it_is_given_back() {
        let ownership = LoopOwnership::owned();
        let (lines, mut received) = mpsc::unbounded_channel();
        let line = |text: &str| FromServer::Line(text.to_string());
        let mut held_until_given_back = |written: &[&str]| {
            for text in written {
                ownership.deliver(&lines, line(text));
            }
            assert!(
                received.try_recv().is_err(),
                "sent while the loop was owned"
            );
            ownership.give_back();
            for expected in written {
                assert_eq!(text(received.try_recv()), *expected);
            }
        };
        held_until_given_back(&["first", "second"]);
        assert!(ownership.try_take());
        held_until_given_back(&["held again"]);
        ownership.deliver(&lines, line("nobody owns the loop"));
        assert_eq!(text(received.try_recv()), "nobody owns the loop");
    }
}
