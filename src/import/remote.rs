//! `mcp-remote` wrappers: clients that only launch commands reach remote servers through
//! `npx -y mcp-remote URL --header "Name: value" --transport sse-only`. Roxy speaks Streamable
//! HTTP and SSE itself, so such an entry becomes a native `transport: http` (or `sse`) entry with
//! the URL and headers; `${VAR}` in a header is what mcp-remote expands from its own `env`.

use super::translate::{RawServer, is_env_name};
use crate::config::TransportKind;

/// Programs that run a package: the wrapper is `<runner> [flags] mcp-remote[@version] URL ...`.
const RUNNERS: &[&str] = &["npx", "bunx", "pnpx"];

/// Rewrites `raw` in place when it is an mcp-remote wrapper; otherwise leaves it alone.
pub(crate) fn unwrap(raw: &mut RawServer, warnings: &mut Vec<String>) {
    let Some(rest) = wrapped_arguments(raw) else {
        return;
    };
    let Some((url, options)) = rest.split_first() else {
        return;
    };
    let name = raw.name.clone();
    let mut transport = TransportKind::Http;
    let mut headers = Vec::new();
    let mut used_env = Vec::new();
    let mut options = options.iter();
    while let Some(option) = options.next() {
        match option.as_str() {
            "--header" => {
                let Some(header) = options.next() else {
                    break;
                };
                let Some((key, value)) = header.split_once(':') else {
                    warnings.push(format!(
                        "`{name}`: mcp-remote header `{header}` has no `:`; not imported"
                    ));
                    continue;
                };
                headers.push((key.trim().to_string(), value.trim().to_string()));
            }
            "--transport" => {
                if options.next().map(String::as_str) == Some("sse-only") {
                    transport = TransportKind::Sse;
                }
            }
            "--allow-http" => {}
            other => warnings.push(format!(
                "`{name}`: mcp-remote option `{other}` has no Roxy equivalent; not imported"
            )),
        }
    }
    for (_, value) in &mut headers {
        *value = expand_from(value, &raw.env, &mut used_env);
    }
    for (key, _) in &raw.env {
        if !used_env.contains(key) {
            warnings.push(format!(
                "`{name}`: env `{key}` of the mcp-remote wrapper not imported (only what its headers use is)"
            ));
        }
    }
    raw.transport = Some(transport);
    raw.url = Some(url.clone());
    raw.command = None;
    raw.args.clear();
    raw.env.clear();
    raw.cwd = None;
    for (key, value) in headers {
        if value.contains("${env:") {
            raw.roxy_headers.push((key, value));
        } else {
            raw.headers.push((key, value));
        }
    }
}

/// The arguments after `mcp-remote` when `raw` runs it (directly, through a package runner, or
/// through Windows' `cmd /c`), starting with the URL.
fn wrapped_arguments(raw: &RawServer) -> Option<Vec<String>> {
    let command = raw.command.as_deref()?;
    let mut words: Vec<String> = std::iter::once(command.to_string())
        .chain(raw.args.iter().cloned())
        .collect();
    if program(&words[0]) == "cmd" && words.get(1).is_some_and(|w| w.eq_ignore_ascii_case("/c")) {
        words.drain(..2);
    }
    let first = program(words.first()?);
    let start = if is_mcp_remote(&first) {
        1
    } else if RUNNERS.contains(&first.as_str()) {
        let index = words.iter().skip(1).position(|w| !w.starts_with('-'))? + 1;
        if !is_mcp_remote(&words[index]) {
            return None;
        }
        index + 1
    } else {
        return None;
    };
    let rest = words.split_off(start);
    let url = rest.first()?;
    (url.starts_with("http://") || url.starts_with("https://") || url.contains("${"))
        .then_some(rest)
}

/// `C:\bin\npx.cmd` -> `npx`.
fn program(word: &str) -> String {
    let base = word.rsplit(['/', '\\']).next().unwrap_or(word);
    let base = base
        .strip_suffix(".cmd")
        .or_else(|| base.strip_suffix(".exe"))
        .unwrap_or(base);
    base.to_ascii_lowercase()
}

fn is_mcp_remote(word: &str) -> bool {
    word == "mcp-remote" || word.starts_with("mcp-remote@")
}

/// `${VAR}` in a header replaced by the wrapper's env value of VAR (recorded in `used`); one the
/// env lacks is what mcp-remote would take from its own environment: `${env:VAR}`.
fn expand_from(value: &str, env: &[(String, String)], used: &mut Vec<String>) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let name = &after[..end];
        match env.iter().find(|(key, _)| key == name) {
            Some((key, found)) => {
                used.push(key.clone());
                out.push_str(found);
            }
            None if is_env_name(name) => out.push_str(&format!("${{env:{name}}}")),
            None => out.push_str(&rest[start..start + 2 + end + 1]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(command: &str, args: &[&str], env: &[(&str, &str)]) -> RawServer {
        RawServer {
            name: "r".into(),
            command: Some(command.into()),
            args: args.iter().map(|a| a.to_string()).collect(),
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..RawServer::default()
        }
    }

    #[test]
    fn wrappers_become_remote_entries() {
        let mut warnings = Vec::new();
        let mut server = raw(
            "npx",
            &[
                "-y",
                "mcp-remote@latest",
                "https://x.example/mcp",
                "--header",
                "Authorization: Bearer ${TOKEN}",
                "--header",
                "X-Team:${TEAM}",
                "--transport",
                "sse-only",
            ],
            &[("TOKEN", "abc")],
        );
        unwrap(&mut server, &mut warnings);
        assert_eq!(server.transport, Some(TransportKind::Sse));
        assert_eq!(server.url.as_deref(), Some("https://x.example/mcp"));
        assert_eq!(server.command, None);
        assert_eq!(
            server.headers,
            [("Authorization".to_string(), "Bearer abc".to_string())]
        );
        assert_eq!(
            server.roxy_headers,
            [("X-Team".to_string(), "${env:TEAM}".to_string())]
        );
        assert!(warnings.is_empty(), "{warnings:?}");

        let mut windows = raw("cmd", &["/c", "npx", "mcp-remote", "https://y/mcp"], &[]);
        unwrap(&mut windows, &mut warnings);
        assert_eq!(windows.url.as_deref(), Some("https://y/mcp"));

        let mut not_a_wrapper = raw("npx", &["-y", "@modelcontextprotocol/server-memory"], &[]);
        unwrap(&mut not_a_wrapper, &mut warnings);
        assert_eq!(not_a_wrapper.command.as_deref(), Some("npx"));
        assert_eq!(not_a_wrapper.url, None);
    }
}
