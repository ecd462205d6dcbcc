//! The declarative skill file: its YAML format (`SkillFile` and the specs inside it), reading
//! the skills directory, and the checker that reports every mistake with its `file:line` before
//! any server starts. The syntax is documented in README.md, "Writing skills"; the placeholder
//! language inside its strings in `template.rs`. About 460 lines of code and 140 of tests: the
//! format and its checker change together, so they stay in one file.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;
use serde_json::{Map, Value};

use super::template::{FILTERS, path_under, placeholder_texts, placeholders, split_filter};
use super::{Action, DeclarativeSkill};
use crate::config::locate::{locate_item, locate_key, yaml_error};
use crate::config::{Config, ToolRef};
use crate::skills::intent::IntentTemplate;
use crate::skills::{IntentSpec, PlannedCall, Skill, SkillError, SkillErrors, SkillManifest};

/// A skill file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SkillFile {
    name: String,
    description: String,
    #[serde(default)]
    network: bool,
    intents: Vec<IntentFile>,
    /// The call of every intent that has no `call` of its own.
    call: Option<CallSpec>,
    /// The answer of every intent that has no `response` of its own.
    response: Option<ResponseSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IntentFile {
    name: String,
    templates: Vec<String>,
    #[serde(default)]
    examples: Vec<String>,
    call: Option<CallSpec>,
    response: Option<ResponseSpec>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CallSpec {
    pub(super) server: String,
    pub(super) tool: String,
    /// Tool arguments; strings (at any depth) are templates. A member whose whole value is one
    /// placeholder of an unfilled slot is left out.
    #[serde(default)]
    pub(super) arguments: Map<String, Value>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ResponseSpec {
    pub(super) text: String,
    pub(super) items: Option<ItemsSpec>,
    /// Said instead of `text` when the `items` list is empty, or, without `items`, when the
    /// tool returned no text.
    pub(super) empty: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ItemsSpec {
    /// Where the list is: `result` or `result.path`.
    pub(super) from: String,
    /// How one element is written; `{item}` / `{item.field}` is the element.
    pub(super) each: String,
}

/// Loads every `*.yaml` / `*.yml` in the configured skills directory (default `skills/` in the
/// project root; a missing default directory means no declarative skills).
pub fn load_dir(config: &Config) -> Result<Vec<Arc<dyn Skill>>, SkillErrors> {
    let (dir, explicit) = match &config.roxy.skills.dir {
        Some(dir) => (config.resolve_path(dir), true),
        None => (config.base_dir.join("skills"), false),
    };
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(error) if !explicit && error.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Vec::new());
        }
        Err(error) => {
            return Err(SkillErrors(vec![SkillError {
                location: dir.display().to_string(),
                message: format!(
                    "cannot read the skills directory: {error}; fix `skills.dir` in roxy.yaml"
                ),
            }]));
        }
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "yaml" || ext == "yml")
        })
        .collect();
    files.sort();
    let mut skills: Vec<Arc<dyn Skill>> = Vec::new();
    let mut errors = Vec::new();
    for path in files {
        match load_file(&path, config) {
            Ok(skill) => skills.push(Arc::new(skill)),
            Err(mut file_errors) => errors.append(&mut file_errors),
        }
    }
    if errors.is_empty() {
        Ok(skills)
    } else {
        Err(SkillErrors(errors))
    }
}

fn load_file(path: &Path, config: &Config) -> Result<DeclarativeSkill, Vec<SkillError>> {
    let label = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|error| {
        vec![SkillError {
            location: label.clone(),
            message: format!("cannot read: {error}"),
        }]
    })?;
    DeclarativeSkill::parse(&label, &text, config)
}

