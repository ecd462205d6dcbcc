//! The orchestrator: input -> route -> skill (with a timeout) -> response, with every turn
//! written to memory. What no skill understands goes to the language model when roxy.yaml
//! has an `llm:` section (`crate::llm`). A skill that fails, panics or overruns its time gives a friendly answer
//! and a logged reason; the next request works as before.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use serde::Serialize;

use crate::config::Config;
use crate::config::duration::format_duration;
use crate::llm::{DeclineAll, Interaction, Llm};
use crate::mcp::McpManager;
use crate::memory::Memory;
use crate::skills::{
    AnswerDetails, Route, RouteMatch, ScopedMcp, SkillContext, SkillRegistry, SkillResult,
};
use crate::sync::lock;

/// How many recent turns a skill sees in [`SkillContext::conversation_history`].
const HISTORY_FOR_SKILLS: usize = 20;

/// How many recent turns the language model sees.
const HISTORY_FOR_MODEL: usize = 6;

/// Roxy's answer to one input.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Response {
    pub text: String,
    pub success: bool,
    /// The skill that answered; `None` when none matched or the input was ambiguous.
    pub skill: Option<String>,
    pub intent: Option<String>,
    pub parameters: BTreeMap<String, String>,
    /// The skill's data, spoken version and follow-up question, as it gave them.
    #[serde(flatten)]
    pub details: AnswerDetails,
}

impl Response {
    fn unrouted(text: String) -> Response {
        Response {
            text,
            success: false,
            skill: None,
            intent: None,
            parameters: BTreeMap::new(),
            details: AnswerDetails::default(),
        }
    }
}

/// Matches offered after a tie, waiting for the person to pick one.
#[derive(Debug)]
struct PendingChoice {
    input: String,
    options: Vec<RouteMatch>,
}

/// What the last answer listed, for "the second one".
#[derive(Debug, Clone)]
enum Listed {
    /// Items of a list answer (files found, notes, what memory holds): a pick shows one.
    Items { skill: String, items: Vec<String> },
    /// The places (or other values) a request could mean ("There are several places called
    /// Springfield: A; B. Which one?"): a pick asks the request again with that value.
    Alternatives {
        input: String,
        found: RouteMatch,
        slot: String,
        values: Vec<String>,
    },
}

impl Listed {
    /// The list in an answer: lines starting with "- " (two or more), or the alternatives of a
    /// "...: A; B; C. Which one?" question about one of the request's slot values.
    fn from_answer(input: &str, found: &RouteMatch, text: &str) -> Option<Listed> {
        if let Some(question) = text.strip_suffix(" Which one?")
            && let Some((head, values)) = question.trim_end_matches('.').rsplit_once(": ")
        {
            let slot = found
                .parameters
                .iter()
                .find(|(_, value)| !value.is_empty() && head.contains(value.as_str()))
                .map(|(name, _)| name.clone())?;
            let values: Vec<String> = values.split("; ").map(str::to_string).collect();
            return (values.len() > 1).then(|| Listed::Alternatives {
                input: input.to_string(),
                found: found.clone(),
                slot,
                values,
            });
        }
        let items: Vec<String> = text
            .lines()
            .filter_map(|line| line.strip_prefix("- "))
            .map(str::to_string)
            .collect();
        (items.len() > 1).then(|| Listed::Items {
            skill: found.skill.clone(),
            items,
        })
    }
}

/// Routes inputs to skills; owns the MCP manager, the skills and the memory.
pub struct Orchestrator {
    config: Arc<Config>,
    manager: McpManager,
    registry: SkillRegistry,
    memory: Memory,
    pending_choice: Mutex<Option<PendingChoice>>,
    /// The language model; `None` without an `llm:` section, `Err` when it could not be set up.
    llm: Option<Result<Llm, String>>,
    /// The last request a skill answered, for follow-ups ("and in Paris?").
    /// (what was said, where it went).
    last_match: Mutex<Option<(String, RouteMatch)>>,
    /// What the last answer listed, for "the second one".
    last_listed: Mutex<Option<Listed>>,
}

impl Orchestrator {
    /// Loads the skills and opens the memory; no server starts yet (see
    /// [`Orchestrator::start_servers`]; a tool call also starts its server).
    pub fn new(config: Config) -> anyhow::Result<Orchestrator> {
        let registry = SkillRegistry::load(&config)?;
        let memory = Memory::open_in(&config.data_dir())?;
        let config = Arc::new(config);
        let manager = McpManager::with_handlers(
            config.clone(),
            Arc::new(crate::mcp::DeclineElicitation),
            Llm::sampler(&config),
        );
        Ok(Orchestrator::from_parts(config, manager, registry, memory))
    }

