//! Follow-ups through the orchestrator with the shipped config and the real embedded
//! `roxy_system`: "and in Paris?" and "what about tomorrow?" reuse the last request, "again"
//! repeats it, small talk gets a short answer instead of the capability list.

mod common;

use roxy::config::Config;
use roxy::orchestrator::Orchestrator;

#[tokio::test(flavor = "multi_thread")]
async fn follow_ups_reuse_the_last_intent_and_slots() {
    let data = tempfile::tempdir().unwrap();
    // SAFETY: this test binary has one test, so nothing reads the environment concurrently.
    unsafe { std::env::set_var("ROXY_DATA_DIR", data.path()) };
    let config = Config::load_dir(&common::shipped_config_dir()).unwrap();
    let roxy = Orchestrator::new(config).unwrap();

    let first = roxy.handle("what time is it in Tokyo").await;
    assert!(first.success, "{}", first.text);
    assert_eq!(first.parameters["zone"], "Tokyo");

    let paris = roxy.handle("and in Paris?").await;
    assert!(paris.success, "{}", paris.text);
    assert_eq!(
        (paris.intent.as_deref(), paris.parameters["zone"].as_str()),
        (Some("time"), "Paris")
    );
    assert!(paris.text.contains("Paris"), "{}", paris.text);

    let tomorrow = roxy.handle("what about tomorrow?").await;
    assert_eq!(
        tomorrow.intent.as_deref(),
        Some("date"),
        "{}",
        tomorrow.text
    );
    assert!(
        tomorrow.text.starts_with("Tomorrow is "),
        "{}",
        tomorrow.text
    );

    let again = roxy.handle("again").await;
    assert_eq!(again.intent.as_deref(), Some("date"));
    assert_eq!(again.text, tomorrow.text);

    // "the second one" picks from the last answer's list: a place that was ambiguous...
    let springfield = roxy.handle("what time is it in Springfield").await;
    assert!(
        springfield.text.contains("Which one?"),
        "{}",
        springfield.text
    );
    let second = roxy.handle("the second one").await;
    assert!(second.success, "{}", second.text);
    assert_eq!(second.intent.as_deref(), Some("time"));
    assert!(
        second.parameters["zone"].starts_with("Springfield, "),
        "{:?}",
        second.parameters
    );
    // ...or a listed item, shown on its own.
    for note in ["buy oat milk", "call the plumber"] {
        assert!(roxy.handle(&format!("take a note {note}")).await.success);
    }
    let list = roxy.handle("list my notes").await;
    let listed: Vec<&str> = list
        .text
        .lines()
        .filter_map(|l| l.strip_prefix("- "))
        .collect();
    assert_eq!(listed.len(), 2, "{}", list.text);
    let picked = roxy.handle("the second one").await;
    assert!(picked.success, "{}", picked.text);
    assert!(picked.text.contains(listed[1]), "{}", picked.text);
    assert!(!picked.text.contains(listed[0]), "{}", picked.text);

    let hello = roxy.handle("hi").await;
    assert_eq!(hello.skill.as_deref(), Some("smalltalk"));
    assert!(hello.text.lines().count() == 1, "{}", hello.text);

    a_place_and_a_span_and_days_said_around_today(&roxy).await;
    sums_with_brackets_and_without_an_answer(&roxy).await;
    roxy.shutdown().await;
}

/// The calculator's answers, in words: brackets are kept, a factorial and a remainder are
/// worked out, and a sum without an answer says why instead of "I don't know how to help".
async fn sums_with_brackets_and_without_an_answer(roxy: &Orchestrator) {
    for (said, answer) in [
        ("what is (2 + 3) * 4", "That's 20."),
        ("5!", "That's 120."),
        ("10 mod 3", "That's 1."),
        ("10/0", "Dividing by zero has no answer."),
        (
            "convert 30 mph to km/h",
            "30 miles per hour is 48.28032 kilometres per hour.",
        ),
        ("how many ounces in a cup", "1 cup is 8 fluid ounces."),
        (
            "convert 10 meters to kilograms",
            "Metres measure length and kilograms measure mass, so one can't become the other.",
        ),
    ] {
        let response = roxy.handle(said).await;
        assert_eq!(response.skill.as_deref(), Some("calculator"), "{said}");
        assert_eq!(response.text, answer, "{said}");
    }
}

/// "what time will it be in Paris in 2 hours" is Paris's time two hours on (it was this
/// machine's zone plus two hours, called Paris); "what time in tokyo" is Tokyo's time; "what's
/// tomorrow's date" and "what's the date next week" are not today.
async fn a_place_and_a_span_and_days_said_around_today(roxy: &Orchestrator) {
    /// The minutes past midnight of the first `HH:MM` in `text`.
    fn minutes_of(text: &str) -> i64 {
        let at = text
            .find(':')
            .unwrap_or_else(|| panic!("no time in {text}"));
        let hours: i64 = text[at - 2..at].parse().expect("hours");
        let minutes: i64 = text[at + 1..at + 3].parse().expect("minutes");
        hours * 60 + minutes
    }
    let now = roxy.handle("what time is it in Paris").await;
    let later = roxy
        .handle("what time will it be in Paris in 2 hours")
        .await;
    assert!(later.success, "{}", later.text);
    assert!(later.text.contains("in Paris"), "{}", later.text);
    let apart = (minutes_of(&later.text) - minutes_of(&now.text)).rem_euclid(24 * 60);
    // Two hours on, give or take the minute that may turn between the two answers.
    assert!(
        (120..=121).contains(&apart),
        "{} / {}",
        now.text,
        later.text
    );

    let tokyo = roxy.handle("what time in tokyo").await;
    assert_eq!(tokyo.parameters["zone"], "tokyo", "{}", tokyo.text);
    assert!(tokyo.text.contains("Tokyo"), "{}", tokyo.text);

    for (said, answer) in [
        ("what's tomorrow's date", "Tomorrow is "),
        ("what was yesterday's date", "Yesterday was "),
        ("what day was yesterday", "Yesterday was "),
        ("what's the date next week", "A week from today will be "),
    ] {
        let response = roxy.handle(said).await;
        assert!(
            response.text.starts_with(answer),
            "{said}: {}",
            response.text
        );
    }
}
