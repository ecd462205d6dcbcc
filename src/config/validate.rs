//! Checks on `mcp_servers.yaml` that the YAML types cannot express: fields that the server's
//! transport does not use, a transport's required field, `module` and `path` both given, a
//! `url` that is no URL, and `startup:` lists naming servers that do not exist (or a server in
//! both lists). Type and unknown-key errors come from deserializing (see `load.rs`).

use super::error::ConfigError;
use super::locate::locate_item;
use super::schema::{McpServersConfig, ServerConfig, TransportKind};
use crate::suggest::closest_names;

/// Checks one entry under `servers:` (named `name`), before defaults and `${env:...}` are
/// applied.
pub(crate) fn check_server(
    file: &str,
    text: &str,
    name: &str,
    server: &ServerConfig,
    errors: &mut Vec<ConfigError>,
) {
    let error_at = |path: &[&str], message: String, hint: Option<String>| {
        ConfigError::at_key(file, text, path, message, hint)
    };
    let kind = server.transport;
    let taken = kind.fields();
    for field in server
        .transport_fields_set()
        .filter(|field| !taken.contains(field))
    {
        errors.push(error_at(
            &["servers", name, field],
            format!("`{field}` is not used by {kind} servers"),
            Some(format!("{kind} servers take: {}", taken.join(", "))),
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
            Some(
                "keep one: `module: NAME` looks in python_servers/, `path: FILE.py` names a file"
                    .into(),
            ),
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
}

/// Checks that `startup.auto_start` and `startup.on_demand` name defined servers, each in one
/// list only.
pub(crate) fn check_startup(
    file: &str,
    text: &str,
    config: &McpServersConfig,
    errors: &mut Vec<ConfigError>,
) {
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
}
