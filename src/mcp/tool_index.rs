//! The tool index's names: a server's tool list is cleaned as it arrives (one entry per name,
//! none without a name), each tool gets a unique `server__tool` name that LLM tool APIs accept,
//! and a name nobody knows gets a "did you mean" message listing what exists.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use crate::mcp::protocol::Tool;
use crate::mcp::state::ToolInfo;
use crate::suggest::closest_names;

/// Longest qualified tool name (`server__tool`), the limit most LLM tool APIs impose.
pub const MAX_QUALIFIED_NAME: usize = 64;

/// "no tool `x`; did you mean `y`? (tools of `s`: a, b, c)"
pub(crate) fn unknown_message(
    kind: &str,
    wanted: &str,
    names: &[String],
    list_name: &str,
) -> String {
    let suggestions = closest_names(wanted, names.iter().map(String::as_str), 3);
    let mut message = format!("no {kind} named `{wanted}`");
    if !suggestions.is_empty() {
        message.push_str(&format!("; did you mean `{}`?", suggestions.join("`, `")));
    }
    if names.is_empty() {
        message.push_str(&format!(" ({list_name}: none)"));
    } else if names.len() <= 30 {
        message.push_str(&format!(" ({list_name}: {})", names.join(", ")));
    }
    message
}

/// A server's tool list as Roxy keeps it: a tool listed more than once is kept once (its first
/// entry) and a tool without a name is skipped, each logged with the server's name, so one tool
/// never gets several qualified names and no tool is called `server__`.
pub(crate) fn clean_tool_list(server: &str, tools: Vec<Tool>) -> Vec<Tool> {
    let mut listed: HashMap<String, usize> = HashMap::new();
    let mut kept = Vec::with_capacity(tools.len());
    for tool in tools {
        if tool.name.trim().is_empty() {
            tracing::warn!(
                "server `{server}` lists a tool with an empty name; skipping it (the server's tools/list answer needs fixing)"
            );
            continue;
        }
        let count = listed.entry(tool.name.clone()).or_insert(0);
        *count += 1;
        if *count == 1 {
            kept.push(tool);
        }
    }
    for tool in &kept {
        let times = listed.get(&tool.name).copied().unwrap_or(1);
        if times > 1 {
            tracing::warn!(
                "server `{server}` lists the tool `{}` {times} times; keeping the first",
                tool.name.escape_debug()
            );
        }
    }
    kept
}

/// `server__tool`, restricted to `[A-Za-z0-9_-]` and 64 characters. A name that had to be
/// changed, or that collides with another, gets a hash of the original pair, so two different
/// tools never share a qualified name.
pub(crate) fn qualify(tools: Vec<(String, Tool)>) -> Vec<ToolInfo> {
    let names = qualify_names(
        tools
            .iter()
            .map(|(server, tool)| (server.as_str(), tool.name.as_str())),
    );
    tools
        .into_iter()
        .zip(names)
        .map(|((server, tool), qualified_name)| ToolInfo {
            qualified_name,
            server,
            tool,
        })
        .collect()
}

/// The qualified names of `(server, name)` pairs, in order, by the rules of tool names (so
/// prompts served by `roxy serve` are named like tools).
pub fn qualify_names<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<String> {
    safe_unique_names(
        pairs
            .into_iter()
            .map(|(server, tool)| (format!("{server}__{tool}"), format!("{server}\0{tool}"))),
    )
}

/// One server's tool names as `roxy serve --server` serves them, without the `server__`
/// prefix, by the same rules: a name as it is when it keeps to them, else with a hash.
pub fn unprefixed_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    safe_unique_names(
        names
            .into_iter()
            .map(|name| (name.to_string(), name.to_string())),
    )
}

/// Each `(name, key)` as a name of `[A-Za-z0-9_-]` and at most 64 characters, unique among
/// them: the name itself when it keeps to that, else cleaned and cut with a hash of `key`.
fn safe_unique_names(items: impl IntoIterator<Item = (String, String)>) -> Vec<String> {
    let mut taken = std::collections::HashSet::new();
    let mut names = Vec::new();
    for (plain, key) in items {
        let sanitized: String = plain
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let mut name = if sanitized == plain
            && !plain.is_empty()
            && plain.len() <= MAX_QUALIFIED_NAME
            && !taken.contains(&plain)
        {
            plain
        } else {
            hashed_name(&sanitized, &key, 0)
        };
        let mut salt = 1;
        while taken.contains(&name) {
            name = hashed_name(&sanitized, &key, salt);
            salt += 1;
        }
        taken.insert(name.clone());
        names.push(name);
    }
    names
}

fn hashed_name(sanitized: &str, key: &str, salt: u32) -> String {
    let digest = Sha256::digest(format!("{key}\0{salt}").as_bytes());
    let suffix: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
    let keep = MAX_QUALIFIED_NAME - suffix.len() - 1;
    let prefix: String = sanitized.chars().take(keep).collect();
    format!("{prefix}_{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tool(name: &str) -> Tool {
        serde_json::from_value(serde_json::json!({ "name": name })).unwrap()
    }

    /// `roxy serve --server` passed a server's own names through: spaces, accents and 100
    /// characters reached clients whose model APIs refuse them.
    #[test]
    fn unprefixed_names_keep_to_the_rules_of_tool_names() {
        let long = "y".repeat(100);
        let names = unprefixed_names([
            "echo",
            "a tool with spaces",
            "ünïcode",
            long.as_str(),
            "a_tool_with_spaces",
        ]);
        assert_eq!(names[0], "echo");
        assert_eq!(names[4], "a_tool_with_spaces");
        for name in &names {
            assert!(
                name.len() <= MAX_QUALIFIED_NAME
                    && name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'),
                "{name}"
            );
        }
        let unique: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        // The prefixed names are what they were: SHA-256 of `s\0a b\00` starts 92a3dad5
        // (Python's hashlib says so).
        assert_eq!(qualify_names([("s", "a b")]), ["s__a_b_92a3dad5"]);
    }

    #[test]
    fn qualified_names_are_unique_valid_and_short() {
        let long = "x".repeat(80);
        let infos = qualify(vec![
            ("fs".into(), tool("read_file")),
            ("a__b".into(), tool("c")),
            ("a".into(), tool("b__c")),
            ("web.search".into(), tool("find")),
            ("web_search".into(), tool("find")),
            ("s".into(), tool(&long)),
        ]);
        let names: Vec<&str> = infos.iter().map(|i| i.qualified_name.as_str()).collect();
        assert_eq!(names[0], "fs__read_file");
        let unique: std::collections::HashSet<&&str> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        for name in &names {
            assert!(name.len() <= MAX_QUALIFIED_NAME, "{name}");
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'),
                "{name}"
            );
        }
    }

    #[test]
    fn a_tool_list_keeps_each_name_once_and_skips_empty_names() {
        let mut first = tool("echo");
        first.description = Some("the first".into());
        let tools = clean_tool_list(
            "messy",
            vec![
                first,
                tool("echo"),
                tool(""),
                tool("slow"),
                tool("  "),
                tool("echo"),
            ],
        );
        let names: Vec<&str> = tools.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["echo", "slow"]);
        assert_eq!(tools[0].description.as_deref(), Some("the first"));
    }

    #[test]
    fn unknown_names_come_with_suggestions() {
        let message = unknown_message(
            "tool",
            "read_fil",
            &["read_file".into(), "write_file".into()],
            "tools of `fs`",
        );
        assert!(message.contains("did you mean `read_file`"), "{message}");
    }
}
