//! The live loop of `roxy voice`: a microphone (any [`AudioSource`]) is cut into utterances by
//! the [`Endpointer`]; an utterance with the wake word ("okay roxy", found by the voice server's
//! `spot`), or the next one after Enter (push-to-talk), is recognized, shown ("heard: …", and a
//! typed line replaces it), answered like `roxy ask` (approvals asked by text) and spoken through
//! an [`AudioSink`]. While Roxy speaks it does not listen, so it does not hear itself.

use std::io::{Cursor, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use serde_json::{Value, json};
use tokio::sync::{Mutex, mpsc};

use super::endpoint::{Endpointer, Utterance};
use super::{Heard, Speaker, synthesize};
use crate::config::voice::{VoiceSettings, spoken_form};
use crate::llm::{Approval, Approver, Interaction};
use crate::orchestrator::{Orchestrator, Response};

/// Where the live loop hears from: 16-bit mono samples at [`AudioSource::rate`].
pub trait AudioSource {
    fn rate(&self) -> u32;
    /// The next samples, waiting for them; `None` when the stream has ended.
    fn next_chunk(&mut self) -> Option<Vec<i16>>;
}

/// Where the live loop speaks to.
pub trait AudioSink: Send {
    /// Plays a WAV and returns when it has been played.
    fn play(&mut self, wav: &[u8]) -> Result<(), String>;
}

/// Utterances from a source endpointed on a thread of its own.
pub struct Listener {
    pub rate: u32,
    utterances: mpsc::UnboundedReceiver<Utterance>,
    /// Set while Roxy speaks: what the microphone hears then is dropped.
    muted: Arc<AtomicBool>,
}

impl Listener {
    /// Opens the source on a new thread (a sound card's stream stays on the thread that opened
    /// it) and endpoints what it delivers.
    pub fn spawn<F>(open: F) -> Result<Listener, String>
    where
        F: FnOnce() -> Result<Box<dyn AudioSource>, String> + Send + 'static,
    {
        let (opened, opening) = std::sync::mpsc::channel();
        let (sender, utterances) = mpsc::unbounded_channel();
        let muted = Arc::new(AtomicBool::new(false));
        let thread_muted = muted.clone();
        std::thread::spawn(move || {
            let mut source = match open() {
                Ok(source) => source,
                Err(error) => {
                    let _ = opened.send(Err(error));
                    return;
                }
            };
            let _ = opened.send(Ok(source.rate()));
            let mut endpointer = Endpointer::new(source.rate());
            while let Some(chunk) = source.next_chunk() {
                if thread_muted.load(Ordering::SeqCst) {
                    endpointer.reset();
                    continue;
                }
                for utterance in endpointer.push(&chunk) {
                    if sender.send(utterance).is_err() {
                        return;
                    }
                }
            }
            if let Some(utterance) = endpointer.finish() {
                let _ = sender.send(utterance);
            }
        });
        let rate = opening
            .recv()
            .map_err(|_| "the audio thread stopped before opening the microphone".to_string())??;
        Ok(Listener {
            rate,
            utterances,
            muted,
        })
    }

    /// The next utterance; `None` when the source has ended.
    pub async fn next(&mut self) -> Option<Utterance> {
        self.utterances.recv().await
    }

    /// Drops the utterances heard so far (before push-to-talk).
    pub fn drain(&mut self) {
        while self.utterances.try_recv().is_ok() {}
    }
}

/// An open microphone (endpointed) and speaker.
pub struct Live {
    listener: Listener,
    sink: Arc<std::sync::Mutex<Box<dyn AudioSink>>>,
}

impl Live {
    /// Listens to `listener` and speaks to `sink`.
    pub fn new(listener: Listener, sink: Box<dyn AudioSink>) -> Live {
        Live {
            listener,
            sink: Arc::new(std::sync::Mutex::new(sink)),
        }
    }

    /// The configured microphone and speaker, opened after the voice server has started; an
    /// error naming `--input` when there are none or this build has no live audio.
    pub async fn open(orchestrator: &Orchestrator) -> Result<Live, String> {
        let input = orchestrator.config().roxy.voice.clone();
        let output = input.clone();
        Live::open_with(
            orchestrator,
            move || super::audio::open_input(&input),
            move || super::audio::open_output(&output),
        )
        .await
    }

    /// Starts the voice server, then opens the source (on the listener's thread) and the sink.
    ///
    /// The order matters: starting an embedded Python server sets environment variables (and
    /// importing numpy sets and clears one), and glibc's `setenv` while a sound card's thread
    /// calls `getenv` can crash the process. With the interpreter up before the first audio
    /// thread, later servers find their variables already set and leave the environment alone.
    pub async fn open_with<I, O>(
        orchestrator: &Orchestrator,
        open_input: I,
        open_output: O,
    ) -> Result<Live, String>
    where
        I: FnOnce() -> Result<Box<dyn AudioSource>, String> + Send + 'static,
        O: FnOnce() -> Result<Box<dyn AudioSink>, String>,
    {
        let server = &orchestrator.config().roxy.voice.server;
        orchestrator
            .manager()
            .start(server)
            .await
            .map_err(|error| {
                format!(
                    "the voice server `{server}` did not start: {error} (`roxy servers` shows \
                     it; roxy.yaml's `voice.server` names it)"
                )
            })?;
        let listener = Listener::spawn(open_input)?;
        Ok(Live::new(listener, open_output()?))
    }

    /// Speaks `response`, not listening meanwhile (so Roxy does not hear itself).
    pub async fn speak(
        &self,
        orchestrator: &Orchestrator,
        response: &Response,
    ) -> Result<(), String> {
        let settings = &orchestrator.config().roxy.voice;
        let say = response.details.speak.as_deref().unwrap_or(&response.text);
        let wav = synthesize(
            orchestrator.manager(),
            settings,
            say,
            &Speaker::from_settings(settings),
        )
        .await
        .map_err(|error| format!("could not speak the answer: {error}"))?;
        let muted = self.listener.muted.clone();
        muted.store(true, Ordering::SeqCst);
        let sink = self.sink.clone();
        let played = tokio::task::spawn_blocking(move || crate::sync::lock(&sink).play(&wav))
            .await
            .unwrap_or_else(|e| Err(format!("the speaker thread failed: {e}")));
        muted.store(false, Ordering::SeqCst);
        played
    }

    /// Push-to-talk once (the REPL's `/voice on`): the next utterance, recognized; the time it
    /// took is recorded as the `hear` stage.
    pub async fn listen_once(&mut self, orchestrator: &Orchestrator) -> Result<Heard, String> {
        self.listener.drain();
        let utterance = self
            .listener
            .next()
            .await
            .ok_or("the microphone stopped; `/voice on` opens it again")?;
        let started = Instant::now();
        let settings = &orchestrator.config().roxy.voice;
        let grammar = super::skills_grammar(orchestrator).text;
        let wav = wav_bytes(&utterance.samples, self.listener.rate);
        let heard =
            super::recognize(orchestrator, &wav, &grammar, Some(&settings.wake_word)).await?;
        metrics::histogram!("roxy_voice_stage_duration_seconds", "stage" => "hear")
            .record(started.elapsed().as_secs_f64());
        Ok(heard)
    }
}

/// `samples` as a 16-bit mono WAV.
pub fn wav_bytes(samples: &[i16], rate: u32) -> Vec<u8> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: rate,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut bytes = Cursor::new(Vec::new());
    // Writing to memory cannot fail.
    if let Ok(mut writer) = hound::WavWriter::new(&mut bytes, spec) {
        for &sample in samples {
            let _ = writer.write_sample(sample);
        }
        let _ = writer.finalize();
    }
    bytes.into_inner()
}

