//! Voice: one spoken request answered from a WAV file (`roxy voice --input`), and the pieces a
//! live loop is made of. The speech engines run in the `roxy_voice` MCP server
//! (python_servers/roxy_voice.py); Rust owns the grammar ([`grammar`]), the WAV files (`hound`)
//! and the order of the stages: recognize with the grammar (free speech when that does not
//! route), route like `roxy ask`, speak.

pub mod audio;
pub mod endpoint;
pub mod grammar;
pub mod live;
pub mod setup;

use std::io::Cursor;
use std::path::Path;
use std::time::Instant;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::Serialize;
use serde_json::{Value, json};

use crate::config::voice::VoiceSettings;
use crate::mcp::McpManager;
use crate::orchestrator::{Orchestrator, Response};
use crate::skills::Route;

/// What a recognizer heard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Heard {
    /// Lower-case words; empty when nothing was recognized.
    pub text: String,
    pub engine: String,
    /// False when the grammar's sentence is unlikely to be what was said (the server's
    /// `confidence` below its `min_confidence`).
    pub confident: bool,
}

/// Length, rate and loudness of a WAV file.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WavInfo {
    pub sample_rate: u32,
    pub seconds: f64,
    /// Largest absolute sample, 0..=1 of full scale.
    pub peak: f64,
}

/// Reads `bytes` as a 16-bit PCM WAV and measures it.
pub fn wav_info(bytes: &[u8]) -> Result<WavInfo, String> {
    let mut reader = hound::WavReader::new(Cursor::new(bytes))
        .map_err(|e| format!("not a WAV file ({e}); record 16-bit PCM WAV"))?;
    let spec = reader.spec();
    if spec.sample_format != hound::SampleFormat::Int || spec.bits_per_sample != 16 {
        return Err(format!(
            "{}-bit {:?} WAV; record 16-bit PCM WAV",
            spec.bits_per_sample, spec.sample_format
        ));
    }
    let frames = reader.duration();
    let mut peak = 0i32;
    for sample in reader.samples::<i16>() {
        let sample = sample.map_err(|e| format!("the WAV data is cut short ({e})"))?;
        peak = peak.max(i32::from(sample).abs());
    }
    Ok(WavInfo {
        sample_rate: spec.sample_rate,
        seconds: f64::from(frames) / f64::from(spec.sample_rate.max(1)),
        peak: f64::from(peak) / f64::from(i16::MAX),
    })
}

/// Calls `tool` on the voice server and returns its structured result.
async fn call(
    manager: &McpManager,
    settings: &VoiceSettings,
    tool: &str,
    arguments: Value,
) -> Result<Value, String> {
    let result = manager.call_tool(&settings.server, tool, arguments).await;
    if !result.success {
        return Err(format!(
            "the voice server `{}` failed: {}",
            settings.server,
            result.text()
        ));
    }
    result.structured_content.ok_or_else(|| {
        format!(
            "the voice server `{}` gave `{tool}` no structured result; is it python_servers/roxy_voice.py?",
            settings.server
        )
    })
}

/// Recognizes the speech in `wav` with `grammar` (JSGF), or without one as free speech (Whisper
/// when the server has it, else pocketsphinx's generic model).
pub async fn transcribe(
    manager: &McpManager,
    settings: &VoiceSettings,
    wav: &[u8],
    grammar: Option<&str>,
) -> Result<Heard, String> {
    let value = call(
        manager,
        settings,
        "transcribe",
        json!({"audio": STANDARD.encode(wav), "grammar": grammar}),
    )
    .await?;
    Ok(Heard {
        text: value["text"].as_str().unwrap_or_default().to_string(),
        engine: value["engine"].as_str().unwrap_or_default().to_string(),
        confident: value["understood"].as_bool().unwrap_or(true),
    })
}

/// How to speak: the engine, and for espeak-ng a voice and words per minute.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    pub engine: &'static str,
    pub voice: String,
    pub speed: u32,
}

