//! What embedded Python cannot do to the real `roxy` process: a module whose import never
//! finishes holds up neither the other python servers nor Roxy's exit (`roxy call`, `roxy
//! servers --watch` on SIGTERM, the REPL's `/quit`), and `os._exit` in a tool is that tool's
//! error instead of the end of Roxy.
//!
//! These tests run the binary: the stuck import stays stuck for as long as its process lives,
//! so it must not share a process with other tests.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;

use common::python::{HANG_GUARD, Project, embedded, python_fixture};
use expectrl::{Eof, Session};

const VENV: &str = ".venv";

/// A project with `hung` (an import that never finishes, given up on after 3 s) and `other` (a
/// healthy mcp 2.x server), both started with Roxy.
fn hung_and_other() -> (Project, PathBuf) {
    let project = Project::new(VENV);
    let hung = format!(
        "{{ transport: python, path: \"{}\", startup_timeout: 3s }}",
        python_fixture("hanging_import.py")
    );
    let config_dir = project.config_dir(
        &[("hung", hung), ("other", embedded("mcp2_server.py"))],
        &["hung", "other"],
    );
    (project, config_dir)
}

fn roxy(project: &Project, config_dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_roxy"));
    command
        .arg("--config")
        .arg(config_dir)
        .args(args)
        .env("ROXY_DATA_DIR", project.path("data"))
        .env("NO_COLOR", "1")
        .current_dir(project.path(""));
    command
}

/// Runs `command` to its end; not ending within [`HANG_GUARD`] fails the test (and kills it).
fn run_to_exit(mut command: Command) -> Output {
    let child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn roxy");
    let pid = child.id();
    let (done_tx, done) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = done_tx.send(child.wait_with_output());
    });
    match done.recv_timeout(HANG_GUARD) {
        Ok(output) => output.expect("roxy's output"),
        Err(_) => {
            kill(pid, libc::SIGKILL);
            panic!("roxy did not exit within {HANG_GUARD:?}");
        }
    }
}

fn kill(pid: u32, signal: i32) {
    // SAFETY: plain kill(2) on a child this test spawned.
    unsafe { libc::kill(pid as i32, signal) };
}

/// Waits for `child` to exit; not exiting within [`HANG_GUARD`] fails the test (and kills it).
fn wait_for_exit(mut child: Child) -> std::process::ExitStatus {
    let pid = child.id();
    let (done_tx, done) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = done_tx.send(child.wait());
    });
    match done.recv_timeout(HANG_GUARD) {
        Ok(status) => status.expect("roxy's exit status"),
        Err(_) => {
            kill(pid, libc::SIGKILL);
            panic!("roxy did not exit within {HANG_GUARD:?}");
        }
    }
}

#[test]
fn another_python_server_answers_and_roxy_exits_while_an_import_hangs() {
    let (project, config_dir) = hung_and_other();
    let output = run_to_exit(roxy(
        &project,
        &config_dir,
        &["call", "other", "shout", r#"{"text": "still here"}"#],
    ));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("STILL HERE"), "{stdout}\n{stderr}");
}

#[test]
fn a_call_to_the_hung_server_names_its_module_and_roxy_exits() {
    let (project, config_dir) = hung_and_other();
    let output = run_to_exit(roxy(&project, &config_dir, &["call", "hung", "anything"]));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("hanging_import.py") && stderr.contains("startup_timeout"),
        "{stderr}"
    );
}

#[test]
fn servers_watch_exits_on_sigterm_while_an_import_hangs() {
    let (project, config_dir) = hung_and_other();
    let mut watch = roxy(&project, &config_dir, &["servers", "--watch", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn roxy servers --watch");
    let stdout = watch.stdout.take().expect("stdout");
    let lines = common::lines_of(stdout);
    let mut seen = Vec::new();
    loop {
        let Ok(line) = lines.recv_timeout(HANG_GUARD) else {
            kill(watch.id(), libc::SIGKILL);
            panic!("`other` did not start beside the hung import: {seen:?}");
        };
        let event: serde_json::Value = serde_json::from_str(&line).expect("a JSON event");
        seen.push(line);
        if event["event"] == "started" && event["server"] == "other" {
            break;
        }
    }
    kill(watch.id(), libc::SIGTERM);
    let status = wait_for_exit(watch);
    assert!(status.code().is_some(), "roxy died of a signal: {status:?}");
}

#[test]
fn the_repl_quits_while_an_import_hangs() {
    let (project, config_dir) = hung_and_other();
    let mut session =
        Session::spawn(roxy(&project, &config_dir, &[])).expect("spawn roxy in a pseudo-terminal");
    session.set_expect_timeout(Some(HANG_GUARD));
    session.expect("roxy> ").expect("first prompt");
    session.send_line("/quit").expect("send /quit");
    session.expect("bye").expect("goodbye");
    session.expect(Eof).expect("roxy exits after bye");
}

#[test]
fn os_exit_in_a_tool_is_a_tool_error_and_not_the_end_of_roxy() {
    let project = Project::new(VENV);
    let config_dir = project.config_dir(&[("exiting", embedded("misbehaving_tools.py"))], &[]);
    let output = run_to_exit(roxy(
        &project,
        &config_dir,
        &["call", "exiting", "exits_hard", r#"{"code": 7}"#],
    ));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("called os._exit(7)"), "{stderr}");
}