impl DeclarativeSkill {
    /// Parses and checks one skill file; `file` names it in errors.
    pub fn parse(file: &str, text: &str, config: &Config) -> Result<Self, Vec<SkillError>> {
        let parsed: SkillFile = serde_yaml::from_str(text).map_err(|error| {
            let (position, message) = yaml_error(&error);
            let location = match position {
                Some(p) => format!("{file}:{}:{}", p.line, p.column),
                None => file.to_string(),
            };
            vec![SkillError { location, message }]
        })?;
        let mut checker = Checker {
            file,
            text,
            errors: Vec::new(),
        };
        let mut actions = HashMap::new();
        let mut intents = Vec::new();
        let mut tools: Vec<ToolRef> = Vec::new();
        for intent in parsed.intents {
            let here = Block::Intent(&intent.name);
            if actions.contains_key(&intent.name) {
                checker.error(
                    here,
                    &[],
                    None,
                    format!("intent `{}` is defined twice; rename one", intent.name),
                );
            }
            let mut slots: BTreeSet<String> = BTreeSet::new();
            let mut number_slots: BTreeSet<String> = BTreeSet::new();
            let mut templates_compile = true;
            for template in &intent.templates {
                match IntentTemplate::compile(template) {
                    Ok(compiled) => {
                        slots.extend(compiled.slot_names().into_iter().map(String::from));
                        number_slots.extend(compiled.number_slots().iter().cloned());
                    }
                    Err(error) => {
                        templates_compile = false;
                        checker.error(
                            here,
                            &["templates"],
                            Some(template),
                            format!("template `{template}`: {error}"),
                        );
                    }
                }
            }
            if intent.templates.is_empty() {
                checker.error(
                    here,
                    &[],
                    None,
                    format!(
                        "intent `{}` has no templates; add at least one under `templates:`",
                        intent.name
                    ),
                );
            }
            let call = match intent.call {
                Some(call) => Some((call, here)),
                None => parsed.call.clone().map(|call| (call, Block::Skill)),
            };
            let response = match intent.response {
                Some(response) => Some((response, here)),
                None => parsed
                    .response
                    .clone()
                    .map(|response| (response, Block::Skill)),
            };
            let (Some((call, call_block)), Some((response, response_block))) = (call, response)
            else {
                checker.error(
                    here,
                    &[],
                    None,
                    format!(
                        "intent `{}` needs a `call` and a `response`, its own or the skill's",
                        intent.name
                    ),
                );
                continue;
            };
            checker.check_server(&call, call_block, config);
            // Slot checks are only meaningful once every template compiles.
            if templates_compile {
                checker.check_arguments(&call, call_block, &slots);
                checker.check_response(&response, response_block, &slots);
            }
            let tool = ToolRef::new(&call.server, &call.tool);
            if !tools.contains(&tool) {
                tools.push(tool);
            }
            intents.push(IntentSpec {
                name: intent.name.clone(),
                templates: intent.templates,
                examples: intent.examples,
                answer: false,
            });
            let location = format!(
                "{file}:{}",
                checker.line(call_block, &["call", "tool"], None)
            );
            actions.insert(
                intent.name.clone(),
                Action {
                    call: PlannedCall {
                        location,
                        intent: intent.name,
                        server: call.server,
                        tool: call.tool,
                        arguments: call.arguments,
                        number_slots,
                    },
                    response,
                },
            );
        }
        if !checker.errors.is_empty() {
            return Err(checker.errors);
        }
        Ok(DeclarativeSkill {
            file: file.to_string(),
            manifest: SkillManifest {
                name: parsed.name,
                description: parsed.description,
                intents,
                tools,
                network: parsed.network,
            },
            actions,
        })
    }
}

/// Where a checked part of a skill file was written: at the top level (the skill's own `call`
/// and `response`), or in the intent of this name.
#[derive(Debug, Clone, Copy)]
enum Block<'a> {
    Skill,
    Intent(&'a str),
}

/// Collects located errors for one file.
struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    errors: Vec<SkillError>,
}

