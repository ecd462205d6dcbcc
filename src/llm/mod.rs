//! The language model behind the conversation: what no skill understands goes to the model
//! configured in roxy.yaml's `llm:` section, with the recent conversation and the running MCP
//! servers' tools; the calls it makes run through [`McpManager::call_tool`], behind approval,
//! and for a provider not on this machine the conversation is redacted before it leaves.
//!
//! What is where: `types.rs` messages, calls, turns and errors; `openai.rs` and `anthropic.rs`
//! the two wire formats; `provider.rs` one model request (HTTP through the privacy gateway's
//! [`crate::privacy::OutboundHttp`], streaming, timeouts, error hints); `stream.rs` streamed
//! text (`<think>` filter, placeholder restorer); `json_calls.rs` tool calls for models without
//! native tool calling; `tools.rs` the tools offered and the reverse map of their names;
//! `approval.rs` whether a call may run; `context.rs` trimming to the context window;
//! `agent.rs` the loop; `sampling.rs` servers' `sampling/createMessage` requests.
//!
//! Metrics: `roxy_llm_requests_total{provider,outcome}`,
//! `roxy_llm_request_duration_seconds{provider}`, `roxy_llm_tokens_total{provider,kind}`,
//! `roxy_llm_tool_calls_total{tool,decision}`, `roxy_llm_steps`,
//! `roxy_llm_answer_duration_seconds`.

mod agent;
mod anthropic;
pub mod approval;
mod context;
mod json_calls;
mod openai;
mod provider;
mod sampling;
mod stream;
mod tools;
mod types;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

pub use agent::{Answer, CallRecord, Event, Interaction};
pub use approval::{Approval, ApproveAll, Approver, DeclineAll};
pub use types::{LlmError, Usage};

use crate::config::{Config, LlmConfig};
use crate::mcp::{McpManager, SamplingHandler};
use crate::privacy::{PrivacyError, PrivacyGateway, Vault};
use crate::sync::lock;
use provider::Provider;

/// The configured model, for one conversation (one privacy vault, one set of "always allow"
/// answers).
pub struct Llm {
    config: LlmConfig,
    provider: Provider,
    manager: McpManager,
    vault: tokio::sync::Mutex<Vault>,
    /// Tools the person allowed for the rest of the session.
    always: Mutex<HashSet<String>>,
    /// Tokens of the latest model request, for `/model`.
    last_usage: Mutex<Option<Usage>>,
}

impl Llm {
    /// The model of `config`'s `llm:` section; `None` without one.
    pub fn from_config(config: &Config, manager: McpManager) -> Option<Result<Llm, String>> {
        let llm = config.roxy.llm.clone()?;
        Some(
            PrivacyGateway::new(&config.roxy.privacy, &config.data_dir())
                .map_err(|error| format!("the privacy gateway cannot start: {error}"))
                .and_then(|gateway| Provider::new(&llm, gateway))
                .map(|provider| Llm {
                    config: llm,
                    provider,
                    manager,
                    vault: tokio::sync::Mutex::new(Vault::default()),
                    always: Mutex::new(HashSet::new()),
                    last_usage: Mutex::new(None),
                }),
        )
    }

    /// The handler for servers' sampling requests, when `config` has a model that can be set up.
    pub fn sampler(config: &Config) -> Option<Arc<dyn SamplingHandler>> {
        let llm = config.roxy.llm.clone()?;
        let gateway = PrivacyGateway::new(&config.roxy.privacy, &config.data_dir()).ok()?;
        let provider = Provider::new(&llm, gateway).ok()?;
        Some(Arc::new(sampling::Sampler::new(llm, provider)))
    }

    /// Gets ready for the first request now (blocking): compiles the privacy detectors if the
    /// conversation is redacted.
    pub fn prepare(&self) -> Result<(), PrivacyError> {
        self.provider.prepare()
    }

    /// Provider, model, where it runs, and how much of the context the last request used.
    pub fn describe(&self) -> String {
        let usage = match *lock(&self.last_usage) {
            Some(usage) => format!(
                "last request: {} of {} context tokens read, {} written",
                usage.input_tokens, self.config.context_window, usage.output_tokens
            ),
            None => format!(
                "context window {} tokens; no request yet",
                self.config.context_window
            ),
        };
        format!(
            "{} model `{}` at {} ({}; tool calls: {}; at most {} steps and {} tools)\n{usage}",
            self.config.provider.name(),
            self.config.model,
            self.config.base_url().unwrap_or_default(),
            if self.provider.redacts() {
                format!(
                    "conversation redacted before it goes to {}",
                    self.provider.destination()
                )
            } else {
                "on this machine, not redacted".to_string()
            },
            match self.config.tool_calls {
                crate::config::ToolCallMode::Native => "native",
                crate::config::ToolCallMode::Json => "json",
            },
            self.config.max_steps,
            self.config.max_tools,
        )
    }
}