    /// An orchestrator over parts built elsewhere (embedders, tests).
    pub fn from_parts(
        config: Arc<Config>,
        manager: McpManager,
        registry: SkillRegistry,
        memory: Memory,
    ) -> Orchestrator {
        let llm = Llm::from_config(&config, manager.clone());
        if let Some(Err(error)) = &llm {
            tracing::error!("the language model is not available: {error}");
        }
        Orchestrator {
            config,
            manager,
            registry,
            memory,
            pending_choice: Mutex::new(None),
            llm,
            last_match: Mutex::new(None),
            last_listed: Mutex::new(None),
        }
    }

    pub fn config(&self) -> &Arc<Config> {
        &self.config
    }

    pub fn manager(&self) -> &McpManager {
        &self.manager
    }

    /// Gets the language model, if there is one, ready for its first request (blocking: the
    /// privacy detectors compile in ~150 ms); the REPL runs it on a spare thread at start-up.
    /// A failure here is reported by that first request.
    pub fn prepare_model(&self) {
        if let Some(Ok(llm)) = &self.llm
            && let Err(error) = llm.prepare()
        {
            tracing::debug!("the language model could not get ready ahead of time: {error}");
        }
    }

    pub fn registry(&self) -> &SkillRegistry {
        &self.registry
    }

    pub fn memory(&self) -> &Memory {
        &self.memory
    }

    /// Starts the `startup.auto_start` servers in parallel; a server that fails is reported
    /// through the manager's events (the REPL prints them; the log has it at debug level, where
    /// a warning printed it a second time), and the others start regardless. One that was
    /// stopped while it started (Roxy quit before the servers were up) is no failure.
    pub async fn start_servers(&self) {
        let results = self.manager.start_auto_start().await;
        let status = self.manager.status();
        for (server, result) in results {
            let Err(error) = result else { continue };
            let stopped = status
                .iter()
                .any(|s| s.name == server && s.state == crate::mcp::ServerState::Stopped);
            if stopped {
                tracing::debug!(server, "stopped before it started: {error}");
            } else {
                tracing::debug!(server, "did not start: {error}");
            }
        }
    }

    /// Stops every server.
    pub async fn shutdown(&self) {
        self.manager.shutdown().await;
    }

    /// The language model, when roxy.yaml configures one that could be set up.
    pub fn llm(&self) -> Option<&Llm> {
        self.llm.as_ref().and_then(|llm| llm.as_ref().ok())
    }

    /// Answers one input and records the turn; tool calls the model wants approved are declined.
    pub async fn handle(&self, input: &str) -> Response {
        let interaction = Interaction {
            events: None,
            approver: Arc::new(DeclineAll),
        };
        self.handle_with(input, &interaction).await
    }

    /// Like [`Orchestrator::handle`], with the model's text and tool calls reported to
    /// `interaction` as they happen and its approvals asked there.
    pub async fn handle_with(&self, input: &str, interaction: &Interaction) -> Response {
        let input = input.trim();
        if input.is_empty() {
            return Response::unrouted("Say something, or ask \"what can you do?\"".into());
        }
        // "again" repeats the last request as it was said; "and in Paris?" changes one slot.
        let follow_up = || {
            let (said, last) = lock(&self.last_match).clone()?;
            let next = self.registry.follow_up(input, &last)?;
            Some((
                if next == last {
                    said
                } else {
                    input.to_string()
                },
                next,
            ))
        };
        let response = match self.take_choice(input) {
            Some((original, chosen)) => self.run(&original, chosen).await,
            None if let Some(picked) = self.pick_listed(input) => match picked {
                Ok((said, next)) => self.run(&said, next).await,
                Err(shown) => shown,
            },
            None if let Some((said, next)) = follow_up() => self.run(&said, next).await,
            None => match self
                .registry
                .route_asked(input, self.asking_skill().as_deref())
            {
                Route::Matched(found) => self.run_or_ask_model(input, found, interaction).await,
                Route::Ambiguous(options) => self.ask_which(input, options),
                Route::NoMatch => self.ask_model(input, interaction).await,
            },
        };
        if let Err(error) = self.memory.record_turn(
            input,
            &response.text,
            response.skill.as_deref(),
            response.success,
        ) {
            tracing::error!("could not record the turn: {error}");
        }
        response
    }

