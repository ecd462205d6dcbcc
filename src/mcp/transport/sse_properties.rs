//! A bounded, seeded property test of how the remote transports read event streams, run by
//! `cargo test`: random valid events with garbage between them (lines the SSE specification
//! gives no meaning, comments, invalid UTF-8, events that are no JSON-RPC, events of other
//! types), every line ending the specification allows, a byte order mark now and then, cut into
//! random chunks and served from a loopback server. Both readers take each stream: the one for
//! answer streams (`EventReader`, sse-stream) and the one for GET streams (eventsource-client
//! through `ReqwestBridge`). Neither may panic or end the stream early, and every valid event
//! must arrive, in order. A failure names its seed.

use std::time::Duration;

use eventsource_client::{self as es, Client as _};
use futures::StreamExt;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use super::event_source::ReqwestBridge;
use super::remote::{EventReader, Remote};
use crate::config::ServerConfig;
use crate::mcp::protocol::JsonRpcMessage;

/// Streams generated per reader.
const CASES: u64 = 48;
/// Bounds one case, so that a reader that hangs fails the test instead of stalling it.
const CASE_TIMEOUT: Duration = Duration::from_secs(30);

/// Lines that carry no event, each followed by the blank line that ends a block.
const GARBAGE: &[&[u8]] = &[
    b"no colon at all",
    b"x-unknown: field",
    b": a comment",
    b"retry: soon",
    b"retry: 99999999999999999999999",
    b"event:",
    b"id: 7",
    b"data: not json at all",
    b"data: \xff\xfe\xfd",
    b"x-bytes: caf\xc3",
    b"\xc3\x28: a field name that is no text",
    b"data: [1, 2, 3]",
];

/// Characters the events' texts are made of: quotes and backslashes (escaped in JSON), and
/// characters of two, three and four bytes, which the chunks cut through.
const ALPHABET: &[char] = &['a', 'Z', '7', ' ', '"', '\\', '<', 'é', '€', '😀', ':'];

/// One generated stream: its body cut into chunks, and the texts of its valid events in order.
struct Case {
    chunks: Vec<Vec<u8>>,
    expected: Vec<String>,
}

fn generate(seed: u64) -> Case {
    let mut rng = StdRng::seed_from_u64(seed);
    let ending: &[u8] = [&b"\n"[..], b"\r\n", b"\r"][rng.random_range(0..3)];
    let mut body = Vec::new();
    if rng.random_bool(0.2) {
        body.extend_from_slice("\u{FEFF}".as_bytes());
    }
    let line = |body: &mut Vec<u8>, text: &[u8]| {
        body.extend_from_slice(text);
        body.extend_from_slice(ending);
    };
    let mut expected = Vec::new();
    for index in 0..rng.random_range(1..8) {
        for _ in 0..rng.random_range(0..3) {
            line(&mut body, GARBAGE[rng.random_range(0..GARBAGE.len())]);
            line(&mut body, b"");
        }
        let length = rng.random_range(0..24);
        let mut text: String = (0..length)
            .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())])
            .collect();
        text.push_str(&format!(" #{index}"));
        let params = json!({ "level": "info", "data": text }).to_string();
        let of_other_type = rng.random_bool(0.15);
        match rng.random_range(0..4) {
            _ if of_other_type => line(&mut body, b"event: other"),
            0 => line(&mut body, b"event: message"),
            1 => line(&mut body, b"event:"),
            _ => {}
        }
        if rng.random_bool(0.3) {
            line(&mut body, format!("id: {index}").as_bytes());
        }
        // A message split over two `data:` lines, joined with a newline between JSON tokens.
        line(&mut body, br#"data: {"jsonrpc":"2.0","#);
        line(
            &mut body,
            format!(r#"data: "method":"notifications/message","params":{params}}}"#).as_bytes(),
        );
        line(&mut body, b"");
        if !of_other_type {
            expected.push(text);
        }
    }
    let mut chunks = Vec::new();
    let mut rest = body.as_slice();
    while !rest.is_empty() {
        let size = rng.random_range(1..=rest.len().min(16));
        let (chunk, after) = rest.split_at(size);
        chunks.push(chunk.to_vec());
        rest = after;
    }
    Case { chunks, expected }
}

