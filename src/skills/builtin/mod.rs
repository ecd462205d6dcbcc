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

/// Words of the person's as Roxy says them back: "me" is "you", "my keys" are "your keys".
pub(crate) fn said_back(words: &str) -> String {
    words
        .split_whitespace()
        .map(|word| match word.to_lowercase().as_str() {
            "me" | "i" => "you",
            "my" => "your",
            "mine" => "yours",
            "myself" => "yourself",
            "our" => "your",
            "us" => "you",
            _ => word,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

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
