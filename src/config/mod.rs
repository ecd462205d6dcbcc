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
//! - `privacy.rs`: the `privacy:` section of roxy.yaml;
//! - `load.rs`: finding and reading the files, YAML errors made located and hinted, filling
//!   defaults; [`Config`] and its resolved paths;
//! - `validate.rs`: the checks serde cannot express (transport fields, `startup:` names);
//! - `env.rs`: `${env:VAR}` expansion;
//! - `error.rs`: [`ConfigError`] and [`ConfigErrors`];
//! - [`duration`]: the config's syntax for durations and sizes, both ways;
//! - [`locate`]: where a key or list item stands in YAML text, for error positions.
//!
//! Where section types live: every YAML section type lives here, including the sections that
//! one subsystem reads (`privacy:`, the skills' [`ToolRef`] and match threshold). Config is the
//! leaf every subsystem reads, so it imports none of them; a check that needs a subsystem's
//! engine (compiling privacy patterns, knowing detector names) stays with that subsystem and runs
//! when the subsystem is built from its section.

pub mod duration;
mod env;
mod error;
mod load;
pub mod locate;
mod privacy;
mod schema;
mod validate;

pub use env::expand_env;
pub use error::{ConfigError, ConfigErrors};
pub use load::{
    Config, ConfigSource, DATA_DIR_VARIABLE, EMBEDDED_MCP_SERVERS, EMBEDDED_ROXY, MCP_SERVERS_FILE,
    ROXY_FILE, parse_mcp_servers,
};
pub use privacy::{AuditSettings, CustomDetector, PrivacyConfig};
pub use schema::{
    DEFAULT_MATCH_THRESHOLD, DEFAULT_MAX_MESSAGE_SIZE, Defaults, McpServersConfig, MetricsSettings,
    PythonSettings, RestartPolicy, RoxyConfig, ServerConfig, ServerPrivacy, SkillsSettings,
    Startup, ToolRef, TransportKind,
};