/// Serves `chunks` as one `text/event-stream` response to the first request, writing (and
/// flushing) each chunk on its own, then closes the connection. Returns the URL.
async fn serve(chunks: Vec<Vec<u8>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let url = format!(
        "http://{}/events",
        listener.local_addr().expect("a local address")
    );
    tokio::spawn(async move {
        let Ok((mut socket, _)) = listener.accept().await else {
            return;
        };
        let _ = socket.set_nodelay(true);
        let mut request = Vec::new();
        let mut buffer = [0u8; 1024];
        while !request.windows(4).any(|window| window == b"\r\n\r\n") && request.len() < 65536 {
            match socket.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(read) => request.extend_from_slice(&buffer[..read]),
            }
        }
        let head =
            "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n";
        if socket.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        for chunk in chunks {
            if socket.write_all(&chunk).await.is_err() || socket.flush().await.is_err() {
                return;
            }
            tokio::task::yield_now().await;
        }
        let _ = socket.shutdown().await;
    });
    url
}

fn remote(url: &str) -> Remote {
    let server: ServerConfig =
        serde_yaml::from_str(&format!("{{ transport: sse, url: \"{url}\" }}"))
            .expect("a valid server config");
    Remote::from_config("fuzzed", &server).expect("a remote")
}

/// The texts of `notifications/message` among `messages`.
fn texts(messages: Vec<JsonRpcMessage>) -> Vec<String> {
    messages
        .into_iter()
        .filter_map(|message| match message {
            JsonRpcMessage::Notification {
                params: Some(params),
                ..
            } => params
                .get("data")
                .and_then(Value::as_str)
                .map(str::to_string),
            _ => None,
        })
        .collect()
}

/// What the answer-stream reader makes of `case`.
async fn read_as_answer_stream(case: &Case) -> Result<Vec<String>, String> {
    let url = serve(case.chunks.clone()).await;
    let remote = remote(&url);
    let response = remote
        .client
        .get(&url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let mut events = EventReader::new(response, remote.max_message_size);
    let mut received = Vec::new();
    loop {
        match events.next(&remote, "a fuzzed stream").await {
            Ok(Some(event)) => received.extend(texts(remote.event_messages(&event))),
            Ok(None) => return Ok(received),
            Err(_) => return Err(format!("the stream broke after {received:?}")),
        }
    }
}

/// What the GET-stream reader makes of `case`, taking events as the legacy transport does.
async fn read_as_get_stream(case: &Case) -> Result<Vec<String>, String> {
    let url = serve(case.chunks.clone()).await;
    let remote = remote(&url);
    let client = es::ClientBuilder::for_url(&url)
        .map_err(|e| e.to_string())?
        .reconnect(es::ReconnectOptions::reconnect(false).build())
        .build_with_transport(ReqwestBridge::new(&remote, reqwest::header::HeaderMap::new));
    let mut stream = client.stream();
    let mut received = Vec::new();
    while let Some(item) = stream.next().await {
        match item {
            Ok(es::SSE::Event(event)) if event.event_type == "message" => {
                received.extend(texts(remote.parse_messages(event.data.as_bytes())));
            }
            Ok(_) => {}
            Err(es::Error::Eof) => break,
            Err(error) => return Err(format!("the stream broke ({error}) after {received:?}")),
        }
    }
    Ok(received)
}

#[tokio::test]
async fn answer_streams_survive_garbage_and_any_chunking() {
    for seed in 0..CASES {
        let case = generate(seed);
        let received = tokio::time::timeout(CASE_TIMEOUT, read_as_answer_stream(&case))
            .await
            .unwrap_or_else(|_| Err("no end within the case timeout".into()));
        assert_eq!(received, Ok(case.expected), "seed {seed}");
    }
}

#[tokio::test]
async fn get_streams_survive_garbage_and_any_chunking() {
    for seed in 0..CASES {
        let case = generate(seed);
        let received = tokio::time::timeout(CASE_TIMEOUT, read_as_get_stream(&case))
            .await
            .unwrap_or_else(|_| Err("no end within the case timeout".into()));
        assert_eq!(received, Ok(case.expected), "seed {seed}");
    }
}
