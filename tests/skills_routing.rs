//! Routing with the shipped skills and config: every example phrase goes to its own intent
//! (library and `roxy skills test`), slots arrive as parameters, unknown requests list what Roxy
//! can do, a broken skill file is reported with its file and line, and web search without a
//! search server says how to configure one.

mod common;

use std::process::Command;

use roxy::config::Config;
use roxy::skills::phrasebook::{self, Part};
use roxy::skills::{Route, SkillRegistry, check_examples};

fn shipped_config() -> Config {
    Config::load_dir(&common::shipped_config_dir()).expect("the shipped config loads")
}

#[test]
fn every_shipped_example_routes_to_its_own_intent() {
    let registry = SkillRegistry::load(&shipped_config()).expect("the shipped skills load");
    let report = check_examples(&registry);
    assert!(report.is_clean(), "{report}");
    assert!(report.examples_checked >= 10, "{report}");
}

#[test]
fn roxy_skills_test_is_clean_on_the_shipped_skills() {
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args(["skills", "test", "--json"])
        .current_dir(common::root())
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)));
    assert!(output.status.success(), "{report:#}");
    assert_eq!(report["failures"], serde_json::json!([]));
    // Every tool the shipped skills name is one the shipped servers list.
    assert_eq!(report["tools_checked"], true, "{report:#}");
    assert_eq!(report["tool_problems"], serde_json::json!([]), "{report:#}");
}

/// Phrases from public datasets (tests/phrasebooks/README.md), tuning part: how many reach the
/// right skill and intent, and how few out-of-scope phrases some skill takes anyway.
#[test]
fn the_tuning_phrasebook_routes_right() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    let file = common::root().join(phrasebook::DEFAULT_PHRASEBOOK);
    let phrases = phrasebook::load(&file).unwrap();
    let report = phrasebook::score(&registry, &file, &phrases, Part::Tuning);
    assert!(
        report.in_scope > 1500 && report.out_of_scope > 5000,
        "{report}"
    );
    assert!(report.routed_right_share >= MIN_ROUTED, "{report}");
    assert!(report.false_accept_rate <= MAX_FALSE_ACCEPTS, "{report}");
}

/// Requests of the tuning part that no template matches and that the classifier's guess routes
/// right (README, "Phrasebooks"): the guess is a slotless intent's, carries no parameters and
/// says it was guessed; requests a template matches are routed as the templates route them.
#[test]
fn what_no_template_matches_is_guessed() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    let file = common::root().join(phrasebook::DEFAULT_PHRASEBOOK);
    let phrases = phrasebook::load(&file).unwrap();
    let mut guessed_right = 0;
    for phrase in phrases.iter().filter(|p| p.part == Part::Tuning) {
        let by_templates = registry.route_by_templates(&phrase.text);
        let routed = registry.route(&phrase.text);
        let Route::NoMatch = by_templates else {
            assert_eq!(routed, by_templates, "{}", phrase.text);
            continue;
        };
        let Route::Matched(guess) = routed else {
            assert_eq!(routed, Route::NoMatch, "{}", phrase.text);
            continue;
        };
        assert_eq!(guess.template, roxy::skills::registry::GUESSED, "{guess:?}");
        assert!(guess.parameters.is_empty(), "{guess:?}");
        assert!(guess.score >= roxy::skills::classifier::MIN_PROBABILITY);
        let right = match &phrase.expected {
            phrasebook::Expected::Intent { skill, intent } => {
                guess.skill == *skill && guess.intent == *intent
            }
            phrasebook::Expected::Skill(skill) => guess.skill == *skill,
            phrasebook::Expected::Nowhere => false,
        };
        guessed_right += usize::from(right);
    }
    assert!(guessed_right >= 100, "{guessed_right} guessed right");
}

/// A guess carries no slots, so it is not taken for a request that names a place after `in` or
/// `at`, a place a template of the intent would have given it: "is it morning in tokyo" was
/// answered with the time here (the place left out), which reads as an answer and is wrong.
/// The same requests without the place are still guessed, and templates still take places.
#[test]
fn a_guess_would_leave_out_a_place_is_not_taken() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    for request in [
        "is it morning in tokyo",
        "is it night in sydney",
        "how late is it now in ourense",
        "what time is 9am EST in London",
    ] {
        assert_eq!(registry.route(request), Route::NoMatch, "{request}");
    }
    let Route::Matched(guess) = registry.route("how late is it now") else {
        panic!("a request without a place is still guessed");
    };
    assert_eq!(
        (guess.skill.as_str(), guess.intent.as_str()),
        ("time", "time")
    );
    let Route::Matched(matched) = registry.route("what time is it in tokyo") else {
        panic!("a template takes the place");
    };
    assert_eq!(matched.parameters["zone"], "tokyo", "{matched:?}");
}

