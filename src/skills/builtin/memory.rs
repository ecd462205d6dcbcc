//! One personal memory: what the person told Roxy (facts, in [`crate::memory`]), their notes
//! (`roxy_system`'s notes tools) and the knowledge graph (the `memory` server) are remembered,
//! recalled, listed, edited and forgotten together, in plain words. Forgetting shows what would
//! go and asks first; what was forgotten or changed can be brought back with "undo" said next.
//! Both are kept in the memory database ([`crate::memory::Memory::keep_open`]), so they work
//! in one-shot `roxy ask` as in the REPL, and only for the very next turn. A store whose server
//! is not configured (or is down) is left out, never an error.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::memory::Fact;
use crate::skills::builtin::{SYSTEM_SERVER, capitalised, said_back};
use crate::skills::{
    IntentSpec, NO, Skill, SkillContext, SkillManifest, SkillResult, ToolRef, YES,
};

/// The server holding the knowledge graph (the default config's `memory`).
pub const GRAPH_SERVER: &str = "memory";

/// How many things a recall about a topic lists from each store at most.
const RECALL_LIMIT: usize = 5;

/// How many things "what do you remember" (and `/memory`) lists from each store at most (the
/// newest): a person asking that wants to see everything, yet a long memory stays readable.
const RECALL_ALL_LIMIT: usize = 50;

/// The most notes `list_notes` gives (the notes server's `MAX_NOTES`).
const MAX_NOTES: usize = 200;

/// Words in front of a topic that say nothing about it ("my", "the", "about").
const LEADING_FILLER: [&str; 7] = ["about", "that", "my", "the", "a", "an", "all"];

/// Words after "call me" or "my name is" that are not a name ("call me back", "call me a
/// taxi", "my name is what").
const NOT_A_NAME: &[&str] = &[
    "a", "an", "the", "back", "later", "tomorrow", "tonight", "today", "when", "if", "at", "in",
    "on", "now", "please", "maybe", "again", "soon", "sometime", "anytime", "after", "before",
    "what", "not", "crazy", "whatever", "anything", "nothing", "none", "unknown", "it", "that",
    "this", "me", "you", "asap", "once", "every", "up",
];

/// The verbs of "what does Ana like": what someone likes or wants.
const LIKING: [&str; 7] = ["like", "love", "enjoy", "want", "prefer", "hate", "dislike"];

/// The verbs of "where does Ana live": where someone is.
const WHERE_ONE_IS: [&str; 2] = ["live", "work"];

/// Words that do not name a person whose likes or home Roxy could know ("what does it
/// like", "where do people live").
const NOT_A_PERSON: &[&str] = &[
    "i",
    "you",
    "your",
    "it",
    "this",
    "that",
    "he",
    "she",
    "they",
    "we",
    "people",
    "everyone",
    "everybody",
    "anyone",
    "somebody",
    "someone",
    "nobody",
    "a",
    "an",
    "god",
    "santa",
];

/// Words of a topic that some outside service holds, not the person's memory: money and
/// accounts, orders and travel, live readings ("what's my credit limit", "when is my next
/// paycheck", "where is my package").
const HELD_BY_A_SERVICE: &[&str] = &[
    "apr",
    "balance",
    "credit",
    "debit",
    "account",
    "accounts",
    "bank",
    "card",
    "cards",
    "salary",
    "income",
    "paycheck",
    "payday",
    "mortgage",
    "interest",
    "tax",
    "taxes",
    "bill",
    "bills",
    "insurance",
    "loan",
    "flight",
    "package",
    "order",
    "delivery",
    "shipment",
    "signal",
    "mpg",
    "rate",
    "score",
    "limit",
    "location",
];

/// Words of a topic the computer itself tells (the system skill's readings): "what's my cpu
/// usage", "what is my hostname".
const READ_FROM_THE_COMPUTER: &[&str] = &[
    "cpu",
    "cpus",
    "processor",
    "ram",
    "usage",
    "disk",
    "disks",
    "storage",
    "swap",
    "hostname",
    "battery",
    "uptime",
    "ip",
];

/// Words that make "where is ..." a search for a place rather than for a kept thing.
const PLACE_SEARCH: &[&str] = &[
    "nearest", "closest", "best", "nearby", "near", "good", "local", "located", "area",
];

/// The skill's name, under which it keeps what an answer leaves open.
const SKILL_NAME: &str = "memory";

/// One thing Roxy remembers, in whichever store it lives.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Item {
    Fact(Fact),
    Note {
        id: i64,
        text: String,
        tags: Vec<String>,
    },
    /// One observation about an entity of the graph.
    Observation {
        entity: String,
        text: String,
    },
    /// A whole entity, with the relations that touch it.
    Entity {
        entity: Value,
        relations: Vec<Value>,
    },
    /// A fact as it was before an edit (undo puts this text back).
    Edited(Fact),
}

