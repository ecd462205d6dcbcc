//! The shape of the two config files, as serde types: `mcp_servers.yaml` ([`McpServersConfig`]:
//! `defaults:`, `servers:` with one [`ServerConfig`] each, `startup:`, `roots:`) and `roxy.yaml`
//! ([`RoxyConfig`] and its sections; `privacy:` is in `privacy.rs`). Defaults live here beside
//! their types; unknown keys are rejected by serde. Checks the types cannot express are in
//! `validate.rs`.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::duration;
use super::llm::LlmConfig;
use super::oauth::OAuthConfig;
use super::privacy::PrivacyConfig;

/// Which transport reaches a server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TransportKind {
    Stdio,
    Http,
    Sse,
    Python,
}

impl TransportKind {
    /// The transport-specific fields a server of this kind takes (from `TRANSPORT_FIELDS`).
    pub fn fields(self) -> Vec<&'static str> {
        TRANSPORT_FIELDS
            .iter()
            .filter(|field| field.taken_by.contains(&self))
            .map(|field| field.name)
            .collect()
    }

    /// Remote servers are external (their calls leave the machine) unless the config says otherwise.
    pub fn external_by_default(self) -> bool {
        matches!(self, TransportKind::Http | TransportKind::Sse)
    }
}

impl fmt::Display for TransportKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransportKind::Stdio => "stdio",
            TransportKind::Http => "http",
            TransportKind::Sse => "sse",
            TransportKind::Python => "python",
        })
    }
}

/// A field of [`ServerConfig`] that only some transports take.
pub(crate) struct TransportField {
    name: &'static str,
    /// The transports that take it.
    taken_by: &'static [TransportKind],
    /// Whether a server sets it.
    is_set: fn(&ServerConfig) -> bool,
}

/// Every transport-specific field of [`ServerConfig`], in the order errors and hints list them:
/// the one list [`TransportKind::fields`] and [`ServerConfig::transport_fields_set`] read. A new
/// transport field is added here and to [`ServerConfig`].
pub(crate) const TRANSPORT_FIELDS: &[TransportField] = &[
    TransportField {
        name: "command",
        taken_by: &[TransportKind::Stdio],
        is_set: |server| server.command.is_some(),
    },
    TransportField {
        name: "args",
        taken_by: &[TransportKind::Stdio],
        is_set: |server| !server.args.is_empty(),
    },
    TransportField {
        name: "env",
        taken_by: &[TransportKind::Stdio],
        is_set: |server| !server.env.is_empty(),
    },
    TransportField {
        name: "env_vars",
        taken_by: &[TransportKind::Stdio],
        is_set: |server| !server.env_vars.is_empty(),
    },
    TransportField {
        name: "cwd",
        taken_by: &[TransportKind::Stdio],
        is_set: |server| server.cwd.is_some(),
    },
    TransportField {
        name: "url",
        taken_by: &[TransportKind::Http, TransportKind::Sse],
        is_set: |server| server.url.is_some(),
    },
    TransportField {
        name: "headers",
        taken_by: &[TransportKind::Http, TransportKind::Sse],
        is_set: |server| !server.headers.is_empty(),
    },
    TransportField {
        name: "oauth",
        taken_by: &[TransportKind::Http, TransportKind::Sse],
        is_set: |server| !server.oauth.is_unset(),
    },
    TransportField {
        name: "module",
        taken_by: &[TransportKind::Python],
        is_set: |server| server.module.is_some(),
    },
    TransportField {
        name: "path",
        taken_by: &[TransportKind::Python],
        is_set: |server| server.path.is_some(),
    },
    TransportField {
        name: "object",
        taken_by: &[TransportKind::Python],
        is_set: |server| server.object.is_some(),
    },
];

/// Restart policy after a crash: exponential backoff with jitter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RestartPolicy {
    /// Restarts in a row before the server is marked `failed`.
    pub max_retries: u32,
    #[serde(with = "duration")]
    pub initial_backoff: Duration,
    #[serde(with = "duration")]
    pub max_backoff: Duration,
    /// Running this long without a crash resets the retry counter.
    #[serde(with = "duration")]
    pub stable_after: Duration,
}

impl Default for RestartPolicy {
    fn default() -> Self {
        RestartPolicy {
            max_retries: 5,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(32),
            stable_after: Duration::from_secs(60),
        }
    }
}

/// `defaults:` applied to every server that does not set its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Defaults {
    #[serde(with = "duration")]
    pub startup_timeout: Duration,
    #[serde(with = "duration")]
    pub request_timeout: Duration,
    /// How often a running server is pinged; `0s` turns health checks off.
    #[serde(with = "duration")]
    pub health_interval: Duration,
    /// A single message larger than this is rejected (e.g. `64MiB`).
    #[serde(
        deserialize_with = "duration::deserialize_size_option",
        serialize_with = "duration::serialize_size_option"
    )]
    pub max_message_size: Option<usize>,
    pub restart: RestartPolicy,
}

