//! OpenAI Chat Completions (`POST {base_url}/chat/completions`), the format of OpenAI, Ollama,
//! llama.cpp's llama-server, vLLM and LM Studio: the request body, and a decoder for the
//! streamed chunks or a single JSON body (Ollama answers a streamed request with tools that
//! way). Tool calls are accumulated by `index` (several per turn), `arguments` may come as a
//! string in fragments or as an object, ids may be missing, `reasoning_content` is ignored.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::types::{LlmError, Message, Role, ToolCall, ToolSpec, Usage};
use crate::config::LlmConfig;

/// The request body. `tools` is empty in JSON tool-call mode (`response_format` then holds
/// the schema of the answer).
pub fn request_body(
    config: &LlmConfig,
    messages: &[Message],
    tools: &[ToolSpec],
    response_format: Option<Value>,
) -> Value {
    let messages: Vec<Value> = messages.iter().map(message).collect();
    let mut body = json!({
        "model": config.model,
        "messages": messages,
        "stream": true,
        "stream_options": { "include_usage": true },
        "max_tokens": config.max_tokens,
        // Ollama reads this; other servers ignore it. Without it Ollama silently cuts the
        // prompt to its own default window, from the front.
        "options": { "num_ctx": config.context_window },
    });
    if !tools.is_empty() {
        body["tools"] = tools
            .iter()
            .map(|tool| {
                json!({ "type": "function", "function": {
                    "name": tool.name, "description": tool.description, "parameters": tool.parameters,
                } })
            })
            .collect();
    }
    if let Some(format) = response_format {
        body["response_format"] = format;
    }
    body
}

fn message(message: &Message) -> Value {
    match message.role {
        Role::System => json!({ "role": "system", "content": message.text }),
        Role::User => json!({ "role": "user", "content": message.text }),
        Role::Assistant if message.tool_calls.is_empty() => {
            json!({ "role": "assistant", "content": message.text })
        }
        Role::Assistant => json!({
            "role": "assistant",
            "content": if message.text.is_empty() { Value::Null } else { Value::String(message.text.clone()) },
            "tool_calls": message.tool_calls.iter().map(|call| json!({
                "id": call.id, "type": "function",
                "function": { "name": call.name, "arguments": call.arguments },
            })).collect::<Vec<_>>(),
        }),
        Role::Tool => json!({
            "role": "tool",
            "tool_call_id": message.tool_call_id,
            "content": message.text,
        }),
    }
}

#[derive(Debug, Default)]
struct PartialCall {
    id: Option<String>,
    name: String,
    arguments: String,
}

/// Accumulates one answer from streamed chunks or one JSON body.
#[derive(Debug, Default)]
pub struct Decoder {
    calls: BTreeMap<u64, PartialCall>,
    usage: Usage,
    finished: bool,
}

impl Decoder {
    /// One `data:` payload (a chunk) or the whole JSON body; visible text goes to `text`.
    pub fn chunk(&mut self, chunk: &Value, text: &mut dyn FnMut(&str)) -> Result<(), LlmError> {
        if let Some(error) = chunk.get("error") {
            let message = error
                .get("message")
                .and_then(Value::as_str)
                .map_or_else(|| error.to_string(), str::to_string);
            return Err(LlmError::Server { message });
        }
        if let Some(usage) = chunk.get("usage").filter(|u| u.is_object()) {
            let read = |key: &str| usage.get(key).and_then(Value::as_u64).unwrap_or(0);
            self.usage = Usage {
                input_tokens: read("prompt_tokens"),
                output_tokens: read("completion_tokens"),
            };
        }
        let Some(choice) = chunk
            .get("choices")
            .and_then(Value::as_array)
            .and_then(|c| c.first())
        else {
            return Ok(());
        };
        let Some(delta) = choice.get("delta").or_else(|| choice.get("message")) else {
            return Ok(());
        };
        if let Some(content) = delta.get("content").and_then(Value::as_str) {
            text(content);
        }
        if let Some(calls) = delta.get("tool_calls").and_then(Value::as_array) {
            for (position, call) in calls.iter().enumerate() {
                let index = call
                    .get("index")
                    .and_then(Value::as_u64)
                    .unwrap_or(position as u64);
                let partial = self.calls.entry(index).or_default();
                if let Some(id) = call
                    .get("id")
                    .and_then(Value::as_str)
                    .filter(|i| !i.is_empty())
                {
                    partial.id = Some(id.to_string());
                }
                let function = call.get("function").unwrap_or(&Value::Null);
                if let Some(name) = function.get("name").and_then(Value::as_str) {
                    partial.name.push_str(name);
                }
                match function.get("arguments") {
                    Some(Value::String(fragment)) => partial.arguments.push_str(fragment),
                    Some(Value::Null) | None => {}
                    Some(object) => partial.arguments = object.to_string(),
                }
            }
        }
        if choice
            .get("finish_reason")
            .is_some_and(|reason| !reason.is_null())
        {
            self.finished = true;
        }
        Ok(())
    }

    /// The `[DONE]` marker.
    pub fn done(&mut self) {
        self.finished = true;
    }

    /// The calls (a missing id is left empty for the caller to fill) and usage; an answer that
    /// never finished is an error (its calls are not run).
    pub fn finish(self) -> Result<(Vec<ToolCall>, Usage), LlmError> {
        if !self.finished {
            return Err(LlmError::Cut(
                "the stream ended without a finish_reason or [DONE]".into(),
            ));
        }
        let calls = self
            .calls
            .into_values()
            .map(|call| ToolCall {
                id: call.id.unwrap_or_default(),
                name: call.name,
                arguments: if call.arguments.trim().is_empty() {
                    "{}".into()
                } else {
                    call.arguments
                },
            })
            .collect();
        Ok((calls, self.usage))
    }
}
