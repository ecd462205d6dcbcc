//! The JSGF grammar the command recognizer listens with, built from the skills' own intent
//! templates: `(a|b)` stays an alternative, `[x]` stays optional, and each `{slot}` becomes a
//! rule filled from `voice.slots` in roxy.yaml or a small default vocabulary, so the recognizer
//! can only hear sentences some skill understands.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::skills::SkillManifest;
use crate::skills::builtin::said_time;

/// Slots whose values are places: filled with [`CITIES`] unless `voice.slots` says otherwise.
const PLACE_SLOTS: &[&str] = &["zone", "city", "place", "timezone", "location"];

/// Cities the time skill resolves, spelled as they are spoken.
pub const CITIES: &[&str] = &[
    "tokyo",
    "london",
    "paris",
    "berlin",
    "new york",
    "sydney",
    "madrid",
    "rome",
    "moscow",
    "chicago",
    "los angeles",
    "toronto",
    "mumbai",
    "singapore",
    "dubai",
    "cairo",
    "beijing",
    "amsterdam",
    "vienna",
    "lisbon",
];

/// Words a free slot (a note, a fact, a search query) may be made of, one or more of them.
pub const COMMON_WORDS: &[&str] = &[
    "a", "about", "and", "at", "buy", "call", "car", "code", "coffee", "cook", "dentist", "dinner",
    "doctor", "door", "eggs", "five", "four", "friday", "garden", "home", "is", "key", "keys",
    "kitchen", "locker", "meeting", "milk", "mom", "monday", "my", "name", "one", "park",
    "password", "phone", "plan", "project", "report", "seven", "six", "sister", "the", "three",
    "today", "tomorrow", "two", "water", "work",
];

/// Words a `{slot:date}` slot may be made of besides months and weekdays
/// ([`said_time::MONTHS`], [`said_time::WEEKDAYS`]): days of the month and holidays.
const DATE_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty",
    "thirtieth",
    "thirty",
    "the",
    "of",
    "this",
    "next",
    "year",
    "christmas",
    "eve",
    "halloween",
    "easter",
    "thanksgiving",
    "valentine's",
    "day",
    "new",
    "year's",
    "independence",
    "memorial",
    "labor",
    "mother's",
    "father's",
    "saint",
    "patrick's",
];

/// A grammar and what could not go into it.
#[derive(Debug, Clone, PartialEq)]
pub struct Grammar {
    /// JSGF V1.0 text, rule `<command>` public.
    pub text: String,
    /// Templates that became rules.
    pub templates: usize,
    /// `(skill, template, why)` for templates with words that cannot be spoken as written.
    pub skipped: Vec<(String, String, String)>,
}

/// Builds the grammar of every intent template of `skills`; `slots` adds spoken values per slot
/// name (lower-case words), replacing the defaults for that slot.
pub fn build<'a>(
    skills: impl IntoIterator<Item = &'a SkillManifest>,
    slots: &BTreeMap<String, Vec<String>>,
) -> Grammar {
    let mut rules = Vec::new();
    let mut skipped = Vec::new();
    let mut used_slots = BTreeSet::new();
    for skill in skills {
        for intent in &skill.intents {
            for template in &intent.templates {
                match template_rule(template, &mut used_slots) {
                    Ok(body) => rules.push((format!("{}.{}", skill.name, intent.name), body)),
                    Err(why) => skipped.push((skill.name.clone(), template.clone(), why)),
                }
            }
        }
    }
    let mut text = String::from("#JSGF V1.0;\n\ngrammar roxy;\n\n");
    let names: Vec<String> = (0..rules.len()).map(|i| format!("<t{i}>")).collect();
    let _ = writeln!(text, "public <command> = {};\n", names.join(" | "));
    for (i, (intent, body)) in rules.iter().enumerate() {
        let _ = writeln!(text, "// {intent}\n<t{i}> = {body};");
    }
    for slot in &used_slots {
        let _ = writeln!(
            text,
            "\n<{}> = {};",
            slot_rule(slot),
            slot_values(slot, slots)
        );
    }
    for (skill, template, why) in &skipped {
        let _ = writeln!(text, "// not spoken: {skill}: \"{template}\" ({why})");
    }
    Grammar {
        text,
        templates: rules.len(),
        skipped,
    }
}

/// Whether `slot` (a template's `{name}` or `{name:type}`) is filled from the free vocabulary,
/// i.e. has no list of its own in `voice.slots` and is not a place.
pub fn is_free_slot(slot: &str, slots: &BTreeMap<String, Vec<String>>) -> bool {
    let name = slot.split(':').next().unwrap_or(slot);
    !PLACE_SLOTS.contains(&name) && !slots.contains_key(name) && !slots.contains_key(slot)
}

