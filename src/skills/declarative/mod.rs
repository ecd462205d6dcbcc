//! Declarative skills: a YAML file names the skill, its intents, the MCP tool to call with
//! arguments filled from the template's slots, and how to word the answer from the tool's text
//! or structured result. This module runs one: it fills the arguments, calls the tool through
//! the skill's scoped MCP access and words the answer. The file format, loading and checking
//! live in `file.rs`, the placeholder language in `template.rs`.

mod file;
mod template;

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use crate::skills::{PlannedCall, Skill, SkillContext, SkillManifest, SkillResult};
use file::ResponseSpec;
use template::{display_value, path_under, placeholders, render, value_at};

pub use file::load_dir;

/// What one intent does.
#[derive(Debug, Clone)]
struct Action {
    call: PlannedCall,
    response: ResponseSpec,
}

/// A skill read from YAML.
#[derive(Debug)]
pub struct DeclarativeSkill {
    /// The skill file, as errors name it.
    file: String,
    manifest: SkillManifest,
    actions: HashMap<String, Action>,
}

/// The value at `result` / `result.path` in `structured`. A tool that returns no object (a
/// list, a number) has its structured result wrapped by the Python SDK as `{"result": ...}`:
/// a path that is not there is also looked up inside that wrapper, so `result` is the list
/// and `result.date` the returned object's `date`, as the tool's code reads.
fn result_at<'v>(name: &str, structured: Option<&'v Value>) -> Option<&'v Value> {
    let structured = structured?;
    let path = path_under(name, "result")?;
    let wrapped = match structured {
        Value::Object(members) if members.len() == 1 => members.get("result"),
        _ => None,
    };
    match (value_at(structured, path), wrapped) {
        (Some(Value::Object(_)), Some(inner)) if path.is_empty() => Some(inner),
        (None, Some(inner)) => value_at(inner, path),
        (found, _) => found,
    }
}

/// Looks up `result` / `result.path` in `structured`, as text.
fn result_lookup(name: &str, structured: Option<&Value>) -> Option<String> {
    result_at(name, structured).map(display_value)
}

/// Fills the string templates in `value` (at any depth) from slots and the input. A member
/// whose whole value is one placeholder of an unfilled slot is left out (`None`). A value that
/// is one `{name:number}` slot alone is a JSON number, unless `takes_text` (the tool's schema
/// says that argument is a string): then its digits as text ("plant number 7" sends `"7"`).
fn render_argument(
    value: &Value,
    context: &SkillContext,
    number_slots: &BTreeSet<String>,
    takes_text: bool,
) -> Option<Value> {
    let lookup = |name: &str| match name {
        "input" => Some(context.user_input.clone()),
        slot => context.parameter(slot).map(str::to_string),
    };
    match value {
        Value::String(template) => {
            if let Some(name) = whole_placeholder(value) {
                let said = lookup(name)?;
                if number_slots.contains(name)
                    && let Some(number) = number_in(&said)
                {
                    return Some(if takes_text {
                        Value::String(number.to_string())
                    } else {
                        number
                    });
                }
            }
            Some(Value::String(render(template, lookup)))
        }
        Value::Array(items) => Some(Value::Array(
            items
                .iter()
                .filter_map(|item| render_argument(item, context, number_slots, false))
                .collect(),
        )),
        Value::Object(members) => Some(Value::Object(
            members
                .iter()
                .filter_map(|(key, member)| {
                    render_argument(member, context, number_slots, false)
                        .map(|rendered| (key.clone(), rendered))
                })
                .collect(),
        )),
        other => Some(other.clone()),
    }
}

/// The name of the one placeholder a string argument is made of alone (`"{city}"`), if it is.
pub(crate) fn whole_placeholder(value: &Value) -> Option<&str> {
    let Value::String(template) = value else {
        return None;
    };
    let names = placeholders(template);
    (names.len() == 1 && template.trim() == format!("{{{}}}", names[0])).then(|| names[0])
}

/// The number a `{name:number}` slot's words say, in digits (`5`, `2.5`, `-3`) or spelt out
/// (`twenty four`), as JSON: a whole number as an integer. `None` for words that say more than
/// a number (`about 5`): they go as text, for the tool to read.
fn number_in(said: &str) -> Option<Value> {
    let number = crate::skills::builtin::calculator::said_number(said)?;
    if number.fract() == 0.0 && number.abs() < 9.0e15 {
        return Some(Value::from(number as i64));
    }
    serde_json::Number::from_f64(number).map(Value::Number)
}

#[async_trait::async_trait]
impl Skill for DeclarativeSkill {
    fn manifest(&self) -> &SkillManifest {
        &self.manifest
    }

