//! A bounded, seeded property test of JSON-RPC parsing that runs in `cargo test`: random valid
//! messages must round-trip through their wire form (alone and in batches), and random bytes and
//! random mutations of valid lines must be read without a panic. The generator is shared with
//! the stdio framing test (`transport::stdio`).
//!
//! No fuzzing crate: a xorshift generator with fixed seeds keeps every run the same and every
//! failure reproducible from the seed printed in its message.

use serde_json::{Map, Value, json};

use super::{CallToolResult, ContentBlock, JsonRpcError, JsonRpcMessage, RawJson, RequestId};

/// Seeds run by the tests; each seed drives `CASES` cases.
pub(crate) const SEEDS: [u64; 4] = [1, 0x5eed, 0xdead_beef, 0x1234_5678_9abc_def0];
/// Cases per seed.
pub(crate) const CASES: usize = 1000;

/// xorshift64*: small, fast and good enough to pick test cases.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n > 0`).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    fn string(&mut self) -> String {
        const PIECES: [&str; 10] = [
            "a",
            "tools/call",
            "\"",
            "\\",
            "\n",
            "é",
            "😀",
            "\u{0}",
            " ",
            "id",
        ];
        (0..self.below(6))
            .map(|_| PIECES[self.below(PIECES.len())])
            .collect()
    }

    fn value(&mut self, depth: usize) -> Value {
        match self.below(if depth == 0 { 5 } else { 7 }) {
            0 => Value::Null,
            1 => Value::Bool(self.chance(2)),
            2 => json!(self.next() as i64),
            3 => json!((self.next() % 1_000_000) as f64 / 8.0),
            4 => Value::String(self.string()),
            5 => Value::Array((0..self.below(4)).map(|_| self.value(depth - 1)).collect()),
            _ => Value::Object(
                (0..self.below(4))
                    .map(|_| (self.string(), self.value(depth - 1)))
                    .collect::<Map<_, _>>(),
            ),
        }
    }

    fn id(&mut self) -> RequestId {
        if self.chance(2) {
            RequestId::Number(self.next() as i64)
        } else {
            RequestId::String(self.string())
        }
    }

    /// A random valid message.
    pub(crate) fn message(&mut self) -> JsonRpcMessage {
        let params = |rng: &mut Rng| (!rng.chance(3)).then(|| rng.value(3));
        match self.below(4) {
            0 => {
                let (id, method) = (self.id(), self.string());
                JsonRpcMessage::Request {
                    id,
                    method,
                    params: params(self).map(RawJson::from),
                }
            }
            1 => {
                let method = self.string();
                JsonRpcMessage::Notification {
                    method,
                    params: params(self),
                }
            }
            2 => JsonRpcMessage::Response {
                id: self.id(),
                result: self.value(3).into(),
            },
            _ => JsonRpcMessage::Error {
                id: (!self.chance(4)).then(|| self.id()),
                error: JsonRpcError {
                    code: self.next() as i64,
                    message: self.string(),
                    data: (!self.chance(2)).then(|| self.value(2)),
                },
            },
        }
    }

    /// `bytes` with one to four random edits: a flipped byte, a cut, an insertion, a repeat.
    pub(crate) fn mutate(&mut self, mut bytes: Vec<u8>) -> Vec<u8> {
        const INSERTS: [&[u8]; 8] = [b"{", b"}", b"[", b"]", b",", b"\"", b"\n", b"\xff\xfe"];
        for _ in 0..1 + self.below(4) {
            let at = self.below(bytes.len() + 1);
            match self.below(4) {
                0 if at < bytes.len() => bytes[at] = self.next() as u8,
                1 => bytes.truncate(at),
                2 => {
                    let insert = INSERTS[self.below(INSERTS.len())];
                    bytes.splice(at..at, insert.iter().copied());
                }
                _ => {
                    let end = (at + self.below(16)).min(bytes.len());
                    let repeated = bytes[at..end].to_vec();
                    bytes.splice(at..at, repeated);
                }
            }
        }
        bytes
    }
}

/// The line a peer would send for `message`.
pub(crate) fn line_of(message: &JsonRpcMessage) -> String {
    message.to_value().to_string()
}

