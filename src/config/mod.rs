//! Typed configuration: `mcp_servers.yaml` (the servers Roxy supervises) and `roxy.yaml` (the
//! assistant's own settings), found via `--config DIR`, then `ROXY_CONFIG`, then `./config`, else
//! the defaults built into the binary.
//!
//! Everything is parsed and validated before anything starts. Every error names the file, line
//! and column and says what to write instead; all errors of a file are reported at once.

pub mod duration;
pub mod locate;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::suggest::closest_names;
use locate::{Position, locate_item, locate_key};

/// The config shipped in the repository, built into the binary for runs without a config dir.
pub const EMBEDDED_MCP_SERVERS: &str = include_str!("../../config/mcp_servers.yaml");
/// The assistant settings shipped in the repository, built into the binary.
pub const EMBEDDED_ROXY: &str = include_str!("../../config/roxy.yaml");

pub const MCP_SERVERS_FILE: &str = "mcp_servers.yaml";
pub const ROXY_FILE: &str = "roxy.yaml";

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
    /// The transport-specific fields a server of this kind takes.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            TransportKind::Stdio => &["command", "args", "env", "env_vars", "cwd"],
            TransportKind::Http | TransportKind::Sse => &["url", "headers"],
            TransportKind::Python => &["module", "path", "object"],
        }
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
    #[serde(deserialize_with = "duration::deserialize_size_option")]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerConfig {
    pub transport: TransportKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
    /// Calls leave the machine and pass the privacy gateway. Default: true for http/sse.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<bool>,

    // stdio
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub env: BTreeMap<String, String>,
    /// Names of Roxy's own environment variables passed through to the child.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub env_vars: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cwd: Option<PathBuf>,

    // http / sse
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,

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
        skip_serializing_if = "Option::is_none"
    )]
    pub max_message_size: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restart: Option<RestartPolicy>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub privacy: ServerPrivacy,
}

mod duration_option {
    pub(crate) use super::duration::deserialize_option as deserialize;
    pub(crate) use super::duration::serialize_option as serialize;
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
    #[serde(default)]
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
    pub privacy: crate::privacy::PrivacyConfig,
}

/// Where the configuration came from.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigSource {
    Dir(PathBuf),
    Embedded,
}

/// Everything Roxy reads at start-up.
#[derive(Debug, Clone)]
pub struct Config {
    pub source: ConfigSource,
    /// The directory the config's relative paths are resolved against (the project root: the
    /// config dir's parent, or the working directory for the embedded config).
    pub base_dir: PathBuf,
    pub mcp: McpServersConfig,
    pub roxy: RoxyConfig,
}

