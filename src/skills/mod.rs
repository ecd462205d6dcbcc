//! Skills: what Roxy can do. A skill declares a [`SkillManifest`] (its intents as sentence
//! templates, the MCP tools it may call, whether it may reach the network) and answers in
//! [`Skill::execute`]. This file is that vocabulary; the [`SkillRegistry`] in [`registry`] holds
//! the built-in skills and the declarative ones from `skills/*.yaml` and routes utterances to
//! them.
//!
//! A skill reaches MCP servers only through [`SkillContext::mcp`], a [`ScopedMcp`] that refuses
//! every tool the manifest did not declare.

pub mod builtin;
pub mod classifier;
pub mod declarative;
pub mod followup;
pub mod intent;
pub mod phrasebook;
pub mod registry;
pub mod router;
pub mod scoped;
pub mod tool_check;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::config::Config;
use crate::memory::{Memory, Turn};

pub use intent::{IntentTemplate, TemplateError};
pub use registry::{
    ExampleFailure, ExamplesReport, SkillRegistry, check_examples, configured_skills,
};
pub use router::{Route, RouteMatch, Router};
pub use scoped::{ScopeError, ScopedMcp};

pub use crate::config::ToolRef;

/// One thing a person may ask a skill, in several phrasings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntentSpec {
    /// Unique within the skill, e.g. `time_in_zone`.
    pub name: String,
    /// Sentence templates, see [`intent`] for the syntax.
    pub templates: Vec<String>,
    /// Phrases that must route to this intent; `roxy skills test` checks them.
    #[serde(default)]
    pub examples: Vec<String>,
    /// An answer to a question the skill asks ("yes", "no", "undo"): routed to this skill
    /// first when its answer was the last turn and left a question open
    /// ([`Memory::asking_skill`]), and otherwise only when no other intent takes the words.
    /// Built-in skills only: a declarative skill keeps no question open.
    #[serde(
        skip_deserializing,
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub answer: bool,
}

impl IntentSpec {
    pub fn new(name: &str, templates: &[&str], examples: &[&str]) -> IntentSpec {
        IntentSpec {
            name: name.to_string(),
            templates: templates.iter().map(|t| t.to_string()).collect(),
            examples: examples.iter().map(|e| e.to_string()).collect(),
            answer: false,
        }
    }

    /// An intent that answers the skill's own question (see [`IntentSpec::answer`]).
    pub fn answer(name: &str, templates: &[&str], examples: &[&str]) -> IntentSpec {
        IntentSpec {
            answer: true,
            ..IntentSpec::new(name, templates, examples)
        }
    }
}

/// The words of a "yes" to a skill's question, as a template group.
pub const YES: &str = "(yes|yeah|yep|yup|sure|ok|okay|do it|go ahead)";
/// The words of a "no" to a skill's question, as a template group.
pub const NO: &str = "(no|nope|don't|do not|never mind)";

/// What a skill is, what it answers to and what it may touch.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SkillManifest {
    pub name: String,
    pub description: String,
    pub intents: Vec<IntentSpec>,
    /// The only tools [`SkillContext::mcp`] lets the skill call.
    pub tools: Vec<ToolRef>,
    /// Whether the skill may call servers marked external (calls that leave the machine).
    pub network: bool,
}

/// Everything a skill gets for one request.
#[derive(Debug, Clone)]
pub struct SkillContext {
    /// What the person said, as typed.
    pub user_input: String,
    /// The intent the router chose.
    pub intent: String,
    /// The slots of the matched template, e.g. `zone -> "Europe/Paris"`.
    pub parameters: BTreeMap<String, String>,
    pub memory: Memory,
    pub config: Arc<Config>,
    /// The most recent turns, oldest first.
    pub conversation_history: Vec<Turn>,
    /// The MCP manager, restricted to the manifest's tools.
    pub mcp: ScopedMcp,
}

impl SkillContext {
    /// The slot `name`, if the utterance filled it.
    pub fn parameter(&self, name: &str) -> Option<&str> {
        self.parameters.get(name).map(String::as_str)
    }
}

