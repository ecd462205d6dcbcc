//! The keeper: a small process between Roxy and one stdio server that makes sure nothing the
//! server started outlives it or Roxy, including processes that left the server's process group
//! with `setsid` (what browser-driving servers do).
//!
//! The keeper is not a separate program. In the child that `Command::spawn` forks, before the
//! server's `exec`, [`split`] forks once more: the new child goes on to exec the server, the
//! parent stays as the keeper, still a copy of Roxy but running only async-signal-safe system
//! calls. The keeper
//! - is a child subreaper (`PR_SET_CHILD_SUBREAPER`), so every descendant of the server whose
//!   parent dies is re-parented to it rather than to init, wherever its session or group is;
//! - holds the read end of a pipe whose write end only Roxy holds, and closes every other
//!   descriptor;
//! - stays out of the server's process group (the server leads its own), and ignores SIGTERM,
//!   SIGINT and SIGHUP: it must survive to clean up.
//!
//! When the server exits, or the pipe closes (Roxy dropped the transport, or died: SIGKILL
//! included, the kernel closes the pipe), the keeper kills its whole tree: it SIGKILLs the
//! server's group if the server still runs, then every child it has (read from `/proc/thread-self/children`), reaps one, and starts again until it
//! has no child left; the orphans of each killed process become its children on the way. Then it
//! exits the way the server did (same code or same signal), so Roxy reports the server's exit.
//!
//! The cost: the keeper is a copy-on-write copy of Roxy as it was at the spawn. It touches
//! almost nothing, but a page Roxy rewrites later is copied once while the keeper lives (a keeper
//! forked at start-up measured 4 MiB resident, 1.4 MiB of it private). Exec'ing a tiny keeper
//! program instead would avoid that, at the price of shipping one.
//!
//! The limit: something that SIGKILLs the keeper itself (`kill -9` on the group from outside)
//! leaves a `setsid` descendant to init; the server still dies with the keeper (parent-death
//! signal). Without `/proc/thread-self/children` (kernels before 3.17 or without
//! `CONFIG_PROC_CHILDREN`) the keeper can only kill the server itself.

use std::io;
use std::os::fd::RawFd;

/// The pid of the server below keeper `keeper`, its only child right after spawn (`None` if the
/// server already exited and was reaped).
pub(super) fn server_pid(keeper: u32) -> Option<u32> {
    std::fs::read_to_string(format!("/proc/{keeper}/task/{keeper}/children"))
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Splits the child `Command::spawn` forked into the keeper and the server. Returns `Ok` in the
/// server (which then execs); never returns in the keeper.
///
/// # Safety
/// Call only from a `pre_exec` closure: it forks and, in the keeper, runs until exit with no
/// allocation and only async-signal-safe calls. `guard` must be the read end of the guard pipe.
pub(super) unsafe fn split(guard: RawFd) -> io::Result<()> {
    // SAFETY (whole body): plain system calls on values owned by this process.
    unsafe {
        let keeper = libc::getpid();
        let chld = signal_set(libc::SIGCHLD);
        // Blocked before the fork, so no SIGCHLD is lost before the keeper reads them.
        libc::sigprocmask(libc::SIG_BLOCK, &chld, std::ptr::null_mut());
        libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1);
        match libc::fork() {
            -1 => Err(io::Error::last_os_error()),
            0 => {
                libc::setpgid(0, 0);
                libc::sigprocmask(libc::SIG_UNBLOCK, &chld, std::ptr::null_mut());
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                if libc::getppid() != keeper {
                    libc::_exit(1); // the keeper died between the fork and prctl
                }
                Ok(())
            }
            server => {
                // Also here, so the group exists whichever process runs first.
                libc::setpgid(server, server);
                keep(guard, server, &chld)
            }
        }
    }
}

/// The keeper's life: wait for the server's exit or the pipe's closing, then clean up and exit.
unsafe fn keep(guard: RawFd, server: libc::pid_t, chld: &libc::sigset_t) -> ! {
    // SAFETY (whole body): plain system calls on values owned by this process.
    unsafe {
        // What `ps` shows instead of the name of the Roxy thread that forked it.
        libc::prctl(libc::PR_SET_NAME, c"roxy-keeper".as_ptr());
        for signal in 1..32 {
            // Roxy's handlers make no sense here; SIGKILL and SIGSTOP fail harmlessly.
            libc::signal(signal, libc::SIG_DFL);
        }
        for signal in [libc::SIGTERM, libc::SIGINT, libc::SIGHUP, libc::SIGPIPE] {
            libc::signal(signal, libc::SIG_IGN);
        }
        close_all_but(guard);
        let children = libc::signalfd(-1, chld, libc::SFD_CLOEXEC);
        // Resetting SIGCHLD to its default (ignore) above discarded a SIGCHLD already pending: a
        // server whose exec failed may be gone before the first poll, so look before waiting.
        let mut status = reap(server);
        while status.is_none() {
            let mut fds = [
                libc::pollfd {
                    fd: guard,
                    events: libc::POLLIN,
                    revents: 0,
                },
                libc::pollfd {
                    fd: children,
                    events: libc::POLLIN,
                    revents: 0,
                },
            ];
            // Without a signalfd, look for exits every 100 ms.
            let timeout = if children < 0 { 100 } else { -1 };
            if libc::poll(fds.as_mut_ptr(), 2, timeout) < 0 {
                if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                break; // cannot wait any more: clean up now rather than spin
            }
            if fds[1].revents != 0 {
                let mut info = [0u8; 128 * 8];
                libc::read(children, info.as_mut_ptr().cast(), info.len());
            }
            status = reap(server);
            if fds[0].revents != 0 {
                break;
            }
        }
        kill_tree(server, &mut status);
        exit_like(status)
    }
}

