//! Voice: `roxy voice --input` end to end on the shipped config, the grammar command, the
//! headless error, and command accuracy — every example phrase of every shipped skill spoken by
//! espeak-ng (two voices and speeds) and Piper, recognized with the grammar built from the
//! templates, and routed. Needs .venv-voice and espeak-ng (scripts/setup.sh installs both).

mod common;

use std::path::Path;
use std::process::Command;

use roxy::config::Config;
use roxy::orchestrator::Orchestrator;
use roxy::skills::Route;
use roxy::voice::{self, Speaker};

/// The lowest share of spoken examples that must route to the right intent with the right slots
/// (measured 178/288 = 0.618 on 2026-12-03 with the shipped skills; README.md, "Voice").
const MIN_COMMAND_ACCURACY: f64 = 0.55;

/// The highest Whisper word error rate on the Harvard sentences (README.md, "Voice").
const MAX_WHISPER_WER: f64 = 0.5;

fn require_voice_setup() {
    let venv = common::root().join(".venv-voice");
    assert!(
        venv.join("pyvenv.cfg").is_file(),
        "{} is missing: run scripts/setup.sh",
        venv.display()
    );
    assert!(
        Command::new("espeak-ng").arg("--version").output().is_ok(),
        "espeak-ng is missing: run scripts/setup.sh (apt-get install espeak-ng)"
    );
}

/// Speaks `text` into `wav` with the espeak-ng program (not through Roxy).
fn espeak(text: &str, wav: &Path) {
    let status = Command::new("espeak-ng")
        .args(["-v", "en-us", "-s", "150", "-w"])
        .arg(wav)
        .arg(text)
        .status()
        .expect("espeak-ng runs");
    assert!(status.success());
}

fn roxy(data: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(common::shipped_config_dir())
        .args(args)
        .env("ROXY_DATA_DIR", data)
        .current_dir(common::root())
        .output()
        .expect("roxy runs")
}

/// `roxy voice --input REQUEST --output ANSWER --json` run in `dir`: the exchange it printed,
/// and the printed text for failure messages.
fn voice_input(dir: &Path, request: &Path, answer: &Path) -> (serde_json::Value, String) {
    let output = roxy(
        dir,
        &[
            "voice",
            "--input",
            request.to_str().unwrap(),
            "--output",
            answer.to_str().unwrap(),
            "--json",
        ],
    );
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    let exchange = serde_json::from_str(&stdout).expect("json");
    (exchange, stdout)
}

