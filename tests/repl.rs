//! The REPL driven as a person would, through a pseudo-terminal: the real `roxy` binary, the
//! shipped config (or a temporary one with server-everything for the slow tool) and a temporary
//! data directory per test.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use expectrl::{ControlCode, Eof, Regex, Session};

const PROMPT: &str = "roxy> ";

/// Generous bound on each expected output; a healthy run answers in well under a second.
const EXPECT_TIMEOUT: Duration = Duration::from_secs(60);

fn roxy(config_dir: &Path, data_dir: &Path) -> Session {
    roxy_and_greeting(config_dir, data_dir).0
}

/// [`roxy`], and what it printed up to its first prompt.
fn roxy_and_greeting(config_dir: &Path, data_dir: &Path) -> (Session, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_roxy"));
    command
        .arg("--config")
        .arg(config_dir)
        .env("ROXY_DATA_DIR", data_dir)
        .env("NO_COLOR", "1")
        // Wide enough that tables do not wrap the phrases these tests look for.
        .env("COLUMNS", "250")
        .current_dir(common::root());
    let mut session = Session::spawn(command).expect("spawn roxy in a pseudo-terminal");
    session.set_expect_timeout(Some(EXPECT_TIMEOUT));
    let greeting = session.expect(PROMPT).expect("first prompt");
    let greeting = String::from_utf8_lossy(greeting.before()).to_string();
    (session, greeting)
}

fn say(session: &mut Session, line: &str, answer: &str) {
    session.send_line(line).expect("send");
    session
        .expect(answer)
        .unwrap_or_else(|e| panic!("`{line}` did not answer `{answer}`: {e}"));
    session.expect(PROMPT).expect("prompt after answer");
}

fn quit(mut session: Session) {
    session.send_line("/quit").expect("send /quit");
    session.expect("bye").expect("goodbye");
    session.expect(Eof).expect("roxy exits");
}

#[test]
fn memory_says_how_many_facts_it_did_not_list() {
    let data = tempfile::tempdir().unwrap();
    {
        let memory = roxy::memory::Memory::open_in(data.path()).expect("memory opens");
        for number in 1..=55 {
            memory
                .remember(&format!("fact number {number}"))
                .expect("remembered");
        }
    }
    let mut session = roxy(&common::shipped_config_dir(), data.path());
    say(&mut session, "/memory", "...and 5 more");
    quit(session);
}

#[test]
fn remembers_across_restarts_and_answers_the_time() {
    let data = tempfile::tempdir().unwrap();
    let mut session = roxy(&common::shipped_config_dir(), data.path());
    session.send_line("what time is it").unwrap();
    session
        // Here: "It's 14:53 (Thursday, ...)", not "in here".
        .expect(Regex(r"It.s \d{2}:\d{2} \("))
        .expect("the time of day");
    session.expect(PROMPT).unwrap();
    say(
        &mut session,
        "remember that the spare key is under the blue pot",
        "I'll remember that the spare key is under the blue pot",
    );
    say(
        &mut session,
        "/metrics",
        r#"roxy_skill_requests_total{skill="memory",outcome="success"} 1"#,
    );
    quit(session);

    let mut session = roxy(&common::shipped_config_dir(), data.path());
    say(&mut session, "where is my spare key", "under the blue pot");
    say(
        &mut session,
        "/memory spare",
        "the spare key is under the blue pot",
    );
    say(
        &mut session,
        "/history",
        "[memory] you: where is my spare key",
    );
    quit(session);
}

#[test]
fn timers_ring_in_the_repl_and_reminders_survive_a_restart() {
    let data = tempfile::tempdir().unwrap();
    // A reminder that came due while Roxy was not running, kept in the data directory.
    let alarms = roxy::skills::builtin::timers::Alarms::open_in(data.path()).unwrap();
    let now = alarms.now().unwrap();
    alarms
        .add("reminder", "call Ada", None, Some(now - 5))
        .unwrap();
    alarms
        .add("reminder", "water the plants", None, Some(now + 86_400))
        .unwrap();

    let mut session = roxy(&common::shipped_config_dir(), data.path());
    session
        .expect("Reminder: call Ada")
        .expect("the missed reminder rings at start");
    say(
        &mut session,
        "set a timer for 1 second",
        "Timer set for 1 second",
    );
    session
        .expect("Time's up: your 1 second timer.")
        .expect("the timer rings");
    say(&mut session, "what are my reminders", "water the plants");
    quit(session);
}

