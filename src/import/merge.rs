//! Merging imported entries into `mcp_servers.yaml` as text, so that everything a person wrote
//! (comments, order, blank lines, flow or block style of the other entries) stays as it was:
//! the new entries go after the last line of the `servers:` block, indented like the entries
//! already there. The result is checked with the same parser `roxy config check` uses, and the
//! change shown as a unified diff.

use crate::config::{ConfigError, parse_mcp_servers};

/// `block` (entries rendered at `indent`) inserted at the end of `servers:` in `current`.
/// `render` gets the indent the file's entries use.
pub(crate) fn insert(
    current: &str,
    heading: &str,
    render: impl Fn(usize) -> String,
) -> Result<String, String> {
    let lines: Vec<&str> = current.lines().collect();
    let servers_line = lines.iter().position(|line| {
        line.strip_prefix("servers:")
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '#']))
    });
    let Some(index) = servers_line else {
        // No `servers:` yet: a new block at the end.
        let mut out = current.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        if !out.trim().is_empty() {
            out.push('\n');
        }
        out.push_str("servers:\n");
        out.push_str(&format!("  {heading}\n"));
        out.push_str(&render(2));
        return Ok(out);
    };
    let rest = lines[index]["servers:".len()..].trim();
    let value = rest.split(" #").next().unwrap_or_default().trim();
    let mut lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    match value {
        "" => {}
        "{}" | "~" | "null" => lines[index] = "servers:".into(),
        _ if value.starts_with('#') => {}
        _ => {
            return Err(
                "`servers:` is written in flow style (`servers: { ... }`); write it as a block, one server per line, to import into it"
                    .into(),
            );
        }
    }
    // The block ends before the next line that starts at column 0 (a key or a comment of the
    // next section); the entries go after its last non-blank line.
    let mut last = index;
    let mut indent = None;
    for (offset, line) in lines.iter().enumerate().skip(index + 1) {
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            continue;
        }
        let width = line.len() - trimmed.len();
        if width == 0 {
            break;
        }
        if indent.is_none() && !trimmed.starts_with('#') {
            indent = Some(width);
        }
        last = offset;
    }
    let indent = indent.unwrap_or(2);
    let mut insertion = Vec::new();
    if last > index {
        insertion.push(String::new());
    }
    insertion.push(format!("{}{heading}", " ".repeat(indent)));
    insertion.extend(render(indent).lines().map(str::to_string));
    lines.splice(last + 1..last + 1, insertion);
    // Keep the file's line ends (`\r\n` on files written on Windows).
    let end = if current.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let mut out = lines.join(end);
    out.push_str(end);
    Ok(out)
}

/// The names under `servers:` of `text` (which must parse).
pub(crate) fn server_names(file: &str, text: &str) -> Result<Vec<String>, Vec<ConfigError>> {
    check(file, text).map(|config| config.servers.into_keys().collect())
}

/// `text` checked as `roxy config check` checks mcp_servers.yaml. Variables that are not set
/// here count as set: the import prints what to export, and `roxy config check` says it again.
pub(crate) fn check(
    file: &str,
    text: &str,
) -> Result<crate::config::McpServersConfig, Vec<ConfigError>> {
    let env = |name: &str| Some(std::env::var(name).unwrap_or_else(|_| "set".to_string()));
    let mut errors = Vec::new();
    let config = parse_mcp_servers(file, text, &env, &mut errors);
    match config {
        Some(config) if errors.is_empty() => Ok(config),
        _ => Err(errors),
    }
}

/// A unified diff of `old` -> `new` (one hunk around the lines that differ, three lines of
/// context), empty when they are equal.
pub(crate) fn diff(old: &str, new: &str, label: &str) -> String {
    let old: Vec<&str> = old.lines().collect();
    let new: Vec<&str> = new.lines().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let max_suffix = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    if prefix == old.len() && prefix == new.len() {
        return String::new();
    }
    let start = prefix.saturating_sub(3);
    let old_end = (old.len() - suffix + 3).min(old.len());
    let new_end = (new.len() - suffix + 3).min(new.len());
    let mut out = format!("--- {label}\n+++ {label} (imported)\n");
    out.push_str(&format!(
        "@@ -{},{} +{},{} @@\n",
        start + 1,
        old_end - start,
        start + 1,
        new_end - start
    ));
    for line in &old[start..prefix] {
        out.push_str(&format!(" {line}\n"));
    }
    for line in &old[prefix..old.len() - suffix] {
        out.push_str(&format!("-{line}\n"));
    }
    for line in &new[prefix..new.len() - suffix] {
        out.push_str(&format!("+{line}\n"));
    }
    for line in &old[old.len() - suffix..old_end] {
        out.push_str(&format!(" {line}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(indent: usize) -> String {
        format!(
            "{}new:\n{}transport: stdio\n{}command: x\n",
            " ".repeat(indent),
            " ".repeat(indent * 2),
            " ".repeat(indent * 2)
        )
    }

    #[test]
    fn inserts_at_the_end_of_the_servers_block_with_its_indent() {
        let current = "servers:\n    a: { transport: stdio, command: a }   # mine\n\n# startup\nstartup:\n  auto_start: [a]\n";
        let merged = insert(current, "# imported", entry).expect("merges");
        assert_eq!(
            merged,
            "servers:\n    a: { transport: stdio, command: a }   # mine\n\n    # imported\n    new:\n        transport: stdio\n        command: x\n\n# startup\nstartup:\n  auto_start: [a]\n"
        );
        assert_eq!(server_names("m", &merged).expect("valid"), ["a", "new"]);
    }

    #[test]
    fn empty_files_and_empty_servers_get_a_block() {
        for current in ["", "servers: {}\n", "defaults: {}\n"] {
            let merged = insert(current, "# imported", entry).expect("merges");
            assert_eq!(
                server_names("m", &merged).expect("valid"),
                ["new"],
                "{merged}"
            );
        }
        assert!(insert("servers: { a: {} }\n", "#", entry).is_err());
        let windows = insert(
            "servers:\r\n  a: { transport: stdio, command: a }\r\n",
            "#",
            entry,
        )
        .expect("merges");
        assert_eq!(
            windows.matches("\r\n").count(),
            windows.matches('\n').count(),
            "{windows:?}"
        );
    }

    #[test]
    fn diff_shows_the_added_lines_with_context() {
        let diff = diff("a\nb\nc\n", "a\nb\nx\nc\n", "f");
        assert_eq!(
            diff,
            "--- f\n+++ f (imported)\n@@ -1,3 +1,4 @@\n a\n b\n+x\n c\n"
        );
    }
}
