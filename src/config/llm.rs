//! The `llm:` section of roxy.yaml: which language model answers what no skill understands
//! (provider, base URL, model, key), its bounds (context window, steps, tools offered,
//! timeouts), how tool calls are approved and when the conversation is redacted before it
//! leaves. Its checks ([`check_llm`]) run with the rest of roxy.yaml's; `${env:...}` in
//! `base_url`, `model` and `api_key` is expanded after them ([`expand_llm_env`]).

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize, Serializer};

use super::duration;
use super::env::{EnvError, expand_env};
use super::error::ConfigError;
use super::privacy::PrivacyConfig;
use crate::suggest::closest_names;

/// The wire format (and defaults) of the model server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LlmProvider {
    /// OpenAI Chat Completions at `base_url`: Ollama, llama.cpp's llama-server, vLLM, LM Studio.
    OpenaiCompatible,
    /// OpenAI itself (Chat Completions; `base_url` defaults to `https://api.openai.com/v1`).
    Openai,
    /// Anthropic Messages (`base_url` defaults to `https://api.anthropic.com/v1`).
    Anthropic,
}

impl LlmProvider {
    pub fn name(self) -> &'static str {
        match self {
            LlmProvider::OpenaiCompatible => "openai_compatible",
            LlmProvider::Openai => "openai",
            LlmProvider::Anthropic => "anthropic",
        }
    }

    /// The base URL used when the config gives none (`None`: it must be given).
    pub fn default_base_url(self) -> Option<&'static str> {
        match self {
            LlmProvider::OpenaiCompatible => None,
            LlmProvider::Openai => Some("https://api.openai.com/v1"),
            LlmProvider::Anthropic => Some("https://api.anthropic.com/v1"),
        }
    }
}

/// How the model asks for a tool.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToolCallMode {
    /// The API's own tool calling (`tools` in the request, `tool_calls` in the answer).
    #[default]
    Native,
    /// For models without native tool calls: the tools are described in the system prompt and
    /// the model answers `{"tool": NAME, "arguments": {...}}` (constrained by a JSON schema).
    Json,
}

/// What a tool call needs before it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalRule {
    /// Decide from the tool's MCP annotations: `readOnlyHint: true` runs, anything else asks.
    Annotations,
    /// Run without asking.
    Auto,
    /// Ask the person (the REPL asks; `roxy ask` declines unless `--yes`).
    Ask,
    /// Never run it.
    Deny,
}

/// `llm.approval`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ApprovalSettings {
    /// The rule for tools no pattern in `tools` matches.
    pub default: ApprovalRule,
    /// Rules by tool pattern (`server__tool`, `*` matches any run of characters); when several
    /// match, the longest pattern wins.
    pub tools: BTreeMap<String, ApprovalRule>,
}

impl Default for ApprovalSettings {
    fn default() -> Self {
        ApprovalSettings {
            default: ApprovalRule::Annotations,
            tools: BTreeMap::new(),
        }
    }
}

/// When the conversation is redacted before it goes to the model.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RedactMode {
    /// Redact unless `base_url` is on loopback (127.0.0.0/8, ::1, localhost).
    #[default]
    Auto,
    /// Always redact, even for a model on this machine.
    Always,
    /// Never redact (only sensible for a model on this machine).
    Never,
}

/// `llm.privacy`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LlmPrivacy {
    pub redact: RedactMode,
    /// Detector types let through unredacted (as a server's `privacy.keep`).
    pub keep: Vec<String>,
}

/// `llm:` in roxy.yaml. Absent: no model; unmatched requests get the "not understood" answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LlmConfig {
    pub provider: LlmProvider,
    /// Where the API lives, e.g. `http://127.0.0.1:11434/v1` (Ollama).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    pub model: String,
    /// Sent as a bearer token (OpenAI) or `x-api-key` (Anthropic).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "masked"
    )]
    pub api_key: Option<String>,
    /// Tokens the model reads at once; the conversation is trimmed to fit. Sent to Ollama as
    /// `options.num_ctx`.
    #[serde(default = "default_context_window")]
    pub context_window: usize,
    /// Longest answer, in tokens.
    #[serde(default = "default_max_tokens")]
    pub max_tokens: usize,
    /// Model requests per user request.
    #[serde(default = "default_max_steps")]
    pub max_steps: usize,
    /// Tools offered per request (the most relevant to it).
    #[serde(default = "default_max_tools")]
    pub max_tools: usize,
    /// Longest tool result passed to the model, in characters; longer ones are cut.
    #[serde(default = "default_max_tool_result")]
    pub max_tool_result: usize,
    #[serde(default)]
    pub tool_calls: ToolCallMode,
    /// Longest wait for one model answer.
    #[serde(default = "default_timeout", with = "duration")]
    pub timeout: Duration,
    /// Longest silence inside one streamed answer.
    #[serde(default = "default_idle_timeout", with = "duration")]
    pub idle_timeout: Duration,
    #[serde(default)]
    pub approval: ApprovalSettings,
    #[serde(default)]
    pub privacy: LlmPrivacy,
}

