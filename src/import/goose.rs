//! goose: `config.yaml`, servers under `extensions:` (the map key is the name). `type: stdio`
//! (`cmd`, `args`, `envs`, `env_keys`), `streamable_http` (`uri`, `headers`) or the legacy
//! `sse`; `enabled`, `timeout` (seconds, per request), `available_tools`. `env_keys` names
//! secrets goose keeps in its keyring: each becomes `NAME: ${env:NAME}`. Built-in, platform and
//! frontend extensions live inside goose and are reported, not imported.

use std::time::Duration;

use serde_json::Value;

use super::Parsed;
use super::json::{pairs, string, strings};
use super::translate::RawServer;
use crate::config::TransportKind;

pub(crate) fn read(text: &str) -> Result<Parsed, String> {
    let root: Value = serde_yaml::from_str(text).map_err(|e| format!("not valid YAML: {e}"))?;
    let extensions = match root.get("extensions") {
        Some(Value::Object(map)) => map,
        Some(_) => return Err("`extensions` is not a map".into()),
        None => return Err("there is no `extensions` in it".into()),
    };
    let mut parsed = Parsed::default();
    for (name, value) in extensions {
        if let Some(server) = extension(name, value, &mut parsed.warnings) {
            parsed.servers.push(server);
        }
    }
    Ok(parsed)
}

fn extension(name: &str, value: &Value, warnings: &mut Vec<String>) -> Option<RawServer> {
    let object = value.as_object()?;
    let kind = object
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("stdio");
    let transport = match kind {
        "stdio" => TransportKind::Stdio,
        "streamable_http" => TransportKind::Http,
        "sse" => TransportKind::Sse,
        other => {
            warnings.push(format!(
                "`{name}`: a goose `{other}` extension runs inside goose; not imported"
            ));
            return None;
        }
    };
    let mut raw = RawServer {
        name: name.to_string(),
        transport: Some(transport),
        ..RawServer::default()
    };
    for (key, value) in object {
        match key.as_str() {
            "cmd" => raw.command = string(value),
            "args" => raw.args = strings(value),
            "envs" => raw.env = pairs(value),
            "env_keys" => raw.env_keys = strings(value),
            "uri" => raw.url = string(value),
            "headers" => raw.headers = pairs(value),
            "enabled" => raw.disabled = !value.as_bool().unwrap_or(true),
            "description" => raw.description = string(value).filter(|d| !d.is_empty()),
            "timeout" => raw.request_timeout = value.as_f64().map(Duration::from_secs_f64),
            "available_tools" => {
                let tools = strings(value);
                raw.enabled_tools = (!tools.is_empty()).then_some(tools);
            }
            "type" | "name" | "display_name" | "bundled" => {}
            other => warnings.push(format!(
                "`{name}`: `{other}` not imported (Roxy has no equivalent)"
            )),
        }
    }
    if transport != TransportKind::Stdio && !raw.env_keys.is_empty() {
        warnings.push(format!(
            "`{name}`: env_keys of a remote extension not imported; put the values in `headers` as `${{env:NAME}}`"
        ));
        raw.env_keys.clear();
    }
    Some(raw)
}
