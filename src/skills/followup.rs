//! Follow-ups: "and in Paris?", "what about tomorrow?", "how about Tokyo", "again" reuse the
//! intent and slots of the last request, with the one new value put in place. The orchestrator
//! asks [`follow_up`] before routing, once a request has been answered.

use std::collections::BTreeMap;

use super::intent::Utterance;
use super::router::RouteMatch;

/// Words that name a day, which turn a follow-up to a time question into a date question.
const DAY_WORDS: &[&str] = &[
    "today",
    "tomorrow",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "weeks",
    "days",
];

/// Slot names a new value most likely replaces, in order of preference.
const PREFERRED_SLOTS: &[&str] = &["zone", "place", "query", "topic", "amount"];

/// What a follow-up asks: the same thing again, or the same thing about something else.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ask {
    Again,
    About(String),
}

fn parse(input: &str) -> Option<Ask> {
    let utterance = Utterance::new(input);
    let words: Vec<&str> = utterance.words().split(' ').collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    match lower.as_slice() {
        ["again"] | ["do", "it", "again"] | ["once", "more"] | ["one", "more", "time"] => {
            return Some(Ask::Again);
        }
        _ => {}
    }
    let lead = match lower.as_slice() {
        ["what", "about", ..] | ["how", "about", ..] => 2,
        ["and", "what", "about", ..] | ["and", "how", "about", ..] => 3,
        ["and", ..] => 1,
        _ => return None,
    };
    let mut rest = &words[lead..];
    // "and in Paris", "what about for tomorrow": the preposition belongs to the template.
    if let Some(first) = rest.first()
        && ["in", "at", "for", "on"].contains(&first.to_lowercase().as_str())
        && rest.len() > 1
    {
        rest = &rest[1..];
    }
    (!rest.is_empty()).then(|| Ask::About(rest.join(" ")))
}

/// The request a follow-up makes, built from the last one; `None` when `input` is no
/// follow-up. `slot_names` gives the slots an intent's templates have (skill, intent).
pub fn follow_up(
    input: &str,
    last: &RouteMatch,
    slot_names: impl Fn(&str, &str) -> Vec<String>,
) -> Option<RouteMatch> {
    let value = match parse(input)? {
        Ask::Again => return Some(last.clone()),
        Ask::About(value) => value,
    };
    let mut next = last.clone();
    let names_a_day = value
        .to_lowercase()
        .split(' ')
        .any(|word| DAY_WORDS.contains(&word));
    if last.skill == "time" && names_a_day {
        // "what time is it" -> "what about tomorrow?": a date question; the date skill reads
        // the day from what was said (`day` keeps "and tomorrow?" after a date question from
        // being the same request, which would repeat what was said before).
        next.intent = "date".into();
        next.parameters = BTreeMap::from([("day".to_string(), value)]);
        return Some(next);
    }
    let mut slots = slot_names(&last.skill, &last.intent);
    slots.sort_by_key(|name| {
        let filled = last.parameters.contains_key(name);
        let preference = PREFERRED_SLOTS
            .iter()
            .position(|p| p == name)
            .unwrap_or(PREFERRED_SLOTS.len());
        (!filled, preference)
    });
    let slot = slots.first()?;
    // "convert 5 miles to kilometers" -> "and 10?": a bare number takes the old one's place
    // and keeps the words after it ("10 miles").
    let number = |text: &str| text.replace(',', "").parse::<f64>().is_ok();
    let value = match last
        .parameters
        .get(slot)
        .and_then(|old| old.split_once(' '))
    {
        Some((old_number, rest)) if number(&value) && number(old_number) => {
            format!("{value} {rest}")
        }
        _ => value,
    };
    next.parameters.insert(slot.clone(), value);
    Some(next)
}

/// "the second one", "2", "first": which of several options a person picked (0-based).
pub fn chosen_option(input: &str) -> Option<usize> {
    const ORDINALS: [&str; 5] = ["first", "second", "third", "fourth", "fifth"];
    let utterance = Utterance::new(input);
    let words: Vec<String> = utterance
        .words()
        .split(' ')
        .map(str::to_lowercase)
        .filter(|w| !["the", "one", "number", "option"].contains(&w.as_str()))
        .collect();
    let [word] = words.as_slice() else {
        return None;
    };
    if let Ok(number) = word.parse::<usize>() {
        return number.checked_sub(1);
    }
    ORDINALS.iter().position(|o| o == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn last(skill: &str, intent: &str, parameters: &[(&str, &str)]) -> RouteMatch {
        RouteMatch {
            skill: skill.into(),
            intent: intent.into(),
            parameters: parameters
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            score: 1.0,
            template: String::new(),
        }
    }

    fn slots(_: &str, intent: &str) -> Vec<String> {
        match intent {
            "time" => vec!["zone".into()],
            "search" => vec!["query".into()],
            _ => Vec::new(),
        }
    }

    #[test]
    fn and_in_paris_puts_paris_in_the_place_slot() {
        let before = last("time", "time", &[("zone", "Tokyo")]);
        let next = follow_up("and in Paris?", &before, slots).unwrap();
        assert_eq!(
            (next.intent.as_str(), next.parameters["zone"].as_str()),
            ("time", "Paris")
        );
        // Also when the first question named no place.
        let next = follow_up("what about São Paulo", &last("time", "time", &[]), slots).unwrap();
        assert_eq!(next.parameters["zone"], "São Paulo");
    }

    #[test]
    fn what_about_tomorrow_after_a_time_question_asks_the_date() {
        let next = follow_up("what about tomorrow?", &last("time", "time", &[]), slots).unwrap();
        assert_eq!(
            (next.skill.as_str(), next.intent.as_str()),
            ("time", "date")
        );
        assert_eq!(next.parameters["day"], "tomorrow");
    }

    #[test]
    fn and_tomorrow_after_a_date_question_is_a_new_request() {
        let before = last("time", "date", &[]);
        let next = follow_up("and tomorrow?", &before, slots).unwrap();
        assert_eq!(next.intent, "date");
        assert_ne!(next, before, "the same match would repeat what was said");
    }

    #[test]
    fn a_bare_number_keeps_the_unit_it_replaces() {
        let slots = |_: &str, _: &str| vec!["amount".to_string(), "unit".to_string()];
        let before = last(
            "calculator",
            "convert",
            &[("amount", "5 miles"), ("unit", "kilometers")],
        );
        let next = follow_up("and 10?", &before, slots).unwrap();
        assert_eq!(next.parameters["amount"], "10 miles");
        assert_eq!(next.parameters["unit"], "kilometers");
        let next = follow_up("what about 3 feet", &before, slots).unwrap();
        assert_eq!(
            next.parameters["amount"], "3 feet",
            "a value with its own unit"
        );
    }

    #[test]
    fn again_repeats_the_request() {
        let before = last("files", "search", &[("query", "report")]);
        assert_eq!(follow_up("again", &before, slots), Some(before.clone()));
        assert_eq!(follow_up("search for cats", &before, slots), None);
        assert_eq!(follow_up("and", &before, slots), None);
    }

    #[test]
    fn ordinals_pick_an_option() {
        assert_eq!(chosen_option("the second one"), Some(1));
        assert_eq!(chosen_option("2"), Some(1));
        assert_eq!(chosen_option("first"), Some(0));
        assert_eq!(chosen_option("the weather"), None);
    }
}
