//! Checks that the YAML types cannot express. In `mcp_servers.yaml`: fields that the server's
//! transport does not use, a transport's required field, `module` and `path` both given, a
//! `url` that is no http(s) URL, header names and values HTTP cannot carry, zero timeouts and
//! sizes, a `max_backoff` below `initial_backoff`, `startup:` lists naming servers that do not
//! exist (or a server in both lists), and `keep` lists naming no detector type. In
//! `roxy.yaml`: `skills.match_threshold` outside 0..=1, a `metrics.listen` that is no address,
//! the `privacy:` section's problems ([`PrivacyConfig::problems`]) and the `llm:` section's
//! (in `llm.rs`). Type and unknown-key
//! errors come from deserializing (see `load.rs`).

use std::net::SocketAddr;
use std::time::Duration;

use super::duration::format_duration;
use super::error::ConfigError;
use super::locate::{locate_in_item, locate_item, locate_key};
use super::privacy::{PrivacyConfig, ProblemAt};
use super::schema::{
    DEFAULT_MATCH_THRESHOLD, Defaults, McpServersConfig, RestartPolicy, RoxyConfig, ServerConfig,
    TransportKind,
};
use super::voice::{is_spoken, spoken_form};
use crate::suggest::closest_names;

/// A server name Roxy's qualified tool names (`server__tool`, `[A-Za-z0-9_-]`) keep as it is
/// and tell apart: every run of other characters becomes one `_`, a run of `_` one `_` (`a__b`
/// would read as server `a`'s tool `b`), and none leads or ends it.
pub fn server_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let trimmed = out.trim_matches('_');
    if trimmed.is_empty() {
        "server".into()
    } else {
        trimmed.to_string()
    }
}

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
    let fit = server_name(name);
    if fit != name {
        // "my plants" cannot be typed as `/call my plants ...`; `a__b__tool` is ambiguous.
        errors.push(error_at(
            &["servers", name],
            format!(
                "`{name}` is not a server name: use letters, digits, `-` and single `_` inside it"
            ),
            Some(format!("e.g. `{fit}`")),
        ));
    }
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
        && let Some((message, hint)) = url_problem(url)
    {
        errors.push(error_at(&["servers", name, "url"], message, Some(hint)));
    }
    check_limits(
        file,
        text,
        &["servers", name],
        Limits {
            startup_timeout: server.startup_timeout,
            request_timeout: server.request_timeout,
            max_message_size: server.max_message_size,
            restart: server.restart.as_ref(),
        },
        errors,
    );
}

/// What is wrong with a server's `url`, and what to write: not a URL, or not http(s).
pub(crate) fn url_problem(url: &str) -> Option<(String, String)> {
    match url::Url::parse(url) {
        Err(_) => Some((
            format!("`{}` is not a URL", super::shown_url(url)),
            "write a full URL such as `http://127.0.0.1:8000/mcp`".into(),
        )),
        Ok(parsed) if !matches!(parsed.scheme(), "http" | "https") => Some((
            format!("`{}` URLs are not supported", parsed.scheme()),
            "write an http:// or https:// URL such as `https://example.com/mcp`".into(),
        )),
        Ok(_) => None,
    }
}

/// Checks `defaults:`: no zero timeout or size, a sensible backoff.
pub(crate) fn check_defaults(
    file: &str,
    text: &str,
    defaults: &Defaults,
    errors: &mut Vec<ConfigError>,
) {
    check_limits(
        file,
        text,
        &["defaults"],
        Limits {
            startup_timeout: Some(defaults.startup_timeout),
            request_timeout: Some(defaults.request_timeout),
            max_message_size: defaults.max_message_size,
            restart: Some(&defaults.restart),
        },
        errors,
    );
}

/// The timings and sizes of `defaults:` or of one server (`None`: not set there).
struct Limits<'a> {
    startup_timeout: Option<Duration>,
    request_timeout: Option<Duration>,
    max_message_size: Option<usize>,
    restart: Option<&'a RestartPolicy>,
}

