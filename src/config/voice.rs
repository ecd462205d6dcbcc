//! `voice:` in roxy.yaml: which server runs the speech engines, how Roxy speaks, the wake word,
//! and the spoken values of intent-template slots (README.md, "Voice").

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The speech engine `synthesize` uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TtsEngine {
    /// Piper when installed, else espeak-ng.
    #[default]
    Auto,
    Piper,
    EspeakNg,
}

impl TtsEngine {
    /// The name `roxy_voice`'s `synthesize` tool takes.
    pub fn as_str(self) -> &'static str {
        match self {
            TtsEngine::Auto => "auto",
            TtsEngine::Piper => "piper",
            TtsEngine::EspeakNg => "espeak-ng",
        }
    }
}

/// `voice:` in roxy.yaml.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct VoiceSettings {
    /// The MCP server with `transcribe`, `spot` and `synthesize` (python_servers/roxy_voice.py).
    pub server: String,
    pub tts: TtsEngine,
    /// The espeak-ng voice when espeak-ng speaks, e.g. `en-us`, `en-gb`, `en-us+f3`.
    pub voice: String,
    /// What wakes Roxy up in the live loop.
    pub wake_word: String,
    /// The microphone of the live loop (an id or name from `roxy voice devices`); the default
    /// input device when absent.
    pub input_device: Option<String>,
    /// The speaker of the live loop; the default output device when absent.
    pub output_device: Option<String>,
    /// Spoken values per slot name, replacing the default vocabulary for that slot.
    pub slots: BTreeMap<String, Vec<String>>,
}

impl Default for VoiceSettings {
    fn default() -> Self {
        VoiceSettings {
            server: "roxy_voice".into(),
            tts: TtsEngine::Auto,
            voice: "en-us".into(),
            wake_word: "okay roxy".into(),
            input_device: None,
            output_device: None,
            slots: BTreeMap::new(),
        }
    }
}

/// Whether `text` is one or more lower-case words (letters and apostrophes) separated by spaces,
/// the only thing a recognizer's dictionary can hold.
pub fn is_spoken(text: &str) -> bool {
    !text.trim().is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '\'' || c == ' ')
}

/// `text` as spoken words: lower case, anything else a space (`Europe/Paris` → `europe paris`).
pub fn spoken_form(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !(c.is_ascii_lowercase() || c == '\''))
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