impl Item {
    /// How a person reads it in a list.
    fn describe(&self) -> String {
        match self {
            Item::Fact(fact) | Item::Edited(fact) => said_back(&fact.text),
            Item::Note { text, .. } => format!("note: {text}"),
            Item::Observation { entity, text } => format!("{entity}: {text}"),
            Item::Entity { entity, relations } => {
                let name = entity["name"].as_str().unwrap_or_default();
                let kind = entity["entityType"].as_str().unwrap_or_default();
                let observations: Vec<&str> = entity["observations"]
                    .as_array()
                    .map(|o| o.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let mut text = if kind.is_empty() {
                    name.to_string()
                } else {
                    format!("{name} ({kind})")
                };
                if !observations.is_empty() {
                    text.push_str(&format!(": {}", observations.join("; ")));
                }
                for relation in relations {
                    text.push_str(&format!(
                        "; {} {} {}",
                        relation["from"].as_str().unwrap_or_default(),
                        relation["relationType"].as_str().unwrap_or_default(),
                        relation["to"].as_str().unwrap_or_default()
                    ));
                }
                text
            }
        }
    }
}

/// What an answer leaves open for the next turn: a forget waiting for yes or no, or what a
/// forget or a change took away, for "undo".
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Open {
    Forget(Vec<Item>),
    Undo(Vec<Item>),
}

/// Answers with `result` and keeps `open` for the next turn.
fn leaving_open(
    context: &SkillContext,
    result: SkillResult,
    open: &Open,
) -> Result<SkillResult, String> {
    context
        .memory
        .keep_open(SKILL_NAME, &result.response_text, open)
        .map_err(|e| e.to_string())?;
    Ok(result)
}

/// What the last answer left open, if the last turn was that answer.
fn take_open(context: &SkillContext) -> Result<Option<Open>, String> {
    context
        .memory
        .take_open(SKILL_NAME)
        .map_err(|e| e.to_string())
}

pub struct MemorySkill {
    manifest: SkillManifest,
}

impl MemorySkill {
    pub fn new() -> MemorySkill {
        MemorySkill {
            manifest: SkillManifest {
                name: SKILL_NAME.into(),
                description: "remembers what you tell it and recalls, changes or forgets it, \
                              together with your notes and the knowledge graph"
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
                            "[tell me] what do you (know|remember) about {topic}",
                            "tell me what you (know|remember) about {topic}",
                            "what (did I tell|have I told) you about {topic}",
                            "(what's|what is|where's|where is|when's|when is|who's|who is) {mine}",
                            "(when's|when is|what's|what is) {whose} birthday",
                            &format!("what (does|did) {{who}} ({})", LIKING.join("|")),
                            &format!(
                                "(where|what city|what town) does {{who}} ({})",
                                WHERE_ONE_IS.join("|")
                            ),
                            "(where's|where is|where are) {where}",
                            "where (did|do) I (put|leave|keep) {topic}",
                            "where (did|have) I {parked}",
                            "do you remember {topic}",
                            "recall {topic}",
                        ],
                        &[
                            "what is my locker code",
                            "what do you know about the plants",
                            "where is the spare key",
                            "what does Ana like",
                            "when is Ana's birthday",
                        ],
                    ),
                    IntentSpec::new(
                        "name",
                        &[
                            "(what's|what is|whats|what was) my [current|full] name [saved as|saved under|again]",
                            "[do you] (know|remember|say|tell me) [what] my name [is] [if you know it]",
                            "my name is what",
                            "(what|how) (do|did|will|would|can|are) you (call|refer to|address|know|save|have|going to call|going to refer to) me [by|as|under]",
                            "(what|which) name (do|did|will|would) you (call me|know me by|use for me|refer to me as|have [saved|listed|stored] for me|have me under)",
                            "(what|which) name (have you got|is) [saved|listed|stored] for me",
                            "what name am i (under|saved under|known by)",
                            "what do you have (me|my name) (saved|stored|listed) (under|as)",
                            "what (am i called|do i go by|did i tell you to call me)",
                            "what do you think (my name is|i am called|i'm called)",
                            "[do you know] who i am",
                            "who do you think i am",
                        ],
                        &[
                            "what's my name",
                            "what do you call me",
                            "do you know who I am",
                        ],
                    ),
                    IntentSpec::new(
                        "introduce",
                        &[
                            "my name is {name}",
                            "my name's {name}",
                            "(i'm|i am) called {name}",
                            "[you can|please|just|from now on|from now on you can|from now on please] call me {name} [from now on|please]",
                            "(i'd|i would) like (you to call me|to be called) {name}",
                        ],
                        &["my name is Sam", "call me Sam"],
                    ),
                    IntentSpec::new(
                        "recall_all",
                        &[
                            "what do you remember",
                            "what do you know",
                            "what have I told you",
                            "recall everything",
                            "(show|list) [me] [everything] [in] [my] memory",
                        ],
                        &["what do you remember", "show my memory"],
                    ),
                    IntentSpec::new(
                        "edit",
                        &[
                            "(change|update|correct|set) {topic} to {value}",
                            "actually {what} is {value}",
                        ],
                        &["change my locker code to 1234"],
                    ),
                    IntentSpec::new(
                        "forget",
                        &[
                            "forget [about] [that] {topic}",
                            "(delete|remove) [the|my] (note|notes|memory) [about|on] {topic}",
                        ],
                        &["forget my locker code", "delete the note about milk"],
                    ),
                    IntentSpec::answer(
                        "confirm",
                        &[
                            &format!("{YES} [please]"),
                            &format!("{YES} [please] (forget|delete) (it|them|that)"),
                        ],
                        &["yes", "yes, forget it"],
                    ),
                    IntentSpec::answer(
                        "cancel",
                        &[
                            &format!("{NO} [thanks|thank you]"),
                            "(no|nope) (keep|don't forget) (it|them|that)",
                            "keep (it|them)",
                        ],
                        &["no", "keep it"],
                    ),
                    IntentSpec::answer(
                        "undo",
                        &[
                            "undo [that|it]",
                            "bring (it|them) back",
                            "undo (forget|forgetting|the change)",
                        ],
                        &["undo"],
                    ),
                ],
                tools: vec![
                    ToolRef::new(SYSTEM_SERVER, "search_notes"),
                    ToolRef::new(SYSTEM_SERVER, "list_notes"),
                    ToolRef::new(SYSTEM_SERVER, "delete_note"),
                    ToolRef::new(SYSTEM_SERVER, "add_note"),
                    ToolRef::new(GRAPH_SERVER, "search_nodes"),
                    ToolRef::new(GRAPH_SERVER, "read_graph"),
                    ToolRef::new(GRAPH_SERVER, "delete_entities"),
                    ToolRef::new(GRAPH_SERVER, "delete_observations"),
                    ToolRef::new(GRAPH_SERVER, "create_entities"),
                    ToolRef::new(GRAPH_SERVER, "create_relations"),
                    ToolRef::new(GRAPH_SERVER, "add_observations"),
                ],
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