pub const DEFAULT_MAX_MESSAGE_SIZE: usize = 64 << 20;

impl Default for Defaults {
    fn default() -> Self {
        Defaults {
            startup_timeout: Duration::from_secs(30),
            request_timeout: Duration::from_secs(60),
            health_interval: Duration::from_secs(30),
            max_message_size: Some(DEFAULT_MAX_MESSAGE_SIZE),
            restart: RestartPolicy::default(),
        }
    }
}

/// Per-server privacy policy for external servers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerPrivacy {
    /// Detector types let through unredacted because the tool needs them (e.g. `EMAIL_ADDRESS`).
    pub keep: Vec<String>,
}

/// One entry under `servers:`. After loading, every `Option` timing field is filled from
/// `defaults:` and `${env:...}` references are expanded.
///
/// Flat, not an enum tagged by `transport`, on purpose: a tagged enum inside this struct needs
/// `#[serde(flatten)]`, which turns `deny_unknown_fields` off, and that is what gives every
/// misspelt key its `file:line:col` error. Validation guarantees each transport's fields
/// (`TRANSPORT_FIELDS`); the transports' own checks only matter for configs built in code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerConfig {
    pub transport: TransportKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
    /// Why this server cannot start as configured (an environment variable it names is unset):
    /// starting it fails with this, while every other server and skill works.
    #[serde(skip)]
    pub unstartable: Option<super::ConfigError>,
    /// Calls leave the machine and pass the privacy gateway. Default: true for http/sse.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<bool>,

    // stdio
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
    #[serde(
        default,
        deserialize_with = "unique_keys::deserialize",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub env: BTreeMap<String, String>,
    /// Names of Roxy's own environment variables passed through to the child.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub env_vars: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cwd: Option<PathBuf>,

    // http / sse
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(
        default,
        deserialize_with = "unique_keys::deserialize",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub headers: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "OAuthConfig::is_unset")]
    pub oauth: OAuthConfig,

    // python
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,

    /// Only these tools are listed and callable (all when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_tools: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disabled_tools: Vec<String>,

    #[serde(
        default,
        with = "duration_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub startup_timeout: Option<Duration>,
    #[serde(
        default,
        with = "duration_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub request_timeout: Option<Duration>,
    #[serde(
        default,
        with = "duration_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub health_interval: Option<Duration>,
    #[serde(
        default,
        deserialize_with = "duration::deserialize_size_option",
        serialize_with = "duration::serialize_size_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_message_size: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restart: Option<RestartPolicy>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub privacy: ServerPrivacy,
}

/// A map whose keys must differ: serde's map keeps the last of two equal keys without a word,
/// so a second `servers: { a: ... }` would silently replace the first. The check runs inside
/// the key's own deserializing, so the error stands at the second key.
mod unique_keys {
    use std::collections::BTreeMap;
    use std::fmt;

    use serde::Deserialize;
    use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, Visitor};

    pub(super) fn deserialize<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
    where
        D: Deserializer<'de>,
        V: Deserialize<'de>,
    {
        deserializer.deserialize_map(UniqueMap(std::marker::PhantomData))
    }

    struct UniqueMap<V>(std::marker::PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for UniqueMap<V> {
        type Value = BTreeMap<String, V>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a map")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut entries = BTreeMap::new();
            while let Some(key) = map.next_key_seed(NewKey(&entries))? {
                let value = map.next_value()?;
                entries.insert(key, value);
            }
            Ok(entries)
        }
    }

    /// A key that must not be among `.0`'s.
    struct NewKey<'a, V>(&'a BTreeMap<String, V>);

    impl<'de, V> DeserializeSeed<'de> for NewKey<'_, V> {
        type Value = String;

        fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
            deserializer.deserialize_string(self)
        }
    }

    impl<V> Visitor<'_> for NewKey<'_, V> {
        type Value = String;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a name")
        }

        fn visit_str<E: Error>(self, key: &str) -> Result<String, E> {
            if self.0.contains_key(key) {
                Err(E::custom(format!(
                    "`{key}` is defined twice; rename one of the two (the second would replace the first)"
                )))
            } else {
                Ok(key.to_string())
            }
        }
    }
}

mod duration_option {
    pub(crate) use crate::config::duration::deserialize_option as deserialize;
    pub(crate) use crate::config::duration::serialize_option as serialize;
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

fn enabled_by_default() -> bool {
    true
}

impl ServerConfig {
    pub fn is_external(&self) -> bool {
        self.external
            .unwrap_or_else(|| self.transport.external_by_default())
    }
    pub fn startup_timeout(&self) -> Duration {
        self.startup_timeout
            .unwrap_or(Defaults::default().startup_timeout)
    }
    pub fn request_timeout(&self) -> Duration {
        self.request_timeout
            .unwrap_or(Defaults::default().request_timeout)
    }
    pub fn health_interval(&self) -> Duration {
        self.health_interval
            .unwrap_or(Defaults::default().health_interval)
    }
    pub fn max_message_size(&self) -> usize {
        self.max_message_size.unwrap_or(DEFAULT_MAX_MESSAGE_SIZE)
    }
    pub fn restart_policy(&self) -> RestartPolicy {
        self.restart.clone().unwrap_or_default()
    }