fn slot_rule(slot: &str) -> String {
    format!("slot_{slot}")
}

fn slot_values(slot: &str, slots: &BTreeMap<String, Vec<String>>) -> String {
    if let Some(values) = slots.get(slot) {
        return format!("( {} )", values.join(" | "));
    }
    if PLACE_SLOTS.contains(&slot) {
        format!("( {} )", CITIES.join(" | "))
    } else if slot.ends_with(":date") {
        let words: Vec<&str> = said_time::MONTHS
            .iter()
            .chain(&said_time::WEEKDAYS)
            .chain(DATE_WORDS)
            .copied()
            .collect();
        format!("( {} )+", words.join(" | "))
    } else {
        format!("( {} )+", COMMON_WORDS.join(" | "))
    }
}

/// The JSGF body of one template, or why it cannot be spoken.
fn template_rule(template: &str, used_slots: &mut BTreeSet<String>) -> Result<String, String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut chars = template.chars();
    let flush = |word: &mut String, out: &mut Vec<String>| -> Result<(), String> {
        if word.is_empty() {
            return Ok(());
        }
        let spoken = word.to_lowercase();
        if !spoken.chars().all(|c| c.is_ascii_lowercase() || c == '\'') {
            return Err(format!("`{word}` is not a spoken word"));
        }
        out.push(spoken);
        word.clear();
        Ok(())
    };
    while let Some(c) = chars.next() {
        match c {
            '(' | ')' | '[' | ']' | '|' => {
                flush(&mut word, &mut out)?;
                out.push(c.to_string());
            }
            '{' => {
                flush(&mut word, &mut out)?;
                let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                out.push(format!("<{}>", slot_rule(&name)));
                used_slots.insert(name);
            }
            c if c.is_whitespace() => flush(&mut word, &mut out)?,
            c => word.push(c),
        }
    }
    flush(&mut word, &mut out)?;
    Ok(out.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skills::IntentSpec;

    fn skill(name: &str, intents: Vec<IntentSpec>) -> SkillManifest {
        SkillManifest {
            name: name.into(),
            description: String::new(),
            intents,
            tools: Vec::new(),
            network: false,
        }
    }

    #[test]
    fn templates_become_rules_with_alternatives_options_and_slots() {
        let time = skill(
            "time",
            vec![IntentSpec::new(
                "time",
                &["(What's|what is) [the] time [(in|at) {zone}]"],
                &[],
            )],
        );
        let grammar = build([&time], &BTreeMap::new());
        assert_eq!(grammar.templates, 1);
        assert!(grammar.text.starts_with("#JSGF V1.0;"), "{}", grammar.text);
        assert!(
            grammar.text.contains("public <command> = <t0>;"),
            "{}",
            grammar.text
        );
        assert!(
            grammar
                .text
                .contains("<t0> = ( what's | what is ) [ the ] time [ ( in | at ) <slot_zone> ];"),
            "{}",
            grammar.text
        );
        assert!(
            grammar.text.contains("<slot_zone> = ( tokyo | london"),
            "{}",
            grammar.text
        );
    }

    #[test]
    fn configured_slot_values_replace_the_defaults_and_free_slots_repeat() {
        let memory = skill(
            "memory",
            vec![
                IntentSpec::new("remember", &["remember [that] {fact}"], &[]),
                IntentSpec::new("time", &["time in {zone}"], &[]),
            ],
        );
        let slots = BTreeMap::from([("zone".to_string(), vec!["oslo".to_string()])]);
        let grammar = build([&memory], &slots);
        assert!(
            grammar.text.contains("<slot_zone> = ( oslo );"),
            "{}",
            grammar.text
        );
        assert!(
            grammar.text.contains("<slot_fact> = ( a | about"),
            "{}",
            grammar.text
        );
        assert!(grammar.text.contains(" )+;"), "{}", grammar.text);
    }

    #[test]
    fn templates_with_unspeakable_words_are_skipped_and_named() {
        let odd = skill(
            "odd",
            vec![IntentSpec::new("x", &["convert 5 km", "hello there"], &[])],
        );
        let grammar = build([&odd], &BTreeMap::new());
        assert_eq!(grammar.templates, 1);
        assert_eq!(grammar.skipped.len(), 1);
        assert!(
            grammar.skipped[0].2.contains("`5`"),
            "{:?}",
            grammar.skipped
        );
        assert!(
            grammar
                .text
                .contains("// not spoken: odd: \"convert 5 km\"")
        );
    }
}