/// One problem in a config file.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    pub file: String,
    pub position: Option<Position>,
    /// Dotted path of the offending key, e.g. `servers.fs.command`.
    pub key: String,
    pub message: String,
    /// What to write instead.
    pub hint: Option<String>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(p) => write!(f, "{}:{}:{}: ", self.file, p.line, p.column)?,
            None => write!(f, "{}: ", self.file)?,
        }
        if !self.key.is_empty() {
            write!(f, "{}: ", self.key)?;
        }
        f.write_str(&self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// All problems found in the configuration.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl Config {
    /// Finds and loads the configuration: `dir` (from `--config`), else `ROXY_CONFIG`, else
    /// `./config` if it has an `mcp_servers.yaml`, else the embedded defaults.
    pub fn discover(dir: Option<&Path>) -> Result<Config, ConfigErrors> {
        let chosen = dir
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("ROXY_CONFIG").map(PathBuf::from));
        match chosen {
            Some(dir) => Config::load_dir(&dir),
            None if Path::new("config").join(MCP_SERVERS_FILE).is_file() => {
                Config::load_dir(Path::new("config"))
            }
            None => Config::embedded(),
        }
    }

    /// Loads `mcp_servers.yaml` (required) and `roxy.yaml` (optional) from `dir`.
    pub fn load_dir(dir: &Path) -> Result<Config, ConfigErrors> {
        let mcp_path = dir.join(MCP_SERVERS_FILE);
        let mcp_text = std::fs::read_to_string(&mcp_path).map_err(|e| {
            single_error(
                &mcp_path.display().to_string(),
                format!("cannot read the server config: {e}"),
                Some(format!(
                    "pass the directory that holds {MCP_SERVERS_FILE} with --config DIR or ROXY_CONFIG"
                )),
            )
        })?;
        let roxy_path = dir.join(ROXY_FILE);
        let roxy_text = match std::fs::read_to_string(&roxy_path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(single_error(
                    &roxy_path.display().to_string(),
                    format!("cannot read: {e}"),
                    None,
                ));
            }
        };
        let absolute_dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        let base_dir = absolute_dir
            .parent()
            .map_or_else(|| absolute_dir.clone(), Path::to_path_buf);
        Config::from_texts(
            ConfigSource::Dir(absolute_dir),
            base_dir,
            (&mcp_path.display().to_string(), &mcp_text),
            roxy_text
                .as_deref()
                .map(|t| (roxy_path.display().to_string(), t)),
        )
    }

    /// The defaults built into the binary, relative to the working directory.
    pub fn embedded() -> Result<Config, ConfigErrors> {
        let base_dir = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        Config::from_texts(
            ConfigSource::Embedded,
            base_dir,
            ("<embedded>/mcp_servers.yaml", EMBEDDED_MCP_SERVERS),
            Some(("<embedded>/roxy.yaml".to_string(), EMBEDDED_ROXY)),
        )
    }

    /// Parses both files from text; used by `load_dir`, `embedded` and tests.
    pub fn from_texts(
        source: ConfigSource,
        base_dir: PathBuf,
        (mcp_file, mcp_text): (&str, &str),
        roxy: Option<(String, &str)>,
    ) -> Result<Config, ConfigErrors> {
        let mut errors = Vec::new();
        let roxy = match roxy {
            Some((file, text)) => {
                parse_yaml::<RoxyConfig>(&file, text, &mut errors).unwrap_or_default()
            }
            None => RoxyConfig::default(),
        };
        // `${env:ROXY_DATA_DIR}` always names the data directory Roxy itself uses.
        let data_dir = resolve_data_dir(&roxy, &base_dir).display().to_string();
        let env = |name: &str| {
            if name == DATA_DIR_VARIABLE {
                Some(data_dir.clone())
            } else {
                std::env::var(name).ok()
            }
        };
        let mcp = parse_mcp_servers(mcp_file, mcp_text, &env, &mut errors);
        match mcp {
            Some(mcp) if errors.is_empty() => Ok(Config {
                source,
                base_dir,
                mcp,
                roxy,
            }),
            _ => Err(ConfigErrors(errors)),
        }
    }

    /// Roxy's data directory: `roxy.yaml`'s `data_dir`, else `ROXY_DATA_DIR`, else the XDG data
    /// directory (`~/.local/share/roxy`).
    pub fn data_dir(&self) -> PathBuf {
        resolve_data_dir(&self.roxy, &self.base_dir)
    }

    /// Resolves a path from the config against the project root.
    pub fn resolve_path(&self, path: &Path) -> PathBuf {
        if path.is_absolute() {
            path.to_path_buf()
        } else {
            self.base_dir.join(path)
        }
    }

    /// The roots offered to servers: configured ones, else the working directory.
    pub fn roots(&self) -> Vec<PathBuf> {
        if self.mcp.roots.is_empty() {
            vec![std::env::current_dir().unwrap_or_else(|_| self.base_dir.clone())]
        } else {
            self.mcp
                .roots
                .iter()
                .map(|r| self.resolve_path(r))
                .collect()
        }
    }
}

/// The environment variable that overrides the data directory (and that config files may use).
pub const DATA_DIR_VARIABLE: &str = "ROXY_DATA_DIR";