    /// Recall and edit take what a person keeps: not a question for their bank or another
    /// service ("what's my credit limit"), a search for a place ("where is the nearest
    /// pharmacy", "where is Fiji": "where is" wants `the`, `my` or `our` in front of the thing),
    /// a question about Roxy ("where are you from") or a setting ("set the volume to low":
    /// an edit changes "my ..."; "actually ... is ..." is always one).
    fn accepts(&self, intent: &str, parameters: &BTreeMap<String, String>) -> bool {
        let words = |name: &str| -> Vec<String> {
            parameters
                .get(name)
                .map(|text| {
                    text.split_whitespace()
                        .map(|w| w.to_lowercase().trim_end_matches("'s").to_string())
                        .collect()
                })
                .unwrap_or_default()
        };
        let held_elsewhere = |words: &[String]| {
            words.iter().any(|w| {
                HELD_BY_A_SERVICE.contains(&w.as_str())
                    || READ_FROM_THE_COMPUTER.contains(&w.as_str())
            })
        };
        match intent {
            "recall" => {
                if parameters.contains_key("parked") {
                    // "where did I park (the car)"
                    words("parked")
                        .first()
                        .is_some_and(|w| ["park", "parked"].contains(&w.as_str()))
                } else if parameters.contains_key("where") {
                    let place = words("where");
                    let owned = place
                        .first()
                        .is_some_and(|w| ["the", "my", "our"].contains(&w.as_str()));
                    owned
                        && !held_elsewhere(&place)
                        && !place.iter().any(|w| PLACE_SEARCH.contains(&w.as_str()))
                } else if let Some(whose) = parameters.get("whose") {
                    // "when is Ana's birthday": one word, a possessive (people name whom they
                    // know by a first name; "Arnold Schwarzenegger's birthday" is a search).
                    let whose = whose.to_lowercase();
                    whose.split_whitespace().count() == 1
                        && (whose.ends_with("'s") || whose.ends_with("s'"))
                        && !held_elsewhere(&words("whose"))
                } else if parameters.contains_key("who") {
                    // "what does Ana like", "where does my sister live": a person known by a
                    // first name or as the person's own, not "you", "people", "water taste"
                    // or "Sofia Vergara".
                    let who = words("who");
                    let own = who
                        .first()
                        .is_some_and(|w| ["my", "our"].contains(&w.as_str()));
                    (who.len() == 1 || own && who.len() <= 3)
                        && !who
                            .first()
                            .is_some_and(|w| NOT_A_PERSON.contains(&w.as_str()))
                        && !held_elsewhere(&who)
                } else if parameters.contains_key("mine") {
                    // "who is my sister": the person's own things only ("who is the president"
                    // is not in their memory).
                    let mine = words("mine");
                    mine.first()
                        .is_some_and(|w| ["my", "our"].contains(&w.as_str()))
                        && !held_elsewhere(&mine)
                } else {
                    let topic = words("topic");
                    !held_elsewhere(&topic)
                        && !topic
                            .first()
                            .is_some_and(|w| ["you", "your"].contains(&w.as_str()))
                }
            }
            "introduce" => {
                let name = words("name");
                (1..=3).contains(&name.len())
                    && name.iter().all(|w| {
                        w.chars()
                            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                            && !NOT_A_NAME.contains(&w.as_str())
                    })
            }
            "edit" => {
                let topic = words("topic");
                parameters.contains_key("what")
                    || topic.first().is_some_and(|w| w == "my") && !held_elsewhere(&topic)
            }
            _ => true,
        }
    }