impl Speaker {
    pub fn from_settings(settings: &VoiceSettings) -> Speaker {
        Speaker {
            engine: settings.tts.as_str(),
            voice: settings.voice.clone(),
            speed: 165,
        }
    }
}

/// Speaks `text`; the WAV bytes.
pub async fn synthesize(
    manager: &McpManager,
    settings: &VoiceSettings,
    text: &str,
    speaker: &Speaker,
) -> Result<Vec<u8>, String> {
    let value = call(
        manager,
        settings,
        "synthesize",
        json!({"text": text, "engine": speaker.engine, "voice": speaker.voice, "speed": speaker.speed}),
    )
    .await?;
    let encoded = value["wav_base64"]
        .as_str()
        .ok_or("the voice server's `synthesize` result has no `wav_base64`")?;
    let wav = STANDARD
        .decode(encoded)
        .map_err(|e| format!("the voice server sent WAV that is not base64 ({e})"))?;
    wav_info(&wav)?;
    Ok(wav)
}

/// One spoken request answered.
#[derive(Debug, Clone, Serialize)]
pub struct Exchange {
    pub heard: Heard,
    /// Whether the words were understood (heard and routed to a skill).
    pub understood: bool,
    pub response: Response,
    pub heard_seconds: f64,
    pub answered_seconds: f64,
    pub spoke_seconds: f64,
    /// The spoken answer's length, when it was written.
    pub answer_audio: Option<WavInfo>,
}

impl Exchange {
    /// `heard in 0.12 s, answered in 0.30 s, spoke in 0.90 s`.
    pub fn latency_line(&self) -> String {
        format!(
            "heard in {:.2} s, answered in {:.2} s, spoke in {:.2} s",
            self.heard_seconds, self.answered_seconds, self.spoke_seconds
        )
    }
}

/// The grammar of the orchestrator's skills with the configured slot values.
pub fn skills_grammar(orchestrator: &Orchestrator) -> grammar::Grammar {
    let config = orchestrator.config();
    grammar::build(
        orchestrator
            .registry()
            .skills()
            .iter()
            .map(|skill| skill.manifest()),
        &config.roxy.voice.slots,
    )
}

/// Recognizes a spoken request: with the skills' `grammar` first, then free speech (Whisper when
/// installed, else pocketsphinx's generic model) when the grammar's words route nowhere or are
/// unlikely to be what was said (not `confident`) — or when
/// they route to an intent with a free slot (a fact, a topic, a query), whose words the grammar
/// can only guess from its small vocabulary; Whisper's words are then taken when they route to
/// the same intent.
///
/// `wake_word`, when given, is taken out of what was heard (the live loop's grammar lets it
/// lead the request).
pub async fn recognize(
    orchestrator: &Orchestrator,
    wav: &[u8],
    grammar: &str,
    wake_word: Option<&str>,
) -> Result<Heard, String> {
    let settings = &orchestrator.config().roxy.voice;
    let manager = orchestrator.manager();
    let without_wake_word = |text: &str| match wake_word {
        Some(wake_word) => live::strip_wake_word(text, wake_word),
        None => text.to_string(),
    };
    let mut heard = transcribe(manager, settings, wav, Some(grammar)).await?;
    heard.text = without_wake_word(&heard.text);
    let routed = match orchestrator.registry().route(&heard.text) {
        Route::Matched(found) if heard.confident => Some(found),
        _ => None,
    };
    let dictated = routed.as_ref().is_some_and(|found| {
        found
            .parameters
            .keys()
            .any(|slot| grammar::is_free_slot(slot, &settings.slots))
    });
    if (heard.text.is_empty() || routed.is_none() || dictated)
        && let Ok(mut free) = transcribe(manager, settings, wav, None).await
    {
        free.text = without_wake_word(&without_digit_grouping(&free.text));
        if !dictated {
            // Grammar words no skill routes are not what was said: free speech, even none.
            return Ok(free);
        }
        if let (Route::Matched(again), Some(first)) =
            (orchestrator.registry().route(&free.text), &routed)
            && again.skill == first.skill
            && again.intent == first.intent
        {
            return Ok(free);
        }
    }
    Ok(heard)
}

