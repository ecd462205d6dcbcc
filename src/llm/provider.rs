//! One model request: the body in the provider's wire format, sent through
//! [`OutboundHttp::post_for_stream`] (the conversation redacted with the conversation's vault
//! when the provider is not on loopback; retries on 429/5xx with `Retry-After`), the answer read
//! as a server-sent event stream or a single JSON body with an idle timeout per read and a
//! total timeout, text shown as it arrives (without `<think>` parts, placeholders restored
//! chunk by chunk), tool-call arguments restored, and server errors shown verbatim with a hint.

use std::time::Duration;

use futures::StreamExt;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue};
use serde_json::Value;
use sse_stream::SseByteStream;

use super::stream::{StreamRestorer, ThinkFilter};
use super::types::{LlmError, Message, ToolCall, ToolSpec, Turn};
use super::{anthropic, json_calls, openai};
use crate::config::{LlmConfig, LlmProvider, RedactMode, ToolCallMode};
use crate::privacy::{
    OutboundError, OutboundHttp, PrivacyError, PrivacyGateway, RedactedField, Vault,
};
use crate::retry::RetryPolicy;

/// A configured model server.
#[derive(Debug, Clone)]
pub struct Provider {
    config: LlmConfig,
    url: String,
    destination: String,
    redacts: bool,
    outbound: OutboundHttp,
}

impl Provider {
    /// Checks the URL and key and builds the HTTP client.
    pub fn new(config: &LlmConfig, gateway: PrivacyGateway) -> Result<Provider, String> {
        let base = config
            .base_url()
            .ok_or("`llm.base_url` is not set in roxy.yaml")?;
        let parsed =
            url::Url::parse(base).map_err(|_| format!("`llm.base_url` `{base}` is not a URL"))?;
        let destination = parsed
            .host_str()
            .ok_or_else(|| format!("`llm.base_url` `{base}` has no host"))?
            .to_string();
        let redacts = match config.privacy.redact {
            RedactMode::Auto => !is_loopback(&parsed),
            RedactMode::Always => true,
            RedactMode::Never => false,
        };
        let endpoint = match config.provider {
            LlmProvider::Anthropic => "messages",
            _ => "chat/completions",
        };
        let mut headers = HeaderMap::new();
        let header = |value: String| {
            HeaderValue::from_str(&value)
                .map_err(|_| "`llm.api_key` holds characters HTTP headers cannot carry".to_string())
        };
        match (config.provider, &config.api_key) {
            (LlmProvider::Anthropic, key) => {
                if let Some(key) = key {
                    headers.insert("x-api-key", header(key.clone())?);
                }
                headers.insert(
                    "anthropic-version",
                    HeaderValue::from_static(anthropic::API_VERSION),
                );
            }
            (_, Some(key)) => {
                headers.insert(AUTHORIZATION, header(format!("Bearer {key}"))?);
            }
            (_, None) => {}
        }
        let mut client = reqwest::Client::builder()
            .default_headers(headers)
            .connect_timeout(Duration::from_secs(10));
        if is_loopback(&parsed) {
            // What `redact: auto` sends unredacted to this machine must not go through a proxy
            // (`HTTP_PROXY`) to another.
            client = client.no_proxy();
        }
        let client = client
            .build()
            .map_err(|error| format!("cannot build the HTTP client: {error}"))?;
        Ok(Provider {
            config: config.clone(),
            url: format!("{}/{endpoint}", base.trim_end_matches('/')),
            destination,
            redacts,
            outbound: OutboundHttp::new(client, gateway, RetryPolicy::default()),
        })
    }

    /// The provider's host: the destination in the audit log and metrics.
    pub fn destination(&self) -> &str {
        &self.destination
    }

    /// Compiles the privacy detectors ahead of the first request, if requests are redacted.
    pub fn prepare(&self) -> Result<(), PrivacyError> {
        if self.redacts {
            self.outbound.prepare()?;
        }
        Ok(())
    }

    /// Whether the conversation is redacted before it is sent.
    pub fn redacts(&self) -> bool {
        self.redacts
    }

