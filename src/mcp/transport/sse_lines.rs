//! What eventsource-client is fed of a GET event stream (legacy HTTP+SSE, the Streamable HTTP
//! listen stream): only the lines the SSE specification gives a meaning, each ending in `\n`.
//!
//! eventsource-client treats a block that sets nothing it knows (a line without a colon, an
//! unknown field, a `retry:` that is no number, an `id:` with a NUL, a lone `event:`) as an
//! invalid event and drops the whole connection for it, losing what was on its way. The
//! specification says to ignore such lines, so they are left out here, and an empty `event:`
//! (which means `message`) is spelt `event: message`. The result parses to the same events.

use bytes::Bytes;

/// The byte order mark a stream may start with, which is not part of its first line.
const BYTE_ORDER_MARK: &[u8] = "\u{FEFF}".as_bytes();

/// Filters one stream chunk by chunk; the text must be valid UTF-8 (see `lossy_utf8.rs`).
#[derive(Default)]
pub(crate) struct SseLines {
    /// The line still waiting for its end.
    partial: Vec<u8>,
    /// The last chunk ended with `\r`: a `\n` first in the next one ends no further line.
    after_cr: bool,
    /// A line was seen, so a byte order mark is no longer expected.
    past_first_line: bool,
}

impl SseLines {
    /// The complete lines in `text` (after what earlier chunks left unfinished) that carry
    /// meaning, each ending in `\n`.
    pub fn filter(&mut self, text: &[u8]) -> Bytes {
        let mut kept = Vec::with_capacity(text.len() + self.partial.len());
        for &byte in text {
            if std::mem::take(&mut self.after_cr) && byte == b'\n' {
                continue;
            }
            if byte == b'\n' || byte == b'\r' {
                self.after_cr = byte == b'\r';
                let mut line = std::mem::take(&mut self.partial);
                if !std::mem::replace(&mut self.past_first_line, true)
                    && line.starts_with(BYTE_ORDER_MARK)
                {
                    line.drain(..BYTE_ORDER_MARK.len());
                }
                keep_line(&line, &mut kept);
            } else {
                self.partial.push(byte);
            }
        }
        Bytes::from(kept)
    }
}

/// Appends `line` to `kept` if the specification gives it a meaning.
fn keep_line(line: &[u8], kept: &mut Vec<u8>) {
    let (field, value) = match line.iter().position(|&byte| byte == b':') {
        Some(colon) => {
            let value = &line[colon + 1..];
            (&line[..colon], value.strip_prefix(b" ").unwrap_or(value))
        }
        None => (line, &[][..]),
    };
    let meaningful = match field {
        // The empty line that ends an event, or a comment.
        b"" => true,
        b"data" => true,
        b"event" if value.is_empty() => {
            kept.extend_from_slice(b"event: message\n");
            return;
        }
        b"event" => true,
        b"id" => !value.contains(&0),
        b"retry" => {
            !value.is_empty()
                && value.iter().all(u8::is_ascii_digit)
                && std::str::from_utf8(value).is_ok_and(|digits| digits.parse::<u64>().is_ok())
        }
        _ => false,
    };
    if meaningful {
        kept.extend_from_slice(line);
        kept.push(b'\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter_in_chunks(chunks: &[&[u8]]) -> String {
        let mut lines = SseLines::default();
        let mut text = Vec::new();
        for chunk in chunks {
            text.extend_from_slice(&lines.filter(chunk));
        }
        String::from_utf8(text).expect("valid UTF-8 in, valid UTF-8 out")
    }

    #[test]
    fn lines_that_mean_nothing_are_left_out() {
        assert_eq!(
            filter_in_chunks(&[
                b"no colon\n\nsurprise: field\nretry: soon\nretry: 100\nid: a\0b\n: a comment\n\n"
            ]),
            "\nretry: 100\n: a comment\n\n"
        );
    }

    #[test]
    fn an_empty_event_type_is_spelt_message() {
        assert_eq!(
            filter_in_chunks(&[b"event:\ndata: {}\n\n"]),
            "event: message\ndata: {}\n\n"
        );
    }

    #[test]
    fn every_line_ending_becomes_a_newline_even_split_between_chunks() {
        assert_eq!(
            filter_in_chunks(&[b"data: a\r", b"\ndata: b\r\r", b"data: c\n", b"\n"]),
            "data: a\ndata: b\n\ndata: c\n\n"
        );
    }

    #[test]
    fn a_byte_order_mark_before_the_first_line_is_dropped() {
        assert_eq!(
            filter_in_chunks(&["\u{FEFF}event: endpoint\ndata: /m\n\n".as_bytes()]),
            "event: endpoint\ndata: /m\n\n"
        );
    }
}