/// Floors for the tuning part, a little under what the templates alone measured (README,
/// "Phrasebooks"; with the classifier, which is trained on this part, it measures more). False
/// accepts are back down (1.0%; 1.3% with the classifier) since recall and edit leave questions
/// for banks, searches for places and settings alone.
const MIN_ROUTED: f64 = 0.66;
const MAX_FALSE_ACCEPTS: f64 = 0.015;

#[test]
fn roxy_skills_test_scores_the_held_out_part_on_request() {
    let run = |extra: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
            .args(["skills", "test", "--json"])
            .args(extra)
            .current_dir(common::root())
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)));
        (output.status.code(), report)
    };
    let (_, tuning) = run(&[]);
    let (_, held_out) = run(&["--held-out"]);
    assert_eq!(tuning["phrasebook"]["part"], "tuning", "{tuning:#}");
    assert_eq!(held_out["phrasebook"]["part"], "heldout");
    let in_scope = |r: &serde_json::Value| r["phrasebook"]["in_scope"].as_u64().unwrap();
    assert!(in_scope(&held_out) > 500 && in_scope(&tuning) > in_scope(&held_out));
    // A floor nobody can reach fails with exit code 1, saying which.
    let (code, _) = run(&["--min-routed", "1.01"]);
    assert_eq!(code, Some(1));
}

#[test]
fn slots_become_parameters() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    match registry.route("Please remember that the car is parked on level 3.") {
        Route::Matched(found) => {
            assert_eq!(
                (found.skill.as_str(), found.intent.as_str()),
                ("memory", "remember")
            );
            assert_eq!(found.parameters["fact"], "the car is parked on level 3");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_unknown_request_matches_nothing() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    assert_eq!(registry.route("paint the fence purple"), Route::NoMatch);
}

#[test]
fn a_broken_skill_file_is_reported_with_file_and_line() {
    let (dir, mut config) = common::config_dir("servers: {}\n");
    let skills = dir.path().join("skills");
    std::fs::create_dir_all(&skills).unwrap();
    std::fs::write(
        skills.join("broken.yaml"),
        "name: broken\ndescription: x\nintents:\n  - name: a\n    templates: [\"say (hi\"]\ncall: { server: nowhere, tool: t }\nresponse: { text: \"{text}\" }\n",
    )
    .unwrap();
    config.roxy.skills.dir = Some(skills.clone());
    let errors = SkillRegistry::load(&config).unwrap_err().to_string();
    let file = skills.join("broken.yaml").display().to_string();
    assert!(
        errors.contains(&format!("{file}:5: template `say (hi`")),
        "{errors}"
    );
    assert!(
        errors.contains(&format!("{file}:6: server `nowhere`")),
        "{errors}"
    );
}

/// Two skills of one name: the error says where each is (a file, or built in), so the person
/// knows which to rename.
#[test]
fn skills_of_one_name_are_reported_with_where_each_is() {
    let (dir, mut config) =
        common::config_dir("servers: { t: { transport: stdio, command: cat } }\n");
    let skills = dir.path().join("skills");
    std::fs::create_dir_all(&skills).unwrap();
    let skill = |name: &str| {
        format!(
            "name: {name}\ndescription: x\nintents:\n  - name: a\n    templates: [\"say {name} please\"]\ncall: {{ server: t, tool: t }}\nresponse: {{ text: \"{{text}}\" }}\n"
        )
    };
    std::fs::write(skills.join("a.yaml"), skill("plants")).unwrap();
    std::fs::write(skills.join("b.yaml"), skill("plants")).unwrap();
    std::fs::write(skills.join("c.yaml"), skill("calculator")).unwrap();
    config.roxy.skills.dir = Some(skills.clone());
    let errors = SkillRegistry::load(&config).unwrap_err().to_string();
    let file = |name: &str| skills.join(name).display().to_string();
    assert!(
        errors.contains(&format!(
            "skill `plants`: two skills have this name ({}, and {})",
            file("a.yaml"),
            file("b.yaml")
        )),
        "{errors}"
    );
    assert!(
        errors.contains(&format!(
            "skill `calculator`: two skills have this name (built in, and {})",
            file("c.yaml")
        )),
        "{errors}"
    );
}

#[test]
fn web_search_without_a_search_server_says_how_to_configure_one() {
    let data = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args(["ask", "--json", "search the web for rust async traits"])
        .env("ROXY_DATA_DIR", data.path())
        .current_dir(common::root())
        .output()
        .unwrap();
    let response: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)));
    assert!(!output.status.success());
    assert_eq!(response["skill"], "web_search");
    assert_eq!(
        response["text"],
        roxy::skills::builtin::web_search::HOW_TO_CONFIGURE
    );
}