    /// The skill whose question the last answer left open: it hears "yes" or "no" first.
    fn asking_skill(&self) -> Option<String> {
        self.memory.asking_skill().unwrap_or_else(|error| {
            tracing::warn!("could not read the open question: {error}");
            None
        })
    }

    /// Runs the skill the request routed to; when the skill could not answer it (a failed
    /// answer) and a language model is configured, the model gets the request instead. "what's
    /// the time in San Francisco and remind me what my bike code is" matches the time skill,
    /// which cannot use that place; the model can, with both tools.
    async fn run_or_ask_model(
        &self,
        input: &str,
        found: RouteMatch,
        interaction: &Interaction,
    ) -> Response {
        let skill = found.skill.clone();
        let response = self.run(input, found).await;
        if response.success || !matches!(self.llm, Some(Ok(_))) {
            return response;
        }
        tracing::info!(
            skill,
            "the skill could not answer ({}); asking the language model",
            response.text
        );
        self.ask_model(input, interaction).await
    }

    /// The hand-off for what no skill understands: the language model when one is configured,
    /// else the "not understood" answer saying how to add one.
    async fn ask_model(&self, input: &str, interaction: &Interaction) -> Response {
        let llm = match &self.llm {
            Some(Ok(llm)) => llm,
            Some(Err(error)) => {
                return Response::unrouted(format!(
                    "I don't know how to help with that, and the language model is not available: {error}"
                ));
            }
            None => {
                let mut response = Response::unrouted(format!(
                    "I don't know how to help with that yet. I can:\n{}\nTo have a language model answer what I don't understand, add an `llm:` section to roxy.yaml (README, \"Language models\").",
                    self.registry.capabilities()
                ));
                // Spoken, the list takes over a minute: say where it is instead.
                response.details.speak = Some(
                    "I don't know how to help with that yet. Ask me what I can do to hear the list."
                        .into(),
                );
                return response;
            }
        };
        let history: Vec<(String, String)> = self
            .memory
            .recent_turns(HISTORY_FOR_MODEL)
            .unwrap_or_default()
            .into_iter()
            .map(|turn| (turn.input, turn.response))
            .collect();
        let timeout = self.config.roxy.skills.timeout;
        let answer = match tokio::time::timeout(timeout, llm.answer(input, &history, interaction))
            .await
        {
            Ok(answer) => answer,
            Err(_) => {
                return Response {
                    skill: Some("llm".into()),
                    ..Response::unrouted(format!(
                        "Sorry, the language model took longer than {}. Raise `skills.timeout` in roxy.yaml if it needs longer.",
                        format_duration(timeout)
                    ))
                };
            }
        };
        let data = serde_json::json!({
            "tool_calls": answer.tool_calls,
            "steps": answer.steps,
            "usage": answer.usage,
        });
        Response {
            text: answer.text,
            success: answer.success,
            skill: Some("llm".into()),
            intent: None,
            parameters: BTreeMap::new(),
            details: SkillResult::success("").with_data(data).details,
        }
    }

    /// If a tie is pending and `input` picks one of its options (by number or skill name),
    /// returns the original input and the chosen match. Any other input drops the question.
    fn take_choice(&self, input: &str) -> Option<(String, RouteMatch)> {
        let mut pending = lock(&self.pending_choice);
        let choice = pending.take()?;
        let wanted = input.trim_end_matches(['.', '!', '?']).trim();
        let index = crate::skills::followup::chosen_option(wanted).or_else(|| {
            choice
                .options
                .iter()
                .position(|option| option.skill.eq_ignore_ascii_case(wanted))
        })?;
        let chosen = choice.options.get(index)?.clone();
        Some((choice.input, chosen))
    }

    /// "the second one" after an answer that listed things: the request again with the
    /// chosen value (`Ok`), or the chosen item shown on its own (`Err`, already an answer).
    fn pick_listed(&self, input: &str) -> Option<Result<(String, RouteMatch), Response>> {
        let wanted = input.trim_end_matches(['.', '!', '?']).trim();
        let index = crate::skills::followup::chosen_option(wanted)?;
        let listed = lock(&self.last_listed).clone()?;
        Some(match listed {
            Listed::Items { skill, items } => {
                let text = match items.get(index) {
                    Some(item) => item.clone(),
                    None => format!("There were only {} of them.", items.len()),
                };
                Err(Response {
                    success: index < items.len(),
                    skill: Some(skill),
                    ..Response::unrouted(text)
                })
            }
            Listed::Alternatives {
                input,
                mut found,
                slot,
                values,
            } => match values.get(index) {
                Some(value) => {
                    found.parameters.insert(slot, value.clone());
                    Ok((input, found))
                }
                None => Err(Response::unrouted(format!(
                    "There were only {} of them: {}.",
                    values.len(),
                    values.join("; ")
                ))),
            },
        })
    }

