//! How the CLI shows things to a person (aligned tables, short event lines) and to scripts
//! (`--json`), and how it ends when the reader of its output goes away (`roxy ... | head`).

use crate::config::{Config, looks_secret, mask_secret};
use crate::mcp::{ManagerEvent, ServerState, ServerStatus, ToolCallResult, ToolInfo};
use crate::skills::{SkillManifest, SkillRegistry};

/// Renders rows as columns separated by two spaces, fitted to the terminal's width
/// ([`terminal_width`]); the last column is not padded.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    table_within(header, rows, terminal_width())
}

/// The narrowest a column is squeezed to when a table must fit a width.
const MIN_COLUMN: usize = 8;

/// [`table`] for a given width (`None`: as wide as the cells need). Every cell is one line (a
/// multi-line error is joined with `; `); a cell wider than its column wraps onto lines of its
/// own, so the columns stay aligned. The widest columns give way first, down to [`MIN_COLUMN`].
pub fn table_within(header: &[&str], rows: &[Vec<String>], width: Option<usize>) -> String {
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|cell| one_line(cell)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(width) = widths.get_mut(i) {
                *width = (*width).max(cell.chars().count());
            }
        }
    }
    if let Some(limit) = width {
        let gaps = 2 * widths.len().saturating_sub(1);
        while widths.iter().sum::<usize>() + gaps > limit {
            let Some((widest, _)) = widths
                .iter()
                .enumerate()
                .filter(|(_, w)| **w > MIN_COLUMN)
                .max_by_key(|(i, w)| (**w, *i))
            else {
                break;
            };
            widths[widest] -= 1;
        }
    }
    let render = |cells: &[String]| {
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .enumerate()
            .map(|(i, cell)| wrap(cell, widths.get(i).copied().unwrap_or(usize::MAX)))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        let last = cells.len().saturating_sub(1);
        let mut out = String::new();
        for line in 0..height {
            let parts: Vec<String> = wrapped
                .iter()
                .enumerate()
                .map(|(i, lines)| {
                    let part = lines.get(line).map_or("", String::as_str);
                    if i == last {
                        part.to_string()
                    } else {
                        format!("{part:<width$}", width = widths[i])
                    }
                })
                .collect();
            out.push_str(parts.join("  ").trim_end());
            out.push('\n');
        }
        out
    };
    let mut out = render(&header);
    for row in &rows {
        out.push_str(&render(row));
    }
    out
}