fn routed_to(registry: &SkillRegistry, phrase: &str) -> String {
    match registry.route(phrase) {
        Route::Matched(found) => format!("{}/{}", found.skill, found.intent),
        Route::Ambiguous(options) => format!("ambiguous {options:?}"),
        Route::NoMatch => "no skill".into(),
    }
}

/// Asking for one's own name, in the ways people ask it, recalls the name (written for this
/// test; CLINC150's `user_name` is the phrasebook's measure).
#[test]
fn asking_for_my_name_recalls_the_name() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    for phrase in [
        "what's my name",
        "do you know my name",
        "tell me what my name is",
        "what do you call me",
        "how do you refer to me",
        "what name do you have for me",
        "what name have you got saved for me",
        "do you know who I am",
        "say my name",
    ] {
        assert_eq!(routed_to(&registry, phrase), "memory/name", "{phrase}");
    }
}

/// Recall and edit take what a person keeps in their memory, not questions for their bank,
/// a map or a device: those belong to no skill here (or to the language model).
#[test]
fn memory_leaves_accounts_places_and_settings_alone() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    for phrase in [
        "what is my checking account balance",
        "what's my credit limit on the visa",
        "when is my next paycheck",
        "where is the nearest post office",
        "where is a good cafe near me",
        "where are you from",
        "change the kitchen lights to blue",
        "set the volume to 20 percent",
        "change your voice to a female one",
    ] {
        let routed = routed_to(&registry, phrase);
        assert!(!routed.starts_with("memory"), "{phrase} -> {routed}");
    }
    for (phrase, intent) in [
        ("what is my locker code", "memory/recall"),
        ("where is the spare key", "memory/recall"),
        ("where did I put my glasses", "memory/recall"),
        ("when is my dentist appointment", "memory/recall"),
        ("change my locker code to 1234", "memory/edit"),
    ] {
        assert_eq!(routed_to(&registry, phrase), intent, "{phrase}");
    }
}

/// Battery and network addresses are system facts people ask for.
#[test]
fn battery_and_ip_address_questions_reach_the_system_skill() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    for (phrase, intent) in [
        ("how much battery do I have left", "system/battery"),
        ("battery level", "system/battery"),
        ("is the laptop charging", "system/battery"),
        ("what's my ip address", "system/network"),
        (
            "show me the ip addresses of this computer",
            "system/network",
        ),
    ] {
        assert_eq!(routed_to(&registry, phrase), intent, "{phrase}");
    }
}

/// Questions about one part of the computer (memory, OS, CPU, disk, uptime), about notes and
/// about yesterday reach the skill that answers them (phrasings of the trial's classes,
/// written for this test).
#[test]
fn system_notes_and_date_questions_in_other_words() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    for (phrase, intent) in [
        ("how much disk space is left", "system/disk"),
        ("how much ram does the laptop have", "system/status"),
        ("which os is this computer running", "system/status"),
        ("how busy is the processor", "system/status"),
        ("how long has this machine been running", "system/uptime"),
        ("tell me all my notes", "notes/list"),
        ("how many notes are there", "notes/list"),
        ("is there a note about the boiler", "notes/search"),
        ("what was the date yesterday", "time/date"),
        ("yesterday was what day", "time/date"),
        ("hi roxy", "smalltalk/greeting"),
    ] {
        assert_eq!(routed_to(&registry, phrase), intent, "{phrase}");
    }
}

