//! Memory survives a SIGKILL of Roxy in the middle of a conversation: what was acknowledged is
//! in the database afterwards, the database is intact, and a new Roxy recalls it.

mod common;

use std::process::Command;
use std::time::Duration;

use expectrl::{Eof, Session};
use roxy::memory::Memory;

#[test]
fn what_roxy_acknowledged_survives_sigkill() {
    let data = tempfile::tempdir().unwrap();
    let config = common::shipped_config_dir();
    let roxy = |command: &mut Command| {
        command
            .arg("--config")
            .arg(&config)
            .env("ROXY_DATA_DIR", data.path())
            .current_dir(common::root());
    };

    let mut command = Command::new(env!("CARGO_BIN_EXE_roxy"));
    roxy(&mut command);
    let mut session = Session::spawn(command).expect("spawn roxy");
    session.set_expect_timeout(Some(Duration::from_secs(60)));
    session.expect("roxy> ").unwrap();
    session
        .send_line("remember that the boiler code is 7793")
        .unwrap();
    session.expect("I'll remember").unwrap();
    session.expect("roxy> ").unwrap();
    // Kill it while the next request is on its way.
    session.send_line("what can you do").unwrap();
    let pid = session.get_process().pid().as_raw();
    // SAFETY: plain kill(2) on the child this test spawned.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
    session.expect(Eof).unwrap();

    let memory = Memory::open_in(data.path()).expect("the database opens after the kill");
    let facts = memory.recall("boiler", 5).unwrap();
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(facts[0].text, "the boiler code is 7793");
    let turns = memory.recent_turns(10).unwrap();
    assert!(
        turns
            .iter()
            .any(|t| t.input == "remember that the boiler code is 7793" && t.success),
        "{turns:?}"
    );
    drop(memory);

    let mut ask = Command::new(env!("CARGO_BIN_EXE_roxy"));
    roxy(&mut ask);
    let output = ask
        .args(["ask", "what", "is", "my", "boiler", "code"])
        .output()
        .unwrap();
    let answer = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{answer}");
    assert!(answer.contains("7793"), "{answer}");
}

/// Twelve `roxy ask "remember that …"` processes at once against one data directory: every one
/// of them is acknowledged and every fact is in the database (none lost to "database is locked").
#[test]
fn concurrent_remembers_keep_every_fact() {
    const N: usize = 12;
    let data = tempfile::tempdir().unwrap();
    let config = common::shipped_config_dir();
    let (done, finished) = std::sync::mpsc::channel();
    let mut pids = Vec::new();
    for k in 0..N {
        let child = Command::new(env!("CARGO_BIN_EXE_roxy"))
            .arg("--config")
            .arg(&config)
            .args(["ask", &format!("remember that fact {k} is value{k}")])
            .env("ROXY_DATA_DIR", data.path())
            .current_dir(common::root())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn roxy ask");
        pids.push(child.id());
        let done = done.clone();
        std::thread::spawn(move || {
            let _ = done.send((k, child.wait_with_output()));
        });
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    for _ in 0..N {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let Ok((k, output)) = finished.recv_timeout(left) else {
            for pid in &pids {
                // SAFETY: plain kill(2) on children this test spawned.
                unsafe { libc::kill(*pid as i32, libc::SIGKILL) };
            }
            panic!("not every `roxy ask` finished within 120 s");
        };
        let output = output.expect("roxy ask ran");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success() && stdout.contains("I'll remember"),
            "ask {k} failed: {stdout}\n{stderr}"
        );
    }

    let memory = Memory::open_in(data.path()).unwrap();
    let facts = memory.recall("", 100).unwrap();
    for k in 0..N {
        let text = format!("fact {k} is value{k}");
        assert!(
            facts.iter().any(|f| f.text == text),
            "{text} lost: {facts:?}"
        );
    }
    assert_eq!(facts.len(), N, "{facts:?}");
}
