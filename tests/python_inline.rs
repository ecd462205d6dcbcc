//! Where an embedded tool call runs: on the caller's thread while the shared event loop is idle
//! (see `interpreter::LoopOwnership`), on the loop's own thread once it awaits a timer.
//!
//! A test binary of its own: the embedded interpreter and its event loop are process-global, so
//! tests in another binary running beside these would keep the loop busy and send calls the
//! queued way (as `a_call_on_an_idle_event_loop_runs_on_the_callers_thread` once saw in CI).

mod common;

use common::python::*;
use roxy::mcp::CallOptions;
use serde_json::json;
use std::time::Duration;

/// The venv made from python_servers/requirements.txt and tests/requirements.txt.
const VENV: &str = ".venv";

/// How many calls may go the queued way before one runs in place: the first calls after the
/// handshake can find the loop thread still finishing it, and a queued call's answer can reach
/// the caller before the loop thread is back in its wait, queueing the next one too.
const CALLS_BEFORE_IN_PLACE: usize = 200;

/// The OS id of the calling thread, as Python's `threading.get_native_id()` reports it.
fn native_thread_id() -> String {
    // SAFETY: gettid(2) has no arguments and cannot fail.
    unsafe { libc::gettid() }.to_string()
}

/// A tool call that awaits nothing runs on the thread that sends it while the event loop is idle
/// (no wake-up of the interpreter's thread). Once one has, an answered call leaves nothing for
/// the loop thread, so it stays in its wait and every later call runs in place too, in a
/// Python thread state the thread keeps. A call that awaits a timer starts in place and is
/// finished by the loop thread.
#[tokio::test]
async fn a_call_on_an_idle_event_loop_runs_on_the_callers_thread() {
    let project = Project::new(VENV);
    // No health-check pings: a ping goes the queued way and would wake the loop thread.
    let server = format!(
        "{{ transport: python, path: \"{}\", health_interval: 0s }}",
        python_fixture("call_threads.py")
    );
    let config = project.config(&[("threads", server)]);
    let session = connect(&config, "threads").await.expect("start");
    let caller = native_thread_id();
    let mut queued = Vec::new();
    while queued.len() < CALLS_BEFORE_IN_PLACE {
        let ran_on = call(&session, "thread_id", json!({})).await.text();
        if ran_on == caller {
            break;
        }
        queued.push(ran_on);
    }
    assert!(
        queued.len() < CALLS_BEFORE_IN_PLACE,
        "caller {caller}: {} calls, none ran in place ({:?} ...)",
        queued.len(),
        &queued[..5]
    );
    for later in 0..10 {
        let ran_on = call(&session, "thread_id", json!({})).await.text();
        assert_eq!(
            ran_on, caller,
            "call {later} after one ran in place went to another thread"
        );
    }

    // The caller's thread keeps its Python thread state between calls (`keep_thread_state`):
    // what a call leaves in a `threading.local` is there for the next one.
    let first = call(&session, "calls_on_this_thread_state", json!({}))
        .await
        .text();
    let second = call(&session, "calls_on_this_thread_state", json!({}))
        .await
        .text();
    let counted = first.parse::<u64>().ok().zip(second.parse::<u64>().ok());
    assert!(
        counted.is_some_and(|(first, second)| second == first + 1),
        "a thread-local count went {first} -> {second}: the thread state was not kept"
    );

    let timer_call = CallOptions {
        timeout: Some(Duration::from_secs(10)),
        ..CallOptions::default()
    };
    let ids = session
        .call_tool(
            "thread_ids_around_a_timer",
            json!({"seconds": 0.05}),
            timer_call,
        )
        .await
        .unwrap_or_else(|e| panic!("the timer call failed: {e}"))
        .text();
    let (before, after) = ids.split_once(' ').expect("two thread ids");
    assert_eq!(before, caller, "{ids}");
    assert_ne!(after, caller, "{ids}");
    session.close().await;
}
