//! Remember / recall / forget: facts the person tells Roxy, kept in [`crate::memory`].

use crate::skills::{IntentSpec, Skill, SkillContext, SkillManifest, SkillResult};

/// How many facts one recall lists at most.
const RECALL_LIMIT: usize = 5;

pub struct MemorySkill {
    manifest: SkillManifest,
}

impl MemorySkill {
    pub fn new() -> MemorySkill {
        MemorySkill {
            manifest: SkillManifest {
                name: "memory".into(),
                description: "remembers what you tell it, recalls it and forgets it on request"
                    .into(),
                intents: vec![
                    IntentSpec::new(
                        "remember",
                        &["remember [that] {fact}", "don't forget [that] {fact}"],
                        &["remember that my locker code is 4711"],
                    ),
                    IntentSpec::new(
                        "recall",
                        &[
                            "what do you (know|remember) about {topic}",
                            "(what's|what is|where's|where is|when's|when is|who's|who is) my {topic}",
                            "do you remember {topic}",
                            "recall {topic}",
                        ],
                        &[
                            "what is my locker code",
                            "what do you know about the plants",
                        ],
                    ),
                    IntentSpec::new(
                        "recall_all",
                        &[
                            "what do you remember",
                            "what have I told you",
                            "recall everything",
                        ],
                        &["what do you remember"],
                    ),
                    IntentSpec::new(
                        "forget",
                        &["forget [about] [that] {fact}"],
                        &["forget my locker code"],
                    ),
                ],
                tools: Vec::new(),
                network: false,
            },
        }
    }
}

impl Default for MemorySkill {
    fn default() -> Self {
        MemorySkill::new()
    }
}

#[async_trait::async_trait]
impl Skill for MemorySkill {
    fn manifest(&self) -> &SkillManifest {
        &self.manifest
    }

    async fn execute(&self, context: SkillContext) -> SkillResult {
        let memory = &context.memory;
        let answer = match context.intent.as_str() {
            "remember" => {
                let fact = context.parameter("fact").unwrap_or_default();
                memory
                    .remember(fact)
                    .map(|fact| SkillResult::success(format!("I'll remember that {}.", fact.text)))
            }
            "recall" | "recall_all" => {
                let topic = context.parameter("topic").unwrap_or_default();
                memory.recall(topic, RECALL_LIMIT).map(|facts| {
                    if facts.is_empty() {
                        return SkillResult::success(if topic.is_empty() {
                            "You haven't asked me to remember anything yet.".to_string()
                        } else {
                            format!("I don't know anything about {topic} yet.")
                        });
                    }
                    let lines: Vec<String> = facts
                        .iter()
                        .map(|fact| format!("- {}", fact.text))
                        .collect();
                    SkillResult::success(format!("You told me:\n{}", lines.join("\n")))
                        .with_data(serde_json::json!(facts))
                })
            }
            "forget" => {
                let fact = context.parameter("fact").unwrap_or_default();
                memory.forget(fact).map(|forgotten| match forgotten.len() {
                    0 => SkillResult::success(format!("I didn't remember anything about {fact}.")),
                    1 => SkillResult::success(format!("Forgotten: {}.", forgotten[0].text)),
                    n => SkillResult::success(format!("Forgotten {n} things about {fact}.")),
                })
            }
            other => return SkillResult::failure(format!("memory has no intent `{other}`")),
        };
        answer.unwrap_or_else(|error| {
            tracing::error!("memory skill: {error}");
            SkillResult::failure(format!("I couldn't reach my memory: {error}"))
        })
    }
}