    async fn execute(&self, context: SkillContext) -> SkillResult {
        let Some(action) = self.actions.get(&context.intent) else {
            return SkillResult::failure(format!(
                "skill `{}` has no intent `{}`",
                self.manifest.name, context.intent
            ));
        };
        let call = &action.call;
        let schema = context.mcp.input_schema(&call.server, &call.tool).await;
        let arguments = call
            .arguments
            .iter()
            .filter_map(|(key, value)| {
                let types = schema
                    .as_ref()
                    .and_then(|schema| schema.get("properties")?.get(key))
                    .map(crate::tool_arguments::schema_types)
                    .unwrap_or_default();
                let takes_text = takes_only_text(&types);
                render_argument(value, &context, &call.number_slots, takes_text)
                    .map(|rendered| (key.clone(), rendered))
            })
            .collect();
        let result = match context
            .mcp
            .call_tool(
                &action.call.server,
                &action.call.tool,
                Value::Object(arguments),
            )
            .await
        {
            Ok(result) => result,
            Err(refused) => return SkillResult::failure(refused.to_string()),
        };
        if !result.success {
            let reason = result.error.clone().unwrap_or_else(|| result.text());
            tracing::info!(
                server = %action.call.server,
                tool = %action.call.tool,
                "skill `{}`: the tool failed: {reason}",
                self.manifest.name
            );
            // The raw error is logged (`-v`).
            return SkillResult::failure(
                in_plain_words(&reason, &action.call.tool).unwrap_or_else(|| {
                    "Sorry, that didn't work. Run Roxy with -v to see why.".into()
                }),
            );
        }
        let text = result.text();
        let structured = result.structured_content.clone().or_else(|| {
            serde_json::from_str::<Value>(&text)
                .ok()
                .filter(|v| v.is_object() || v.is_array())
        });
        let response = &action.response;
        let mut not_a_list = None;
        let items: Option<Vec<String>> = response.items.as_ref().map(|items| {
            let list = match result_at(&items.from, structured.as_ref()) {
                Some(Value::Array(list)) => list.clone(),
                Some(Value::Null) => Vec::new(),
                other => {
                    not_a_list = Some((items.from.as_str(), other.map(kind_of)));
                    Vec::new()
                }
            };
            list.iter()
                .map(|item| {
                    render(&items.each, |name| match path_under(name, "item") {
                        Some(path) => value_at(item, path).map(display_value),
                        None => context.parameter(name).map(str::to_string),
                    })
                })
                .collect()
        });
        if let Some((from, found)) = not_a_list {
            // "nothing there" while the tool returned something hides a skill file's mistake.
            return SkillResult::failure(format!(
                "The `{}` skill's list came out wrong: `{from}` is {} in what `{}` returned ({}); fix `items.from` in its skill file.",
                self.manifest.name,
                found.unwrap_or("not there"),
                call.tool,
                what_was_returned(structured.as_ref(), &text),
            ));
        }
        let is_empty = match &items {
            Some(items) => items.is_empty(),
            None => text.trim().is_empty() && structured.is_none(),
        };
        let template = match (&response.empty, is_empty) {
            (Some(empty), true) => empty,
            _ => &response.text,
        };
        // Result paths the tool's answer does not have.
        let mut missing: Vec<&str> = Vec::new();
        let response_text = render(template, |name| match name {
            "input" => Some(context.user_input.clone()),
            "text" => Some(text.clone()),
            "items" => items.as_ref().map(|items| items.join("\n")),
            name if path_under(name, "result").is_some() => {
                let found = result_lookup(name, structured.as_ref());
                if found.is_none() {
                    missing.push(name);
                }
                found
            }
            slot => context.parameter(slot).map(str::to_string),
        });
        if !missing.is_empty() {
            let problem = format!(
                "`{{{}}}` is not in what `{}` returned ({})",
                missing.join("}`, `{"),
                call.tool,
                what_was_returned(structured.as_ref(), &text)
            );
            if response_text.trim().is_empty() {
                // An answer of nothing, reported as done, hid a skill file's mistake.
                return SkillResult::failure(format!(
                    "The `{}` skill's answer came out empty: {problem}; fix `response:` in its skill file.",
                    self.manifest.name,
                ));
            }
            // A tool may leave out a field it has no value for; a misspelt path looks the same.
            tracing::warn!(
                "skill `{}` ({}): {problem}; the answer has nothing in its place",
                self.manifest.name,
                call.location
            );
        }
        let mut answer = SkillResult::success(response_text.trim().to_string());
        answer.details.data =
            structured.or_else(|| (!text.is_empty()).then(|| Value::String(text)));
        answer
    }

    fn defined_in(&self) -> Option<&str> {
        Some(&self.file)
    }

    fn planned_calls(&self) -> Vec<PlannedCall> {
        self.actions
            .values()
            .map(|action| action.call.clone())
            .collect()
    }
}

/// Whether an argument of these JSON Schema types takes a string and nothing a number could be:
/// a `{n:number}` slot then goes as its digits in text.
pub(crate) fn takes_only_text(types: &[String]) -> bool {
    types.iter().any(|t| t == "string") && !types.iter().any(|t| t == "number" || t == "integer")
}