    async fn execute(&self, context: SkillContext) -> SkillResult {
        // The topic as the person named it ("my sister", "Ana's birthday").
        let named = match context.parameter("whose") {
            Some(whose) => format!("{whose} birthday"),
            None => ["topic", "parked", "where", "what", "mine", "who"]
                .iter()
                .find_map(|name| context.parameter(name))
                .unwrap_or_default()
                .to_string(),
        };
        let topic = topic_of(&named);
        let answer = match context.intent.as_str() {
            "remember" => {
                let fact = context.parameter("fact").unwrap_or_default();
                let bare = fact.trim().trim_end_matches(['.', '!']).to_lowercase();
                if ["", "that", "this", "it"].contains(&bare.as_str()) {
                    // "remember that" with nothing after it: nothing to keep.
                    return SkillResult::success(
                        "What should I remember? Say e.g. \"remember that my locker code is 4711\".",
                    )
                    .with_follow_up("What should I remember?");
                }
                self.remember(&context, fact)
            }
            "recall" if context.parameters.contains_key("who") => {
                self.recall_about_someone(&context, &topic, &named).await
            }
            "recall" => self.recall(&context, &topic, &named).await,
            "name" => self.recall_name(&context).await,
            "introduce" => self.learn_name(&context),
            "recall_all" => self.recall_all(&context).await,
            "edit" => self.edit(&context, &topic),
            "forget" => self.ask_to_forget(&context, &topic).await,
            "confirm" => self.forget_pending(&context).await,
            "cancel" => take_open(&context).map(|open| match open {
                Some(Open::Forget(_)) => SkillResult::success("OK, I'll keep it."),
                _ => SkillResult::success("OK."),
            }),
            "undo" => self.undo(&context).await,
            other => Err(format!("memory has no intent `{other}`")),
        };
        answer.unwrap_or_else(|error| {
            tracing::error!("memory skill: {error}");
            SkillResult::failure(format!("I couldn't reach my memory: {error}"))
        })
    }
}

impl MemorySkill {
    /// "my name is Sam", "call me Sam": kept as the fact "my name is Sam", in place of the one
    /// told before (which "undo" brings back).
    fn learn_name(&self, context: &SkillContext) -> Result<SkillResult, String> {
        let said = context.parameter("name").unwrap_or_default().trim();
        // Typed or heard in lower case ("sam"), a name is still written as one; a name with
        // capitals of its own ("McKay", "de Vries") stays as given.
        let name = if said.chars().any(char::is_uppercase) {
            said.to_string()
        } else {
            said.split_whitespace()
                .map(capitalised)
                .collect::<Vec<_>>()
                .join(" ")
        };
        let text = format!("my name is {name}");
        match MemorySkill::name_fact(context)? {
            Some(old) if old.text.eq_ignore_ascii_case(&text) => Ok(SkillResult::success(format!(
                "I know: your name is {name}."
            ))),
            Some(old) => {
                let before = context
                    .memory
                    .replace(old.id, &text)
                    .map_err(|e| e.to_string())?;
                let answer = SkillResult::success(format!(
                    "Got it, {name}: I'll call you that from now on (before: {}). Say \"undo\" to change it back.",
                    said_back(&old.text)
                ));
                leaving_open(
                    context,
                    answer,
                    &Open::Undo(before.into_iter().map(Item::Edited).collect()),
                )
            }
            None => {
                context.memory.remember(&text).map_err(|e| e.to_string())?;
                Ok(SkillResult::success(format!(
                    "Nice to meet you, {name}. I'll remember your name."
                )))
            }
        }
    }

    /// The fact "my name is ..." told last, if any.
    fn name_fact(context: &SkillContext) -> Result<Option<Fact>, String> {
        Ok(context
            .memory
            .matching("my name")
            .map_err(|e| e.to_string())?
            .into_iter()
            .find(|fact| {
                let said = fact.text.to_lowercase();
                said.starts_with("my name is ") || said.starts_with("my name's ")
            }))
    }

    /// "what's my name": what Roxy was told about the person's name, or how to tell it.
    async fn recall_name(&self, context: &SkillContext) -> Result<SkillResult, String> {
        if let Some(fact) = MemorySkill::name_fact(context)? {
            let name = fact
                .text
                .get("my name".len()..)
                .unwrap_or_default()
                .trim_start_matches("'s")
                .trim_start_matches(" is")
                .trim();
            return Ok(SkillResult::success(format!("Your name is {name}."))
                .with_data(json!({ "items": [fact.text] })));
        }
        let found = self.recall(context, "name", "my name").await?;
        if found.details.data.is_none() {
            return Ok(SkillResult::success(
                "You haven't told me your name yet. Say \"remember that my name is ...\" and I'll keep it.",
            ));
        }
        Ok(found)
    }

    /// Everything about `topic`: facts (every word when some fact has them all, else any),
    /// notes (every word), the graph (the phrase). `named` is the topic as the person said it,
    /// said back in the answer ("my sister": "Here's what I know about your sister").
    async fn recall(
        &self,
        context: &SkillContext,
        topic: &str,
        named: &str,
    ) -> Result<SkillResult, String> {
        let about_the_person = ["me", "myself"].contains(&topic.to_lowercase().as_str());
        if !crate::memory::searchable(topic) && !about_the_person {
            // "what do you know about %": no word to find anything by ("about me" finds
            // everything the person told).
            return Ok(SkillResult::success(format!(
                "I don't know anything about {} yet.",
                said_back(named.trim())
            )));
        }
        let facts = context
            .memory
            .recall(topic, RECALL_LIMIT)
            .map_err(|e| e.to_string())?;
        let more_facts = context
            .memory
            .count_facts(topic)
            .map_err(|e| e.to_string())?
            .saturating_sub(facts.len());
        // Facts holding only some of the words ("your locker code" for "my bike code") are
        // what comes close, not the answer.
        let only_close_facts = !about_the_person
            && !facts.is_empty()
            && context
                .memory
                .matching(topic)
                .map_err(|e| e.to_string())?
                .is_empty();
        let fact_count = facts.len();
        let mut items: Vec<Item> = facts.into_iter().map(Item::Fact).collect();
        items.extend(
            notes(
                context,
                "search_notes",
                json!({ "query": topic, "limit": RECALL_LIMIT }),
            )
            .await,
        );
        items.extend(graph_entities(context, "search_nodes", json!({ "query": topic })).await);
        if items.is_empty() {
            return Ok(SkillResult::success(format!(
                "I don't know anything about {} yet.",
                said_back(named.trim())
            )));
        }
        let lines: Vec<String> = items
            .iter()
            .map(|i| format!("- {}", i.describe()))
            .collect();
        let about = said_back(named.trim());
        let heading = if only_close_facts && items.len() == fact_count {
            format!("I don't know {about} yet. The closest I have")
        } else {
            format!("Here's what I know about {about}")
        };
        let mut answer = format!("{heading}:\n{}", lines.join("\n"));
        if more_facts > 0 {
            answer.push_str(&format!(
                "\n...and {more_facts} more; ask about something more precise to find one."
            ));
        }
        Ok(SkillResult::success(answer).with_data(json!({ "items": lines })))
    }

