//! The fallback for requests no template matches: a multinomial naive Bayes classifier over
//! words and word pairs, trained on the tuning part of the phrasebook (requests people wrote
//! for CLINC150 and SLURP, labelled with the Roxy intent they mean or `none`; see
//! [`phrasebook`](super::phrasebook)). Templates spell out wordings; the classifier learns which
//! words say what, so "do you recall my name" reaches the memory's `name` intent though no
//! template has that wording.
//!
//! It only guesses: the registry takes a guess when it is confident ([`MIN_PROBABILITY`]) and
//! the intent can run without slots (a guess has no parameters), and never over a template match.
//! The held-out part of the phrasebook is never trained on: it stays the measure of both.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::phrasebook::{self, Expected, Part};

/// The phrasebook the classifier learns from, built into the binary (its held-out part is
/// skipped when training).
const PHRASEBOOK: &str = include_str!("../../tests/phrasebooks/phrases.tsv");

/// Add-α smoothing of word counts.
const SMOOTHING: f64 = 0.5;

/// The lowest posterior probability of a guess the registry takes. 5-fold cross-validation on
/// the tuning part (README, "Phrasebooks"): 0.9 took 0.3% of the out-of-scope phrases, 0.7 took
/// 0.6% for 4 points more of the in-scope ones.
pub const MIN_PROBABILITY: f64 = 0.9;

/// The class of requests no skill should take.
const NONE: &str = "none";

/// A guess: the intent a request most likely means, and how likely.
#[derive(Debug, Clone, PartialEq)]
pub struct Guess {
    pub skill: String,
    pub intent: String,
    pub probability: f64,
}

/// Word and word-pair counts per class (`skill/intent`, or [`NONE`]).
#[derive(Debug, Default)]
pub struct Classifier {
    classes: Vec<ClassCounts>,
    /// Every feature seen in training (its size is the smoothing's denominator).
    vocabulary: HashSet<String>,
    /// Phrases trained on.
    phrases: usize,
}

#[derive(Debug)]
struct ClassCounts {
    label: String,
    phrases: usize,
    features: HashMap<String, u32>,
    total: u64,
}

/// The classifier trained on the built-in phrasebook's tuning part, on first use.
pub fn builtin() -> &'static Classifier {
    static TRAINED: LazyLock<Classifier> = LazyLock::new(|| {
        let phrases = phrasebook::parse(PHRASEBOOK, "the built-in phrasebook").unwrap_or_default();
        Classifier::train(
            phrases
                .iter()
                .filter(|phrase| phrase.part == Part::Tuning)
                .filter_map(|phrase| {
                    Some((phrase.text.as_str(), training_label(&phrase.expected)?))
                }),
        )
    });
    &TRAINED
}

/// The class a phrasebook phrase trains: its intent, or `none`. A phrase labelled with a skill
/// only is left out (it names no intent to guess), except `memory`, which the phrasebook's
/// mapping gives only to CLINC150's `user_name` ("what is my name"): the memory's `name` intent.
fn training_label(expected: &Expected) -> Option<String> {
    match expected {
        Expected::Intent { skill, intent } => Some(format!("{skill}/{intent}")),
        Expected::Nowhere => Some(NONE.to_string()),
        Expected::Skill(skill) if skill == "memory" => Some("memory/name".to_string()),
        Expected::Skill(_) => None,
    }
}

/// Lower-cased words (letters, digits, apostrophes) and each pair of neighbouring words. Not
/// the router's `Utterance`: that drops "hi", "please" and "thanks" at the ends, which are what
/// tells a greeting or thanks from other requests.
fn features(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|word| !word.is_empty())
        .map(|word| word.to_lowercase().replace('’', "'"))
        .collect();
    let pairs = words
        .windows(2)
        .map(|pair| format!("{} {}", pair[0], pair[1]));
    let mut features = words.clone();
    features.extend(pairs);
    features
}

