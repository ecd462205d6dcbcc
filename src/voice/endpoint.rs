//! Endpointing (voice activity detection) for the live loop: cuts a stream of 16-bit mono
//! samples into utterances. Each 20 ms frame is speech when its energy stands clearly above the
//! noise floor (the quietest frame of the last 1.5 s), or somewhat above it with the many zero
//! crossings of a fricative (`s`, `f`); an utterance starts after 60 ms of speech (a click is
//! not one), keeps 300 ms of audio from before it, and ends after 700 ms without speech (the
//! hangover, so the pause after "okay roxy," does not split the request).

use std::collections::VecDeque;

/// Length of one analysis frame.
const FRAME_MS: u32 = 20;
/// Speech frames in a row that start an utterance.
const START_FRAMES: usize = 3;
/// Silence after speech that ends an utterance.
const HANGOVER_MS: u32 = 700;
/// Audio kept from before the start.
const PRE_ROLL_MS: u32 = 300;
/// The window the noise floor is the minimum of.
const FLOOR_WINDOW_MS: u32 = 1500;
/// Frames at the start of a stream that only measure the noise floor.
const CALIBRATION_MS: u32 = 200;
/// Fewer speech frames than this in an utterance: a knock, not a word.
const MIN_SPEECH_MS: u32 = 150;
/// An utterance is cut here even while the speech goes on.
const MAX_UTTERANCE_SECONDS: u32 = 15;
/// Energy (RMS) below this is never speech: about -44 dBFS.
const ABSOLUTE_FLOOR: f64 = 200.0;
/// Speech: RMS at least this many times the noise floor (about +10 dB).
const SPEECH_RATIO: f64 = 3.0;
/// A fricative: RMS this many times the floor and a high zero-crossing rate.
const FRICATIVE_RATIO: f64 = 1.8;
const FRICATIVE_ZCR: f64 = 0.3;

/// One utterance found in the stream.
#[derive(Debug, Clone, PartialEq)]
pub struct Utterance {
    /// Where it starts in the stream, in samples (including the pre-roll).
    pub start: usize,
    pub samples: Vec<i16>,
}

impl Utterance {
    /// Where it ends in the stream, in samples.
    pub fn end(&self) -> usize {
        self.start + self.samples.len()
    }
}

/// Cuts a stream into utterances; feed it with [`Endpointer::push`].
#[derive(Debug)]
pub struct Endpointer {
    frame_len: usize,
    /// Samples not yet making a whole frame.
    partial: Vec<i16>,
    /// Samples of the stream consumed in whole frames.
    position: usize,
    frames_seen: usize,
    /// RMS of the last frames, for the noise floor.
    recent: VecDeque<f64>,
    floor_frames: usize,
    calibration_frames: usize,
    /// Frames before an utterance (the pre-roll), each with its speech flag.
    before: VecDeque<(Vec<i16>, bool)>,
    pre_roll_frames: usize,
    current: Option<Current>,
    hangover_frames: usize,
    min_speech_frames: usize,
    max_frames: usize,
}

#[derive(Debug)]
struct Current {
    start: usize,
    samples: Vec<i16>,
    frames: usize,
    speech_frames: usize,
    silent_run: usize,
}

impl Endpointer {
    /// An endpointer for a stream at `sample_rate` samples per second.
    pub fn new(sample_rate: u32) -> Endpointer {
        let per_ms = |ms: u32| (ms / FRAME_MS).max(1) as usize;
        Endpointer {
            frame_len: (sample_rate.max(1000) * FRAME_MS / 1000) as usize,
            partial: Vec::new(),
            position: 0,
            frames_seen: 0,
            recent: VecDeque::new(),
            floor_frames: per_ms(FLOOR_WINDOW_MS),
            calibration_frames: per_ms(CALIBRATION_MS),
            before: VecDeque::new(),
            pre_roll_frames: per_ms(PRE_ROLL_MS),
            current: None,
            hangover_frames: per_ms(HANGOVER_MS),
            min_speech_frames: per_ms(MIN_SPEECH_MS),
            max_frames: per_ms(MAX_UTTERANCE_SECONDS * 1000),
        }
    }

    /// Whether an utterance has started and not ended yet.
    pub fn in_utterance(&self) -> bool {
        self.current.is_some()
    }

    /// Forgets everything heard so far (e.g. Roxy's own voice while it spoke); the noise floor
    /// is kept.
    pub fn reset(&mut self) {
        self.position += self.partial.len();
        self.partial.clear();
        self.before.clear();
        self.current = None;
    }

    /// Feeds samples; returns the utterances they complete.
    pub fn push(&mut self, samples: &[i16]) -> Vec<Utterance> {
        let mut done = Vec::new();
        self.partial.extend_from_slice(samples);
        let whole = self.partial.len() / self.frame_len * self.frame_len;
        let frames: Vec<i16> = self.partial.drain(..whole).collect();
        for frame in frames.chunks(self.frame_len) {
            if let Some(utterance) = self.frame(frame) {
                done.push(utterance);
            }
        }
        done
    }