/// Reaps every child that has exited; returns the server's wait status if it was one of them.
unsafe fn reap(server: libc::pid_t) -> Option<libc::c_int> {
    let mut found = None;
    loop {
        let mut status = 0;
        // SAFETY: waitpid writes one int.
        let pid = unsafe { libc::waitpid(-1, &mut status, libc::WNOHANG) };
        if pid <= 0 {
            return found;
        }
        if pid == server {
            found = Some(status);
        }
    }
}

/// Kills every process below the keeper, one generation at a time, reaping as it goes.
unsafe fn kill_tree(server: libc::pid_t, status: &mut Option<libc::c_int>) {
    if status.is_none() {
        // The server is not reaped, so its pid, and the id of its group, are still ours.
        // SAFETY: kill has no memory-safety preconditions.
        unsafe { libc::kill(-server, libc::SIGKILL) };
    }
    loop {
        // SAFETY: see the callees.
        let listed = unsafe { kill_children() };
        if !listed {
            // SAFETY: plain system calls.
            unsafe {
                libc::kill(server, libc::SIGKILL);
                let mut last = 0;
                if libc::waitpid(server, &mut last, 0) == server {
                    *status = status.or(Some(last));
                }
            }
            return;
        }
        let mut last = 0;
        // SAFETY: waitpid writes one int.
        match unsafe { libc::waitpid(-1, &mut last, 0) } {
            -1 if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted => {}
            -1 => return, // ECHILD: nothing left
            pid if pid == server => *status = status.or(Some(last)),
            _ => {}
        }
    }
}

/// SIGKILLs every child listed in `/proc/thread-self/children`; false when it cannot be read.
unsafe fn kill_children() -> bool {
    let mut buffer = [0u8; 4096];
    // SAFETY: a NUL-terminated path, a buffer of the given length, and the descriptor just opened.
    let read = unsafe {
        let fd = libc::open(
            c"/proc/thread-self/children".as_ptr(),
            libc::O_RDONLY | libc::O_CLOEXEC,
        );
        if fd < 0 {
            return false;
        }
        let read = libc::read(fd, buffer.as_mut_ptr().cast(), buffer.len());
        libc::close(fd);
        read
    };
    let Ok(read) = usize::try_from(read) else {
        return false;
    };
    let mut pid: libc::pid_t = 0;
    for &byte in buffer.iter().take(read).chain(b" ") {
        if byte.is_ascii_digit() {
            pid = pid
                .saturating_mul(10)
                .saturating_add(libc::pid_t::from(byte - b'0'));
        } else if pid > 0 {
            // SAFETY: kill has no memory-safety preconditions.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            pid = 0;
        }
    }
    true
}

/// Exits with the server's code, or dies of the server's signal.
unsafe fn exit_like(status: Option<libc::c_int>) -> ! {
    // SAFETY: plain system calls; the keeper ends here.
    unsafe {
        match status {
            Some(status) if libc::WIFEXITED(status) => libc::_exit(libc::WEXITSTATUS(status)),
            Some(status) if libc::WIFSIGNALED(status) => {
                let signal = libc::WTERMSIG(status);
                // No core dump of a copy of Roxy for a signal the server got.
                libc::prctl(libc::PR_SET_DUMPABLE, 0);
                libc::signal(signal, libc::SIG_DFL);
                let set = signal_set(signal);
                libc::sigprocmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
                libc::kill(libc::getpid(), signal);
                libc::_exit(128 + signal)
            }
            _ => libc::_exit(1),
        }
    }
}

/// Closes every descriptor except `keep` (the keeper must not hold Roxy's pipes and sockets).
unsafe fn close_all_but(keep: RawFd) {
    let keep = keep as libc::c_uint;
    // SAFETY: close_range and close only close descriptors of this process.
    unsafe {
        let ranges = [
            (0, keep.checked_sub(1)),
            (keep + 1, Some(libc::c_uint::MAX)),
        ];
        for (first, last) in ranges {
            let Some(last) = last else { continue };
            if libc::syscall(libc::SYS_close_range, first, last, 0) != 0 {
                // Kernels before 5.9: close one by one up to the descriptor limit.
                let mut limit = libc::rlimit {
                    rlim_cur: 0,
                    rlim_max: 0,
                };
                libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit);
                let end = limit.rlim_cur.min(u64::from(last) + 1).min(1 << 20) as libc::c_uint;
                for fd in first..end {
                    libc::close(fd as RawFd);
                }
            }
        }
    }
}

/// A signal set holding one signal.
unsafe fn signal_set(signal: libc::c_int) -> libc::sigset_t {
    // SAFETY: sigemptyset initialises the set before sigaddset reads it.
    unsafe {
        let mut set = std::mem::zeroed::<libc::sigset_t>();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, signal);
        set
    }
}
