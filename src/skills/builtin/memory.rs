//! Remember / recall / forget: facts the person tells Roxy, kept in [`crate::memory`].

use crate::skills::{IntentSpec, Skill, SkillContext, SkillManifest, SkillResult};

/// How many facts a recall about a topic lists at most (the best matches).
const RECALL_LIMIT: usize = 5;

/// How many facts "what do you remember" lists at most (the newest); a person asking that wants
/// to see everything, so this is large, yet bounded so a long memory stays readable.
const RECALL_ALL_LIMIT: usize = 50;

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
                let limit = if context.intent == "recall_all" {
                    RECALL_ALL_LIMIT
                } else {
                    RECALL_LIMIT
                };
                memory.recall(topic, limit).and_then(|facts| {
                    let total = memory.count_facts(topic)?;
                    Ok(SkillResult::success(recall_answer(topic, &facts, total))
                        .with_data(serde_json::json!(facts)))
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

/// What Roxy says for a recall: how many facts it knows (about `topic`, or at all), the ones it
/// found, and how many more there are when `facts` is not all of them.
fn recall_answer(topic: &str, facts: &[crate::memory::Fact], total: usize) -> String {
    if facts.is_empty() {
        return if topic.is_empty() {
            "You haven't asked me to remember anything yet.".to_string()
        } else {
            format!("I don't know anything about {topic} yet.")
        };
    }
    let things = if total == 1 { "thing" } else { "things" };
    let mut answer = if topic.is_empty() {
        format!("You told me {total} {things}:")
    } else {
        format!("You told me {total} {things} about {topic}:")
    };
    for fact in facts {
        answer.push_str("\n- ");
        answer.push_str(&fact.text);
    }
    let more = total.saturating_sub(facts.len());
    if more > 0 {
        answer.push_str(&format!(
            "\n...and {more} more; ask about something more precise to find one."
        ));
    }
    answer
}
