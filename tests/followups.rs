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
    roxy.shutdown().await;
}
