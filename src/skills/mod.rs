//! Skills: what Roxy can do. A skill declares a [`SkillManifest`] (its intents as sentence
//! templates, the MCP tools it may call, whether it may reach the network) and answers in
//! [`Skill::execute`]. The [`SkillRegistry`] holds the built-in skills and the declarative ones
//! from `skills/*.yaml` and routes utterances to them.
//!
//! A skill reaches MCP servers only through [`SkillContext::mcp`], a [`ScopedMcp`] that refuses
//! every tool the manifest did not declare.

pub mod builtin;
pub mod declarative;
pub mod intent;
pub mod router;
pub mod scoped;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::config::Config;
use crate::memory::{Memory, Turn};

pub use intent::{IntentTemplate, TemplateError};
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
}

impl IntentSpec {
    pub fn new(name: &str, templates: &[&str], examples: &[&str]) -> IntentSpec {
        IntentSpec {
            name: name.to_string(),
            templates: templates.iter().map(|t| t.to_string()).collect(),
            examples: examples.iter().map(|e| e.to_string()).collect(),
        }
    }
}

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
    /// Machine-readable result for `roxy ask --json` and embedders.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Value>,
    /// A shorter version for voice, when `response_text` is long or tabular.
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
        self.data = Some(data);
        self
    }

    pub fn with_follow_up(mut self, question: impl Into<String>) -> SkillResult {
        self.follow_up = Some(question.into());
        self
    }

    pub fn with_speech(mut self, speak: impl Into<String>) -> SkillResult {
        self.speak = Some(speak.into());
        self
    }
}

/// A skill. Implement this to add one in Rust; see README.md, "Writing skills".
#[async_trait::async_trait]
pub trait Skill: Send + Sync {
    fn manifest(&self) -> &SkillManifest;
    /// Answers one request. Errors are answers too: return [`SkillResult::failure`] with a
    /// message a person can act on.
    async fn execute(&self, context: SkillContext) -> SkillResult;
}

/// A problem with a skill found while loading; `location` is `file:line:column` for YAML
/// skills and `skill NAME` for Rust ones.
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

/// The skills Roxy has and the router over their intents.
pub struct SkillRegistry {
    skills: Vec<Arc<dyn Skill>>,
    router: Router,
}

impl fmt::Debug for SkillRegistry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self
            .skills
            .iter()
            .map(|s| s.manifest().name.as_str())
            .collect();
        f.debug_struct("SkillRegistry")
            .field("skills", &names)
            .finish()
    }
}

impl SkillRegistry {
    /// The built-in skills plus the declarative skills in the configured skills directory,
    /// and `help` describing them all.
    pub fn load(config: &Config) -> Result<SkillRegistry, SkillErrors> {
        SkillRegistry::with_help(
            configured_skills(config)?,
            config.roxy.skills.match_threshold,
        )
    }

    /// `skills` plus a `help` skill that lists them (and answers "what can you do").
    pub fn with_help(
        mut skills: Vec<Arc<dyn Skill>>,
        threshold: f64,
    ) -> Result<SkillRegistry, SkillErrors> {
        skills.push(Arc::new(builtin::help::HelpSkill::new(&skills)));
        SkillRegistry::new(skills, threshold)
    }

    /// A registry of exactly these skills; compiles every template once.
    pub fn new(skills: Vec<Arc<dyn Skill>>, threshold: f64) -> Result<SkillRegistry, SkillErrors> {
        let mut errors = Vec::new();
        let mut entries = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for skill in &skills {
            let manifest = skill.manifest();
            let location = format!("skill `{}`", manifest.name);
            if !seen.insert(manifest.name.as_str()) {
                errors.push(SkillError {
                    location: location.clone(),
                    message: "another skill has the same name; rename one of them".into(),
                });
            }
            for intent in &manifest.intents {
                for source in &intent.templates {
                    match IntentTemplate::compile(source) {
                        Ok(template) => entries.push(router::RouteEntry {
                            skill: manifest.name.clone(),
                            intent: intent.name.clone(),
                            template,
                        }),
                        Err(error) => errors.push(SkillError {
                            location: location.clone(),
                            message: format!(
                                "intent `{}`: template `{source}`: {error}",
                                intent.name
                            ),
                        }),
                    }
                }
            }
        }
        if !errors.is_empty() {
            return Err(SkillErrors(errors));
        }
        Ok(SkillRegistry {
            skills,
            router: Router::new(entries, threshold),
        })
    }