    /// "what does Ana like", "where does Ana live": the facts about that person that say it
    /// ("Ana likes jazz"), else, saying so, everything Roxy knows about them.
    async fn recall_about_someone(
        &self,
        context: &SkillContext,
        topic: &str,
        named: &str,
    ) -> Result<SkillResult, String> {
        // The template's verb, the last one said ("what does Ana like, please").
        let said = context.user_input.to_lowercase();
        let verb = said
            .split(|c: char| !c.is_alphanumeric())
            .rfind(|word| LIKING.contains(word) || WHERE_ONE_IS.contains(word))
            .unwrap_or("like");
        // "my sister is Ana" makes "what does my sister like" a question about Ana too.
        let mut names = vec![topic.to_string()];
        for fact in context.memory.matching(topic).map_err(|e| e.to_string())? {
            if is_about(&fact, topic)
                && let Some(name) = value_of(&fact.text)
                && (1..=2).contains(&name.split_whitespace().count())
            {
                names.push(name.to_string());
            }
        }
        let mut told = Vec::new();
        for name in &names {
            for fact in context
                .memory
                .matching(&format!("{name} {verb}"))
                .map_err(|e| e.to_string())?
            {
                let line = format!("- {}", said_back(&fact.text));
                if !told.contains(&line) && told.len() < RECALL_LIMIT {
                    told.push(line);
                }
            }
        }
        if !told.is_empty() {
            let also_known_as = match &names[1..] {
                [] => String::new(),
                others => format!(" ({})", others.join(", ")),
            };
            return Ok(SkillResult::success(format!(
                "Here's what I know about {}{also_known_as}:\n{}",
                said_back(named.trim()),
                told.join("\n")
            ))
            .with_data(json!({ "items": told })));
        }
        let question = if WHERE_ONE_IS.contains(&verb) {
            "where"
        } else {
            "what"
        };
        let unknown = format!(
            "I don't know {question} {} {verb}s",
            said_back(named.trim())
        );
        let mut everything = self.recall(context, topic, named).await?;
        if everything.details.data.is_some() {
            everything.response_text = format!("{unknown}. {}", everything.response_text);
        } else {
            everything.response_text = format!("{unknown}, or anything else about them yet.");
        }
        Ok(everything)
    }

    /// Everything, store by store, newest first, with how many more there are.
    async fn recall_all(&self, context: &SkillContext) -> Result<SkillResult, String> {
        let memory = &context.memory;
        let facts = memory
            .recall("", RECALL_ALL_LIMIT)
            .map_err(|e| e.to_string())?;
        let fact_count = memory.count_facts("").map_err(|e| e.to_string())?;
        let notes = notes(context, "list_notes", json!({ "limit": RECALL_ALL_LIMIT })).await;
        let entities = graph_entities(context, "read_graph", json!({})).await;
        if facts.is_empty() && notes.is_empty() && entities.is_empty() {
            return Ok(SkillResult::success(
                "You haven't asked me to remember anything yet.",
            ));
        }
        let mut parts = Vec::new();
        if !facts.is_empty() {
            let mut part = format!("You told me {}:", crate::output::count(fact_count, "thing"));
            for fact in &facts {
                part.push_str(&format!("\n- {}", said_back(&fact.text)));
            }
            if fact_count > facts.len() {
                part.push_str(&format!(
                    "\n...and {} more; ask about something more precise to find one.",
                    fact_count - facts.len()
                ));
            }
            parts.push(part);
        }
        if !notes.is_empty() {
            let lines: Vec<String> = notes
                .iter()
                .filter_map(|n| match n {
                    Item::Note { text, .. } => Some(format!("- {text}")),
                    _ => None,
                })
                .collect();
            parts.push(format!("Your notes:\n{}", lines.join("\n")));
        }
        if !entities.is_empty() {
            let lines: Vec<String> = entities
                .iter()
                .map(|e| format!("- {}", e.describe()))
                .collect();
            parts.push(format!("In the knowledge graph:\n{}", lines.join("\n")));
        }
        Ok(SkillResult::success(parts.join("\n\n")).with_data(json!({ "facts": facts })))
    }