impl Checker<'_> {
    /// Records `message` at the line of `token` in the value of the key `path` of `block`; at
    /// the key itself when `token` is `None` or not found there, and at the start of the block
    /// when `path` is empty or the key is not found.
    fn error(&mut self, block: Block, path: &[&str], token: Option<&str>, message: String) {
        let error = SkillError {
            location: format!("{}:{}", self.file, self.line(block, path, token)),
            message,
        };
        // A skill-level `call` or `response` is checked once per intent; say it once.
        if !self.errors.contains(&error) {
            self.errors.push(error);
        }
    }

    /// The 1-based line of `token` under `path` in `block`, found by walking the YAML keys
    /// with [`locate_key`] / [`locate_item`] from the block's first line.
    fn line(&self, block: Block, path: &[&str], token: Option<&str>) -> usize {
        let start = match (block, path.first()) {
            (Block::Intent(name), _) => {
                locate_item(self.text, &["intents"], &format!("name: {name}")).map(|p| p.line)
            }
            (Block::Skill, Some(key)) => top_level_line(self.text, key),
            (Block::Skill, None) => None,
        }
        .unwrap_or(1);
        let block_text = from_line(self.text, start);
        let position = match token {
            _ if path.is_empty() => None,
            Some(token) => locate_item(block_text, path, token),
            None => locate_key(block_text, path),
        };
        position.map_or(start, |p| start + p.line - 1)
    }

    fn check_server(&mut self, call: &CallSpec, block: Block, config: &Config) {
        if !config.mcp.servers.contains_key(&call.server) {
            let known: Vec<&str> = config.mcp.servers.keys().map(String::as_str).collect();
            self.error(
                block,
                &["call", "server"],
                None,
                format!(
                    "server `{}` is not defined in mcp_servers.yaml (servers: {})",
                    call.server,
                    known.join(", ")
                ),
            );
        }
    }

    /// Reports unknown filters in `template`, the value of the key `path` of `block`.
    fn check_filters(&mut self, template: &str, block: Block, path: &[&str]) {
        for inner in placeholder_texts(template) {
            if let (_, Some(filter)) = split_filter(inner)
                && !FILTERS.contains(&filter)
            {
                let placeholder = format!("{{{inner}}}");
                self.error(
                    block,
                    path,
                    Some(&placeholder),
                    format!(
                        "unknown filter `{filter}` in `{placeholder}`; filters: {}",
                        FILTERS.join(", ")
                    ),
                );
            }
        }
    }

    fn check_arguments(&mut self, call: &CallSpec, block: Block, slots: &BTreeSet<String>) {
        const ARGUMENTS: &[&str] = &["call", "arguments"];
        for template in call.arguments.values().flat_map(strings_in) {
            self.check_filters(template, block, ARGUMENTS);
            for name in placeholders(template) {
                if name != "input" && !slots.contains(name) {
                    let placeholder = format!("{{{name}}}");
                    self.error(
                        block,
                        ARGUMENTS,
                        Some(&placeholder),
                        format!(
                            "argument placeholder `{placeholder}` is no slot of this intent (slots: {})",
                            slot_list(slots)
                        ),
                    );
                }
            }
        }
    }

    fn check_response(&mut self, response: &ResponseSpec, block: Block, slots: &BTreeSet<String>) {
        const TEXT: &[&str] = &["response", "text"];
        const EMPTY: &[&str] = &["response", "empty"];
        const FROM: &[&str] = &["response", "items", "from"];
        const EACH: &[&str] = &["response", "items", "each"];
        let allowed = |name: &str, extra: &str| {
            slots.contains(name)
                || ["input", "text", extra].contains(&name)
                || name == "result"
                || name.starts_with("result.")
        };
        let items_name = if response.items.is_some() {
            "items"
        } else {
            ""
        };
        let answers: Vec<(&String, &[&str])> = std::iter::once((&response.text, TEXT))
            .chain(response.empty.as_ref().map(|empty| (empty, EMPTY)))
            .collect();
        let each = response.items.as_ref().map(|items| (&items.each, EACH));
        for (text, path) in answers.iter().copied().chain(each) {
            self.check_filters(text, block, path);
        }
        for (text, path) in &answers {
            for name in placeholders(text) {
                if !allowed(name, items_name) {
                    let placeholder = format!("{{{name}}}");
                    self.error(
                        block,
                        path,
                        Some(&placeholder),
                        format!(
                            "response placeholder `{placeholder}` is unknown; use a slot ({}), input, text, result.PATH{}",
                            slot_list(slots),
                            if items_name.is_empty() { "" } else { " or items" }
                        ),
                    );
                }
            }
        }
        if let Some(items) = &response.items {
            if items.from != "result" && !items.from.starts_with("result.") {
                self.error(
                    block,
                    FROM,
                    None,
                    format!("`from: {}` must be `result` or `result.PATH`", items.from),
                );
            }
            for name in placeholders(&items.each) {
                if path_under(name, "item").is_none() && !slots.contains(name) {
                    let placeholder = format!("{{{name}}}");
                    self.error(
                        block,
                        EACH,
                        Some(&placeholder),
                        format!(
                            "`each` placeholder `{placeholder}` is unknown; use item or item.FIELD"
                        ),
                    );
                }
            }
        }
    }
}

/// The line of the top-level key `key`: [`locate_key`] finds a key at any depth, so a match
/// inside an intent (its own `call:`) is passed over.
fn top_level_line(text: &str, key: &str) -> Option<usize> {
    let mut before = 0;
    loop {
        let position = locate_key(from_line(text, before + 1), &[key])?;
        if position.column == 1 {
            return Some(before + position.line);
        }
        before += position.line;
    }
}

/// `text` from its 1-based line `line` on.
fn from_line(text: &str, line: usize) -> &str {
    let offset: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    &text[offset..]
}

