//! The server's stdin. A message is written by the task that sends it, as one nonblocking
//! `write` of its line: the common case needs no hand-off to another task and no wake-up, as a
//! client that writes its request itself. What does not fit into the pipe right now (a large
//! message, a server that stopped reading) is queued and written by the writer task, which owns
//! the pipe until its queue is empty; messages sent meanwhile queue behind, so lines never
//! interleave and stay in order. Closing (shutdown, or the session dropping its sender) drops
//! the pipe, so a well-behaved server sees EOF.

use std::os::fd::{AsRawFd, RawFd};
use std::sync::{Arc, Mutex};

use tokio::io::AsyncWriteExt;
use tokio::process::ChildStdin;
use tokio::sync::{Notify, oneshot};

use crate::mcp::transport::{DirectOutbound, Outbound, OutboundClosed};
use crate::sync::lock;

/// The session's end: sends messages; closes stdin when the last clone is dropped.
pub(super) struct StdinSender {
    shared: Arc<Shared>,
}

struct Shared {
    server: String,
    state: Mutex<State>,
    /// Wakes the writer task: something was queued, or stdin is to be closed.
    wake: Notify,
}

struct State {
    /// The pipe's descriptor while it is open; written directly only while `queued` is empty
    /// and the writer task is not writing.
    fd: Option<RawFd>,
    /// Bytes for the writer task, in order.
    queued: Vec<u8>,
    /// The writer task owns the pipe (it is writing what was queued).
    busy: bool,
    /// Stdin is to be closed once what is queued has been written (the sender was dropped, or
    /// a write failed); shutdown closes it at once instead.
    closing: bool,
}

/// Takes over `stdin`: returns the sender for the session and runs the writer task until
/// stdin is closed by `close` (shutdown), by the sender being dropped, or by a failed write.
pub(super) fn start(
    server: String,
    stdin: ChildStdin,
    close: oneshot::Receiver<()>,
) -> std::io::Result<StdinSender> {
    let fd = stdin.as_raw_fd();
    set_nonblocking(fd)?;
    let shared = Arc::new(Shared {
        server,
        state: Mutex::new(State {
            fd: Some(fd),
            queued: Vec::new(),
            busy: false,
            closing: false,
        }),
        wake: Notify::new(),
    });
    tokio::spawn(write_queued(Arc::clone(&shared), stdin, close));
    Ok(StdinSender { shared })
}

fn set_nonblocking(fd: RawFd) -> std::io::Result<()> {
    // SAFETY: fcntl on a descriptor this process owns (the child's stdin pipe).
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    // SAFETY: as above.
    if flags < 0 || unsafe { libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

impl DirectOutbound for StdinSender {
    fn send_now(&self, outbound: Outbound) -> Result<(), OutboundClosed> {
        let mut line = outbound.message.to_json().into_bytes();
        line.push(b'\n');
        let mut state = lock(&self.shared.state);
        let Some(fd) = state.fd.filter(|_| !state.closing) else {
            return Err(OutboundClosed);
        };
        if state.busy {
            state.queued.extend_from_slice(&line);
            return Ok(());
        }
        let mut written = 0;
        while written < line.len() {
            // SAFETY: `fd` is open while the state lock is held and `state.fd` is `Some` (the
            // writer task closes it only under this lock); the buffer is valid for its length.
            let n =
                unsafe { libc::write(fd, line[written..].as_ptr().cast(), line.len() - written) };
            if n >= 0 {
                written += n as usize;
                continue;
            }
            let error = std::io::Error::last_os_error();
            match error.kind() {
                std::io::ErrorKind::Interrupted => continue,
                std::io::ErrorKind::WouldBlock => break,
                _ => {
                    // The server is gone; its exit is reported by the transport's monitor.
                    tracing::debug!(server = self.shared.server, "stdin closed: {error}");
                    state.closing = true;
                    drop(state);
                    self.shared.wake.notify_one();
                    return Ok(());
                }
            }
        }
        if written < line.len() {
            state.queued.extend_from_slice(&line[written..]);
            state.busy = true;
            drop(state);
            self.shared.wake.notify_one();
        }
        Ok(())
    }
}

impl Drop for StdinSender {
    fn drop(&mut self) {
        lock(&self.shared.state).closing = true;
        self.shared.wake.notify_one();
    }
}

/// The writer task: writes what senders queued, in order, until stdin is closed.
async fn write_queued(
    shared: Arc<Shared>,
    mut stdin: ChildStdin,
    mut close: oneshot::Receiver<()>,
) {
    loop {
        tokio::select! {
            _ = shared.wake.notified() => {}
            _ = &mut close => break,
        }
        loop {
            let chunk = {
                let mut state = lock(&shared.state);
                if state.queued.is_empty() {
                    state.busy = false;
                    if state.closing {
                        break;
                    }
                    // Nothing to write: wait for the next wake-up.
                    None
                } else {
                    Some(std::mem::take(&mut state.queued))
                }
            };
            let Some(chunk) = chunk else { break };
            let written = tokio::select! {
                written = stdin.write_all(&chunk) => written,
                _ = &mut close => Err(std::io::Error::other("closed by shutdown")),
            };
            if let Err(e) = written {
                tracing::debug!(server = shared.server, "stdin closed: {e}");
                lock(&shared.state).closing = true;
                break;
            }
        }
        if lock(&shared.state).closing {
            break;
        }
    }
    // Dropping stdin under the lock: no sender can write to the descriptor once it is closed
    // (and its number possibly reused).
    let mut state = lock(&shared.state);
    state.fd = None;
    state.closing = true;
    drop(stdin);
}
