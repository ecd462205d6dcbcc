//! The router: matches an utterance against every intent template of every skill and picks the
//! best-scoring skill above a threshold; equally good matches from different skills are a tie.
//!
//! Templates are indexed by a word every match must contain, so an utterance is matched only
//! against the templates that share such a word with it (plus the few that have none).
//!
//! Score of a match: `0.6 + 0.4 * (words matched by template words / words in the utterance)`,
//! so a template that spells out more of the sentence beats one that leaves it to slots
//! (`what time is it in {zone}` beats `{question} in {zone}`). A word the template has but
//! the utterance misspells (edit similarity at least 0.9 to a template word, 4+ letters) still
//! matches, at 0.15 off the score per corrected word (words are compared with template words of
//! the same first letter).

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use super::intent::{IntentTemplate, Utterance};

/// The cue words [`Router::says_a_slot_cue`] heeds: those that name a place (`in Tokyo`, `at
/// the office`). Others (`to`, `for`, `about`) open as many requests that fill no slot.
const PLACE_CUES: [&str; 2] = ["in", "at"];

/// Base score of any full match; the remaining 0.4 rewards template words over slot words.
const BASE_SCORE: f64 = 0.6;
const CORRECTION_PENALTY: f64 = 0.15;
const MIN_CORRECTABLE_LENGTH: usize = 4;
const MIN_CORRECTION_SIMILARITY: f64 = 0.9;

pub use crate::config::DEFAULT_MATCH_THRESHOLD;

/// One template of one intent of one skill.
#[derive(Debug, Clone)]
pub struct RouteEntry {
    pub skill: String,
    pub intent: String,
    pub template: IntentTemplate,
}

/// Where an utterance goes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RouteMatch {
    pub skill: String,
    pub intent: String,
    pub parameters: BTreeMap<String, String>,
    pub score: f64,
    /// The template that matched, as written.
    pub template: String,
}

/// The router's decision.
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    Matched(RouteMatch),
    /// Several skills match equally well: ask which was meant (best first, one per skill).
    Ambiguous(Vec<RouteMatch>),
    NoMatch,
}

/// All templates, compiled once, indexed by a word each of their matches must contain.
#[derive(Debug, Clone)]
pub struct Router {
    entries: Vec<RouteEntry>,
    /// Entry indices by one of their required words (lower-cased), so an utterance is only
    /// matched against templates that share a word with it.
    by_required_word: HashMap<String, Vec<usize>>,
    /// Entries without a required word (every word is optional or in alternatives).
    always_tried: Vec<usize>,
    /// Every template word, lower-cased, by first letter, for typo correction (a misspelt
    /// first letter is not corrected).
    vocabulary: HashMap<char, HashSet<String>>,
    /// `(skill, intent)` of the intents a template of which has a slot right after a
    /// [`PLACE_CUES`] word (`time in {zone}`), for [`Router::says_a_slot_cue`].
    place_slots: HashSet<(String, String)>,
    threshold: f64,
}

impl Router {
    pub fn new(entries: Vec<RouteEntry>, threshold: f64) -> Router {
        // Index each template under its rarest required word, so a common word ("how", "set")
        // does not make every template that contains it a candidate.
        let mut templates_requiring: HashMap<&str, usize> = HashMap::new();
        for entry in &entries {
            for word in entry.template.required_words() {
                *templates_requiring.entry(word).or_default() += 1;
            }
        }
        let mut by_required_word: HashMap<String, Vec<usize>> = HashMap::new();
        let mut always_tried = Vec::new();
        for (index, entry) in entries.iter().enumerate() {
            let rarest = entry
                .template
                .required_words()
                .iter()
                .min_by_key(|word| templates_requiring.get(word.as_str()).copied());
            match rarest {
                Some(word) => by_required_word
                    .entry(word.clone())
                    .or_default()
                    .push(index),
                None => always_tried.push(index),
            }
        }
        let mut vocabulary: HashMap<char, HashSet<String>> = HashMap::new();
        for word in entries
            .iter()
            .flat_map(|e| template_words(e.template.source()))
        {
            if let Some(first) = word.chars().next() {
                vocabulary.entry(first).or_default().insert(word);
            }
        }
        let place_slots = entries
            .iter()
            .filter(|e| {
                e.template
                    .slot_cue_words()
                    .iter()
                    .any(|cue| PLACE_CUES.contains(&cue.as_str()))
            })
            .map(|e| (e.skill.clone(), e.intent.clone()))
            .collect();
        Router {
            entries,
            by_required_word,
            always_tried,
            vocabulary,
            place_slots,
            threshold,
        }
    }

