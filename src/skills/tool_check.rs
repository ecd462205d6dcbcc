//! `roxy skills test`'s check of what skills call, against the servers themselves: every tool
//! a skill's manifest names is one its server lists, and a YAML skill's `call:` gives only
//! arguments the tool takes, of the types it takes, every required one among them, and reaches
//! an `external` server only with `network: true`. Routing tests cannot see these mistakes: a
//! misspelt tool or argument routes perfectly and fails on every request.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};

use super::declarative::{takes_only_text, whole_placeholder};
use super::{PlannedCall, SkillRegistry};
use crate::mcp::{McpManager, ToolInfo};
use crate::suggest::closest_names;
use crate::tool_arguments::schema_types;

/// One problem with a skill's use of a tool.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToolProblem {
    pub skill: String,
    /// The intent whose `call:` has the problem; `None` for a tool the manifest names.
    pub intent: Option<String>,
    /// `file:line` of the call, for a YAML skill.
    pub location: Option<String>,
    pub server: String,
    pub tool: String,
    pub problem: String,
}

impl fmt::Display for ToolProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let who = match &self.intent {
            Some(intent) => format!("{}/{intent}", self.skill),
            None => self.skill.clone(),
        };
        let at = self
            .location
            .as_ref()
            .map(|location| format!(" ({location})"))
            .unwrap_or_default();
        write!(
            f,
            "FAIL {who}{at}: `{}` on `{}`: {}",
            self.tool, self.server, self.problem
        )
    }
}

/// Starts every configured, enabled server a skill names (in parallel, as `roxy tools` does) and
/// checks each skill's tools and calls against what the servers list. Tools on a server the
/// config does not have are left out: `roxy skills list` marks them, and a built-in skill works
/// without them.
pub async fn check_tool_calls(registry: &SkillRegistry, manager: &McpManager) -> Vec<ToolProblem> {
    let config = manager.config();
    let servers: BTreeSet<String> = registry
        .skills()
        .iter()
        .flat_map(|skill| skill.manifest().tools.iter().map(|t| t.server.clone()))
        .filter(|server| config.mcp.servers.get(server).is_some_and(|s| s.enabled))
        .collect();
    let listed = futures::future::join_all(servers.iter().map(|server| async move {
        let tools = manager
            .server_tools(server)
            .await
            .map_err(|error| error.to_string());
        (server.clone(), tools)
    }))
    .await;
    let listed: BTreeMap<String, Result<Vec<ToolInfo>, String>> = listed.into_iter().collect();
    let mut problems = Vec::new();
    for skill in registry.skills() {
        let manifest = skill.manifest();
        let calls = skill.planned_calls();
        for tool in &manifest.tools {
            let Some(tools) = listed.get(&tool.server) else {
                continue;
            };
            let problem = match tools {
                Err(error) => Some(format!(
                    "the server did not start ({error}), so its tools could not be checked"
                )),
                Ok(tools) => unknown_tool(&tool.tool, tools),
            };
            if let Some(problem) = problem {
                // A YAML skill's problem is its calls'; say where they are written.
                let written: Vec<&PlannedCall> = calls
                    .iter()
                    .filter(|c| c.server == tool.server && c.tool == tool.tool)
                    .collect();
                let mut problem_at = |intent: Option<&str>, location: Option<&str>| {
                    problems.push(ToolProblem {
                        skill: manifest.name.clone(),
                        intent: intent.map(str::to_string),
                        location: location.map(str::to_string),
                        server: tool.server.clone(),
                        tool: tool.tool.clone(),
                        problem: problem.clone(),
                    });
                };
                match written.as_slice() {
                    [] => problem_at(None, None),
                    calls => {
                        for call in calls {
                            problem_at(Some(&call.intent), Some(&call.location));
                        }
                    }
                }
            }
        }
        for call in &calls {
            let external = config
                .mcp
                .servers
                .get(&call.server)
                .is_some_and(|s| s.is_external());
            let mut found = Vec::new();
            if external && !manifest.network {
                found.push(
                    "the server is `external` (its calls leave this machine), and the skill does not say `network: true`".to_string(),
                );
            }
            let schema = listed
                .get(&call.server)
                .and_then(|tools| tools.as_ref().ok())
                .and_then(|tools| tools.iter().find(|t| t.tool.name == call.tool))
                .map(|info| &info.tool.input_schema);
            if let Some(schema) = schema {
                found.extend(argument_problems(call, schema));
            }
            problems.extend(found.into_iter().map(|problem| ToolProblem {
                skill: manifest.name.clone(),
                intent: Some(call.intent.clone()),
                location: Some(call.location.clone()),
                server: call.server.clone(),
                tool: call.tool.clone(),
                problem,
            }));
        }
    }
    problems
}