    pub fn skills(&self) -> &[Arc<dyn Skill>] {
        &self.skills
    }

    pub fn get(&self, name: &str) -> Option<&Arc<dyn Skill>> {
        self.skills.iter().find(|s| s.manifest().name == name)
    }

    pub fn route(&self, input: &str) -> Route {
        self.router.route(input)
    }

    /// One line per skill: name, description and an example phrase.
    pub fn capabilities(&self) -> String {
        capabilities(self.skills.iter().map(|s| s.manifest()))
    }
}

/// The built-in skills (except `help`) and the declarative skills of the configured skills
/// directory.
pub fn configured_skills(config: &Config) -> Result<Vec<Arc<dyn Skill>>, SkillErrors> {
    let mut skills = builtin::skills(config);
    skills.extend(declarative::load_dir(config)?);
    Ok(skills)
}

/// One line per skill: `- name: description (e.g. "example")`.
pub fn capabilities<'a>(manifests: impl Iterator<Item = &'a SkillManifest>) -> String {
    manifests
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

/// An example phrase that did not route to its own intent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExampleFailure {
    pub skill: String,
    pub intent: String,
    pub example: String,
    /// Where it went instead: `skill/intent`, a tie, or nothing.
    pub routed_to: String,
}

/// The outcome of routing every skill's example phrases (`roxy skills test`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExamplesReport {
    pub examples_checked: usize,
    pub failures: Vec<ExampleFailure>,
    /// `skill/intent` of intents that have no example phrase to check.
    pub intents_without_examples: Vec<String>,
}

impl ExamplesReport {
    pub fn is_clean(&self) -> bool {
        self.failures.is_empty() && self.intents_without_examples.is_empty()
    }
}

impl fmt::Display for ExamplesReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for failure in &self.failures {
            writeln!(
                f,
                "FAIL {}/{}: \"{}\" went to {}",
                failure.skill, failure.intent, failure.example, failure.routed_to
            )?;
        }
        for intent in &self.intents_without_examples {
            writeln!(
                f,
                "FAIL {intent}: no example phrases; add some under `examples:`"
            )?;
        }
        write!(
            f,
            "{} example phrases checked, {} routed elsewhere, {} intents without examples",
            self.examples_checked,
            self.failures.len(),
            self.intents_without_examples.len()
        )
    }
}

/// Routes every example phrase of every skill and reports those that go anywhere else than
/// their own skill and intent.
pub fn test_examples(registry: &SkillRegistry) -> ExamplesReport {
    let mut report = ExamplesReport {
        examples_checked: 0,
        failures: Vec::new(),
        intents_without_examples: Vec::new(),
    };
    for skill in registry.skills() {
        let manifest = skill.manifest();
        for intent in &manifest.intents {
            if intent.examples.is_empty() {
                report
                    .intents_without_examples
                    .push(format!("{}/{}", manifest.name, intent.name));
            }
            for example in &intent.examples {
                report.examples_checked += 1;
                let routed_to = match registry.route(example) {
                    Route::Matched(m) if m.skill == manifest.name && m.intent == intent.name => {
                        continue;
                    }
                    Route::Matched(m) => format!("{}/{}", m.skill, m.intent),
                    Route::Ambiguous(options) => format!(
                        "a tie between {}",
                        options
                            .iter()
                            .map(|m| format!("{}/{}", m.skill, m.intent))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    Route::NoMatch => "no skill".into(),
                };
                report.failures.push(ExampleFailure {
                    skill: manifest.name.clone(),
                    intent: intent.name.clone(),
                    example: example.clone(),
                    routed_to,
                });
            }
        }
    }
    report
}
