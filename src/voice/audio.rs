//! The microphone and the speaker through `cpal` (cargo feature `live-audio`, which needs the
//! ALSA headers to build): listing devices, capturing 16-bit mono samples and playing a WAV.
//! Without the feature every entry point returns an error that names `--input`.

use super::live::{AudioSink, AudioSource};
use crate::config::voice::VoiceSettings;

/// One audio device and what it can do.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Device {
    pub name: String,
    /// The id to put in roxy.yaml's `voice.input_device` / `voice.output_device`.
    pub id: String,
    pub input: bool,
    pub output: bool,
    pub default_input: bool,
    pub default_output: bool,
}

/// Why there is no live audio in this build.
#[cfg(not(feature = "live-audio"))]
fn not_built() -> String {
    "this build has no live audio (build Roxy with `--features live-audio`, which needs the ALSA \
     headers, libasound2-dev); record the request to a WAV file and run \
     `roxy voice --input FILE.wav [--output ANSWER.wav]`"
        .into()
}

#[cfg(not(feature = "live-audio"))]
pub fn devices() -> Result<Vec<Device>, String> {
    Err(not_built())
}

#[cfg(not(feature = "live-audio"))]
pub fn open_input(_: &VoiceSettings) -> Result<Box<dyn AudioSource>, String> {
    Err(not_built())
}

#[cfg(not(feature = "live-audio"))]
pub fn open_output(_: &VoiceSettings) -> Result<Box<dyn AudioSink>, String> {
    Err(not_built())
}

#[cfg(feature = "live-audio")]
pub use live::{devices, open_input, open_output};

#[cfg(feature = "live-audio")]
mod live {
    use std::collections::VecDeque;
    use std::io::Cursor;
    use std::sync::mpsc;
    use std::time::Duration;

    use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
    use cpal::{FromSample, SampleFormat, SizedSample, StreamConfig};

    use super::{AudioSink, AudioSource, Device, VoiceSettings};

    /// The rate the recognizers work best at; used when the microphone offers it.
    const PREFERRED_RATE: u32 = 16_000;

    /// What to add to an error when no device could be used.
    const NO_DEVICE: &str = "record the request to a WAV file and run \
                             `roxy voice --input FILE.wav [--output ANSWER.wav]`";

    fn id_of(device: &cpal::Device) -> String {
        device.id().map(|id| id.to_string()).unwrap_or_default()
    }

    fn name_of(device: &cpal::Device) -> String {
        device
            .description()
            .map(|d| d.name().to_string())
            .unwrap_or_else(|_| id_of(device))
    }

    pub fn devices() -> Result<Vec<Device>, String> {
        let host = cpal::default_host();
        let default_input = host.default_input_device().map(|d| id_of(&d));
        let default_output = host.default_output_device().map(|d| id_of(&d));
        let devices = host
            .devices()
            .map_err(|e| format!("cannot list the audio devices ({e}); {NO_DEVICE}"))?;
        Ok(devices
            .map(|device| {
                let id = id_of(&device);
                Device {
                    name: name_of(&device),
                    input: device.supports_input(),
                    output: device.supports_output(),
                    default_input: default_input.as_deref() == Some(id.as_str()),
                    default_output: default_output.as_deref() == Some(id.as_str()),
                    id,
                }
            })
            .collect())
    }

    /// The device `wanted` names (id or name), or the default one.
    fn pick(wanted: Option<&str>, input: bool, setting: &str) -> Result<cpal::Device, String> {
        let host = cpal::default_host();
        let kind = if input { "microphone" } else { "speaker" };
        let Some(wanted) = wanted else {
            let device = if input {
                host.default_input_device()
            } else {
                host.default_output_device()
            };
            return device.ok_or_else(|| {
                format!("no {kind} found (`roxy voice devices` lists them); {NO_DEVICE}")
            });
        };
        let devices: Vec<cpal::Device> = host
            .devices()
            .map_err(|e| format!("cannot list the audio devices ({e}); {NO_DEVICE}"))?
            .filter(|d| {
                if input {
                    d.supports_input()
                } else {
                    d.supports_output()
                }
            })
            .collect();
        if let Some(device) = devices
            .iter()
            .find(|d| id_of(d) == wanted || name_of(d) == wanted)
        {
            return Ok(device.clone());
        }
        let names: Vec<String> = devices.iter().map(id_of).collect();
        let hint = crate::suggest::closest_names(wanted, names.iter().map(String::as_str), 1)
            .first()
            .map(|near| format!(" (did you mean `{near}`?)"))
            .unwrap_or_default();
        Err(format!(
            "roxy.yaml `voice.{setting}`: no {kind} `{wanted}`{hint}; `roxy voice devices` lists them"
        ))
    }

    /// A sound card's microphone, delivering 16-bit mono samples.
    struct Microphone {
        _stream: cpal::Stream,
        rate: u32,
        chunks: mpsc::Receiver<Vec<i16>>,
    }

    impl AudioSource for Microphone {
        fn rate(&self) -> u32 {
            self.rate
        }

        fn next_chunk(&mut self) -> Option<Vec<i16>> {
            self.chunks.recv().ok()
        }
    }

