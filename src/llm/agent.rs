//! The tool loop of one request: ask the model, run the calls it makes through
//! [`McpManager::call_tool`], give it the results, repeat until it answers in words or
//! `llm.max_steps` model requests were made. Every call id gets exactly one result: invalid
//! JSON arguments, unknown tools, declined or denied calls and a third identical call in a row
//! are answered with a tool error instead of being run; long results are cut with a marker;
//! the conversation is trimmed to the context window by whole units.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;
use serde_json::Value;
use tokio::sync::mpsc;

use super::Llm;
use super::approval::{Approval, Approver, Need, need};
use super::context::{CHARS_PER_TOKEN, trim};
use super::tools::Toolbox;
use super::types::{Message, Role, ToolCall, Turn, Usage};
use crate::suggest::closest_names;
use crate::sync::lock;

/// What happens while a request runs, for a front end to show.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Answer text as it streams.
    Text(String),
    /// A tool call about to run (`→ server__tool {json}`).
    ToolCall { name: String, arguments: String },
}

/// How a request talks to the person: where events go and who approves calls.
#[derive(Clone)]
pub struct Interaction {
    pub events: Option<mpsc::UnboundedSender<Event>>,
    pub approver: Arc<dyn Approver>,
}

impl Interaction {
    fn emit(&self, event: Event) {
        if let Some(events) = &self.events {
            let _ = events.send(event);
        }
    }
}

/// One tool call of a request and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CallRecord {
    pub tool: String,
    pub arguments: Value,
    /// `ran`, `declined`, `denied`, `repeated`, `invalid_arguments` or `unknown_tool`.
    pub decision: &'static str,
    pub success: bool,
}

/// The model's answer to one request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    pub text: String,
    pub success: bool,
    pub tool_calls: Vec<CallRecord>,
    /// Model requests made.
    pub steps: usize,
    pub usage: Usage,
}

/// The loop's state across the steps of one request.
struct Run<'a> {
    llm: &'a Llm,
    interaction: &'a Interaction,
    toolbox: Toolbox,
    records: Vec<CallRecord>,
    last_call: Option<String>,
    repeats: usize,
    ids: HashSet<String>,
}

/// The message that tells the model what `<TYPE_N>` tokens are.
const PLACEHOLDER_NOTE: &str = "Some personal values are hidden from you as tokens such as <EMAIL_ADDRESS_1> or <PERSON_2>. Copy such tokens exactly as written, angle brackets included, into tool arguments and answers; never guess what they stand for.";

