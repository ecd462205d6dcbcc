//! A one-shot `roxy ask` starts only the server the routed skill needs, never the other
//! `auto_start` servers: the real binary, a project whose `auto_start` lists the built-in
//! embedded `roxy_system` and a stdio server that records every launch in a file.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::python::{Project, python_fixture};

/// A project with `roxy_system` (built in, embedded) and `recorder` (a stdio server whose command
/// appends a line to `launches` before serving), both in `auto_start`. Returns the config
/// directory and the launch record.
fn project_with_recorder(project: &Project) -> (PathBuf, PathBuf) {
    let launches = project.path("data/launches");
    let python = common::python();
    let recorder = format!(
        "{{ transport: stdio, command: sh, args: [\"-c\", \"echo launched >> '{}'; exec '{python}' '{}'\"] }}",
        launches.display(),
        python_fixture("mcp2_server.py")
    );
    let config_dir = project.config_dir(
        &[
            (
                "roxy_system",
                "{ transport: python, module: roxy_system }".to_string(),
            ),
            ("recorder", recorder),
        ],
        &["roxy_system", "recorder"],
    );
    (config_dir, launches)
}

/// Runs `roxy --config CONFIG_DIR ARGS...` in the project.
fn roxy(project: &Project, config_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(config_dir)
        .args(args)
        .env("ROXY_DATA_DIR", project.path("data"))
        .env("NO_COLOR", "1")
        .current_dir(project.path(""))
        .output()
        .expect("run roxy")
}

fn ask(project: &Project, config_dir: &Path, question: &str) -> Output {
    roxy(project, config_dir, &["ask", "--json", question])
}

fn answer(output: &Output) -> serde_json::Value {
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

#[test]
fn a_question_answered_by_roxy_system_starts_no_other_auto_start_server() {
    let project = Project::new(".venv");
    let (config_dir, launches) = project_with_recorder(&project);
    let response = answer(&ask(&project, &config_dir, "what time is it"));
    assert_eq!(response["skill"], "time", "{response:#}");
    assert_eq!(response["success"], true, "{response:#}");
    assert!(
        !launches.exists(),
        "the recorder was launched for a question it has no part in: {}",
        std::fs::read_to_string(&launches).unwrap_or_default()
    );
}

#[test]
fn a_question_needing_no_server_starts_none() {
    let project = Project::new(".venv");
    let (config_dir, launches) = project_with_recorder(&project);
    let response = answer(&ask(&project, &config_dir, "what can you do"));
    assert_eq!(response["skill"], "help", "{response:#}");
    assert!(
        !launches.exists(),
        "the recorder was launched for a question no server answers"
    );
    // The recorder does record a launch when it is asked: the check above can fail.
    let output = roxy(
        &project,
        &config_dir,
        &["call", "recorder", "shout", r#"{"text": "hi"}"#],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(launches.exists(), "the recorder records no launch");
}

/// What no skill understands lists what Roxy can do in text; spoken, that list took over a
/// minute, so the voice says where it is instead.
#[test]
fn a_request_not_understood_is_short_when_spoken() {
    let project = Project::new(".venv");
    let (config_dir, _) = project_with_recorder(&project);
    let output = ask(&project, &config_dir, "flibber the jabberwock");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let response: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"));
    assert_eq!(response["skill"], serde_json::Value::Null, "{response:#}");
    let (text, speak) = (
        response["text"].as_str().unwrap_or_default(),
        response["speak"].as_str().unwrap_or_default(),
    );
    assert!(
        text.contains("I can:") && text.lines().count() > 5,
        "{response:#}"
    );
    assert!(
        speak.contains("what I can do") && speak.len() < 120,
        "{response:#}"
    );
}

/// `roxy call SERVER ...` and `roxy tools SERVER` start that server alone: an `auto_start`
/// server they do not use (a slow or broken one kept them waiting) is not launched.
#[test]
fn a_call_or_the_tools_of_one_server_start_no_other() {
    let project = Project::new(".venv");
    let (config_dir, launches) = project_with_recorder(&project);
    for args in [
        &["call", "roxy_system", "current_time"][..],
        &["tools", "roxy_system"],
        &["tools", "roxy_system", "current_time"],
    ] {
        let output = roxy(&project, &config_dir, args);
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            !launches.exists(),
            "{args:?} launched the recorder it has no part in"
        );
    }
}

/// What an answer leaves open is kept in the data directory: a forget's question is answered,
/// and the forget undone, by the next `roxy ask`, each a process of its own; a request in
/// between makes it lapse.
#[test]
fn a_question_and_an_undo_carry_over_to_the_next_one_shot_ask_only() {
    let project = Project::new(".venv");
    let (config_dir, _) = project_with_recorder(&project);
    let say = |question: &str| -> String {
        let response = answer(&ask(&project, &config_dir, question));
        response["text"].as_str().unwrap_or_default().to_string()
    };
    say("remember that my bike code is 1111");
    let asked = say("forget my bike code");
    assert!(asked.contains("Forget this?"), "{asked}");
    say("what can you do");
    let late = say("yes");
    assert!(late.contains("nothing waiting for a yes"), "{late}");
    assert!(say("what is my bike code").contains("1111"));

    say("forget my bike code");
    let forgotten = say("yes");
    assert!(forgotten.contains("Forgotten"), "{forgotten}");
    let back = say("undo");
    assert!(back.contains("It's back"), "{back}");
    assert!(say("what is my bike code").contains("1111"));

    say("forget my bike code");
    say("yes");
    let gone = say("what is my bike code");
    assert!(!gone.contains("1111"), "{gone}");
}

/// Roxy's files hold personal data: a data directory it creates is its owner's alone (0700),
/// and so is each database in it (0600, SQLite's WAL files too): facts, reminders and notes
/// (written by the embedded `roxy_system`). One made readable by others is taken back at the
/// next use.
#[test]
fn personal_data_is_readable_by_its_owner_alone() {
    use std::os::unix::fs::PermissionsExt;

    let project = Project::new(".venv");
    let (config_dir, _) = project_with_recorder(&project);
    // A data directory Roxy creates, with its parent.
    let data = project.path("private/data");
    let settings = config_dir.join("roxy.yaml");
    let yaml = std::fs::read_to_string(&settings).expect("roxy.yaml");
    let yaml = yaml.replace(
        &project.path("data").display().to_string(),
        &data.display().to_string(),
    );
    std::fs::write(&settings, yaml).expect("write roxy.yaml");
    let say = |question: &str| answer(&ask(&project, &config_dir, question));
    say("remember that my pin is 1234");
    say("remind me to stretch in an hour");
    let noted = say("take a note that the key is under the mat");
    assert_eq!(noted["skill"], "notes", "{noted:#}");
    let mode = |path: &Path| std::fs::metadata(path).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700);
    let mut databases: Vec<(String, u32)> = std::fs::read_dir(&data)
        .expect("read the data directory")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.is_file())
        .map(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            (name.into_owned(), mode(&path))
        })
        .filter(|(name, _)| name.contains(".sqlite3"))
        .collect();
    databases.sort();
    let names: Vec<&str> = databases.iter().map(|(name, _)| name.as_str()).collect();
    for expected in ["alarms.sqlite3", "memory.sqlite3", "notes.sqlite3"] {
        assert!(names.contains(&expected), "{databases:?}");
    }
    for (name, mode) in &databases {
        assert_eq!(*mode, 0o600, "{name} is {mode:o}");
    }

    let memory = data.join("memory.sqlite3");
    std::fs::set_permissions(&memory, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    say("what is my pin");
    assert_eq!(mode(&memory), 0o600);
}

