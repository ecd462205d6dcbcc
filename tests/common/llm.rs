//! A scripted fake language-model server on loopback for the `llm` tests. It speaks the real
//! wire formats (OpenAI Chat Completions, Anthropic Messages): each scripted reply is an event
//! stream written event by event (each flushed on its own, so clients see fragments), a single
//! JSON body, an error status, or a recorded transcript from `tests/fixtures/llm/`. On every
//! request it records the body and checks the loop's invariants: each tool result answers an
//! earlier call, each call is answered exactly once, and none of the given raw personal values
//! appears in the body.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// One scripted answer.
#[derive(Debug, Clone)]
pub enum Reply {
    /// An event stream: each item is one event's text (`data: ...` or `event: ...\ndata: ...`),
    /// written and flushed separately.
    Events(Vec<String>),
    /// An event stream that writes these events and then stalls until the client hangs up.
    Stall(Vec<String>),
    /// A single JSON body (what Ollama sends to a streamed request with tools).
    Json(Value),
    /// An error status with its body and an optional `Retry-After` (seconds).
    Status {
        status: u16,
        body: String,
        retry_after: Option<u64>,
    },
}

/// Which wire format the requests use (for the invariant checks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    OpenAi,
    Anthropic,
}

/// The running fake; stops when the test's runtime ends.
pub struct FakeModel {
    /// The `base_url` to configure.
    pub base_url: String,
    requests: Arc<Mutex<Vec<Value>>>,
    violations: Arc<Mutex<Vec<String>>>,
    /// Told when a client hangs up on a stalled stream.
    hung_up: Arc<tokio::sync::Notify>,
}

impl FakeModel {
    /// Serves `script` in order (a request beyond it gets a 500); `secrets` must never appear
    /// in a request body.
    pub async fn start(format: Format, script: Vec<Reply>, secrets: &[&str]) -> FakeModel {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let port = listener.local_addr().expect("local addr").port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let violations = Arc::new(Mutex::new(Vec::new()));
        let (seen, broken) = (requests.clone(), violations.clone());
        let hung_up = Arc::new(tokio::sync::Notify::new());
        let hang_up = hung_up.clone();
        let secrets: Vec<String> = secrets.iter().map(|s| s.to_string()).collect();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let mut reader = BufReader::new(stream);
                let Some(body) = super::http::read_request_body(&mut reader).await else {
                    continue;
                };
                let text = String::from_utf8_lossy(&body).to_string();
                let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                let number = {
                    let mut seen = seen.lock().expect("lock");
                    seen.push(value.clone());
                    seen.len()
                };
                {
                    let mut broken = broken.lock().expect("lock");
                    for problem in check(format, &value, &text, &secrets) {
                        broken.push(format!("request {number}: {problem}"));
                    }
                }
                let reply = script.get(number - 1).cloned().unwrap_or(Reply::Status {
                    status: 500,
                    body: "{\"error\": {\"message\": \"the fake model's script is exhausted\"}}"
                        .into(),
                    retry_after: None,
                });
                let stalls = matches!(reply, Reply::Stall(_));
                let _ = write_reply(reader.get_mut(), reply).await;
                if stalls {
                    let hang_up = hang_up.clone();
                    tokio::spawn(async move {
                        let mut rest = Vec::new();
                        let _ = reader.read_to_end(&mut rest).await;
                        hang_up.notify_one();
                    });
                }
            }
        });
        FakeModel {
            base_url: format!("http://127.0.0.1:{port}/v1"),
            requests,
            violations,
            hung_up,
        }
    }

    /// Waits (at most 30 s) until a client hangs up on a stalled stream.
    pub async fn wait_for_hang_up(&self) {
        tokio::time::timeout(std::time::Duration::from_secs(30), self.hung_up.notified())
            .await
            .expect("the client hung up on the stalled stream");
    }

    /// The bodies received so far.
    pub fn requests(&self) -> Vec<Value> {
        self.requests.lock().expect("lock").clone()
    }

    /// Panics with every invariant a request broke.
    pub fn assert_invariants(&self) {
        let violations = self.violations.lock().expect("lock");
        assert!(
            violations.is_empty(),
            "invariants broken:\n{}",
            violations.join("\n")
        );
    }
}

async fn write_reply(stream: &mut tokio::net::TcpStream, reply: Reply) -> std::io::Result<()> {
    match reply {
        Reply::Stall(events) => {
            stream
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n")
                .await?;
            for event in events {
                stream.write_all(format!("{event}\n\n").as_bytes()).await?;
            }
            return stream.flush().await;
        }
        Reply::Events(events) => {
            stream
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\nconnection: close\r\n\r\n")
                .await?;
            stream.flush().await?;
            for event in events {
                stream.write_all(format!("{event}\n\n").as_bytes()).await?;
                stream.flush().await?;
                tokio::task::yield_now().await;
            }
        }
        Reply::Json(value) => {
            let body = value.to_string();
            stream
                .write_all(
                    format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    )
                    .as_bytes(),
                )
                .await?;
        }
        Reply::Status {
            status,
            body,
            retry_after,
        } => {
            let retry = retry_after.map_or(String::new(), |s| format!("retry-after: {s}\r\n"));
            stream
                .write_all(
                    format!(
                        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n{retry}content-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    )
                    .as_bytes(),
                )
                .await?;
        }
    }
    stream.shutdown().await
}