    fn capture<T>(
        device: &cpal::Device,
        config: &StreamConfig,
        chunks: mpsc::Sender<Vec<i16>>,
    ) -> Result<cpal::Stream, cpal::Error>
    where
        T: SizedSample,
        i16: FromSample<T>,
    {
        let channels = usize::from(config.channels.max(1));
        device.build_input_stream::<T, _, _>(
            *config,
            move |data: &[T], _| {
                let mono = data
                    .chunks(channels)
                    .map(|frame| {
                        let sum: i32 = frame.iter().map(|s| i32::from(s.to_sample::<i16>())).sum();
                        (sum / frame.len() as i32) as i16
                    })
                    .collect();
                let _ = chunks.send(mono);
            },
            |error| tracing::warn!("microphone: {error}"),
            None,
        )
    }

    pub fn open_input(settings: &VoiceSettings) -> Result<Box<dyn AudioSource>, String> {
        let device = pick(settings.input_device.as_deref(), true, "input_device")?;
        let name = name_of(&device);
        let cannot = |e: &dyn std::fmt::Display| {
            format!("cannot open the microphone `{name}` ({e}); {NO_DEVICE}")
        };
        // 16 kHz 16-bit when the device offers it, else its default format, converted.
        let preferred = device
            .supported_input_configs()
            .map_err(|e| cannot(&e))?
            .filter(|range| range.sample_format() == SampleFormat::I16)
            .filter_map(|range| range.try_with_sample_rate(PREFERRED_RATE))
            .min_by_key(|config| config.channels());
        let supported = match preferred {
            Some(config) => config,
            None => device.default_input_config().map_err(|e| cannot(&e))?,
        };
        let config = supported.config();
        let (sender, chunks) = mpsc::channel();
        let stream = match supported.sample_format() {
            SampleFormat::I16 => capture::<i16>(&device, &config, sender),
            SampleFormat::F32 => capture::<f32>(&device, &config, sender),
            SampleFormat::I32 => capture::<i32>(&device, &config, sender),
            other => return Err(cannot(&format!("unsupported sample format {other}"))),
        }
        .map_err(|e| cannot(&e))?;
        stream.play().map_err(|e| cannot(&e))?;
        Ok(Box::new(Microphone {
            _stream: stream,
            rate: config.sample_rate,
            chunks,
        }))
    }

    /// A sound card's speaker.
    struct Speaker {
        device: cpal::Device,
    }

    fn playback<T>(
        device: &cpal::Device,
        config: &StreamConfig,
        mut samples: VecDeque<i16>,
        done: mpsc::Sender<()>,
    ) -> Result<cpal::Stream, cpal::Error>
    where
        T: SizedSample + FromSample<i16>,
    {
        let channels = usize::from(config.channels.max(1));
        device.build_output_stream::<T, _, _>(
            *config,
            move |data: &mut [T], _| {
                for frame in data.chunks_mut(channels) {
                    let sample = samples.pop_front();
                    for out in frame.iter_mut() {
                        *out = T::from_sample(sample.unwrap_or(0));
                    }
                    if sample.is_none() {
                        let _ = done.send(());
                    }
                }
            },
            |error| tracing::warn!("speaker: {error}"),
            None,
        )
    }

    impl AudioSink for Speaker {
        fn play(&mut self, wav: &[u8]) -> Result<(), String> {
            let name = name_of(&self.device);
            let cannot = |e: &dyn std::fmt::Display| format!("cannot play on `{name}` ({e})");
            let mut reader = hound::WavReader::new(Cursor::new(wav)).map_err(|e| cannot(&e))?;
            let spec = reader.spec();
            let channels = usize::from(spec.channels.max(1));
            let samples: Vec<i16> = reader
                .samples::<i16>()
                .collect::<Result<_, _>>()
                .map_err(|e| cannot(&e))?;
            let mono: Vec<i16> = samples.chunks(channels).map(|f| f[0]).collect();
            // The WAV's own rate when the device takes it, else the device's, resampled.
            let wanted = self
                .device
                .supported_output_configs()
                .map_err(|e| cannot(&e))?
                .filter(|r| matches!(r.sample_format(), SampleFormat::I16 | SampleFormat::F32))
                .filter_map(|r| r.try_with_sample_rate(spec.sample_rate))
                .min_by_key(|c| c.channels());
            let supported = match wanted {
                Some(config) => config,
                None => self
                    .device
                    .default_output_config()
                    .map_err(|e| cannot(&e))?,
            };
            let config = supported.config();
            let rate = config.sample_rate;
            let resampled: VecDeque<i16> = if rate == spec.sample_rate {
                mono.into()
            } else {
                let frames = mono.len() as u64 * u64::from(rate) / u64::from(spec.sample_rate);
                (0..frames)
                    .map(|i| mono[(i * u64::from(spec.sample_rate) / u64::from(rate)) as usize])
                    .collect()
            };
            let seconds = resampled.len() as f64 / f64::from(rate.max(1));
            let (done, finished) = mpsc::channel();
            let stream = match supported.sample_format() {
                SampleFormat::I16 => playback::<i16>(&self.device, &config, resampled, done),
                SampleFormat::F32 => playback::<f32>(&self.device, &config, resampled, done),
                other => return Err(cannot(&format!("unsupported sample format {other}"))),
            }
            .map_err(|e| cannot(&e))?;
            stream.play().map_err(|e| cannot(&e))?;
            // Bounded: the answer's length plus time for the device to start.
            finished
                .recv_timeout(Duration::from_secs_f64(seconds + 5.0))
                .map_err(|_| cannot(&"the device stopped taking audio"))
        }
    }

    pub fn open_output(settings: &VoiceSettings) -> Result<Box<dyn AudioSink>, String> {
        let device = pick(settings.output_device.as_deref(), false, "output_device")?;
        Ok(Box::new(Speaker { device }))
    }
}