fn resolve_data_dir(roxy: &RoxyConfig, base_dir: &Path) -> PathBuf {
    match (&roxy.data_dir, std::env::var_os(DATA_DIR_VARIABLE)) {
        (Some(dir), _) if dir.is_absolute() => dir.clone(),
        (Some(dir), _) => base_dir.join(dir),
        (None, Some(dir)) => PathBuf::from(dir),
        (None, None) => dirs::data_dir()
            .unwrap_or_else(std::env::temp_dir)
            .join("roxy"),
    }
}

fn single_error(file: &str, message: String, hint: Option<String>) -> ConfigErrors {
    ConfigErrors(vec![ConfigError {
        file: file.to_string(),
        position: None,
        key: String::new(),
        message,
        hint,
    }])
}

/// Deserializes `text`, turning a serde error into a located [`ConfigError`] with a hint.
fn parse_yaml<T: serde::de::DeserializeOwned + Default>(
    file: &str,
    text: &str,
    errors: &mut Vec<ConfigError>,
) -> Option<T> {
    if text.trim().is_empty()
        || text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Some(T::default());
    }
    match serde_yaml::from_str::<T>(text) {
        Ok(value) => Some(value),
        Err(error) => {
            errors.push(serde_error(file, text, &error));
            None
        }
    }
}

fn serde_error(file: &str, text: &str, error: &serde_yaml::Error) -> ConfigError {
    // yaml_serde prefixes the message with the dotted path of the value.
    let (position, without_location) = locate::yaml_error(error);
    let (key, message) = match without_location.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => (path.to_string(), rest.to_string()),
        _ => (String::new(), without_location.clone()),
    };
    let position = position.or_else(|| {
        let parts: Vec<&str> = key.split('.').filter(|p| !p.is_empty()).collect();
        locate_key(text, &parts)
    });
    let hint = hint_for(&message);
    // The hint lists what is allowed; keep the message itself short.
    let message = match (&hint, message.split_once(", expected one of")) {
        (Some(_), Some((short, _))) => short.to_string(),
        _ => message,
    };
    ConfigError {
        file: file.to_string(),
        position,
        key,
        hint,
        message,
    }
}

/// Suggests the closest expected name for "unknown field/variant `x`, expected one of ...".
fn hint_for(message: &str) -> Option<String> {
    let unknown = message.split('`').nth(1)?;
    let expected: Vec<&str> = message
        .split_once("expected")?
        .1
        .split('`')
        .skip(1)
        .step_by(2)
        .collect();
    if expected.is_empty() {
        return None;
    }
    let closest = closest_names(unknown, expected.iter().copied(), 1);
    Some(match closest.first() {
        Some(best) => format!(
            "did you mean `{best}`? (allowed here: {})",
            expected.join(", ")
        ),
        None => format!("allowed here: {}", expected.join(", ")),
    })
}

