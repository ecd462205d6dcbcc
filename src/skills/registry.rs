//! The skills Roxy has, assembled: [`SkillRegistry`] holds the built-in skills, the declarative
//! ones from the skills directory and `help`, compiles their templates once and routes
//! utterances to them (templates first, then the [`classifier`]'s confident guesses);
//! [`check_examples`] routes every example phrase (`roxy skills test`).

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::Arc;

use serde::Serialize;

use crate::config::Config;
use crate::skills::builtin::help::HelpSkill;
use crate::skills::intent::IntentTemplate;
use crate::skills::router::{Route, RouteEntry, RouteMatch, Router};
use crate::skills::{
    Skill, SkillError, SkillErrors, builtin, capabilities, classifier, declarative,
};

/// What a match the classifier guessed gives as its template.
pub const GUESSED: &str = "(guessed from requests like it)";

/// The skills Roxy has and the router over their intents.
pub struct SkillRegistry {
    skills: Vec<Arc<dyn Skill>>,
    router: Router,
    /// The intents that answer their skill's own question ([`crate::skills::IntentSpec::answer`]), as
    /// (skill, intent).
    answers: Vec<(String, String)>,
    /// Answer intents that take any words (a template that is one slot, `{what}`), as (skill,
    /// intent, slot): after their skill's question, what no other intent takes.
    free_answers: Vec<(String, String, String)>,
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
        skills.push(Arc::new(HelpSkill::new(&skills)));
        SkillRegistry::new(skills, threshold)
    }

    /// A registry of exactly these skills; compiles every template once.
    pub fn new(skills: Vec<Arc<dyn Skill>>, threshold: f64) -> Result<SkillRegistry, SkillErrors> {
        let mut errors = Vec::new();
        let mut entries = Vec::new();
        let mut free_answers = Vec::new();
        // Where each name was first defined: a file, or built in.
        let mut seen: HashMap<&str, String> = HashMap::new();
        for skill in &skills {
            let manifest = skill.manifest();
            let location = format!("skill `{}`", manifest.name);
            let here = skill.defined_in().unwrap_or("built in").to_string();
            match seen.get(manifest.name.as_str()) {
                Some(first) => errors.push(SkillError {
                    location: location.clone(),
                    message: format!(
                        "two skills have this name ({first}, and {here}); rename one of them"
                    ),
                }),
                None => {
                    seen.insert(&manifest.name, here);
                }
            }
            for intent in &manifest.intents {
                for source in &intent.templates {
                    if let Some(slot) = lone_slot(source).filter(|_| intent.answer) {
                        let (skill, intent) = (manifest.name.clone(), intent.name.clone());
                        free_answers.push((skill, intent, slot.to_string()));
                        continue;
                    }
                    match IntentTemplate::compile(source) {
                        Ok(template) => entries.push(RouteEntry {
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
        let answers = skills
            .iter()
            .flat_map(|skill| {
                let manifest = skill.manifest();
                manifest
                    .intents
                    .iter()
                    .filter(|intent| intent.answer)
                    .map(|intent| (manifest.name.clone(), intent.name.clone()))
            })
            .collect();
        Ok(SkillRegistry {
            skills,
            router: Router::new(entries, threshold),
            answers,
            free_answers,
        })
    }

    pub fn skills(&self) -> &[Arc<dyn Skill>] {
        &self.skills
    }

    pub fn get(&self, name: &str) -> Option<&Arc<dyn Skill>> {
        self.skills.iter().find(|s| s.manifest().name == name)
    }

    /// Routes one utterance; a skill whose [`Skill::accepts`] refuses a match's slots does
    /// not get it. When no template matches, the [`classifier`]'s guess is taken if it is
    /// confident and names an intent of this registry that runs without slots.
    pub fn route(&self, input: &str) -> Route {
        self.route_asked(input, None)
    }

    /// Routes one utterance said right after `asker`'s answer left a question open: to one of
    /// `asker`'s answer intents if one takes it ("yes" after "Cancel all 3 timers?"), else by
    /// the templates of every intent that is not an answer, then to any skill's answer intent
    /// (a "yes" with nothing open, which that skill says), then by the classifier's guess.
    pub fn route_asked(&self, input: &str, asker: Option<&str>) -> Route {
        if let Some(found) = asker.and_then(|asker| self.route_answer(input, Some(asker))) {
            return Route::Matched(found);
        }
        match self.route_by_templates(input) {
            Route::NoMatch => asker
                .and_then(|asker| self.free_answer(input, asker))
                .or_else(|| self.route_answer(input, None))
                .or_else(|| self.guess(input))
                .map_or(Route::NoMatch, Route::Matched),
            route => route,
        }
    }

    /// `input` as the words of `asker`'s answer intent that takes any words, if it has one.
    fn free_answer(&self, input: &str, asker: &str) -> Option<RouteMatch> {
        let (skill, intent, slot) = self.free_answers.iter().find(|(s, ..)| s == asker)?;
        let words = input.trim();
        (!words.is_empty()).then(|| RouteMatch {
            skill: skill.clone(),
            intent: intent.clone(),
            parameters: BTreeMap::from([(slot.clone(), words.to_string())]),
            score: 1.0,
            template: format!("{{{slot}}}"),
        })
    }

    /// Routes one utterance by the templates of the intents that are not answers, alone (no
    /// guess): what [`check_examples`] holds their example phrases to.
    pub fn route_by_templates(&self, input: &str) -> Route {
        self.router
            .route_accepted(input, |found| !self.is_answer(found) && self.accepts(found))
    }

    /// The answer intent that takes `input`: of `asker` only, or of any skill; of several
    /// equally good (the same "yes" of two skills), the first skill's.
    pub fn route_answer(&self, input: &str, asker: Option<&str>) -> Option<RouteMatch> {
        let route = self.router.route_accepted(input, |found| {
            self.is_answer(found)
                && asker.is_none_or(|asker| found.skill == asker)
                && self.accepts(found)
        });
        match route {
            Route::Matched(found) => Some(found),
            Route::Ambiguous(options) => options.into_iter().next(),
            Route::NoMatch => None,
        }
    }

    fn is_answer(&self, found: &RouteMatch) -> bool {
        self.answers
            .iter()
            .any(|(skill, intent)| *skill == found.skill && *intent == found.intent)
    }

    fn accepts(&self, found: &RouteMatch) -> bool {
        self.get(&found.skill)
            .is_none_or(|skill| skill.accepts(&found.intent, &found.parameters))
    }

    /// The classifier's guess for `input` as a match without parameters, if it qualifies.
    fn guess(&self, input: &str) -> Option<RouteMatch> {
        let guess = classifier::builtin()
            .guess(input)
            .filter(|guess| guess.probability >= classifier::MIN_PROBABILITY)?;
        let skill = self.get(&guess.skill)?;
        // A guess has no slots: one that would leave out a place the request names after a
        // slot's cue word (`in`, `at`) is not taken.
        let runs = self
            .router
            .has_template_without_slots(&guess.skill, &guess.intent)
            && !self
                .router
                .says_a_slot_cue(&guess.skill, &guess.intent, input)
            && skill.accepts(&guess.intent, &BTreeMap::new());
        runs.then(|| RouteMatch {
            skill: guess.skill,
            intent: guess.intent,
            parameters: BTreeMap::new(),
            score: guess.probability,
            template: GUESSED.to_string(),
        })
    }

    /// The request a follow-up ("and in Paris?", "what about tomorrow?", "again") makes of the
    /// last matched request, if `input` is one.
    pub fn follow_up(&self, input: &str, last: &RouteMatch) -> Option<RouteMatch> {
        crate::skills::followup::follow_up(input, last, |skill, intent| {
            self.router.slot_names(skill, intent)
        })
    }

    /// One line per skill: name, description and an example phrase.
    pub fn capabilities(&self) -> String {
        capabilities(self.skills.iter().map(|s| s.manifest()))
    }
}

/// The slot a template is made of alone (`{what}`), if it is.
fn lone_slot(template: &str) -> Option<&str> {
    let name = template.trim().strip_prefix('{')?.strip_suffix('}')?;
    (!name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_')).then_some(name)
}

/// The built-in skills (except `help`) and the declarative skills of the configured skills
/// directory.
pub fn configured_skills(config: &Config) -> Result<Vec<Arc<dyn Skill>>, SkillErrors> {
    let mut skills = builtin::skills(config);
    skills.extend(declarative::load_dir(config)?);
    Ok(skills)
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
pub fn check_examples(registry: &SkillRegistry) -> ExamplesReport {
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
                // A template must take the example: a guess would hide a template that
                // no longer matches it.
                let free = registry
                    .free_answers
                    .iter()
                    .any(|(s, i, _)| *s == manifest.name && *i == intent.name);
                let route = if free {
                    registry.route_asked(example, Some(&manifest.name))
                } else if intent.answer {
                    registry
                        .route_answer(example, Some(&manifest.name))
                        .map_or(Route::NoMatch, Route::Matched)
                } else {
                    registry.route_by_templates(example)
                };
                let routed_to = match route {
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