/// A zero timeout fails every call and a zero size every message; a `max_backoff` below
/// `initial_backoff` would shrink the waits.
fn check_limits(
    file: &str,
    text: &str,
    section: &[&str],
    limits: Limits,
    errors: &mut Vec<ConfigError>,
) {
    let error_at = |field: &[&str], message: String, hint: String| {
        let path: Vec<&str> = section.iter().chain(field).copied().collect();
        ConfigError::at_key(file, text, &path, message, Some(hint))
    };
    for (field, value, example) in [
        ("startup_timeout", limits.startup_timeout, "30s"),
        ("request_timeout", limits.request_timeout, "60s"),
    ] {
        if value == Some(Duration::ZERO) {
            errors.push(error_at(
                &[field],
                format!("`{field}` must be more than 0"),
                format!("write a duration such as `{field}: {example}` (the default)"),
            ));
        }
    }
    if limits.max_message_size == Some(0) {
        errors.push(error_at(
            &["max_message_size"],
            "`max_message_size` must be more than 0".into(),
            "write a size such as `max_message_size: 64MiB` (the default)".into(),
        ));
    }
    if let Some(restart) = limits.restart
        && restart.max_backoff < restart.initial_backoff
    {
        let initial = format_duration(restart.initial_backoff);
        errors.push(error_at(
            &["restart", "max_backoff"],
            format!(
                "max_backoff {} is less than initial_backoff {initial}",
                format_duration(restart.max_backoff)
            ),
            format!("set max_backoff to at least {initial}, or lower initial_backoff"),
        ));
    }
}

/// Headers the HTTP transports set themselves: one in `headers:` would replace what the
/// protocol needs (a wrong `Accept` is a 406, a fixed session id another session's).
const PROTOCOL_HEADERS: [&str; 7] = [
    "Accept",
    "Content-Type",
    "Content-Length",
    "Host",
    "Mcp-Session-Id",
    "Mcp-Protocol-Version",
    "Last-Event-ID",
];

/// Checks the header names and values of an http or sse server as written (values are not
/// printed: they often hold secrets; what `${env:...}` puts in them is checked by
/// [`header_from_environment_problem`]), and that none is one Roxy sets itself.
pub(crate) fn check_headers(
    file: &str,
    text: &str,
    name: &str,
    server: &ServerConfig,
    errors: &mut Vec<ConfigError>,
) {
    for (header, value) in &server.headers {
        let path = ["servers", name, "headers", header.as_str()];
        if let Some(set_by_roxy) = PROTOCOL_HEADERS
            .iter()
            .find(|protocol| protocol.eq_ignore_ascii_case(header))
        {
            errors.push(ConfigError::at_key(
                file,
                text,
                &path,
                format!("`{set_by_roxy}` is set by Roxy itself, as the MCP transport needs it"),
                Some("remove it from `headers:`".into()),
            ));
        } else if http::HeaderName::from_bytes(header.as_bytes()).is_err() {
            errors.push(ConfigError::at_key(
                file,
                text,
                &path,
                format!("`{header}` is not a valid header name"),
                Some("use letters, digits and `-`, e.g. `X-Api-Key`".into()),
            ));
        } else if http::HeaderValue::from_str(value).is_err() {
            errors.push(ConfigError::at_key(
                file,
                text,
                &path,
                "the value has a line break or another control character".into(),
                Some("write the value on one line, without control characters".into()),
            ));
        }
    }
}

/// A header value that HTTP cannot carry only once `${env:...}` put a variable's value in it
/// (a token file's trailing line break): the header, and what to say and do. The header was
/// checked as written by [`check_headers`]; this keeps only its server from starting.
pub(crate) fn header_from_environment_problem(
    server: &str,
    written: &std::collections::BTreeMap<String, String>,
    expanded: &std::collections::BTreeMap<String, String>,
) -> Option<(String, String, String)> {
    expanded.iter().find_map(|(header, value)| {
        if http::HeaderValue::from_str(value).is_ok() {
            return None;
        }
        let variables: Vec<String> = written
            .get(header)?
            .split("${env:")
            .skip(1)
            .filter_map(|rest| rest.split(['}', ':']).next())
            .map(|variable| format!("`{variable}`"))
            .collect();
        let from = match variables.as_slice() {
            [] => "its variables".to_string(),
            [one] => one.clone(),
            more => more.join(" or "),
        };
        Some((
            header.clone(),
            format!(
                "the `{header}` header gets a line break or another control character from {from}; server `{server}` cannot start until it is removed"
            ),
            format!(
                "remove it from {from} (a value read from a file often ends with a line break: `$(tr -d '\\n' < file)`)"
            ),
        ))
    })
}

