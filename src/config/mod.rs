//! Typed configuration: `mcp_servers.yaml` (the servers Roxy supervises) and `roxy.yaml` (the
//! assistant's own settings), found via `--config DIR`, then `ROXY_CONFIG`, then `./config`, else
//! the defaults built into the binary.
//!
//! Everything is parsed and validated before anything starts. Every error names the file, line
//! and column and says what to write instead; all errors of a file are reported at once.
//!
//! What is where:
//! - `schema.rs`: the serde types of both files (servers, transports, defaults, skills, metrics
//!   settings) and the one list of transport-specific fields;
//! - `privacy.rs`: the `privacy:` section of roxy.yaml, the detector type names and phone
//!   regions it may use, and its checks ([`PrivacyConfig::problems`]);
//! - `load.rs`: finding and reading the files, YAML errors made located and hinted, filling
//!   defaults; [`Config`] with its resolved paths and warnings (an empty `mcp_servers.yaml`);
//! - `text.rs`: checks on the raw text (UTF-8, byte order mark, one document, no YAML tags);
//! - `validate.rs`: the checks serde cannot express (transport fields, URLs, headers, zero
//!   limits, backoff order, `startup:` and `keep` names, roxy.yaml's threshold, metrics address
//!   and privacy section);
//! - `llm.rs`: the `llm:` section of roxy.yaml (provider, bounds, approval, privacy) and its
//!   checks;
//! - `serve.rs`: the `serve:` section of roxy.yaml (`roxy serve`'s clients and tokens);
//! - `oauth.rs`: the `oauth:` block of an http/sse server (secrets serialize as `<redacted>`);
//! - `env.rs`: `${env:VAR}` expansion;
//! - `secrets.rs`: which values are secrets, and how they and URLs are shown masked;
//! - `error.rs`: [`ConfigError`] and [`ConfigErrors`];
//! - [`duration`]: the config's syntax for durations and sizes, both ways;
//! - [`locate`]: where a key or list item stands in YAML text, for error positions.
//!
//! Where section types live: every YAML section type lives here, including the sections that
//! one subsystem reads (`privacy:`, the skills' [`ToolRef`] and match threshold). Config is the
//! leaf every subsystem reads, so it imports none of them. Every check of a section runs when the
//! config is loaded, so that `roxy config check`, start-up and a reload report it with its
//! `file:line:col` before anything starts. Where a check needs a subsystem's names, the names
//! live here and the subsystem reads them: the built-in detector types, the phone regions and
//! what a custom detector's name and pattern must be are in `privacy.rs`; `crate::privacy` builds
//! its detectors from the same lists and checks a config built in code the same way.

pub mod duration;
mod env;
mod error;
mod llm;
mod load;
pub mod locate;
mod oauth;
mod privacy;
mod schema;
mod secrets;
mod serve;
mod text;
mod validate;
pub mod voice;

pub use env::{EnvError, expand_env};
pub use error::{ConfigError, ConfigErrors};
pub use llm::{
    ApprovalRule, ApprovalSettings, LlmConfig, LlmPrivacy, LlmProvider, RedactMode, ToolCallMode,
};
pub use load::{
    Config, ConfigSource, DATA_DIR_VARIABLE, EMBEDDED_MCP_SERVERS, EMBEDDED_ROXY, MCP_SERVERS_FILE,
    ROXY_FILE, parse_mcp_servers,
};
pub use oauth::{OAuthConfig, OAuthGrant, SigningAlgorithm, TokenEndpointAuth};
pub use privacy::{
    AuditSettings, BUILTIN_TYPES, CUSTOM_PATTERN_SIZE_LIMIT, CustomDetector, PLACEHOLDER,
    PrivacyConfig, PrivacyProblem, ProblemAt, compile_custom_pattern, phone_region_known,
};
pub use schema::{
    DEFAULT_MATCH_THRESHOLD, DEFAULT_MAX_MESSAGE_SIZE, Defaults, McpServersConfig, MetricsSettings,
    PythonSettings, RestartPolicy, RoxyConfig, ServerConfig, ServerPrivacy, SkillsSettings,
    Startup, ToolRef, TransportKind,
};
pub(crate) use secrets::{looks_secret, mask_secret};
pub use secrets::{shown_url, url_secrets_masked};
pub use serve::{DEFAULT_SERVE_BODY_LIMIT, DEFAULT_SERVE_LISTEN, ServeClient, ServeSettings};
pub use validate::server_name;