/// The invariants one request body must keep.
fn check(format: Format, body: &Value, text: &str, secrets: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    for secret in secrets {
        if text.contains(secret.as_str()) {
            problems.push(format!("the raw value `{secret}` was sent: {text}"));
        }
    }
    let mut calls: Vec<String> = Vec::new();
    let mut answered: HashMap<String, usize> = HashMap::new();
    let messages = body["messages"].as_array().cloned().unwrap_or_default();
    for message in &messages {
        match format {
            Format::OpenAi => {
                for call in message["tool_calls"].as_array().into_iter().flatten() {
                    calls.push(call["id"].as_str().unwrap_or_default().to_string());
                }
                if message["role"] == "tool" {
                    let id = message["tool_call_id"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string();
                    if !calls.contains(&id) {
                        problems.push(format!("tool result `{id}` answers no earlier call"));
                    }
                    *answered.entry(id).or_default() += 1;
                }
            }
            Format::Anthropic => {
                for block in message["content"].as_array().into_iter().flatten() {
                    match block["type"].as_str() {
                        Some("tool_use") => {
                            calls.push(block["id"].as_str().unwrap_or_default().to_string())
                        }
                        Some("tool_result") => {
                            let id = block["tool_use_id"]
                                .as_str()
                                .unwrap_or_default()
                                .to_string();
                            if !calls.contains(&id) {
                                problems
                                    .push(format!("tool result `{id}` answers no earlier call"));
                            }
                            *answered.entry(id).or_default() += 1;
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    let unique: HashSet<&String> = calls.iter().collect();
    if unique.len() != calls.len() {
        problems.push(format!("call ids repeat: {calls:?}"));
    }
    for id in &calls {
        match answered.get(id) {
            Some(1) => {}
            Some(n) => problems.push(format!("call `{id}` answered {n} times")),
            None => problems.push(format!("call `{id}` is not answered")),
        }
    }
    problems
}

/// An OpenAI stream of text in `pieces`, then `finish_reason: stop`, usage and `[DONE]`.
pub fn openai_text(pieces: &[&str]) -> Reply {
    let mut events: Vec<String> = pieces
        .iter()
        .map(|piece| {
            data(json!({ "choices": [{ "index": 0, "delta": { "content": piece }, "finish_reason": null }] }))
        })
        .collect();
    events.push(data(
        json!({ "choices": [{ "index": 0, "delta": {}, "finish_reason": "stop" }] }),
    ));
    events.push(data(
        json!({ "choices": [], "usage": { "prompt_tokens": 120, "completion_tokens": 12 } }),
    ));
    events.push("data: [DONE]".into());
    Reply::Events(events)
}

/// An OpenAI stream of tool calls: `(id, name, argument fragments)`, each call's first chunk
/// carrying its index, id and name, the fragments following one chunk each.
pub fn openai_calls(calls: &[(&str, &str, &[&str])]) -> Reply {
    let mut events = Vec::new();
    for (index, (id, name, fragments)) in calls.iter().enumerate() {
        events.push(data(json!({ "choices": [{ "index": 0, "delta": { "tool_calls": [
            { "index": index, "id": id, "type": "function", "function": { "name": name, "arguments": "" } }
        ] }, "finish_reason": null }] })));
        for fragment in *fragments {
            events.push(data(
                json!({ "choices": [{ "index": 0, "delta": { "tool_calls": [
                { "index": index, "function": { "arguments": fragment } }
            ] }, "finish_reason": null }] }),
            ));
        }
    }
    events.push(data(
        json!({ "choices": [{ "index": 0, "delta": {}, "finish_reason": "tool_calls" }] }),
    ));
    events.push("data: [DONE]".into());
    Reply::Events(events)
}

/// An Anthropic stream of text in `pieces`.
pub fn anthropic_text(pieces: &[&str]) -> Reply {
    let mut events = vec![
        event(
            "message_start",
            json!({ "type": "message_start", "message": { "id": "msg_2", "type": "message", "role": "assistant", "content": [], "usage": { "input_tokens": 200, "output_tokens": 1 } } }),
        ),
        event(
            "content_block_start",
            json!({ "type": "content_block_start", "index": 0, "content_block": { "type": "text", "text": "" } }),
        ),
    ];
    for piece in pieces {
        events.push(event("content_block_delta", json!({ "type": "content_block_delta", "index": 0, "delta": { "type": "text_delta", "text": piece } })));
    }
    events.push(event(
        "content_block_stop",
        json!({ "type": "content_block_stop", "index": 0 }),
    ));
    events.push(event("message_delta", json!({ "type": "message_delta", "delta": { "stop_reason": "end_turn" }, "usage": { "output_tokens": 9 } })));
    events.push(event("message_stop", json!({ "type": "message_stop" })));
    Reply::Events(events)
}

/// A recorded transcript under tests/fixtures/llm/: `.sse` files are served event by event
/// (events separated by blank lines), `.json` files as one body.
pub fn fixture(name: &str) -> Reply {
    let path = super::root().join("tests/fixtures/llm").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if name.ends_with(".json") {
        return Reply::Json(serde_json::from_str(&text).expect("fixture is JSON"));
    }
    Reply::Events(
        text.split("\n\n")
            .map(str::trim)
            .filter(|e| !e.is_empty() && !e.starts_with('#'))
            .map(str::to_string)
            .collect(),
    )
}

fn data(value: Value) -> String {
    format!("data: {value}")
}

fn event(name: &str, value: Value) -> String {
    format!("event: {name}\ndata: {value}")
}