/// Parses and validates `mcp_servers.yaml`; `env` looks up environment variables.
pub fn parse_mcp_servers(
    file: &str,
    text: &str,
    env: &dyn Fn(&str) -> Option<String>,
    errors: &mut Vec<ConfigError>,
) -> Option<McpServersConfig> {
    let mut config: McpServersConfig = parse_yaml(file, text, errors)?;
    let error_at = |path: &[&str], message: String, hint: Option<String>| ConfigError {
        file: file.to_string(),
        position: locate_key(text, path),
        key: path.join("."),
        message,
        hint,
    };

    for (name, server) in &mut config.servers {
        let kind = server.transport;
        let present = present_transport_fields(server);
        for field in present.iter().filter(|f| !kind.fields().contains(f)) {
            errors.push(error_at(
                &["servers", name, field],
                format!("`{field}` is not used by {kind} servers"),
                Some(format!("{kind} servers take: {}", kind.fields().join(", "))),
            ));
        }
        let missing = match kind {
            TransportKind::Stdio if server.command.is_none() => Some((
                "command",
                "add `command: <program>` (e.g. `command: npx`)".to_string(),
            )),
            TransportKind::Http | TransportKind::Sse if server.url.is_none() => Some((
                "url",
                format!(
                    "add `url: http://127.0.0.1:8000/{}`",
                    if kind == TransportKind::Sse {
                        "sse"
                    } else {
                        "mcp"
                    }
                ),
            )),
            TransportKind::Python if server.module.is_none() && server.path.is_none() => Some((
                "module",
                "add `module: <name>` (a module in python_servers/) or `path: file.py`".to_string(),
            )),
            _ => None,
        };
        if let Some((field, hint)) = missing {
            errors.push(error_at(
                &["servers", name, "transport"],
                format!(
                    "{} {kind} server needs `{field}`",
                    if kind == TransportKind::Http {
                        "an"
                    } else {
                        "a"
                    }
                ),
                Some(hint),
            ));
        }
        if kind == TransportKind::Python && server.module.is_some() && server.path.is_some() {
            errors.push(error_at(
                &["servers", name, "path"],
                "`module` and `path` both given".into(),
                Some("keep one: `module: NAME` looks in python_servers/, `path: FILE.py` names a file".into()),
            ));
        }
        if let Some(url) = &server.url
            && !url.contains("${")
            && url::Url::parse(url).is_err()
        {
            errors.push(error_at(
                &["servers", name, "url"],
                format!("`{url}` is not a URL"),
                Some("write a full URL such as `http://127.0.0.1:8000/mcp`".into()),
            ));
        }
        fill_defaults(server, &config.defaults);
        if let Err(error) = expand_server_env(server, env) {
            errors.push(error_at(
                &["servers", name, error.field],
                error.message,
                Some(error.hint),
            ));
        }
    }

    let known: Vec<&str> = config.servers.keys().map(String::as_str).collect();
    for (list_name, list) in [
        ("auto_start", &config.startup.auto_start),
        ("on_demand", &config.startup.on_demand),
    ] {
        for entry in list {
            if !config.servers.contains_key(entry) {
                let suggestions = closest_names(entry, known.iter().copied(), 3);
                errors.push(ConfigError {
                    file: file.to_string(),
                    position: locate_item(text, &["startup", list_name], entry),
                    key: format!("startup.{list_name}"),
                    message: format!("`{entry}` is not a server defined under `servers:`"),
                    hint: Some(if suggestions.is_empty() {
                        format!(
                            "define it under `servers:` or remove it; servers: {}",
                            known.join(", ")
                        )
                    } else {
                        format!("did you mean `{}`?", suggestions.join("`, `"))
                    }),
                });
            }
        }
    }
    for entry in &config.startup.auto_start {
        if config.startup.on_demand.contains(entry) {
            errors.push(ConfigError {
                file: file.to_string(),
                position: locate_item(text, &["startup", "on_demand"], entry),
                key: "startup.on_demand".into(),
                message: format!("`{entry}` is listed in both auto_start and on_demand"),
                hint: Some("keep it in one of the two lists".into()),
            });
        }
    }
    Some(config)
}

fn present_transport_fields(server: &ServerConfig) -> Vec<&'static str> {
    let checks: [(&'static str, bool); 10] = [
        ("command", server.command.is_some()),
        ("args", !server.args.is_empty()),
        ("env", !server.env.is_empty()),
        ("env_vars", !server.env_vars.is_empty()),
        ("cwd", server.cwd.is_some()),
        ("url", server.url.is_some()),
        ("headers", !server.headers.is_empty()),
        ("module", server.module.is_some()),
        ("path", server.path.is_some()),
        ("object", server.object.is_some()),
    ];
    checks
        .into_iter()
        .filter(|(_, present)| *present)
        .map(|(name, _)| name)
        .collect()
}

fn fill_defaults(server: &mut ServerConfig, defaults: &Defaults) {
    server
        .startup_timeout
        .get_or_insert(defaults.startup_timeout);
    server
        .request_timeout
        .get_or_insert(defaults.request_timeout);
    server
        .health_interval
        .get_or_insert(defaults.health_interval);
    if server.max_message_size.is_none() {
        server.max_message_size = defaults.max_message_size;
    }
    if server.restart.is_none() {
        server.restart = Some(defaults.restart.clone());
    }
}

