//! The skills every Roxy has. Those that only call one `roxy_system` tool are declarative
//! (YAML built into the binary, the same format as `skills/*.yaml`) and are left out when the
//! config has no `roxy_system` server; the rest are Rust.

pub mod help;
pub mod memory;
pub mod web_search;

use std::sync::Arc;

use super::Skill;
use super::declarative::DeclarativeSkill;
use crate::config::Config;

/// Built-in declarative skills: (file name, YAML).
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
    ];
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