/// Checks that every server's `privacy.keep` names a detector type of `privacy` (roxy.yaml).
pub(crate) fn check_keep(
    file: &str,
    text: &str,
    config: &McpServersConfig,
    privacy: &PrivacyConfig,
    errors: &mut Vec<ConfigError>,
) {
    for (name, server) in &config.servers {
        for kind in &server.privacy.keep {
            if privacy.type_names().any(|known| known == kind) {
                continue;
            }
            let suggestions = closest_names(kind, privacy.type_names(), 1);
            let types: Vec<&str> = privacy.type_names().collect();
            errors.push(ConfigError {
                file: file.to_string(),
                position: locate_item(text, &["servers", name, "privacy", "keep"], kind),
                key: format!("servers.{name}.privacy.keep"),
                message: format!("`{kind}` is not a detector type"),
                hint: Some(match suggestions.first() {
                    Some(best) => format!("did you mean `{best}`? (types: {})", types.join(", ")),
                    None => format!(
                        "use one of {} or a custom detector's name",
                        types.join(", ")
                    ),
                }),
            });
        }
    }
}

/// Checks `roxy.yaml`: the match threshold, the metrics address and the `privacy:` section.
pub(crate) fn check_roxy(
    file: &str,
    text: &str,
    config: &RoxyConfig,
    errors: &mut Vec<ConfigError>,
) {
    let threshold = config.skills.match_threshold;
    if !(0.0..=1.0).contains(&threshold) {
        errors.push(ConfigError::at_key(
            file,
            text,
            &["skills", "match_threshold"],
            format!("`{threshold}` is not between 0 and 1"),
            Some(format!(
                "write a score such as `match_threshold: {DEFAULT_MATCH_THRESHOLD}` (the default); lower lets more sentences match"
            )),
        ));
    }
    if let Some(listen) = &config.metrics.listen
        && listen.parse::<SocketAddr>().is_err()
    {
        errors.push(ConfigError::at_key(
            file,
            text,
            &["metrics", "listen"],
            format!("`{listen}` is not an address"),
            Some("write an IP address and port such as `listen: 127.0.0.1:9464`".into()),
        ));
    }
    if let Some(llm) = &config.llm {
        super::llm::check_llm(file, text, llm, &config.privacy, errors);
    }
    check_voice(file, text, config, errors);
    for problem in config.privacy.problems() {
        let position = match &problem.at {
            ProblemAt::PhoneRegion(region) => {
                locate_item(text, &["privacy", "phone_regions"], region)
            }
            ProblemAt::Custom { index, field } => {
                locate_in_item(text, &["privacy", "custom"], *index, field)
            }
        };
        errors.push(ConfigError {
            file: file.to_string(),
            position: position.or_else(|| locate_key(text, &["privacy"])),
            key: problem.key(),
            message: problem.message,
            hint: Some(problem.hint),
        });
    }
}

/// Checks `voice:`: the wake word and slot values must be words a recognizer can hold.
fn check_voice(file: &str, text: &str, config: &RoxyConfig, errors: &mut Vec<ConfigError>) {
    let voice = &config.voice;
    if !is_spoken(&voice.wake_word) {
        errors.push(ConfigError::at_key(
            file,
            text,
            &["voice", "wake_word"],
            format!("`{}` is not a phrase of lower-case words", voice.wake_word),
            Some("write words such as `wake_word: okay roxy`".into()),
        ));
    }
    for (slot, values) in &voice.slots {
        for value in values.iter().filter(|value| !is_spoken(value)) {
            errors.push(ConfigError {
                file: file.to_string(),
                position: locate_item(text, &["voice", "slots", slot], value)
                    .or_else(|| locate_key(text, &["voice", "slots", slot])),
                key: format!("voice.slots.{slot}"),
                message: format!("`{value}` is not lower-case words a recognizer can hear"),
                hint: Some(format!(
                    "write it as it is spoken, e.g. `{}`",
                    spoken_form(value)
                )),
            });
        }
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

#[cfg(test)]
mod tests {
    use super::server_name;

    #[test]
    fn names_keep_only_what_tool_names_allow() {
        assert_eq!(server_name("Linear (remote)"), "Linear_remote");
        assert_eq!(server_name("io.github.x/y"), "io_github_x_y");
        assert_eq!(server_name("ok-name_1"), "ok-name_1");
        assert_eq!(server_name("a__b"), "a_b");
        assert_eq!(server_name("..."), "server");
    }
}