/// A skill's answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SkillResult {
    pub success: bool,
    /// What Roxy says, as text.
    pub response_text: String,
    #[serde(flatten)]
    pub details: AnswerDetails,
}

/// What an answer may carry besides its text. Shared by [`SkillResult`] and the orchestrator's
/// `Response`, which passes it on as it is.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AnswerDetails {
    /// Machine-readable result for `roxy ask --json` and embedders.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Value>,
    /// A shorter version for voice, when the text is long or tabular.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speak: Option<String>,
    /// A question Roxy asks next, e.g. to fill a missing slot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
}

impl SkillResult {
    pub fn success(response_text: impl Into<String>) -> SkillResult {
        SkillResult {
            success: true,
            response_text: response_text.into(),
            ..SkillResult::default()
        }
    }

    pub fn failure(response_text: impl Into<String>) -> SkillResult {
        SkillResult {
            success: false,
            response_text: response_text.into(),
            ..SkillResult::default()
        }
    }

    pub fn with_data(mut self, data: Value) -> SkillResult {
        self.details.data = Some(data);
        self
    }

    pub fn with_follow_up(mut self, question: impl Into<String>) -> SkillResult {
        self.details.follow_up = Some(question.into());
        self
    }

    pub fn with_speech(mut self, speak: impl Into<String>) -> SkillResult {
        self.details.speak = Some(speak.into());
        self
    }
}

/// A skill. Implement this to add one in Rust; see README.md, "Writing skills".
#[async_trait::async_trait]
pub trait Skill: Send + Sync {
    fn manifest(&self) -> &SkillManifest;
    /// Whether the skill can use these slots of one of its intents; `false` lets routing pass
    /// the utterance on (to another template, another skill, or nobody). The default takes
    /// every match.
    fn accepts(&self, _intent: &str, _parameters: &BTreeMap<String, String>) -> bool {
        true
    }
    /// Answers one request. Errors are answers too: return [`SkillResult::failure`] with a
    /// message a person can act on.
    async fn execute(&self, context: SkillContext) -> SkillResult;
    /// The tool calls the skill's intents make, with their arguments as written, for `roxy
    /// skills test` to check against the tools' schemas. A Rust skill builds its calls in code
    /// and lists none (its manifest's `tools` are still checked to exist).
    fn planned_calls(&self) -> Vec<PlannedCall> {
        Vec::new()
    }
    /// The file the skill was read from (a YAML skill's); `None` for one built in or made in
    /// code.
    fn defined_in(&self) -> Option<&str> {
        None
    }
}

/// One tool call an intent makes (a YAML skill's `call:`): where it is written, and its
/// arguments as templates.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedCall {
    /// `file:line` of the call in the skill file.
    pub location: String,
    pub intent: String,
    pub server: String,
    pub tool: String,
    /// The arguments; strings (at any depth) are templates such as `"{city}"`.
    pub arguments: serde_json::Map<String, Value>,
    /// The slots declared `{name:number}`: an argument that is one of them alone is a number,
    /// or its digits as text when the tool takes a string.
    pub number_slots: BTreeSet<String>,
}

/// A problem with a skill found while loading; `location` is `file:line:column` for a YAML
/// syntax error in a skill file, `file:line` for a mistake the checker found in one, and
/// `skill NAME` for Rust skills.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillError {
    pub location: String,
    pub message: String,
}

impl fmt::Display for SkillError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Every problem found while loading skills.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct SkillErrors(pub Vec<SkillError>);

impl fmt::Display for SkillErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}

/// One line per skill: `- name: description (e.g. "example")`. A network skill with no tool to
/// call (web search without a search server) is left out: it is nothing Roxy can do here.
pub fn capabilities<'a>(manifests: impl Iterator<Item = &'a SkillManifest>) -> String {
    manifests
        .filter(|m| !(m.network && m.tools.is_empty()))
        .map(|manifest| {
            let example = manifest
                .intents
                .iter()
                .flat_map(|i| i.examples.first())
                .next();
            match example {
                Some(example) => format!(
                    "- {}: {} (e.g. \"{example}\")",
                    manifest.name, manifest.description
                ),
                None => format!("- {}: {}", manifest.name, manifest.description),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