    /// Indices of the entries that may match `utterance`, in entry order.
    fn candidates(&self, utterance: &Utterance) -> Vec<usize> {
        let mut candidates = self.always_tried.clone();
        for word in utterance.words().split(' ') {
            if let Some(indices) = self.by_required_word.get(&word.to_lowercase()) {
                candidates.extend(indices);
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates
    }

    /// The slot names of one intent's templates, each once.
    pub fn slot_names(&self, skill: &str, intent: &str) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for entry in self
            .entries
            .iter()
            .filter(|e| e.skill == skill && e.intent == intent)
        {
            for name in entry.template.slot_names() {
                if !names.iter().any(|n| n == name) {
                    names.push(name.to_string());
                }
            }
        }
        names
    }

    /// Whether `input` says one of the words a slot of the intent follows in its templates
    /// (`in` of `time in {zone}`) with a word after it: what the slot would hold, which a match
    /// without slots would leave out ("is it morning in tokyo" answered with the time here).
    pub fn says_a_slot_cue(&self, skill: &str, intent: &str, input: &str) -> bool {
        if !self
            .place_slots
            .contains(&(skill.to_string(), intent.to_string()))
        {
            return false;
        }
        let words: Vec<String> = input
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        words
            .iter()
            .take(words.len().saturating_sub(1))
            .any(|word| PLACE_CUES.contains(&word.as_str()))
    }

    /// Whether one of the intent's templates has no slots, so that it can run without
    /// parameters.
    pub fn has_template_without_slots(&self, skill: &str, intent: &str) -> bool {
        self.entries.iter().any(|entry| {
            entry.skill == skill && entry.intent == intent && entry.template.slot_names().is_empty()
        })
    }

    /// Routes one utterance.
    pub fn route(&self, input: &str) -> Route {
        self.route_accepted(input, |_| true)
    }

    /// Routes one utterance, leaving out matches `accept` refuses (a skill that cannot use the
    /// slots it would get, e.g. a conversion between words that are no units).
    pub fn route_accepted(&self, input: &str, accept: impl Fn(&RouteMatch) -> bool) -> Route {
        let utterance = Utterance::new(input);
        let mut matches = self.scored_matches(&utterance, 0);
        if let Some(unwrapped) = utterance.without_request_wrapper() {
            matches.extend(self.scored_matches(&unwrapped, 0));
        }
        if matches.is_empty()
            && let Some((corrected, corrections)) = self.correct(&utterance)
        {
            matches = self.scored_matches(&corrected, corrections);
        }
        matches.retain(|m| m.score >= self.threshold && accept(m));
        matches.sort_by(|a, b| b.score.total_cmp(&a.score));
        let mut best_per_skill: Vec<RouteMatch> = Vec::new();
        for candidate in matches {
            if !best_per_skill.iter().any(|m| m.skill == candidate.skill) {
                best_per_skill.push(candidate);
            }
        }
        let Some(best_score) = best_per_skill.first().map(|m| m.score) else {
            return Route::NoMatch;
        };
        best_per_skill.retain(|m| (best_score - m.score).abs() < 1e-9);
        if best_per_skill.len() == 1 {
            Route::Matched(best_per_skill.remove(0))
        } else {
            Route::Ambiguous(best_per_skill)
        }
    }

    fn scored_matches(&self, utterance: &Utterance, corrections: usize) -> Vec<RouteMatch> {
        if utterance.word_count() == 0 {
            return Vec::new();
        }
        let penalty = CORRECTION_PENALTY * corrections as f64;
        self.candidates(utterance)
            .into_iter()
            .filter_map(|index| {
                let entry = &self.entries[index];
                let found = entry.template.matches(utterance)?;
                let coverage = found.literal_words as f64 / utterance.word_count() as f64;
                Some(RouteMatch {
                    skill: entry.skill.clone(),
                    intent: entry.intent.clone(),
                    parameters: found.parameters,
                    score: BASE_SCORE + (1.0 - BASE_SCORE) * coverage - penalty,
                    template: entry.template.source().to_string(),
                })
            })
            .collect()
    }

    /// Replaces words that are not template words with a close template word; `None` when
    /// nothing was corrected.
    fn correct(&self, utterance: &Utterance) -> Option<(Utterance, usize)> {
        let mut corrections = 0;
        let words: Vec<String> = utterance
            .words()
            .split(' ')
            .map(|word| {
                let lower = word.to_lowercase();
                let Some(known_words) = lower.chars().next().and_then(|c| self.vocabulary.get(&c))
                else {
                    return word.to_string();
                };
                if lower.chars().count() < MIN_CORRECTABLE_LENGTH || known_words.contains(&lower) {
                    return word.to_string();
                }
                let closest = known_words
                    .iter()
                    .map(|known| (strsim::jaro_winkler(&lower, known), known))
                    .filter(|(similarity, _)| *similarity >= MIN_CORRECTION_SIMILARITY)
                    .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(a.1)));
                match closest {
                    Some((_, known)) => {
                        corrections += 1;
                        known.clone()
                    }
                    None => word.to_string(),
                }
            })
            .collect();
        (corrections > 0).then(|| (Utterance::new(&words.join(" ")), corrections))
    }
}

