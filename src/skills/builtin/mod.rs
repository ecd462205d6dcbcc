//! The skills every Roxy has. Those that only call one `roxy_system` tool are declarative
//! (YAML built into the binary, the same format as `skills/*.yaml`) and are left out when the
//! config has no `roxy_system` server; the rest are Rust.

pub mod calculator;
pub mod help;
pub mod memory;
pub mod said_time;
pub mod smalltalk;
pub mod timers;
pub mod web_search;

use std::sync::Arc;

use crate::config::Config;
use crate::skills::Skill;
use crate::skills::declarative::DeclarativeSkill;

/// The server the built-in declarative skills call.
pub const SYSTEM_SERVER: &str = "roxy_system";

/// Built-in declarative skills: (file name, YAML); each calls only [`SYSTEM_SERVER`].
const DECLARATIVE: [(&str, &str); 4] = [
    ("time.yaml", include_str!("time.yaml")),
    ("system.yaml", include_str!("system.yaml")),
    ("notes.yaml", include_str!("notes.yaml")),
    ("files.yaml", include_str!("files.yaml")),
];

/// The built-in skills, except `help`, which the registry adds last so it can list everyone.
pub fn skills(config: &Config) -> Vec<Arc<dyn Skill>> {
    let mut skills: Vec<Arc<dyn Skill>> = vec![
        Arc::new(memory::MemorySkill::new()),
        Arc::new(web_search::WebSearchSkill::new(config)),
        Arc::new(smalltalk::SmallTalkSkill::new()),
        Arc::new(calculator::CalculatorSkill::new()),
    ];
    skills.extend(timers::skills());
    if !config.mcp.servers.contains_key(SYSTEM_SERVER) {
        tracing::info!(
            "no `{SYSTEM_SERVER}` server in mcp_servers.yaml: the time, system, notes and files skills are off"
        );
        return skills;
    }
    for (file, text) in DECLARATIVE {
        match DeclarativeSkill::parse(&format!("<built-in>/{file}"), text, config) {
            Ok(skill) => skills.push(Arc::new(skill)),
            Err(errors) => {
                for error in errors {
                    tracing::warn!("built-in skill left out: {error}");
                }
            }
        }
    }
    skills
}

/// `word` with its first letter in upper case ("friday" -> "Friday").
pub(crate) fn capitalised(word: &str) -> String {
    let mut letters = word.chars();
    letters.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(letters).collect()
    })
}

/// Words of the person's as Roxy says them back: "me" is "you", "my keys" are "your keys",
/// "I'm" is "you're", "I am" is "you are". Punctuation around a word stays; an upper-case
/// abbreviation ("US") is not a pronoun.
pub(crate) fn said_back(words: &str) -> String {
    let mut after_i = false;
    words
        .split(' ')
        .map(|word| {
            let core = word.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\''));
            let start = word.find(core).unwrap_or(0);
            let abbreviation = core.len() > 1 && core.chars().all(|c| c.is_ascii_uppercase());
            let lower = core.to_lowercase();
            let said = match lower.as_str() {
                _ if abbreviation => None,
                "me" | "i" | "us" | "we" => Some("you"),
                "my" | "our" => Some("your"),
                "mine" | "ours" => Some("yours"),
                "myself" => Some("yourself"),
                "ourselves" => Some("yourselves"),
                "i'm" | "we're" => Some("you're"),
                "i've" | "we've" => Some("you've"),
                "i'll" | "we'll" => Some("you'll"),
                "i'd" | "we'd" => Some("you'd"),
                "am" if after_i => Some("are"),
                "was" if after_i => Some("were"),
                _ => None,
            };
            after_i = lower == "i";
            match said {
                Some(said) => format!("{}{said}{}", &word[..start], &word[start + core.len()..]),
                None => word.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_person_said_is_said_back_to_them() {
        for (said, back) in [
            ("my sister is Ana", "your sister is Ana"),
            ("I parked on level 3.", "you parked on level 3."),
            ("I am allergic to nuts", "you are allergic to nuts"),
            (
                "I'm vegan, and so is my dad",
                "you're vegan, and so is your dad",
            ),
            (
                "Ana gave me (and us) her keys",
                "Ana gave you (and you) her keys",
            ),
            (
                "our trip to the US was in May",
                "your trip to the US was in May",
            ),
            ("the keys are mine", "the keys are yours"),
            (
                "I was born in 1990; I'll be 40",
                "you were born in 1990; you'll be 40",
            ),
            ("Sam was here", "Sam was here"),
        ] {
            assert_eq!(said_back(said), back, "{said}");
        }
    }

    #[test]
    fn built_in_declarative_skills_load_when_roxy_system_is_configured() {
        let mcp = "servers:\n  roxy_system: { transport: python, module: roxy_system }\n";
        let config = Config::from_texts(
            crate::config::ConfigSource::Embedded,
            std::env::temp_dir(),
            ("mcp_servers.yaml", mcp),
            None,
        )
        .unwrap();
        for (file, text) in DECLARATIVE {
            if let Err(errors) = DeclarativeSkill::parse(file, text, &config) {
                panic!("{errors:#?}");
            }
        }
        assert_eq!(skills(&config).len(), 6 + DECLARATIVE.len());
    }
}
