//! The async runtime the `roxy` command runs on, and how a command enters it.
//!
//! A command runs as a task on one of the runtime's workers rather than on the thread that
//! builds the runtime (`block_on` on the main thread). An MCP answer is read by a worker (the
//! session's task reading a server's stdout, hyper's connection task); when the caller waiting
//! for it is a task, the worker that read the answer runs the caller next on the same thread
//! (Tokio's LIFO slot), while a caller in `block_on` is another thread that must be woken (a
//! futex wait and wake per answer, and a scheduler round-trip on a busy machine). See the
//! README's "Benchmarks" for what that costs per call.

use std::future::Future;

/// Builds a multi-threaded runtime and runs `future` to completion as a task on one of its
/// workers. A panic in `future` resumes here, on the calling thread.
pub fn run_on_worker<F>(future: F) -> std::io::Result<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let task = runtime.spawn(future);
    match runtime.block_on(task) {
        Ok(output) => Ok(output),
        Err(error) => match error.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            // Only a runtime shutting down cancels the task, and this one is still running.
            Err(error) => Err(std::io::Error::other(error)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The command runs on a runtime worker, not on the thread that built the runtime.
    #[test]
    fn the_future_runs_on_a_worker_thread() {
        let caller = std::thread::current().id();
        let ran_on = run_on_worker(async { std::thread::current().id() }).expect("runtime");
        assert_ne!(ran_on, caller, "the future ran on the calling thread");
    }

    /// A panic in the command reaches the caller, as it did from `block_on`.
    #[test]
    fn a_panic_resumes_on_the_calling_thread() {
        let outcome = std::panic::catch_unwind(|| {
            run_on_worker(async { panic!("the command failed") }).map(|_: ()| ())
        });
        let payload = outcome.expect_err("the panic is resumed");
        assert_eq!(payload.downcast_ref::<&str>(), Some(&"the command failed"));
    }
}