/// `4,711` as `4711`: Whisper groups digits, the skills read plain numbers.
fn without_digit_grouping(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            !(c == ','
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        })
        .map(|(_, &c)| c)
        .collect()
}

/// The request recording `input` holds, checked before anything is heard or done: a 16-bit PCM
/// WAV with some audio in it.
pub fn read_request(input: &Path) -> Result<Vec<u8>, String> {
    let wav = std::fs::read(input).map_err(|e| {
        format!(
            "cannot read {}: {e}; pass a WAV file to --input",
            input.display()
        )
    })?;
    let info = wav_info(&wav).map_err(|e| format!("{}: {e}", input.display()))?;
    if info.seconds == 0.0 {
        return Err(format!(
            "{}: the WAV file holds no audio; record the request again",
            input.display()
        ));
    }
    Ok(wav)
}

/// Whether the spoken answer can be written to `output`, checked before the request is carried
/// out: a note taken or a reminder set and then "cannot write" reads as if nothing was done,
/// and a retry does it twice. Nothing is left behind where there was no file.
pub fn check_writable(output: &Path) -> Result<(), String> {
    let existed = output.exists();
    std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(output)
        .map_err(|e| {
            format!(
                "cannot write {}: {e}; pass a writable --output",
                output.display()
            )
        })?;
    if !existed {
        let _ = std::fs::remove_file(output);
    }
    Ok(())
}

/// Answers the request spoken in `wav` (as [`read_request`] read it); writes the spoken answer
/// to `output` (checked with [`check_writable`]).
pub async fn answer_file(
    orchestrator: &Orchestrator,
    wav: &[u8],
    output: Option<&Path>,
) -> Result<Exchange, String> {
    let settings = orchestrator.config().roxy.voice.clone();
    let manager = orchestrator.manager();
    let grammar = skills_grammar(orchestrator);

    let started = Instant::now();
    let heard = recognize(orchestrator, wav, &grammar.text, None).await?;
    let heard_seconds = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let understood = !heard.text.is_empty();
    let response = if understood {
        orchestrator.handle(&heard.text).await
    } else {
        Response {
            text: "Sorry, I did not understand that. Record it again, or type it with `roxy ask`."
                .into(),
            success: false,
            skill: None,
            intent: None,
            parameters: Default::default(),
            details: Default::default(),
        }
    };
    let answered_seconds = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let mut answer_audio = None;
    if let Some(output) = output {
        let say = response.details.speak.as_deref().unwrap_or(&response.text);
        let speech =
            synthesize(manager, &settings, say, &Speaker::from_settings(&settings)).await?;
        answer_audio = Some(wav_info(&speech)?);
        std::fs::write(output, &speech).map_err(|e| {
            format!(
                "cannot write {}: {e}; pass a writable --output",
                output.display()
            )
        })?;
    }
    let spoke_seconds = started.elapsed().as_secs_f64();
    for (stage, seconds) in [
        ("hear", heard_seconds),
        ("answer", answered_seconds),
        ("speak", spoke_seconds),
    ] {
        metrics::histogram!("roxy_voice_stage_duration_seconds", "stage" => stage).record(seconds);
    }
    Ok(Exchange {
        understood: understood && response.skill.is_some(),
        heard,
        response,
        heard_seconds,
        answered_seconds,
        spoke_seconds,
        answer_audio,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_grouping_commas_go_and_other_commas_stay() {
        assert_eq!(
            without_digit_grouping("Remember that my code is 4,711, please."),
            "Remember that my code is 4711, please."
        );
        assert_eq!(without_digit_grouping(",1,"), ",1,");
    }
}
