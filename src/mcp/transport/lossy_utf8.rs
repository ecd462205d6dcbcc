//! Decoding an event stream's bytes as the SSE specification does, before either SSE parser
//! (sse-stream for answer streams, eventsource-client for GET streams) sees them: UTF-8, with
//! every invalid sequence replaced by U+FFFD. Both parsers validate strictly and end the whole
//! stream at one invalid byte; decoded here, a bad byte costs one character, and an event that
//! is then no JSON-RPC is skipped with a log line like any other malformed event.
//!
//! A character split between two chunks is held back until the next chunk completes it. An
//! incomplete character at the very end of a stream is dropped with the rest of its unfinished
//! line, which an SSE parser discards anyway.

use bytes::Bytes;

/// The UTF-8 encoding of U+FFFD, the replacement character.
const REPLACEMENT: &[u8] = "\u{FFFD}".as_bytes();

/// Decodes one stream chunk by chunk.
#[derive(Default)]
pub(crate) struct LossyUtf8 {
    /// The start of a character whose remaining bytes are in the next chunk (at most 3 bytes).
    incomplete: Vec<u8>,
}

impl LossyUtf8 {
    /// The valid UTF-8 text of `chunk` (with what an earlier chunk left incomplete in front).
    pub fn decode(&mut self, chunk: Bytes) -> Bytes {
        if self.incomplete.is_empty() && std::str::from_utf8(&chunk).is_ok() {
            return chunk;
        }
        let mut input = std::mem::take(&mut self.incomplete);
        input.extend_from_slice(&chunk);
        let mut decoded = Vec::with_capacity(input.len());
        let mut rest = input.as_slice();
        loop {
            match std::str::from_utf8(rest) {
                Ok(valid) => {
                    decoded.extend_from_slice(valid.as_bytes());
                    break;
                }
                Err(error) => {
                    let (valid, after) = rest.split_at(error.valid_up_to());
                    decoded.extend_from_slice(valid);
                    match error.error_len() {
                        Some(invalid) => {
                            decoded.extend_from_slice(REPLACEMENT);
                            rest = &after[invalid..];
                        }
                        None => {
                            // The chunk ends inside a character: wait for the rest of it.
                            self.incomplete = after.to_vec();
                            break;
                        }
                    }
                }
            }
        }
        Bytes::from(decoded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_in_chunks(chunks: &[&[u8]]) -> String {
        let mut decoder = LossyUtf8::default();
        let mut text = Vec::new();
        for chunk in chunks {
            text.extend_from_slice(&decoder.decode(Bytes::copy_from_slice(chunk)));
        }
        String::from_utf8(text).expect("always valid UTF-8")
    }

    #[test]
    fn valid_text_passes_unchanged() {
        assert_eq!(
            decode_in_chunks(&[b"data: caf\xc3\xa9\n\n"]),
            "data: café\n\n"
        );
    }

    #[test]
    fn invalid_bytes_become_replacement_characters() {
        assert_eq!(
            decode_in_chunks(&[b"data: \xff\xfe caf\xe9\n\n"]),
            "data: \u{FFFD}\u{FFFD} caf\u{FFFD}\n\n"
        );
    }

    #[test]
    fn a_character_split_between_chunks_is_joined() {
        let euro = "€".as_bytes();
        assert_eq!(
            decode_in_chunks(&[b"a", &euro[..1], &euro[1..2], &euro[2..], b"b"]),
            "a€b"
        );
    }

    #[test]
    fn a_split_character_that_never_completes_is_replaced() {
        let euro = "€".as_bytes();
        assert_eq!(decode_in_chunks(&[&euro[..2], b"x"]), "\u{FFFD}x");
    }
}
