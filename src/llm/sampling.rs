//! MCP sampling through the configured model: a server's `sampling/createMessage` request is
//! approved like a tool call named `SERVER__sampling` (`llm.approval`; asking is not possible
//! while a server waits, so a request that would need it is declined — allow a server with
//! `approval: { tools: { "SERVER__sampling": auto } }`), sent through the same provider (with
//! the same redaction), and answered as a `CreateMessageResult`.

use serde_json::{Value, json};

use super::approval::{Need, need};
use super::provider::Provider;
use super::types::{Message, Role};
use crate::config::LlmConfig;
use crate::mcp::SamplingHandler;
use crate::privacy::Vault;

/// JSON-RPC error code MCP uses for a sampling request the user rejected.
const USER_REJECTED: i64 = -1;

/// Answers servers' sampling requests with the configured model.
pub struct Sampler {
    config: LlmConfig,
    provider: Provider,
    vault: tokio::sync::Mutex<Vault>,
}

impl Sampler {
    pub fn new(config: LlmConfig, provider: Provider) -> Sampler {
        Sampler {
            config,
            provider,
            vault: tokio::sync::Mutex::new(Vault::default()),
        }
    }
}

/// The text of a sampling message's `content` (one block or a list of blocks).
fn text_of(content: &Value) -> String {
    match content {
        Value::Array(blocks) => blocks.iter().map(text_of).collect::<Vec<_>>().join("\n"),
        block if block["type"] == "text" => block["text"].as_str().unwrap_or_default().to_string(),
        _ => String::new(),
    }
}

#[async_trait::async_trait]
impl SamplingHandler for Sampler {
    async fn create_message(&self, server: &str, params: &Value) -> Result<Value, (i64, String)> {
        let name = format!("{server}__sampling");
        if need(&self.config.approval, &name, None) != Need::Run {
            tracing::info!(
                server,
                "declined a sampling request (allow it with `llm.approval.tools: {{ \"{name}\": auto }}`)"
            );
            metrics::counter!("roxy_llm_sampling_total", "server" => server.to_string(), "decision" => "declined").increment(1);
            return Err((
                USER_REJECTED,
                format!(
                    "Roxy declined the sampling request (allow it with `llm.approval.tools: {{ \"{name}\": auto }}` in roxy.yaml)"
                ),
            ));
        }
        let mut messages = Vec::new();
        if let Some(system) = params["systemPrompt"].as_str() {
            messages.push(Message::new(Role::System, system));
        }
        for message in params["messages"].as_array().into_iter().flatten() {
            let role = if message["role"] == "assistant" {
                Role::Assistant
            } else {
                Role::User
            };
            messages.push(Message::new(role, text_of(&message["content"])));
        }
        let mut vault = self.vault.lock().await;
        let mut quiet = |_: &str| {};
        let turn = self
            .provider
            .send(&messages, &[], &mut vault, &mut quiet)
            .await
            .map_err(|error| {
                (
                    crate::mcp::protocol::error_codes::INTERNAL_ERROR,
                    error.to_string(),
                )
            })?;
        metrics::counter!("roxy_llm_sampling_total", "server" => server.to_string(), "decision" => "answered").increment(1);
        Ok(json!({
            "role": "assistant",
            "content": { "type": "text", "text": turn.text },
            "model": self.config.model,
            "stopReason": "endTurn",
        }))
    }
}