struct ExpansionError {
    field: &'static str,
    message: String,
    hint: String,
}

fn expand_server_env(
    server: &mut ServerConfig,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<(), ExpansionError> {
    let expand = |field: &'static str, value: &mut String| -> Result<(), ExpansionError> {
        *value = expand_env(value, env).map_err(|variable| ExpansionError {
            field,
            message: format!("environment variable `{variable}` is not set"),
            hint: format!(
                "export {variable}=..., or write `${{env:{variable}:-default}}` to give a default"
            ),
        })?;
        Ok(())
    };
    if let Some(command) = &mut server.command {
        expand("command", command)?;
    }
    for arg in &mut server.args {
        expand("args", arg)?;
    }
    for value in server.env.values_mut() {
        expand("env", value)?;
    }
    if let Some(url) = &mut server.url {
        expand("url", url)?;
    }
    for value in server.headers.values_mut() {
        expand("headers", value)?;
    }
    Ok(())
}

/// Expands `${env:VAR}` and `${env:VAR:-default}` (the default may itself hold `${env:...}`);
/// `$${` stays a literal `${`. Returns the name of the first variable that is unset and has no
/// default.
pub fn expand_env(text: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        if rest[..start].ends_with('$') {
            out.push_str(&rest[..start - 1]);
            out.push_str("${");
            rest = &rest[start + 2..];
            continue;
        }
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = matching_brace(after) else {
            out.push_str(&rest[start..]);
            return Ok(out);
        };
        let inner = &after[..end];
        match inner.strip_prefix("env:") {
            Some(spec) => {
                let (name, default) = match spec.split_once(":-") {
                    Some((name, default)) => (name, Some(default)),
                    None => (spec, None),
                };
                match (env(name), default) {
                    (Some(value), _) => out.push_str(&value),
                    (None, Some(default)) => out.push_str(&expand_env(default, env)?),
                    (None, None) => return Err(name.to_string()),
                }
            }
            None => {
                out.push_str("${");
                out.push_str(inner);
                out.push('}');
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Index of the `}` closing a `${`, counting nested `${ ... }`.
fn matching_brace(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let bytes = text.as_bytes();
    for (index, &byte) in bytes.iter().enumerate() {
        match byte {
            b'{' if index > 0 && bytes[index - 1] == b'$' => depth += 1,
            b'}' if depth == 0 => return Some(index),
            b'}' => depth -= 1,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        (name == "HOME_X").then(|| "/home/x".to_string())
    }

    #[test]
    fn expands_variables_with_defaults_and_escapes() {
        assert_eq!(expand_env("${env:HOME_X}/a", &env), Ok("/home/x/a".into()));
        assert_eq!(expand_env("${env:NOPE:-d}", &env), Ok("d".into()));
        assert_eq!(
            expand_env("$${env:HOME_X}", &env),
            Ok("${env:HOME_X}".into())
        );
        assert_eq!(expand_env("${env:NOPE}", &env), Err("NOPE".into()));
        assert_eq!(expand_env("${other}", &env), Ok("${other}".into()));
        assert_eq!(
            expand_env("${env:NOPE:-${env:HOME_X}/data}/f", &env),
            Ok("/home/x/data/f".into())
        );
        assert_eq!(
            expand_env("${env:NOPE:-${env:ALSO_NOPE}}", &env),
            Err("ALSO_NOPE".into())
        );
    }

    #[test]
    fn fills_defaults_into_servers() {
        let mut errors = Vec::new();
        let text =
            "defaults: { request_timeout: 5s }\nservers:\n  a: { transport: stdio, command: x }\n";
        let config = parse_mcp_servers("m.yaml", text, &env, &mut errors).unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            config.servers["a"].request_timeout(),
            Duration::from_secs(5)
        );
        assert_eq!(
            config.servers["a"].startup_timeout(),
            Duration::from_secs(30)
        );
    }
}
