//! Newline-delimited framing, shared by the transports that read JSON-RPC as lines (stdio
//! stdout, a child's stderr) or hand over whole messages (embedded Python): reading a line with a
//! byte cap that keeps the stream in step and memory bounded, and finding the request id in the
//! kept prefix of a message too large to parse, so that request fails at once.

use tokio::io::AsyncBufRead;
use tokio::io::AsyncBufReadExt;

use crate::mcp::protocol::RequestId;

/// Bytes kept of an oversized message, to find the id of the request it answers.
pub(crate) const ID_PREFIX_BYTES: usize = 256;

pub(crate) enum Line {
    Complete(Vec<u8>),
    TooLong { prefix: Vec<u8>, length: usize },
}

/// Reads one line of at most `cap` bytes. A longer line is consumed to its end and reported
/// with its first `keep` bytes, so the stream stays in step and memory stays bounded.
pub(crate) async fn read_line_capped(
    reader: &mut (impl AsyncBufRead + Unpin),
    cap: usize,
    keep: usize,
) -> std::io::Result<Option<Line>> {
    let mut line = Vec::new();
    let mut length = 0usize;
    let mut too_long = false;
    loop {
        let buffer = reader.fill_buf().await?;
        if buffer.is_empty() {
            return Ok(match (length, too_long) {
                (0, _) => None,
                (_, true) => Some(Line::TooLong {
                    prefix: line,
                    length,
                }),
                (_, false) => Some(Line::Complete(line)),
            });
        }
        let (chunk, found_newline) = match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => (&buffer[..at], true),
            None => (buffer, false),
        };
        length += chunk.len();
        if !too_long && length > cap {
            too_long = true;
            let wanted = keep.saturating_sub(line.len()).min(chunk.len());
            line.extend_from_slice(&chunk[..wanted]);
            line.truncate(keep);
        } else if !too_long {
            line.extend_from_slice(chunk);
        }
        let consumed = chunk.len() + usize::from(found_newline);
        reader.consume(consumed);
        if found_newline {
            return Ok(Some(if too_long {
                Line::TooLong {
                    prefix: line,
                    length,
                }
            } else {
                Line::Complete(line)
            }));
        }
    }
}

/// Finds `"id": N` or `"id": "s"` in the first bytes of an oversized message.
pub(crate) fn request_id_in_prefix(prefix: &[u8]) -> Option<RequestId> {
    let text = String::from_utf8_lossy(prefix);
    let after = text
        .split_once("\"id\"")?
        .1
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    if let Some(rest) = after.strip_prefix('"') {
        return rest
            .split_once('"')
            .map(|(s, _)| RequestId::String(s.to_string()));
    }
    let digits: String = after
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    digits.parse().ok().map(RequestId::Number)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use tokio::io::BufReader;

    use super::*;
    use crate::mcp::protocol::JsonRpcMessage;

    #[tokio::test]
    async fn caps_lines_and_keeps_the_stream_in_step() {
        let input: &[u8] = b"short\n0123456789abcdef\nnext\nlast-without-newline";
        let mut reader = BufReader::with_capacity(4, input);
        let mut seen = Vec::new();
        while let Some(line) = read_line_capped(&mut reader, 8, 4).await.unwrap() {
            seen.push(match line {
                Line::Complete(l) => String::from_utf8(l).unwrap(),
                Line::TooLong { length, .. } => format!("too long: {length}"),
            });
        }
        assert_eq!(seen, ["short", "too long: 16", "next", "too long: 20"]);
    }

    /// Seeded random streams of valid lines, mutated lines and noise, read through small buffers:
    /// every line comes out whole or cut at the cap (first `keep` bytes and true length), in
    /// step with the input, and every valid line parses back to its message.
    #[tokio::test]
    async fn random_streams_are_framed_line_by_line() {
        use crate::mcp::protocol::fuzz::{self, Rng};
        for seed in fuzz::SEEDS {
            let mut rng = Rng::new(seed);
            let mut input = Vec::new();
            let mut valid = BTreeMap::new();
            for _ in 0..200 {
                let message = rng.message();
                let line = fuzz::line_of(&message).into_bytes();
                match rng.below(3) {
                    0 => {
                        valid.insert(input.len(), message);
                        input.extend_from_slice(&line);
                    }
                    1 => input.extend(rng.mutate(line)),
                    _ => input.extend((0..rng.below(300)).map(|_| rng.next() as u8)),
                }
                input.push(b'\n');
            }
            let cap = 16 + rng.below(500);
            let keep = 1 + rng.below(cap);
            let mut reader = BufReader::with_capacity(1 + rng.below(64), input.as_slice());
            let mut expected = input.split(|&b| b == b'\n').collect::<Vec<_>>();
            expected.pop(); // after the last newline
            let (mut offset, mut parsed_valid) = (0, 0);
            for (index, line) in expected.into_iter().enumerate() {
                let context = format!("seed {seed}, line {index}, cap {cap}, keep {keep}");
                match read_line_capped(&mut reader, cap, keep).await {
                    Ok(Some(Line::Complete(read))) => {
                        assert_eq!(read, line, "{context}");
                        if let Some(message) = valid.get(&offset) {
                            let text = String::from_utf8_lossy(&read);
                            let parsed = JsonRpcMessage::parse_line(&text).ok();
                            assert_eq!(parsed, Some(vec![Ok(message.clone())]), "{context}");
                            parsed_valid += 1;
                        }
                    }
                    Ok(Some(Line::TooLong { prefix, length })) => {
                        assert!(line.len() > cap, "{context}");
                        assert_eq!((prefix.as_slice(), length), (&line[..keep], line.len()));
                    }
                    other => panic!("{context}: {:?}", other.map(|l| l.is_some())),
                }
                offset += line.len() + 1;
            }
            assert!(matches!(
                read_line_capped(&mut reader, cap, keep).await,
                Ok(None)
            ));
            assert!(
                parsed_valid > 0,
                "seed {seed}: no valid line was short enough to check"
            );
        }
    }

    #[test]
    fn finds_the_request_id_of_an_oversized_answer() {
        assert_eq!(
            request_id_in_prefix(br#"{"jsonrpc":"2.0","id": 42,"result":{"#),
            Some(RequestId::Number(42))
        );
        assert_eq!(
            request_id_in_prefix(br#"{"id":"abc","result""#),
            Some(RequestId::String("abc".into()))
        );
        assert_eq!(request_id_in_prefix(br#"{"result":"#), None);
    }
}