/// The grammar `grammar` with the wake word allowed in front of every command, so "okay roxy,
/// what time is it in tokyo" said in one breath is one sentence of it.
pub fn with_wake_word(grammar: &str, wake_word: &str) -> String {
    grammar.replacen(
        "public <command> = ",
        &format!("public <command> = [ {wake_word} ] <request>;\n<request> = "),
        1,
    )
}

/// `text` without the wake word in front (and the words a recognizer may spell it with).
pub fn strip_wake_word(text: &str, wake_word: &str) -> String {
    let words = spoken_form(text);
    let wake = spoken_form(wake_word);
    let mut rest = words.as_str();
    for prefix in [wake.as_str(), "ok", "okay", "roxy", "roxie"] {
        if let Some(after) = rest.strip_prefix(prefix)
            && (after.is_empty() || after.starts_with(' '))
        {
            rest = after.trim_start();
        }
    }
    rest.to_string()
}

/// Whether the voice server's `spot` found the wake word in `wav`.
async fn spotted(orchestrator: &Orchestrator, settings: &VoiceSettings, wav: &[u8]) -> bool {
    use base64::Engine as _;
    let audio = base64::engine::general_purpose::STANDARD.encode(wav);
    let result = orchestrator
        .manager()
        .call_tool(
            &settings.server,
            "spot",
            json!({"audio": audio, "keyphrase": settings.wake_word}),
        )
        .await;
    if !result.success {
        tracing::warn!("wake word: {}", result.text());
    }
    result
        .structured_content
        .is_some_and(|value| value["found"] == Value::Bool(true))
}

/// Asks approvals by text, reading the answer from the loop's typed lines.
struct AskByText {
    lines: Arc<Mutex<mpsc::UnboundedReceiver<String>>>,
}

#[async_trait::async_trait]
impl Approver for AskByText {
    async fn approve(&self, tool: &str, arguments: &Value) -> Approval {
        print!(
            "Roxy wants to run {tool} {arguments} — allow? [y]es / [n]o / [a]lways this session: "
        );
        let _ = std::io::stdout().flush();
        match self.lines.lock().await.recv().await {
            Some(line) => match line.trim().to_lowercase().as_str() {
                "y" | "yes" => Approval::Once,
                "a" | "always" => Approval::Always,
                _ => Approval::Declined,
            },
            None => Approval::Declined,
        }
    }
}