    fn ask_which(&self, input: &str, options: Vec<RouteMatch>) -> Response {
        let lines: Vec<String> = options
            .iter()
            .enumerate()
            .map(|(index, option)| {
                let description = self
                    .registry
                    .get(&option.skill)
                    .map(|skill| skill.manifest().description.clone())
                    .unwrap_or_default();
                format!("{}. {} ({description})", index + 1, option.skill)
            })
            .collect();
        let question = "Which did you mean? Answer with the number or the skill's name.";
        let mut response = Response::unrouted(format!(
            "That could mean several things:\n{}\n{question}",
            lines.join("\n")
        ));
        response.details.follow_up = Some(question.into());
        *lock(&self.pending_choice) = Some(PendingChoice {
            input: input.to_string(),
            options,
        });
        response
    }

    /// Runs the matched skill in its own task with the configured timeout.
    async fn run(&self, input: &str, found: RouteMatch) -> Response {
        let Some(skill) = self.registry.get(&found.skill).cloned() else {
            return Response::unrouted(format!("skill `{}` is not loaded", found.skill));
        };
        let history = self
            .memory
            .recent_turns(HISTORY_FOR_SKILLS)
            .unwrap_or_else(|error| {
                tracing::warn!("history unavailable to skills: {error}");
                Vec::new()
            });
        let context = SkillContext {
            user_input: input.to_string(),
            intent: found.intent.clone(),
            parameters: found.parameters.clone(),
            memory: self.memory.clone(),
            config: self.config.clone(),
            conversation_history: history,
            mcp: ScopedMcp::new(self.manager.clone(), skill.manifest()),
        };
        let timeout = self.config.roxy.skills.timeout;
        let started = Instant::now();
        let task = AbortOnDrop(tokio::spawn(async move { skill.execute(context).await }));
        let result = match tokio::time::timeout(timeout, task.wait()).await {
            Ok(Ok(result)) => result,
            Ok(Err(error)) => {
                tracing::error!(skill = %found.skill, "skill failed: {error}");
                SkillResult::failure(format!(
                    "Sorry, the {} skill failed. The reason is in Roxy's log.",
                    found.skill
                ))
            }
            Err(_) => {
                tracing::error!(skill = %found.skill, "skill timed out after {timeout:?}");
                SkillResult::failure(format!(
                    "Sorry, the {} skill took longer than {}. Raise `skills.timeout` in roxy.yaml if it needs longer.",
                    found.skill,
                    format_duration(timeout)
                ))
            }
        };
        if result.success {
            *lock(&self.last_match) = Some((input.to_string(), found.clone()));
        }
        *lock(&self.last_listed) = Listed::from_answer(input, &found, &result.response_text);
        let outcome = if result.success { "success" } else { "failure" };
        metrics::counter!("roxy_skill_requests_total", "skill" => found.skill.clone(), "outcome" => outcome)
            .increment(1);
        metrics::histogram!("roxy_skill_duration_seconds", "skill" => found.skill.clone())
            .record(started.elapsed().as_secs_f64());
        Response {
            text: result.response_text,
            success: result.success,
            skill: Some(found.skill),
            intent: Some(found.intent),
            parameters: found.parameters,
            details: result.details,
        }
    }
}

/// A spawned skill task that is aborted when the request is cancelled (its future dropped).
struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> AbortOnDrop<T> {
    async fn wait(mut self) -> Result<T, tokio::task::JoinError> {
        (&mut self.0).await
    }
}

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_response_is_one_flat_json_object_in_a_fixed_order() {
        let mut response = Response::unrouted("Which one?".into());
        response.details = SkillResult::success("")
            .with_data(serde_json::json!({ "n": 1 }))
            .with_speech("which")
            .with_follow_up("pick one")
            .details;
        assert_eq!(
            serde_json::to_string(&response).unwrap(),
            r#"{"text":"Which one?","success":false,"skill":null,"intent":null,"parameters":{},"data":{"n":1},"speak":"which","follow_up":"pick one"}"#
        );
        let bare = Response::unrouted("Hi".into());
        assert_eq!(
            serde_json::to_string(&bare).unwrap(),
            r#"{"text":"Hi","success":false,"skill":null,"intent":null,"parameters":{}}"#
        );
    }
}