fn slot_list(slots: &BTreeSet<String>) -> String {
    if slots.is_empty() {
        "none".into()
    } else {
        slots.iter().cloned().collect::<Vec<_>>().join(", ")
    }
}

/// Every string in `value`, at any depth.
fn strings_in(value: &Value) -> Vec<&str> {
    match value {
        Value::String(text) => vec![text],
        Value::Array(items) => items.iter().flat_map(strings_in).collect(),
        Value::Object(members) => members.values().flat_map(strings_in).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        let mcp = "servers:\n  roxy_system: { transport: python, module: roxy_system }\n";
        Config::from_texts(
            crate::config::ConfigSource::Embedded,
            std::env::temp_dir(),
            ("mcp_servers.yaml", mcp),
            None,
        )
        .unwrap()
    }

    const GOOD: &str = r#"name: notes_count
description: Counts notes
intents:
  - name: count
    templates: ["how many notes [about {topic}]"]
    examples: ["how many notes"]
call:
  server: roxy_system
  tool: notes_search
  arguments: { query: "{topic}", limit: 5 }
response:
  text: "You have {result.count} notes{items}"
  items: { from: result.notes, each: "\n- {item.title}" }
  empty: "No notes."
"#;

    #[test]
    fn parses_a_good_skill() {
        let skill = DeclarativeSkill::parse("notes.yaml", GOOD, &config()).unwrap();
        assert_eq!(
            skill.manifest.tools,
            [ToolRef::new("roxy_system", "notes_search")]
        );
        assert_eq!(skill.manifest.intents[0].examples, ["how many notes"]);
    }

    #[test]
    fn reports_mistakes_with_file_and_line() {
        let broken = GOOD
            .replace("examples: [\"how many notes\"]", "examples: [\"how many notes\"]\n  - name: broken\n    templates: [\"how many [notes\"]")
            .replace("server: roxy_system", "server: roxy_sys")
            .replace("{result.count}", "{count}")
            .replace("{item.title}", "{item.title|shout}");
        let errors = DeclarativeSkill::parse("notes.yaml", &broken, &config()).unwrap_err();
        let rendered: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(rendered.len(), 4, "{rendered:#?}");
        assert!(
            rendered[0].starts_with("notes.yaml:10: server `roxy_sys`"),
            "{}",
            rendered[0]
        );
        assert!(
            rendered[1]
                .starts_with("notes.yaml:15: unknown filter `shout` in `{item.title|shout}`"),
            "{}",
            rendered[1]
        );
        assert!(
            rendered[2].starts_with("notes.yaml:14: response placeholder `{count}`"),
            "{}",
            rendered[2]
        );
        assert!(
            rendered[3].starts_with("notes.yaml:8: template `how many [notes`: column 10"),
            "{}",
            rendered[3]
        );
    }

    #[test]
    fn locates_mistakes_in_the_intent_or_the_top_level_block_they_belong_to() {
        let text = r#"name: two
description: intents with their own calls, and one with the skill's
intents:
  - name: first
    templates: ["first {a}"]
    call:
      server: roxy_system
      tool: t
      arguments: { q: "{a}" }
    response:
      text: "{text}"
  - name: second
    templates: ["second {b}"]
    call:
      server: nowhere
      tool: t
      arguments: { q: "{a}" }
    response:
      text: "{text}"
  - name: third
    templates: ["third"]
call:
  server: roxy_system
  tool: t
response:
  text: "{text} {nothing}"
"#;
        let errors = DeclarativeSkill::parse("two.yaml", text, &config()).unwrap_err();
        let located: Vec<(&str, &str)> = errors
            .iter()
            .map(|e| {
                (
                    e.location.as_str(),
                    &e.message[..e.message.find(' ').unwrap()],
                )
            })
            .collect();
        assert_eq!(
            located,
            [
                ("two.yaml:15", "server"),
                ("two.yaml:17", "argument"),
                ("two.yaml:26", "response")
            ],
            "{errors:#?}"
        );
    }

    #[test]
    fn reports_yaml_errors_with_line_and_column() {
        let errors =
            DeclarativeSkill::parse("x.yaml", "name: x\ndescription: y\nintent: []\n", &config())
                .unwrap_err();
        assert!(
            errors[0].location.starts_with("x.yaml:3:"),
            "{:?}",
            errors[0]
        );
        assert!(
            errors[0].message.contains("unknown field `intent`"),
            "{:?}",
            errors[0]
        );
    }
}
