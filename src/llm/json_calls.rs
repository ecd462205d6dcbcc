//! Tool calls for models without native tool calling (`llm.tool_calls: json`): the tools are
//! described in the system prompt, the answer is constrained by a JSON schema
//! (`response_format`, which llama.cpp, vLLM, Ollama and OpenAI honour) to
//! `{"tool": NAME, "arguments": {...}}` or `{"tool": "none", "answer": TEXT}`, calls and
//! results are written back into the conversation as plain text, and the answer is parsed
//! into a tool call or a text answer.

use serde_json::{Value, json};

use super::types::{Message, Role, ToolCall, ToolSpec};

/// The `tool` value that means "no tool: this is the answer".
const NO_TOOL: &str = "none";

/// What the system prompt adds: how to call a tool, and the tools.
pub fn instructions(tools: &[ToolSpec]) -> String {
    let mut text = String::from(
        "To use a tool, reply with only a JSON object {\"tool\": \"NAME\", \"arguments\": {...}}. \
         To answer the person, reply with only {\"tool\": \"none\", \"answer\": \"your answer\"}. \
         Tools:",
    );
    for tool in tools {
        text.push_str(&format!(
            "\n- {}: {} Arguments (JSON schema): {}",
            tool.name, tool.description, tool.parameters
        ));
    }
    text
}

/// The `response_format` that constrains the answer to a call of an offered tool or an answer.
pub fn response_format(tools: &[ToolSpec]) -> Value {
    let mut names: Vec<&str> = tools.iter().map(|t| t.name.as_str()).collect();
    names.push(NO_TOOL);
    json!({
        "type": "json_schema",
        "json_schema": {
            "name": "tool_call_or_answer",
            "schema": {
                "type": "object",
                "properties": {
                    "tool": { "type": "string", "enum": names },
                    "arguments": { "type": "object" },
                    "answer": { "type": "string" },
                },
                "required": ["tool"],
            },
        },
    })
}

/// The conversation with calls and results written as text, for a model that knows no tool
/// messages.
pub fn as_text(messages: &[Message]) -> Vec<Message> {
    messages
        .iter()
        .map(|message| match message.role {
            Role::Assistant if !message.tool_calls.is_empty() => {
                let calls: Vec<String> = message
                    .tool_calls
                    .iter()
                    .map(|call| {
                        let arguments = serde_json::from_str::<Value>(&call.arguments)
                            .unwrap_or_else(|_| Value::String(call.arguments.clone()));
                        json!({ "tool": call.name, "arguments": arguments }).to_string()
                    })
                    .collect();
                Message::new(Role::Assistant, calls.join("\n"))
            }
            Role::Tool => Message::new(
                Role::User,
                format!(
                    "Result of the tool {}:\n{}",
                    message.tool_name.as_deref().unwrap_or("?"),
                    message.text
                ),
            ),
            _ => message.clone(),
        })
        .collect()
}

/// Reads the model's answer: a tool call (the loop answers a call of a tool not offered with
/// an error), or text (the `answer`, or the whole
/// reply when it is not the expected JSON).
pub fn parse(reply: &str) -> (String, Vec<ToolCall>) {
    let trimmed = reply
        .trim()
        .trim_start_matches("```json")
        .trim_start_matches("```")
        .trim_end_matches("```")
        .trim();
    let Ok(Value::Object(object)) = serde_json::from_str::<Value>(trimmed) else {
        return (reply.trim().to_string(), Vec::new());
    };
    let tool = object
        .get("tool")
        .and_then(Value::as_str)
        .unwrap_or(NO_TOOL);
    if tool == NO_TOOL {
        let answer = object
            .get("answer")
            .and_then(Value::as_str)
            .unwrap_or_default();
        return (answer.to_string(), Vec::new());
    }
    if tool.is_empty() {
        return (reply.trim().to_string(), Vec::new());
    }
    let arguments = object
        .get("arguments")
        .cloned()
        .unwrap_or_else(|| json!({}));
    let call = ToolCall {
        id: String::new(),
        name: tool.to_string(),
        arguments: arguments.to_string(),
    };
    (String::new(), vec![call])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_calls_answers_and_plain_text() {
        let (text, calls) = parse(
            r#"{"tool": "roxy_system__current_time", "arguments": {"timezone": "Asia/Tokyo"}}"#,
        );
        assert_eq!(text, "");
        assert_eq!(calls[0].name, "roxy_system__current_time");
        assert_eq!(calls[0].arguments, r#"{"timezone":"Asia/Tokyo"}"#);
        assert_eq!(
            parse(r#"{"tool": "none", "answer": "Hi!"}"#),
            ("Hi!".to_string(), Vec::new())
        );
        assert_eq!(parse("Hello"), ("Hello".to_string(), Vec::new()));
        // A call of a tool that is not offered still goes to the loop, which answers it with an error.
        assert_eq!(parse(r#"{"tool": "nope"}"#).1[0].name, "nope");
    }
}