/// A cell as one line: its lines trimmed and joined with `; `.
fn one_line(cell: &str) -> String {
    cell.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// `text` in lines of at most `width` characters, broken at spaces where possible.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let mut word = word.to_string();
        loop {
            let used = line.chars().count();
            let needed = word.chars().count() + usize::from(used > 0);
            if used + needed <= width {
                if used > 0 {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
            if used > 0 {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word longer than the whole line is cut.
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            lines.push(head);
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `prefix` then `text`, wrapped to `width` with every further line indented under the text's
/// start (a hanging indent); each line of `text` starts a new line. One `\n` ends it.
pub fn hanging(prefix: &str, text: &str, width: Option<usize>) -> String {
    let indent = prefix.chars().count();
    let room = width.map_or(usize::MAX, |w| w.saturating_sub(indent).max(20));
    let mut out = String::new();
    let mut first = true;
    for paragraph in text.lines().chain(text.is_empty().then_some("")) {
        for line in wrap(paragraph, room) {
            if first {
                out.push_str(prefix);
                first = false;
            } else {
                out.push_str(&" ".repeat(indent));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

thread_local! {
    /// A width set by [`with_width`], for output rendered for another process.
    static WIDTH: std::cell::Cell<Option<Option<usize>>> = const { std::cell::Cell::new(None) };
}

/// Runs `render` with [`terminal_width`] answering `width`: the running Roxy renders tables for
/// the terminal of the command that asked (control socket).
pub fn with_width<T>(width: Option<usize>, render: impl FnOnce() -> T) -> T {
    WIDTH.with(|cell| cell.set(Some(width)));
    let rendered = render();
    WIDTH.with(|cell| cell.set(None));
    rendered
}

/// `roxy servers`' error when no server runs and at least one failed (exit code 1).
pub fn servers_failure(statuses: &[ServerStatus]) -> Option<String> {
    let failed = statuses
        .iter()
        .filter(|s| s.state == ServerState::Failed)
        .count();
    let running = statuses.iter().any(|s| s.state == ServerState::Running);
    (failed > 0 && !running)
        .then(|| format!("no server is running: {failed} failed (their errors are shown above)"))
}

/// The width to fit output to: `COLUMNS` if set (as `ls` does), else the terminal's when stdout
/// is one, else none (scripts get whole lines).
pub fn terminal_width() -> Option<usize> {
    use std::io::IsTerminal;
    if let Some(width) = WIDTH.with(std::cell::Cell::get) {
        return width;
    }
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.trim().parse().ok())
        .filter(|columns: &usize| *columns > 0);
    if columns.is_some() {
        return columns;
    }
    if std::io::stdout().is_terminal() {
        // SAFETY: TIOCGWINSZ fills a winsize struct this function owns.
        let mut size: libc::winsize = unsafe { std::mem::zeroed() };
        if unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) } == 0
            && size.ws_col > 0
        {
            return Some(usize::from(size.ws_col));
        }
    }
    None
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

/// When a server starts: `auto_start`, `on_demand` (the `startup:` lists), or `when_used`.
fn starts(config: &Config, server: &str) -> &'static str {
    let listed = |names: &[String]| names.iter().any(|name| name == server);
    if listed(&config.mcp.startup.auto_start) {
        "auto_start"
    } else if listed(&config.mcp.startup.on_demand) {
        "on_demand"
    } else {
        "when_used"
    }
}

/// `roxy servers`.
pub fn servers(statuses: &[ServerStatus], config: &Config, json: bool) -> String {
    if json {
        // When each starts (the text says `on demand` where the state is `stopped`), and no
        // tool count for a server not running (it is not known, not 0).
        let rows: Vec<serde_json::Value> = statuses
            .iter()
            .map(|status| {
                let mut row = serde_json::to_value(status).unwrap_or_default();
                row["starts"] = starts(config, &status.name).into();
                if status.state != ServerState::Running {
                    row["tool_count"] = serde_json::Value::Null;
                }
                row
            })
            .collect();
        return json_text(&rows);
    }
    if statuses.is_empty() {
        return "no servers configured; add some under `servers:` in mcp_servers.yaml\n".into();
    }
    let rows: Vec<Vec<String>> = statuses
        .iter()
        .map(|s| {
            let state = if s.state == ServerState::Stopped && starts(config, &s.name) == "on_demand"
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
            let description = shortened(description, 80);
            vec![t.server.clone(), t.tool.name.clone(), description]
        })
        .collect();
    table(&["SERVER", "TOOL", "DESCRIPTION"], &rows)
}

/// `roxy tools SERVER TOOL`: one tool's description, arguments (type, required, default,
/// description, allowed values) and behaviour hints.
pub fn tool_detail(info: &ToolInfo, json: bool) -> String {
    if json {
        return json_text(info);
    }
    let tool = &info.tool;
    let width = terminal_width().unwrap_or(100);
    let mut out = format!("{} {}", info.server, tool.name);
    if let Some(title) = tool.title.as_deref().filter(|t| *t != tool.name) {
        out.push_str(&format!(" ({title})"));
    }
    out.push('\n');
    for paragraph in tool.description.as_deref().unwrap_or("").lines() {
        for line in wrap(paragraph.trim(), width) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out.push('\n');
    let schema = &tool.input_schema;
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|r| r.iter().filter_map(serde_json::Value::as_str).collect())
        .unwrap_or_default();
    let rows: Vec<Vec<String>> = schema["properties"]
        .as_object()
        .map(|properties| {
            properties
                .iter()
                .map(|(name, property)| {
                    let types = crate::tool_arguments::schema_types(property);
                    let mut description = property["description"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string();
                    if let Some(values) = property["enum"].as_array() {
                        let values: Vec<String> = values.iter().map(ToString::to_string).collect();
                        description = format!("{description} (one of {})", values.join(", "))
                            .trim()
                            .to_string();
                    }
                    vec![
                        name.clone(),
                        if types.is_empty() {
                            "any".into()
                        } else {
                            types.join(" or ")
                        },
                        if required.contains(&name.as_str()) {
                            "yes".into()
                        } else {
                            "no".into()
                        },
                        property
                            .get("default")
                            .map_or_else(|| "-".into(), ToString::to_string),
                        description,
                    ]
                })
                .collect()
        })
        .unwrap_or_default();
    if rows.is_empty() {
        out.push_str("no arguments\n");
    } else {
        out.push_str(&table(
            &["ARGUMENT", "TYPE", "REQUIRED", "DEFAULT", "DESCRIPTION"],
            &rows,
        ));
    }
    if let Some(hints) = &tool.annotations {
        let mut said = Vec::new();
        if hints.read_only_hint == Some(true) {
            said.push("read-only");
        }
        if hints.destructive_hint == Some(true) && hints.read_only_hint != Some(true) {
            said.push("destructive");
        }
        if hints.idempotent_hint == Some(true) {
            said.push("idempotent");
        }
        if hints.open_world_hint == Some(true) {
            said.push("reaches outside the machine");
        }
        if !said.is_empty() {
            out.push_str(&format!("\nhints: {}\n", said.join(", ")));
        }
    }
    out
}

/// A successful call's result for a person: its text, else its structured content.
pub fn call_result(result: &ToolCallResult) -> String {
    let text = result.text();
    match (&result.structured_content, text.is_empty()) {
        (Some(structured), true) => serde_json::to_string_pretty(structured).unwrap_or_default(),
        _ => text,
    }
}

/// `n` and the word, plural unless `n` is 1: "1 tool", "3 tools".
pub fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// One line for a lifecycle event, for progress on a terminal.
pub fn event_line(event: &ManagerEvent) -> String {
    match event {
        ManagerEvent::Started { server, tools, .. } => {
            format!("✓ {server} started ({})", count(*tools, "tool"))
        }
        ManagerEvent::Stopped { server } => format!("■ {server} stopped"),
        ManagerEvent::ConfigReloaded {
            added,
            removed,
            changed,
        } => {
            let parts: Vec<String> = [("added", added), ("removed", removed), ("changed", changed)]
                .into_iter()
                .filter(|(_, servers)| !servers.is_empty())
                .map(|(what, servers)| format!("{what} {}", servers.join(", ")))
                .collect();
            if parts.is_empty() {
                "config reloaded: no server changed".to_string()
            } else {
                format!("config reloaded: {}", parts.join("; "))
            }
        }
        ManagerEvent::ConfigReloadFailed { errors } => {
            format!("config not reloaded (the running one stays):\n{errors}")
        }
        ManagerEvent::ToolsChanged { server, tools } => {
            format!("{server}: tool list changed ({})", count(*tools, "tool"))
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

/// What a config leaves out of what the built-in one gives: a project's `mcp_servers.yaml`
/// replaces the built-in one, so a first config with only its own server turns the built-in
/// skills that need `roxy_system` or `memory` off.
fn built_in_servers_left_out(config: &Config) -> Vec<String> {
    [
        (
            crate::skills::builtin::SYSTEM_SERVER,
            "roxy_system",
            "the built-in time, system, notes and files skills are off, and memory has no notes",
        ),
        (
            crate::skills::builtin::memory::GRAPH_SERVER,
            "roxy_memory",
            "memory has no knowledge graph",
        ),
    ]
    .into_iter()
    .filter(|(server, _, _)| !config.mcp.servers.contains_key(*server))
    .map(|(server, module, what)| {
        format!(
            "no `{server}` server: {what} (a project's mcp_servers.yaml replaces the built-in one; add `{server}: {{ transport: python, module: {module} }}` under `servers:` to keep it)"
        )
    })
    .collect()
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
        if let Some(url) = server.url.as_mut() {
            *url = crate::config::shown_url(url);
        }
    }
    let source = match &config.source {
        crate::config::ConfigSource::Dir(dir) => dir.display().to_string(),
        crate::config::ConfigSource::Embedded => "built-in defaults".to_string(),
    };
    // What is in effect where the files leave a default: the paths Roxy will use.
    let (venv, managed) = crate::mcp::python_venv(config);
    let mut roxy = config.roxy.clone();
    roxy.data_dir = Some(config.data_dir());
    roxy.python.venv = Some(venv.clone());
    roxy.skills.dir = Some(roxy.skills.dir.as_deref().map_or_else(
        || config.base_dir.join("skills"),
        |d| config.resolve_path(d),
    ));
    mcp.roots = config.roots();
    let venv_note = if managed {
        " (made and kept by Roxy: `roxy setup`)"
    } else {
        ""
    };
    let notes = built_in_servers_left_out(config);
    if json {
        let warnings: Vec<String> = config.warnings.iter().map(ToString::to_string).collect();
        return json_text(&serde_json::json!({
            "source": source,
            "mcp_servers": mcp,
            "roxy": roxy,
            "venv_managed": managed,
            "warnings": warnings,
            "notes": notes,
        }));
    }
    let mcp_yaml = serde_yaml::to_string(&mcp).unwrap_or_default();
    let roxy_yaml = serde_yaml::to_string(&roxy).unwrap_or_default();
    let notes: String = notes
        .iter()
        .map(|note| format!("# note: {note}\n"))
        .collect();
    format!(
        "# configuration OK (from {source})\n\
         {notes}\
         # data directory: {}\n\
         # python venv: {}{venv_note}\n\
         # --- mcp_servers.yaml (in effect)\n{mcp_yaml}# --- roxy.yaml (in effect)\n{roxy_yaml}",
        config.data_dir().display(),
        venv.display()
    )
}

/// `roxy skills list`.
pub fn skills(registry: &SkillRegistry, config: &Config, json: bool) -> String {
    let manifests: Vec<&SkillManifest> = registry.skills().iter().map(|s| s.manifest()).collect();
    // The servers a skill's tools are on that this config does not have: those tools are not
    // there to call (the memory skill keeps its facts without the graph server, for one).
    let unconfigured = |manifest: &SkillManifest| -> Vec<String> {
        let mut servers: Vec<String> = Vec::new();
        for tool in &manifest.tools {
            if !config.mcp.servers.contains_key(&tool.server) && !servers.contains(&tool.server) {
                servers.push(tool.server.clone());
            }
        }
        servers
    };
    if json {
        let skills: Vec<serde_json::Value> = manifests
            .iter()
            .map(|manifest| {
                let mut skill = serde_json::to_value(manifest).unwrap_or_default();
                if let Some(fields) = skill.as_object_mut() {
                    fields.insert(
                        "unconfigured_servers".into(),
                        serde_json::Value::from(unconfigured(manifest)),
                    );
                }
                skill
            })
            .collect();
        return json_text(&skills);
    }
    let rows: Vec<Vec<String>> = manifests
        .iter()
        .map(|m| {
            let intents: Vec<&str> = m.intents.iter().map(|i| i.name.as_str()).collect();
            let missing = unconfigured(m);
            let mut tools: Vec<String> = m
                .tools
                .iter()
                .filter(|tool| !missing.contains(&tool.server))
                .map(ToString::to_string)
                .collect();
            tools.extend(
                missing
                    .iter()
                    .map(|server| format!("{server}__* (no server `{server}` configured)")),
            );
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

/// `roxy metrics --json`: Prometheus text as a JSON array of samples, each
/// `{"name", "labels": {..}, "value"}` (comment lines left out; a value that is no number,
/// such as `NaN`, becomes null).
pub fn metrics_json(text: &str) -> String {
    let samples: Vec<serde_json::Value> = text
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .filter_map(metric_sample)
        .collect();
    serde_json::to_string_pretty(&samples).unwrap_or_default()
}

/// One sample line: `name{label="value",...} value [timestamp]`.
fn metric_sample(line: &str) -> Option<serde_json::Value> {
    let name_end = line.find(['{', ' ']).unwrap_or(line.len());
    let name = &line[..name_end];
    let mut rest = &line[name_end..];
    let mut labels = serde_json::Map::new();
    if let Some(inner) = rest.strip_prefix('{') {
        let mut chars = inner.char_indices();
        let mut key = String::new();
        let mut end = None;
        while let Some((index, c)) = chars.next() {
            match c {
                '}' => {
                    end = Some(index + 1);
                    break;
                }
                ',' | ' ' => {}
                '=' => {
                    chars.next(); // the opening quote
                    let mut value = String::new();
                    while let Some((_, c)) = chars.next() {
                        match c {
                            '"' => break,
                            '\\' => match chars.next() {
                                Some((_, 'n')) => value.push('\n'),
                                Some((_, other)) => value.push(other),
                                None => {}
                            },
                            other => value.push(other),
                        }
                    }
                    labels.insert(std::mem::take(&mut key), value.into());
                }
                other => key.push(other),
            }
        }
        rest = &inner[end?..];
    }
    let value = rest.split_whitespace().next()?;
    let number = value
        .parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
        .map_or(serde_json::Value::Null, serde_json::Value::Number);
    Some(serde_json::json!({ "name": name, "labels": labels, "value": number }))
}

/// `roxy privacy eval --json`: the counts and scores per type and overall, decoy-only records
/// flagged, the speed, and with `misses` every miss (record, kind, type, text, context).
pub fn eval_json(report: &crate::privacy::eval::EvalReport, misses: bool) -> String {
    let score = |s: &crate::privacy::eval::TypeScore| {
        serde_json::json!({
            "found": s.found, "found_correct": s.found_correct,
            "gold": s.gold, "gold_found": s.gold_found,
            "precision": s.precision(), "recall": s.recall(), "f1": s.f1(),
        })
    };
    let per_type: serde_json::Map<String, serde_json::Value> = report
        .per_type
        .iter()
        .map(|(kind, s)| (kind.clone(), score(s)))
        .collect();
    let megabytes_per_second = if report.seconds_per_pass > 0.0 {
        report.bytes as f64 / 1e6 / report.seconds_per_pass
    } else {
        0.0
    };
    let mut json = serde_json::json!({
        "per_type": per_type,
        "overall": score(&report.overall),
        "gold_spans": report.gold_spans,
        "gold_fully_masked": report.gold_fully_masked,
        "bytes": report.bytes,
        "seconds_per_pass": report.seconds_per_pass,
        "megabytes_per_second": megabytes_per_second,
        "decoy_records": report.decoy_records,
        "decoy_records_flagged": report.decoy_records_flagged,
    });
    if misses {
        json["wrong_by_rule"] = report
            .wrong_by_rule()
            .into_iter()
            .map(|(rule, count)| (rule.to_string(), count.into()))
            .collect::<serde_json::Map<_, _>>()
            .into();
        json["misses"] = report
            .misses
            .iter()
            .map(|miss| {
                let kind = match miss.miss {
                    crate::privacy::eval::MissKind::Missed => "missed",
                    crate::privacy::eval::MissKind::PartlyMasked => "partly_masked",
                    crate::privacy::eval::MissKind::Wrong => "wrong",
                };
                let mut entry = serde_json::json!({
                    "record": miss.record, "miss": kind, "type": miss.kind,
                    "text": miss.text, "context": miss.context,
                });
                if let Some(rule) = miss.rule {
                    entry["rule"] = rule.into();
                }
                entry
            })
            .collect();
    }
    serde_json::to_string_pretty(&json).unwrap_or_default()
}

/// Makes a failed write of Roxy's output end it as a tool should, not with a panic and a
/// backtrace (what `print!` does, since Rust ignores SIGPIPE): a closed stdout or stderr
/// (`roxy redact big.log | head`) ends it quietly by SIGPIPE, as it ends other Unix tools, so
/// the shell sees what it expects; any other failure (`> /dev/full`) is a one-line error and
/// exit code 1. SIGPIPE stays ignored for the rest (a stdio server's closed stdin is an error
/// Roxy handles). Ending there leaves nothing behind: a stdio server's keeper kills it when
/// Roxy's end of its guard pipe closes, and python servers live in this process.
pub fn end_cleanly_when_output_fails() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or_default();
        let Some(failure) = failed_output(message) else {
            return previous(info);
        };
        if failure.ends_with(&std::io::Error::from_raw_os_error(libc::EPIPE).to_string()) {
            // SAFETY: resetting a signal's disposition and raising it in this thread; with the
            // default action the kernel ends the whole process.
            unsafe {
                libc::signal(libc::SIGPIPE, libc::SIG_DFL);
                libc::raise(libc::SIGPIPE);
            }
            std::process::exit(128 + libc::SIGPIPE);
        }
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "error: cannot write the output: {failure}"
        );
        std::process::exit(1);
    }));
}

/// What std's panic message for a failed `print!` or `eprint!` says after its prefix
/// (`stdout: Broken pipe (os error 32)`), or `None` for any other panic.
fn failed_output(panic_message: &str) -> Option<&str> {
    panic_message.strip_prefix("failed printing to ")
}

/// What went wrong at the bottom of `error`'s causes, as said to a person: "Connection refused"
/// rather than the HTTP client's layers ("error sending request for url (...): client error
/// (Connect): tcp connect error: Connection refused (os error 111)").
pub fn innermost_cause(error: &dyn std::error::Error) -> String {
    let mut innermost = error;
    while let Some(cause) = innermost.source() {
        innermost = cause;
    }
    let text = innermost.to_string();
    match text.rsplit_once(" (os error ") {
        Some((said, code)) if code.ends_with(')') => said.to_string(),
        _ => text,
    }
}
/// `text` cut to at most `limit` characters, the last of them `…` when something was cut.
pub fn shortened(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let kept: String = text.chars().take(limit.saturating_sub(1)).collect();
    kept + "…"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_json_reads_names_labels_and_values() {
        let text = "# TYPE roxy_server_up gauge\nroxy_server_up{server=\"a\\\"b\",x=\"1\"} 1\nroxy_total 2.5 1700000000\nodd NaN\n";
        let samples: serde_json::Value = serde_json::from_str(&metrics_json(text)).expect("json");
        assert_eq!(
            samples,
            serde_json::json!([
                {"name": "roxy_server_up", "labels": {"server": "a\"b", "x": "1"}, "value": 1.0},
                {"name": "roxy_total", "labels": {}, "value": 2.5},
                {"name": "odd", "labels": {}, "value": null},
            ])
        );
    }

    fn rows() -> Vec<Vec<String>> {
        vec![
            vec![
                "memory".into(),
                "failed".into(),
                "importing roxy_memory failed:\nTraceback (most recent call last):\n  File \"x.py\", line 3\nModuleNotFoundError: No module named 'mcp'".into(),
            ],
            vec!["roxy_system".into(), "running".into(), String::new()],
        ]
    }

    #[test]
    fn config_check_prints_the_values_in_effect() {
        let base = std::path::Path::new("/srv/project");
        let config = Config::from_texts(
            crate::config::ConfigSource::Embedded,
            base.to_path_buf(),
            (
                "mcp_servers.yaml",
                "defaults: { max_message_size: 16MiB }\nroots: [docs]\nservers:\n  a: { transport: stdio, command: a }\n",
            ),
            Some(("roxy.yaml".into(), "data_dir: state\n")),
        )
        .expect("config");
        let text = resolved_config(&config, false);
        assert!(
            text.contains("# data directory: /srv/project/state\n"),
            "{text}"
        );
        assert!(text.contains("data_dir: /srv/project/state\n"), "{text}");
        assert!(text.contains("max_message_size: 16MiB"), "{text}");
        assert!(text.contains("- /srv/project/docs"), "{text}");
        assert!(text.contains("dir: /srv/project/skills"), "{text}");
        assert!(
            text.contains("# python venv: /srv/project/state/venv (made and kept by Roxy")
                || std::env::var_os("VIRTUAL_ENV").is_some(),
            "{text}"
        );
    }

    #[test]
    fn a_multi_line_error_stays_in_its_column() {
        let text = table_within(&["NAME", "STATE", "LAST ERROR"], &rows(), None);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(
            lines[1].starts_with("memory       failed   importing"),
            "{text}"
        );
        assert!(lines[1].contains("; ModuleNotFoundError"), "{text}");
        assert!(lines[2].starts_with("roxy_system  running"), "{text}");
    }

    #[test]
    fn fits_the_width_by_wrapping_within_columns() {
        let text = table_within(&["NAME", "STATE", "LAST ERROR"], &rows(), Some(50));
        for line in text.lines() {
            assert!(line.chars().count() <= 50, "{line:?} in\n{text}");
        }
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() > 3, "{text}");
        // Continuation lines start blank under NAME and STATE, the error goes on in its column.
        let column = lines[0].find("LAST ERROR").expect("header");
        assert!(lines[2][..column].trim().is_empty(), "{text}");
        assert!(
            lines.last().expect("a line").starts_with("roxy_system"),
            "{text}"
        );
    }

    #[test]
    fn hanging_indent_keeps_continuations_under_the_text() {
        let text = hanging(
            "  12:00 you: ",
            "one two three four five six\nseven",
            Some(40),
        );
        assert_eq!(
            text,
            "  12:00 you: one two three four five six\n             seven\n"
        );
        let narrow = hanging("  you: ", "aaaa bbbb cccc dddd eeee ffff gggg", Some(27));
        assert_eq!(
            narrow,
            "  you: aaaa bbbb cccc dddd\n       eeee ffff gggg\n"
        );
    }

    #[test]
    fn wraps_at_spaces_and_cuts_long_words() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 4), [""]);
    }
}
