//! Codex: `config.toml`, servers as `[mcp_servers.NAME]` tables. stdio: `command`, `args`,
//! `env`, `env_vars` (variables passed through by name), `cwd`; remote: `url`,
//! `bearer_token_env_var` (-> `Authorization: Bearer ${env:VAR}`), `http_headers` (literal),
//! `env_http_headers` (header -> variable name). Also `enabled`, `enabled_tools`,
//! `disabled_tools`, `startup_timeout_sec` / `startup_timeout_ms`, `tool_timeout_sec`. OAuth
//! settings (`scopes`, `oauth_resource`) are reported, not imported.

use std::time::Duration;

use serde_json::Value;

use super::Parsed;
use super::json::{pairs, string, strings};
use super::translate::RawServer;

pub(crate) fn read(text: &str) -> Result<Parsed, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| format!("not valid TOML: {e}"))?;
    let root = serde_json::to_value(table).map_err(|e| format!("cannot read the TOML: {e}"))?;
    let servers = match root.get("mcp_servers") {
        Some(Value::Object(map)) => map,
        Some(_) => return Err("`mcp_servers` is not a table".into()),
        None => return Err("there is no `[mcp_servers.NAME]` table in it".into()),
    };
    let mut parsed = Parsed::default();
    for (name, value) in servers {
        match value.as_object() {
            Some(_) => parsed
                .servers
                .push(server(name, value, &mut parsed.warnings)),
            None => parsed
                .warnings
                .push(format!("`{name}`: not a table; not imported")),
        }
    }
    Ok(parsed)
}

fn seconds(value: &Value) -> Option<Duration> {
    value
        .as_f64()
        .filter(|s| s.is_finite() && *s > 0.0)
        .map(Duration::from_secs_f64)
}

fn server(name: &str, value: &Value, warnings: &mut Vec<String>) -> RawServer {
    let mut raw = RawServer {
        name: name.to_string(),
        ..RawServer::default()
    };
    let Some(object) = value.as_object() else {
        return raw;
    };
    for (key, value) in object {
        match key.as_str() {
            "command" => raw.command = string(value),
            "args" => raw.args = strings(value),
            "env" => raw.env = pairs(value),
            "env_vars" => {
                raw.env_vars = strings(value);
                if raw.env_vars.len() != value.as_array().map_or(0, Vec::len) {
                    warnings.push(format!(
                        "`{name}`: env_vars entries that are not names not imported"
                    ));
                }
            }
            "cwd" => raw.cwd = string(value),
            "url" => raw.url = string(value),
            "http_headers" => raw.headers = pairs(value),
            "env_http_headers" => {
                for (header, variable) in pairs(value) {
                    raw.roxy_headers
                        .push((header, format!("${{env:{variable}}}")));
                }
            }
            "bearer_token_env_var" => {
                if let Some(variable) = string(value) {
                    raw.roxy_headers.push((
                        "Authorization".into(),
                        format!("Bearer ${{env:{variable}}}"),
                    ));
                }
            }
            "enabled" => raw.disabled = !value.as_bool().unwrap_or(true),
            "enabled_tools" => raw.enabled_tools = Some(strings(value)),
            "disabled_tools" => raw.disabled_tools = strings(value),
            "startup_timeout_sec" => raw.startup_timeout = seconds(value),
            "startup_timeout_ms" => {
                raw.startup_timeout = value.as_f64().and_then(|ms| seconds(&(ms / 1000.0).into()))
            }
            "tool_timeout_sec" => raw.request_timeout = seconds(value),
            other => warnings.push(format!(
                "`{name}`: `{other}` not imported ({})",
                match other {
                    "scopes" | "oauth_resource" =>
                        "Roxy's own OAuth settings are configured separately",
                    _ => "Roxy has no equivalent",
                }
            )),
        }
    }
    raw
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn servers_keep_the_file_order() {
        let parsed =
            read("[mcp_servers.zeta]\ncommand = \"z\"\n[mcp_servers.alpha]\ncommand = \"a\"\n")
                .expect("parses");
        let names: Vec<&str> = parsed.servers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["zeta", "alpha"]);
    }
}
