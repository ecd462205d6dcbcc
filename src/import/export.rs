//! `roxy config export`: the snippet that points a client at Roxy, in that client's own format —
//! either a command (`roxy --config DIR serve --stdio`, with the absolute path of this binary)
//! or the `roxy serve --http` URL with a bearer token header taken from an environment variable
//! in whatever syntax the client has for one (a placeholder and a note where it has none).

use std::path::Path;

use serde_json::{Value, json};

use super::Client;
use super::entry::scalar;

/// What the client should reach.
pub(crate) enum Target<'a> {
    /// Launch `binary [--config DIR] serve --stdio`.
    Stdio {
        binary: &'a Path,
        config_dir: Option<&'a Path>,
    },
    /// Connect to `url`, sending `Authorization: Bearer <$token_env>` when given.
    Http {
        url: &'a str,
        token_env: Option<&'a str>,
    },
}

/// The snippet for `client` and notes for the person (where to paste it, what to fill in).
pub(crate) fn snippet(client: Client, name: &str, target: &Target) -> (String, Vec<String>) {
    let mut notes = Vec::new();
    let text = match target {
        Target::Stdio { binary, config_dir } => {
            let command = binary.display().to_string();
            let mut args: Vec<String> = Vec::new();
            if let Some(dir) = config_dir {
                args.push("--config".into());
                args.push(dir.display().to_string());
            } else {
                notes.push(
                    "no config directory is in use (built-in defaults); pass --config DIR so the client starts Roxy with yours"
                        .into(),
                );
            }
            args.extend(["serve".to_string(), "--stdio".to_string()]);
            stdio(client, name, &command, &args)
        }
        Target::Http { url, token_env } => http(client, name, url, *token_env, &mut notes),
    };
    notes.push(format!(
        "paste this into {} (merge it with what is there)",
        client
            .default_paths(Path::new("."))
            .last()
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    ));
    (text, notes)
}

fn pretty(value: Value) -> String {
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

fn toml_string(text: &str) -> String {
    // A JSON string is a valid TOML basic string for everything a path or URL holds.
    serde_json::to_string(text).unwrap_or_default()
}

fn toml_list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|i| toml_string(i)).collect();
    format!("[{}]", items.join(", "))
}

fn yaml_list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|i| scalar(i)).collect();
    format!("[{}]", items.join(", "))
}

fn stdio(client: Client, name: &str, command: &str, args: &[String]) -> String {
    match client {
        Client::ClaudeDesktop | Client::ClaudeCode | Client::Cursor | Client::Windsurf => {
            pretty(json!({ "mcpServers": { name: { "command": command, "args": args } } }))
        }
        Client::Vscode => pretty(
            json!({ "servers": { name: { "type": "stdio", "command": command, "args": args } } }),
        ),
        Client::Zed => pretty(
            json!({ "context_servers": { name: { "command": command, "args": args, "env": {} } } }),
        ),
        Client::Codex => format!(
            "[mcp_servers.{name}]\ncommand = {}\nargs = {}\n",
            toml_string(command),
            toml_list(args)
        ),
        Client::Goose => format!(
            "extensions:\n  {name}:\n    enabled: true\n    type: stdio\n    name: {name}\n    description: Every server Roxy supervises, through its privacy gateway\n    cmd: {}\n    args: {}\n    envs: {{}}\n    timeout: 300\n",
            scalar(command),
            yaml_list(args)
        ),
    }
}

fn http(
    client: Client,
    name: &str,
    url: &str,
    token_env: Option<&str>,
    notes: &mut Vec<String>,
) -> String {
    // The header value in the client's own variable syntax, or a placeholder where it has none.
    let mut placeholder = |variable: &str| {
        notes.push(format!(
            "{client} cannot read environment variables in its config: replace `<value of ${variable}>` with the token"
        ));
        format!("Bearer <value of ${variable}>")
    };
    let header = token_env.map(|variable| match client {
        Client::ClaudeCode => format!("Bearer ${{{variable}}}"),
        // Codex names the variable in its own field (below); the header itself is not written.
        Client::Cursor | Client::Windsurf | Client::Codex => format!("Bearer ${{env:{variable}}}"),
        Client::Vscode => format!("Bearer ${{input:{variable}}}"),
        Client::ClaudeDesktop | Client::Goose | Client::Zed => placeholder(variable),
    });
    if token_env.is_none() {
        notes.push(
            "no --token-env: the snippet sends no token (roxy serve asks for one when clients are configured under serve.clients)"
                .into(),
        );
    }
    let headers = match &header {
        Some(value) => json!({ "Authorization": value }),
        None => json!({}),
    };
    match client {
        Client::ClaudeDesktop => {
            // Claude Desktop's file launches commands only: mcp-remote bridges to the URL.
            let mut args = vec!["-y".to_string(), "mcp-remote".into(), url.into()];
            let mut entry = json!({ "command": "npx" });
            if let Some(value) = &header {
                args.extend(["--header".into(), "Authorization:${AUTH_HEADER}".into()]);
                entry["env"] = json!({ "AUTH_HEADER": value });
            }
            entry["args"] = json!(args);
            pretty(json!({ "mcpServers": { name: entry } }))
        }
        Client::ClaudeCode => pretty(
            json!({ "mcpServers": { name: { "type": "http", "url": url, "headers": headers } } }),
        ),
        Client::Cursor => {
            pretty(json!({ "mcpServers": { name: { "url": url, "headers": headers } } }))
        }
        Client::Windsurf => {
            pretty(json!({ "mcpServers": { name: { "serverUrl": url, "headers": headers } } }))
        }
        Client::Vscode => {
            let mut root =
                json!({ "servers": { name: { "type": "http", "url": url, "headers": headers } } });
            if let Some(variable) = token_env {
                root["inputs"] = json!([{
                    "type": "promptString",
                    "id": variable,
                    "description": format!("Roxy serve token (the value of ${variable})"),
                    "password": true
                }]);
            }
            pretty(root)
        }
        Client::Zed => {
            pretty(json!({ "context_servers": { name: { "url": url, "headers": headers } } }))
        }
        Client::Codex => {
            let mut text = format!("[mcp_servers.{name}]\nurl = {}\n", toml_string(url));
            if let Some(variable) = token_env {
                text.push_str(&format!(
                    "bearer_token_env_var = {}\n",
                    toml_string(variable)
                ));
            }
            text
        }
        Client::Goose => {
            let mut text = format!(
                "extensions:\n  {name}:\n    enabled: true\n    type: streamable_http\n    name: {name}\n    uri: {}\n    envs: {{}}\n    timeout: 300\n",
                scalar(url)
            );
            if let Some(value) = &header {
                text.push_str(&format!(
                    "    headers:\n      Authorization: {}\n",
                    scalar(value)
                ));
            }
            text
        }
    }
}
