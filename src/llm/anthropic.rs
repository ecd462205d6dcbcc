//! Anthropic Messages (`POST {base_url}/messages`): the request body (`system` at the top,
//! `max_tokens` always set, all tool results of a turn in one user message of `tool_result`
//! blocks) and a decoder for the streamed events (`content_block_start` with `tool_use`,
//! `input_json_delta` fragments, `text_delta`, `thinking_delta` ignored, `message_delta` with
//! the stop reason and usage, `message_stop`) or a single JSON body.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::types::{LlmError, Message, Role, ToolCall, ToolSpec, Usage};
use crate::config::LlmConfig;

/// The `anthropic-version` header value.
pub const API_VERSION: &str = "2023-06-01";

pub fn request_body(config: &LlmConfig, messages: &[Message], tools: &[ToolSpec]) -> Value {
    let system: Vec<&str> = messages
        .iter()
        .filter(|m| m.role == Role::System)
        .map(|m| m.text.as_str())
        .collect();
    let mut turns: Vec<Value> = Vec::new();
    for message in messages.iter().filter(|m| m.role != Role::System) {
        let (role, blocks) = match message.role {
            Role::User => (
                "user",
                vec![json!({ "type": "text", "text": message.text })],
            ),
            Role::Assistant => {
                let mut blocks = Vec::new();
                if !message.text.is_empty() {
                    blocks.push(json!({ "type": "text", "text": message.text }));
                }
                for call in &message.tool_calls {
                    let input = serde_json::from_str::<Value>(&call.arguments)
                        .ok()
                        .filter(Value::is_object)
                        .unwrap_or_else(|| json!({}));
                    blocks.push(json!({ "type": "tool_use", "id": call.id, "name": call.name, "input": input }));
                }
                ("assistant", blocks)
            }
            Role::Tool => (
                "user",
                vec![json!({
                    "type": "tool_result",
                    "tool_use_id": message.tool_call_id,
                    "content": message.text,
                })],
            ),
            Role::System => continue,
        };
        // Consecutive messages of one role (the tool results of a turn) become one message.
        match turns.last_mut() {
            Some(last) if last["role"] == role => {
                if let Some(content) = last["content"].as_array_mut() {
                    content.extend(blocks);
                }
            }
            _ => turns.push(json!({ "role": role, "content": blocks })),
        }
    }
    let mut body = json!({
        "model": config.model,
        "max_tokens": config.max_tokens,
        "stream": true,
        "system": system.join("\n\n"),
        "messages": turns,
    });
    if !tools.is_empty() {
        body["tools"] = tools
            .iter()
            .map(|tool| json!({ "name": tool.name, "description": tool.description, "input_schema": tool.parameters }))
            .collect();
    }
    body
}

#[derive(Debug, Default)]
struct Block {
    tool: Option<(String, String)>,
    input: String,
}

/// Accumulates one answer from the event stream or one JSON body.
#[derive(Debug, Default)]
pub struct Decoder {
    blocks: BTreeMap<u64, Block>,
    usage: Usage,
    finished: bool,
}

impl Decoder {
    /// One event's data (its `type` names the event) or the whole JSON body.
    pub fn event(&mut self, data: &Value, text: &mut dyn FnMut(&str)) -> Result<(), LlmError> {
        let index = data.get("index").and_then(Value::as_u64).unwrap_or(0);
        match data.get("type").and_then(Value::as_str).unwrap_or_default() {
            "error" => {
                let message = data
                    .pointer("/error/message")
                    .and_then(Value::as_str)
                    .map_or_else(|| data.to_string(), str::to_string);
                return Err(LlmError::Server { message });
            }
            "message_start" => self.read_usage(data.pointer("/message/usage")),
            "content_block_start" => {
                let block = data.get("content_block").unwrap_or(&Value::Null);
                self.start_block(index, block, text);
            }
            "content_block_delta" => {
                let delta = data.get("delta").unwrap_or(&Value::Null);
                match delta.get("type").and_then(Value::as_str) {
                    Some("text_delta") => text(
                        delta
                            .get("text")
                            .and_then(Value::as_str)
                            .unwrap_or_default(),
                    ),
                    Some("input_json_delta") => {
                        let fragment = delta
                            .get("partial_json")
                            .and_then(Value::as_str)
                            .unwrap_or_default();
                        self.blocks
                            .entry(index)
                            .or_default()
                            .input
                            .push_str(fragment);
                    }
                    _ => {}
                }
            }
            "message_delta" => self.read_usage(data.get("usage")),
            "message_stop" => self.finished = true,
            // A whole (non-streamed) message.
            "message" => {
                self.read_usage(data.get("usage"));
                for (position, block) in data
                    .get("content")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .enumerate()
                {
                    self.start_block(position as u64, block, text);
                }
                self.finished = true;
            }
            _ => {}
        }
        Ok(())
    }

    fn start_block(&mut self, index: u64, block: &Value, text: &mut dyn FnMut(&str)) {
        match block.get("type").and_then(Value::as_str) {
            Some("text") => text(
                block
                    .get("text")
                    .and_then(Value::as_str)
                    .unwrap_or_default(),
            ),
            Some("tool_use") => {
                let entry = self.blocks.entry(index).or_default();
                let id = block.get("id").and_then(Value::as_str).unwrap_or_default();
                let name = block
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                entry.tool = Some((id.to_string(), name.to_string()));
                if let Some(input) = block
                    .get("input")
                    .filter(|i| i.as_object().is_some_and(|o| !o.is_empty()))
                {
                    entry.input = input.to_string();
                }
            }
            _ => {}
        }
    }

    fn read_usage(&mut self, usage: Option<&Value>) {
        let Some(usage) = usage else { return };
        if let Some(input) = usage.get("input_tokens").and_then(Value::as_u64) {
            self.usage.input_tokens = input;
        }
        if let Some(output) = usage.get("output_tokens").and_then(Value::as_u64) {
            self.usage.output_tokens = output;
        }
    }

    pub fn finish(self) -> Result<(Vec<ToolCall>, Usage), LlmError> {
        if !self.finished {
            return Err(LlmError::Cut(
                "the stream ended without message_stop".into(),
            ));
        }
        let calls = self
            .blocks
            .into_values()
            .filter_map(|block| {
                let (id, name) = block.tool?;
                Some(ToolCall {
                    id,
                    name,
                    arguments: if block.input.trim().is_empty() {
                        "{}".into()
                    } else {
                        block.input
                    },
                })
            })
            .collect();
        Ok((calls, self.usage))
    }
}