impl Llm {
    /// Answers `input` with the recent conversation (`history`: past requests and answers,
    /// oldest first) and the running servers' tools.
    pub async fn answer(
        &self,
        input: &str,
        history: &[(String, String)],
        interaction: &Interaction,
    ) -> Answer {
        let started = Instant::now();
        for (server, result) in self.manager.start_auto_start().await {
            if let Err(error) = result {
                tracing::warn!(server, "not offered to the model: {error}");
            }
        }
        let context: String = history
            .iter()
            .rev()
            .take(2)
            .map(|(past, _)| past.as_str())
            .chain([input])
            .collect::<Vec<_>>()
            .join(" ");
        let toolbox = Toolbox::select(
            self.manager.list_tools(false).await,
            &context,
            self.config.max_tools,
        );
        let mut system = String::from(
            "You are Roxy, a personal assistant running on the person's own computer. Answer briefly and plainly. Use the tools when they help; pass only arguments their schemas allow. When a tool result says a call was declined or failed, do not repeat the call: answer with what you have.",
        );
        if self.provider.redacts() {
            system.push(' ');
            system.push_str(PLACEHOLDER_NOTE);
        }
        // As in the provider: JSON calls only when there is a tool to call.
        if self.config.tool_calls == crate::config::ToolCallMode::Json
            && !toolbox.offered.is_empty()
        {
            system.push('\n');
            system.push_str(&super::json_calls::instructions(&toolbox.offered));
        }
        let mut messages = vec![Message::new(Role::System, system)];
        for (past, answer) in history {
            messages.push(Message::new(Role::User, past.clone()));
            messages.push(Message::new(Role::Assistant, answer.clone()));
        }
        messages.push(Message::new(Role::User, input));
        let tools_size: usize = toolbox
            .offered
            .iter()
            .map(|t| t.name.len() + t.description.len() + t.parameters.to_string().len() + 40)
            .sum();
        let budget = self
            .config
            .context_window
            .saturating_sub(self.config.max_tokens)
            .saturating_mul(CHARS_PER_TOKEN)
            .saturating_sub(tools_size);
        let mut run = Run {
            llm: self,
            interaction,
            toolbox,
            records: Vec::new(),
            last_call: None,
            repeats: 0,
            ids: HashSet::new(),
        };
        let mut usage = Usage::default();
        let mut steps = 0;
        let mut bounded = false;
        let mut vault = self.vault.lock().await;
        let outcome = loop {
            if steps == self.config.max_steps {
                bounded = true;
                break Ok(format!(
                    "I stopped after {steps} model requests (`llm.max_steps` in roxy.yaml) without a final answer."
                ));
            }
            steps += 1;
            let dropped = trim(&mut messages, budget);
            if dropped > 0 {
                tracing::debug!(dropped, "trimmed the conversation to the context window");
            }
            let request_started = Instant::now();
            let mut on_text = |text: &str| interaction.emit(Event::Text(text.to_string()));
            let result = self
                .provider
                .send(&messages, &run.toolbox.offered, &mut vault, &mut on_text)
                .await;
            self.count_request(&result, request_started);
            let turn = match result {
                Ok(turn) => turn,
                Err(error) => break Err(error),
            };
            usage.add(turn.usage);
            *lock(&self.last_usage) = Some(turn.usage);
            let Turn {
                text,
                tool_calls,
                usage: _,
            } = turn;
            if tool_calls.is_empty() {
                break Ok(text);
            }
            let calls = run.name_calls(tool_calls, steps);
            let mut assistant = Message::new(Role::Assistant, text);
            assistant.tool_calls = calls.clone();
            messages.push(assistant);
            for call in &calls {
                let result = run.call(call).await;
                messages.push(Message::tool_result(call, result));
            }
        };
        drop(vault);
        metrics::histogram!("roxy_llm_steps").record(steps as f64);
        metrics::histogram!("roxy_llm_answer_duration_seconds")
            .record(started.elapsed().as_secs_f64());
        let (text, success) = match outcome {
            Ok(text) if text.trim().is_empty() => ("The model gave no answer.".to_string(), false),
            Ok(text) => (text, !bounded),
            Err(error) => (format!("Sorry, the language model failed: {error}"), false),
        };
        Answer {
            text,
            success,
            tool_calls: run.records,
            steps,
            usage,
        }
    }

    /// Counts one model request: outcome, duration and tokens.
    fn count_request(&self, result: &Result<Turn, super::LlmError>, started: Instant) {
        let provider = self.config.provider.name();
        let outcome = match result {
            Ok(turn) => {
                for (kind, tokens) in [
                    ("input", turn.usage.input_tokens),
                    ("output", turn.usage.output_tokens),
                ] {
                    metrics::counter!("roxy_llm_tokens_total", "provider" => provider, "kind" => kind)
                        .increment(tokens);
                }
                "ok"
            }
            Err(super::LlmError::NotSent(_)) => "not_sent",
            Err(super::LlmError::Timeout(_) | super::LlmError::Idle(_)) => "timeout",
            Err(_) => "error",
        };
        metrics::counter!("roxy_llm_requests_total", "provider" => provider, "outcome" => outcome)
            .increment(1);
        metrics::histogram!("roxy_llm_request_duration_seconds", "provider" => provider)
            .record(started.elapsed().as_secs_f64());
    }
}