/// "What can you do" in its many wordings reaches help when it addresses Roxy; the same words
/// about something else do not (written for this test).
#[test]
fn what_can_you_do_in_other_words() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    for phrase in [
        "what sorts of questions do you answer",
        "which topics are you good with",
        "what are your abilities",
        "tell me what things you can do",
        "can i ask you about anything",
    ] {
        assert_eq!(
            routed_to(&registry, phrase),
            "help/capabilities",
            "{phrase}"
        );
    }
    for phrase in [
        "what kind of shoes are on sale",
        "which subjects are taught at the college",
    ] {
        assert_eq!(routed_to(&registry, phrase), "no skill", "{phrase}");
    }
}

/// "Who made you" and "what's your name" in other words (written for this test).
#[test]
fn who_made_you_in_other_words() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    for phrase in [
        "which company developed you",
        "tell me who programmed you",
        "who were your creators",
        "who is responsible for your design",
        "could i get your name",
        "ai, what is your name",
    ] {
        assert_eq!(routed_to(&registry, phrase), "smalltalk/about", "{phrase}");
    }
}

/// What the computer itself tells, asked with "my", goes to the system skill, not to the
/// person's memory ("what's my cpu usage" answered "I don't know anything about cpu usage").
#[test]
fn readings_of_the_computer_asked_with_my_go_to_the_system_skill() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    for (phrase, intent) in [
        ("what's my cpu usage", "system/status"),
        ("what's my memory usage", "system/status"),
        ("what is my disk usage", "system/status"),
        ("how much ram am i using", "system/status"),
        ("how many cores do I have", "system/status"),
        ("what's my hostname", "system/hostname"),
        ("what's my locker code", "memory/recall"),
    ] {
        assert_eq!(routed_to(&registry, phrase), intent, "{phrase}");
    }
}

/// Sums with brackets keep them ("(2 + 3) * 4" is not "2 + 3 * 4"), "5!" keeps its `!`, and a
/// sum without an answer ("10 / 0") still reaches the calculator, which says why.
#[test]
fn brackets_factorials_and_sums_without_an_answer_reach_the_calculator() {
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    for (phrase, expression) in [
        ("(2+3)*4", "(2+3)*4"),
        ("what is (2 + 3) * 4?", "(2 + 3) * 4"),
        ("5!", "5!"),
        ("what is 10 divided by 0", "10 divided by 0"),
        ("10 mod 3", "10 mod 3"),
        ("sqrt(-1)", "sqrt(-1)"),
    ] {
        match registry.route(phrase) {
            Route::Matched(found) => {
                assert_eq!(
                    (found.skill.as_str(), found.parameters.get("expression")),
                    ("calculator", Some(&expression.to_string())),
                    "{phrase}"
                );
            }
            other => panic!("{phrase}: {other:?}"),
        }
    }
    // Brackets and `!` around words are still punctuation.
    assert_eq!(routed_to(&registry, "hi!"), "smalltalk/greeting");
    assert_eq!(
        routed_to(&registry, "(please) set a timer for 5 minutes"),
        "timer/start"
    );
}

/// "a 15 percent tip on 64.50": the tip in cents and the total, adding up as written; "tip the
/// waiter" names no rate and is no sum.
#[tokio::test]
async fn a_tip_is_worked_out_in_cents() {
    let data = tempfile::tempdir().unwrap();
    let mut config = shipped_config();
    config.roxy.data_dir = Some(data.path().to_path_buf());
    let roxy = roxy::orchestrator::Orchestrator::new(config).unwrap();
    for (said, answer) in [
        (
            "15 percent tip on 64.50",
            "A 15% tip on 64.50 is 9.68, 74.18 in all.",
        ),
        (
            "what is an 18% tip for a $52 bill",
            "An 18% tip on 52.00 is 9.36, 61.36 in all.",
        ),
        (
            "what's a twenty percent tip on 45",
            "A 20% tip on 45.00 is 9.00, 54.00 in all.",
        ),
    ] {
        let response = roxy.handle(said).await;
        assert_eq!(response.intent.as_deref(), Some("tip"), "{said}");
        assert_eq!(response.text, answer, "{said}");
    }
    let registry = SkillRegistry::load(&shipped_config()).unwrap();
    assert_ne!(
        routed_to(&registry, "tip the waiter on friday"),
        "calculator/tip"
    );
}
