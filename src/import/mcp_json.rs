//! The `mcpServers` family: Claude Desktop (`claude_desktop_config.json`), Claude Code
//! (`.mcp.json`, and `~/.claude.json` with its user-scope `mcpServers` and the local scope under
//! `projects.<dir>.mcpServers`), Cursor (`mcp.json`) and Windsurf (`mcp_config.json`, URL under
//! `serverUrl`). The variable syntax differs per client; see `translate.rs`.

use std::path::Path;

use serde_json::Value;

use super::Parsed;
use super::json;

/// Reads `mcpServers`; `url_keys` name the URL fields (Windsurf: `serverUrl`, then `url`).
pub(crate) fn read(text: &str, url_keys: &[&str]) -> Result<Parsed, String> {
    let (root, warnings) = json::parse_with_warnings(text)?;
    let mut parsed = Parsed {
        warnings,
        ..Parsed::default()
    };
    add_servers(json::section(&root, "mcpServers")?, url_keys, &mut parsed);
    Ok(parsed)
}

/// Claude Code: `mcpServers` at the top (`.mcp.json`, or user scope in `~/.claude.json`), plus
/// the local scope of the working directory (`projects."<dir>".mcpServers`), which wins.
pub(crate) fn read_claude_code(text: &str, cwd: &Path) -> Result<Parsed, String> {
    let (root, warnings) = json::parse_with_warnings(text)?;
    let mut parsed = Parsed {
        warnings,
        ..Parsed::default()
    };
    let top = json::section(&root, "mcpServers");
    if let Ok(servers) = top {
        add_servers(servers, &["url"], &mut parsed);
    }
    let local = root
        .get("projects")
        .and_then(|p| p.get(cwd.display().to_string()))
        .and_then(|p| p.get("mcpServers"))
        .and_then(Value::as_object);
    if let Some(servers) = local {
        let mut scoped = Parsed::default();
        add_servers(servers, &["url"], &mut scoped);
        for server in scoped.servers {
            if parsed.servers.iter().any(|s| s.name == server.name) {
                parsed.warnings.push(format!(
                    "`{}`: the local scope of {} replaces the user-scope entry",
                    server.name,
                    cwd.display()
                ));
                parsed.servers.retain(|s| s.name != server.name);
            }
            parsed.servers.push(server);
        }
        parsed.warnings.extend(scoped.warnings);
    }
    match (top, local) {
        (Err(error), None) => Err(error),
        _ => Ok(parsed),
    }
}

fn add_servers(servers: &serde_json::Map<String, Value>, url_keys: &[&str], parsed: &mut Parsed) {
    for (name, value) in servers {
        if let Some(server) = json::server(name, value, url_keys, &[], &mut parsed.warnings) {
            parsed.servers.push(server);
        }
    }
}