/// Lines typed on stdin, read on a thread of their own; closed at end of input.
fn typed_lines() -> mpsc::UnboundedReceiver<String> {
    let (sender, lines) = mpsc::unbounded_channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        while matches!(std::io::stdin().read_line(&mut line), Ok(n) if n > 0) {
            if sender.send(line.trim().to_string()).is_err() {
                break;
            }
            line.clear();
        }
    });
    lines
}

/// How the live loop listens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LiveOptions {
    /// Listen for the wake word; without it only Enter starts listening.
    pub wake_word: bool,
}

/// Answers `text` (heard or typed): prints the answer and speaks it; how long each took.
async fn answer(
    orchestrator: &Orchestrator,
    text: &str,
    interaction: &Interaction,
    live: &Live,
) -> (f64, f64) {
    let started = Instant::now();
    let response = orchestrator.handle_with(text, interaction).await;
    let answered = started.elapsed().as_secs_f64();
    println!("{}", response.text);
    let started = Instant::now();
    if let Err(error) = live.speak(orchestrator, &response).await {
        eprintln!("{error}");
    }
    (answered, started.elapsed().as_secs_f64())
}

/// Runs the live loop until the microphone stops or stdin ends (Ctrl-D).
pub async fn run(
    orchestrator: &Orchestrator,
    mut live: Live,
    options: LiveOptions,
) -> Result<(), String> {
    let settings = orchestrator.config().roxy.voice.clone();
    let grammar = super::skills_grammar(orchestrator).text;
    let wake_grammar = with_wake_word(&grammar, &settings.wake_word);
    let lines = Arc::new(Mutex::new(typed_lines()));
    let interaction = Interaction {
        events: None,
        approver: Arc::new(AskByText {
            lines: lines.clone(),
        }),
    };
    if options.wake_word {
        println!(
            "Listening for \"{}\". Press Enter to talk without it, type a request to send it as \
             text, Ctrl-D to stop.",
            settings.wake_word
        );
    } else {
        println!("Press Enter, then talk. Type a request to send it as text, Ctrl-D to stop.");
    }
    let mut armed = false;
    loop {
        let mut typed = lines.lock().await;
        let event = tokio::select! {
            line = typed.recv() => Err(line),
            utterance = live.listener.next() => Ok(utterance),
        };
        drop(typed);
        let utterance = match event {
            Err(None) | Ok(None) => return Ok(()),
            Err(Some(line)) if line.is_empty() => {
                armed = true;
                println!("listening…");
                continue;
            }
            Err(Some(line)) => {
                answer(orchestrator, &line, &interaction, &live).await;
                continue;
            }
            Ok(Some(utterance)) => utterance,
        };
        let wav = wav_bytes(&utterance.samples, live.listener.rate);
        let started = Instant::now();
        let grammar = if armed {
            &grammar
        } else if options.wake_word && spotted(orchestrator, &settings, &wav).await {
            metrics::histogram!("roxy_voice_stage_duration_seconds", "stage" => "spot")
                .record(started.elapsed().as_secs_f64());
            &wake_grammar
        } else {
            continue;
        };
        let heard =
            match super::recognize(orchestrator, &wav, grammar, Some(&settings.wake_word)).await {
                Ok(heard) => heard,
                Err(error) => {
                    eprintln!("{error}");
                    continue;
                }
            };
        let heard_seconds = started.elapsed().as_secs_f64();
        if heard.text.is_empty() {
            // The wake word alone: the request is the next utterance.
            armed = true;
            println!("listening…");
            continue;
        }
        armed = false;
        println!(
            "heard: {}   (not what you said? type it and press Enter)",
            heard.text
        );
        let (answered, spoke) = answer(orchestrator, &heard.text, &interaction, &live).await;
        for (stage, seconds) in [
            ("hear", heard_seconds),
            ("answer", answered),
            ("speak", spoke),
        ] {
            metrics::histogram!("roxy_voice_stage_duration_seconds", "stage" => stage)
                .record(seconds);
        }
        eprintln!(
            "heard in {heard_seconds:.2} s, answered in {answered:.2} s, spoke in {spoke:.2} s"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wake_word_is_optional_in_front_of_every_command_and_stripped_after() {
        let grammar = "#JSGF V1.0;\n\ngrammar roxy;\n\npublic <command> = <t0> | <t1>;\n";
        let woken = with_wake_word(grammar, "okay roxy");
        assert!(
            woken.contains("public <command> = [ okay roxy ] <request>;\n<request> = <t0> | <t1>;")
        );
        assert_eq!(
            strip_wake_word("Okay, Roxy, what time is it in Tokyo?", "okay roxy"),
            "what time is it in tokyo"
        );
        assert_eq!(
            strip_wake_word("ok roxie what time is it", "okay roxy"),
            "what time is it"
        );
        assert_eq!(strip_wake_word("okay roxy", "okay roxy"), "");
        assert_eq!(
            strip_wake_word("roxyish words", "okay roxy"),
            "roxyish words"
        );
    }
}