impl Classifier {
    /// Counts the features of `(text, class)` pairs.
    pub fn train<'a>(examples: impl IntoIterator<Item = (&'a str, String)>) -> Classifier {
        let mut classes: Vec<ClassCounts> = Vec::new();
        let mut vocabulary: HashSet<String> = HashSet::new();
        let mut phrases = 0;
        for (text, label) in examples {
            let index = match classes.iter().position(|class| class.label == label) {
                Some(index) => index,
                None => {
                    classes.push(ClassCounts {
                        label,
                        phrases: 0,
                        features: HashMap::new(),
                        total: 0,
                    });
                    classes.len() - 1
                }
            };
            let class = &mut classes[index];
            class.phrases += 1;
            phrases += 1;
            for feature in features(text) {
                class.total += 1;
                *class.features.entry(feature.clone()).or_default() += 1;
                vocabulary.insert(feature);
            }
        }
        Classifier {
            classes,
            vocabulary,
            phrases,
        }
    }

    /// The most likely intent of `text` with its posterior probability; `None` when the most
    /// likely class is `none`, or nothing in `text` was seen in training.
    pub fn guess(&self, text: &str) -> Option<Guess> {
        let known: Vec<String> = features(text)
            .into_iter()
            .filter(|feature| self.vocabulary.contains(feature))
            .collect();
        if known.is_empty() || self.phrases == 0 {
            return None;
        }
        let vocabulary = self.vocabulary.len() as f64;
        let scores: Vec<f64> = self
            .classes
            .iter()
            .map(|class| {
                let prior = (class.phrases as f64 / self.phrases as f64).ln();
                let denominator = class.total as f64 + SMOOTHING * vocabulary;
                prior
                    + known
                        .iter()
                        .map(|feature| {
                            let count = class.features.get(feature).copied().unwrap_or(0);
                            ((f64::from(count) + SMOOTHING) / denominator).ln()
                        })
                        .sum::<f64>()
            })
            .collect();
        let (best, best_score) = scores
            .iter()
            .copied()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(&b.1))?;
        let normaliser: f64 = scores.iter().map(|score| (score - best_score).exp()).sum();
        let (skill, intent) = self.classes[best].label.split_once('/')?;
        Some(Guess {
            skill: skill.to_string(),
            intent: intent.to_string(),
            probability: 1.0 / normaliser,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Classifier {
        Classifier::train(
            [
                ("hello there", "smalltalk/greeting"),
                ("hi how are you", "smalltalk/greeting"),
                ("good morning to you", "smalltalk/greeting"),
                ("what is my name", "memory/name"),
                ("what do you call me", "memory/name"),
                ("what is the weather like", NONE),
                ("book a table for two", NONE),
                ("play some music", NONE),
            ]
            .map(|(text, label)| (text, label.to_string())),
        )
    }

    #[test]
    fn words_seen_with_an_intent_lead_to_it() {
        let classifier = small();
        let guess = classifier.guess("Hello, how are you?").expect("a guess");
        assert_eq!(
            (guess.skill.as_str(), guess.intent.as_str()),
            ("smalltalk", "greeting")
        );
        assert!(guess.probability > 0.5 && guess.probability <= 1.0);
        let guess = classifier.guess("what would you call me").expect("a guess");
        assert_eq!(guess.intent, "name");
    }

    #[test]
    fn the_none_class_and_unknown_words_give_no_guess() {
        let classifier = small();
        assert_eq!(classifier.guess("play the music please"), None);
        assert_eq!(classifier.guess("zyxxy qwerty"), None);
        assert_eq!(classifier.guess(""), None);
        assert_eq!(Classifier::default().guess("hello"), None);
    }

    /// The built-in classifier on phrases of the tuning part it did not see: trained on four
    /// fifths, scored on the fifth, five times (the README's cross-validation numbers).
    #[test]
    fn cross_validation_on_the_tuning_part() {
        let phrases = phrasebook::parse(PHRASEBOOK, "the built-in phrasebook").expect("parses");
        let tuning: Vec<_> = phrases
            .iter()
            .filter(|phrase| phrase.part == Part::Tuning)
            .collect();
        let (mut right, mut in_scope, mut false_accepts, mut out_of_scope) = (0, 0, 0, 0);
        for fold in 0..5 {
            let classifier = Classifier::train(
                tuning
                    .iter()
                    .enumerate()
                    .filter(|(index, _)| index % 5 != fold)
                    .filter_map(|(_, p)| Some((p.text.as_str(), training_label(&p.expected)?))),
            );
            for (_, phrase) in tuning.iter().enumerate().filter(|(i, _)| i % 5 == fold) {
                let guess = classifier
                    .guess(&phrase.text)
                    .filter(|guess| guess.probability >= MIN_PROBABILITY);
                match (&phrase.expected, guess) {
                    (Expected::Nowhere, guess) => {
                        out_of_scope += 1;
                        false_accepts += usize::from(guess.is_some());
                    }
                    (expected, guess) => {
                        in_scope += 1;
                        right +=
                            usize::from(guess.is_some_and(|g| match expected {
                                Expected::Intent { skill, intent } => {
                                    g.skill == *skill && g.intent == *intent
                                }
                                _ => training_label(expected).is_some_and(|label| {
                                    label == format!("{}/{}", g.skill, g.intent)
                                }),
                            }));
                    }
                }
            }
        }
        let (recall, false_accept_rate) = (
            right as f64 / in_scope as f64,
            false_accepts as f64 / out_of_scope as f64,
        );
        println!(
            "cross-validated: {right} of {in_scope} in scope ({:.1}%), {false_accepts} of {out_of_scope} out of scope taken ({:.2}%)",
            recall * 100.0,
            false_accept_rate * 100.0
        );
        assert!(recall > 0.5, "in scope: {recall}");
        assert!(
            false_accept_rate < 0.01,
            "false accepts: {false_accept_rate}"
        );
    }
}
