//! The no-SDK "floor" client the benchmarks compare Roxy against: a blocking loop that writes one
//! JSON-RPC line to a stdio server and reads lines until the reply to it arrives. No framing
//! library, no JSON parsing of the reply beyond finding its id, no task hand-offs: what any
//! client must at least spend. For 1,000 concurrent calls it writes every request from one
//! thread while the calling thread reads the replies.
#![allow(dead_code)] // each benchmark uses a different subset

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use roxy::mcp::protocol::LATEST_PROTOCOL_VERSION;

pub struct StdioFloor {
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: BufReader<ChildStdout>,
    next_id: u64,
    line: Vec<u8>,
}

impl StdioFloor {
    /// Spawns `command args...` (stderr discarded) and performs the `initialize` handshake.
    pub fn spawn(command: &str, args: &[&str]) -> StdioFloor {
        let mut child = Command::new(command)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("floor client: cannot run {command}: {e}"));
        let stdin = child.stdin.take().expect("stdin");
        let stdout = BufReader::with_capacity(1 << 16, child.stdout.take().expect("stdout"));
        let mut floor = StdioFloor {
            child,
            stdin: Some(stdin),
            stdout,
            next_id: 0,
            line: Vec::new(),
        };
        // The version Roxy negotiates, so the server does the same work for both clients.
        floor.request(
            "initialize",
            &format!(
                r#"{{"protocolVersion":"{LATEST_PROTOCOL_VERSION}","capabilities":{{}},"clientInfo":{{"name":"floor","version":"1"}}}}"#
            ),
        );
        floor.send(br#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#);
        floor
    }

    fn send(&mut self, line: &[u8]) {
        let mut bytes = Vec::with_capacity(line.len() + 1);
        bytes.extend_from_slice(line);
        bytes.push(b'\n');
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(&bytes).expect("floor client: write");
    }

    /// Sends one request and returns the reply line.
    pub fn request(&mut self, method: &str, params: &str) -> String {
        self.next_id += 1;
        let id = self.next_id;
        self.send(
            format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"{method}","params":{params}}}"#)
                .as_bytes(),
        );
        self.read_reply(id)
    }

    /// `tools/call` of `tool` with `arguments` (a JSON object as text); the reply line.
    pub fn call_tool(&mut self, tool: &str, arguments: &str) -> String {
        self.request(
            "tools/call",
            &format!(r#"{{"name":"{tool}","arguments":{arguments}}}"#),
        )
    }

    /// Reads lines until the reply to `id` (a server may interleave notifications).
    fn read_reply(&mut self, id: u64) -> String {
        let wanted = format!(r#""id":{id}"#);
        loop {
            self.line.clear();
            let read = self
                .stdout
                .read_until(b'\n', &mut self.line)
                .expect("floor client: read");
            assert!(read > 0, "floor client: the server closed stdout");
            let line = String::from_utf8_lossy(&self.line);
            if let Some(at) = line.find(&wanted) {
                let after = line.as_bytes().get(at + wanted.len());
                if !after.is_some_and(u8::is_ascii_digit) {
                    return line.into_owned();
                }
            }
        }
    }

    /// Times `count` sequential calls; one sample per call.
    pub fn sequential(&mut self, count: usize, tool: &str, arguments: &str) -> Vec<Duration> {
        (0..count)
            .map(|_| {
                let started = Instant::now();
                let reply = self.call_tool(tool, arguments);
                let elapsed = started.elapsed();
                assert!(reply.contains(r#""result""#), "floor client: {reply}");
                elapsed
            })
            .collect()
    }

    /// Writes `count` requests from a second thread while this one reads the replies; the time
    /// from the first write to the last reply.
    pub fn concurrent(&mut self, count: usize, tool: &str, arguments: &str) -> Duration {
        let first = self.next_id + 1;
        self.next_id += count as u64;
        let mut stdin = self.stdin.take().expect("stdin open");
        let lines: Vec<Vec<u8>> = (first..first + count as u64)
            .map(|id| {
                format!(
                    "{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"tools/call\",\"params\":{{\"name\":\"{tool}\",\"arguments\":{arguments}}}}}\n"
                )
                .into_bytes()
            })
            .collect();
        let started = Instant::now();
        let writer = std::thread::spawn(move || {
            for line in lines {
                stdin.write_all(&line).expect("floor client: write");
            }
            stdin
        });
        let mut answered = 0;
        while answered < count {
            self.line.clear();
            let read = self
                .stdout
                .read_until(b'\n', &mut self.line)
                .expect("floor client: read");
            assert!(read > 0, "floor client: the server closed stdout");
            if self.line.windows(8).any(|w| w == br#""result""#) {
                answered += 1;
            }
        }
        let elapsed = started.elapsed();
        self.stdin = Some(writer.join().expect("writer thread"));
        elapsed
    }
}

impl Drop for StdioFloor {
    fn drop(&mut self) {
        drop(self.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
