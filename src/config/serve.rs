//! The `serve:` section of roxy.yaml: how `roxy serve --http` listens (address, allowed `Host`
//! and `Origin` values, body cap), which clients may connect with which bearer token and which
//! tools, and whether results are redacted for the client. Tokens are `${env:VAR}` references,
//! expanded at load and masked whenever the config is printed.

use std::collections::BTreeMap;
use std::net::SocketAddr;

use serde::{Deserialize, Serialize, Serializer};

use super::duration;
use super::env::{EnvError, expand_env};
use super::error::ConfigError;

/// Where `roxy serve --http` listens when neither the flag nor `serve.listen` says.
pub const DEFAULT_SERVE_LISTEN: &str = "127.0.0.1:8765";

/// The largest request body `roxy serve --http` reads, by default.
pub const DEFAULT_SERVE_BODY_LIMIT: usize = 4 * 1024 * 1024;

/// `serve:` in roxy.yaml.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServeSettings {
    /// The address `roxy serve --http` binds when the flag gives none.
    pub listen: String,
    /// `Origin` values accepted besides loopback ones (`http://localhost:3000`); a request
    /// with any other `Origin` is refused with 403.
    pub allowed_origins: Vec<String>,
    /// `Host` values accepted besides loopback names (`roxy.lan:8765` or `roxy.lan`).
    pub allowed_hosts: Vec<String>,
    /// The largest request body read (e.g. `4MiB`); a longer one is refused with 413.
    #[serde(
        deserialize_with = "duration::deserialize_size_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_body_size: Option<usize>,
    /// Treat every client as external: results of local servers are redacted before they
    /// reach the client, placeholders in later arguments are restored.
    pub redact_results: bool,
    /// Clients that may connect over HTTP, by name; none means no token is asked (loopback only).
    pub clients: BTreeMap<String, ServeClient>,
}

impl Default for ServeSettings {
    fn default() -> Self {
        ServeSettings {
            listen: DEFAULT_SERVE_LISTEN.into(),
            allowed_origins: Vec::new(),
            allowed_hosts: Vec::new(),
            max_body_size: None,
            redact_results: false,
            clients: BTreeMap::new(),
        }
    }
}

impl ServeSettings {
    /// The body cap in force.
    pub fn body_limit(&self) -> usize {
        self.max_body_size.unwrap_or(DEFAULT_SERVE_BODY_LIMIT)
    }
}

/// One client of `roxy serve`: its bearer token and the tools it may list and call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServeClient {
    /// The bearer token, normally `${env:VAR}`; printed masked.
    #[serde(serialize_with = "masked")]
    pub token: String,
    /// Qualified tool names or globs (`memory__*`); empty means every tool.
    #[serde(default)]
    pub tools: Vec<String>,
}

fn masked<S: Serializer>(token: &str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(if token.is_empty() { "" } else { "********" })
}

/// Checks `serve:` and expands `${env:...}` in its tokens: the listen address, the tool
/// patterns, and tokens that are empty, unset or shared by two clients.
pub(crate) fn check_serve(
    file: &str,
    text: &str,
    serve: &mut ServeSettings,
    env: &dyn Fn(&str) -> Option<String>,
    errors: &mut Vec<ConfigError>,
) {
    if serve.listen.parse::<SocketAddr>().is_err() {
        errors.push(ConfigError::at_key(
            file,
            text,
            &["serve", "listen"],
            format!("`{}` is not an address", serve.listen),
            Some(format!(
                "write an IP address and port such as `listen: {DEFAULT_SERVE_LISTEN}`"
            )),
        ));
    }
    if serve.max_body_size == Some(0) {
        errors.push(ConfigError::at_key(
            file,
            text,
            &["serve", "max_body_size"],
            "a body cap of 0 refuses every request".into(),
            Some("write a size such as `max_body_size: 4MiB` (the default)".into()),
        ));
    }
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (name, client) in &mut serve.clients {
        let key = ["serve", "clients", name.as_str(), "token"];
        match expand_env(&client.token, env) {
            Ok(token) if token.trim().is_empty() => errors.push(ConfigError::at_key(
                file,
                text,
                &key,
                format!("client `{name}` has an empty token"),
                Some("set a long random token, e.g. `token: \"${env:ROXY_TOKEN}\"` with `export ROXY_TOKEN=$(openssl rand -hex 32)`".into()),
            )),
            Ok(token) => {
                if let Some(other) = seen.insert(token.clone(), name.clone()) {
                    errors.push(ConfigError::at_key(
                        file,
                        text,
                        &key,
                        format!("clients `{other}` and `{name}` have the same token"),
                        Some("give every client its own token, so that its allow-list holds".into()),
                    ));
                }
                client.token = token;
            }
            Err(EnvError::Unset(variable)) => errors.push(ConfigError::at_key(
                file,
                text,
                &key,
                format!("environment variable `{variable}` is not set"),
                Some(format!("export {variable}=... before starting Roxy")),
            )),
            Err(EnvError::Unclosed(variable)) => errors.push(ConfigError::at_key(
                file,
                text,
                &key,
                format!("`${{env:{variable}` is not closed"),
                Some(format!("write `${{env:{variable}}}`")),
            )),
        }
        for pattern in &client.tools {
            if let Err(error) = glob::Pattern::new(pattern) {
                errors.push(ConfigError::at_key(
                    file,
                    text,
                    &["serve", "clients", name.as_str(), "tools"],
                    format!("`{pattern}` is not a valid pattern: {error}"),
                    Some("write a tool name such as `memory__read_graph` or a glob such as `memory__*`".into()),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::config::{Config, ConfigSource};

    fn load(roxy: &str) -> Result<Config, String> {
        Config::from_texts(
            ConfigSource::Embedded,
            std::env::temp_dir(),
            ("mcp_servers.yaml", "servers: {}\n"),
            Some(("roxy.yaml".into(), roxy)),
        )
        .map_err(|e| e.to_string())
    }

    #[test]
    fn tokens_are_expanded_and_printed_masked() {
        // A variable every test process has: setting one would race the other tests' threads
        // (the embedded interpreter reads the environment from C).
        let path = std::env::var("PATH").expect("PATH is set");
        let config = load(
            "serve:\n  clients:\n    claude: { token: \"${env:PATH}\", tools: [\"memory__*\"] }\n",
        )
        .expect("loads");
        let client = &config.roxy.serve.clients["claude"];
        assert_eq!(client.token, path);
        let shown = serde_json::to_string(&config.roxy.serve).expect("serializes");
        assert!(!shown.contains(&path), "{shown}");
        assert_eq!(config.roxy.serve.listen, super::DEFAULT_SERVE_LISTEN);
    }

    #[test]
    fn mistakes_are_reported_where_they_stand() {
        let errors = load(
            "serve:\n  listen: localhost\n  max_body_size: 0B\n  clients:\n    a: { token: \"${env:ROXY_SERVE_TEST_UNSET}\" }\n    b: { token: same, tools: [\"[x\"] }\n    c: { token: same }\n",
        )
        .expect_err("refused");
        for expected in [
            "roxy.yaml:2:3: serve.listen: `localhost` is not an address",
            "roxy.yaml:3:3: serve.max_body_size",
            "roxy.yaml:5:10: serve.clients.a.token: environment variable `ROXY_SERVE_TEST_UNSET` is not set",
            "serve.clients.b.tools: `[x` is not a valid pattern",
            "roxy.yaml:7:10: serve.clients.c.token: clients `b` and `c` have the same token",
        ] {
            assert!(
                errors.contains(expected),
                "missing `{expected}` in:\n{errors}"
            );
        }
    }
}