    /// One model turn for `messages` (the first a system message) with `tools` offered. Text
    /// goes to `on_text` as it arrives; a request redacted with `vault` is restored with it.
    pub async fn send(
        &self,
        messages: &[Message],
        tools: &[ToolSpec],
        vault: &mut Vault,
        on_text: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Turn, LlmError> {
        let timeout = self.config.timeout;
        match tokio::time::timeout(timeout, self.exchange(messages, tools, vault, on_text)).await {
            Ok(result) => result,
            Err(_) => Err(LlmError::Timeout(timeout)),
        }
    }

    async fn exchange(
        &self,
        messages: &[Message],
        tools: &[ToolSpec],
        vault: &mut Vault,
        on_text: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Turn, LlmError> {
        let json_mode = self.config.tool_calls == ToolCallMode::Json && !tools.is_empty();
        let body = match (self.config.provider, json_mode) {
            (LlmProvider::Anthropic, false) => {
                anthropic::request_body(&self.config, messages, tools)
            }
            (LlmProvider::Anthropic, true) => {
                anthropic::request_body(&self.config, &json_calls::as_text(messages), &[])
            }
            (_, false) => openai::request_body(&self.config, messages, tools, None),
            (_, true) => openai::request_body(
                &self.config,
                &json_calls::as_text(messages),
                &[],
                Some(json_calls::response_format(tools)),
            ),
        };
        // The system message is Roxy's own text: sent as written.
        let system_first =
            body.pointer("/messages/0/role").and_then(Value::as_str) == Some("system");
        let messages = RedactedField {
            name: "messages",
            kept: usize::from(system_first),
        };
        let fields: &[RedactedField] = if self.redacts { &[messages] } else { &[] };
        let response = self
            .outbound
            .post_for_stream(&self.url, &body, fields, &self.config.privacy.keep, vault)
            .await
            .map_err(|error| self.explain(error))?;
        let vault: &Vault = vault;
        let redacts = self.redacts;
        let mut think = ThinkFilter::default();
        let mut restorer = StreamRestorer::default();
        let mut text = String::new();
        // In JSON mode the reply is the call's JSON: it is shown only once parsed.
        let mut quiet = |_: &str| {};
        let shown: &mut (dyn FnMut(&str) + Send) = if json_mode { &mut quiet } else { on_text };
        let mut visible = |chunk: &str| {
            let mut part = think.push(chunk);
            if redacts {
                part = restorer.push(&part, vault);
            }
            if !part.is_empty() {
                text.push_str(&part);
                shown(&part);
            }
        };
        let (calls, usage) = self.decode(response, &mut visible).await?;
        let mut rest = think.finish();
        if redacts {
            rest = restorer.push(&rest, vault) + &restorer.finish(vault);
        }
        text.push_str(&rest);
        shown(&rest);
        let (text, calls) = if json_mode {
            let (answer, calls) = json_calls::parse(&text);
            if !answer.is_empty() {
                on_text(&answer);
            }
            (answer, calls)
        } else {
            (text, calls)
        };
        let tool_calls = calls
            .into_iter()
            .map(|call| ToolCall {
                arguments: if redacts {
                    restore_arguments(&call.arguments, vault)
                } else {
                    call.arguments
                },
                ..call
            })
            .collect();
        Ok(Turn {
            text,
            tool_calls,
            usage,
        })
    }

    /// Reads the answer: an event stream, or one JSON body.
    async fn decode(
        &self,
        response: reqwest::Response,
        visible: &mut (dyn FnMut(&str) + Send),
    ) -> Result<(Vec<ToolCall>, super::types::Usage), LlmError> {
        let idle = self.config.idle_timeout;
        let is_stream = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/event-stream"));
        let anthropic = self.config.provider == LlmProvider::Anthropic;
        let mut openai = openai::Decoder::default();
        let mut messages = anthropic::Decoder::default();
        if !is_stream {
            let mut body = Vec::new();
            let mut chunks = response.bytes_stream();
            loop {
                match tokio::time::timeout(idle, chunks.next()).await {
                    Err(_) => return Err(LlmError::Idle(idle)),
                    Ok(None) => break,
                    Ok(Some(Ok(bytes))) => body.extend_from_slice(&bytes),
                    Ok(Some(Err(error))) => return Err(LlmError::Cut(error.to_string())),
                }
            }
            let value: Value = serde_json::from_slice(&body).map_err(|error| {
                LlmError::Protocol(format!(
                    "the body is neither an event stream nor JSON ({error})"
                ))
            })?;
            if anthropic {
                messages.event(&value, visible)?;
                return messages.finish();
            }
            openai.chunk(&value, visible)?;
            openai.done();
            return openai.finish();
        }
        let mut events = SseByteStream::new(response.bytes_stream());
        loop {
            let event = match tokio::time::timeout(idle, events.next()).await {
                Err(_) => return Err(LlmError::Idle(idle)),
                Ok(None) => break,
                Ok(Some(Ok(event))) => event,
                Ok(Some(Err(error))) => return Err(LlmError::Cut(error.to_string())),
            };
            let Some(data) = event
                .data
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty())
            else {
                continue;
            };
            if data == "[DONE]" {
                openai.done();
                break;
            }
            let value: Value = serde_json::from_str(data).map_err(|error| {
                LlmError::Protocol(format!("an event is not JSON ({error}): {data}"))
            })?;
            if anthropic {
                messages.event(&value, visible)?;
            } else {
                openai.chunk(&value, visible)?;
            }
        }
        if anthropic {
            messages.finish()
        } else {
            openai.finish()
        }
    }

    /// An outbound failure as the person should read it: the server's words and what to try.
    fn explain(&self, error: OutboundError) -> LlmError {
        let base = self.config.base_url().unwrap_or_default();
        match error {
            OutboundError::Redaction(error) => LlmError::NotSent(error.to_string()),
            OutboundError::Status {
                status, ref body, ..
            } => {
                let hint = if body.contains("--jinja") {
                    "start llama-server with --jinja so it accepts tools, or set `llm.tool_calls: json` in roxy.yaml".to_string()
                } else if body.contains("auto-tool-choice") || body.contains("tool choice requires")
                {
                    "start vLLM with --enable-auto-tool-choice --tool-call-parser ..., or set `llm.tool_calls: json` in roxy.yaml".to_string()
                } else if body.contains("does not support tools") {
                    "choose a model with tool support (e.g. qwen3), or set `llm.tool_calls: json` in roxy.yaml".to_string()
                } else if status.as_u16() == 401 || status.as_u16() == 403 {
                    "check `llm.api_key` in roxy.yaml".to_string()
                } else if body.contains("not found") && body.contains("model") {
                    format!(
                        "check `llm.model` (`{}`); with Ollama, `ollama pull {}`",
                        self.config.model, self.config.model
                    )
                } else if status.as_u16() == 404 {
                    format!(
                        "check `llm.base_url` (`{base}`; OpenAI-compatible servers usually end in /v1) and `llm.model`"
                    )
                } else {
                    "the message above is the model server's own".to_string()
                };
                LlmError::Server {
                    message: format!("{error}\n  hint: {hint}"),
                }
            }
            OutboundError::Transport { .. } => LlmError::Server {
                message: format!(
                    "{error}\n  hint: is the model server running at {base}? (Ollama: `ollama serve`; llama.cpp: `llama-server --jinja -m MODEL.gguf`)"
                ),
            },
            other => LlmError::Server {
                message: other.to_string(),
            },
        }
    }
}

/// Puts the vault's values back into a call's JSON arguments (text that is not JSON is left as
/// it is, for the loop to report).
fn restore_arguments(arguments: &str, vault: &Vault) -> String {
    match serde_json::from_str::<Value>(arguments) {
        Ok(value) => vault.restore_value(&value).to_string(),
        Err(_) => arguments.to_string(),
    }
}

/// Whether the URL's host is this machine.
pub fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provider(base_url: &str, redact: RedactMode) -> Provider {
        let mut config: LlmConfig = serde_yaml::from_str(&format!(
            "{{ provider: openai_compatible, base_url: \"{base_url}\", model: m }}"
        ))
        .expect("llm config");
        config.privacy.redact = redact;
        let dir = tempfile::tempdir().expect("temp dir");
        let gateway = PrivacyGateway::new(&Default::default(), dir.path()).expect("gateway");
        Provider::new(&config, gateway).expect("provider")
    }

    #[test]
    fn only_loopback_providers_get_the_conversation_unredacted_by_default() {
        for (url, redacts) in [
            ("http://127.0.0.1:11434/v1", false),
            ("http://localhost:8080/v1", false),
            ("http://[::1]:8080/v1", false),
            ("https://api.openai.com/v1", true),
            ("http://192.168.1.20:11434/v1", true),
        ] {
            assert_eq!(provider(url, RedactMode::Auto).redacts(), redacts, "{url}");
        }
        assert!(provider("http://127.0.0.1:1/v1", RedactMode::Always).redacts());
        assert!(!provider("https://api.openai.com/v1", RedactMode::Never).redacts());
        assert_eq!(
            provider("https://api.openai.com/v1", RedactMode::Auto).destination(),
            "api.openai.com"
        );
    }
}