/// Why `tool` is not one of `tools`, with the closest names.
fn unknown_tool(tool: &str, tools: &[ToolInfo]) -> Option<String> {
    if tools.iter().any(|t| t.tool.name == tool) {
        return None;
    }
    let names: Vec<&str> = tools.iter().map(|t| t.tool.name.as_str()).collect();
    let close = closest_names(tool, names.iter().copied(), 2);
    let hint = match close.as_slice() {
        [] => String::new(),
        close => format!("; did you mean `{}`?", close.join("`, `")),
    };
    Some(format!(
        "the server has no such tool{hint} (its tools: {})",
        names.join(", ")
    ))
}

/// What is wrong with a call's arguments for this `inputSchema`: names the tool does not take,
/// required ones not given, and values of another type than the tool takes (a text slot where
/// a number is wanted is written `{name:number}` in the templates).
fn argument_problems(call: &PlannedCall, schema: &Value) -> Vec<String> {
    let properties = schema.get("properties").and_then(Value::as_object);
    let empty = Map::new();
    let properties = properties.unwrap_or(&empty);
    let others_allowed = schema
        .get("additionalProperties")
        .is_some_and(|extra| extra != &Value::Bool(false));
    let known: Vec<&str> = properties.keys().map(String::as_str).collect();
    let mut problems = Vec::new();
    for (name, value) in &call.arguments {
        let Some(property) = properties.get(name) else {
            if !others_allowed {
                let hint = match closest_names(name, known.iter().copied(), 1).first() {
                    Some(close) => format!("did you mean `{close}`? "),
                    None => String::new(),
                };
                problems.push(format!(
                    "the tool takes no argument `{name}` ({hint}its arguments: {})",
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    }
                ));
            }
            continue;
        };
        let types = schema_types(property);
        if types.is_empty() {
            continue;
        }
        let sent = sent_kind(value, &call.number_slots, &types);
        if !types.iter().any(|t| sent.is_a(t)) {
            let fix = match (sent, whole_placeholder(value)) {
                (Sent::Text, Some(slot))
                    if types.iter().any(|t| t == "number" || t == "integer") =>
                {
                    format!("; write the slot `{{{slot}:number}}` in the templates")
                }
                _ => String::new(),
            };
            problems.push(format!(
                "argument `{name}` takes {}, and the call sends {}{fix}",
                types.join(" or "),
                sent.described()
            ));
        }
    }
    let required = schema.get("required").and_then(Value::as_array);
    for name in required.into_iter().flatten().filter_map(Value::as_str) {
        if !call.arguments.contains_key(name) {
            problems.push(format!(
                "the tool needs the argument `{name}`, and the call does not give it"
            ));
        }
    }
    problems
}

/// The JSON kind a call's argument is sent as.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Sent {
    Text,
    Number,
    Boolean,
    List,
    Object,
    Null,
}

impl Sent {
    fn described(self) -> &'static str {
        match self {
            Sent::Text => "text",
            Sent::Number => "a number",
            Sent::Boolean => "true or false",
            Sent::List => "a list",
            Sent::Object => "an object",
            Sent::Null => "null",
        }
    }

    /// Whether a JSON Schema type takes it (a number may be a whole one).
    fn is_a(self, json_type: &str) -> bool {
        let own = match self {
            Sent::Text => "string",
            Sent::Number => "number",
            Sent::Boolean => "boolean",
            Sent::List => "array",
            Sent::Object => "object",
            Sent::Null => "null",
        };
        json_type == own || self == Sent::Number && json_type == "integer"
    }
}

/// What a call sends for `value`: a template is text, except one `{name:number}` slot alone,
/// which is a number (or its digits as text when the tool takes only a string).
fn sent_kind(value: &Value, number_slots: &BTreeSet<String>, types: &[String]) -> Sent {
    match value {
        Value::String(_) => match whole_placeholder(value) {
            Some(slot) if number_slots.contains(slot) => {
                if takes_only_text(types) {
                    Sent::Text
                } else {
                    Sent::Number
                }
            }
            _ => Sent::Text,
        },
        Value::Number(_) => Sent::Number,
        Value::Bool(_) => Sent::Boolean,
        Value::Array(_) => Sent::List,
        Value::Object(_) => Sent::Object,
        Value::Null => Sent::Null,
    }
}