    /// "change my locker code to 1234": the fact about that subject gets the new value after
    /// its last " is " (or becomes "TOPIC is VALUE"). Of several facts holding the topic's
    /// words, the one whose subject is the topic is meant ("my locker code is ..." rather than
    /// "my gym locker code is ..."); when no one or several different ones are, Roxy asks
    /// which rather than pick one.
    fn edit(&self, context: &SkillContext, topic: &str) -> Result<SkillResult, String> {
        let value = context.parameter("value").unwrap_or_default().trim();
        let matching = context.memory.matching(topic).map_err(|e| e.to_string())?;
        let about_topic: Vec<Fact> = match matching.as_slice() {
            [] => {
                return Ok(SkillResult::success(format!(
                    "I don't know anything about {topic} yet; say \"remember that {topic} is {value}\"."
                )));
            }
            [_] => matching,
            several => {
                let about_topic: Vec<Fact> = several
                    .iter()
                    .filter(|fact| is_about(fact, topic))
                    .cloned()
                    .collect();
                if about_topic.is_empty() {
                    return Ok(ask_which_to_change(several, topic, value));
                }
                about_topic
            }
        };
        let old = &about_topic[0].text;
        let new_text = match old.rfind(" is ").or_else(|| old.rfind(" are ")) {
            Some(at) => {
                let verb = if old[at..].starts_with(" is ") {
                    " is "
                } else {
                    " are "
                };
                format!("{}{verb}{value}", &old[..at])
            }
            None => format!("{topic} is {value}"),
        };
        change(context, &about_topic, &new_text)
    }

    /// "remember that my locker code is 4711" when Roxy knows another locker code: the new
    /// value takes the old one's place (two answers to one question help no one), with
    /// "undo" to go back; anything else is kept as a new fact.
    fn remember(&self, context: &SkillContext, fact: &str) -> Result<SkillResult, String> {
        let fact = fact.trim();
        if let Some(subject) = subject_of(fact) {
            let topic = topic_of(subject);
            let about_topic: Vec<Fact> = context
                .memory
                .matching(&topic)
                .map_err(|e| e.to_string())?
                .into_iter()
                .filter(|kept| is_about(kept, &topic))
                .collect();
            let already = about_topic
                .iter()
                .any(|kept| kept.text.eq_ignore_ascii_case(fact));
            if !about_topic.is_empty() && !already {
                return change(context, &about_topic, fact);
            }
        }
        context
            .memory
            .remember(fact)
            .map(|fact| {
                SkillResult::success(format!("I'll remember that {}.", said_back(&fact.text)))
            })
            .map_err(|e| e.to_string())
    }

    /// "delete note 3": the note of that number (as "Noted (note 3)" named it), asked about
    /// as any forget is.
    async fn ask_to_forget_note(
        &self,
        context: &SkillContext,
        number: i64,
    ) -> Result<SkillResult, String> {
        let note = notes(context, "list_notes", json!({ "limit": MAX_NOTES }))
            .await
            .into_iter()
            .find(|note| matches!(note, Item::Note { id, .. } if *id == number));
        let Some(note) = note else {
            return Ok(SkillResult::success(format!(
                "There is no note {number}. Say e.g. \"delete the note about milk\" to find a \
                 note by its words."
            )));
        };
        ask_before_forgetting(context, vec![note])
    }

    /// Finds what "forget TOPIC" would take away and asks before doing it.
    async fn ask_to_forget(
        &self,
        context: &SkillContext,
        topic: &str,
    ) -> Result<SkillResult, String> {
        if let Some(number) = note_number(&context.user_input, topic) {
            return self.ask_to_forget_note(context, number).await;
        }
        if !crate::memory::searchable(topic) {
            // "forget a", "forget %": no word that says what to forget.
            return Ok(SkillResult::success(format!(
                "I don't remember anything about {}.",
                said_back(topic)
            )));
        }
        let facts = context.memory.matching(topic).map_err(|e| e.to_string())?;
        let mut items: Vec<Item> = facts.into_iter().map(Item::Fact).collect();
        let notes = notes(
            context,
            "search_notes",
            json!({ "query": topic, "limit": RECALL_ALL_LIMIT }),
        )
        .await;
        // The notes server finds words inside words; a forget takes whole short words only.
        items.extend(notes.into_iter().filter(|note| match note {
            Item::Note { text, tags, .. } => holds_short_words(text, tags, topic),
            _ => true,
        }));
        let wanted = topic.to_lowercase();
        for entity in graph_entities(context, "search_nodes", json!({ "query": topic })).await {
            let Item::Entity { entity, relations } = entity else {
                continue;
            };
            let name = entity["name"].as_str().unwrap_or_default().to_string();
            if name.to_lowercase() == wanted {
                items.push(Item::Entity { entity, relations });
                continue;
            }
            for observation in entity["observations"].as_array().into_iter().flatten() {
                let text = observation.as_str().unwrap_or_default();
                if text.to_lowercase().contains(&wanted) {
                    items.push(Item::Observation {
                        entity: name.clone(),
                        text: text.to_string(),
                    });
                }
            }
        }
        if items.is_empty() {
            return Ok(SkillResult::success(format!(
                "I don't remember anything about {topic}."
            )));
        }
        ask_before_forgetting(context, items)
    }

