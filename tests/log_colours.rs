//! Roxy's log lines on stderr: coloured only when stderr is a terminal and `NO_COLOR` is not
//! set, so piped logs and log files hold no escape codes. The real binary logs a server that
//! cannot start (`RUST_LOG=debug roxy tools`).

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use expectrl::{Eof, Session};

const ESC: u8 = 0x1b;

/// A config directory with one auto-started server whose command does not exist.
fn broken_server_config() -> tempfile::TempDir {
    let (dir, _) = common::config_dir(
        "servers:\n  broken: { transport: stdio, command: /nonexistent/roxy-test-server }\nstartup: { auto_start: [broken] }\n",
    );
    dir
}

fn roxy_tools(project: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_roxy"));
    command
        .arg("--config")
        .arg(project.join("config"))
        .arg("tools")
        .env("ROXY_DATA_DIR", project.join("data"))
        .env("RUST_LOG", "debug")
        .env_remove("NO_COLOR")
        .current_dir(project);
    command
}

#[test]
fn piped_logs_have_no_colours() {
    let project = broken_server_config();
    let output = roxy_tools(project.path()).output().expect("run roxy tools");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("broken"), "nothing was logged:\n{stderr}");
    assert!(
        !output.stderr.contains(&ESC),
        "escape codes in piped logs:\n{stderr:?}"
    );
}

/// What `roxy tools` writes to a pseudo-terminal (stdout and stderr both), until it exits.
fn on_a_terminal(command: Command) -> Vec<u8> {
    let mut session = Session::spawn(command).expect("spawn roxy in a pseudo-terminal");
    session.set_expect_timeout(Some(Duration::from_secs(60)));
    let captured = session.expect(Eof).expect("roxy tools exits");
    captured.as_bytes().to_vec()
}

#[test]
fn a_terminal_gets_colours_unless_no_color_is_set() {
    let project = broken_server_config();
    let coloured = on_a_terminal(roxy_tools(project.path()));
    assert!(
        coloured.contains(&ESC),
        "no colours on a terminal:\n{}",
        String::from_utf8_lossy(&coloured)
    );

    let mut command = roxy_tools(project.path());
    command.env("NO_COLOR", "1");
    let plain = on_a_terminal(command);
    let text = String::from_utf8_lossy(&plain);
    assert!(text.contains("broken"), "nothing was logged:\n{text}");
    assert!(
        !plain.contains(&ESC),
        "escape codes despite NO_COLOR:\n{text:?}"
    );
}