/// The literal words of a template source, lower-cased.
fn template_words(source: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut in_slot = false;
    let mut word = String::new();
    for c in source.chars() {
        match c {
            '{' => in_slot = true,
            '}' => in_slot = false,
            c if !(in_slot || c.is_whitespace() || "()[]|".contains(c)) => word.push(c),
            _ => {}
        }
        if (c.is_whitespace() || "()[]{}|".contains(c)) && !word.is_empty() {
            words.push(std::mem::take(&mut word).to_lowercase());
        }
    }
    if !word.is_empty() {
        words.push(word.to_lowercase());
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn router(templates: &[(&str, &str)]) -> Router {
        let entries = templates
            .iter()
            .map(|(skill, template)| RouteEntry {
                skill: skill.to_string(),
                intent: format!("{skill}_intent"),
                template: IntentTemplate::compile(template).unwrap(),
            })
            .collect();
        Router::new(entries, DEFAULT_MATCH_THRESHOLD)
    }

    fn skill_of(route: Route) -> String {
        match route {
            Route::Matched(m) => m.skill,
            other => panic!("expected a match, got {other:?}"),
        }
    }

    #[test]
    fn the_template_that_spells_out_more_wins() {
        let router = router(&[
            ("time", "what time is it [in {zone}]"),
            ("search", "what {question}"),
        ]);
        assert_eq!(skill_of(router.route("what time is it in Tokyo")), "time");
        assert_eq!(skill_of(router.route("what is love")), "search");
        match router.route("What time is it in Tokyo?") {
            Route::Matched(m) => {
                assert_eq!(m.parameters["zone"], "Tokyo");
                assert!(m.score > 0.9, "{}", m.score);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn equal_matches_from_two_skills_are_a_tie() {
        let router = router(&[
            ("system", "status"),
            ("servers", "status"),
            ("help", "help"),
        ]);
        match router.route("status") {
            Route::Ambiguous(options) => {
                let skills: Vec<&str> = options.iter().map(|m| m.skill.as_str()).collect();
                assert_eq!(skills.len(), 2);
                assert!(skills.contains(&"system") && skills.contains(&"servers"));
            }
            other => panic!("expected a tie, got {other:?}"),
        }
    }

    #[test]
    fn nothing_matching_is_no_match() {
        let router = router(&[("time", "what time is it")]);
        assert_eq!(router.route("sing me a song"), Route::NoMatch);
        assert_eq!(router.route(""), Route::NoMatch);
        assert_eq!(router.route("  ?! "), Route::NoMatch);
    }

    #[test]
    fn a_misspelt_template_word_still_matches_with_a_lower_score() {
        let router = router(&[
            ("memory", "remember [that] {fact}"),
            ("time", "what time is it"),
        ]);
        match router.route("what tiime is it") {
            Route::Matched(m) => {
                assert_eq!(m.skill, "time");
                assert!((m.score - 0.85).abs() < 1e-9, "{}", m.score);
            }
            other => panic!("{other:?}"),
        }
        // One template word among many slot words: below the threshold after the penalty.
        assert_eq!(
            router.route("remembr the boiler code is 1234"),
            Route::NoMatch
        );
    }

    #[test]
    fn extracts_template_words() {
        assert_eq!(
            template_words("(what's|what is) [the] time [in {zone}]"),
            ["what's", "what", "is", "the", "time", "in"]
        );
    }
}
