//! The conversation as the language-model clients see it, independent of any wire format:
//! messages, tool calls and tool specs, one model turn with its token usage, and the errors a
//! model request can end with.

use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

/// Who said a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    System,
    User,
    Assistant,
    /// A tool result, answering one call of the assistant message before it.
    Tool,
}

/// One message of the conversation sent to the model. Texts are kept as the person and the
/// tools wrote them; redaction happens when a request is sent.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub role: Role,
    pub text: String,
    /// The calls an assistant message makes.
    pub tool_calls: Vec<ToolCall>,
    /// The call a tool message answers.
    pub tool_call_id: Option<String>,
    /// The tool a tool message comes from (for formats that name it).
    pub tool_name: Option<String>,
}

impl Message {
    pub fn new(role: Role, text: impl Into<String>) -> Message {
        Message {
            role,
            text: text.into(),
            tool_calls: Vec::new(),
            tool_call_id: None,
            tool_name: None,
        }
    }

    /// A tool result answering `call`.
    pub fn tool_result(call: &ToolCall, text: impl Into<String>) -> Message {
        Message {
            role: Role::Tool,
            text: text.into(),
            tool_calls: Vec::new(),
            tool_call_id: Some(call.id.clone()),
            tool_name: Some(call.name.clone()),
        }
    }

    /// Characters the message costs, for the context budget (about 4 per token).
    pub fn size(&self) -> usize {
        20 + self.text.len()
            + self
                .tool_calls
                .iter()
                .map(|call| 40 + call.name.len() + call.arguments.len())
                .sum::<usize>()
    }
}

/// A tool call as the model made it: `arguments` is the JSON text it wrote (which may be invalid).
#[derive(Debug, Clone, PartialEq)]
pub struct ToolCall {
    pub id: String,
    pub name: String,
    pub arguments: String,
}

/// A tool offered to the model.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToolSpec {
    pub name: String,
    pub description: String,
    pub parameters: Value,
}

/// Tokens a request read and wrote, as the server reported them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Usage {
    pub input_tokens: u64,
    pub output_tokens: u64,
}

impl Usage {
    pub fn add(&mut self, other: Usage) {
        self.input_tokens += other.input_tokens;
        self.output_tokens += other.output_tokens;
    }
}

/// One answer of the model: text (restored, without `<think>` parts) and the calls it asks for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Turn {
    pub text: String,
    pub tool_calls: Vec<ToolCall>,
    pub usage: Usage,
}

/// Why a model request failed. Messages say what to change.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LlmError {
    /// Redaction failed: nothing was sent.
    #[error("nothing was sent to the model: {0}")]
    NotSent(String),
    /// The server answered with an error (its body verbatim) or could not be reached.
    #[error("{message}")]
    Server { message: String },
    #[error(
        "the model server sent nothing for {}; raise `llm.idle_timeout` in roxy.yaml if the model is slow to start",
        crate::config::duration::format_duration(*.0)
    )]
    Idle(Duration),
    #[error(
        "the model did not answer within {}; raise `llm.timeout` in roxy.yaml for slow models",
        crate::config::duration::format_duration(*.0)
    )]
    Timeout(Duration),
    /// The stream ended before the answer was complete; none of its calls ran.
    #[error(
        "the model's answer broke off before it was complete ({0}); nothing it asked for was run"
    )]
    Cut(String),
    #[error("the model server's answer is not understood: {0}")]
    Protocol(String),
}
