//! Voice benchmark (printed, not asserted): per-stage latency of one spoken request with the
//! shipped config — spot (the wake word), recognize (pocketsphinx with the skills' grammar, and
//! Whisper tiny.en without one), route, skill, speak (Piper and espeak-ng) — median over
//! `ROXY_BENCH_ROUNDS` rounds (default 3) of a few requests spoken by Piper. The first call of
//! each engine (loading its model, compiling the grammar) is timed on its own.
//!
//! Run: `cargo bench --bench voice` (needs .venv-voice and espeak-ng, like tests/voice.rs)

mod common;

use std::collections::BTreeMap;
use std::time::Instant;

use roxy::config::Config;
use roxy::orchestrator::Orchestrator;
use roxy::voice::{self, Speaker};
use serde_json::json;

const REQUESTS: &[&str] = &[
    "what time is it in tokyo",
    "remember that my locker code is four seven one one",
    "what is my locker code",
    "how are you",
];

fn seconds_since(started: Instant) -> f64 {
    started.elapsed().as_secs_f64()
}

fn main() {
    let rounds: usize = std::env::var("ROXY_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(bench(rounds));
}

async fn bench(rounds: usize) {
    let data = tempfile::tempdir().expect("temporary directory");
    let mut config = Config::load_dir(&common::root().join("config")).expect("shipped config");
    config.roxy.data_dir = Some(data.path().to_path_buf());
    let orchestrator = Orchestrator::new(config).expect("orchestrator");
    let settings = orchestrator.config().roxy.voice.clone();
    let manager = orchestrator.manager();
    let grammar = voice::skills_grammar(&orchestrator);
    let piper = Speaker {
        engine: "piper",
        voice: String::new(),
        speed: 0,
    };
    let espeak = Speaker {
        engine: "espeak-ng",
        voice: "en-us".into(),
        speed: 165,
    };

    // First calls: the models load and the grammar compiles.
    let started = Instant::now();
    let mut spoken = Vec::new();
    for request in REQUESTS {
        let wav = voice::synthesize(manager, &settings, request, &piper)
            .await
            .expect("piper speaks (run scripts/setup.sh)");
        spoken.push(wav);
    }
    println!(
        "first calls: piper {:.2} s (incl. loading the voice, {} requests)",
        seconds_since(started),
        REQUESTS.len()
    );
    let started = Instant::now();
    voice::transcribe(manager, &settings, &spoken[0], Some(&grammar.text))
        .await
        .expect("grammar");
    println!(
        "first calls: pocketsphinx with the grammar {:.2} s ({} templates, incl. compiling and minimizing it)",
        seconds_since(started),
        grammar.templates
    );
    let started = Instant::now();
    voice::transcribe(manager, &settings, &spoken[0], None)
        .await
        .expect("whisper");
    println!(
        "first calls: whisper {:.2} s (incl. loading tiny.en)",
        seconds_since(started)
    );

    let mut stages: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for _ in 0..rounds {
        for (request, wav) in REQUESTS.iter().zip(&spoken) {
            let started = Instant::now();
            let result = manager
                .call_tool(
                    &settings.server,
                    "spot",
                    json!({"audio": base64_of(wav), "keyphrase": settings.wake_word}),
                )
                .await;
            assert!(result.success, "{}", result.text());
            stages
                .entry("1 spot")
                .or_default()
                .push(seconds_since(started));

            let started = Instant::now();
            let grammar_heard = voice::transcribe(manager, &settings, wav, Some(&grammar.text))
                .await
                .expect("grammar");
            stages
                .entry("2 recognize: pocketsphinx + grammar")
                .or_default()
                .push(seconds_since(started));
            let started = Instant::now();
            let free = voice::transcribe(manager, &settings, wav, None)
                .await
                .expect("whisper");
            stages
                .entry("2 recognize: whisper tiny.en")
                .or_default()
                .push(seconds_since(started));

            let started = Instant::now();
            let route = orchestrator.registry().route(&grammar_heard.text);
            stages
                .entry("3 route")
                .or_default()
                .push(seconds_since(started));
            std::hint::black_box(route);

            let started = Instant::now();
            let response = orchestrator.handle(request).await;
            stages
                .entry("4 skill")
                .or_default()
                .push(seconds_since(started));

            for (name, speaker) in [("5 speak: piper", &piper), ("5 speak: espeak-ng", &espeak)] {
                let started = Instant::now();
                voice::synthesize(manager, &settings, &response.text, speaker)
                    .await
                    .expect("speaks");
                stages.entry(name).or_default().push(seconds_since(started));
            }
            println!(
                "{request:?}: grammar heard {:?}, whisper {:?}",
                grammar_heard.text, free.text
            );
        }
    }
    orchestrator.shutdown().await;
    println!(
        "\nper stage, {} requests x {rounds} rounds (wall clock):",
        REQUESTS.len()
    );
    for (stage, samples) in &mut stages {
        let (median, p99) = common::median_p99(samples);
        if median < 0.01 {
            println!(
                "  {stage:<38} median {:>9.1} µs   p99 {:>9.1} µs",
                median * 1e6,
                p99 * 1e6
            );
        } else {
            println!("  {stage:<38} median {median:>7.3} s   p99 {p99:>7.3} s");
        }
    }
}

fn base64_of(bytes: &[u8]) -> String {
    base64::Engine::encode(&base64::engine::general_purpose::STANDARD, bytes)
}
