//! One imported server as Roxy will hold it ([`Entry`]: the `mcp_servers.yaml` fields an import
//! can fill, values already in Roxy's `${env:VAR}` syntax) and its YAML text, written by hand so
//! that the block reads like the rest of a person's file: fields in a fixed order, short lists
//! in flow style, a string quoted only when YAML needs it.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Serialize;

use crate::config::TransportKind;
use crate::config::duration::format_duration;

/// The fields of one `servers:` entry that an import fills.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub transport: TransportKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub env: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub env_vars: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cwd: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled_tools: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disabled_tools: Vec<String>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "duration_text"
    )]
    pub startup_timeout: Option<Duration>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "duration_text"
    )]
    pub request_timeout: Option<Duration>,
}

fn duration_text<S: serde::Serializer>(value: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(duration) => s.serialize_str(&format_duration(*duration)),
        None => s.serialize_none(),
    }
}

impl Entry {
    /// An enabled entry of `transport` with nothing else set.
    pub fn new(transport: TransportKind) -> Entry {
        Entry {
            transport,
            description: None,
            enabled: true,
            command: None,
            args: Vec::new(),
            env: BTreeMap::new(),
            env_vars: Vec::new(),
            cwd: None,
            url: None,
            headers: BTreeMap::new(),
            enabled_tools: None,
            disabled_tools: Vec::new(),
            startup_timeout: None,
            request_timeout: None,
        }
    }

    /// The entry as YAML lines: `name:` at `indent` spaces, its fields `indent` further in.
    pub fn to_yaml(&self, name: &str, indent: usize) -> String {
        let pad = " ".repeat(indent);
        let inner = " ".repeat(indent * 2);
        let deeper = " ".repeat(indent * 3);
        let mut out = format!("{pad}{}:\n", scalar(name));
        let mut line = |key: &str, value: String| out.push_str(&format!("{inner}{key}: {value}\n"));
        line("transport", self.transport.to_string());
        if let Some(description) = &self.description {
            line("description", scalar(description));
        }
        if !self.enabled {
            line("enabled", "false".into());
        }
        if let Some(command) = &self.command {
            line("command", scalar(command));
        }
        if !self.args.is_empty() {
            line("args", flow_list(&self.args));
        }
        if !self.env_vars.is_empty() {
            line("env_vars", flow_list(&self.env_vars));
        }
        if let Some(cwd) = &self.cwd {
            line("cwd", scalar(cwd));
        }
        if let Some(url) = &self.url {
            line("url", scalar(url));
        }
        if let Some(tools) = &self.enabled_tools {
            line("enabled_tools", flow_list(tools));
        }
        if !self.disabled_tools.is_empty() {
            line("disabled_tools", flow_list(&self.disabled_tools));
        }
        if let Some(timeout) = self.startup_timeout {
            line("startup_timeout", format_duration(timeout));
        }
        if let Some(timeout) = self.request_timeout {
            line("request_timeout", format_duration(timeout));
        }
        for (key, map) in [("env", &self.env), ("headers", &self.headers)] {
            if map.is_empty() {
                continue;
            }
            out.push_str(&format!("{inner}{key}:\n"));
            for (name, value) in map {
                out.push_str(&format!("{deeper}{}: {}\n", scalar(name), scalar(value)));
            }
        }
        out
    }
}

/// `[a, "b c"]`.
fn flow_list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|item| scalar(item)).collect();
    format!("[{}]", items.join(", "))
}

/// A string as a YAML scalar, in a block or inside `[...]`: plain when that reads back as the
/// same string, else double-quoted (JSON string syntax, which YAML reads the same way).
pub(crate) fn scalar(text: &str) -> String {
    if is_plain(text) {
        text.to_string()
    } else {
        serde_json::to_string(text).unwrap_or_else(|_| format!("\"{}\"", text.escape_default()))
    }
}

/// Whether `text` can stand unquoted: a conservative character set (no flow indicators, so the
/// answer holds inside `[...]` too), no leading indicator, and nothing YAML would read as
/// another type (`true`, `null`, `1.5`, `0x1f`, `~`).
fn is_plain(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    let allowed = |c: char| c.is_ascii_alphanumeric() || "_-./@+=%".contains(c);
    if !text.chars().all(allowed)
        || !(first.is_ascii_alphanumeric()
            || "_./".contains(first)
            || (first == '-' && text.len() > 1))
    {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let special = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".inf", ".nan",
    ];
    if special.contains(&lower.as_str()) || lower.starts_with("0x") || lower.starts_with("0o") {
        return false;
    }
    let numeric = text.parse::<f64>().is_ok()
        || text
            .chars()
            .all(|c| c.is_ascii_digit() || c == '_' || c == '.' || c == '-' || c == '+');
    !numeric
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_read_back_as_the_same_strings() {
        for text in [
            "npx",
            "-y",
            "@modelcontextprotocol/server-filesystem",
            "${env:HOME}/x",
            "true",
            "1.5",
            "0x1f",
            "a: b",
            "# not a comment",
            "with \"quotes\" and \\ backslash",
            "tab\there",
            "",
            "~",
            "[list]",
            "a,b",
            "ünïcode",
            "-",
            "? key",
            "1e3",
            "2026-01-01",
            "--config",
            "-1",
        ] {
            let block: String = serde_yaml::from_str(&format!("k: {}\n", scalar(text)))
                .map(|v: BTreeMap<String, String>| v["k"].clone())
                .unwrap_or_else(|e| panic!("{text:?} -> {}: {e}", scalar(text)));
            assert_eq!(block, text, "block {}", scalar(text));
            let list: BTreeMap<String, Vec<String>> =
                serde_yaml::from_str(&format!("k: {}\n", flow_list(&[text.to_string()])))
                    .unwrap_or_else(|e| panic!("{text:?}: {e}"));
            assert_eq!(list["k"], [text], "flow");
        }
    }

    #[test]
    fn renders_fields_in_order_with_maps_last() {
        let mut entry = Entry::new(TransportKind::Stdio);
        entry.command = Some("npx".into());
        entry.args = vec!["-y".into(), "pkg".into()];
        entry.env.insert("KEY".into(), "${env:KEY}".into());
        entry.enabled = false;
        assert_eq!(
            entry.to_yaml("fs", 2),
            "  fs:\n    transport: stdio\n    enabled: false\n    command: npx\n    args: [-y, pkg]\n    env:\n      KEY: \"${env:KEY}\"\n"
        );
    }
}
