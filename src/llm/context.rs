//! Keeping the conversation inside the model's context window: sizes are estimated at four
//! characters a token, and the oldest parts are dropped as whole units (a past request with its
//! answer; within the current request, an assistant turn with all its tool results) so every
//! tool result still answers a call that is sent and every call sent is answered. The system
//! message, the current request and the latest turn always stay.

use super::types::{Message, Role};

/// Characters per token, the usual estimate for English text.
pub const CHARS_PER_TOKEN: usize = 4;

/// Drops the oldest units of `messages` until they fit in `budget` characters; returns how many
/// messages were dropped.
pub fn trim(messages: &mut Vec<Message>, budget: usize) -> usize {
    let mut dropped = 0;
    while messages.iter().map(Message::size).sum::<usize>() > budget {
        let Some(unit) = oldest_unit(messages) else {
            break;
        };
        dropped += unit.len();
        messages.drain(unit);
    }
    dropped
}

/// The oldest droppable unit, if any.
fn oldest_unit(messages: &[Message]) -> Option<std::ops::Range<usize>> {
    let start = usize::from(messages.first().is_some_and(|m| m.role == Role::System));
    let current = messages.iter().rposition(|m| m.role == Role::User)?;
    if start < current {
        // A past request and everything up to the next request.
        let end = (start + 1..messages.len()).find(|&i| messages[i].role == Role::User)?;
        return Some(start..end);
    }
    // Within the current request: the first assistant turn and its results, unless it is the last.
    let first = current + 1;
    let end = (first + 1..messages.len()).find(|&i| messages[i].role == Role::Assistant)?;
    Some(first..end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::llm::types::ToolCall;

    fn call(id: &str) -> Message {
        let mut message = Message::new(Role::Assistant, "");
        message.tool_calls.push(ToolCall {
            id: id.into(),
            name: "t".into(),
            arguments: "{}".into(),
        });
        message
    }

    fn result(id: &str, text: &str) -> Message {
        let mut message = Message::new(Role::Tool, text);
        message.tool_call_id = Some(id.into());
        message
    }

    #[test]
    fn drops_whole_units_oldest_first_and_keeps_the_request() {
        let big = "x".repeat(400);
        let mut messages = vec![
            Message::new(Role::System, "sys"),
            Message::new(Role::User, "old"),
            Message::new(Role::Assistant, big.clone()),
            Message::new(Role::User, "now"),
            call("a"),
            result("a", &big),
            result("a2", &big),
            call("b"),
            result("b", "small"),
        ];
        let dropped = trim(&mut messages, 300);
        assert_eq!(dropped, 5);
        let roles: Vec<Role> = messages.iter().map(|m| m.role).collect();
        assert_eq!(
            roles,
            [Role::System, Role::User, Role::Assistant, Role::Tool]
        );
        assert_eq!(messages[1].text, "now");
        assert_eq!(messages[3].tool_call_id.as_deref(), Some("b"));
    }
}