fn default_context_window() -> usize {
    16384
}
fn default_max_tokens() -> usize {
    1024
}
fn default_max_steps() -> usize {
    8
}
fn default_max_tools() -> usize {
    16
}
fn default_max_tool_result() -> usize {
    8000
}
fn default_timeout() -> Duration {
    Duration::from_secs(120)
}
fn default_idle_timeout() -> Duration {
    Duration::from_secs(60)
}

fn masked<S: Serializer>(key: &Option<String>, serializer: S) -> Result<S::Ok, S::Error> {
    match key {
        Some(key) if key.chars().count() > 8 => {
            serializer.serialize_str(&format!("{}****", key.chars().take(4).collect::<String>()))
        }
        Some(_) => serializer.serialize_str("****"),
        None => serializer.serialize_none(),
    }
}

impl LlmConfig {
    /// `base_url`, or the provider's default.
    pub fn base_url(&self) -> Option<&str> {
        self.base_url
            .as_deref()
            .or_else(|| self.provider.default_base_url())
    }
}

/// The checks of `llm:` that serde cannot express (before `${env:...}` expansion).
pub(crate) fn check_llm(
    file: &str,
    text: &str,
    llm: &LlmConfig,
    privacy: &PrivacyConfig,
    errors: &mut Vec<ConfigError>,
) {
    let error_at = |path: &[&str], message: String, hint: &str| {
        ConfigError::at_key(file, text, path, message, Some(hint.to_string()))
    };
    match &llm.base_url {
        None if llm.provider == LlmProvider::OpenaiCompatible => errors.push(error_at(
            &["llm", "provider"],
            "an openai_compatible provider needs `base_url`".into(),
            "add `base_url: http://127.0.0.1:11434/v1` (Ollama) or `http://127.0.0.1:8080/v1` (llama.cpp's llama-server)",
        )),
        Some(url) if !url.contains("${") => match url::Url::parse(url) {
            Ok(parsed) if matches!(parsed.scheme(), "http" | "https") && parsed.host().is_some() => {}
            _ => errors.push(error_at(
                &["llm", "base_url"],
                format!("`{url}` is not an http(s) URL"),
                "write the API's base URL such as `http://127.0.0.1:11434/v1`",
            )),
        },
        _ => {}
    }
    if llm.model.trim().is_empty() {
        errors.push(error_at(
            &["llm", "model"],
            "`model` is empty".into(),
            "name the model, e.g. `model: qwen3:4b`",
        ));
    }
    if llm.api_key.is_none() && llm.provider != LlmProvider::OpenaiCompatible {
        let variable = match llm.provider {
            LlmProvider::Anthropic => "ANTHROPIC_API_KEY",
            _ => "OPENAI_API_KEY",
        };
        errors.push(error_at(
            &["llm", "provider"],
            format!("the {} provider needs `api_key`", llm.provider.name()),
            &format!("add `api_key: ${{env:{variable}}}` and export {variable}"),
        ));
    }
    for (field, value, example) in [
        ("context_window", llm.context_window, "16384"),
        ("max_tokens", llm.max_tokens, "1024"),
        ("max_steps", llm.max_steps, "8"),
        ("max_tools", llm.max_tools, "16"),
        ("max_tool_result", llm.max_tool_result, "8000"),
    ] {
        if value == 0 {
            errors.push(error_at(
                &["llm", field],
                format!("`{field}` is 0"),
                &format!("write a positive number such as `{field}: {example}`"),
            ));
        }
    }
    if llm.max_tokens >= llm.context_window && llm.context_window > 0 {
        errors.push(error_at(
            &["llm", "max_tokens"],
            format!(
                "`max_tokens` ({}) leaves no room in `context_window` ({})",
                llm.max_tokens, llm.context_window
            ),
            "make `max_tokens` smaller than `context_window` (e.g. a quarter of it)",
        ));
    }
    for (field, value) in [("timeout", llm.timeout), ("idle_timeout", llm.idle_timeout)] {
        if value.is_zero() {
            errors.push(error_at(
                &["llm", field],
                format!("`{field}` is 0s"),
                "write a duration such as `120s`",
            ));
        }
    }
    for pattern in llm.approval.tools.keys() {
        if pattern.is_empty() || glob::Pattern::new(pattern).is_err() {
            errors.push(error_at(
                &["llm", "approval", "tools", pattern],
                format!("`{pattern}` is not a tool pattern"),
                "write `server__tool`, with `*` for any run of characters (e.g. `memory__delete_*`)",
            ));
        }
    }
    let types: Vec<&str> = privacy.type_names().collect();
    for kind in &llm.privacy.keep {
        if !types.contains(&kind.as_str()) {
            let hint = match closest_names(kind, types.iter().copied(), 1).first() {
                Some(best) => format!("did you mean `{best}`? (types: {})", types.join(", ")),
                None => format!("use one of {}", types.join(", ")),
            };
            errors.push(ConfigError {
                file: file.to_string(),
                position: super::locate::locate_item(text, &["llm", "privacy", "keep"], kind),
                key: "llm.privacy.keep".into(),
                message: format!("`{kind}` is not a detector type"),
                hint: Some(hint),
            });
        }
    }
}

