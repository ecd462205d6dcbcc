//! How the CLI shows things to a person (aligned tables, short event lines) and to scripts
//! (`--json`).

use crate::config::Config;
use crate::mcp::{ManagerEvent, ServerState, ServerStatus, ToolCallResult, ToolInfo};
use crate::skills::{SkillManifest, SkillRegistry};

/// Renders rows as columns separated by two spaces; the last column is not padded.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(width) = widths.get_mut(i) {
                *width = (*width).max(cell.chars().count());
            }
        }
    }
    let render = |cells: Vec<String>| {
        let last = cells.len().saturating_sub(1);
        let line: Vec<String> = cells
            .into_iter()
            .enumerate()
            .map(|(i, cell)| {
                if i == last {
                    cell
                } else {
                    format!("{cell:<width$}", width = widths[i])
                }
            })
            .collect();
        line.join("  ").trim_end().to_string() + "\n"
    };
    let mut out = render(header.iter().map(|h| h.to_string()).collect());
    for row in rows {
        out.push_str(&render(row.clone()));
    }
    out
}

fn json_text(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")) + "\n"
}

fn short_duration(duration: std::time::Duration) -> String {
    let secs = duration.as_secs();
    match secs {
        0..=59 => format!("{secs}s"),
        60..=3599 => format!("{}m{}s", secs / 60, secs % 60),
        _ => format!("{}h{}m", secs / 3600, (secs % 3600) / 60),
    }
}

/// `roxy servers`.
pub fn servers(statuses: &[ServerStatus], config: &Config, json: bool) -> String {
    if json {
        return json_text(&statuses);
    }
    if statuses.is_empty() {
        return "no servers configured; add some under `servers:` in mcp_servers.yaml\n".into();
    }
    let rows: Vec<Vec<String>> = statuses
        .iter()
        .map(|s| {
            let state = if s.state == ServerState::Stopped
                && config.mcp.startup.on_demand.contains(&s.name)
            {
                "on demand".to_string()
            } else {
                s.state.to_string()
            };
            vec![
                s.name.clone(),
                state,
                s.transport.to_string(),
                s.uptime.map(short_duration).unwrap_or_else(|| "-".into()),
                s.restarts.to_string(),
                if s.state == ServerState::Running {
                    s.tool_count.to_string()
                } else {
                    "-".into()
                },
                s.last_error.clone().unwrap_or_default(),
            ]
        })
        .collect();
    table(
        &[
            "NAME",
            "STATE",
            "TRANSPORT",
            "UPTIME",
            "RESTARTS",
            "TOOLS",
            "LAST ERROR",
        ],
        &rows,
    )
}

/// `roxy tools`.
pub fn tools(tools: &[ToolInfo], json: bool) -> String {
    if json {
        return json_text(&tools);
    }
    if tools.is_empty() {
        return "no tools: no server is running, or none offers tools (see `roxy servers`)\n"
            .into();
    }
    let rows: Vec<Vec<String>> = tools
        .iter()
        .map(|t| {
            let description = t
                .tool
                .description
                .as_deref()
                .unwrap_or("")
                .lines()
                .next()
                .unwrap_or("");
            let description: String = if description.chars().count() > 80 {
                description.chars().take(77).collect::<String>() + "..."
            } else {
                description.to_string()
            };
            vec![t.server.clone(), t.tool.name.clone(), description]
        })
        .collect();
    table(&["SERVER", "TOOL", "DESCRIPTION"], &rows)
}

/// A successful call's result for a person: its text, else its structured content.
pub fn call_result(result: &ToolCallResult) -> String {
    let text = result.text();
    match (&result.structured_content, text.is_empty()) {
        (Some(structured), true) => serde_json::to_string_pretty(structured).unwrap_or_default(),
        _ => text,
    }
}

/// One line for a lifecycle event, for progress on a terminal.
pub fn event_line(event: &ManagerEvent) -> String {
    match event {
        ManagerEvent::Started { server, tools, .. } => {
            format!("✓ {server} started ({tools} tools)")
        }
        ManagerEvent::Stopped { server } => format!("■ {server} stopped"),
        ManagerEvent::ConfigReloaded {
            added,
            removed,
            changed,
        } => {
            format!(
                "config reloaded: added [{}], removed [{}], changed [{}]",
                added.join(", "),
                removed.join(", "),
                changed.join(", ")
            )
        }
        ManagerEvent::ConfigReloadFailed { errors } => {
            format!("config not reloaded (the running one stays):\n{errors}")
        }
        ManagerEvent::ToolsChanged { server, tools } => {
            format!("{server}: tool list changed ({tools} tools)")
        }
        ManagerEvent::Failed { server, reason } => format!("✗ {server} failed: {reason}"),
        ManagerEvent::Crashed { server, reason } => format!("! {server} crashed: {reason}"),
        ManagerEvent::Restarting {
            server,
            attempt,
            delay,
        } => format!("↻ {server} restarting in {delay:.1?} (attempt {attempt})"),
    }
}

/// `roxy config check`: the resolved config with secret-looking values masked.
pub fn resolved_config(config: &Config, json: bool) -> String {
    let mut mcp = config.mcp.clone();
    for server in mcp.servers.values_mut() {
        for (name, value) in server.headers.iter_mut().chain(server.env.iter_mut()) {
            if looks_secret(name) {
                *value = mask_secret(value);
            }
        }
    }
    let source = match &config.source {
        crate::config::ConfigSource::Dir(dir) => dir.display().to_string(),
        crate::config::ConfigSource::Embedded => "built-in defaults".to_string(),
    };
    if json {
        return json_text(
            &serde_json::json!({ "source": source, "mcp_servers": mcp, "roxy": config.roxy }),
        );
    }
    let mcp_yaml = serde_yaml::to_string(&mcp).unwrap_or_default();
    let roxy_yaml = serde_yaml::to_string(&config.roxy).unwrap_or_default();
    format!(
        "# configuration OK (from {source})\n# --- mcp_servers.yaml (resolved)\n{mcp_yaml}# --- roxy.yaml (resolved)\n{roxy_yaml}"
    )
}

/// `roxy skills list`.
pub fn skills(registry: &SkillRegistry, json: bool) -> String {
    let manifests: Vec<&SkillManifest> = registry.skills().iter().map(|s| s.manifest()).collect();
    if json {
        return json_text(&manifests);
    }
    let rows: Vec<Vec<String>> = manifests
        .iter()
        .map(|m| {
            let intents: Vec<&str> = m.intents.iter().map(|i| i.name.as_str()).collect();
            let tools: Vec<String> = m.tools.iter().map(ToString::to_string).collect();
            vec![
                m.name.clone(),
                intents.join(", "),
                if tools.is_empty() {
                    "-".into()
                } else {
                    tools.join(", ")
                },
                m.description.clone(),
            ]
        })
        .collect();
    table(&["SKILL", "INTENTS", "TOOLS", "DESCRIPTION"], &rows)
}

/// Whether a header or environment variable name suggests its value is a secret.
pub(crate) fn looks_secret(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [
        "auth",
        "token",
        "key",
        "secret",
        "password",
        "passwd",
        "credential",
        "cookie",
        "session",
    ]
    .iter()
    .any(|word| lower.contains(word))
}

/// Masks a secret for display: keeps a short prefix so a person can tell values apart.
fn mask_secret(value: &str) -> String {
    let visible: String = value.chars().take(4).collect();
    if value.chars().count() <= 8 {
        "****".into()
    } else {
        format!("{visible}****")
    }
}
