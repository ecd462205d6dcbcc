//! What the JSON formats share: JSON with comments and trailing commas (VS Code and Zed write
//! JSONC), and one server entry read into a [`RawServer`] (`command`/`args`/`env`, `type`, a URL
//! under the key the client uses, `headers`, `disabled`/`enabled`), every other key reported.

use serde_json::{Map, Value};

use super::translate::RawServer;
use crate::config::TransportKind;

/// Parses JSON that may hold `//` and `/* */` comments and trailing commas.
pub(crate) fn parse(text: &str) -> Result<Value, String> {
    serde_json::from_str(&strip_jsonc(text)).map_err(|e| format!("not valid JSON: {e}"))
}

/// [`parse`], and a warning for each key an object gives twice (JSON keeps the last: a server
/// defined twice would be dropped without a word). One pass: the value is built as it is read.
pub(crate) fn parse_with_warnings(text: &str) -> Result<(Value, Vec<String>), String> {
    let plain = strip_jsonc(text);
    let mut deserializer = serde_json::Deserializer::from_str(&plain);
    let found = std::cell::RefCell::new(Vec::new());
    let seed = RepeatedKeys {
        path: String::new(),
        found: &found,
    };
    let root = serde::de::DeserializeSeed::deserialize(seed, &mut deserializer)
        .and_then(|root| deserializer.end().map(|()| root))
        .map_err(|e| format!("not valid JSON: {e}"))?;
    Ok((root, found.into_inner()))
}

/// Reads a JSON value as [`Value`] does, noting every key given twice in one object, with
/// where (the last one is kept, as `Value` keeps it).
struct RepeatedKeys<'a> {
    path: String,
    found: &'a std::cell::RefCell<Vec<String>>,
}

impl<'de> serde::de::DeserializeSeed<'de> for RepeatedKeys<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for RepeatedKeys<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = if self.path.is_empty() {
                key.clone()
            } else {
                format!("{}.{key}", self.path)
            };
            if object.contains_key(&key) {
                self.found.borrow_mut().push(format!(
                    "`{path}` is given twice in the file; only the last is read"
                ));
            }
            let value = map.next_value_seed(RepeatedKeys {
                path,
                found: self.found,
            })?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(RepeatedKeys {
            path: format!("{}[{}]", self.path, items.len()),
            found: self.found,
        })? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
}

/// `text` without comments and without commas right before `}` or `]` (strings untouched), with
/// line breaks kept so error positions stay right.
fn strip_jsonc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                '\\' => {
                    if let Some(next) = chars.next() {
                        out.push(next);
                    }
                }
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match (c, chars.peek()) {
            ('"', _) => {
                in_string = true;
                out.push(c);
            }
            ('/', Some('/')) => {
                for skipped in chars.by_ref() {
                    if skipped == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            ('/', Some('*')) => {
                chars.next();
                let mut last = ' ';
                for skipped in chars.by_ref() {
                    if skipped == '\n' {
                        out.push('\n');
                    }
                    if last == '*' && skipped == '/' {
                        break;
                    }
                    last = skipped;
                }
            }
            _ => out.push(c),
        }
    }
    remove_trailing_commas(&out)
}

fn remove_trailing_commas(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let chars: Vec<char> = text.chars().collect();
    for (index, &c) in chars.iter().enumerate() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        if c == '"' {
            in_string = true;
        }
        if c == ',' {
            let next = chars[index + 1..].iter().find(|c| !c.is_whitespace());
            if matches!(next, Some('}') | Some(']')) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// The object under `key` of `root`, or an error naming what the file lacks.
pub(crate) fn section<'a>(root: &'a Value, key: &str) -> Result<&'a Map<String, Value>, String> {
    match root.get(key) {
        Some(Value::Object(map)) => Ok(map),
        Some(_) => Err(format!("`{key}` is not an object")),
        None => Err(format!("there is no `{key}` in it")),
    }
}

/// A string value; numbers and booleans as text (some files write `"args": ["--port", 8080]`).
pub(crate) fn string(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

pub(crate) fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|items| items.iter().filter_map(string).collect())
        .unwrap_or_default()
}

pub(crate) fn pairs(value: &Value) -> Vec<(String, String)> {
    value
        .as_object()
        .map(|map| {
            map.iter()
                .filter_map(|(k, v)| string(v).map(|v| (k.clone(), v)))
                .collect()
        })
        .unwrap_or_default()
}