/// Ctrl-C ends a one-shot command at once while an embedded Python tool blocks its thread:
/// Python's `signal` module, which the SDK imports, had taken SIGINT over, and its handler
/// only sets a flag, so the call ran to its end and exited 0.
#[test]
fn ctrl_c_ends_a_call_while_an_embedded_tool_blocks() {
    use std::os::unix::process::CommandExt;
    use std::time::{Duration, Instant};
    let project = Project::new(".venv");
    let config_dir = project.config_dir(
        &[("blocking", common::python::embedded("blocking_tool.py"))],
        &[],
    );
    let marker = project.path("data/started");
    for tool in ["block", "block_loop"] {
        let _ = std::fs::remove_file(&marker);
        let arguments = serde_json::json!({ "marker": marker, "seconds": 120 }).to_string();
        let mut command = Command::new(env!("CARGO_BIN_EXE_roxy"));
        command
            .arg("--config")
            .arg(&config_dir)
            .args(["call", "blocking", tool, &arguments])
            .env("ROXY_DATA_DIR", project.path("data"))
            .current_dir(project.path(""))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        // SAFETY: `signal` is async-signal-safe; a test run in the background of a script
        // would otherwise hand its ignored SIGINT down.
        unsafe {
            command.pre_exec(|| {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                Ok(())
            });
        }
        let mut child = command.spawn().expect("roxy call starts");
        let deadline = Instant::now() + Duration::from_secs(120);
        while !marker.exists() {
            if Instant::now() > deadline || child.try_wait().ok().flatten().is_some() {
                let _ = child.kill();
                let output = child.wait_with_output().expect("roxy ends");
                panic!(
                    "`{tool}` never started: {}",
                    String::from_utf8_lossy(&output.stderr)
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let pid = libc::pid_t::try_from(child.id()).expect("a pid");
        // SAFETY: sends a signal to the child this test started.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
        let interrupted = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if interrupted.elapsed() > Duration::from_secs(60) {
                let _ = child.kill();
                panic!("`{tool}`: roxy call was still running a minute after Ctrl-C");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(status.code(), Some(130), "{tool}");
    }
}

/// A coroutine tool that blocks its thread (`time.sleep`) past `request_timeout` fails with
/// the timeout, as it would in a process of its own: run in place on the caller's thread, its
/// late answer was taken as a success.
#[test]
fn a_tool_that_blocks_past_its_timeout_fails_with_the_timeout() {
    let project = Project::new(".venv");
    let server = format!(
        "{{ transport: python, path: \"{}\", request_timeout: 1s }}",
        python_fixture("blocking_tool.py")
    );
    let config_dir = project.config_dir(&[("blocking", server)], &[]);
    let arguments = serde_json::json!({ "marker": project.path("data/started"), "seconds": 3 });
    let output = roxy(
        &project,
        &config_dir,
        &["call", "blocking", "block_loop", &arguments.to_string()],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("did not answer `tools/call` within 1s"),
        "{stderr}"
    );
}