/// Expands `${env:...}` in `base_url`, `model` and `api_key`, reporting each failure at its key.
pub(crate) fn expand_llm_env(
    file: &str,
    text: &str,
    llm: &mut LlmConfig,
    env: &dyn Fn(&str) -> Option<String>,
    errors: &mut Vec<ConfigError>,
) {
    let mut expand = |field: &str, value: &mut String| match expand_env(value, env) {
        Ok(expanded) => *value = expanded,
        Err(EnvError::Unset(variable)) => errors.push(ConfigError::at_key(
            file,
            text,
            &["llm", field],
            format!("environment variable `{variable}` is not set"),
            Some(format!(
                "export {variable}=..., or write `${{env:{variable}:-default}}` to give a default"
            )),
        )),
        Err(EnvError::Unclosed(variable)) => errors.push(ConfigError::at_key(
            file,
            text,
            &["llm", field],
            format!("`${{env:{variable}` is not closed"),
            Some(format!("write `${{env:{variable}}}`")),
        )),
    };
    if let Some(url) = &mut llm.base_url {
        expand("base_url", url);
    }
    expand("model", &mut llm.model);
    if let Some(key) = &mut llm.api_key {
        expand("api_key", key);
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use crate::config::{Config, ConfigSource, LlmConfig};

    use super::*;

    fn load(roxy: &str) -> Result<Config, Vec<ConfigError>> {
        Config::from_texts(
            ConfigSource::Embedded,
            PathBuf::from("."),
            ("m.yaml", "servers: {}\n"),
            Some(("roxy.yaml".to_string(), roxy)),
        )
        .map_err(|errors| errors.0)
    }

    fn llm(roxy: &str) -> LlmConfig {
        load(roxy)
            .unwrap_or_else(|e| panic!("{e:?}"))
            .roxy
            .llm
            .expect("llm section")
    }

    #[test]
    fn the_issue_example_loads_with_its_defaults() {
        let llm = llm(
            "llm:\n  provider: openai_compatible\n  base_url: http://127.0.0.1:11434/v1\n  model: qwen3:4b\n  context_window: 16384\n  max_steps: 8\n  max_tools: 16\n  approval: { default: annotations, tools: { \"memory__delete_*\": ask } }\n  privacy: { redact: auto, keep: [] }\n",
        );
        assert_eq!(llm.provider, LlmProvider::OpenaiCompatible);
        assert_eq!(llm.base_url(), Some("http://127.0.0.1:11434/v1"));
        assert_eq!(llm.tool_calls, ToolCallMode::Native);
        assert_eq!(
            llm.approval.tools.get("memory__delete_*"),
            Some(&ApprovalRule::Ask)
        );
        assert_eq!(llm.timeout, Duration::from_secs(120));
        assert!(load("skills: {}\n").unwrap().roxy.llm.is_none());
    }

    #[test]
    fn mistakes_are_located_and_explained() {
        let errors = load("llm:\n  provider: openai_compatible\n  model: m\n  max_steps: 0\n  privacy: { keep: [EMAIL_ADRESS] }\n  tool_calls: native\n").unwrap_err();
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            text.iter().any(|e| e.starts_with(
                "roxy.yaml:2:3: llm.provider: an openai_compatible provider needs `base_url`"
            )),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|e| e.starts_with("roxy.yaml:4:3: llm.max_steps")),
            "{text:#?}"
        );
        assert!(
            text.iter()
                .any(|e| e.contains("llm.privacy.keep")
                    && e.contains("did you mean `EMAIL_ADDRESS`")),
            "{text:#?}"
        );
        let errors = load("llm:\n  provider: antropic\n  model: m\n").unwrap_err();
        assert!(
            errors[0].to_string().contains("did you mean `anthropic`"),
            "{}",
            errors[0]
        );
        let errors = load("llm:\n  provider: anthropic\n  model: m\n").unwrap_err();
        assert!(
            errors[0].to_string().contains("ANTHROPIC_API_KEY"),
            "{}",
            errors[0]
        );
        let errors =
            load("llm:\n  provider: openai\n  model: m\n  api_key: ${env:ROXY_TEST_UNSET_KEY_1}\n")
                .unwrap_err();
        assert!(
            errors[0].to_string().starts_with("roxy.yaml:4:3: llm.api_key: environment variable `ROXY_TEST_UNSET_KEY_1` is not set"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn the_key_is_expanded_and_masked_when_shown() {
        let llm = llm(
            "llm:\n  provider: openai\n  model: gpt\n  api_key: ${env:ROXY_TEST_UNSET_KEY_2:-sk-abcdefghijkl}\n",
        );
        assert_eq!(llm.api_key.as_deref(), Some("sk-abcdefghijkl"));
        assert_eq!(llm.base_url(), Some("https://api.openai.com/v1"));
        let shown = serde_json::to_value(&llm).unwrap();
        assert_eq!(shown["api_key"], "sk-a****");
    }
}