/// Why a key Roxy does not take is left out, for the warning.
fn reason(key: &str) -> &'static str {
    match key {
        "oauth" => "Roxy's own OAuth settings are configured separately",
        "autoApprove" | "alwaysAllow" => "Roxy has no per-tool approval list",
        "headersHelper" => "Roxy runs no helper to make headers",
        "dev" | "gallery" | "version" => "an editor-only setting",
        _ => "Roxy has no equivalent",
    }
}

/// Reads one server entry of the `mcpServers` / `servers` / `context_servers` shape. `url_keys`
/// are the keys holding the URL, in order (Windsurf: `serverUrl`). Keys this does not read are
/// reported in `warnings`, except those in `ignored` (read by the caller, or meaningless here).
pub(crate) fn server(
    name: &str,
    value: &Value,
    url_keys: &[&str],
    ignored: &[&str],
    warnings: &mut Vec<String>,
) -> Option<RawServer> {
    let Some(object) = value.as_object() else {
        warnings.push(format!("`{name}`: not an object; not imported"));
        return None;
    };
    let mut raw = RawServer {
        name: name.to_string(),
        ..RawServer::default()
    };
    for (key, value) in object {
        match key.as_str() {
            "type" | "transport" => raw.transport = transport(name, value, warnings),
            "command" => match value {
                // Zed's older nested form: "command": { "path", "args", "env" }.
                Value::Object(nested) => {
                    raw.command = nested.get("path").and_then(string);
                    raw.args = nested.get("args").map(strings).unwrap_or_default();
                    raw.env = nested.get("env").map(pairs).unwrap_or_default();
                }
                other => raw.command = string(other),
            },
            "args" => raw.args = strings(value),
            "env" => raw.env = pairs(value),
            "envFile" => raw.env_file = string(value),
            "cwd" => raw.cwd = string(value),
            "headers" => raw.headers = pairs(value),
            "description" => raw.description = string(value),
            "disabled" => raw.disabled = value.as_bool().unwrap_or(false),
            "enabled" => raw.disabled = !value.as_bool().unwrap_or(true),
            "disabledTools" => raw.disabled_tools = strings(value),
            key if url_keys.contains(&key) => {
                if raw.url.is_none() {
                    raw.url = string(value);
                }
            }
            key if ignored.contains(&key) => {}
            key => warnings.push(format!("`{name}`: `{key}` not imported ({})", reason(key))),
        }
    }
    Some(raw)
}

/// `type` of an entry; an unknown one is reported and left to be inferred.
fn transport(name: &str, value: &Value, warnings: &mut Vec<String>) -> Option<TransportKind> {
    let text = value.as_str().unwrap_or_default();
    match text.to_ascii_lowercase().as_str() {
        "stdio" => Some(TransportKind::Stdio),
        "http" | "streamable-http" | "streamable_http" | "streamablehttp" => {
            Some(TransportKind::Http)
        }
        "sse" => Some(TransportKind::Sse),
        _ => {
            warnings.push(format!(
                "`{name}`: type `{text}` is unknown; the transport is taken from command or URL"
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_given_twice_are_warned_of() {
        let (root, warnings) = parse_with_warnings(
            r#"{ "servers": { "brave": { "command": "a" }, // first
                 "brave": { "command": "b", "args": [{ "x": 1, "x": 2 }] } } }"#,
        )
        .expect("parses");
        assert_eq!(root["servers"]["brave"]["command"], "b");
        assert_eq!(
            warnings,
            [
                "`servers.brave` is given twice in the file; only the last is read",
                "`servers.brave.args[0].x` is given twice in the file; only the last is read",
            ]
        );
        assert!(
            parse_with_warnings(r#"{"a": {"b": 1}, "c": {"b": 2}}"#)
                .expect("parses")
                .1
                .is_empty()
        );
    }

    #[test]
    fn comments_and_trailing_commas_are_removed_outside_strings() {
        let text =
            "// head\n{ \"a\": \"x // y /* z */\", /* c */ \"b\": [1, 2,], \"c\": \"q\\\",\",\n}";
        let value = parse(text).expect("parses");
        assert_eq!(value["a"], "x // y /* z */");
        assert_eq!(value["b"], serde_json::json!([1, 2]));
        assert_eq!(value["c"], "q\",");
    }
}
