//! The tools offered to the model: the running servers' tools under their qualified
//! `server__tool` names (from the manager's tool index), a reverse map from that name to the
//! server and tool (names are never split on `__`), and the `max_tools` most relevant to the
//! request by word overlap with its name and description.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::types::ToolSpec;
use crate::mcp::ToolInfo;

/// Longest tool description sent to the model.
const DESCRIPTION_LIMIT: usize = 400;

/// Words too common to say anything about relevance.
const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "you", "your", "what", "whats", "is", "are", "me", "my", "to", "of", "in",
    "on", "a", "an", "it", "its", "this", "that", "with", "please", "can", "could", "tell", "how",
    "do", "does", "i", "be", "or", "at", "from", "get", "list", "all",
];

/// The tools of one request.
#[derive(Debug, Default)]
pub struct Toolbox {
    /// What the model is offered, most relevant first.
    pub offered: Vec<ToolSpec>,
    /// Qualified name -> the tool, for every listed tool.
    by_name: HashMap<String, ToolInfo>,
}

impl Toolbox {
    /// Offers at most `max` of `tools`, the most relevant to `request` first (ties keep the
    /// index's order).
    pub fn select(tools: Vec<ToolInfo>, request: &str, max: usize) -> Toolbox {
        let wanted = words(request);
        let mut scored: Vec<(usize, usize, &ToolInfo)> = tools
            .iter()
            .enumerate()
            .map(|(position, info)| {
                let text = format!(
                    "{} {} {}",
                    info.server,
                    info.tool.name,
                    info.tool.description.as_deref().unwrap_or_default()
                );
                let have = words(&text);
                let score = wanted
                    .iter()
                    .filter(|word| have.iter().any(|h| related(word, h)))
                    .count();
                (score, position, info)
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let offered = scored
            .iter()
            .take(max)
            .map(|(_, _, info)| spec(info))
            .collect();
        let by_name = tools
            .iter()
            .map(|info| (info.qualified_name.clone(), info.clone()))
            .collect();
        Toolbox { offered, by_name }
    }

    /// The tool a qualified name stands for.
    pub fn resolve(&self, name: &str) -> Option<&ToolInfo> {
        self.by_name.get(name)
    }

    /// Every qualified name, sorted (for "unknown tool" messages).
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.by_name.keys().cloned().collect();
        names.sort();
        names
    }
}

fn spec(info: &ToolInfo) -> ToolSpec {
    let mut description = info
        .tool
        .description
        .clone()
        .or_else(|| info.tool.title.clone())
        .unwrap_or_else(|| format!("{} of {}", info.tool.name, info.server));
    description = crate::output::shortened(&description, DESCRIPTION_LIMIT + 1);
    let mut parameters = info.tool.input_schema.clone();
    if !parameters.is_object() {
        parameters = serde_json::json!({ "type": "object" });
    }
    if parameters.get("properties").is_none()
        && let Some(object) = parameters.as_object_mut()
    {
        object.insert("properties".into(), Value::Object(Default::default()));
    }
    ToolSpec {
        name: info.qualified_name.clone(),
        description,
        parameters,
    }
}

fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.len() >= 3 && !STOP_WORDS.contains(&w.as_str()))
        .collect()
}

/// One word is the other, or starts it (time / times, remember / remembered ~ rememb).
fn related(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    a == b || common >= 4.min(a.len().min(b.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mcp::protocol::Tool;

    fn info(server: &str, name: &str, description: &str) -> ToolInfo {
        let tool: Tool = serde_json::from_value(serde_json::json!({
            "name": name, "description": description, "inputSchema": { "type": "object" }
        }))
        .unwrap();
        ToolInfo {
            qualified_name: format!("{server}__{name}"),
            server: server.into(),
            tool,
        }
    }

    #[test]
    fn offers_the_most_relevant_and_resolves_without_splitting() {
        let tools = vec![
            info("roxy_system", "notes_add", "Add a note."),
            info("a__b", "c", "Weather forecast for a city."),
            info(
                "roxy_system",
                "current_time",
                "The current time in a timezone.",
            ),
        ];
        let toolbox = Toolbox::select(tools, "what time is it in Tokyo", 1);
        assert_eq!(toolbox.offered.len(), 1);
        assert_eq!(toolbox.offered[0].name, "roxy_system__current_time");
        assert_eq!(
            toolbox.offered[0].parameters["properties"],
            serde_json::json!({})
        );
        let weather = toolbox.resolve("a__b__c").expect("resolved by name");
        assert_eq!(
            (weather.server.as_str(), weather.tool.name.as_str()),
            ("a__b", "c")
        );
        assert!(toolbox.resolve("a__b").is_none());
    }
}