    /// Ends the stream: the utterance in progress, if it has enough speech.
    pub fn finish(&mut self) -> Option<Utterance> {
        let current = self.current.take()?;
        self.keep(current)
    }

    fn keep(&self, current: Current) -> Option<Utterance> {
        (current.speech_frames >= self.min_speech_frames).then_some(Utterance {
            start: current.start,
            samples: current.samples,
        })
    }

    /// Whether `frame` sounds like speech, given the noise floor so far.
    fn is_speech(&mut self, frame: &[i16]) -> bool {
        let energy: f64 = frame.iter().map(|&s| f64::from(s) * f64::from(s)).sum();
        let rms = (energy / frame.len() as f64).sqrt();
        let crossings = frame
            .windows(2)
            .filter(|pair| (pair[0] >= 0) != (pair[1] >= 0))
            .count();
        let zcr = crossings as f64 / frame.len() as f64;
        self.recent.push_back(rms);
        if self.recent.len() > self.floor_frames {
            self.recent.pop_front();
        }
        let floor = self.recent.iter().copied().fold(f64::INFINITY, f64::min);
        self.frames_seen += 1;
        if self.frames_seen <= self.calibration_frames {
            return false;
        }
        let voiced = rms > (floor * SPEECH_RATIO).max(ABSOLUTE_FLOOR);
        let fricative = zcr > FRICATIVE_ZCR && rms > (floor * FRICATIVE_RATIO).max(ABSOLUTE_FLOOR);
        voiced || fricative
    }

    fn frame(&mut self, frame: &[i16]) -> Option<Utterance> {
        let speech = self.is_speech(frame);
        let at = self.position;
        self.position += frame.len();
        if let Some(current) = &mut self.current {
            current.samples.extend_from_slice(frame);
            current.frames += 1;
            if speech {
                current.speech_frames += 1;
                current.silent_run = 0;
            } else {
                current.silent_run += 1;
            }
            if current.silent_run >= self.hangover_frames || current.frames >= self.max_frames {
                let current = self.current.take()?;
                return self.keep(current);
            }
            return None;
        }
        self.before.push_back((frame.to_vec(), speech));
        let speech_run = self
            .before
            .iter()
            .rev()
            .take_while(|(_, speech)| *speech)
            .count();
        if speech_run >= START_FRAMES {
            let kept = (self.pre_roll_frames + speech_run).min(self.before.len());
            let skip = self.before.len() - kept;
            let frames: Vec<(Vec<i16>, bool)> = self.before.drain(..).skip(skip).collect();
            let length: usize = frames.iter().map(|(f, _)| f.len()).sum();
            self.current = Some(Current {
                start: at + frame.len() - length,
                samples: frames.into_iter().flat_map(|(f, _)| f).collect(),
                frames: kept,
                speech_frames: speech_run,
                silent_run: 0,
            });
            return None;
        }
        while self.before.len() > self.pre_roll_frames + START_FRAMES {
            self.before.pop_front();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 440 Hz tone at `amplitude` for `ms` milliseconds at 16 kHz.
    fn tone(ms: usize, amplitude: f64) -> Vec<i16> {
        (0..ms * 16)
            .map(|i| {
                let t = i as f64 / 16000.0;
                (amplitude * (2.0 * std::f64::consts::PI * 440.0 * t).sin()) as i16
            })
            .collect()
    }

    #[test]
    fn a_tone_between_silences_is_one_utterance_and_a_click_is_none() {
        let mut stream = vec![0i16; 16000];
        stream.extend(tone(40, 8000.0)); // a click: two frames
        stream.extend(vec![0i16; 16000]);
        let start = stream.len();
        stream.extend(tone(800, 8000.0));
        let end = stream.len();
        stream.extend(vec![0i16; 16000]);
        let mut endpointer = Endpointer::new(16000);
        // Fed in uneven pieces, the way a sound card delivers them.
        let mut found = Vec::new();
        for piece in stream.chunks(777) {
            found.extend(endpointer.push(piece));
        }
        assert!(endpointer.finish().is_none());
        assert_eq!(
            found.len(),
            1,
            "{:?}",
            found.iter().map(|u| u.start).collect::<Vec<_>>()
        );
        let utterance = &found[0];
        assert_eq!(utterance.start, start - 300 * 16);
        assert_eq!(
            &stream[utterance.start..utterance.end()],
            &utterance.samples[..]
        );
        assert!(utterance.end() >= end + 600 * 16 && utterance.end() <= end + 720 * 16);
    }

    #[test]
    fn speech_still_going_when_the_stream_ends_is_finished() {
        let mut endpointer = Endpointer::new(16000);
        let mut stream = vec![0i16; 8000];
        stream.extend(tone(500, 8000.0));
        assert!(endpointer.push(&stream).is_empty());
        assert!(endpointer.in_utterance());
        let utterance = endpointer.finish().expect("an utterance");
        assert_eq!(utterance.end(), stream.len());
    }
}