#[test]
fn voice_input_answers_the_time_in_a_city_and_writes_the_spoken_answer() {
    require_voice_setup();
    let dir = tempfile::tempdir().unwrap();
    let request = dir.path().join("request.wav");
    let answer = dir.path().join("answer.wav");
    espeak("what time is it in tokyo", &request);
    let (exchange, stdout) = voice_input(dir.path(), &request, &answer);
    // The grammar's words, or Whisper's when the grammar pass does not route (capitals, "?").
    let heard = spoken_words(exchange["heard"]["text"].as_str().unwrap_or(""));
    assert_eq!(heard, "what time is it in tokyo", "{stdout}");
    assert_eq!(exchange["response"]["skill"], "time", "{stdout}");
    assert_eq!(
        exchange["response"]["parameters"]["zone"]
            .as_str()
            .map(str::to_lowercase)
            .as_deref(),
        Some("tokyo"),
        "{stdout}"
    );
    let text = exchange["response"]["text"].as_str().unwrap();
    assert!(text.contains("Tokyo"), "{text}");
    let info = voice::wav_info(&std::fs::read(&answer).expect("answer written")).unwrap();
    // "It's 22:14 in Tokyo, Japan (Thursday, 2026-12-03)." takes seconds to say, not a blip.
    assert!(info.seconds > 1.5, "{info:?}");
    assert!(info.peak > 0.05, "silent answer: {info:?}");

    // Without --json: what was heard, the answer, and the latency line.
    let output = roxy(dir.path(), &["voice", "--input", request.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let first = stdout.lines().next().unwrap_or("");
    assert_eq!(
        spoken_words(first.trim_start_matches("heard: ")),
        "what time is it in tokyo",
        "{stdout}"
    );
    assert!(first.starts_with("heard: "), "{stdout}");
    assert!(stdout.contains("Tokyo"), "{stdout}");
    assert!(
        stderr.contains("heard in ") && stderr.contains(", spoke in "),
        "{stderr}"
    );
}

#[test]
fn voice_without_input_names_input_and_grammar_prints_jsgf() {
    let dir = tempfile::tempdir().unwrap();
    let output = roxy(dir.path(), &["voice"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--input FILE.wav"), "{stderr}");

    let output = roxy(dir.path(), &["voice", "grammar"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    assert!(stdout.starts_with("#JSGF V1.0;"), "{stdout}");
    // The time skill's templates become rules with the spoken place names as the zone slot.
    assert!(
        stdout
            .lines()
            .any(|line| line.contains(" time ") && line.contains("<slot_zone>")),
        "{stdout}"
    );
    assert!(stdout.contains("<slot_zone> = ( tokyo"), "{stdout}");
}

/// The words of a transcript, lower-case and without punctuation.
fn spoken_words(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace() || *c == '\'')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Skill, intent and lower-cased parameters.
type Routed = (String, String, Vec<(String, String)>);

/// Where an input routes to.
fn routed(orchestrator: &Orchestrator, input: &str) -> Option<Routed> {
    match orchestrator.registry().route(input) {
        Route::Matched(m) => Some((
            m.skill,
            m.intent,
            m.parameters
                .into_iter()
                .map(|(k, v)| (k, v.to_lowercase()))
                .collect(),
        )),
        _ => None,
    }
}

/// A voice to speak test phrases with: an engine and its voice and speed.
struct TestVoice {
    engine: &'static str,
    voice: &'static str,
    /// espeak-ng words per minute.
    speed: u32,
    /// Piper: above 1 is slower.
    length_scale: f64,
}

const TEST_VOICES: [TestVoice; 4] = [
    TestVoice {
        engine: "espeak-ng",
        voice: "en-us",
        speed: 150,
        length_scale: 1.0,
    },
    TestVoice {
        engine: "espeak-ng",
        voice: "en-gb+m3",
        speed: 190,
        length_scale: 1.0,
    },
    TestVoice {
        engine: "piper",
        voice: "joe",
        speed: 0,
        length_scale: 1.0,
    },
    TestVoice {
        engine: "piper",
        voice: "joe",
        speed: 0,
        length_scale: 1.3,
    },
];

/// `text` spoken by `voice` through the voice server's `synthesize`, as WAV bytes.
async fn speak(orchestrator: &Orchestrator, text: &str, voice: &TestVoice) -> Vec<u8> {
    let result = orchestrator
        .manager()
        .call_tool(
            "roxy_voice",
            "synthesize",
            serde_json::json!({
                "text": text, "engine": voice.engine, "voice": voice.voice,
                "speed": voice.speed, "length_scale": voice.length_scale,
            }),
        )
        .await;
    assert!(result.success, "{}", result.text());
    let structured = result.structured_content.expect("structured");
    assert_eq!(structured["engine"], voice.engine);
    base64::Engine::decode(
        &base64::engine::general_purpose::STANDARD,
        structured["wav_base64"].as_str().expect("wav"),
    )
    .expect("base64")
}

fn shipped_orchestrator(data: &Path) -> Orchestrator {
    let mut config = Config::load_dir(&common::shipped_config_dir()).expect("config loads");
    config.roxy.data_dir = Some(data.to_path_buf());
    Orchestrator::new(config).expect("orchestrator")
}

#[tokio::test(flavor = "multi_thread")]
async fn spoken_skill_examples_route_to_the_right_intent_with_the_right_slots() {
    // 72 examples x 4 voices: over 20 minutes on the shared 2-core machine (README, "Voice").
    if std::env::var_os("ROXY_VOICE_ACCURACY").is_none() {
        eprintln!("skipped: set ROXY_VOICE_ACCURACY=1 to measure spoken command accuracy");
        return;
    }
    require_voice_setup();
    let data = tempfile::tempdir().unwrap();
    let orchestrator = shipped_orchestrator(data.path());
    let grammar = voice::skills_grammar(&orchestrator);
    let examples: Vec<String> = orchestrator
        .registry()
        .skills()
        .iter()
        .flat_map(|skill| skill.manifest().intents.clone())
        .flat_map(|intent| intent.examples)
        .collect();
    let (mut intent_right, mut slots_right, mut total) = (0usize, 0usize, 0usize);
    let mut recognize_seconds = Vec::new();
    for test_voice in &TEST_VOICES {
        let (mut intent_here, mut slots_here) = (0, 0);
        for example in &examples {
            let expected = routed(&orchestrator, example);
            let wav = speak(&orchestrator, example, test_voice).await;
            let started = std::time::Instant::now();
            let heard = voice::recognize(&orchestrator, &wav, &grammar.text, None)
                .await
                .expect("recognized");
            recognize_seconds.push(started.elapsed().as_secs_f64());
            let got = routed(&orchestrator, &heard.text);
            let same_intent =
                matches!((&expected, &got), (Some(e), Some(g)) if e.0 == g.0 && e.1 == g.1);
            let ok = expected.is_some() && got == expected;
            println!(
                "{} {} {:<8} {example:?} -> {:?} ({})",
                if ok {
                    "ok  "
                } else if same_intent {
                    "SLOT"
                } else {
                    "MISS"
                },
                test_voice.engine,
                test_voice.voice,
                heard.text,
                heard.engine,
            );
            intent_here += usize::from(same_intent);
            slots_here += usize::from(ok);
        }
        println!(
            "{} {} (speed {}, length {}): intent {intent_here}/{n}, intent and slots {slots_here}/{n}",
            test_voice.engine,
            test_voice.voice,
            test_voice.speed,
            test_voice.length_scale,
            n = examples.len()
        );
        intent_right += intent_here;
        slots_right += slots_here;
        total += examples.len();
    }
    orchestrator.shutdown().await;
    recognize_seconds.sort_by(f64::total_cmp);
    let accuracy = slots_right as f64 / total as f64;
    println!(
        "command accuracy: right intent {intent_right}/{total} = {:.3}; right intent and slots \
         {slots_right}/{total} = {accuracy:.3} (bar {MIN_COMMAND_ACCURACY}); recognition median \
         {:.2} s, slowest {:.2} s (wall clock)",
        intent_right as f64 / total as f64,
        recognize_seconds[recognize_seconds.len() / 2],
        recognize_seconds[recognize_seconds.len() - 1],
    );
    assert!(
        accuracy >= MIN_COMMAND_ACCURACY,
        "command accuracy {accuracy:.3} below {MIN_COMMAND_ACCURACY}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_grammar_sentence_the_speaker_did_not_say_goes_to_whisper() {
    require_voice_setup();
    let data = tempfile::tempdir().unwrap();
    let orchestrator = shipped_orchestrator(data.path());
    let settings = orchestrator.config().roxy.voice.clone();
    let grammar = voice::skills_grammar(&orchestrator);
    // espeak-ng: the same audio every run (Piper's is not, and this sentence sits near the
    // confidence threshold with some of Piper's renderings). Whisper mishears espeak-ng's
    // "depth of a well", and its first words too at times: its greedy text for this audio is
    // "See me to tell the nap, the mitt whale.", which faster-whisper finds unlikely and
    // decodes again by sampling, so the words vary from run to run ("It's easy to tell the
    // depth of a well" most often). Only "to tell", in every text seen, is checked.
    let espeak = &TEST_VOICES[0];
    // Harvard sentence (list 1), in no template: forced through the grammar it comes out as
    // some grammar sentence (with Piper once "it's been nice speaking today goodbye now", which
    // routes to smalltalk's goodbye).
    let wav = speak(
        &orchestrator,
        "It's easy to tell the depth of a well.",
        espeak,
    )
    .await;
    let forced = voice::transcribe(orchestrator.manager(), &settings, &wav, Some(&grammar.text))
        .await
        .expect("transcribed");
    let heard = voice::recognize(&orchestrator, &wav, &grammar.text, None)
        .await
        .expect("recognized");
    // A sentence the skills know keeps the grammar's words.
    let wav = speak(&orchestrator, "what time is it in tokyo", &TEST_VOICES[2]).await;
    let known = voice::recognize(&orchestrator, &wav, &grammar.text, None)
        .await
        .expect("recognized");
    orchestrator.shutdown().await;
    assert!(!forced.confident, "{forced:?}");
    assert_eq!(heard.engine, "whisper", "{heard:?} (grammar: {forced:?})");
    assert!(spoken_words(&heard.text).contains("to tell"), "{heard:?}");
    assert!(known.confident, "{known:?}");
    assert_eq!(
        (known.engine.as_str(), known.text.as_str()),
        ("pocketsphinx-jsgf", "what time is it in tokyo")
    );
}

#[test]
fn voice_input_remembers_a_fact_and_it_is_recalled() {
    require_voice_setup();
    let dir = tempfile::tempdir().unwrap();
    let request = dir.path().join("request.wav");
    let answer = dir.path().join("answer.wav");
    // Said digit by digit ("4 2 1 7") Whisper hears "4 to 1 7"; as a number it hears 4217.
    espeak("remember that my bike code is 4217", &request);
    let (exchange, stdout) = voice_input(dir.path(), &request, &answer);
    assert_eq!(exchange["response"]["skill"], "memory", "{stdout}");
    assert_eq!(exchange["response"]["intent"], "remember", "{stdout}");
    let fact = spoken_words(
        exchange["response"]["parameters"]["fact"]
            .as_str()
            .unwrap_or(""),
    );
    assert!(fact.contains("bike code"), "{stdout}");
    let digits: String = fact.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(digits, "4217", "{stdout}");
    let text = exchange["response"]["text"].as_str().unwrap();
    let info = voice::wav_info(&std::fs::read(&answer).expect("answer written")).unwrap();
    // Speech runs at about 2-4 words a second; a blip or a minute of noise is not the answer.
    let words = text.split_whitespace().count() as f64;
    assert!(
        info.seconds > words * 0.15 && info.seconds < words * 0.8 + 1.0,
        "{words} words in {info:?}: {text}"
    );
    assert!(info.peak > 0.05, "silent answer: {info:?}");

    // The fact is in memory: asking by text gets the code back.
    let output = roxy(dir.path(), &["ask", "what is my bike code"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let said: String = stdout.chars().filter(char::is_ascii_digit).collect();
    assert!(said.contains("4217"), "{stdout}");
}

/// Word error rate: word-level edit distance over the reference's length.
fn word_errors(reference: &[String], heard: &[String]) -> usize {
    let mut row: Vec<usize> = (0..=heard.len()).collect();
    for (i, r) in reference.iter().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, h) in heard.iter().enumerate() {
            let substituted = previous + usize::from(r != h);
            previous = row[j + 1];
            row[j + 1] = substituted.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[heard.len()]
}

/// Lower-case words without punctuation, numbers as words ("50" is "fifty").
fn normalized_words(text: &str) -> Vec<String> {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let mut words = Vec::new();
    for word in spoken_words(&text.replace('-', " ")).split_whitespace() {
        match word.parse::<usize>() {
            Ok(n) if n < 20 => words.push(ONES[n].to_string()),
            Ok(n) if n < 100 => {
                words.push(TENS[n / 10].to_string());
                if n % 10 != 0 {
                    words.push(ONES[n % 10].to_string());
                }
            }
            _ => words.push(word.to_string()),
        }
    }
    words
}

#[tokio::test(flavor = "multi_thread")]
async fn whisper_word_error_rate_on_the_harvard_sentences() {
    require_voice_setup();
    let text =
        std::fs::read_to_string(common::root().join("tests/fixtures/voice/harvard_sentences.txt"))
            .expect("fixture");
    let mut lists: Vec<(String, Vec<String>)> = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        match line.strip_prefix("list ") {
            Some(name) => lists.push((format!("list {name}"), Vec::new())),
            None => lists
                .last_mut()
                .expect("a list first")
                .1
                .push(line.to_string()),
        }
    }
    assert_eq!(lists.len(), 2);
    let data = tempfile::tempdir().unwrap();
    let orchestrator = shipped_orchestrator(data.path());
    let settings = orchestrator.config().roxy.voice.clone();
    let mut rates = Vec::new();
    for (name, sentences) in &lists {
        for test_voice in [&TEST_VOICES[0], &TEST_VOICES[2]] {
            let (mut errors, mut words) = (0, 0);
            for sentence in sentences {
                let wav = speak(&orchestrator, sentence, test_voice).await;
                let heard = voice::transcribe(orchestrator.manager(), &settings, &wav, None)
                    .await
                    .expect("transcribed");
                assert_eq!(heard.engine, "whisper");
                let reference = normalized_words(sentence);
                let errors_here = word_errors(&reference, &normalized_words(&heard.text));
                println!("{errors_here} errors: {sentence:?} -> {:?}", heard.text);
                errors += errors_here;
                words += reference.len();
            }
            let rate = errors as f64 / words as f64;
            println!(
                "whisper tiny.en word error rate, harvard {name}, {} {}: {errors}/{words} = {rate:.3}",
                test_voice.engine, test_voice.voice
            );
            rates.push(rate);
        }
    }
    orchestrator.shutdown().await;
    // Measured 2026-12-03 (README, "Voice"); the bar only catches a broken recognizer.
    assert!(
        rates.iter().all(|&rate| rate < MAX_WHISPER_WER),
        "word error rates {rates:?}, bar {MAX_WHISPER_WER}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn silence_is_not_understood_and_every_stage_is_timed_in_the_metrics() {
    require_voice_setup();
    roxy::telemetry::metrics_handle();
    let data = tempfile::tempdir().unwrap();
    let silence = data.path().join("silence.wav");
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 16_000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut writer = hound::WavWriter::create(&silence, spec).unwrap();
    for _ in 0..16_000 {
        writer.write_sample(0i16).unwrap();
    }
    writer.finalize().unwrap();
    let mut config = Config::load_dir(&common::shipped_config_dir()).expect("config loads");
    config.roxy.data_dir = Some(data.path().to_path_buf());
    let orchestrator = Orchestrator::new(config).expect("orchestrator");
    let silence = voice::read_request(&silence).expect("a WAV with a second of audio");
    let exchange = voice::answer_file(&orchestrator, &silence, None).await;
    orchestrator.shutdown().await;
    let exchange = exchange.expect("answered");
    assert!(!exchange.understood, "{exchange:?}");
    assert!(
        exchange.response.text.contains("did not understand"),
        "{exchange:?}"
    );
    let metrics = roxy::telemetry::render_metrics();
    for stage in ["hear", "answer", "speak"] {
        assert!(
            metrics.contains(&format!(
                "roxy_voice_stage_duration_seconds_count{{stage=\"{stage}\"}}"
            )),
            "{stage} missing from:\n{metrics}"
        );
    }
}

/// A recording that cannot be read, or holds no audio, and an answer file that cannot be
/// written are the command's mistakes: exit 2 with what to pass, before anything is heard or
/// done. An unwritable `--output` was found after the request was carried out (a note taken,
/// then "cannot write"), and a WAV header without audio reached the voice server.
#[test]
fn unreadable_recordings_and_unwritable_answers_are_refused_before_anything_is_done() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("not.wav");
    std::fs::write(&text, "hello").unwrap();
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 16_000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let empty = dir.path().join("empty.wav");
    hound::WavWriter::create(&empty, spec)
        .unwrap()
        .finalize()
        .unwrap();
    let request = dir.path().join("request.wav");
    let mut writer = hound::WavWriter::create(&request, spec).unwrap();
    for _ in 0..1_600 {
        writer.write_sample(0i16).unwrap();
    }
    writer.finalize().unwrap();
    let missing = dir.path().join("missing.wav");
    let no_directory = dir.path().join("no/such/dir/answer.wav");
    let path = |p: &std::path::Path| p.to_str().unwrap().to_string();
    for (args, says) in [
        (vec![path(&text)], "not a WAV file"),
        (vec![path(&empty)], "holds no audio"),
        (vec![path(&missing)], "cannot read"),
        (
            vec![path(&request), "--output".into(), path(&no_directory)],
            "pass a writable --output",
        ),
        (
            vec![path(&request), "--output".into(), path(dir.path())],
            "pass a writable --output",
        ),
    ] {
        let mut command = vec!["voice".to_string(), "--input".into()];
        command.extend(args);
        let command: Vec<&str> = command.iter().map(String::as_str).collect();
        let output = roxy(dir.path(), &command);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{command:?}: {stderr}");
        assert!(stderr.contains(says), "{command:?}: {stderr}");
    }
    assert!(!no_directory.exists() && !dir.path().join("no").exists());
    // A file that exists is left as it was by the check.
    let kept = dir.path().join("kept.wav");
    std::fs::write(&kept, "old answer").unwrap();
    voice::check_writable(&kept).expect("writable");
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "old answer");
    let fresh = dir.path().join("fresh.wav");
    voice::check_writable(&fresh).expect("writable");
    assert!(!fresh.exists(), "the check leaves nothing behind");
}

#[test]
fn a_sentence_outside_the_grammar_is_heard_by_whisper() {
    require_voice_setup();
    let dir = tempfile::tempdir().unwrap();
    let request = dir.path().join("request.wav");
    // No skill answers this: the grammar hears nothing, Whisper hears the words.
    espeak("tell me a joke", &request);
    let output = roxy(
        dir.path(),
        &["voice", "--input", request.to_str().unwrap(), "--json"],
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let exchange: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}\n{stderr}"));
    assert_eq!(exchange["heard"]["engine"], "whisper", "{stdout}");
    let heard = exchange["heard"]["text"].as_str().unwrap().to_lowercase();
    // tiny.en hears espeak-ng's "tell me a joke" as "Tell Mia Jog."; the first word is stable.
    assert!(heard.starts_with("tell"), "{stdout}");
    assert_eq!(exchange["understood"], false, "{stdout}");
    assert_eq!(output.status.code(), Some(1), "{stdout}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_wake_word_is_spotted_in_speech_and_not_in_a_control_sentence() {
    require_voice_setup();
    let data = tempfile::tempdir().unwrap();
    let mut config = Config::load_dir(&common::shipped_config_dir()).expect("config loads");
    config.roxy.data_dir = Some(data.path().to_path_buf());
    let orchestrator = Orchestrator::new(config).expect("orchestrator");
    let settings = orchestrator.config().roxy.voice.clone();
    let piper = Speaker {
        engine: "piper",
        voice: String::new(),
        speed: 0,
    };
    let mut found = Vec::new();
    for sentence in ["okay roxy what time is it", "what time is it in tokyo"] {
        let wav = voice::synthesize(orchestrator.manager(), &settings, sentence, &piper)
            .await
            .expect("synthesized");
        let path = data.path().join("spot.wav");
        std::fs::write(&path, wav).unwrap();
        let result = orchestrator
            .manager()
            .call_tool(
                "roxy_voice",
                "spot",
                serde_json::json!({"audio": path, "keyphrase": settings.wake_word}),
            )
            .await;
        assert!(result.success, "{}", result.text());
        found.push(result.structured_content.expect("structured")["found"].clone());
    }
    orchestrator.shutdown().await;
    assert_eq!(found, [true, false]);
}

/// A sound card that ends at once, and notes what state the voice server was in when it was
/// opened.
struct EndedSource;

impl roxy::voice::live::AudioSource for EndedSource {
    fn rate(&self) -> u32 {
        16_000
    }

    fn next_chunk(&mut self) -> Option<Vec<i16>> {
        None
    }
}

struct SilentSink;

impl roxy::voice::live::AudioSink for SilentSink {
    fn play(&mut self, _: &[u8]) -> Result<(), String> {
        Ok(())
    }
}

/// The live loop opens the sound card only once the voice server runs: starting an embedded
/// Python server writes the process environment, and `setenv` while the card's thread calls
/// `getenv` crashed `roxy voice` (README.md, "Voice").
#[tokio::test(flavor = "multi_thread")]
async fn the_voice_server_runs_before_the_sound_card_opens() {
    require_voice_setup();
    let data = tempfile::tempdir().unwrap();
    let orchestrator = shipped_orchestrator(data.path());
    let server = orchestrator.config().roxy.voice.server.clone();
    let state_of = |manager: &roxy::mcp::McpManager, server: &str| {
        manager
            .status()
            .into_iter()
            .find(|status| status.name == server)
            .map(|status| status.state)
    };
    assert_ne!(
        state_of(orchestrator.manager(), &server),
        Some(roxy::mcp::ServerState::Running)
    );
    let seen = std::sync::Arc::new(std::sync::Mutex::new(None));
    let (manager, seen_by_card, name) = (orchestrator.manager().clone(), seen.clone(), server);
    let live = roxy::voice::live::Live::open_with(
        &orchestrator,
        move || {
            *seen_by_card.lock().unwrap() = state_of(&manager, &name);
            Ok(Box::new(EndedSource) as Box<dyn roxy::voice::live::AudioSource>)
        },
        || Ok(Box::new(SilentSink) as Box<dyn roxy::voice::live::AudioSink>),
    )
    .await;
    if let Err(error) = &live {
        panic!("{error}");
    }
    assert_eq!(*seen.lock().unwrap(), Some(roxy::mcp::ServerState::Running));
    orchestrator.shutdown().await;
}

/// A timer that came due while no REPL ran rings after the next spoken answer, as after a
/// typed one: a person who set it by voice was never told.
#[test]
fn a_timer_that_came_due_rings_after_a_spoken_answer() {
    require_voice_setup();
    let dir = tempfile::tempdir().unwrap();
    let set = roxy(
        dir.path(),
        &["ask", "--json", "set a timer for 1 second called tea"],
    );
    let set: serde_json::Value = serde_json::from_slice(&set.stdout).expect("JSON");
    let due = set["data"]["due"].as_i64().expect("a due time");
    let request = dir.path().join("hello.wav");
    espeak("hello", &request);
    let store = roxy::skills::builtin::timers::Alarms::open_in(dir.path()).unwrap();
    // Each answer takes seconds; the store's clock says when the second has passed.
    let mut printed = Vec::new();
    for _ in 0..20 {
        let due_before = store.now().unwrap() >= due;
        let output = roxy(dir.path(), &["voice", "--input", request.to_str().unwrap()]);
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let rang = stdout.contains("Time's up");
        printed.push(stdout);
        if due_before || rang {
            break;
        }
    }
    let last = printed.last().unwrap();
    assert!(
        last.contains("⏰ Time's up: your tea timer (1 second)."),
        "{printed:#?}"
    );
}