#[test]
fn shows_servers_tools_and_calls_a_tool() {
    let data = tempfile::tempdir().unwrap();
    let mut session = roxy(&common::shipped_config_dir(), data.path());
    say(&mut session, "/servers", "memory");
    // Tab completes a command.
    session.send("/serv\t\n").unwrap();
    session
        .expect("LAST ERROR")
        .expect("/serv<Tab> completed to /servers");
    session.expect(PROMPT).unwrap();
    // Lifecycle events are shown as they happen, in whichever order they race the answer.
    session.send_line("/restart memory").unwrap();
    session
        .expect(Regex(
            "(?s)(✓ memory started.*Restarted memory|Restarted memory.*✓ memory started)",
        ))
        .expect("the restart and its event");
    say(&mut session, "/tools memory", "read_graph");
    say(
        &mut session,
        r#"/call memory create_entities {"entities":[{"name":"Ada","entityType":"person","observations":["writes programs"]}]}"#,
        // The server answers pretty-printed JSON, unlike the compact line typed above.
        r#""name": "Ada""#,
    );
    say(&mut session, "/call memory read_graph", "writes programs");
    say(
        &mut session,
        "/call memory read_graph {not json",
        "not valid JSON",
    );
    say(&mut session, "/frobnicate", "Unknown command");
    say(&mut session, "/help", "/restart server");
    say(
        &mut session,
        "/reload",
        "config reloaded: no server changed",
    );
    // /reload reads servers, not skills, and says so.
    say(&mut session, "/reload", "Skill files are read at start");
    // `/history N` lists the last N turns only.
    say(&mut session, "what is 2 plus 2", "4");
    say(&mut session, "what is 3 plus 3", "6");
    session.send_line("/history 1").unwrap();
    let listed = session.expect(PROMPT).expect("prompt after /history 1");
    let listed = String::from_utf8_lossy(listed.before()).into_owned();
    assert!(
        listed.contains("3 plus 3") && !listed.contains("2 plus 2"),
        "{listed}"
    );
    // Commands are words: "/QUIT" is "/quit".
    session.send_line("/QUIT").expect("send /QUIT");
    // Both running servers are said to stop before "bye" (the last one's line was lost).
    let stopping = session
        .expect(Regex("(?s)Stopping the servers.*bye"))
        .expect("goodbye");
    let stopping = String::from_utf8_lossy(stopping.as_bytes()).into_owned();
    for server in ["memory", "roxy_system"] {
        assert!(
            stopping.contains(&format!("■ {server} stopped")),
            "{stopping}"
        );
    }
    session.expect(Eof).expect("roxy exits");
}

#[test]
fn ctrl_c_cancels_a_slow_call_and_the_repl_goes_on() {
    let data = tempfile::tempdir().unwrap();
    let config = data.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("mcp_servers.yaml"),
        format!(
            "servers:\n  everything: {{ transport: stdio, command: \"{}\" }}\nstartup: {{ auto_start: [everything] }}\n",
            common::peer_bin("mcp-server-everything")
        ),
    )
    .unwrap();
    let mut session = roxy(&config, data.path());
    // Listing a server's tools waits until it runs, so the slow call below reaches a live server.
    say(
        &mut session,
        "/tools everything",
        "Demonstrates a long running operation",
    );
    session
        .send_line(
            r#"/call everything trigger-long-running-operation {"duration": 600, "steps": 600}"#,
        )
        .unwrap();
    // The spinner shows once the request runs.
    session.expect("working...").expect("spinner");
    session.send(ControlCode::EndOfText).unwrap();
    session.expect("cancelled").expect("the call is cancelled");
    session.expect(PROMPT).expect("the REPL goes on");
    say(
        &mut session,
        r#"/call everything echo {"message": "still here"}"#,
        "Echo: still here",
    );
    // Ctrl-C at the prompt clears the line; it does not leave.
    session.send("half a line").unwrap();
    session.send(ControlCode::EndOfText).unwrap();
    session.expect(PROMPT).expect("new prompt after Ctrl-C");
    // Ctrl-D leaves cleanly.
    session.send(ControlCode::EndOfTransmission).unwrap();
    session.expect("bye").expect("goodbye on Ctrl-D");
    session.expect(Eof).expect("roxy exits");
}

/// A server that fails to start is said once, as the REPL's own line: a log warning repeated it.
#[test]
fn a_server_that_fails_to_start_is_said_once() {
    let (project, _) = common::config_dir(
        "servers:\n  broken: { transport: stdio, command: nonexistent-program-xyz }\nstartup: { auto_start: [broken] }\n",
    );
    let config_dir = project.path().join("config");
    let (mut session, mut said) = roxy_and_greeting(&config_dir, &project.path().join("data"));
    // The failure is reported once its start has failed: wait for that in `/servers`.
    for _ in 0..100 {
        if said.contains("broken failed") {
            break;
        }
        session.send_line("/servers").expect("send");
        let listed = session.expect(PROMPT).expect("prompt after /servers");
        said.push_str(&String::from_utf8_lossy(listed.before()));
    }
    assert!(said.contains("broken failed"), "{said}");
    session.send_line("/quit").expect("send /quit");
    let rest = session.expect("bye").expect("goodbye");
    said.push_str(&String::from_utf8_lossy(rest.before()));
    session.expect(Eof).expect("roxy exits");
    assert_eq!(said.matches("broken failed").count(), 1, "{said}");
    assert!(!said.contains("did not start"), "{said}");
}

/// Lines that reach the terminal together (typed ahead, or sent by a script) are each answered:
/// the line editor read them in one go and dropped all but the first, so a `/quit` typed while
/// `/servers` answered was lost and the REPL waited on.
#[test]
fn lines_typed_ahead_are_all_answered() {
    let data = tempfile::tempdir().unwrap();
    let mut session = roxy(&common::shipped_config_dir(), data.path());
    // One write: the editor, waiting at its prompt, reads both lines at once.
    session.send("/help\n/quit\n").expect("send two lines");
    session
        .expect("stop every server and leave")
        .expect("the help");
    session
        .expect("bye")
        .expect("the second line is answered too");
    session.expect(Eof).expect("roxy exits");
}

/// `/call` takes `name=value` words, split as a shell splits them, as `roxy call` does.
#[test]
fn call_takes_name_value_words() {
    let data = tempfile::tempdir().unwrap();
    let mut session = roxy(&common::shipped_config_dir(), data.path());
    say(
        &mut session,
        r#"/call roxy_system find_files query=x limit="ten""#,
        "argument `limit` takes integer: `ten` is not one",
    );
    say(
        &mut session,
        "/call roxy_system current_time timezone=Asia/Tokyo",
        "Asia/Tokyo",
    );
    quit(session);
}