    /// "yes" after a forget: deletes what was shown, keeps it for "undo".
    async fn forget_pending(&self, context: &SkillContext) -> Result<SkillResult, String> {
        let Some(Open::Forget(items)) = take_open(context)? else {
            return Ok(SkillResult::success("There's nothing waiting for a yes."));
        };
        let mut forgotten = Vec::new();
        let fact_ids: Vec<i64> = items
            .iter()
            .filter_map(|i| match i {
                Item::Fact(fact) => Some(fact.id),
                _ => None,
            })
            .collect();
        forgotten.extend(
            context
                .memory
                .forget_ids(&fact_ids)
                .map_err(|e| e.to_string())?
                .into_iter()
                .map(Item::Fact),
        );
        for item in items {
            let done =
                match &item {
                    Item::Note { id, .. } => {
                        call(context, SYSTEM_SERVER, "delete_note", json!({ "id": id })).await
                    }
                    Item::Observation { entity, text } => call(
                        context,
                        GRAPH_SERVER,
                        "delete_observations",
                        json!({ "deletions": [{ "entityName": entity, "observations": [text] }] }),
                    )
                    .await,
                    Item::Entity { entity, .. } => {
                        call(
                            context,
                            GRAPH_SERVER,
                            "delete_entities",
                            json!({ "entityNames": [entity["name"]] }),
                        )
                        .await
                    }
                    Item::Fact(_) | Item::Edited(_) => continue,
                };
            if done.is_some() {
                forgotten.push(item);
            }
        }
        let lines: Vec<String> = forgotten
            .iter()
            .map(|i| format!("- {}", i.describe()))
            .collect();
        let answer = SkillResult::success(format!(
            "Forgotten:\n{}\nSay \"undo\" to bring it back.",
            lines.join("\n")
        ));
        leaving_open(context, answer, &Open::Undo(forgotten))
    }