/// A JSON value's kind, as a skill file's author reads it.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Object(_) => "an object",
        Value::Array(_) => "a list",
        Value::String(_) => "text",
        Value::Number(_) => "a number",
        Value::Bool(_) => "true or false",
        Value::Null => "null",
    }
}

/// What a tool returned, in short: the names of its result's members, or that it is a list, or
/// its text.
fn what_was_returned(structured: Option<&Value>, text: &str) -> String {
    match structured {
        Some(Value::Object(members)) => {
            let names: Vec<String> = members.keys().map(|k| format!("`{k}`")).collect();
            format!("a result of {}", names.join(", "))
        }
        Some(_) => "a list".to_string(),
        None => format!("only text: {:?}", crate::output::shortened(text, 80)),
    }
}

/// A tool's error as a person reads it: without the SDK's `Error executing tool NAME:` prefix,
/// made a sentence (a capital letter, a full stop) where that changes no name: a first word of
/// plain lower-case letters is capitalised (`bad city` but not `config.yaml`, `eBay` or
/// `user@example.com`), and a full stop follows a last word of plain letters (not a path, a
/// number or an address). `None` when the error says no more than that the tool failed.
pub fn in_plain_words(reason: &str, tool: &str) -> Option<String> {
    let prefix = format!("Error executing tool {tool}:");
    let reason = reason.trim();
    let reason = reason.strip_prefix(&prefix).unwrap_or(reason).trim();
    if reason.is_empty() || reason == prefix.trim_end_matches(':') {
        return None;
    }
    if let Some(refused) = refused_arguments(reason) {
        return Some(refused);
    }
    let plain = |word: Option<&str>, letter: fn(&char) -> bool| {
        word.is_some_and(|word| !word.is_empty() && word.chars().all(|c| letter(&c)))
    };
    let mut text = reason.to_string();
    if plain(text.split(' ').next(), char::is_ascii_lowercase) {
        text[..1].make_ascii_uppercase();
    }
    if plain(text.rsplit(' ').next(), char::is_ascii_alphabetic) {
        text.push('.');
    }
    Some(text)
}

/// pydantic's report of arguments a Python tool refused ("1 validation error for
/// addArguments\nn\n  Input should be a valid integer, ... [type=int_parsing, ...]\n    For
/// further information visit https://errors.pydantic.dev/..."), as a sentence: each argument
/// and what is wrong with it, without the type codes and the link.
fn refused_arguments(reason: &str) -> Option<String> {
    let (head, rest) = reason.split_once('\n')?;
    if !head.contains("validation error") {
        return None;
    }
    let mut problems = Vec::new();
    let mut field: Option<&str> = None;
    for line in rest.lines() {
        let text = line.trim();
        if !line.starts_with(' ') {
            field = Some(text);
        } else if line.starts_with("  ") && !line.starts_with("    ") {
            let said = text.split(" [type=").next().unwrap_or(text);
            problems.push(match field {
                Some(name) => format!("{name}: {said}"),
                None => said.to_string(),
            });
        }
    }
    (!problems.is_empty()).then(|| {
        format!(
            "The tool did not accept its arguments: {}.",
            problems.join("; ")
        )
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_tool_error_reads_as_plain_words() {
        assert_eq!(
            super::in_plain_words(
                "1 validation error for hugeArguments\nn\n  Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value='twenty', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.11/v/int_parsing",
                "huge"
            ),
            Some("The tool did not accept its arguments: n: Input should be a valid integer, unable to parse string as an integer.".into())
        );
        assert_eq!(
            super::in_plain_words(
                "Error executing tool current_time: There are several places called Springfield: a; b. Which one?",
                "current_time"
            ),
            Some("There are several places called Springfield: a; b. Which one?".into())
        );
        assert_eq!(
            super::in_plain_words("no such note", "list_notes"),
            Some("No such note.".into())
        );
        assert_eq!(super::in_plain_words("Error executing tool x", "x"), None);
        // Names, paths, numbers and addresses are the server's, as written.
        for verbatim in [
            "config.yaml not found in /home/me/ZZ",
            "eBay API returned 503",
        ] {
            assert_eq!(super::in_plain_words(verbatim, "x"), Some(verbatim.into()));
        }
        assert_eq!(
            super::in_plain_words("user@example.com is not a member", "x"),
            Some("user@example.com is not a member.".into())
        );
        assert_eq!(
            super::in_plain_words("the file is locked", "x"),
            Some("The file is locked.".into())
        );
    }

    use super::*;

    #[test]
    fn renders_placeholders_and_paths() {
        let data = serde_json::json!({"a": {"b": [1, {"c": "deep"}]}, "list": ["x", "y"], "size": 64385728512u64});
        let rendered = render(
            "{result.a.b.1.c} {result.list} {{literal}} {missing} {result.size|bytes}",
            |name| result_lookup(name, Some(&data)),
        );
        assert_eq!(rendered, "deep x, y {literal}  64.4 GB");
        assert_eq!(placeholders("a {b} {{c}} {d|bytes}"), ["b", "d"]);
    }
}