impl Run<'_> {
    /// Gives every call an id that is not empty and not used before in this request.
    fn name_calls(&mut self, calls: Vec<ToolCall>, step: usize) -> Vec<ToolCall> {
        calls
            .into_iter()
            .enumerate()
            .map(|(index, mut call)| {
                if call.id.is_empty() || self.ids.contains(&call.id) {
                    call.id = format!("roxy_call_{step}_{index}");
                }
                self.ids.insert(call.id.clone());
                call
            })
            .collect()
    }

    /// Runs one call (or explains to the model why not) and gives the text of its result.
    async fn call(&mut self, call: &ToolCall) -> String {
        let llm = self.llm;
        let arguments = serde_json::from_str::<Value>(&call.arguments);
        let shown = arguments
            .as_ref()
            .map_or_else(|_| Value::String(call.arguments.clone()), Clone::clone);
        let key = format!(
            "{}\0{}",
            call.name,
            arguments
                .as_ref()
                .map_or_else(|_| call.arguments.clone(), Value::to_string)
        );
        if self.last_call.as_deref() == Some(key.as_str()) {
            self.repeats += 1;
        } else {
            self.last_call = Some(key);
            self.repeats = 1;
        }
        let (decision, text, success) = if self.repeats >= 3 {
            (
                "repeated",
                "error: you already did this: the same call with the same arguments ran twice in a row and its result is above. Answer with what you have.".to_string(),
                false,
            )
        } else if let Some(info) = self.toolbox.resolve(&call.name).cloned() {
            match arguments {
                Ok(Value::Object(object)) => {
                    let arguments = Value::Object(object);
                    let asked = need(
                        &llm.config.approval,
                        &call.name,
                        info.tool.annotations.as_ref(),
                    );
                    let allowed = match asked {
                        Need::Run => Ok(()),
                        Need::Deny => Err(Refusal::Denied),
                        Need::Ask if lock(&llm.always).contains(&call.name) => Ok(()),
                        Need::Ask => match self
                            .interaction
                            .approver
                            .approve(&call.name, &arguments)
                            .await
                        {
                            Approval::Once => Ok(()),
                            Approval::Always => {
                                lock(&llm.always).insert(call.name.clone());
                                Ok(())
                            }
                            Approval::Declined => Err(Refusal::Declined),
                        },
                    };
                    match allowed {
                        Err(Refusal::Denied) => (
                            "denied",
                            format!(
                                "error: `{}` may not be run (llm.approval in roxy.yaml). Do not call it again; answer without it.",
                                call.name
                            ),
                            false,
                        ),
                        Err(Refusal::Declined) => (
                            "declined",
                            format!(
                                "error: the person declined this call of `{}`. Do not call it again; answer without it.",
                                call.name
                            ),
                            false,
                        ),
                        Ok(()) => {
                            self.interaction.emit(Event::ToolCall {
                                name: call.name.clone(),
                                arguments: arguments.to_string(),
                            });
                            let result = llm
                                .manager
                                .call_tool(&info.server, &info.tool.name, arguments)
                                .await;
                            let text = if result.success {
                                result.text()
                            } else {
                                format!(
                                    "error: {}",
                                    result.error.clone().unwrap_or_else(|| result.text())
                                )
                            };
                            ("ran", cap(text, llm.config.max_tool_result), result.success)
                        }
                    }
                }
                Ok(other) => (
                    "invalid_arguments",
                    format!(
                        "error: the arguments must be a JSON object, not `{other}`; call `{}` again with an object its schema allows",
                        call.name
                    ),
                    false,
                ),
                Err(error) => (
                    "invalid_arguments",
                    format!(
                        "error: the arguments are not valid JSON ({error}); call `{}` again with a JSON object",
                        call.name
                    ),
                    false,
                ),
            }
        } else {
            let names = self.toolbox.names();
            let suggestions = closest_names(&call.name, names.iter().map(String::as_str), 3);
            let mut text = format!("error: there is no tool named `{}`", call.name);
            if !suggestions.is_empty() {
                text.push_str(&format!("; did you mean `{}`?", suggestions.join("`, `")));
            }
            ("unknown_tool", text, false)
        };
        metrics::counter!("roxy_llm_tool_calls_total", "tool" => call.name.clone(), "decision" => decision)
            .increment(1);
        self.records.push(CallRecord {
            tool: call.name.clone(),
            arguments: shown,
            decision,
            success,
        });
        text
    }
}

/// Why a call did not run.
enum Refusal {
    /// `llm.approval` says `deny`.
    Denied,
    /// The person (or `roxy ask` without `--yes`) said no.
    Declined,
}

/// Cuts a tool result to `limit` characters, saying how much was left out.
fn cap(text: String, limit: usize) -> String {
    let total = text.chars().count();
    if total <= limit {
        return text;
    }
    let kept: String = text.chars().take(limit).collect();
    format!(
        "{kept}\n[… cut: {} more characters not shown]",
        total - limit
    )
}

#[cfg(test)]
mod tests {
    use super::cap;

    #[test]
    fn long_results_are_cut_with_a_marker() {
        assert_eq!(cap("short".into(), 10), "short");
        let cut = cap("é".repeat(12), 10);
        assert_eq!(
            cut,
            format!("{}\n[… cut: 2 more characters not shown]", "é".repeat(10))
        );
    }
}