    /// Brings back what the last answer's forget or change took away.
    async fn undo(&self, context: &SkillContext) -> Result<SkillResult, String> {
        let Some(Open::Undo(items)) = take_open(context)? else {
            return Ok(SkillResult::success(
                "There's nothing to undo: I can take back only what my last answer forgot or changed.",
            ));
        };
        let facts: Vec<Fact> = items
            .iter()
            .filter_map(|i| match i {
                Item::Fact(fact) => Some(fact.clone()),
                _ => None,
            })
            .collect();
        context.memory.restore(&facts).map_err(|e| e.to_string())?;
        for item in &items {
            match item {
                Item::Edited(fact) => {
                    context
                        .memory
                        .replace(fact.id, &fact.text)
                        .map_err(|e| e.to_string())?;
                }
                Item::Note { text, tags, .. } => {
                    call(
                        context,
                        SYSTEM_SERVER,
                        "add_note",
                        json!({ "text": text, "tags": tags }),
                    )
                    .await;
                }
                Item::Observation { entity, text } => {
                    call(
                        context,
                        GRAPH_SERVER,
                        "add_observations",
                        json!({ "observations": [{ "entityName": entity, "contents": [text] }] }),
                    )
                    .await;
                }
                Item::Entity { entity, relations } => {
                    call(
                        context,
                        GRAPH_SERVER,
                        "create_entities",
                        json!({ "entities": [entity] }),
                    )
                    .await;
                    call(
                        context,
                        GRAPH_SERVER,
                        "create_relations",
                        json!({ "relations": relations }),
                    )
                    .await;
                }
                Item::Fact(_) => {}
            }
        }
        let lines: Vec<String> = items
            .iter()
            .map(|i| format!("- {}", i.describe()))
            .collect();
        Ok(SkillResult::success(format!(
            "It's back:\n{}",
            lines.join("\n")
        )))
    }
}

/// Shows what a forget would take away and keeps it for a "yes" or "no" said next.
fn ask_before_forgetting(context: &SkillContext, items: Vec<Item>) -> Result<SkillResult, String> {
    let lines: Vec<String> = items
        .iter()
        .map(|i| format!("- {}", i.describe()))
        .collect();
    let count = items.len();
    let (this, it) = if count == 1 {
        ("this".to_string(), "it")
    } else {
        (format!("these {count} things"), "them")
    };
    let question = SkillResult::success(format!(
        "Forget {this}?\n{}\nSay yes to forget {it}, or no to keep {it}.",
        lines.join("\n"),
    ))
    .with_follow_up("yes or no");
    leaving_open(context, question, &Open::Forget(items))
}

/// Gives the first of `facts` (the newest) the text `new_text` and forgets the others (older
/// answers to the same question), keeping what they were for "undo".
fn change(context: &SkillContext, facts: &[Fact], new_text: &str) -> Result<SkillResult, String> {
    let Some((newest, older)) = facts.split_first() else {
        return Err("nothing to change".into());
    };
    let mut before: Vec<Item> = context
        .memory
        .replace(newest.id, new_text)
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(Item::Edited)
        .collect();
    let older_ids: Vec<i64> = older.iter().map(|fact| fact.id).collect();
    before.extend(
        context
            .memory
            .forget_ids(&older_ids)
            .map_err(|e| e.to_string())?
            .into_iter()
            .map(Item::Fact),
    );
    let was: Vec<String> = facts.iter().map(|fact| said_back(&fact.text)).collect();
    let answer = SkillResult::success(format!(
        "Changed: {} (it was: {}). Say \"undo\" to change it back.",
        said_back(new_text),
        was.join("; ")
    ));
    leaving_open(context, answer, &Open::Undo(before))
}

/// "change my code to 5" when Roxy knows a bike code and a locker code: which one?
fn ask_which_to_change(facts: &[Fact], topic: &str, value: &str) -> SkillResult {
    let lines: Vec<String> = facts
        .iter()
        .map(|fact| format!("- {}", said_back(&fact.text)))
        .collect();
    let example = subject_of(&facts[0].text).unwrap_or(topic);
    SkillResult::success(format!(
        "I know {} things about {topic}:\n{}\nWhich one should change? Say e.g. \"change {example} to {value}\".",
        facts.len(),
        lines.join("\n")
    ))
}

/// What a fact is about: its words before the first " is " or " are " ("my locker code" of
/// "my locker code is 4711").
fn subject_of(fact: &str) -> Option<&str> {
    let at = [" is ", " are "]
        .iter()
        .filter_map(|verb| fact.to_ascii_lowercase().find(verb))
        .min()?;
    fact.get(..at)
        .map(str::trim)
        .filter(|subject| !subject.is_empty())
}

/// What a fact says its subject is: the words after the first " is " or " are " ("Ana" of
/// "my sister is Ana").
fn value_of(fact: &str) -> Option<&str> {
    let subject = subject_of(fact)?;
    let rest = fact.get(subject.len()..)?.trim_start();
    let verb = ["is ", "are "]
        .iter()
        .find(|verb| rest.to_ascii_lowercase().starts_with(**verb))?;
    let value = rest.get(verb.len()..)?;
    Some(value.trim().trim_end_matches(['.', '!'])).filter(|value| !value.is_empty())
}

/// Whether `fact` is about `topic` itself ("my locker code is 4711" is about "locker code";
/// "my gym locker code is 2222" is not).
fn is_about(fact: &Fact, topic: &str) -> bool {
    subject_of(&fact.text).is_some_and(|subject| topic_of(subject).eq_ignore_ascii_case(topic))
}

/// The topic without the filler in front ("my", "the", "about").
fn topic_of(raw: &str) -> String {
    let mut words: Vec<&str> = raw.split_whitespace().collect();
    while words.len() > 1 && LEADING_FILLER.contains(&words[0].to_lowercase().as_str()) {
        words.remove(0);
    }
    words.join(" ")
}

/// Calls a tool if its server is configured; its structured result (or its text as JSON), or
/// `None` when the server is missing or the call failed (logged).
async fn call(context: &SkillContext, server: &str, tool: &str, arguments: Value) -> Option<Value> {
    if !context.config.mcp.servers.contains_key(server) {
        return None;
    }
    match context.mcp.call_tool(server, tool, arguments).await {
        Ok(result) if result.success => Some(
            result
                .structured_content
                .clone()
                .or_else(|| serde_json::from_str(&result.text()).ok())
                .unwrap_or(Value::Null),
        ),
        Ok(failed) => {
            tracing::warn!("memory skill: {server}/{tool} failed: {}", failed.text());
            None
        }
        Err(refused) => {
            tracing::warn!("memory skill: {refused}");
            None
        }
    }
}

/// The number of "delete note 3", "forget note #3", "remove note number 3": what was said ends
/// in "note", maybe "number", "no." or "#", and a number, and the topic ends in that number.
fn note_number(said: &str, topic: &str) -> Option<i64> {
    let said = said.to_lowercase();
    let mut words = said
        .split(|c: char| c.is_whitespace() || c == '#')
        .map(|word| word.trim_end_matches(['.', '?', '!']))
        .filter(|word| !word.is_empty())
        .rev();
    let digits = words.next()?;
    let number: i64 = digits.parse().ok()?;
    let before = match words.next()? {
        "number" | "no" => words.next()?,
        word => word,
    };
    (before == "note"
        && topic
            .trim()
            .trim_end_matches(['.', '?', '!'])
            .ends_with(digits))
    .then_some(number)
}

/// Whether a note's text or tags hold every word of `topic` that must match whole
/// ([`crate::memory::whole_words_of`]): the notes server finds `all` in `call`.
fn holds_short_words(text: &str, tags: &[String], topic: &str) -> bool {
    // Split at apostrophes too, as the facts' full-text index does: "Ada's" holds "ada".
    let held: Vec<String> = std::iter::once(text)
        .chain(tags.iter().map(String::as_str))
        .flat_map(|text| text.split(|c: char| !c.is_alphanumeric()))
        .map(str::to_lowercase)
        .collect();
    crate::memory::whole_words_of(topic)
        .iter()
        .all(|word| held.contains(word))
}

/// The notes a notes tool returns.
async fn notes(context: &SkillContext, tool: &str, arguments: Value) -> Vec<Item> {
    let Some(result) = call(context, SYSTEM_SERVER, tool, arguments).await else {
        return Vec::new();
    };
    result["notes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|note| Item::Note {
            id: note["id"].as_i64().unwrap_or_default(),
            text: note["text"].as_str().unwrap_or_default().to_string(),
            tags: note["tags"]
                .as_array()
                .map(|t| {
                    t.iter()
                        .filter_map(|t| t.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect()
}

/// The entities a graph tool returns, each with the relations that touch it.
async fn graph_entities(context: &SkillContext, tool: &str, arguments: Value) -> Vec<Item> {
    let Some(graph) = call(context, GRAPH_SERVER, tool, arguments).await else {
        return Vec::new();
    };
    let relations: Vec<Value> = graph["relations"].as_array().cloned().unwrap_or_default();
    graph["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|entity| {
            let name = &entity["name"];
            Item::Entity {
                entity: entity.clone(),
                relations: relations
                    .iter()
                    .filter(|r| &r["from"] == name || &r["to"] == name)
                    .cloned()
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_topic_loses_the_filler_in_front() {
        assert_eq!(topic_of("my spare key"), "spare key");
        assert_eq!(topic_of("about the plants"), "plants");
        assert_eq!(topic_of("Ada"), "Ada");
        assert_eq!(topic_of("the"), "the");
    }
}
