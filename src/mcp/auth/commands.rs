//! `roxy auth login|logout|status`: the person's handle on OAuth tokens. `login` runs the flow
//! for one server now, opening the browser; `logout` deletes the server's token file; `status`
//! shows, per http/sse server, whether it is logged in, the scopes and the expiry — never a
//! token.

use url::Url;

use super::{AuthStatus, OAuth, allow_browser};
use crate::config::{Config, ServerConfig, TransportKind};
use crate::suggest::closest_names;

/// The remote server `name` and its OAuth client, or an error naming the servers there are.
fn client(config: &Config, name: &str) -> Result<OAuth, String> {
    let remote: Vec<&String> = config
        .mcp
        .servers
        .iter()
        .filter(|(_, server)| is_remote(server))
        .map(|(name, _)| name)
        .collect();
    let Some(server) = config.mcp.servers.get(name).filter(|s| is_remote(s)) else {
        let names: Vec<&str> = remote.iter().map(|n| n.as_str()).collect();
        let suggestion = closest_names(name, names.iter().copied(), 1)
            .first()
            .map(|close| format!("; did you mean `{close}`?"))
            .unwrap_or_default();
        return Err(format!(
            "no http or sse server `{name}` in mcp_servers.yaml{suggestion} (remote servers: {})",
            if names.is_empty() {
                "none".to_string()
            } else {
                names.join(", ")
            }
        ));
    };
    let url = server
        .url
        .as_deref()
        .and_then(|url| Url::parse(url).ok())
        .ok_or_else(|| format!("`servers.{name}.url` is not a valid URL"))?;
    OAuth::new(name, url, server).map_err(|e| e.to_string())
}

fn is_remote(server: &ServerConfig) -> bool {
    matches!(server.transport, TransportKind::Http | TransportKind::Sse)
}

/// `roxy auth login NAME`: runs the flow now; returns the line to print.
pub async fn login(config: &Config, name: &str) -> Result<String, String> {
    let oauth = client(config, name)?;
    allow_browser(true);
    oauth.login().await.map_err(|e| e.to_string())?;
    let status = oauth.status();
    Ok(format!(
        "logged in to `{name}`{}{}",
        if status.scopes.is_empty() {
            String::new()
        } else {
            format!(" (scopes: {})", status.scopes.join(" "))
        },
        status
            .expires_at
            .map(|at| format!("; the token expires {}", when(at)))
            .unwrap_or_default()
    ))
}

/// `roxy auth logout NAME`.
pub fn logout(config: &Config, name: &str) -> Result<String, String> {
    let removed = client(config, name)?.logout().map_err(|e| e.to_string())?;
    Ok(if removed {
        format!("logged out of `{name}`; its tokens are deleted")
    } else {
        format!("`{name}` had no stored tokens")
    })
}

/// `roxy auth status [--json]`: every http/sse server.
pub fn status(config: &Config, json: bool) -> Result<String, String> {
    let mut rows = Vec::new();
    for (name, server) in &config.mcp.servers {
        if !is_remote(server) {
            continue;
        }
        let mut status = client(config, name)?.status();
        // A server given its credentials in a header needs no login.
        let by_header = server
            .headers
            .keys()
            .any(|header| header.eq_ignore_ascii_case("authorization"));
        if status.state == "needs_login" && by_header {
            status.state = "header".into();
        }
        rows.push(status);
    }
    if json {
        return Ok(serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n");
    }
    if rows.is_empty() {
        return Ok("no http or sse servers are configured\n".into());
    }
    let table: Vec<Vec<String>> = rows.iter().map(row).collect();
    Ok(crate::output::table(
        &["SERVER", "STATE", "SCOPES", "EXPIRES"],
        &table,
    ))
}

fn row(status: &AuthStatus) -> Vec<String> {
    vec![
        status.server.clone(),
        status.state.clone(),
        if status.scopes.is_empty() {
            "-".into()
        } else {
            status.scopes.join(" ")
        },
        status.expires_at.map(when).unwrap_or_else(|| "-".into()),
    ]
}

/// An absolute expiry in UTC.
fn when(unix_seconds: u64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix_seconds as i64)
        .ok()
        .and_then(|at| {
            at.format(time::macros::format_description!(
                "[year]-[month]-[day] [hour]:[minute]:[second] UTC"
            ))
            .ok()
        })
        .unwrap_or_else(|| unix_seconds.to_string())
}