#[test]
fn random_messages_round_trip_alone_and_in_batches() {
    for seed in SEEDS {
        let mut rng = Rng::new(seed);
        for case in 0..CASES {
            let batch: Vec<JsonRpcMessage> = (0..1 + rng.below(3)).map(|_| rng.message()).collect();
            let line = line_of(&batch[0]);
            assert_eq!(
                JsonRpcMessage::parse(&line).ok().as_ref(),
                Some(&batch[0]),
                "seed {seed} case {case}: {line}"
            );
            let array = Value::Array(batch.iter().map(JsonRpcMessage::to_value).collect());
            let parsed: Vec<JsonRpcMessage> = JsonRpcMessage::parse_line(&array.to_string())
                .unwrap_or_else(|e| panic!("seed {seed} case {case}: {e}: {array}"))
                .into_iter()
                .map(|m| m.unwrap_or_else(|e| panic!("seed {seed} case {case}: {e}: {array}")))
                .collect();
            assert_eq!(parsed, batch, "seed {seed} case {case}: {array}");
        }
    }
}

/// `to_json` (written straight from the message, as the transports send it) is byte for byte
/// the text of `to_value` for random messages of every kind.
#[test]
fn to_json_writes_the_same_text_as_to_value() {
    for seed in SEEDS {
        let mut rng = Rng::new(seed);
        for case in 0..CASES {
            let message = rng.message();
            assert_eq!(
                message.to_json(),
                message.to_value().to_string(),
                "seed {seed} case {case}"
            );
        }
    }
}

/// `CallToolResult`'s own reader gives what the derived one (with `#[serde(flatten)]` for the
/// members it does not know) gives, from text and from a parsed value, for random result
/// objects: known and unknown members in any order, of any type, some of them twice.
#[test]
fn call_tool_results_read_as_the_derived_reader_reads_them() {
    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Derived {
        #[serde(default)]
        content: Vec<Value>,
        #[serde(default)]
        structured_content: Option<Value>,
        #[serde(default)]
        is_error: bool,
        #[serde(flatten)]
        extra: Map<String, Value>,
    }
    let same = |ours: Result<CallToolResult, serde_json::Error>,
                derived: Result<Derived, serde_json::Error>| match (ours, derived) {
        (Ok(ours), Ok(derived)) => {
            ours.content
                .iter()
                .map(ContentBlock::to_value)
                .eq(derived.content)
                && ours.structured_content == derived.structured_content
                && ours.is_error == derived.is_error
                && ours.extra == derived.extra
        }
        (Err(_), Err(_)) => true,
        _ => false,
    };
    const NAMES: [&str; 5] = ["content", "structuredContent", "isError", "_meta", "x"];
    let (mut read, mut refused) = (0, 0);
    for seed in SEEDS {
        let mut rng = Rng::new(seed);
        for case in 0..CASES {
            let members: Vec<String> = (0..rng.below(6))
                .map(|_| {
                    let name = NAMES[rng.below(NAMES.len())];
                    let value = match rng.below(4) {
                        0 => Value::Array((0..rng.below(3)).map(|_| rng.value(2)).collect()),
                        1 => Value::Bool(rng.chance(2)),
                        _ => rng.value(2),
                    };
                    format!("{}:{value}", Value::from(name))
                })
                .collect();
            let text = format!("{{{}}}", members.join(","));
            let ours = serde_json::from_str::<CallToolResult>(&text);
            if ours.is_ok() {
                read += 1;
            } else {
                refused += 1;
            }
            let derived = serde_json::from_str::<Derived>(&text);
            assert!(same(ours, derived), "seed {seed} case {case}: {text}");
            if let Ok(value) = serde_json::from_str::<Value>(&text) {
                let ours = serde_json::from_value::<CallToolResult>(value.clone());
                let derived = serde_json::from_value::<Derived>(value);
                assert!(same(ours, derived), "seed {seed} case {case}: {text}");
            }
        }
    }
    // Both outcomes were met, so neither side was compared on one kind of input only.
    assert!(
        read > 100 && refused > 100,
        "{read} read, {refused} refused"
    );
}

#[test]
fn random_bytes_and_mutated_lines_never_panic() {
    for seed in SEEDS {
        let mut rng = Rng::new(seed);
        for _ in 0..CASES {
            let noise: Vec<u8> = (0..rng.below(64)).map(|_| rng.next() as u8).collect();
            let valid = line_of(&rng.message()).into_bytes();
            let mutated = rng.mutate(valid);
            for bytes in [noise, mutated] {
                let text = String::from_utf8_lossy(&bytes);
                // Only the absence of a panic is asserted: any answer is fine.
                let _ = JsonRpcMessage::parse(&text);
                let _ = JsonRpcMessage::parse_line(&text);
            }
        }
    }
}