    /// The transport-specific fields this server sets, in `TRANSPORT_FIELDS` order.
    pub(crate) fn transport_fields_set(&self) -> impl Iterator<Item = &'static str> + '_ {
        TRANSPORT_FIELDS
            .iter()
            .filter(|field| (field.is_set)(self))
            .map(|field| field.name)
    }

    /// Whether `tool` passes `enabled_tools` / `disabled_tools`.
    pub fn allows_tool(&self, tool: &str) -> bool {
        let enabled = self
            .enabled_tools
            .as_ref()
            .is_none_or(|list| list.iter().any(|t| t == tool));
        enabled && !self.disabled_tools.iter().any(|t| t == tool)
    }
}

/// `startup:` — which servers start with Roxy and which at their first use.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Startup {
    pub auto_start: Vec<String>,
    pub on_demand: Vec<String>,
}

/// `mcp_servers.yaml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct McpServersConfig {
    #[serde(default)]
    pub defaults: Defaults,
    #[serde(default, deserialize_with = "unique_keys::deserialize")]
    pub servers: BTreeMap<String, ServerConfig>,
    #[serde(default)]
    pub startup: Startup,
    /// Directories offered to servers through `roots/list` (default: the working directory).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roots: Vec<PathBuf>,
}

/// `python:` in roxy.yaml.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PythonSettings {
    /// The venv whose site-packages the embedded interpreter uses (default `.venv` at the project root).
    pub venv: Option<PathBuf>,
}

/// `skills:` in roxy.yaml.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SkillsSettings {
    /// Directory of declarative YAML skills (default `skills/` beside the config dir).
    pub dir: Option<PathBuf>,
    /// How long one skill may take to answer.
    #[serde(with = "duration")]
    pub timeout: Duration,
    /// The lowest score (0..1) a match needs; below it Roxy says what it can do instead.
    pub match_threshold: f64,
    /// The tool that answers "search the web for ...": a server that is marked `external`.
    pub web_search: Option<ToolRef>,
}

impl Default for SkillsSettings {
    fn default() -> Self {
        SkillsSettings {
            dir: None,
            timeout: Duration::from_secs(60),
            match_threshold: DEFAULT_MATCH_THRESHOLD,
            web_search: None,
        }
    }
}

/// A tool on a server, as a skill declares it: `ToolRef::new("roxy_system", "notes_add")`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolRef {
    pub server: String,
    pub tool: String,
}

impl ToolRef {
    pub fn new(server: impl Into<String>, tool: impl Into<String>) -> ToolRef {
        ToolRef {
            server: server.into(),
            tool: tool.into(),
        }
    }
}

impl fmt::Display for ToolRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}__{}", self.server, self.tool)
    }
}

/// The router's default minimum score for a match (`skills.match_threshold`).
pub const DEFAULT_MATCH_THRESHOLD: f64 = 0.55;

/// `metrics:` in roxy.yaml.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsSettings {
    /// Serve Prometheus text on this address, e.g. `127.0.0.1:9464`.
    pub listen: Option<String>,
}

/// `roxy.yaml`: the assistant's own settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RoxyConfig {
    /// Where memory, notes, audit logs and history live (default: `$XDG_DATA_HOME/roxy`).
    pub data_dir: Option<PathBuf>,
    pub python: PythonSettings,
    pub skills: SkillsSettings,
    pub metrics: MetricsSettings,
    pub privacy: PrivacyConfig,
    /// The language model for requests no skill understands; none when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub llm: Option<LlmConfig>,
    pub serve: super::serve::ServeSettings,
    pub voice: super::voice::VoiceSettings,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_transport_takes_its_fields_and_a_server_reports_those_it_sets() {
        assert_eq!(
            TransportKind::Stdio.fields(),
            ["command", "args", "env", "env_vars", "cwd"]
        );
        assert_eq!(TransportKind::Http.fields(), ["url", "headers", "oauth"]);
        assert_eq!(TransportKind::Sse.fields(), ["url", "headers", "oauth"]);
        assert_eq!(TransportKind::Python.fields(), ["module", "path", "object"]);
        let server: ServerConfig =
            serde_yaml::from_str("{transport: stdio, command: x, url: 'http://h/', object: o}")
                .expect("server parses");
        assert_eq!(
            server.transport_fields_set().collect::<Vec<_>>(),
            ["command", "url", "object"]
        );
    }
}
