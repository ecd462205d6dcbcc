//! Routing benchmark (printed, not asserted): time to route one utterance with the shipped
//! skills and with 1,000 generated skills added (the first time, which builds the expressions of
//! the templates it tries, and after), time to load the templates, and time from starting `roxy`
//! (shipped config) to its first prompt.
//!
//! Run: `cargo bench --bench routing`

use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use roxy::config::Config;
use roxy::skills::{
    IntentSpec, Skill, SkillContext, SkillManifest, SkillRegistry, SkillResult, configured_skills,
};

const GENERATED_SKILLS: usize = 1_000;
const ROUTING_ROUNDS: usize = 200;
const STARTS: usize = 5;

/// A generated skill: only its manifest matters to the router.
struct GeneratedSkill {
    manifest: SkillManifest,
}

#[async_trait::async_trait]
impl Skill for GeneratedSkill {
    fn manifest(&self) -> &SkillManifest {
        &self.manifest
    }

    async fn execute(&self, _context: SkillContext) -> SkillResult {
        SkillResult::success("")
    }
}

fn generated(index: usize) -> Arc<dyn Skill> {
    let thing = format!("gadget{index}");
    Arc::new(GeneratedSkill {
        manifest: SkillManifest {
            name: format!("generated_{index}"),
            description: format!("controls {thing}"),
            intents: vec![
                IntentSpec::new(
                    "show",
                    &[&format!(
                        "(open|show) [the] {thing} (dashboard|panel) [for {{target}}]"
                    )],
                    &[&format!("show the {thing} panel for today")],
                ),
                IntentSpec::new(
                    "count",
                    &[&format!("how many {thing} items [are there]")],
                    &[&format!("how many {thing} items are there")],
                ),
                IntentSpec::new(
                    "set",
                    &[&format!("set [the] {thing} to {{value}}")],
                    &[&format!("set the {thing} to 42")],
                ),
            ],
            tools: Vec::new(),
            network: false,
        },
    })
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shipped_skills(config: &Config) -> Vec<Arc<dyn Skill>> {
    configured_skills(config).expect("the shipped skills load")
}

fn registry(skills: Vec<Arc<dyn Skill>>, config: &Config) -> SkillRegistry {
    SkillRegistry::with_help(skills, config.roxy.skills.match_threshold).expect("templates compile")
}

/// Mean time to route each of `utterances`: the first time (which builds the expressions of
/// the templates it tries), then over `ROUTING_ROUNDS` more rounds.
fn time_routing(registry: &SkillRegistry, utterances: &[String]) -> (Duration, Duration) {
    let route_all = |rounds: usize| {
        let started = Instant::now();
        for _ in 0..rounds {
            for utterance in utterances {
                black_box(registry.route(black_box(utterance)));
            }
        }
        started.elapsed() / (rounds * utterances.len()) as u32
    };
    (route_all(1), route_all(ROUTING_ROUNDS))
}

fn utterances(registry: &SkillRegistry) -> Vec<String> {
    let mut phrases: Vec<String> = registry
        .skills()
        .iter()
        .flat_map(|s| s.manifest().intents.iter())
        .flat_map(|i| i.examples.iter().cloned())
        .take(40)
        .collect();
    phrases.extend(
        [
            "paint the fence purple",
            "what tiime is it",
            "remember that the blue folder is in the second drawer",
        ]
        .map(String::from),
    );
    phrases
}

fn time_to_first_prompt() -> Option<Duration> {
    let data = std::env::temp_dir().join(format!("roxy-bench-{}", std::process::id()));
    let mut total = Duration::ZERO;
    for _ in 0..STARTS {
        let mut command = Command::new(env!("CARGO_BIN_EXE_roxy"));
        command.env("ROXY_DATA_DIR", &data).current_dir(root());
        let started = Instant::now();
        let mut session = expectrl::Session::spawn(command).ok()?;
        session.set_expect_timeout(Some(Duration::from_secs(60)));
        session.expect("roxy> ").ok()?;
        total += started.elapsed();
        session.send_line("/quit").ok()?;
        session.expect(expectrl::Eof).ok()?;
    }
    let _ = std::fs::remove_dir_all(&data);
    Some(total / STARTS as u32)
}

fn main() {
    let config = Config::load_dir(&root().join("config")).expect("the shipped config loads");

    let shipped = registry(shipped_skills(&config), &config);
    let phrases = utterances(&shipped);
    let templates = |r: &SkillRegistry| -> usize {
        r.skills()
            .iter()
            .flat_map(|s| s.manifest().intents.iter())
            .map(|i| i.templates.len())
            .sum()
    };
    let (shipped_first, shipped_time) = time_routing(&shipped, &phrases);
    println!(
        "shipped skills: {} skills, {} templates: {:.1} µs per utterance ({:.0} µs the first time)",
        shipped.skills().len(),
        templates(&shipped),
        shipped_time.as_secs_f64() * 1e6,
        shipped_first.as_secs_f64() * 1e6
    );

    let mut skills = shipped_skills(&config);
    skills.extend((0..GENERATED_SKILLS).map(generated));
    let compile_started = Instant::now();
    let large = registry(skills, &config);
    let compile_time = compile_started.elapsed();
    let mut large_phrases = phrases.clone();
    large_phrases.extend(
        [
            "show the gadget517 panel for the kitchen",
            "how many gadget3 items",
            "set gadget999 to 7",
        ]
        .map(String::from),
    );
    let (large_first, large_time) = time_routing(&large, &large_phrases);
    println!(
        "with {GENERATED_SKILLS} generated skills: {} skills, {} templates: {:.1} µs per utterance ({:.0} µs the first time; {:.1}x the shipped set); loading them took {:.0} ms",
        large.skills().len(),
        templates(&large),
        large_time.as_secs_f64() * 1e6,
        large_first.as_secs_f64() * 1e6,
        large_time.as_secs_f64() / shipped_time.as_secs_f64(),
        compile_time.as_secs_f64() * 1e3
    );

    match time_to_first_prompt() {
        Some(time) => println!(
            "roxy start to first prompt (shipped config, mean of {STARTS}): {:.0} ms",
            time.as_secs_f64() * 1e3
        ),
        None => println!("roxy start to first prompt: could not drive roxy in a pseudo-terminal"),
    }
}
